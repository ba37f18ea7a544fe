// Step 1: one neuron, z = w·x + b.
import { vector, number, integer, flat } from '../cases.js';

export default {
  id: 'one-neuron',
  starter: `function neuron(x, w, b) {
  let z = 0;

  return z;
}
`,
  reference: `function neuron(x, w, b) {
  let z = b;
  for (let i = 0; i < x.length; i++) {
    z += w[i] * x[i];
  }
  return z;
}
`,
  /** Each known mistake: the reference with one change (find, replace), and the hint its output earns. */
  mistakes: {
    'no-bias': ['let z = b;', 'let z = 0;'],
    'skips-input': ['i < x.length', 'i < x.length - 1'],
  },
  cases(random) {
    const cases = [{ x: [0, 0, 0], w: [0.5, -1, 2], b: 0.75 }, { x: [1], w: [-2], b: 0.5 }];
    for (let k = 0; k < 30; k++) {
      const n = integer(random, 1, 10);
      cases.push({ x: vector(random, n, k < 20 ? 1 : 100), w: vector(random, n), b: number(random, 2) });
    }
    return cases;
  },
  harness: input => neuron(input.x, input.w, input.b),
  expected: (java, input) => java.codeNeuron(flat([input.x]), flat([input.w]), input.b),
};
