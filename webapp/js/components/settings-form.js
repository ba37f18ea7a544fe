// The training settings form: builds its fields into an empty <form> (the main page's and the
// embeddable trainer's are the same form), fills itself from a settings object, checks every field as
// the visitor types (naming the problem next to the field) and reports complete, valid settings.
// The choices, limits, checks, the words that explain the network spec and augmentation, and the course
// chapter that explains each setting (a "?" link beside its label) are the core's (settings.js); only the
// fields' labels are the page's, the texts `form.NAME` (src/site/texts/LANGUAGE/scripts/form.txt).

import { el } from '../dom.js';
import { t } from '../i18n.js';
import { activationChoices } from './activation-plot.js';

/** The number fields, by setting name, with the keyboard each wants on a phone. */
const NUMBERS = [['learningRate', 'decimal'], ['weightDecay', 'decimal'],
  ['batchSize', 'numeric'], ['epochs', 'numeric'], ['seed', 'numeric']];

/**
 * Builds the fields into `form` (empty, one per page: its error lines have ids) and returns the host
 * of the preset buttons. Picking an optimiser or a preset puts in the learning rate measured for it
 * (the core's table), unless the visitor typed their own; a preset also brings its network (hidden sizes
 * and activation, or a whole spec), augmentation, weight decay and epochs. While the spec field holds a
 * network, the hidden layers and activation fields are greyed out: the spec replaces them. `table` is the
 * page's settings (settings.js). `onChange(settings)` runs
 * whenever all fields are valid after an edit; `onValidity(ok)` whenever the form switches between
 * valid and invalid (so the page can disable Train).
 */
export function createSettingsForm(form, table, { onChange, onValidity }) {
  const { FIELDS, schema } = table;
  const choices = {
    dataset: schema.datasets.map(({ id, title }) => [id, title]),
    activation: activationChoices(schema.activations),
    optimizer: schema.optimizers.map(({ name, title }) => [name, title]),
  };
  const presetsHost = buildFields(form, choices, FIELDS);
  const inputs = Object.fromEntries(Object.keys(FIELDS).map(name => [name, form.elements.namedItem(name)]));
  let valid = true;
  let rateTyped = false;   // the visitor chose the learning rate: picking an optimiser or preset keeps it
  let locked = false;      // training: no field may change

  /** A field's text as its reader takes it (a checkbox: "true" or "false"). */
  const textOf = name => inputs[name].type === 'checkbox' ? String(inputs[name].checked) : inputs[name].value;
  function put(name, text) {
    if (inputs[name].type === 'checkbox') inputs[name].checked = text === 'true';
    else inputs[name].value = text;
  }

  presetsHost.replaceChildren(el('span', { class: 'muted small' }, t('form.presets')), ...schema.presets.map(preset => {
    const button = el('button', { type: 'button', class: 'chip' }, preset.title);
    button.addEventListener('click', () => {
      put('architecture', preset.architecture);
      if (!preset.architecture) {
        put('hidden', preset.hidden.join(','));
        put('activation', preset.activation);
      }
      put('augment', String(preset.augment));
      inputs.weightDecay.value = String(preset.weightDecay);
      inputs.epochs.value = String(preset.epochs);
      putMeasuredRate();
      edited();
    });
    return button;
  }));
  inputs.learningRate.addEventListener('input', () => { rateTyped = true; });
  inputs.optimizer.addEventListener('change', putMeasuredRate);

  /**
   * Puts in the learning rate measured for the form's optimiser on its architecture (a preset's, else the
   * optimiser's), unless the visitor chose one. Returns true if that changed the field.
   */
  function putMeasuredRate() {
    if (rateTyped) return false;
    const optimizer = inputs.optimizer.value;
    const hidden = inputs.hidden.value.replace(/\s/g, '');
    const spec = inputs.architecture.value.trim().replace(/\s+/g, ' ');
    const preset = schema.presets.find(p => spec ? p.architecture === spec
      : !p.architecture && p.hidden.join(',') === hidden && p.activation === inputs.activation.value);
    const rate = preset ? preset.learningRates[optimizer] : schema.optimizers.find(o => o.name === optimizer).learningRate;
    const changed = inputs.learningRate.value !== String(rate);
    inputs.learningRate.value = String(rate);
    return changed;
  }

  /**
   * Fills the form. `rateGiven`: the learning rate was chosen (in the URL, or by a kept run), so it stays;
   * otherwise the rate measured for the architecture and optimiser goes in (and onChange hears of it).
   */
  function fill(settings, rateGiven = rateTyped) {
    for (const [name, field] of Object.entries(FIELDS)) {
      put(name, field.write(settings[name]));
      showError(name, null);
    }
    updateDisabled();
    rateTyped = rateGiven;
    valid = true;
    onValidity(true);
    if (putMeasuredRate()) edited();
  }

  /** The settings in the form, or null when a field is invalid (its message is then visible). */
  function read() {
    const settings = {};
    let ok = true;
    for (const [name, field] of Object.entries(FIELDS)) {
      const result = field.read(textOf(name), textOf('dataset'));
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
    updateDisabled();
    const settings = read();
    if (settings) onChange(settings);
  }

  form.addEventListener('input', edited);
  form.addEventListener('change', edited);
  form.addEventListener('submit', event => event.preventDefault());

  /** Greys out the fields that cannot change (training), and those a spec in the spec field replaces. */
  function updateDisabled() {
    const specGiven = inputs.architecture.value.trim() !== '';
    for (const [name, input] of Object.entries(inputs)) {
      input.disabled = locked || (specGiven && (name === 'hidden' || name === 'activation'));
    }
    for (const button of presetsHost.querySelectorAll('button')) button.disabled = locked;
  }

  /** While a network trains, no field may change. */
  function setLocked(lock) {
    locked = lock;
    updateDisabled();
  }

  return { fill, read, setLocked };
}

/**
 * A field's caption: its label and, where a course chapter explains the setting, a "?" beside it that opens
 * that chapter in a new tab (so that a training run on this page goes on). The form sits in pages at the
 * site's root (the main page, the embeddable trainer), so the course is at learn/.
 */
function caption(field, label, ...more) {
  const link = field.chapter && el('a', { class: 'learn-link', href: `learn/${field.chapter}.html`, target: '_blank',
    rel: 'noopener', title: t('form.chapterLink', { label }), 'aria-label': t('form.chapterLink', { label }) }, '?');
  return el('span', { class: 'caption' }, label, ...more, ...(link ? [link] : []));
}

function buildFields(form, choices, FIELDS) {
  const choice = (name, attributes = {}) => el('label', attributes, caption(FIELDS[name], t(`form.${name}`)),
    el('select', { name }, ...choices[name].map(([value, text]) => el('option', { value }, text))));
  const presets = el('div', { class: 'presets wide', role: 'group', 'aria-label': t('form.presetsLabel') });
  form.append(
    choice('dataset', { class: 'wide' }),
    el('label', { class: 'wide' }, caption(FIELDS.hidden, t('form.hidden'), ' ', el('span', { class: 'muted' }, t('form.hiddenNote'))),
      el('input', { name: 'hidden', type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'hidden-error' })),
    presets,
    el('p', { id: 'hidden-error', class: 'field-error wide', 'aria-live': 'polite' }),
    choice('activation'),
    el('label', { class: 'wide' }, caption(FIELDS.architecture, t('form.architecture')),
      el('input', { name: 'architecture', type: 'text', autocomplete: 'off', spellcheck: 'false',
        'aria-describedby': 'architecture-help architecture-error' })),
    el('p', { id: 'architecture-help', class: 'muted small wide' }, FIELDS.architecture.description),
    el('p', { id: 'architecture-error', class: 'field-error wide', 'aria-live': 'polite' }),
    choice('optimizer'),
    ...NUMBERS.map(([name, inputmode]) => el('label', {}, caption(FIELDS[name], t(`form.${name}`)),
      el('input', { name, type: 'text', inputmode, autocomplete: 'off', 'aria-describedby': `${name}-error` }),
      el('span', { id: `${name}-error`, class: 'field-error', 'aria-live': 'polite' }))),
    el('label', { class: 'wide checkbox' },
      el('input', { name: 'augment', type: 'checkbox', 'aria-describedby': 'augment-help' }), caption(FIELDS.augment, t('form.augment')),
      el('span', { id: 'augment-help', class: 'muted small' }, FIELDS.augment.description)));
  return presets;
}
