// Step 8: one epoch of training a network in -> hidden (sigmoid) -> out (softmax cross-entropy) with plain
// gradient descent, over the examples in a given (shuffled) order, in mini-batches, calling every function
// of the steps before.
import { matrix, vector, integer, labels, flat, unflat } from '../cases.js';

export default {
  id: 'training-loop',
  starter: `function trainEpoch(network, images, labels, order, batchSize, learningRate, report) {
  for (let start = 0; start < order.length; start += batchSize) {
    const batch = order.slice(start, start + batchSize);
    const x = batch.map(k => images[k]);
    const y = batch.map(k => labels[k]);

  }
}
`,
  reference: `function trainEpoch(network, images, labels, order, batchSize, learningRate, report) {
  for (let start = 0; start < order.length; start += batchSize) {
    const batch = order.slice(start, start + batchSize);
    const x = batch.map(k => images[k]);
    const y = batch.map(k => labels[k]);
    const z1 = denseForward(x, network.W1, network.b1);
    const a1 = z1.map(row => row.map(sigmoid));
    const z2 = denseForward(a1, network.W2, network.b2);
    report(softmaxCrossEntropy(z2, y).loss);
    const dz2 = softmaxCrossEntropyGradient(z2, y);
    const second = denseBackward(a1, network.W2, dz2);
    const dz1 = second.dx.map((row, n) => row.map((d, j) => d * sigmoidDerivative(z1[n][j])));
    const first = denseBackward(x, network.W1, dz1);
    sgdStep(network.W1, first.dW, learningRate);
    sgdStep([network.b1], [first.db], learningRate);
    sgdStep(network.W2, second.dW, learningRate);
    sgdStep([network.b2], [second.db], learningRate);
  }
}
`,
  mistakes: {
    'no-derivative': ['row.map((d, j) => d * sigmoidDerivative(z1[n][j]))', 'row.slice()'],
    'drops-last-batch': ['start < order.length;', 'start + batchSize <= order.length;'],
  },
  cases(random) {
    const cases = [];
    const add = (count, inputs, hidden, outputs, batchSize) => {
      const order = Array.from({ length: count }, (_, k) => k);
      for (let k = count - 1; k > 0; k--) {
        const j = integer(random, 0, k);
        [order[k], order[j]] = [order[j], order[k]];
      }
      cases.push({
        network: { W1: matrix(random, inputs, hidden), b1: vector(random, hidden, 0.1),
                   W2: matrix(random, hidden, outputs), b2: vector(random, outputs, 0.1) },
        images: matrix(random, count, inputs), labels: labels(random, count, outputs),
        order, batchSize, learningRate: 0.5,
      });
    };
    add(10, 6, 5, 3, 4);     // the last batch is smaller: 4, 4, 2
    add(5, 4, 3, 2, 1);      // batches of one
    add(6, 5, 4, 3, 8);      // one batch, smaller than asked for
    add(12, 8, 6, 4, 3);
    return cases;
  },
  harness: input => {
    const network = { W1: input.network.W1.map(r => r.slice()), b1: input.network.b1.slice(),
                      W2: input.network.W2.map(r => r.slice()), b2: input.network.b2.slice() };
    const losses = [];
    trainEpoch(network, input.images, input.labels, input.order, input.batchSize, input.learningRate, loss => losses.push(loss));
    return [network.W1, network.b1, network.W2, network.b2, losses];
  },
  expected(java, { network: { W1, b1, W2, b2 }, images, labels, order, batchSize, learningRate }) {
    const [inputs, hidden, outputs] = [W1.length, b1.length, b2.length];
    const result = java.codeTrainEpoch(flat(W1), Float32Array.from(b1), flat(W2), Float32Array.from(b2), inputs, hidden, outputs,
      flat(images), Int32Array.from(labels), Int32Array.from(order), batchSize, learningRate);
    let at = 0;
    const take = count => result.subarray(at, at += count);
    return [unflat(take(inputs * hidden), inputs, hidden), Array.from(take(hidden)),
            unflat(take(hidden * outputs), hidden, outputs), Array.from(take(outputs)), Array.from(result.subarray(at))];
  },
};
