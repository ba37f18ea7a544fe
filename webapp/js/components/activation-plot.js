// The activation functions as the core computes them (BrowserExports.lessonActivationCurves), and a plot
// of one with a point marked at z. Shared by the neuron (neuron.js), the activation widget
// (activation-widget.js) and chapter 3 of the course: no formula is repeated in JavaScript, so what a
// reader sees is exactly what the network's own activation classes compute.

import { svg } from '../dom.js';

/**
 * How to show each activation function, by the core's name: a name for people and the y range a plot
 * shows. Which functions exist is the core's business (its settings schema lists them): one it adds
 * later is shown by its own name until it gets a line here.
 */
const ACTIVATIONS = {
  sigmoid: { name: 'sigmoid', range: [0, 1] },
  tanh: { name: 'tanh', range: [-1, 1] },
  relu: { name: 'ReLU', range: [0, 6] },
  leakyrelu: { name: 'leaky ReLU', range: [-0.1, 6] },
};

/** How to show activation `key`: { name, range }. */
export function activationLook(key) {
  return ACTIVATIONS[key] ?? { name: key, range: [-1, 6] };
}

/** [value, label] for each activation the core names (schema.activations), for a <select>. */
export function activationChoices(names) {
  return names.map(name => [name, activationLook(name).name]);
}

/** f and f' of activation `key` at `count` evenly spaced points from `from` to `to`, from the core. */
export function sampleActivation(java, key, from, to, count) {
  const curves = java.lessonActivationCurves(key, from, to, count);
  return { f: curves.slice(0, count), df: curves.slice(count) };
}

/** [f(z), f'(z)] from the core: a two-sample curve from z to z. */
export function activationAt(java, key, z) {
  const curves = java.lessonActivationCurves(key, z, z, 2);
  return [curves[0], curves[2]];
}

const Z_MAX = 6;
const SAMPLES = 241;   // every 0.05 from -6 to 6

/**
 * Draws activation `key` over z from -6 to 6 into `plot` (an <svg> with viewBox 0 0 240 130), the point
 * (z, f(z)) marked; with `slope`, also the derivative f'(z) as a dashed curve. `java` is the core.
 */
export function drawActivation(plot, java, key, z, { slope = false } = {}) {
  const { name, range: [low, high] } = activationLook(key);
  const { f, df } = sampleActivation(java, key, -Z_MAX, Z_MAX, SAMPLES);
  const toX = v => 20 + ((v + Z_MAX) / (2 * Z_MAX)) * 210;
  const toY = v => 110 - ((Math.max(low, Math.min(high, v)) - low) / (high - low)) * 95;
  const path = values => Array.from(values, (v, i) =>
    `${i ? 'L' : 'M'}${toX(-Z_MAX + (2 * Z_MAX * i) / (SAMPLES - 1)).toFixed(1)},${toY(v).toFixed(1)}`).join('');
  const shownZ = Math.max(-Z_MAX, Math.min(Z_MAX, z));
  plot.replaceChildren(
    svg('line', { x1: 20, y1: toY(0), x2: 230, y2: toY(0), class: 'axis' }),
    svg('line', { x1: toX(0), y1: 10, x2: toX(0), y2: 112, class: 'axis' }),
    ...(slope ? [svg('path', { d: path(df), class: 'curve slope' })] : []),
    svg('path', { d: path(f), class: 'curve' }),
    svg('circle', { cx: toX(shownZ), cy: toY(activationAt(java, key, shownZ)[0]), r: 5, class: 'marker' }),
    svg('text', { x: 230, y: 126, class: 'small-label end' }, 'z →'),
    svg('text', { x: 22, y: 126, class: 'small-label start' }, `a = ${name}(z)`));
}
