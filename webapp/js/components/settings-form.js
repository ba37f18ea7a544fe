// The training settings form: builds its fields into an empty <form> (the main page's and the
// embeddable trainer's are the same form), fills itself from a settings object, checks every field as
// the visitor types (naming the problem next to the field) and reports complete, valid settings.
// The choices, limits and checks are the core's (settings.js); only the words on the form are here.

import { el } from '../dom.js';
import { activationChoices } from './activation-plot.js';

const NUMBERS = [['learningRate', 'Learning rate', 'decimal'], ['batchSize', 'Batch size', 'numeric'],
  ['epochs', 'Epochs', 'numeric'], ['seed', 'Seed', 'numeric']];

/**
 * Builds the fields into `form` (empty, one per page: its error lines have ids) and returns the host
 * of the preset buttons. `table` is the page's settings (settings.js). `onChange(settings)` runs
 * whenever all fields are valid after an edit; `onValidity(ok)` whenever the form switches between
 * valid and invalid (so the page can disable Train).
 */
export function createSettingsForm(form, table, { onChange, onValidity }) {
  const { FIELDS, PRESETS, schema } = table;
  const choices = {
    dataset: schema.datasets.map(({ id, title }) => [id, title]),
    activation: activationChoices(schema.activations),
    optimizer: schema.optimizers.map(({ name, title }) => [name, title]),
  };
  const presetsHost = buildFields(form, choices);
  const inputs = Object.fromEntries(Object.keys(FIELDS).map(name => [name, form.elements.namedItem(name)]));
  let valid = true;

  presetsHost.replaceChildren(el('span', { class: 'muted small' }, 'Presets:'), ...PRESETS.map(sizes => {
    const button = el('button', { type: 'button', class: 'chip' }, sizes.join('-'));
    button.addEventListener('click', () => {
      inputs.hidden.value = sizes.join(',');
      edited();
    });
    return button;
  }));

  function fill(settings) {
    for (const [name, field] of Object.entries(FIELDS)) {
      inputs[name].value = field.write(settings[name]);
      showError(name, null);
    }
    valid = true;
    onValidity(true);
  }

  /** The settings in the form, or null when a field is invalid (its message is then visible). */
  function read() {
    const settings = {};
    let ok = true;
    for (const [name, field] of Object.entries(FIELDS)) {
      const result = field.read(inputs[name].value);
      showError(name, result.error ?? null);
      if ('error' in result) ok = false;
      else settings[name] = result.value;
    }
    if (ok !== valid) {
      valid = ok;
      onValidity(ok);
    }
    return ok ? settings : null;
  }

  function showError(name, message) {
    const input = inputs[name];
    const target = document.getElementById(`${name}-error`);
    input.toggleAttribute('aria-invalid', message !== null);
    if (target) target.textContent = message ?? '';
  }

  function edited() {
    const settings = read();
    if (settings) onChange(settings);
  }

  form.addEventListener('input', edited);
  form.addEventListener('change', edited);
  form.addEventListener('submit', event => event.preventDefault());

  /** Greys out the fields that cannot change while a network is training. */
  function setLocked(locked) {
    for (const input of Object.values(inputs)) input.disabled = locked;
    for (const button of presetsHost.querySelectorAll('button')) button.disabled = locked;
  }

  return { fill, read, setLocked };
}

function buildFields(form, choices) {
  const choice = (name, label, attributes = {}) => el('label', attributes, label,
    el('select', { name }, ...choices[name].map(([value, text]) => el('option', { value }, text))));
  const presets = el('div', { class: 'presets wide', role: 'group', 'aria-label': 'Architecture presets' });
  form.append(
    choice('dataset', 'Dataset', { class: 'wide' }),
    el('label', { class: 'wide' }, 'Hidden layers ', el('span', { class: 'muted' }, '(sizes, comma separated)'),
      el('input', { name: 'hidden', type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'hidden-error' })),
    presets,
    el('p', { id: 'hidden-error', class: 'field-error wide', 'aria-live': 'polite' }),
    choice('activation', 'Activation'),
    choice('optimizer', 'Optimiser'),
    ...NUMBERS.map(([name, label, inputmode]) => el('label', {}, label,
      el('input', { name, type: 'text', inputmode, autocomplete: 'off', 'aria-describedby': `${name}-error` }),
      el('span', { id: `${name}-error`, class: 'field-error', 'aria-live': 'polite' }))));
  return presets;
}
