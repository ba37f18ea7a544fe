// Chapter 9: the optimiser race. The worker trains; this page draws the loss and accuracy curves.

import { byId, el } from '../dom.js';
import { startChapter, fmt } from './core.js';
import { frame, drawAxes, drawCurve } from './plot.js';
import { words } from './words.js';
import { startRace } from './race-client.js';

// The core's race (OptimizerRace) trains SGD, momentum and Adam, in this order: templates race-name-0, -1 and -2.
const RACERS = [0, 1, 2];
const COLOURS = ['#58a6ff', '#d29922', '#3fb950'];
const SEED = 9;
const SMOOTHING = 0.9;    // exponential moving average of the batch losses: the raw ones are noisy

// The core runs in the race worker only: this page just draws.
startChapter(() => {
  const start = byId('race-start');
  const pause = byId('race-pause');
  const status = byId('race-status');
  const names = RACERS.map(k => words(`race-name-${k}`));
  let losses;             // per optimiser: { epochs: [], values: [] }
  let accuracies;         // per optimiser: { epochs: [], train: [], test: [] }
  let epochs = Number(byId('race-size').selectedOptions[0].dataset.epochs);

  function reset() {
    losses = RACERS.map(() => ({ epochs: [], values: [] }));
    accuracies = RACERS.map(() => ({ epochs: [], train: [], test: [] }));
    draw();
  }

  const worker = startRace({ prefix: 'race-words', status, start, pause }, {
    started: () => {
      status.textContent = words('race-words-racing');
      pause.disabled = false;
    },
    losses: message => {
      message.losses.forEach((loss, k) => {
        const series = losses[k];
        const last = series.values.length ? series.values[series.values.length - 1] : loss;
        series.epochs.push(message.epoch);
        series.values.push(SMOOTHING * last + (1 - SMOOTHING) * loss);
      });
      const latest = message.losses.map(loss => fmt(loss));
      status.textContent = words('race-words-running', { epoch: fmt(message.epoch, 2), epochs,
        name1: names[0], loss1: latest[0], name2: names[1], loss2: latest[1], name3: names[2], loss3: latest[2] });
      draw();
    },
    accuracy: message => {
      RACERS.forEach(k => {
        accuracies[k].epochs.push(message.epoch);
        accuracies[k].train.push(message.values[2 * k]);
        accuracies[k].test.push(message.values[2 * k + 1]);
      });
      showTable();
      draw();
    },
    done: () => {
      status.textContent = words('race-words-done', { epochs });
      pause.disabled = true;
      start.disabled = false;
    },
  });

  start.addEventListener('click', () => {
    const size = byId('race-size');
    epochs = Number(size.selectedOptions[0].dataset.epochs);
    reset();
    start.disabled = true;
    pause.setAttribute('aria-pressed', 'false');
    pause.textContent = words('race-words-pause');
    status.textContent = words('race-words-starting');
    worker.postMessage({ cmd: 'start', trainSize: Number(size.value), epochs, seed: SEED });
  });
  pause.addEventListener('click', () => {
    const pausing = pause.getAttribute('aria-pressed') !== 'true';
    worker.postMessage({ cmd: pausing ? 'pause' : 'resume' });
    pause.setAttribute('aria-pressed', String(pausing));
    pause.textContent = words(pausing ? 'race-words-resume' : 'race-words-pause');
  });

  function draw() {
    const lossPlot = frame(byId('race-loss'), { xMin: 0, xMax: epochs, yMin: 0, yMax: 2.5, margin: 32 });
    drawAxes(lossPlot, { xTicks: ticks(epochs), yTicks: [0, 0.5, 1, 1.5, 2, 2.5] });
    losses.forEach((s, k) => drawCurve(lossPlot, s.epochs, s.values, COLOURS[k], 2));
    const accuracyPlot = frame(byId('race-accuracy'), { xMin: 0, xMax: epochs, yMin: 0, yMax: 1, margin: 32 });
    drawAxes(accuracyPlot, { xTicks: ticks(epochs), yTicks: [0, 0.25, 0.5, 0.75, 1] });
    accuracies.forEach((s, k) => {
      accuracyPlot.context.setLineDash([5, 5]);
      drawCurve(accuracyPlot, s.epochs, s.train, COLOURS[k], 2);
      accuracyPlot.context.setLineDash([]);
      drawCurve(accuracyPlot, s.epochs, s.test, COLOURS[k], 2);
    });
  }

  function showTable() {
    const rows = names.map((name, k) => {
      const a = accuracies[k];
      const last = a.train.length - 1;
      return el('tr', {}, el('td', {}, name), el('td', {}, `${fmt(100 * a.train[last], 1)}%`),
        el('td', {}, `${fmt(100 * a.test[last], 1)}%`), el('td', {}, `${fmt(100 * (a.train[last] - a.test[last]), 1)}`));
    });
    byId('race-table').replaceChildren(
      el('tr', {}, ...['optimiser', 'train', 'test', 'gap'].map(name => el('th', {}, words(`race-head-${name}`)))),
      ...rows);
  }

  reset();
}, { core: false });

function ticks(epochs) {
  const step = epochs <= 2 ? 0.5 : epochs <= 10 ? 1 : 10;
  return Array.from({ length: Math.floor(epochs / step) + 1 }, (_, i) => i * step);
}
