// Painting small images (28x28 inputs, weight maps, feature maps, kernels) into canvases whose CSS scales them up pixelated.

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
 * Weights as colours: blue for positive, red for negative, brightness by size relative to `largest`
 * (by default the largest of `values`; pass one value to draw several images on the same scale). Cells
 * past the end of `values` (when `values` does not fill the grid) stay dark.
 */
export function paintWeights(canvas, values, width, height, largest = largestSize(values)) {
  const image = prepare(canvas, width, height);
  for (let i = 0; i < width * height; i++) {
    image.data.set(i < values.length ? weightColour(values[i] / largest) : [13, 17, 23], 4 * i);
    image.data[4 * i + 3] = 255;
  }
  canvas.getContext('2d').putImageData(image, 0, 0);
}

/** Activations (a feature map) divided by `scale` into -1..1, in the colours of activationColour. */
export function paintActivations(canvas, values, width, height, scale) {
  const image = prepare(canvas, width, height);
  for (let i = 0; i < width * height; i++) {
    image.data.set(activationColour(values[i] / scale), 4 * i);
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

/** RGB for an activation scaled to -1..1: dark for 0, white for +1 (lit, as in 3Blue1Brown's picture), orange for -1. */
export function activationColour(v) {
  const s = Math.min(1, Math.abs(v));
  const base = [22, 27, 34];
  const target = v >= 0 ? [240, 246, 252] : [240, 136, 62];
  return base.map((b, k) => Math.round(b + (target[k] - b) * s));
}

/** The largest size (absolute value) among `values`, at least 1e-12 so that dividing by it is safe. */
export function largestSize(values) {
  let largest = 1e-12;
  for (const v of values) largest = Math.max(largest, Math.abs(v));
  return largest;
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
