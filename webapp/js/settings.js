// Training settings: their defaults, how each one is read from text (a form field or a URL
// parameter) and written back to the URL. Every reader returns either { value } or { error },
// so a bad value can be named to the visitor instead of silently changing the network.

export const DEFAULTS = Object.freeze({
  dataset: 'mnist',
  hidden: [16, 16],
  activation: 'sigmoid',
  optimizer: 'adam',
  learningRate: 0.01,
  batchSize: 32,
  epochs: 5,
  seed: 1,
});

export const PRESETS = [[16, 16], [128], [256, 128]];

const MAX_HIDDEN_LAYERS = 4;
const MAX_LAYER_SIZE = 1024;

/** Field name -> URL parameter, reader and writer. The order is the order in the URL. */
export const FIELDS = {
  dataset: { param: 'dataset', read: oneOf(['mnist', 'fashion']), write: String },
  hidden: { param: 'hidden', read: readHidden, write: sizes => sizes.join(',') },
  activation: { param: 'activation', read: oneOf(['sigmoid', 'tanh', 'relu', 'leakyrelu']), write: String },
  optimizer: { param: 'optimizer', read: oneOf(['sgd', 'momentum', 'adam']), write: String },
  learningRate: { param: 'lr', read: readNumber(1e-6, 10), write: String },
  batchSize: { param: 'batch', read: readInteger(1, 4096), write: String },
  epochs: { param: 'epochs', read: readInteger(1, 100), write: String },
  seed: { param: 'seed', read: readInteger(0, 2147483647), write: String },
};

/** "16, 16" -> [16, 16]. Between 1 and 4 hidden layers of 1 to 1024 neurons. */
function readHidden(text) {
  const parts = text.split(',').map(part => part.trim());
  if (parts.length === 1 && parts[0] === '') return { error: 'give at least one hidden layer size, e.g. 16,16' };
  if (parts.length > MAX_HIDDEN_LAYERS) return { error: `at most ${MAX_HIDDEN_LAYERS} hidden layers` };
  const sizes = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return { error: 'layer sizes are whole numbers separated by commas, e.g. 16,16' };
    const size = Number(part);
    if (size < 1 || size > MAX_LAYER_SIZE) return { error: `each layer needs 1 to ${MAX_LAYER_SIZE} neurons` };
    sizes.push(size);
  }
  return { value: sizes };
}

function oneOf(allowed) {
  return text => allowed.includes(text) ? { value: text } : { error: `expected one of ${allowed.join(', ')}` };
}

function readNumber(min, max) {
  return text => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(value)) return { error: 'expected a number, e.g. 0.01' };
    if (value < min || value > max) return { error: `expected a number from ${min} to ${max}` };
    return { value };
  };
}

function readInteger(min, max) {
  return text => {
    if (!/^\s*\d+\s*$/.test(text)) return { error: 'expected a whole number' };
    const value = Number(text);
    if (value < min || value > max) return { error: `expected a whole number from ${min} to ${max}` };
    return { value };
  };
}

/**
 * Reads the settings from a query string. A missing parameter takes its default; a bad one also
 * takes its default and is reported in `problems` as { param, value, error }. `given` lists the
 * fields the URL set explicitly (a restored model must not override those).
 */
export function settingsFromQuery(search) {
  const query = new URLSearchParams(search);
  const settings = { ...DEFAULTS, hidden: [...DEFAULTS.hidden] };
  const problems = [];
  const given = new Set();
  for (const [name, field] of Object.entries(FIELDS)) {
    if (!query.has(field.param)) continue;
    const text = query.get(field.param);
    const result = field.read(text);
    if ('error' in result) {
      problems.push({ param: field.param, value: text, error: result.error });
    } else {
      settings[name] = result.value;
      given.add(name);
    }
  }
  return { settings, problems, given };
}

/** The query string that reproduces these settings, e.g. "?dataset=mnist&hidden=16,16&...". */
export function settingsToQuery(settings) {
  const parts = Object.entries(FIELDS).map(([name, field]) =>
    `${field.param}=${encodeURIComponent(field.write(settings[name])).replace(/%2C/g, ',')}`);
  return `?${parts.join('&')}`;
}
