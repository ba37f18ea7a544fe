// The two live training charts (uPlot): loss per batch and accuracy per epoch. uPlot is loaded
// lazily so that the rest of the page works even when the chart library is missing.
//
// The loss axis is logarithmic: a healthy run's loss falls from 2.3 to 0.05, spread evenly over the
// height, and a blow-up to 1e35 still fits with every axis labelled.

import { t } from '../i18n.js';

const UPLOT_URL = new URL('../../vendor/uplot/dist/uPlot.esm.js', import.meta.url).href;

/** Chart height for a host this wide: a bit flatter than square, within sensible bounds. */
const heightFor = width => Math.round(Math.max(180, Math.min(280, 0.6 * width)));

/** Axis colours from the page's theme (style.css custom properties), so the charts suit light and dark. */
function axisStyle(host) {
  const style = getComputedStyle(host);
  const text = style.getPropertyValue('--muted').trim() || '#8b949e';
  const lines = style.getPropertyValue('--card-edge').trim() || '#30363d';
  return { stroke: text, grid: { stroke: lines, width: 1 }, ticks: { stroke: lines, width: 1 } };
}

/** A loss as an axis or legend shows it: 0.05, 1.3, 2e+35. */
function lossText(value) {
  if (value == null) return '–';
  return value >= 1e4 || value < 1e-3 ? value.toExponential(0) : String(+value.toPrecision(2));
}

/**
 * Resolves to { addBatch, addEvaluation, newRun, clear, history, restore }; on failure the hosts say why
 * and the methods do nothing. Without an `accuracyHost` only the loss is charted (the compact trainer
 * widget).
 */
export async function createCharts({ lossHost, accuracyHost = null }) {
  const hosts = [lossHost, accuracyHost].filter(Boolean);
  let uPlot;
  try {
    uPlot = (await import(UPLOT_URL)).default;
  } catch (error) {
    for (const host of hosts) {
      host.textContent = t('charts.missing');
      host.classList.add('chart-missing');
    }
    return { addBatch() {}, addEvaluation() {}, newRun() {}, clear() {}, history: () => null, restore() {} };
  }

  const axis = axisStyle(lossHost);
  const loss = { x: [], y: [] };
  const accuracy = { x: [], test: [], train: [] };

  const lossChart = makeChart(uPlot, lossHost, {
    series: [{ label: t('charts.epoch'), value: (u, v) => v == null ? '–' : v.toFixed(2) },
             { label: t('charts.trainingLoss'), stroke: '#58a6ff', width: 1.5, value: (u, v) => lossText(v) }],
    // Whole decades; before the first point, 0.1 to 10, so that the empty chart shows its axes too.
    scales: {
      x: { time: false },
      y: { distr: 3, range: (u, min, max) => min == null ? [0.1, 10] : uPlot.rangeLog(min, max, 10, true) },
    },
    axes: [{ ...axis, label: t('charts.epoch') },
           { ...axis, label: t('charts.lossAxis'), size: 56,
             values: (u, ticks) => ticks.map(tick => tick == null ? '' : lossText(tick)) }],
  }, [loss.x, loss.y]);

  const percent = (u, v) => v == null ? '–' : `${v.toFixed(1)}%`;
  const accuracyChart = !accuracyHost ? null : makeChart(uPlot, accuracyHost, {
    series: [{ label: t('charts.epoch') },
             { label: t('charts.test'), stroke: '#3fb950', width: 2, points: { show: true, size: 7 }, value: percent },
             { label: t('charts.training'), stroke: '#d29922', width: 1.5, dash: [6, 4], points: { show: true, size: 5 }, value: percent }],
    scales: { x: { time: false }, y: { range: (u, min, max) => [Math.max(0, Math.floor(min - 2)), 100] } },
    axes: [{ ...axis, label: t('charts.epoch'), incrs: [1, 2, 5, 10, 20, 50] },
           { ...axis, size: 60, values: (u, ticks) => ticks.map(tick => `${+tick.toFixed(1)}%`) }],
  }, [accuracy.x, accuracy.test, accuracy.train]);

  // The engine counts epochs from 1 in every run; the charts count on across runs of one network.
  let offset = 0;   // epochs trained before the current run
  let latest = 0;   // the x of the latest loss point, in epochs

  return {
    /** An engine 'batch' event: one point of the loss curve. */
    addBatch({ epoch, batch, batchesPerEpoch, loss: value }) {
      latest = Math.max(latest, offset + epoch - 1 + batch / batchesPerEpoch);
      loss.x.push(latest);
      loss.y.push(Number.isFinite(value) && value > 0 ? value : null);   // a log axis has no 0
      lossChart.setData([loss.x, loss.y]);
    },
    /** An engine 'evaluation' event: one point per accuracy curve. */
    addEvaluation({ epoch, testAccuracy, trainAccuracy }) {
      accuracy.x.push(offset + epoch);
      accuracy.test.push(100 * testAccuracy);
      accuracy.train.push(Number.isFinite(trainAccuracy) ? 100 * trainAccuracy : null);
      accuracyChart?.setData([accuracy.x, accuracy.test, accuracy.train]);
    },
    /** A new run of the same network goes on from the last whole epoch. */
    newRun() {
      offset = Math.floor(latest + 1e-9);
    },
    /** A new network: empty charts from epoch 0. */
    clear() {
      offset = latest = 0;
      for (const list of [loss.x, loss.y, accuracy.x, accuracy.test, accuracy.train]) list.length = 0;
      redraw();
    },
    /** Everything charted so far, as plain data to keep across a reload. */
    history: () => structuredClone({ loss, accuracy, offset, latest }),
    /** Charts a history() again. */
    restore(kept) {
      ({ offset, latest } = kept);
      for (const [lists, from] of [[loss, kept.loss], [accuracy, kept.accuracy]]) {
        for (const name of Object.keys(lists)) lists[name].splice(0, Infinity, ...from[name]);
      }
      redraw();
    },
  };

  function redraw() {
    lossChart.setData([loss.x, loss.y]);
    accuracyChart?.setData([accuracy.x, accuracy.test, accuracy.train]);
  }
}

/** A uPlot chart that follows its host's width. */
function makeChart(uPlot, host, options, data) {
  host.replaceChildren();
  const width = Math.max(200, host.clientWidth);
  const chart = new uPlot({ width, height: heightFor(width), legend: { live: false }, ...options }, data, host);
  new ResizeObserver(() => {
    const next = Math.max(200, host.clientWidth);
    if (next !== chart.width) chart.setSize({ width: next, height: heightFor(next) });
  }).observe(host);
  return chart;
}
