// Chapter 6: both losses of the core for the learner's drawing and the label they say they meant.

import { byId } from '../dom.js';
import { startChapter, fmt } from './core.js';
import { numberQuestion } from './quiz.js';
import { createDrawingDesk, describeSource } from './drawing.js';
import { frame, drawAxes, drawCurve } from './plot.js';

const CURVE_SAMPLES = 100;

startChapter(async java => {
  askCrossEntropy(java);
  const label = byId('loss-label');
  let probabilities = null;

  // Each loss along p = 0.01 .. 1 for a two-class network that gives the true class probability p.
  const ps = Array.from({ length: CURVE_SAMPLES }, (_, i) => (i + 1) / CURVE_SAMPLES);
  const curves = ps.map(p => java.lessonLosses(Float32Array.of(p, 1 - p), 0));

  const update = () => {
    const y = Number(label.value);
    const plot = frame(byId('loss-curve'), { xMin: 0, xMax: 1, yMin: 0, yMax: 5 });
    drawAxes(plot, { xTicks: [0, 0.25, 0.5, 0.75, 1], yTicks: [0, 1, 2, 3, 4, 5] });
    drawCurve(plot, ps, curves.map(c => c[0]), '#f0883e');
    drawCurve(plot, ps, curves.map(c => c[1]), '#58a6ff');
    if (!probabilities) {
      for (const id of ['loss-py', 'loss-mse', 'loss-ce']) byId(id).textContent = '–';
      return;
    }
    const [mse, ce] = java.lessonLosses(probabilities, y);
    byId('loss-py').textContent = fmt(probabilities[y]);
    byId('loss-mse').textContent = fmt(mse);
    byId('loss-ce').textContent = fmt(ce);
    const c = plot.context;
    c.fillStyle = '#fff';
    c.beginPath();
    c.arc(plot.x(probabilities[y]), plot.y(Math.min(5, ce)), 6, 0, 2 * Math.PI);
    c.fill();
  };

  const { engine, source } = await createDrawingDesk({
    onDraw: result => { probabilities = result.probabilities; update(); },
  });
  byId('model-source').textContent = describeSource(source, engine.model());
  // The labels are the model's classes: digits, or clothes for a model the main page trained on Fashion-MNIST.
  const classNames = engine.settings.classNames(engine.model(), 'mnist');
  [...label.options].forEach((option, k) => Object.assign(option, { value: String(k), textContent: classNames[k] }));
  label.addEventListener('change', update);
  // An example drawn by button is labelled with the class it shows.
  byId('examples').addEventListener('click', event => {
    const index = event.target.dataset?.class;
    if (index !== undefined) {
      label.value = index;
      update();
    }
  });
});

/** Question 1: the cross-entropy of three probabilities whose first class is the true one, from the core. */
function askCrossEntropy(java) {
  const probabilities = [0.2, 0.7, 0.1];
  const [, crossEntropy] = java.lessonLosses(Float32Array.from(probabilities), 0);
  numberQuestion('quiz-loss-1', {
    answer: crossEntropy,
    values: {
      p: `(${probabilities.map(p => fmt(p, 1)).join(', ')})`,
      py: fmt(probabilities[0], 1),
      ce: fmt(crossEntropy, 3),
    },
  });
}
