// Painting small images (28x28 inputs, weight maps) into canvases whose CSS scales them up pixelated.

/** Grey-scale image from values in 0..1 (0 = black background, 1 = white ink). */
export function paintGrey(canvas, values, width, height) {
  const image = prepare(canvas, width, height);
  for (let i = 0; i < width * height; i++) {
    const v = i < values.length ? Math.round(255 * clamp01(values[i])) : 0;
    image.data.set([v, v, v, 255], 4 * i);
  }
  canvas.getContext('2d').putImageData(image, 0, 0);
}

/**
 * Weights as colours: blue for positive, red for negative, brightness by size relative to the
 * largest one. Cells past the end of `values` (when `values` does not fill the grid) stay dark.
 */
export function paintWeights(canvas, values, width, height) {
  const image = prepare(canvas, width, height);
  let largest = 1e-12;
  for (const w of values) largest = Math.max(largest, Math.abs(w));
  for (let i = 0; i < width * height; i++) {
    image.data.set(i < values.length ? weightColour(values[i] / largest) : [13, 17, 23], 4 * i);
    image.data[4 * i + 3] = 255;
  }
  canvas.getContext('2d').putImageData(image, 0, 0);
}

/** RGB for a weight scaled to -1..1: dark at 0, blue towards +1, red towards -1. */
export function weightColour(t) {
  const base = [13, 17, 23];
  const target = t >= 0 ? [88, 166, 255] : [248, 81, 73];
  const s = Math.min(1, Math.abs(t));
  return base.map((b, k) => Math.round(b + (target[k] - b) * s));
}

/** Grid width and height for showing n values as a roughly square image (784 -> 28x28). */
export function gridFor(n) {
  const width = Math.ceil(Math.sqrt(n));
  return { width, height: Math.ceil(n / width) };
}

function prepare(canvas, width, height) {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  return canvas.getContext('2d').createImageData(width, height);
}

function clamp01(v) {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}
