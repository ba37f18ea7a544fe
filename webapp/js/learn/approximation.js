// Chapter "approximation": Nielsen's visual argument. A sigmoid neuron with a large weight is a step, two make a
// bump, many bumps follow a curve. Every curve drawn here is the output of a 1-H-1 network of the core's layers
// (BrowserExports.lessonSteps / lessonBumps); the page only turns sliders into weights and draws.

import { byId } from '../dom.js';
import { startChapter, fmt } from './core.js';
import { numberQuestion } from './quiz.js';
import { addSlider } from './slider.js';
import { frame, drawAxes, drawCurve, fitToWidth, pointerPosition } from './plot.js';

const POINTS = 201;               // where each curve is computed, from x = 0 to 1
const STEP = '#58a6ff';
const SECOND_STEP = '#d29922';
const NETWORK = '#3fb950';
const TARGET = '#f0883e';
const HEIGHT_RANGE = [-0.2, 1.2];  // the bumps' chart, and how high a drag or a slider sets a bump
const X_TICKS = [0, 0.25, 0.5, 0.75, 1];
const MIN_HEIGHT = 200;           // of a chart on a phone, in pixels

const xs = Array.from({ length: POINTS }, (_, i) => i / (POINTS - 1));

startChapter(java => {
  askStepPosition(java);
  const f32 = values => Float32Array.from(values);
  const network = (weights, biases, outputWeights) =>
    java.lessonSteps(f32(weights), f32(biases), f32(outputWeights), POINTS);

  // ---- one neuron, a step ----
  const step = { w: 30, b: -12 };
  const drawStep = () => {
    const y = network([step.w], [step.b], [1]);
    fitToWidth(byId('step-plot'), { minHeight: MIN_HEIGHT });
    const plot = frame(byId('step-plot'), { xMin: 0, xMax: 1, yMin: 0, yMax: 1, margin: 32 });
    drawAxes(plot, { xTicks: X_TICKS, yTicks: [0, 0.5, 1] });
    const s = java.lessonStepPosition(step.w, step.b);
    if (s >= 0 && s <= 1) dashedLine(plot, s, 0, s, 1, '#8b949e');
    drawCurve(plot, xs, y, STEP);
    byId('step-position').textContent = Number.isFinite(s) ? fmt(s, 3) : '–';
    byId('step-middle').textContent = fmt(y[(POINTS - 1) / 2], 3);
  };
  addSlider(byId('step-sliders'), { id: 'step-w', label: 'w', min: -200, max: 200, step: 1, value: step.w, decimals: 0,
    onInput: v => { step.w = v; drawStep(); } });
  addSlider(byId('step-sliders'), { id: 'step-b', label: 'b', min: -200, max: 200, step: 1, value: step.b, decimals: 0,
    onInput: v => { step.b = v; drawStep(); } });
  drawStep();

  // ---- two steps, a bump ----
  const bump = { left: 0.3, right: 0.6, height: 0.6, steepness: 200 };
  const drawBump = () => {
    const { left, right, height, steepness: w } = bump;
    const b1 = java.lessonBiasForStep(left, w);
    const b2 = java.lessonBiasForStep(right, w);
    fitToWidth(byId('bump-plot'), { minHeight: MIN_HEIGHT });
    const plot = frame(byId('bump-plot'), { xMin: 0, xMax: 1, yMin: -1, yMax: 1, margin: 32 });
    drawAxes(plot, { xTicks: X_TICKS, yTicks: [-1, -0.5, 0, 0.5, 1] });
    drawCurve(plot, xs, network([w, w], [b1, b2], [height, -height]), NETWORK, 4);
    plot.context.setLineDash([6, 5]);   // the two neurons on top of their sum, so that neither hides under it
    drawCurve(plot, xs, network([w], [b1], [height]), STEP, 2);
    drawCurve(plot, xs, network([w], [b2], [-height]), SECOND_STEP, 2);
    plot.context.setLineDash([]);
  };
  const bumpHost = byId('bump-sliders');
  [['left', 0, 1, 0.01, 2], ['right', 0, 1, 0.01, 2], ['height', -1, 1, 0.01, 2], ['steepness', 10, 1000, 10, 0]]
    .forEach(([key, min, max, stepSize, decimals]) => addSlider(bumpHost, {
      id: `bump-${key}`, label: bumpHost.dataset[key], min, max, step: stepSize, value: bump[key], decimals,
      onInput: v => { bump[key] = v; drawBump(); },
    }));
  drawBump();

  // ---- bumps add up to a curve ----
  const canvas = byId('bumps-plot');
  const heightsHost = byId('bumps-heights');
  let heights = [];
  let sliders = [];
  let steepness = 500;
  const target = () => byId('bumps-target').value;
  let bumpsPlot;   // the chart's frame as last drawn: a drag reads its heights through it
  const drawBumps = () => {
    const { outputs, target: curve, distance } = JSON.parse(java.lessonBumps(target(), f32(heights), steepness, POINTS));
    fitToWidth(canvas, { minHeight: MIN_HEIGHT });
    bumpsPlot = frame(canvas, { xMin: 0, xMax: 1, yMin: HEIGHT_RANGE[0], yMax: HEIGHT_RANGE[1], margin: 32 });
    drawAxes(bumpsPlot, { xTicks: X_TICKS, yTicks: [0, 0.5, 1] });
    drawCurve(bumpsPlot, xs, curve, TARGET, 2);
    drawCurve(bumpsPlot, xs, outputs, NETWORK, 2.5);
    byId('bumps-neurons').textContent = String(2 * heights.length);
    byId('bumps-distance').textContent = fmt(distance, 4);
  };
  const setHeights = values => {
    heights = Array.from(values);
    if (sliders.length !== heights.length) {
      heightsHost.replaceChildren();
      sliders = heights.map((h, k) => addSlider(heightsHost, {
        id: `bumps-height-${k + 1}`, label: heightsHost.dataset.label.replace('#', String(k + 1)),
        min: HEIGHT_RANGE[0], max: HEIGHT_RANGE[1], step: 0.01, value: h,
        onInput: v => { heights[k] = v; drawBumps(); },
      }));
    }
    sliders.forEach((slider, k) => { setSlider(slider, heights[k]); });
    drawBumps();
  };
  const match = () => setHeights(java.lessonBumpHeights(target(), Number(byId('bumps-count').value)));
  addSlider(byId('bumps-steepness'), { id: 'bumps-w', label: byId('bumps-steepness').dataset.label,
    min: 20, max: 2000, step: 10, value: steepness, decimals: 0, onInput: v => { steepness = v; drawBumps(); } });
  byId('bumps-match').addEventListener('click', match);
  byId('bumps-flat').addEventListener('click', () => setHeights(heights.map(() => 0)));
  byId('bumps-target').addEventListener('change', drawBumps);
  byId('bumps-count').addEventListener('change', match);

  // Dragging across the chart sets the height of each bump the pointer passes over.
  const dragTo = event => {
    const { x, y } = pointerPosition(canvas, event);
    const at = bumpsPlot.invert(x, y);
    const k = Math.floor(at.x * heights.length);
    if (k < 0 || k >= heights.length) return;
    heights[k] = Math.round(100 * Math.min(HEIGHT_RANGE[1], Math.max(HEIGHT_RANGE[0], at.y))) / 100;
    setSlider(sliders[k], heights[k]);
    drawBumps();
  };
  canvas.addEventListener('pointerdown', event => { canvas.setPointerCapture(event.pointerId); dragTo(event); });
  canvas.addEventListener('pointermove', event => { if (canvas.hasPointerCapture(event.pointerId)) dragTo(event); });
  match();
  window.addEventListener('resize', () => { drawStep(); drawBump(); drawBumps(); });
});

/** The question: where a given neuron's step stands. */
function askStepPosition(java) {
  const w = 40;
  const b = -12;
  numberQuestion('quiz-approximation-1', {
    answer: java.lessonStepPosition(w, b),
    values: { w: String(w), b: fmt(b, 0), s: fmt(java.lessonStepPosition(w, b), 2) },
  });
}

/** Moves a slider without firing its 'input' event (the caller redraws once), and shows the value. */
function setSlider(slider, value) {
  slider.value = String(value);
  slider.nextElementSibling.textContent = fmt(Number(slider.value), 2);
}

function dashedLine(plot, x1, y1, x2, y2, colour) {
  const c = plot.context;
  c.save();
  c.setLineDash([4, 4]);
  c.strokeStyle = colour;
  c.beginPath();
  c.moveTo(plot.x(x1), plot.y(y1));
  c.lineTo(plot.x(x2), plot.y(y2));
  c.stroke();
  c.restore();
}
