// Chapter 3: the activation functions and their derivatives as the core computes them, softmax and its
// Jacobian, and a linear model racing a small hidden layer on data no straight line can split.

import { byId, el } from '../dom.js';
import { startChapter, fmt } from './core.js';
import { coreMessage } from '../core-words.js';
import { numberQuestion } from './quiz.js';
import { addSlider } from './slider.js';
import { frame, drawAxes, drawCurve, drawPoints, drawHeatMap, beliefColour } from './plot.js';
import { activationLook, sampleActivation, activationAt } from '../components/activation-plot.js';
import { addEmbedButton } from '../components/embed-button.js';
import { words } from './words.js';
import { number } from '../i18n.js';

const Z_RANGE = 5;
const SAMPLES = 201;
const MAP_RESOLUTION = 48;
const BATCHES_PER_FRAME = 10;
const MAX_BATCHES = 4000;
const SEED = 3;

startChapter((java, schema) => {
  showCurves(java, schema.activations);
  showSoftmax(java);
  showToy(java);
  askSoftmax(java);
});

/** Question 2: the first probability softmax gives three scores, computed by the core. */
function askSoftmax(java) {
  const scores = [3, 1, 0.5];
  const p = java.lessonSoftmax(Float32Array.from(scores))[0];
  const exponentials = scores.map(z => fmt(Math.exp(z), 2));
  numberQuestion('quiz-activations-2', {
    answer: p,
    values: {
      scores: `(${scores.map(z => fmt(z, 1)).join(', ')})`,
      working: `${exponentials[0]} / (${exponentials.join(' + ')})`,
      p: fmt(p, 3),
    },
  });
}

// Every activation the core has (its settings schema's list), under the names the widgets give them.
function showCurves(java, names) {
  const zs = Array.from({ length: SAMPLES }, (_, i) => -Z_RANGE + 2 * Z_RANGE * i / (SAMPLES - 1));
  const plots = names.map(name => {
    const title = activationLook(name).name;
    const canvas = el('canvas', { width: 320, height: 220, 'aria-label': words('curves-words-label', { name: title }) });
    byId('curves').append(el('figure', {}, canvas, el('figcaption', { class: 'small' }, title)));
    return { name, title, canvas, ...sampleActivation(java, name, -Z_RANGE, Z_RANGE, SAMPLES) };
  });
  const table = byId('curves-table');
  const draw = z => {
    const rows = [el('tr', {}, el('th', {}, words('curves-words-at', { z: fmt(z, 2) })), el('th', {}, 'f(z)'), el('th', {}, 'f′(z)'))];
    for (const p of plots) {
      const plot = frame(p.canvas, { xMin: -Z_RANGE, xMax: Z_RANGE, yMin: -1.2, yMax: 2.2 });
      drawAxes(plot, { xTicks: [-4, -2, 0, 2, 4], yTicks: [-1, 0, 1, 2] });
      drawCurve(plot, zs, p.df, '#f0883e');
      drawCurve(plot, zs, p.f, '#58a6ff');
      const [fz, dfz] = activationAt(java, p.name, z);
      const c = plot.context;
      for (const [v, colour] of [[dfz, '#f0883e'], [fz, '#58a6ff']]) {
        c.fillStyle = colour;
        c.beginPath();
        c.arc(plot.x(z), plot.y(v), 5, 0, 2 * Math.PI);
        c.fill();
      }
      rows.push(el('tr', {}, el('td', {}, p.title), el('td', {}, fmt(fz)), el('td', {}, fmt(dfz))));
    }
    table.replaceChildren(...rows);
  };
  addEmbedButton(byId('curves-widget'), () => ({
    widget: 'activation', params: {},
    note: words('curves-words-embed'),
  }));
  addSlider(byId('curves-slider'), { id: 'curves-z', label: 'z', min: -Z_RANGE, max: Z_RANGE, step: 0.05, value: 1, onInput: draw });
  draw(1);
}

function showSoftmax(java) {
  const scores = [2, 1, -1];
  const update = () => {
    const result = java.lessonSoftmax(Float32Array.from(scores));
    const n = scores.length;
    const p = Array.from(result.slice(0, n));
    byId('softmax-p').textContent = p.map(v => fmt(v)).join(', ');
    drawBars(byId('softmax-bars'), p);
    const header = el('tr', {}, el('th', {}, '∂pᵢ/∂zⱼ'), ...scores.map((_, j) => el('th', {}, `z${'₁₂₃'[j]}`)));
    const rows = p.map((_, i) => el('tr', {}, el('th', {}, `p${'₁₂₃'[i]}`),
      ...scores.map((_, j) => el('td', {}, fmt(result[n + i * n + j])))));
    byId('softmax-jacobian').replaceChildren(header, ...rows);
  };
  scores.forEach((value, k) => addSlider(byId('softmax-sliders'), {
    id: `score${k + 1}`, label: words('softmax-words-score', { z: `z${'₁₂₃'[k]}` }), min: -4, max: 4, step: 0.1, value,
    onInput: v => { scores[k] = v; update(); },
  }));
  update();
}

function drawBars(canvas, p) {
  const c = canvas.getContext('2d');
  const rowHeight = canvas.height / p.length;
  c.fillStyle = '#0d1117';
  c.fillRect(0, 0, canvas.width, canvas.height);
  c.font = '14px system-ui, sans-serif';
  p.forEach((v, k) => {
    c.fillStyle = '#58a6ff';
    c.fillRect(40, k * rowHeight + 6, v * (canvas.width - 50), rowHeight - 12);
    c.fillStyle = '#e6edf3';
    c.fillText(`p${'₁₂₃'[k]}`, 8, k * rowHeight + rowHeight / 2 + 5);
  });
}

function showToy(java) {
  const canvas = byId('toy-plot');
  const shape = byId('toy-shape');
  const model = byId('toy-model');
  const button = byId('toy-train');
  let points;
  let batches = 0;
  let running = false;

  function reset() {
    setRunning(false);
    const error = coreMessage(java.lessonToyReset(shape.value, model.value, SEED));
    if (error) throw new Error(error);
    points = java.lessonToyPoints();
    batches = 0;
    byId('toy-batches').textContent = '0';
    byId('toy-loss').textContent = '–';
    byId('toy-accuracy').textContent = '–';
    draw();
  }

  function draw() {
    const plot = frame(canvas, { xMin: 0, xMax: 1, yMin: 0, yMax: 1 });
    drawAxes(plot, { xTicks: [0, 0.5, 1], yTicks: [0, 0.5, 1] });
    drawHeatMap(plot, java.lessonToyMap(MAP_RESOLUTION), MAP_RESOLUTION, beliefColour);
    drawPoints(plot, points);
  }

  function frameOfTraining() {
    if (!running) return;
    const [loss, accuracy] = java.lessonToyTrain(BATCHES_PER_FRAME);
    batches += BATCHES_PER_FRAME;
    byId('toy-batches').textContent = number(batches);   // 1,500: grouped as the page's language groups
    byId('toy-loss').textContent = fmt(loss);
    byId('toy-accuracy').textContent = `${Math.round(accuracy * 100)}%`;
    draw();
    if (batches >= MAX_BATCHES) setRunning(false);
    else requestAnimationFrame(frameOfTraining);
  }

  function setRunning(on) {
    running = on;
    button.textContent = words(on ? 'toy-words-pause' : 'toy-words-train');
    if (on) requestAnimationFrame(frameOfTraining);
  }

  button.addEventListener('click', () => setRunning(!running));
  byId('toy-reset').addEventListener('click', reset);
  shape.addEventListener('change', reset);
  model.addEventListener('change', reset);
  reset();
}
