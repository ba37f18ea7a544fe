// Reads cases (convolutions and max pools, with inputs and weights) from the JSON file named on the command line,
// computes each with TensorFlow.js's CPU backend, and prints for each case, one per line, the output and the
// gradients of L = sum(output * r): "y ...", "dx ...", and for a convolution "dw ..." and "db ...".
// ScratchNet stores images channel-major (NCHW) and conv weights as [channel][ky][kx][filter]; TensorFlow.js's
// CPU backend wants NHWC and [ky][kx][channel][filter], so this script transposes on the way in and out.
const fs = require('fs');
const tf = require('@tensorflow/tfjs');  // the union package: tfjs-core alone registers no gradients

function line(name, tensor) {
  return name + ' ' + Array.from(tensor.dataSync()).join(' ');
}

function convCase(c) {
  const x = tf.transpose(tf.tensor4d(c.x, [c.batch, c.channels, c.height, c.width]), [0, 2, 3, 1]);
  const w = tf.transpose(tf.tensor4d(c.w, [c.channels, c.kernel, c.kernel, c.filters]), [1, 2, 0, 3]);
  const b = tf.tensor1d(c.b);
  const conv = (x, w, b) => tf.transpose(tf.add(tf.conv2d(x, w, c.stride, c.padding), b), [0, 3, 1, 2]);
  const y = conv(x, w, b);
  const r = tf.tensor(c.r, y.shape);
  const [dx, dw, db] = tf.grads((x, w, b) => tf.sum(tf.mul(conv(x, w, b), r)))([x, w, b]);
  return [line('y', y), line('dx', tf.transpose(dx, [0, 3, 1, 2])), line('dw', tf.transpose(dw, [2, 0, 1, 3])), line('db', db)];
}

function poolCase(c) {
  const x = tf.transpose(tf.tensor4d(c.x, [c.batch, c.channels, c.height, c.width]), [0, 2, 3, 1]);
  const pool = (x) => tf.transpose(tf.maxPool(x, c.window, c.stride, 'valid'), [0, 3, 1, 2]);
  const y = pool(x);
  const r = tf.tensor(c.r, y.shape);
  const dx = tf.grad((x) => tf.sum(tf.mul(pool(x), r)))(x);
  return [line('y', y), line('dx', tf.transpose(dx, [0, 3, 1, 2]))];
}

tf.setBackend('cpu').then(() => {
  const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const lines = [];
  for (const c of cases) {
    lines.push(...(c.kind === 'conv' ? convCase(c) : poolCase(c)));
  }
  process.stdout.write(lines.join('\n') + '\n');
});
