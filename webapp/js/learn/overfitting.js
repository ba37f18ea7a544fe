// Overfitting and its cures: a run without a cure beside one run per cure switched on, trained by the race
// worker (chapter 9's, in its 'cures' race); this page draws their training and validation accuracy, and
// shows the test accuracy once the race is over. The core on the page computes only the weight decay question.

import { byId, el } from '../dom.js';
import { startChapter, fmt } from './core.js';
import { frame, drawAxes, drawCurve, clipToPlot } from './plot.js';
import { words } from './words.js';
import { startRace } from './race-client.js';
import { numberQuestion } from './quiz.js';

// Every run, in the order the core races them ("none" first): its colour on the charts.
const COLOURS = { none: '#8b949e', 'weight-decay': '#58a6ff', dropout: '#d29922', augmentation: '#3fb950' };
const SEED = 11;
const QUESTION = { w: 0.5, gradient: 0 };   // the weight of the weight decay question, which the loss ignores

startChapter(java => {
  askWeightDecay(java);
  const start = byId('cure-start');
  const pause = byId('cure-pause');
  const status = byId('cure-status');
  const switches = [...document.querySelectorAll('input[name="cure"]')];
  let runs = ['none'];    // the cures racing, in the core's order
  let epochs = 40;
  let earlyStopping = false;
  let curves;             // per run: { epochs: [], train: [], validation: [], kept }
  let testAccuracies = null;

  function reset() {
    curves = runs.map(() => ({ epochs: [], train: [], validation: [], kept: 0 }));
    testAccuracies = null;
    byId('cure-legend').replaceChildren(...runs.map(cure =>
      el('span', { style: `color: ${COLOURS[cure]}` }, words('cure-name-' + cure))));
    showTable();
    draw();
  }

  const worker = startRace({ prefix: 'cure-words', status, start, pause }, {
    started: () => {
      pause.disabled = false;
    },
    losses: message => {
      status.textContent = words('cure-words-running', { epoch: fmt(message.epoch, 1), epochs });
    },
    accuracy: message => {
      runs.forEach((_, k) => {
        const [train, validation, kept] = message.values.slice(3 * k, 3 * k + 3);
        curves[k].kept = kept;
        if (Number.isNaN(validation)) return;   // stopped early: its curve ends
        curves[k].epochs.push(message.epoch);
        curves[k].train.push(train);
        curves[k].validation.push(validation);
      });
      showTable();
      draw();
    },
    done: message => {
      testAccuracies = message.test;
      status.textContent = words('cure-words-done');
      pause.disabled = true;
      start.disabled = false;
      showTable();
    },
  });

  start.addEventListener('click', () => {
    const size = byId('cure-size');
    epochs = Number(size.selectedOptions[0].dataset.epochs);
    runs = ['none', ...switches.filter(box => box.checked).map(box => box.value)];
    earlyStopping = byId('cure-early-stopping').checked;
    reset();
    start.disabled = true;
    pause.setAttribute('aria-pressed', 'false');
    pause.textContent = words('cure-words-pause');
    status.textContent = words('cure-words-starting');
    worker.postMessage({ cmd: 'start', race: 'cures', trainSize: Number(size.value), epochs,
      cures: runs.slice(1).join(','), earlyStopping, seed: SEED });
  });
  pause.addEventListener('click', () => {
    const pausing = pause.getAttribute('aria-pressed') !== 'true';
    worker.postMessage({ cmd: pausing ? 'pause' : 'resume' });
    pause.setAttribute('aria-pressed', String(pausing));
    pause.textContent = words(pausing ? 'cure-words-resume' : 'cure-words-pause');
  });

  function draw() {
    const plot = frame(byId('cure-accuracy'), { xMin: 0, xMax: epochs, yMin: 0.5, yMax: 1, margin: 36 });
    drawAxes(plot, { xTicks: ticks(epochs), yTicks: [0.5, 0.6, 0.7, 0.8, 0.9, 1] });
    curves.forEach((curve, k) => {
      const colour = COLOURS[runs[k]];
      plot.context.setLineDash([5, 5]);
      drawCurve(plot, curve.epochs, curve.train, colour, 2);
      plot.context.setLineDash([]);
      drawCurve(plot, curve.epochs, curve.validation, colour, 2);
      if (earlyStopping && curve.epochs.length) markKept(plot, curve.kept, colour);
    });
  }

  function showTable() {
    const head = el('tr', {}, ...['run', 'train', 'validation', 'gap', 'kept', 'test'].map(name =>
      el('th', { scope: 'col' }, words('cure-head-' + name))));
    const rows = runs.map((cure, k) => {
      const curve = curves[k];
      const last = curve.train.length - 1;
      const stopped = earlyStopping && last >= 0 && curve.epochs[last] < epochs && testAccuracies !== null;
      const test = testAccuracies ? testAccuracies[k] : NaN;
      return el('tr', { 'data-cure': cure },
        el('th', { scope: 'row', style: `color: ${COLOURS[cure]}` }, words('cure-name-' + cure)),
        el('td', {}, percent(curve.train[last])),
        el('td', {}, percent(curve.validation[last])),
        el('td', { 'data-value': last < 0 ? '' : String(curve.train[last] - curve.validation[last]) },
          last < 0 ? '–' : fmt(100 * (curve.train[last] - curve.validation[last]), 1)),
        el('td', {}, last < 0 ? '–' : String(curve.kept) + (stopped ? ` (${words('cure-words-stopped')})` : '')),
        el('td', { 'data-value': Number.isNaN(test) ? '' : String(test) }, percent(test)));
    });
    byId('cure-table').replaceChildren(head, ...rows);
  }

  reset();
});

/** The number question: one step of the weight decay run's optimiser, by the core. */
function askWeightDecay(java) {
  const { w, gradient } = QUESTION;
  const [lambda, rate, after] = java.lessonCureDecayStep(w, gradient);
  numberQuestion('quiz-overfitting-2', {
    answer: after,
    values: { rate: fmt(rate, 1), lambda: fmt(lambda, 2), w: fmt(w, 1), gradient: fmt(gradient, 0), after: fmt(after, 4) },
  });
}

function percent(value) {
  return value === undefined || Number.isNaN(value) ? '–' : `${fmt(100 * value, 1)}%`;
}

/** A dotted vertical line at the epoch whose weights a run keeps. */
function markKept(plot, epoch, colour) {
  const c = plot.context;
  clipToPlot(plot);
  c.strokeStyle = colour;
  c.lineWidth = 1.5;
  c.setLineDash([2, 4]);
  c.beginPath();
  c.moveTo(plot.x(epoch), plot.top);
  c.lineTo(plot.x(epoch), plot.bottom);
  c.stroke();
  c.restore();
}

function ticks(epochs) {
  const step = epochs <= 20 ? 5 : 10;
  return Array.from({ length: Math.floor(epochs / step) + 1 }, (_, i) => i * step);
}
