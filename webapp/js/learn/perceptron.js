// Chapter 2: the core's perceptron learns "x > y" point by point; the page draws its line after each step.

import { byId } from '../dom.js';
import { startChapter, fmt } from './core.js';
import { frame, drawAxes, drawPoints, clipToPlot } from './plot.js';
import { words } from './words.js';

const POINTS = 60;
const SEED = 2;
const STEP_MS = 150;

startChapter(java => {
  const canvas = byId('perceptron-plot');
  const play = byId('perceptron-play');
  let points;
  let timer = null;

  function reset() {
    points = java.lessonPerceptronReset(POINTS, SEED);
    byId('perceptron-count').textContent = POINTS;
    for (const id of ['point', 'error', 'w1', 'w2', 'b', 'mistakes']) byId('perceptron-' + id).textContent = '–';
    draw(null, -1);
  }

  function step() {
    const [index, error, w1, w2, b, mistakes] = java.lessonPerceptronStep();
    byId('perceptron-point').textContent = `${index + 1} (${fmt(points[3 * index], 2)}, ${fmt(points[3 * index + 1], 2)})`;
    byId('perceptron-error').textContent = error === 0 ? words('perceptron-words-right')
      : words('perceptron-words-wrong', { error: `${error > 0 ? '+' : '−'}2` });
    byId('perceptron-w1').textContent = fmt(w1);
    byId('perceptron-w2').textContent = fmt(w2);
    byId('perceptron-b').textContent = fmt(b);
    byId('perceptron-mistakes').textContent = mistakes;
    draw([w1, w2, b], index);
    return mistakes;
  }

  function setPlaying(on) {
    clearInterval(timer);
    timer = on ? setInterval(() => { if (step() === 0) setPlaying(false); }, STEP_MS) : null;
    play.textContent = words(on ? 'perceptron-words-pause' : 'perceptron-words-play');
  }

  function draw(line, highlight) {
    const plot = frame(canvas, { xMin: 0, xMax: 1, yMin: 0, yMax: 1 });
    drawAxes(plot, { xTicks: [0, 0.5, 1], yTicks: [0, 0.5, 1] });
    const c = plot.context;
    c.setLineDash([6, 6]);
    c.strokeStyle = '#8b949e';
    c.lineWidth = 1.5;
    c.beginPath();
    c.moveTo(plot.x(0), plot.y(0));
    c.lineTo(plot.x(1), plot.y(1));
    c.stroke();
    c.setLineDash([]);
    if (line) drawLine(plot, line);
    drawPoints(plot, points, { highlight, radius: 5 });
  }

  byId('perceptron-step').addEventListener('click', () => { setPlaying(false); step(); });
  play.addEventListener('click', () => setPlaying(timer === null));
  byId('perceptron-reset').addEventListener('click', () => { setPlaying(false); reset(); });
  reset();
});

// The line w1·x + w2·y + b = 0 across the unit square, solved for whichever coordinate is steeper.
function drawLine(plot, [w1, w2, b]) {
  const c = plot.context;
  clipToPlot(plot);
  c.strokeStyle = '#3fb950';
  c.lineWidth = 3;
  c.beginPath();
  if (Math.abs(w2) >= Math.abs(w1)) {
    c.moveTo(plot.x(-1), plot.y(-(w1 * -1 + b) / w2));
    c.lineTo(plot.x(2), plot.y(-(w1 * 2 + b) / w2));
  } else {
    c.moveTo(plot.x(-(w2 * -1 + b) / w1), plot.y(-1));
    c.lineTo(plot.x(-(w2 * 2 + b) / w1), plot.y(2));
  }
  c.stroke();
  c.restore();
}
