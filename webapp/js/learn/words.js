// Words a chapter's script writes (status lines, table headings, legends) come from the chapter's texts like
// every other word on the page: the body holds them in <template id="..."> elements, and a sentence with
// numbers in it marks each place for a number with <output data-slot="NAME"></output>, so that a translation
// may put the numbers where its grammar wants them. The script fills the slots; it never writes a word.

import { written, endsInHan } from '../i18n.js';

/**
 * The text of template `id` with each slot filled from `values`: words, numbers already written (fmt, count), or
 * numbers and lists to write the page's way (i18n.js's written: 1,875; a、b).
 */
export function words(id, values = {}) {
  const template = document.getElementById(id);
  if (!(template instanceof HTMLTemplateElement)) throw new Error(`the page has no words template #${id}`);
  const copy = template.content.cloneNode(true);
  for (const slot of copy.querySelectorAll('[data-slot]')) {
    const value = values[slot.dataset.slot];
    if (value === undefined) throw new Error(`#${id} has a slot '${slot.dataset.slot}' the script does not fill`);
    const text = written(value);
    const next = slot.nextSibling;
    if (endsInHan(text) && next?.nodeType === Node.TEXT_NODE) next.data = next.data.replace(/^ (?=\p{Script=Han})/u, '');
    slot.replaceWith(text);
  }
  return copy.textContent.trim();
}
