// Step 3: a dense layer's forward pass over a batch, z = x·W + b (W[i][j]: from input i to neuron j).
import { matrix, vector, integer, zeros, flat, unflat } from '../cases.js';

export default {
  id: 'dense-forward',
  starter: `function denseForward(x, W, b) {
  const z = [];

  return z;
}
`,
  reference: `function denseForward(x, W, b) {
  return x.map(row => {
    const z = b.slice();
    for (let i = 0; i < row.length; i++) {
      const xi = row[i];
      const Wi = W[i];
      for (let j = 0; j < z.length; j++) {
        z[j] += xi * Wi[j];
      }
    }
    return z;
  });
}
`,
  mistakes: {
    'no-bias': ['const z = b.slice();', 'const z = b.map(() => 0);'],
    'transposed': ['xi * Wi[j]', 'xi * W[j][i]'],
  },
  cases(random) {
    const cases = [];
    // Square layers first: there, transposed weights give numbers (wrong ones) rather than an error.
    for (let k = 0; k < 6; k++) {
      const n = integer(random, 2, 5);
      cases.push({ x: matrix(random, integer(random, 1, 4), n), W: matrix(random, n, n), b: vector(random, n) });
    }
    cases.push({ x: zeros(3, 4), W: matrix(random, 4, 2), b: vector(random, 2) });   // zero inputs: only the bias
    cases.push({ x: matrix(random, 1, 7), W: matrix(random, 7, 3), b: vector(random, 3) });  // a batch of one
    for (let k = 0; k < 12; k++) {
      const inputs = integer(random, 1, 8);
      const outputs = integer(random, 1, 6);
      cases.push({ x: matrix(random, integer(random, 1, 6), inputs), W: matrix(random, inputs, outputs), b: vector(random, outputs) });
    }
    return cases;
  },
  harness: input => denseForward(input.x, input.W, input.b),
  expected(java, { x, W, b }) {
    const out = b.length;
    return unflat(java.codeDenseForward(flat(x), flat(W), Float32Array.from(b), x.length, W.length, out), x.length, out);
  },
};
