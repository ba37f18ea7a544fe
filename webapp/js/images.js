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

/**
 * Activations (a feature map) divided by `scale` into -1..1, in the colours of activationColour. A conv
 * net's diagram paints some 14,000 of these pixels on each update, so the colours come from a table of
 * 511 steps rather than being mixed pixel by pixel.
 */
export function paintActivations(canvas, values, width, height, scale) {
  const image = prepare(canvas, width, height);
  const data = image.data;
  for (let i = 0; i < width * height; i++) {
    const step = Math.round(255 * Math.max(-1, Math.min(1, values[i] / scale))) + 255;   // 0..510
    data[4 * i] = ACTIVATION_STEPS[3 * step];
    data[4 * i + 1] = ACTIVATION_STEPS[3 * step + 1];
    data[4 * i + 2] = ACTIVATION_STEPS[3 * step + 2];
    data[4 * i + 3] = 255;
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

/** activationColour at -1, -254/255, ..., 1: RGB of step s at 3s (paintActivations). */
const ACTIVATION_STEPS = Uint8ClampedArray.from({ length: 3 * 511 }, (_, k) => activationColour((Math.floor(k / 3) - 255) / 255)[k % 3]);

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

/**
 * The canvas `width` × `height` pixels, and an image of that size to fill in: the one it had last time
 * when the size is the same (every painter here sets every pixel), so that repainting allocates nothing.
 */
function prepare(canvas, width, height) {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  let image = images.get(canvas);
  if (!image || image.width !== width || image.height !== height) {
    image = canvas.getContext('2d').createImageData(width, height);
    images.set(canvas, image);
  }
  return image;
}

const images = new WeakMap();   // canvas -> the ImageData it was last painted from

function clamp01(v) {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}
