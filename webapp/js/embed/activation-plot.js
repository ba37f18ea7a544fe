// The activation functions of the course as small formulas, and a plot of one with a point marked at z.
// Shared by the neuron (neuron.js) and the activation widget (activation-widget.js). The slopes f'(z)
// match the core's activation classes (leaky ReLU: 0.01 for negative z).

import { svg } from '../dom.js';

export const ACTIVATIONS = {
  sigmoid: { name: 'sigmoid', f: z => 1 / (1 + Math.exp(-z)), df: z => { const s = 1 / (1 + Math.exp(-z)); return s * (1 - s); }, range: [0, 1] },
  tanh: { name: 'tanh', f: Math.tanh, df: z => 1 - Math.tanh(z) ** 2, range: [-1, 1] },
  relu: { name: 'ReLU', f: z => Math.max(0, z), df: z => (z > 0 ? 1 : 0), range: [0, 6] },
  leakyrelu: { name: 'leaky ReLU', f: z => (z > 0 ? z : 0.01 * z), df: z => (z > 0 ? 1 : 0.01), range: [-0.1, 6] },
};

const Z_MAX = 6;

/**
 * Draws activation `key` over z from -6 to 6 into `plot` (an <svg> with viewBox 0 0 240 130), the point
 * (z, f(z)) marked; with `slope`, also the derivative f'(z) as a dashed curve.
 */
export function drawActivation(plot, key, z, { slope = false } = {}) {
  const { name, f, df, range: [low, high] } = ACTIVATIONS[key];
  const toX = v => 20 + ((v + Z_MAX) / (2 * Z_MAX)) * 210;
  const toY = v => 110 - ((Math.max(low, Math.min(high, v)) - low) / (high - low)) * 95;
  const path = fn => {
    let d = '';
    for (let v = -Z_MAX; v <= Z_MAX + 1e-9; v += 0.05) d += `${d ? 'L' : 'M'}${toX(v).toFixed(1)},${toY(fn(v)).toFixed(1)}`;
    return d;
  };
  const shownZ = Math.max(-Z_MAX, Math.min(Z_MAX, z));
  plot.replaceChildren(
    svg('line', { x1: 20, y1: toY(0), x2: 230, y2: toY(0), class: 'axis' }),
    svg('line', { x1: toX(0), y1: 10, x2: toX(0), y2: 112, class: 'axis' }),
    ...(slope ? [svg('path', { d: path(df), class: 'curve slope' })] : []),
    svg('path', { d: path(f), class: 'curve' }),
    svg('circle', { cx: toX(shownZ), cy: toY(f(shownZ)), r: 5, class: 'marker' }),
    svg('text', { x: 230, y: 126, class: 'small-label end' }, 'z →'),
    svg('text', { x: 22, y: 126, class: 'small-label start' }, `a = ${name}(z)`));
}
