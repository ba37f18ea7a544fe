// Seeded random inputs for the checks: the same seed draws the same cases on every page load, so a failure
// can be reproduced. Every number is a float32 (Math.fround), so the learner's JavaScript (in doubles) and the
// Java core (in floats) start from exactly the same inputs.

/** mulberry32: a small, fast generator of uniform numbers in [0, 1), from a 32-bit seed. */
export function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number in [-scale, scale). */
export const number = (random, scale = 1) => Math.fround((2 * random() - 1) * scale);

/** An integer in [from, to]. */
export const integer = (random, from, to) => from + Math.floor(random() * (to - from + 1));

export const vector = (random, length, scale = 1) => Array.from({ length }, () => number(random, scale));

/** rows x cols, as an array of rows. */
export const matrix = (random, rows, cols, scale = 1) => Array.from({ length: rows }, () => vector(random, cols, scale));

export const zeros = (rows, cols) => Array.from({ length: rows }, () => new Array(cols).fill(0));

export const labels = (random, batch, classes) => Array.from({ length: batch }, () => integer(random, 0, classes - 1));

/** A matrix as one Float32Array, row after row: how the core takes it. */
export const flat = rows => Float32Array.from(rows.flat());

/** The inverse of flat: `rows` rows of a flat array. */
export function unflat(values, rows, cols) {
  return Array.from({ length: rows }, (_, r) => Array.from(values.subarray(r * cols, (r + 1) * cols)));
}
