// Chapter 1: one neuron with three inputs, the same widget as the embeddable neuron (components/neuron.js):
// every change of a slider asks the core for z and a = f(z).

import { byId } from '../dom.js';
import { startChapter } from './core.js';
import { createNeuron } from '../components/neuron.js';
import { addEmbedButton } from '../components/embed-button.js';

startChapter((java, schema) => {
  const neuron = createNeuron(byId('neuron'), java, { names: schema.activations, start: { x: [0.8, 0.3, 0.5], w: [1.2, -0.7, 0.4], b: -0.5 } });
  addEmbedButton(byId('neuron-widget'), () => ({
    widget: 'neuron', params: { activation: neuron.state().activation },
    note: 'The embedded neuron has the activation chosen here; its sliders start from their own values.',
  }));
});
