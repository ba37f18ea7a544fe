// Chapter 8: a traced forward and backward pass through a 2-2-1 network. The core computes every number;
// the page lays them out as the chain rule, and shows the factors each product is made of.

import { byId, el, svg } from '../dom.js';
import { startChapter, fmt } from './core.js';
import { numberQuestion } from './quiz.js';
import { addSlider } from './slider.js';
import { words } from './words.js';

const GRADIENT = '#f0883e';
const VALUE = '#58a6ff';

startChapter(java => {
  const x = [0.6, 0.2];
  const update = () => {
    const t = JSON.parse(java.lessonBackprop(x[0], x[1], Number(byId('bp-target').value)));
    drawDiagram(t);
    showForward(t);
    showBackward(t);
    showCheck(t);
  };
  x.forEach((value, i) => addSlider(byId('bp-sliders'), {
    id: `bp-x${i + 1}`, label: words('bp-words-input', { x: `x${'₁₂'[i]}` }), min: 0, max: 1, step: 0.01, value,
    onInput: v => { x[i] = v; update(); },
  }));
  byId('bp-target').addEventListener('change', update);
  update();
  askWeightGradient(java);
});

/**
 * Question 1: ∂L/∂w of the weight from hidden neuron 1 to the output, for an input of its own. The factors the
 * question shows and the answer come from the same trace of the core; the factors are rounded to 4 decimals,
 * so their product is within the question's tolerance of the exact gradient.
 */
function askWeightGradient(java) {
  const [x1, x2, y] = [0.9, 0.3, 1];
  const t = JSON.parse(java.lessonBackprop(x1, x2, y));
  numberQuestion('quiz-backpropagation-1', {
    answer: t.dW2[0],
    values: {
      x: `(${fmt(x1, 1)}, ${fmt(x2, 1)})`,
      y: String(y),
      dz2: fmt(t.dZ2[0], 4),
      a1: fmt(t.a1[0], 4),
      gradient: fmt(t.dW2[0], 4),
    },
  });
}

// W is [in][out] row by row: W[i*out + j] connects input i to neuron j.
const w1 = (t, i, j) => t.W1[2 * i + j];
// A factor in a product: negative numbers in parentheses, so "x·(−0.3)" never reads as a subtraction.
const factor = (v, decimals = 3) => (v < 0 ? `(${fmt(v, decimals)})` : fmt(v, decimals));
const row = (...cells) => el('tr', {}, ...cells.map((c, k) => el(k === 0 ? 'th' : 'td', {}, c)));
// A table's first row: the words of templates bp-head-NAME.
const head = (...names) => el('tr', {}, ...names.map(name => el('th', { scope: 'col' }, words(`bp-head-${name}`))));

function showForward(t) {
  byId('bp-forward').replaceChildren(
    head('step', 'formula', 'value'),
    ...[0, 1].map(j => row(`z₁,${j + 1}`, `x₁·${factor(w1(t, 0, j))} + x₂·${factor(w1(t, 1, j))} + ${factor(t.b1[j])}`, fmt(t.z1[j]))),
    ...[0, 1].map(j => row(`a₁,${j + 1}`, `σ(${fmt(t.z1[j])})`, fmt(t.a1[j]))),
    row('z₂', `${fmt(t.a1[0])}·${factor(t.W2[0])} + ${fmt(t.a1[1])}·${factor(t.W2[1])} + ${factor(t.b2[0])}`, fmt(t.z2[0])),
    row('a₂', `σ(${fmt(t.z2[0])})`, fmt(t.a2[0])),
    row('L', `½(${fmt(t.a2[0])} − ${t.y})²`, fmt(t.loss, 4)),
  );
}

function showBackward(t) {
  const a2 = t.a2[0];
  byId('bp-backward').replaceChildren(
    head('gradient', 'chain-rule', 'value'),
    row('∂L/∂a₂', `a₂ − y = ${fmt(a2)} − ${t.y}`, fmt(t.dA2[0], 4)),
    row('∂L/∂z₂', `∂L/∂a₂ · σ′(z₂) = ${factor(t.dA2[0], 4)} · ${fmt(a2 * (1 - a2), 4)}`, fmt(t.dZ2[0], 4)),
    ...[0, 1].map(j => row(`∂L/∂w₂,${j + 1}`, `a₁,${j + 1} · ∂L/∂z₂ = ${fmt(t.a1[j])} · ${factor(t.dZ2[0], 4)}`, fmt(t.dW2[j], 4))),
    row('∂L/∂b₂', '∂L/∂z₂', fmt(t.dB2[0], 4)),
    ...[0, 1].map(j => row(`∂L/∂a₁,${j + 1}`, `w₂,${j + 1} · ∂L/∂z₂ = ${factor(t.W2[j])} · ${factor(t.dZ2[0], 4)}`, fmt(t.dA1[j], 4))),
    ...[0, 1].map(j => row(`∂L/∂z₁,${j + 1}`, `∂L/∂a₁,${j + 1} · σ′(z₁,${j + 1}) = ${factor(t.dA1[j], 4)} · ${fmt(t.a1[j] * (1 - t.a1[j]), 4)}`, fmt(t.dZ1[j], 4))),
    ...[0, 1].flatMap(i => [0, 1].map(j => row(`∂L/∂w₁,${i + 1}${j + 1}`, `x${'₁₂'[i]} · ∂L/∂z₁,${j + 1} = ${fmt(t.x[i], 2)} · ${factor(t.dZ1[j], 4)}`, fmt(t.dW1[2 * i + j], 4)))),
    ...[0, 1].map(j => row(`∂L/∂b₁,${j + 1}`, `∂L/∂z₁,${j + 1}`, fmt(t.dB1[j], 4))),
  );
}

function showCheck(t) {
  const pairs = [
    ...[0, 1].flatMap(i => [0, 1].map(j => [`w₁,${i + 1}${j + 1}`, t.dW1[2 * i + j], t.nW1[2 * i + j]])),
    ...[0, 1].map(j => [`b₁,${j + 1}`, t.dB1[j], t.nB1[j]]),
    ...[0, 1].map(j => [`w₂,${j + 1}`, t.dW2[j], t.nW2[j]]),
    ['b₂', t.dB2[0], t.nB2[0]],
  ];
  let largest = 0;
  const rows = pairs.map(([name, exact, numeric]) => {
    largest = Math.max(largest, Math.abs(exact - numeric));
    return row(name, fmt(exact, 5), fmt(numeric, 5), fmt(Math.abs(exact - numeric), 5));
  });
  byId('bp-check').replaceChildren(head('parameter', 'backprop', 'numerical', 'difference'), ...rows);
  byId('bp-difference').textContent = largest.toExponential(1);
}

// Inputs, hidden and output neurons; each node shows its value (blue) and gradient (orange).
function drawDiagram(t) {
  const nodes = {
    x1: [60, 60, `x₁ = ${fmt(t.x[0], 2)}`, null],
    x2: [60, 180, `x₂ = ${fmt(t.x[1], 2)}`, null],
    h1: [260, 60, `a = ${fmt(t.a1[0])}`, `∂L/∂z = ${fmt(t.dZ1[0], 4)}`],
    h2: [260, 180, `a = ${fmt(t.a1[1])}`, `∂L/∂z = ${fmt(t.dZ1[1], 4)}`],
    out: [460, 120, `a₂ = ${fmt(t.a2[0])}`, `∂L/∂z = ${fmt(t.dZ2[0], 4)}`],
  };
  const root = svg('svg', { viewBox: '0 0 600 250', class: 'trace', role: 'img', 'aria-label': words('bp-words-diagram') });
  const edge = (from, to, weight, gradient) => {
    const [x1, y1] = nodes[from];
    const [x2, y2] = nodes[to];
    root.append(svg('line', { x1, y1, x2, y2, stroke: '#30363d', 'stroke-width': 2 }));
    // a third of the way along: the crossing edges' labels then sit apart
    const mx = x1 + (x2 - x1) * 0.33;
    const my = y1 + (y2 - y1) * 0.33;
    root.append(svg('text', { x: mx, y: my - 4, 'text-anchor': 'middle', fill: VALUE, 'font-size': 12 }, fmt(weight, 2)));
    root.append(svg('text', { x: mx, y: my + 12, 'text-anchor': 'middle', fill: GRADIENT, 'font-size': 12 }, fmt(gradient, 3)));
  };
  ['x1', 'x2'].forEach((from, i) => ['h1', 'h2'].forEach((to, j) => edge(from, to, w1(t, i, j), t.dW1[2 * i + j])));
  ['h1', 'h2'].forEach((from, j) => edge(from, 'out', t.W2[j], t.dW2[j]));
  for (const [, [x, y, value, gradient]] of Object.entries(nodes)) {
    root.append(svg('circle', { cx: x, cy: y, r: 22, fill: '#1f2a3a', stroke: VALUE, 'stroke-width': 2 }));
    root.append(svg('text', { x, y: y + 40, 'text-anchor': 'middle', fill: VALUE, 'font-size': 13 }, value));
    if (gradient) root.append(svg('text', { x, y: y + 56, 'text-anchor': 'middle', fill: GRADIENT, 'font-size': 13 }, gradient));
  }
  root.append(svg('text', { x: 520, y: 125, fill: '#e6edf3', 'font-size': 13 }, `L = ${fmt(t.loss, 4)}`));
  byId('bp-diagram').replaceChildren(root);
}
