// Training settings as the page knows them: read from text (a form field or a URL parameter) and
// written back to the URL. Everything about them (names, URL parameters, limits, defaults, choices)
// comes from the core's table (net.scratchnet.settings.TrainingSettings, core-loader.js's `schema`);
// the hidden layers are checked by the core itself, so its messages are the form's. Every reader
// returns either { value } or { error }, so a bad value can be named to the visitor instead of
// silently changing the network.

import { loadCore } from './core-loader.js';

let shared = null;

/** Resolves to the page's settings (createSettings of the core), made once per page. */
export function loadSettings() {
  shared ??= loadCore().then(createSettings);
  return shared;
}

/**
 * The settings of `core` (from loadCore()): { core, schema, DEFAULTS, FIELDS, datasets,
 * fromQuery, toQuery, architecture, sameArchitecture, datasetTitle, classNames, imageShape }. FIELDS maps each
 * setting's name to { param, read, write }, in the order of the URL.
 */
function createSettings(core) {
  const { java, schema } = core;
  const datasets = Object.fromEntries(schema.datasets.map(dataset => [dataset.id, dataset]));

  /** The core's network for `settings`: { spec, hidden } (canonical spec, sizes read) or { error }. */
  function architecture({ hidden, activation, dataset }) {
    const text = Array.isArray(hidden) ? hidden.join(',') : hidden;
    return JSON.parse(java.architecture(text, activation, dataset));
  }

  const readers = {
    choice: setting => oneOf(setting.choices),
    // Only the sizes matter here; the activation and dataset of the page's defaults make a valid whole.
    sizes: () => text => {
      const result = architecture({ hidden: text, activation: schema.activations[0], dataset: schema.datasets[0].id });
      return 'error' in result ? { error: result.error } : { value: result.hidden };
    },
    number: setting => readNumber(setting.min, setting.max),
    integer: setting => readInteger(setting.min, setting.max),
  };

  const FIELDS = Object.fromEntries(schema.settings.map(setting => [setting.name, {
    param: setting.parameter,
    read: readers[setting.kind](setting),
    write: setting.kind === 'sizes' ? sizes => sizes.join(',') : String,
  }]));

  const DEFAULTS = Object.freeze(Object.fromEntries(schema.settings.map(setting => {
    const result = FIELDS[setting.name].read(setting.default);
    if ('error' in result) throw new Error(`the core's default ${setting.name} "${setting.default}": ${result.error}`);
    return [setting.name, result.value];
  })));

  /**
   * Reads the settings from a query string. A missing parameter takes its default; a bad one also
   * takes its default and is reported in `problems` as { name, param, value, error }. `given` lists
   * the fields the URL set explicitly (a restored model must not override those).
   */
  function fromQuery(search) {
    const query = new URLSearchParams(search);
    const settings = { ...DEFAULTS };
    const problems = [];
    const given = new Set();
    for (const [name, field] of Object.entries(FIELDS)) {
      if (!query.has(field.param)) continue;
      const text = query.get(field.param);
      const result = field.read(text);
      if ('error' in result) {
        problems.push({ name, param: field.param, value: text, error: result.error });
      } else {
        settings[name] = result.value;
        given.add(name);
      }
    }
    return { settings, problems, given };
  }

  /** The query string that reproduces these settings, e.g. "?dataset=mnist&hidden=16,16&...". */
  function toQuery(settings) {
    const parts = Object.entries(FIELDS).map(([name, field]) =>
      `${field.param}=${encodeURIComponent(field.write(settings[name])).replace(/%2C/g, ',')}`);
    return `?${parts.join('&')}`;
  }

  /** True when training with `settings` keeps the network `model` (engine.model()) has. */
  function sameArchitecture(model, settings) {
    const wanted = architecture(settings);
    return !('error' in wanted) && wanted.spec === model.spec;
  }

  return {
    core, schema, DEFAULTS, FIELDS, datasets, architecture, sameArchitecture, fromQuery, toQuery,
    /** "Fashion-MNIST (clothing)"; a dataset the core does not know is named as such. */
    datasetTitle: id => datasets[id]?.title ?? 'an unknown dataset',
    /** The class names of a model (engine.model()): its own dataset's, else those of `dataset`. */
    classNames: (model, dataset) => model?.classNames ?? datasets[dataset].classNames,
    /** The [rows, cols, channels] of the images a model reads: its own dataset's, else those of `dataset`. */
    imageShape: (model, dataset) => datasets[model?.dataset ?? dataset].inputShape,
  };
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
