// The Java core's words in the page's language. The core says what is wrong with a file, a download, a spec or a
// setting as a key and its values (net.scratchnet.words.Message: {problem, values, message}, message being the
// English); its settings table and model descriptions give each name beside the key of its words (a field `x`,
// its key in `xWord`). The words are core.KEY in src/site/texts/LANGUAGE/scripts/core.txt, the English ones
// written in Java only (the build adds them to the English words, net.scratchnet.words.CoreWords).

import { t, problemText } from './i18n.js';

/**
 * What the core says is wrong (a {problem, values} object), as plain text in the page's language: its numbers and
 * lists written the page's way (t), a reason inside it worded first.
 */
export function coreText({ problem, values }) {
  const worded = Object.fromEntries(Object.entries(values).map(([name, value]) => [name,
    value !== null && typeof value === 'object' && !Array.isArray(value) ? coreText(value) : value]));
  return t('core.' + problem, worded);
}

/** A core export's answer, null when all went well or else a Message's JSON, as null or coreText of it. */
export function coreMessage(answer) {
  return answer == null ? null : coreText(JSON.parse(answer));
}

/**
 * A worker's error event in the page's language: the core's problem it carries (coreText), else the worker's own
 * words ({ key, values }, i18n.js's problemText), else its message as it came.
 */
export function workerText(event) {
  return event.problem ? coreText(event.problem) : problemText(event);
}

/**
 * A copy of the core's JSON `value` (the settings table, a model's description) with every name in the page's
 * language: a field `x` with a key `xWord` beside it (a list of keys for a list of names) takes its words.
 */
export function worded(value) {
  if (Array.isArray(value)) return value.map(worded);
  if (value === null || typeof value !== 'object') return value;
  const copy = {};
  for (const [name, field] of Object.entries(value)) {
    if (name.endsWith('Word')) continue;
    const key = value[`${name}Word`];
    copy[name] = key == null ? worded(field)
      : Array.isArray(key) ? key.map(each => t('core.' + each)) : t('core.' + key);
  }
  return copy;
}
