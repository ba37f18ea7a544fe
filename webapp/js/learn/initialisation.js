// Chapter "initialisation": how the weights start. Two widgets, both computed by the core on the site's sample
// test images: six hidden neurons trained from zero or random weights (do they stay copies?), and a six-layer
// network's activations and gradients layer by layer, for each activation and each way to start.

import { byId, el } from '../dom.js';
import { paintWeights } from '../images.js';
import { createSamples } from '../components/samples.js';
import { startChapter, fmt } from './core.js';
import { coreMessage } from '../core-words.js';
import { numberQuestion } from './quiz.js';
import { frame, drawAxes, fitToWidth } from './plot.js';
import { number } from '../i18n.js';

const DATASET = 'mnist';
const SEED = 10;
const SYMMETRY_STEPS = 10;   // per press of "Train 10 steps"
const DEEP_STEPS = 20;       // per press of "Train 20 steps"
const GRADIENT_RANGE = [-12, 3];   // the gradient chart's log10 axis: every start's bars fit, so they compare
const BAR = '#58a6ff';
const HISTOGRAM = '#3fb950';

startChapter(async (java, schema) => {
  askXavierBound(java);
  const datasets = Object.fromEntries(schema.datasets.map(d => [d.id, d]));
  const { labels, pixels } = await createSamples(datasets).all(DATASET);
  const [rows, cols] = datasets[DATASET].inputShape;
  const failIf = answer => { const error = coreMessage(answer); if (error) throw new Error(error); };

  // ---- six hidden neurons: copies or not ----
  const neurons = byId('symmetry-neurons');
  const pictures = [];   // one per hidden neuron, made when the core first says how many there are
  const showSymmetry = state => {
    const size = rows * cols;
    while (pictures.length < state.weights.length / size) {
      const canvas = el('canvas', { width: cols, height: rows, class: 'pixelated', role: 'img',
        'aria-label': neurons.dataset.label.replace('#', String(pictures.length + 1)) });
      neurons.append(canvas);
      pictures.push(canvas);
    }
    let largest = 1e-6;   // all-zero weights still need a scale to paint on
    for (const w of state.weights) largest = Math.max(largest, Math.abs(w));
    pictures.forEach((canvas, j) => paintWeights(canvas, state.weights.slice(j * size, (j + 1) * size), cols, rows, largest));
    byId('symmetry-steps').textContent = number(state.steps);
    byId('symmetry-difference').textContent = fmt(state.difference, 4);
    byId('symmetry-accuracy').textContent = `${fmt(100 * state.accuracy, 1)}%`;
  };
  const resetSymmetry = () => {
    failIf(java.lessonSymmetryReset(byId('symmetry-start').value, pixels, labels, DATASET, SEED));
    showSymmetry(JSON.parse(java.lessonSymmetryTrain(0)));
  };
  byId('symmetry-start').addEventListener('change', resetSymmetry);
  byId('symmetry-reset').addEventListener('click', resetSymmetry);
  byId('symmetry-train').addEventListener('click', () => showSymmetry(JSON.parse(java.lessonSymmetryTrain(SYMMETRY_STEPS))));
  resetSymmetry();

  // ---- the deep network ----
  const layerFigures = [];
  const template = byId('deep-layer');
  let steps = 0;
  let shown;   // the last measurement, drawn again when the window's width changes
  const showDeep = measured => {
    shown = measured;
    byId('deep-steps').textContent = number(steps);
    byId('deep-loss').textContent = fmt(measured.loss, 3);
    byId('deep-accuracy').textContent = `${fmt(100 * measured.accuracy, 1)}%`;
    drawGradients(byId('deep-gradients'), measured.gradients);
    const [first] = measured.gradients;
    const last = measured.gradients[measured.gradients.length - 1];
    byId('deep-ratio').textContent = ratio(first, last);
    measured.layers.forEach((layer, k) => {
      if (!layerFigures[k]) {
        const figure = template.content.firstElementChild.cloneNode(true);
        figure.querySelector('.layer-number').textContent = String(k + 1);
        byId('deep-layers').append(figure);
        layerFigures[k] = figure;
      }
      const figure = layerFigures[k];
      drawHistogram(figure.querySelector('canvas'), layer);
      figure.querySelector('.layer-mean').textContent = fmt(layer.mean, 3);
      figure.querySelector('.layer-spread').textContent = fmt(layer.spread, 3);
      figure.querySelector('.layer-dead').textContent = `${fmt(100 * layer.dead, 0)}%`;
    });
  };
  const resetDeep = () => {
    steps = 0;
    failIf(java.lessonDeepReset(byId('deep-activation').value, byId('deep-start').value, pixels, labels, DATASET,
      Number(byId('deep-rate').value), SEED));
    showDeep(JSON.parse(java.lessonDeepTrain(0)));
  };
  ['deep-activation', 'deep-start', 'deep-rate'].forEach(id => byId(id).addEventListener('change', resetDeep));
  byId('deep-reset').addEventListener('click', resetDeep);
  byId('deep-train').addEventListener('click', () => {
    steps += DEEP_STEPS;
    showDeep(JSON.parse(java.lessonDeepTrain(DEEP_STEPS)));
  });
  resetDeep();
  window.addEventListener('resize', () => showDeep(shown));
});

/** The question on Xavier's bound, for the first layer of chapter 9's kind of network: 784 inputs, 30 neurons. */
function askXavierBound(java) {
  const inputs = 784;
  const neurons = 30;
  const r = java.lessonStartLimit('xavier', inputs, neurons);
  numberQuestion('quiz-initialisation-2', {
    answer: r,
    values: { in: String(inputs), out: String(neurons), sum: String(inputs + neurons), r: fmt(r, 4) },
  });
}

/** "0.52", or "1/23,000" for a tiny ratio, which reads better than 4.3e-5; "–" when both are 0. */
function ratio(first, last) {
  const r = first / last;
  if (!Number.isFinite(r)) return '–';
  if (r === 0 || r >= 0.01) return r >= 1000 ? number(Math.round(r)) : fmt(r, 2);
  return `1/${number(Number((1 / r).toPrecision(2)))}`;
}

/** One bar per dense layer on a log10 scale; a gradient of exactly 0 gets no bar and the label 0. */
function drawGradients(canvas, gradients) {
  const [low, high] = GRADIENT_RANGE;
  fitToWidth(canvas, { minHeight: 200 });
  const plot = frame(canvas, { xMin: 0, xMax: gradients.length, yMin: low, yMax: high, margin: 40 });
  drawAxes(plot, { yTicks: [] });
  const c = plot.context;
  c.font = '12px system-ui, sans-serif';
  for (let e = low; e <= high; e += 3) {
    c.fillStyle = '#8b949e';
    c.textAlign = 'right';
    c.fillText(`1e${e}`, plot.left - 4, plot.y(e) + 4);
    c.strokeStyle = '#30363d';
    c.beginPath();
    c.moveTo(plot.left, plot.y(e));
    c.lineTo(plot.right, plot.y(e));
    c.stroke();
  }
  const outputName = canvas.dataset.outputLayer;
  gradients.forEach((g, k) => {
    const x0 = plot.x(k + 0.15);
    const x1 = plot.x(k + 0.85);
    if (g > 0) {
      const top = plot.y(Math.min(high, Math.max(low, Math.log10(g))));
      c.fillStyle = BAR;
      c.fillRect(x0, top, x1 - x0, plot.bottom - top);
    }
    c.fillStyle = '#e6edf3';
    c.textAlign = 'center';
    const label = g > 0 ? g.toExponential(1) : '0';
    const labelY = g > 0 ? plot.y(Math.min(high, Math.max(low, Math.log10(g)))) - 4 : plot.bottom - 4;
    c.fillText(label, (x0 + x1) / 2, Math.max(plot.top + 12, labelY));
    c.fillStyle = '#8b949e';
    c.fillText(k === gradients.length - 1 ? outputName : String(k + 1), (x0 + x1) / 2, plot.bottom + 16);
  });
}

/** A hidden layer's histogram of activations, from layer.from to layer.to, tallest bar to the top. */
function drawHistogram(canvas, layer) {
  const counts = layer.histogram;
  fitToWidth(canvas, { minHeight: 90 });
  const plot = frame(canvas, { xMin: 0, xMax: counts.length, yMin: 0, yMax: Math.max(1, ...counts), margin: 20 });
  drawAxes(plot);
  const c = plot.context;
  c.fillStyle = HISTOGRAM;
  counts.forEach((n, k) => {
    if (n === 0) return;
    const top = plot.y(n);
    c.fillRect(plot.x(k) + 0.5, top, plot.x(k + 1) - plot.x(k) - 1, Math.max(1, plot.bottom - top));
  });
  c.fillStyle = '#8b949e';
  c.font = '12px system-ui, sans-serif';
  c.textAlign = 'left';
  c.fillText(short(layer.from), plot.left, plot.bottom + 15);
  c.textAlign = 'right';
  c.fillText(short(layer.to), plot.right, plot.bottom + 15);
}

/** A bound of a histogram in a few characters: 0, 0.5, 1, 1.46, 5302, 6.7e-6. */
function short(v) {
  if (v === 0) return '0';
  const size = Math.abs(v);
  if (size >= 0.01 && size < 10000) return String(Number(v.toPrecision(3)));
  return v.toExponential(1);
}
