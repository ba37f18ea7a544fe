// One artificial neuron with sliders: inputs x, weights w and bias b; the neuron computes
// z = w1·x1 + w2·x2 + w3·x3 + b and outputs a = f(z) for an activation function f. Every change of a
// slider asks the core for z and a (BrowserExports.lessonNeuron) and redraws: the page only draws.
//
// Shared by the embeddable neuron widget (neuron-widget.js) and chapter 1 of the course:
// createNeuron(host, java, options).

import { el, svg } from '../dom.js';
import { weightColour } from '../images.js';
import { t, number } from '../i18n.js';
import { activationLook, activationChoices, drawActivation } from './activation-plot.js';

const SUB = ['₁', '₂', '₃', '₄'];
const WIDTH = 420;
const HEIGHT = 220;

/**
 * Builds the neuron into `host`, computed by `java` (the core's exports). Options: inputs (1-4, default 3),
 * names (the core's activations, schema.activations), activation (one of them), curve (draw f with the current z marked), start values { x: [], w: [], b }.
 * The sliders get the ids x1…, w1…, bias; z and a are shown in outputs neuron-sum and neuron-output.
 * Returns { state() } with the current { x, w, b, z, a, activation }.
 */
export function createNeuron(host, java, { names, inputs = 3, activation = names[0], curve = true, start = {} } = {}) {
  const x = Array.from({ length: inputs }, (_, i) => start.x?.[i] ?? [0.9, 0.2, 0.6, 0.4][i]);
  const w = Array.from({ length: inputs }, (_, i) => start.w?.[i] ?? [1.5, -2, 0.8, 1][i]);
  let b = start.b ?? -0.5;
  let act = names.includes(activation) ? activation : names[0];

  const picture = svg('svg', { class: 'neuron-picture', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img' });
  const sumTerms = el('span');
  const zShown = el('output', { id: 'neuron-sum', 'data-testid': 'neuron-sum' });
  const fName = el('span');
  const aShown = el('output', { id: 'neuron-output', 'data-testid': 'neuron-output' });
  const formula = el('p', { class: 'neuron-formula', 'aria-live': 'polite' },
    'z = ', sumTerms, ' = ', zShown, t('neuron.so'), ' a = ', fName, '(z) = ', aShown);
  const plot = svg('svg', { class: 'neuron-curve', viewBox: '0 0 240 130', role: 'img', 'aria-label': t('neuron.curveLabel') });

  const sliders = el('div', { class: 'neuron-sliders' });
  const slider = (id, label, min, max, step, get, set) => {
    const value = el('output', { class: 'slider-value', for: id });
    const input = el('input', { type: 'range', id, min, max, step, value: get(), 'aria-label': label });
    const show = () => { value.textContent = get().toFixed(2); };
    input.addEventListener('input', () => { set(Number(input.value)); show(); draw(); });
    show();
    sliders.append(el('label', { class: 'slider' }, el('span', { class: 'slider-name' }, label), input, value));
  };
  for (let i = 0; i < inputs; i++) slider(`x${i + 1}`, t('neuron.input', { name: `x${SUB[i]}` }), 0, 1, 0.01, () => x[i], v => { x[i] = v; });
  for (let i = 0; i < inputs; i++) slider(`w${i + 1}`, t('neuron.weight', { name: `w${SUB[i]}` }), -4, 4, 0.1, () => w[i], v => { w[i] = v; });
  slider('bias', t('neuron.bias'), -4, 4, 0.1, () => b, v => { b = v; });

  const choice = el('select', { 'aria-label': t('neuron.activationFunction') },
    ...activationChoices(names).map(([key, name]) => el('option', { value: key }, name)));
  choice.value = act;
  choice.addEventListener('change', () => { act = choice.value; draw(); });
  sliders.append(el('label', { class: 'slider' }, el('span', { class: 'slider-name' }, t('neuron.activation')), choice));

  host.replaceChildren(el('div', { class: 'neuron-widget-body' },
    el('div', { class: 'neuron-left' }, picture, formula, ...(curve ? [plot] : [])), sliders));

  function compute() {
    const [z, a] = java.lessonNeuron(Float32Array.from(w), Float32Array.from(x), b, act);
    return { z, a };
  }

  function draw() {
    const { z, a } = compute();
    const [low, high] = activationLook(act).range;
    const level = Math.max(0, Math.min(1, (a - low) / (high - low)));
    const neuron = { x: 290, y: HEIGHT / 2 };
    const parts = [];
    x.forEach((xi, i) => {
      const y = (HEIGHT * (i + 0.5)) / inputs;
      const colour = `rgb(${weightColour(Math.sign(w[i]) * Math.min(1, 0.25 + Math.abs(w[i]) / 4)).join(',')})`;
      parts.push(svg('line', { x1: 70, y1: y, x2: neuron.x - 34, y2: neuron.y, stroke: colour, 'stroke-width': (0.5 + 1.6 * Math.abs(w[i])).toFixed(2), 'stroke-linecap': 'round' }));
      parts.push(svg('text', { x: 160, y: (y + neuron.y) / 2 - 8, class: 'weight-label' }, `w${SUB[i]} = ${w[i].toFixed(1)}`));
      parts.push(svg('circle', { cx: 46, cy: y, r: 22, class: 'input-node', fill: grey(xi) }));
      parts.push(svg('text', { x: 46, y: y + 5, class: `node-label${xi > 0.55 ? ' on-light' : ''}` }, xi.toFixed(2)));
      parts.push(svg('text', { x: 14, y: y - 26, class: 'small-label' }, `x${SUB[i]}`));
    });
    parts.push(svg('circle', { cx: neuron.x, cy: neuron.y, r: 34, class: 'neuron-node', fill: grey(level) }));
    parts.push(svg('text', { x: neuron.x, y: neuron.y + 5, class: `node-label${level > 0.55 ? ' on-light' : ''}` }, a.toFixed(2)));
    parts.push(svg('text', { x: neuron.x, y: neuron.y + 54, class: 'small-label' }, `b = ${b.toFixed(1)}`));
    parts.push(svg('line', { x1: neuron.x + 34, y1: neuron.y, x2: WIDTH - 20, y2: neuron.y, class: 'output-line' }));
    parts.push(svg('text', { x: WIDTH - 22, y: neuron.y - 10, class: 'small-label end' }, t('neuron.output')));
    picture.replaceChildren(...parts);
    picture.setAttribute('aria-label', t('neuron.pictureLabel', { inputs, output: number(a, { minimumFractionDigits: 3, maximumFractionDigits: 3 }) }));

    // "1.5·0.90 − 2.0·0.20 + 0.8·0.60 − 0.5": each term with its own sign, as one would write it by hand.
    const signed = (value, text, first) => `${value < 0 ? (first ? '−' : ' − ') : (first ? '' : ' + ')}${text}`;
    const terms = w.map((wi, i) => signed(wi, `${Math.abs(wi).toFixed(1)}·${x[i].toFixed(2)}`, i === 0)).join('');
    const sum = `${terms}${signed(b, Math.abs(b).toFixed(1), false)}`;
    sumTerms.textContent = sum;
    zShown.textContent = minus(z.toFixed(3));
    fName.textContent = activationLook(act).name;
    aShown.textContent = minus(a.toFixed(3));
    if (curve) drawActivation(plot, java, act, z);
  }

  draw();
  return { state: () => ({ x: [...x], w: [...w], b, ...compute(), activation: act }) };
}

function minus(text) {
  return text.replace('-', '−');
}

function grey(level) {
  const v = Math.round(22 + (240 - 22) * Math.max(0, Math.min(1, level)));
  return `rgb(${v},${v},${v})`;
}
