// Messages above the page: problems with a URL parameter, a model file or training, and good news.
// Each can be dismissed; errors are announced to screen readers at once (role="alert"). A message
// never stacks up: showing the same text again, or another with the same key, replaces the old one.

import { el } from './dom.js';
import { t } from './i18n.js';

export function createNotices(host) {
  const shown = new Map();   // key (or text) -> the notice showing it

  /**
   * Shows `text` (plain text, never HTML). kind: 'info' | 'warning' | 'error'; `key` names what the
   * notice is about (e.g. 'diverged'), so that a newer notice about it replaces it. Returns a remover.
   */
  function show(text, kind = 'info', key = text) {
    shown.get(key)?.();
    const close = el('button', { type: 'button', class: 'notice-close', 'aria-label': t('notice.dismiss') }, '×');
    const item = el('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : null },
      el('p', {}, text), close);
    const remove = () => {
      item.remove();
      if (shown.get(key) === remove) shown.delete(key);
    };
    close.addEventListener('click', remove);
    host.append(item);
    shown.set(key, remove);
    return remove;
  }
  return { show };
}
