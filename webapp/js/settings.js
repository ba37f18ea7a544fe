// Training settings as the page knows them: read from text (a form field or a URL parameter) and
// written back to the URL. Everything about them (names, URL parameters, limits, defaults, choices)
// comes from the core's table (net.scratchnet.settings.TrainingSettings, core-loader.js's `schema`);
// the hidden layers and the network spec are checked by the core itself, so its messages are the form's.
// Every reader returns either { value } or { error }, so a bad value can be named to the visitor instead
// of silently changing the network.

import { loadCore } from './core-loader.js';
import { t } from './i18n.js';
import { coreText } from './core-words.js';

let shared = null;

/** Resolves to the page's settings (createSettings of the core), made once per page. */
export function loadSettings() {
  shared ??= loadCore().then(createSettings);
  return shared;
}

/**
 * The settings of `core` (from loadCore()): { core, schema, DEFAULTS, FIELDS, datasets,
 * fromQuery, toQuery, architecture, sameArchitecture, datasetTitle, classNames, imageShape }. FIELDS maps each
 * setting's name to { param, read, write, description } (description: the core's words for what it does, or
 * null), in the order of the URL; read(text, dataset) gives { value } or { error }, checking a network against
 * the dataset id `dataset` (the first dataset when it names none).
 */
function createSettings(core) {
  const { java, schema } = core;
  const datasets = Object.fromEntries(schema.datasets.map(dataset => [dataset.id, dataset]));

  /**
   * The core's network for `settings`: { spec, hidden } (canonical spec, hidden sizes read; null when the
   * whole spec `architecture` chose it) or { error }. A blank `architecture` means: hidden sizes and activation.
   */
  function architecture({ architecture = '', hidden, activation, dataset }) {
    const text = Array.isArray(hidden) ? hidden.join(',') : hidden;
    const result = JSON.parse(java.architecture(architecture, text, activation, dataset));
    return 'error' in result ? { error: coreText(result.error) } : result;
  }

  // The activation a hidden-sizes check builds with: any makes a valid whole with the sizes it checks.
  const checkActivation = schema.activations[0];
  /** The dataset a network is checked against: `dataset` (an id) when it names one, else the first. */
  const checkDataset = dataset => (Object.hasOwn(datasets, dataset ?? '') ? dataset : schema.datasets[0].id);

  // Readers take the text and the dataset id chosen with it (the form's or the URL's), whose images and
  // classes a network must fit, and whose name a message that it does not fit gives.
  const readers = {
    choice: setting => oneOf(setting.choices),
    sizes: () => (text, dataset) => {
      const result = architecture({ activation: checkActivation, dataset: checkDataset(dataset), hidden: text });
      return 'error' in result ? { error: result.error } : { value: result.hidden };
    },
    // The spec as typed, its spaces tidied (so the URL keeps it short); blank: hidden sizes and activation.
    spec: () => (text, dataset) => {
      const value = text.trim().replace(/\s+/g, ' ');
      if (value === '') return { value };
      const result = architecture({ architecture: value, activation: checkActivation, dataset: checkDataset(dataset) });
      return 'error' in result ? { error: result.error } : { value };
    },
    flag: () => oneOf(['true', 'false'], text => text === 'true'),
    number: setting => readNumber(setting.min, setting.max),
    integer: setting => readInteger(setting.min, setting.max),
  };

  const FIELDS = Object.fromEntries(schema.settings.map(setting => [setting.name, {
    param: setting.parameter,
    read: readers[setting.kind](setting),
    write: setting.kind === 'sizes' ? sizes => sizes.join(',') : String,
    description: setting.description,
    chapter: setting.chapter,   // the slug of the course chapter that explains it, or null
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
      const result = field.read(text, query.get(FIELDS.dataset.param));
      if ('error' in result) {
        problems.push({ name, param: field.param, value: text, error: result.error });
      } else {
        settings[name] = result.value;
        given.add(name);
      }
    }
    return { settings, problems, given };
  }

  /**
   * The query string that reproduces these settings, e.g. "?dataset=mnist&hidden=16,16&...". Commas stay
   * commas and spaces become "+" (as URLSearchParams reads them), so that a spec stays readable.
   */
  function toQuery(settings) {
    const parts = Object.entries(FIELDS).map(([name, field]) =>
      `${field.param}=${encodeURIComponent(field.write(settings[name])).replace(/%2C/g, ',').replace(/%20/g, '+')}`);
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
    datasetTitle: id => datasets[id]?.title ?? t('settings.unknownDataset'),
    /** The class names of a model (engine.model()): its own dataset's, else those of `dataset`. */
    classNames: (model, dataset) => model?.classNames ?? datasets[dataset].classNames,
    /** The [rows, cols, channels] of the images a model reads: its own dataset's, else those of `dataset`. */
    imageShape: (model, dataset) => datasets[model?.dataset ?? dataset].inputShape,
  };
}

/** A reader of one of the words `allowed`; `value(word)` is what the setting holds for it (the word itself). */
function oneOf(allowed, value = text => text) {
  return text => allowed.includes(text) ? { value: value(text) } : { error: t('settings.expectedOneOf', { values: allowed }) };
}

function readNumber(min, max) {
  return text => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(value)) return { error: t('settings.expectedNumber') };
    if (value < min || value > max) return { error: t('settings.expectedNumberIn', { min, max }) };
    return { value };
  };
}

function readInteger(min, max) {
  return text => {
    if (!/^\s*\d+\s*$/.test(text)) return { error: t('settings.expectedWhole') };
    const value = Number(text);
    if (value < min || value > max) return { error: t('settings.expectedWholeIn', { min, max }) };
    return { value };
  };
}
