// What both layer diagrams share (neuron-diagram.js for fully connected networks, feature-maps.js for
// conv nets): which neurons of a tall layer to draw, how bright an activation is, how the keys move.

const MAX_SHOWN = 16;            // a taller layer shows an evenly spaced sample instead
const SAMPLE = 14;

/** Which neurons of a layer to draw: all of a small layer, an even sample of a tall one. */
export function shownIndices(size) {
  if (size <= MAX_SHOWN) return Array.from({ length: size }, (_, i) => i);
  return Array.from({ length: SAMPLE }, (_, i) => Math.round((i * (size - 1)) / (SAMPLE - 1)));
}

/**
 * Divisor that brings a layer's activations into -1..1 for shading. Sigmoid outputs and
 * probabilities already are; ReLU outputs are unbounded, so they are scaled by the layer's largest.
 */
export function activationScale(values, isOutput) {
  if (isOutput) return 1;
  let largest = 0;
  for (const v of values) largest = Math.max(largest, Math.abs(v));
  return Math.max(1, largest);
}

/**
 * Where a key moves the choice { column, position } among columns of `counts[c]` items: up and down
 * within a column, left and right to the same height in the next one, Home and End to its ends.
 * Returns the new choice, or null for a key that does not move it.
 */
export function moveChoice({ column, position }, key, counts) {
  const fraction = position / Math.max(1, counts[column] - 1);
  const from = column;
  switch (key) {
    case 'ArrowUp': position--; break;
    case 'ArrowDown': position++; break;
    case 'ArrowLeft': column--; break;
    case 'ArrowRight': column++; break;
    case 'Home': position = 0; break;
    case 'End': position = Infinity; break;
    default: return null;
  }
  column = Math.max(0, Math.min(counts.length - 1, column));
  if (column !== from) position = Math.round(fraction * (counts[column] - 1));
  position = Math.max(0, Math.min(counts[column] - 1, position));
  return { column, position };
}
