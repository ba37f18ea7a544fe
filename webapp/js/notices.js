// Messages above the page: problems with a URL parameter, a model file or training, and good news.
// Each can be dismissed; errors are announced to screen readers at once (role="alert").

import { el } from './dom.js';

export function createNotices(host) {
  /** Shows `text` (plain text, never HTML). kind: 'info' | 'warning' | 'error'. Returns a remover. */
  function show(text, kind = 'info') {
    const close = el('button', { type: 'button', class: 'notice-close', 'aria-label': 'Dismiss' }, '×');
    const item = el('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : null },
      el('p', {}, text), close);
    const remove = () => item.remove();
    close.addEventListener('click', remove);
    host.append(item);
    return remove;
  }
  return { show };
}
