// The words of the exercise pages come from the course's texts (src/course/texts/LANGUAGE/), written into the
// page as hidden elements <p data-word="KEY">: the scripts hold no sentences of their own, so a translation
// is a folder of texts. A text's <var data-slot="NAME"> is where a value goes, filled in as text, never as markup.

import { written } from '../i18n.js';

/** The page's word with this key, its slots filled (a number or list written the page's way): a fragment to append. */
export function say(key, slots = {}) {
  const source = document.querySelector(`[data-word="${key}"]`);
  if (!source) throw new Error(`the page has no word ${key}`);
  const copy = source.cloneNode(true);
  for (const slot of copy.querySelectorAll('var[data-slot]')) {
    slot.textContent = written(slots[slot.dataset.slot] ?? '');
  }
  const fragment = document.createDocumentFragment();
  fragment.append(...copy.childNodes);
  return fragment;
}

/** The word as plain text (for confirm() and for labels). */
export function sayText(key, slots = {}) {
  const holder = document.createElement('span');
  holder.append(say(key, slots));
  return holder.textContent.trim();
}

/** Whether the page has this word: a step's hints are optional, key by key. */
export const has = key => document.querySelector(`[data-word="${key}"]`) !== null;
