// The URL parameters of embed.html: which widget to show and how. Every value is checked; a bad one
// falls back to its default and becomes a short note for the reader (plain text: a parameter never
// reaches the page as HTML). Training settings use the main page's readers (settings.js), so the two
// pages accept exactly the same values.

import { BUNDLED_MODELS } from '../bundled-models.js';
import { t } from '../i18n.js';

/** The widgets embed.html can show; the title its iframe gets in a snippet is the text `widget.NAME`. */
export const WIDGETS = ['pad', 'network', 'neuron', 'activation', 'trainer'];

const CHOICES = {
  widget: WIDGETS,
  model: BUNDLED_MODELS,
  theme: ['dark', 'light'],
  mode: ['compact', 'full'],
};

const EMBED_DEFAULTS = { widget: 'pad', theme: 'dark', mode: 'compact' };

const SHOWN_LENGTH = 40;  // a long bad value is cut short in its note

/**
 * Reads the frame's own parameters from `search` (location.search), before the core has loaded (the
 * theme must not flash). Returns { widget, theme, mode, model, notes }: `model` is null unless the URL
 * names one, `notes` one text per ignored value.
 */
export function readFrameParams(search) {
  const query = new URLSearchParams(search);
  const notes = [];
  const result = { ...EMBED_DEFAULTS, model: null };

  for (const [name, allowed] of Object.entries(CHOICES)) {
    if (!query.has(name)) continue;
    const value = query.get(name);
    if (allowed.includes(value)) result[name] = value;
    else notes.push(note(name, value, t('embed.expected', { values: allowed }), name === 'model' ? t('embed.datasetModel') : result[name]));
  }
  return { ...result, notes };
}

/**
 * Reads the training settings from `search` with the readers of `table` (settings.js). Returns
 * { settings, architectureGiven, datasetGiven, notes }: `architectureGiven` whether the URL asks for another
 * network than the defaults' (by arch, hidden, activation: whatever the core builds it from), `datasetGiven`
 * whether it set the dataset (else a bundled model's own dataset may take over).
 */
export function readTrainingParams(search, table) {
  const { DEFAULTS, FIELDS } = table;
  const query = new URLSearchParams(search);
  const notes = [];
  const settings = { ...DEFAULTS };
  for (const [name, field] of Object.entries(FIELDS)) {
    if (!query.has(field.param)) continue;
    const value = query.get(field.param);
    const read = field.read(value, query.get(FIELDS.dataset.param));
    if ('error' in read) {
      notes.push(note(field.param, value, read.error, field.write(DEFAULTS[name])));
    } else {
      settings[name] = read.value;
    }
  }
  // lang chooses the page's language, before this script runs (js/language.js).
  const known = new Set(['lang', ...Object.keys(CHOICES), ...Object.values(FIELDS).map(field => field.param)]);
  for (const name of query.keys()) {
    if (!known.has(name)) notes.push(t('embed.unknownParam', { param: shorten(name) }));
  }
  // The core's spec for the settings tells, so no list of the settings that shape a network is kept here.
  const asked = table.architecture(settings);
  const architectureGiven = 'error' in asked || asked.spec !== table.architecture({ ...DEFAULTS, dataset: settings.dataset }).spec;
  return { settings, architectureGiven, datasetGiven: query.has(FIELDS.dataset.param), notes };
}

function note(param, value, problem, fallback) {
  return t('embed.ignored', { param, value: shorten(value), problem, fallback });
}

function shorten(text) {
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
}
