// Compares the learner's outputs with the core's, case by case, and names the known mistake they match.

/**
 * How far apart two numbers may be: the core computes in float32 (about 7 digits), the learner's JavaScript
 * in doubles, so they differ in the last digits; a difference is measured relative to the expected value
 * once that is larger than 1.
 */
export const TOLERANCE = 1e-4;

/** The difference of two numbers as the check measures it; equal infinities and two NaNs do not differ. */
function difference(expected, actual) {
  if (typeof actual !== 'number') return Infinity;
  if (Object.is(expected, actual) || (Number.isNaN(expected) && Number.isNaN(actual))) return 0;
  return Math.abs(expected - actual) / Math.max(1, Math.abs(expected));
}

/**
 * The largest difference between two values of the same shape (numbers, or arrays of them, nested), and
 * whether the shapes agree. A missing number or a wrong length is a shape error.
 */
export function compare(expected, actual) {
  if (Array.isArray(expected) || ArrayBuffer.isView(expected)) {
    if (!(Array.isArray(actual) || ArrayBuffer.isView(actual)) || actual.length !== expected.length) {
      return { largest: Infinity, shape: true };
    }
    let largest = 0;
    for (let k = 0; k < expected.length; k++) {
      const part = compare(expected[k], actual[k]);
      if (part.shape) return part;
      largest = Math.max(largest, part.largest);
    }
    return { largest, shape: false };
  }
  return { largest: difference(expected, actual), shape: typeof actual !== 'number' };
}

/**
 * The verdict on every case: { pass, cases, largest (over the cases whose shape agrees), first: the first
 * failing case's { index, shape, difference } or null, hint: the key of the known mistake whose outputs
 * the learner's match on every case where that mistake runs, or null }.
 */
export function verdict(expected, actual, mistakes) {
  let largest = 0;
  let first = null;
  expected.forEach((value, index) => {
    const { largest: d, shape } = compare(value, actual[index]);
    if (!shape) largest = Math.max(largest, d);
    if (first === null && !(d <= TOLERANCE)) first = { index, shape, difference: d };
  });
  const pass = first === null;
  const hint = pass ? null : Object.keys(mistakes).find(key => matches(mistakes[key], actual, expected)) ?? null;
  return { pass, cases: expected.length, largest, first, hint };
}

/** The learner's outputs are the mistake's: equal wherever both ran, and that is somewhere. */
function matches(mistakeOutputs, actual, expected) {
  if (!mistakeOutputs) return false;
  let compared = 0;
  for (let k = 0; k < expected.length; k++) {
    if (mistakeOutputs[k] === null || actual[k] === null) continue;
    if (!(compare(mistakeOutputs[k], actual[k]).largest <= TOLERANCE)) return false;
    compared++;
  }
  return compared > 0;
}

/** Whether a value holds a number that is not finite (an overflow), at any depth. */
export function hasNonFinite(value) {
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return Array.prototype.some.call(value, hasNonFinite);
  return typeof value === 'number' && !Number.isFinite(value);
}

/** A value as short text for the report: numbers to 4 significant digits, long lists cut. */
export function show(value, limit = 400) {
  const text = JSON.stringify(value, (key, v) => typeof v === 'number' ? (Number.isFinite(v) ? +v.toPrecision(4) : String(v)) : v);
  if (text === undefined) return String(value);
  return text.length > limit ? text.slice(0, limit) + ' …' : text;
}
