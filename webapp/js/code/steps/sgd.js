// Step 7: one step of gradient descent, w ← w - η·g, in place, on a matrix of parameters.
import { matrix, integer, number, flat, unflat } from '../cases.js';

export default {
  id: 'sgd',
  starter: `function sgdStep(W, dW, learningRate) {

}
`,
  reference: `function sgdStep(W, dW, learningRate) {
  for (let i = 0; i < W.length; i++) {
    for (let j = 0; j < W[i].length; j++) {
      W[i][j] -= learningRate * dW[i][j];
    }
  }
}
`,
  mistakes: {
    'sign': ['W[i][j] -= learningRate', 'W[i][j] += learningRate'],
    'no-rate': ['learningRate * dW[i][j]', 'dW[i][j]'],
    'in-place': ['W[i][j] -= learningRate * dW[i][j];', 'const w = W[i][j] - learningRate * dW[i][j];'],
  },
  cases(random) {
    const cases = [];
    for (let k = 0; k < 12; k++) {
      const rows = integer(random, 1, 6);
      const cols = integer(random, 1, 6);
      cases.push({ W: matrix(random, rows, cols), dW: matrix(random, rows, cols), learningRate: Math.abs(number(random, 1)) });
    }
    return cases;
  },
  harness: input => {
    const W = input.W.map(row => row.slice());
    sgdStep(W, input.dW, input.learningRate);
    return W;
  },
  expected(java, { W, dW, learningRate }) {
    return unflat(java.codeSgdStep(flat(W), flat(dW), W.length, W[0].length, learningRate), W.length, W[0].length);
  },
};
