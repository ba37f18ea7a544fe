// Step 5: the gradient of the mean softmax cross-entropy with respect to the logits, (p - onehot(y)) / batch.
import softmax from './softmax.js';
import { flat, unflat } from '../cases.js';

export default {
  id: 'softmax-gradient',
  starter: `function softmaxCrossEntropyGradient(logits, labels) {
  const { probabilities } = softmaxCrossEntropy(logits, labels);

  return probabilities;
}
`,
  reference: `function softmaxCrossEntropyGradient(logits, labels) {
  const { probabilities } = softmaxCrossEntropy(logits, labels);
  const batch = logits.length;
  return probabilities.map((p, n) => p.map((pk, k) => (pk - (k === labels[n] ? 1 : 0)) / batch));
}
`,
  mistakes: {
    'batch-size': ['/ batch)', ')'],
    'sign': ['(pk - (k === labels[n] ? 1 : 0))', '((k === labels[n] ? 1 : 0) - pk)'],
  },
  cases: softmax.cases,
  harness: input => softmaxCrossEntropyGradient(input.logits, input.labels),
  expected(java, { logits, labels }) {
    const batch = logits.length;
    const classes = logits[0].length;
    return unflat(java.codeSoftmaxCrossEntropyGradient(flat(logits), Int32Array.from(labels), batch, classes), batch, classes);
  },
};
