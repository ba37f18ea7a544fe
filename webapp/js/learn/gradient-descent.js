// Chapter 7: gradient descent on the loss of a line fit, a surface over (w, b) the page can draw.
// The core computes the landscape and every step of the path (LineFit with the core's Sgd).

import { byId } from '../dom.js';
import { startChapter, fmt } from './core.js';
import { addSlider } from './slider.js';
import { frame, drawAxes, clipToPlot, pointerPosition } from './plot.js';
import { words } from './words.js';

const AREA = { xMin: -2, xMax: 5, yMin: -2.5, yMax: 3.5 };   // x is w, y is b
const RESOLUTION = 120;
const POINTS = 100;
const EPOCHS = 30;
const ANIMATION_MS = 1200;

startChapter(java => {
  const map = byId('gd-map');
  const landscape = java.lessonLandscape(RESOLUTION, AREA.xMin, AREA.xMax, AREA.yMin, AREA.yMax);
  const background = paintLandscape(map, landscape);
  const bottom = lowest(landscape);
  const start = { w: -1.5, b: -2 };
  let rate = 1;
  let animation = null;

  const sliders = byId('gd-sliders');
  const wSlider = addSlider(sliders, { id: 'gd-w', label: words('gd-words-start-w'), min: AREA.xMin, max: AREA.xMax, step: 0.05, value: start.w, onInput: v => { start.w = v; run(); } });
  const bSlider = addSlider(sliders, { id: 'gd-b', label: words('gd-words-start-b'), min: AREA.yMin, max: AREA.yMax, step: 0.05, value: start.b, onInput: v => { start.b = v; run(); } });
  // The learning rate slider moves in powers of ten: 0.01 to 2.5 on an even scale.
  const rateSlider = addSlider(sliders, {
    id: 'gd-rate', label: words('gd-words-rate'), min: -2, max: Math.log10(2.5), step: 0.01, value: 0, decimals: 3,
    onInput: v => { rate = 10 ** v; showRate(); run(); },
  });
  const showRate = () => { rateSlider.nextElementSibling.textContent = fmt(rate, rate < 0.1 ? 3 : 2); };
  showRate();

  function run() {
    cancelAnimationFrame(animation);
    const batch = Number(byId('gd-batch').value);
    const steps = EPOCHS * Math.ceil(POINTS / batch);
    const path = java.lessonDescend(start.w, start.b, rate, batch, steps);
    const count = path.length / 3;
    const diverged = count < steps + 1 || !(path[path.length - 1] < path[2] * 10);
    byId('gd-steps').textContent = words('gd-words-steps', { steps: count - 1, epochs: EPOCHS, batches: Math.ceil(POINTS / batch) });
    byId('gd-start').textContent = fmt(path[2]);
    byId('gd-loss').textContent = Number.isFinite(path[path.length - 1]) && path[path.length - 1] < 1e6 ? fmt(path[path.length - 1]) : words('gd-words-huge');
    byId('gd-verdict').textContent = words(diverged ? 'gd-words-diverged'
      : path[path.length - 1] > 2 * bottom.loss + 0.01 ? 'gd-words-slow' : 'gd-words-arrived');
    drawFit(path[3 * (count - 1)], path[3 * (count - 1) + 1]);
    const began = performance.now();
    const frameOfPath = now => {
      const shown = Math.max(2, Math.ceil(count * Math.min(1, (now - began) / ANIMATION_MS)));
      drawMap(path, shown);
      if (shown < count) animation = requestAnimationFrame(frameOfPath);
    };
    animation = requestAnimationFrame(frameOfPath);
  }

  function drawMap(path, shown) {
    const plot = frame(map, { ...AREA, margin: 30 });
    const c = plot.context;
    c.drawImage(background, 0, 0);
    c.strokeStyle = '#fff';
    c.lineWidth = 2;
    const cross = 6;
    c.beginPath();
    c.moveTo(plot.x(bottom.w) - cross, plot.y(bottom.b) - cross);
    c.lineTo(plot.x(bottom.w) + cross, plot.y(bottom.b) + cross);
    c.moveTo(plot.x(bottom.w) + cross, plot.y(bottom.b) - cross);
    c.lineTo(plot.x(bottom.w) - cross, plot.y(bottom.b) + cross);
    c.stroke();
    clipToPlot(plot);
    c.strokeStyle = '#f0883e';
    c.lineWidth = 2;
    c.beginPath();
    for (let i = 0; i < shown; i++) {
      const x = plot.x(path[3 * i]);
      const y = plot.y(path[3 * i + 1]);
      if (i === 0) c.moveTo(x, y);
      else c.lineTo(x, y);
    }
    c.stroke();
    c.fillStyle = '#f0883e';
    c.beginPath();
    c.arc(plot.x(path[0]), plot.y(path[1]), 5, 0, 2 * Math.PI);
    c.fill();
    c.restore();
  }

  function drawFit(w, b) {
    const plot = frame(byId('gd-data'), { xMin: 0, xMax: 1, yMin: -0.5, yMax: 3.5 });
    drawAxes(plot, { xTicks: [0, 0.5, 1], yTicks: [0, 1, 2, 3] });
    const points = java.lessonLandscapePoints();
    const c = plot.context;
    c.fillStyle = '#58a6ff';
    for (let i = 0; i < points.length; i += 2) {
      c.beginPath();
      c.arc(plot.x(points[i]), plot.y(points[i + 1]), 2.5, 0, 2 * Math.PI);
      c.fill();
    }
    if (Number.isFinite(w) && Number.isFinite(b)) {
      c.strokeStyle = '#f0883e';
      c.lineWidth = 2.5;
      c.beginPath();
      c.moveTo(plot.x(0), plot.y(b));
      c.lineTo(plot.x(1), plot.y(w + b));
      c.stroke();
    }
  }

  map.addEventListener('pointerdown', event => {
    const plot = frame(map, { ...AREA, margin: 30 });
    const { x, y } = pointerPosition(map, event);
    const at = plot.invert(x, y);
    if (at.x < AREA.xMin || at.x > AREA.xMax || at.y < AREA.yMin || at.y > AREA.yMax) return;
    start.w = at.x;
    start.b = at.y;
    wSlider.value = at.x;
    bSlider.value = at.y;
    wSlider.nextElementSibling.textContent = fmt(at.x, 2);
    bSlider.nextElementSibling.textContent = fmt(at.y, 2);
    run();
  });
  for (const chip of document.querySelectorAll('[data-rate]')) {
    chip.addEventListener('click', () => {
      rate = Number(chip.dataset.rate);
      rateSlider.value = Math.log10(rate);
      showRate();
      run();
    });
  }
  byId('gd-batch').addEventListener('change', run);
  byId('gd-run').addEventListener('click', run);
  run();
});

// The landscape in bands of log-loss, so the contour lines are evenly spaced by factors of the loss.
function paintLandscape(canvas, landscape) {
  const plot = frame(canvas, { ...AREA, margin: 30 });
  drawAxes(plot, { xTicks: [-2, -1, 0, 1, 2, 3, 4, 5], yTicks: [-2, -1, 0, 1, 2, 3] });
  const logs = Array.from(landscape, v => Math.log(v));
  const min = Math.min(...logs);
  const max = Math.max(...logs);
  const image = new ImageData(RESOLUTION, RESOLUTION);
  for (let row = 0; row < RESOLUTION; row++) {
    for (let col = 0; col < RESOLUTION; col++) {
      const t = (logs[row * RESOLUTION + col] - min) / (max - min);
      const band = Math.floor(t * 14) / 14;
      const edge = Math.abs(t * 14 - Math.round(t * 14)) < 0.08;
      const shade = edge ? 120 : 20 + band * 70;
      image.data.set([shade * 0.6, shade * 0.8, shade * 1.3, 255], 4 * ((RESOLUTION - 1 - row) * RESOLUTION + col));
    }
  }
  const cells = document.createElement('canvas');
  cells.width = cells.height = RESOLUTION;
  cells.getContext('2d').putImageData(image, 0, 0);
  plot.context.drawImage(cells, plot.left, plot.top, plot.right - plot.left, plot.bottom - plot.top);
  // Axis names.
  plot.context.fillStyle = '#8b949e';
  plot.context.fillText('w', plot.right - 10, plot.bottom - 6);
  plot.context.fillText('b', plot.left + 10, plot.top + 12);
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  copy.getContext('2d').drawImage(canvas, 0, 0);
  return copy;
}

// The grid cell with the smallest loss: where the white cross goes.
function lowest(landscape) {
  let best = 0;
  for (let i = 1; i < landscape.length; i++) if (landscape[i] < landscape[best]) best = i;
  const row = Math.floor(best / RESOLUTION);
  const col = best % RESOLUTION;
  return {
    w: AREA.xMin + (AREA.xMax - AREA.xMin) * col / (RESOLUTION - 1),
    b: AREA.yMin + (AREA.yMax - AREA.yMin) * row / (RESOLUTION - 1),
    loss: landscape[best],
  };
}
