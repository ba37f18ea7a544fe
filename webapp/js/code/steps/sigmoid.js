// Step 2: the sigmoid σ(z) = 1 / (1 + e^-z) and its derivative σ'(z) = σ(z)(1 - σ(z)).
import { vector } from '../cases.js';

export default {
  id: 'sigmoid',
  starter: `function sigmoid(z) {
  return 0;
}

function sigmoidDerivative(z) {
  return 0;
}
`,
  reference: `function sigmoid(z) {
  return 1 / (1 + Math.exp(-z));
}

function sigmoidDerivative(z) {
  const a = sigmoid(z);
  return a * (1 - a);
}
`,
  mistakes: {
    'sign': ['Math.exp(-z)', 'Math.exp(z)'],
    'derivative-of-z': ['return a * (1 - a);', 'return z * (1 - z);'],
  },
  cases(random) {
    return [{ z: [0, 1, -1, 2.5, -2.5] }, { z: [30, -30, 100, -100, 1000, -1000] }, { z: vector(random, 40, 8) }];
  },
  harness: input => input.z.map(z => [sigmoid(z), sigmoidDerivative(z)]),
  expected(java, input) {
    const pairs = java.codeSigmoid(Float32Array.from(input.z));
    return input.z.map((_, k) => [pairs[2 * k], pairs[2 * k + 1]]);
  },
};
