// What both layer diagrams share (neuron-diagram.js for fully connected networks, feature-maps.js for
// conv nets): which neurons of a tall layer to draw, how bright an activation is, which item is chosen
// and how the keys move the choice, and what they say of the chosen neuron's reading.

import { largestSize } from '../images.js';
import { t, number } from '../i18n.js';

const MAX_SHOWN = 16;            // a taller layer shows an evenly spaced sample instead
const SAMPLE = 14;

/** What a neuron gives for the current drawing: an output's probability, a hidden neuron's activation. */
export function readingText(value, isOutput) {
  return isOutput ? t('diagram.probability', { percent: number(value, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }) })
    : t('diagram.activation', { value: number(value, { minimumFractionDigits: 3, maximumFractionDigits: 3 }) });
}

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
  return isOutput ? 1 : Math.max(1, largestSize(values));
}

/**
 * The chosen item among columns of focusable elements (`elements()`: an array of columns, each an array
 * of elements), shown in the detail panel: only it is in the Tab order and marked .chosen, and the arrow
 * keys on `root` move the choice. `onChoose()` runs after every choice. Returns { at, choose, keep, mark }:
 * `at()` the choice { column, position } (null before the first); choose(column, position, focus);
 * keep() after the columns were rebuilt (the same place if it still exists, else the first); mark()
 * after the elements were replaced.
 */
export function createChoice(root, elements, onChoose) {
  let chosen = null;

  function mark() {
    elements().forEach((column, c) => column.forEach((element, p) => {
      const isChosen = c === chosen.column && p === chosen.position;
      element.setAttribute('tabindex', isChosen ? '0' : '-1');
      element.classList.toggle('chosen', isChosen);
    }));
  }

  function choose(column, position, focus) {
    chosen = { column, position };
    mark();
    if (focus) elements()[column][position].focus({ preventScroll: true });
    onChoose();
  }

  function keep() {
    const columns = elements();
    if (!chosen || chosen.column >= columns.length || chosen.position >= columns[chosen.column].length) {
      chosen = { column: 0, position: 0 };
    }
    mark();
  }

  root.addEventListener('keydown', event => {
    if (!chosen) return;
    const next = moveChoice(chosen, event.key, elements().map(column => column.length));
    if (!next) return;
    event.preventDefault();
    choose(next.column, next.position, true);
  });

  return { at: () => chosen, choose, keep, mark };
}

/**
 * Where a key moves the choice { column, position } among columns of `counts[c]` items: up and down
 * within a column, left and right to the same height in the next one, Home and End to its ends.
 * Returns the new choice, or null for a key that does not move it.
 */
function moveChoice({ column, position }, key, counts) {
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
