// Labelled range inputs: the course's sliders, which work with mouse, touch and keyboard alike.

import { el } from '../dom.js';
import { fmt } from './core.js';

/**
 * Appends "label [——o——] value" to `host` and returns the <input>. `onInput(value)` runs on every
 * change.
 */
export function addSlider(host, { id, label, min, max, step, value, decimals = 2, onInput }) {
  const input = el('input', { type: 'range', id, min, max, step, value });
  const shown = el('output', { for: id });
  const update = () => {
    shown.textContent = fmt(Number(input.value), decimals);
    onInput(Number(input.value));
  };
  input.addEventListener('input', update);
  host.append(el('div', { class: 'slider' }, el('label', { for: id }, label), input, shown));
  shown.textContent = fmt(Number(input.value), decimals);
  return input;
}
