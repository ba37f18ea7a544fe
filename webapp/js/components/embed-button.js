// The "Embed" button of a widget on the main page (and in the lessons): it opens a small panel with
// the iframe snippet for that widget as it is configured right now, a theme and size choice, a Copy
// button, and the host page's resize script.

import { el } from '../dom.js';
import { iframeSnippet, embedUrl, HOST_SCRIPT } from './snippet.js';
import { t } from '../i18n.js';

let panels = 0;  // for unique ids

/**
 * Puts an Embed button next to `heading` (the widget's title element). `describe()` returns
 * { widget, params, note } for the widget's current state (`note`, optional, is a line for the visitor);
 * it is asked again whenever the panel opens.
 */
export function addEmbedButton(heading, describe) {
  const id = `embed-panel-${++panels}`;
  const button = el('button', { type: 'button', class: 'chip embed-button', 'aria-expanded': 'false', 'aria-controls': id }, t('embedButton.embed'));
  const theme = el('select', {}, el('option', { value: 'dark' }, t('embedButton.dark')), el('option', { value: 'light' }, t('embedButton.light')));
  const mode = el('select', {}, el('option', { value: 'compact' }, t('embedButton.compact')), el('option', { value: 'full' }, t('embedButton.full')));
  const code = el('textarea', { class: 'embed-code', readonly: '', rows: '6', spellcheck: 'false', 'aria-label': t('embedButton.code') });
  const host = el('textarea', { class: 'embed-code', readonly: '', rows: '6', spellcheck: 'false', 'aria-label': t('embedButton.hostScript') });
  host.value = HOST_SCRIPT;
  const copied = el('span', { class: 'muted small', 'aria-live': 'polite' });
  const copy = el('button', { type: 'button', class: 'chip' }, t('embedButton.copy'));
  const preview = el('a', { target: '_blank', rel: 'noopener' }, t('embedButton.preview'));
  const note = el('p', { class: 'small muted' });
  const panel = el('div', { class: 'embed-panel', id, hidden: '' },
    el('p', { class: 'small' }, t('embedButton.intro')),
    el('div', { class: 'embed-options' },
      el('label', {}, t('embedButton.theme'), ' ', theme), el('label', {}, t('embedButton.size'), ' ', mode), copy, preview, copied),
    note,
    code,
    el('details', { class: 'small' },
      el('summary', {}, t('embedButton.hostScriptSummary')),
      host));

  function refresh() {
    const { widget, params, note: text = '' } = describe();
    note.textContent = text;
    note.hidden = !text;
    const options = { ...params, theme: theme.value, mode: mode.value };
    code.value = iframeSnippet(widget, options);
    preview.href = embedUrl(widget, options);
    copied.textContent = '';
  }

  button.addEventListener('click', () => {
    const open = panel.hidden;
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) refresh();
  });
  theme.addEventListener('change', refresh);
  mode.addEventListener('change', refresh);
  copy.addEventListener('click', async () => {
    code.select();
    try {
      await navigator.clipboard.writeText(code.value);
      copied.textContent = t('embedButton.copied');
    } catch {
      copied.textContent = t('embedButton.selected');
    }
  });

  const head = el('div', { class: 'card-head' });
  heading.replaceWith(head);
  head.append(heading, button);
  head.after(panel);
  return { refresh };
}
