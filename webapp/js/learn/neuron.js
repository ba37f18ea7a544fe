// Chapter 1: one neuron with three inputs, the same widget as the embeddable neuron (components/neuron.js):
// every change of a slider asks the core for z and a = f(z). Its first question's output is the core's too.

import { byId } from '../dom.js';
import { fmt, startChapter } from './core.js';
import { numberQuestion } from './quiz.js';
import { createNeuron } from '../components/neuron.js';
import { addEmbedButton } from '../components/embed-button.js';
import { words } from './words.js';

startChapter((java, schema) => {
  const neuron = createNeuron(byId('neuron'), java, { names: schema.activations, start: { x: [0.8, 0.3, 0.5], w: [1.2, -0.7, 0.4], b: -0.5 } });
  addEmbedButton(byId('neuron-widget'), () => ({
    widget: 'neuron', params: { activation: neuron.state().activation },
    note: words('neuron-words-embed'),
  }));
  askOutput(java);
});

/** Question 1: a sigmoid neuron's output, computed by the core for the numbers the question shows. */
function askOutput(java) {
  const x = [0.5, -1, 2];
  const w = [0.8, 0.4, -0.3];
  const b = 0.1;
  const [z, a] = java.lessonNeuron(Float32Array.from(w), Float32Array.from(x), b, 'sigmoid');
  const signed = v => (v < 0 ? `(${fmt(v, 1)})` : fmt(v, 1));
  numberQuestion('quiz-neuron-1', {
    answer: a,
    values: {
      x: `(${x.map(v => fmt(v, 1)).join(', ')})`,
      w: `(${w.map(v => fmt(v, 1)).join(', ')})`,
      b: fmt(b, 1),
      products: `${w.map((wi, i) => `${signed(wi)}·${signed(x[i])}`).join(' + ')} + ${fmt(b, 1)}`,
      z: fmt(z, 3),
      a: fmt(a, 3),
    },
  });
}
