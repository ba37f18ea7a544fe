// Small canvas plots for the course: axes, curves, points and heat maps. A canvas keeps the pixel size
// written in its HTML and CSS scales it to the column, so every plot is drawn in one coordinate system.

const AXIS = '#8b949e';
const GRID = '#30363d';

/**
 * A plot area inside `canvas` for data in [xMin, xMax] × [yMin, yMax], with a margin for labels.
 * Returns { context, x(v), y(v), invert(px, py) } mapping data to canvas pixels and back.
 */
export function frame(canvas, { xMin, xMax, yMin, yMax, margin = 28 }) {
  const context = canvas.getContext('2d');
  const left = margin;
  const right = canvas.width - 8;
  const top = 8;
  const bottom = canvas.height - margin;
  const x = v => left + (v - xMin) / (xMax - xMin) * (right - left);
  const y = v => bottom - (v - yMin) / (yMax - yMin) * (bottom - top);
  const invert = (px, py) => ({
    x: xMin + (px - left) / (right - left) * (xMax - xMin),
    y: yMin + (bottom - py) / (bottom - top) * (yMax - yMin),
  });
  return { context, x, y, invert, left, right, top, bottom };
}

/** Clears the canvas and draws grid lines at the given data values, with their labels. */
export function drawAxes(plot, { xTicks = [], yTicks = [], background = '#0d1117' } = {}) {
  const { context: c, x, y, left, right, top, bottom } = plot;
  c.fillStyle = background;
  c.fillRect(0, 0, c.canvas.width, c.canvas.height);
  c.font = '12px system-ui, sans-serif';
  c.lineWidth = 1;
  for (const v of xTicks) {
    line(c, x(v), top, x(v), bottom, v === 0 ? AXIS : GRID);
    c.fillStyle = AXIS;
    c.textAlign = 'center';
    c.fillText(String(v), x(v), bottom + 16);
  }
  for (const v of yTicks) {
    line(c, left, y(v), right, y(v), v === 0 ? AXIS : GRID);
    c.fillStyle = AXIS;
    c.textAlign = 'right';
    c.fillText(String(v), left - 4, y(v) + 4);
  }
}

/**
 * Saves the canvas state and clips drawing to the plot area, so that lines leaving the data range stop at
 * the frame; the caller ends with plot.context.restore().
 */
export function clipToPlot(plot) {
  const c = plot.context;
  c.save();
  c.beginPath();
  c.rect(plot.left, plot.top, plot.right - plot.left, plot.bottom - plot.top);
  c.clip();
}

/** A curve through (xs[i], ys[i]); points outside the plot's y range are clipped by the canvas. */
export function drawCurve(plot, xs, ys, colour, width = 2.5) {
  const c = plot.context;
  clipToPlot(plot);
  c.strokeStyle = colour;
  c.lineWidth = width;
  c.beginPath();
  for (let i = 0; i < xs.length; i++) {
    if (i === 0) c.moveTo(plot.x(xs[i]), plot.y(ys[i]));
    else c.lineTo(plot.x(xs[i]), plot.y(ys[i]));
  }
  c.stroke();
  c.restore();
}

/** Labelled points: class 1 as filled blue discs, class 0 as orange rings, so colour is not the only cue. */
export function drawPoints(plot, flat, { highlight = -1, radius = 4 } = {}) {
  const c = plot.context;
  for (let i = 0; i < flat.length / 3; i++) {
    const px = plot.x(flat[3 * i]);
    const py = plot.y(flat[3 * i + 1]);
    c.beginPath();
    c.arc(px, py, i === highlight ? radius + 3 : radius, 0, 2 * Math.PI);
    if (flat[3 * i + 2] === 1) {
      c.fillStyle = '#58a6ff';
      c.fill();
    } else {
      c.strokeStyle = '#f0883e';
      c.lineWidth = 2;
      c.stroke();
    }
    if (i === highlight) {
      c.strokeStyle = '#fff';
      c.lineWidth = 2;
      c.stroke();
    }
  }
}

/**
 * Paints `values` (a resolution × resolution grid, row 0 at the bottom) over the plot area, each cell
 * coloured by `colour(value)` -> [r, g, b].
 */
export function drawHeatMap(plot, values, resolution, colour) {
  const image = new ImageData(resolution, resolution);
  for (let row = 0; row < resolution; row++) {
    for (let col = 0; col < resolution; col++) {
      const [r, g, b] = colour(values[row * resolution + col]);
      image.data.set([r, g, b, 255], 4 * ((resolution - 1 - row) * resolution + col));
    }
  }
  const cells = document.createElement('canvas');
  cells.width = cells.height = resolution;
  cells.getContext('2d').putImageData(image, 0, 0);
  const c = plot.context;
  c.save();
  c.imageSmoothingEnabled = true;
  c.drawImage(cells, plot.left, plot.top, plot.right - plot.left, plot.bottom - plot.top);
  c.restore();
}

/** Blends from orange (p = 0, class 0) through dark to blue (p = 1, class 1): what the network believes. */
export function beliefColour(p) {
  const dark = [22, 27, 34];
  const target = p >= 0.5 ? [31, 111, 235] : [187, 90, 26];
  const s = Math.min(1, Math.abs(p - 0.5) * 2) * 0.75;
  return dark.map((d, k) => Math.round(d + (target[k] - d) * s));
}

/** Canvas pixel coordinates of a pointer event, whatever size CSS gives the canvas. */
export function pointerPosition(canvas, event) {
  const box = canvas.getBoundingClientRect();
  return {
    x: (event.clientX - box.left) * (canvas.width / box.width),
    y: (event.clientY - box.top) * (canvas.height / box.height),
  };
}

function line(c, x1, y1, x2, y2, colour) {
  c.strokeStyle = colour;
  c.beginPath();
  c.moveTo(x1, y1);
  c.lineTo(x2, y2);
  c.stroke();
}

/**
 * Gives the canvas as many pixels across as it shows (keeping its height in the same proportion, and no less than
 * `minHeight`), so that its 12 px labels stay 12 px on a phone instead of shrinking with a 640-pixel drawing. Call
 * it before drawing, and again when the window is resized.
 */
export function fitToWidth(canvas, { minHeight = 0 } = {}) {
  if (!canvas.dataset.aspect) canvas.dataset.aspect = String(canvas.height / canvas.width);
  const width = Math.round(canvas.getBoundingClientRect().width);
  if (width <= 0) return;
  const height = Math.max(minHeight, Math.round(width * Number(canvas.dataset.aspect)));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
}
