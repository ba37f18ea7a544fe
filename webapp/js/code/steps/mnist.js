// Step 9, the capstone: the trained network's answers, predict(network, images), then training on MNIST
// (capstone.js) with every function of the steps before.
import { matrix, vector, integer, flat } from '../cases.js';

export default {
  id: 'mnist',
  starter: `function predict(network, images) {
  return images.map(image => 0);
}
`,
  reference: `function predict(network, images) {
  const z1 = denseForward(images, network.W1, network.b1);
  const a1 = z1.map(row => row.map(sigmoid));
  const z2 = denseForward(a1, network.W2, network.b2);
  return z2.map(row => row.indexOf(Math.max(...row)));
}
`,
  mistakes: {
    'no-activation': ['z1.map(row => row.map(sigmoid))', 'z1'],
    'argmin': ['Math.max(...row)', 'Math.min(...row)'],
  },
  cases(random) {
    const cases = [];
    for (let k = 0; k < 8; k++) {
      const [inputs, hidden, outputs] = [integer(random, 2, 12), integer(random, 2, 8), integer(random, 2, 10)];
      cases.push({
        network: { W1: matrix(random, inputs, hidden, 2), b1: vector(random, hidden), W2: matrix(random, hidden, outputs, 2), b2: vector(random, outputs) },
        images: matrix(random, k === 0 ? 1 : integer(random, 2, 8), inputs),
      });
    }
    return cases;
  },
  harness: input => predict(input.network, input.images),
  expected(java, { network: { W1, b1, W2, b2 }, images }) {
    const [inputs, hidden, outputs, batch] = [W1.length, b1.length, b2.length, images.length];
    const z1 = java.codeDenseForward(flat(images), flat(W1), Float32Array.from(b1), batch, inputs, hidden);
    const pairs = java.codeSigmoid(z1);
    const a1 = z1.map((_, k) => pairs[2 * k]);
    const z2 = java.codeDenseForward(a1, flat(W2), Float32Array.from(b2), batch, hidden, outputs);
    return images.map((_, n) => {
      const row = Array.from(z2.subarray(n * outputs, (n + 1) * outputs));
      return row.indexOf(Math.max(...row));
    });
  },
};
