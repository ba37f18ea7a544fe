// Chapter 4: a 3 -> 2 layer with every number shown, and a parameter counter for any architecture.

import { byId, el } from '../dom.js';
import { startChapter, fmt } from './core.js';
import { coreMessage } from '../core-words.js';
import { numberQuestion } from './quiz.js';
import { addSlider } from './slider.js';
import { words } from './words.js';
import { number } from '../i18n.js';

startChapter(java => {
  showLayer(java);
  showCounter(java);
  askParameterCount(java);
});

/** Question 2: a network's parameter count, as the core counts it (layer by layer, then the total). */
function askParameterCount(java) {
  const spec = '784-30-10';
  const counts = java.lessonParameterCounts(spec);
  const layers = [];
  for (let k = 0; 2 * k + 1 < counts.length; k++) {
    const [weights, outputs] = [counts[2 * k], counts[2 * k + 1]];
    layers.push(`${weights / outputs}·${outputs} + ${outputs}`);
  }
  const total = counts[counts.length - 1];
  numberQuestion('quiz-layers-2', {
    answer: total,
    values: { spec, working: layers.join(' + '), total: number(total) },
  });
}

function showLayer(java) {
  const x = [1, 0.5, -0.5];
  const update = () => {
    const { W, b, z, a } = JSON.parse(java.lessonLayer(Float32Array.from(x)));
    const rows = [el('tr', {}, el('th', {}, ''), ...[1, 2].map(j => el('th', {}, words('layer-words-neuron', { number: j }))))];
    x.forEach((xi, i) => rows.push(el('tr', {}, el('th', {}, words('layer-words-weights-from', { input: `x${'₁₂₃'[i]} = ${fmt(xi, 2)}` })),
      el('td', {}, fmt(W[2 * i])), el('td', {}, fmt(W[2 * i + 1])))));
    rows.push(el('tr', {}, el('th', {}, words('layer-words-bias')), el('td', {}, fmt(b[0])), el('td', {}, fmt(b[1]))));
    rows.push(el('tr', {}, el('th', {}, 'z = x·W + b'), el('td', {}, fmt(z[0])), el('td', {}, fmt(z[1]))));
    rows.push(el('tr', {}, el('th', {}, 'a = σ(z)'), el('td', {}, fmt(a[0])), el('td', {}, fmt(a[1]))));
    byId('layer-table').replaceChildren(...rows);
    byId('layer-output').textContent = `${fmt(a[0])}, ${fmt(a[1])}`;
  };
  x.forEach((value, i) => addSlider(byId('layer-sliders'), {
    id: `layer-x${i + 1}`, label: words('layer-words-input', { x: `x${'₁₂₃'[i]}` }), min: -2, max: 2, step: 0.05, value,
    onInput: v => { x[i] = v; update(); },
  }));
  update();
}

function showCounter(java) {
  const input = byId('count-spec');
  const update = () => {
    const spec = input.value.trim();
    const error = coreMessage(java.lessonSpecError(spec));
    byId('count-error').textContent = error ?? '';
    input.toggleAttribute('aria-invalid', Boolean(error));
    if (error) {
      byId('count-table').replaceChildren();
      byId('count-total').textContent = '–';
      return;
    }
    // Weights and biases of each layer, then the total: a layer has one bias per neuron (its outputs) and
    // one weight per input and neuron, so its sizes follow from its counts.
    const counts = java.lessonParameterCounts(spec);
    const rows = [el('tr', {}, ...['layer', 'weights', 'biases'].map(name => el('th', {}, words(`count-head-${name}`))))];
    for (let k = 0; 2 * k + 1 < counts.length; k++) {
      const [weights, outputs] = [counts[2 * k], counts[2 * k + 1]];
      const inputs = weights / outputs;
      rows.push(el('tr', {}, el('td', {}, `${inputs} → ${outputs}`),
        el('td', {}, `${inputs}·${outputs} = ${number(weights)}`),
        el('td', {}, number(outputs))));
    }
    byId('count-table').replaceChildren(...rows);
    byId('count-total').textContent = number(counts[counts.length - 1]);
  };
  input.addEventListener('input', update);
  for (const chip of document.querySelectorAll('[data-spec]')) {
    chip.addEventListener('click', () => { input.value = chip.dataset.spec; update(); });
  }
  update();
}
