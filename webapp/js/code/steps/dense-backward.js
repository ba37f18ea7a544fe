// Step 6: a dense layer's backward pass: from dL/dz, the gradients dW = xᵀ·dz, db = Σ dz, dx = dz·Wᵀ.
import { matrix, integer, zeros, flat, unflat } from '../cases.js';

export default {
  id: 'dense-backward',
  starter: `function denseBackward(x, W, dz) {
  const dW = W.map(row => row.map(() => 0));
  const db = dz[0].map(() => 0);
  const dx = x.map(row => row.map(() => 0));

  return { dW, db, dx };
}
`,
  reference: `function denseBackward(x, W, dz) {
  const dW = W.map(row => row.map(() => 0));
  const db = dz[0].map(() => 0);
  const dx = x.map(row => row.map(() => 0));
  for (let n = 0; n < x.length; n++) {
    const d = dz[n];
    for (let i = 0; i < W.length; i++) {
      const xi = x[n][i];
      const Wi = W[i];
      const dWi = dW[i];
      let sum = 0;
      for (let j = 0; j < d.length; j++) {
        dWi[j] += xi * d[j];
        sum += d[j] * Wi[j];
      }
      dx[n][i] = sum;
    }
    for (let j = 0; j < d.length; j++) {
      db[j] += d[j];
    }
  }
  return { dW, db, dx };
}
`,
  mistakes: {
    'transposed': ['sum += d[j] * Wi[j];', 'sum += d[j] * W[j][i];'],
    'batch-size': ['dWi[j] += xi * d[j];', 'dWi[j] += xi * d[j] / x.length;'],
  },
  cases(random) {
    const cases = [];
    const add = (batch, inputs, outputs, x = matrix(random, batch, inputs)) =>
      cases.push({ x, W: matrix(random, inputs, outputs), dz: matrix(random, batch, outputs) });
    // Square layers first: there, transposed weights give numbers (wrong ones) rather than an error.
    for (let k = 0; k < 5; k++) {
      const n = integer(random, 2, 5);
      add(integer(random, 2, 4), n, n);
    }
    add(1, 6, 3);                      // a batch of one
    add(3, 4, 2, zeros(3, 4));         // zero inputs: no weight gradient, yet a bias gradient
    for (let k = 0; k < 10; k++) add(integer(random, 1, 6), integer(random, 1, 7), integer(random, 1, 5));
    return cases;
  },
  harness: input => {
    const { dW, db, dx } = denseBackward(input.x, input.W, input.dz);
    return [dW, db, dx];
  },
  expected(java, { x, W, dz }) {
    const batch = x.length;
    const inputs = W.length;
    const outputs = W[0].length;
    const result = java.codeDenseBackward(flat(x), flat(W), flat(dz), batch, inputs, outputs);
    return [unflat(result, inputs, outputs),
            Array.from(result.subarray(inputs * outputs, inputs * outputs + outputs)),
            unflat(result.subarray(inputs * outputs + outputs), batch, inputs)];
  },
};
