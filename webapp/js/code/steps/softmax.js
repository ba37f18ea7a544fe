// Step 4: softmax of each row of logits, then the mean cross-entropy loss over the batch, without overflow.
import { matrix, integer, labels, flat, unflat } from '../cases.js';

export default {
  id: 'softmax',
  starter: `function softmaxCrossEntropy(logits, labels) {
  const probabilities = [];
  let loss = 0;

  return { probabilities, loss };
}
`,
  reference: `function softmaxCrossEntropy(logits, labels) {
  let loss = 0;
  const probabilities = logits.map((z, n) => {
    const max = Math.max(...z);
    const e = z.map(zk => Math.exp(zk - max));
    const sum = e.reduce((s, ek) => s + ek, 0);
    loss += Math.log(sum) + max - z[labels[n]];
    return e.map(ek => ek / sum);
  });
  loss /= logits.length;
  return { probabilities, loss };
}
`,
  mistakes: {
    'overflow': ['const max = Math.max(...z);', 'const max = 0;'],
    'sum-not-mean': ['loss /= logits.length;', ''],
  },
  cases(random) {
    const cases = [];
    const add = (batch, classes, scale) => cases.push({ logits: matrix(random, batch, classes, scale), labels: labels(random, batch, classes) });
    for (let k = 0; k < 8; k++) add(integer(random, 2, 6), integer(random, 2, 10), 3);
    add(1, 10, 3);        // a batch of one
    add(4, 10, 1000);     // large logits: e^z overflows unless shifted
    add(3, 5, 0);         // all logits zero: every class equally likely
    for (let k = 0; k < 6; k++) add(integer(random, 1, 8), integer(random, 2, 10), 50);
    return cases;
  },
  harness: input => {
    const { probabilities, loss } = softmaxCrossEntropy(input.logits, input.labels);
    return [probabilities, loss];
  },
  expected(java, { logits, labels }) {
    const batch = logits.length;
    const classes = logits[0].length;
    const result = java.codeSoftmaxCrossEntropy(flat(logits), Int32Array.from(labels), batch, classes);
    return [unflat(result, batch, classes), result[batch * classes]];
  },
};
