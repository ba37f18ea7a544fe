// The chooser beside the pad: which network answers the drawing. It offers the site's pretrained models
// (bundled-models.js, by their titles there) and, once there is one, the visitor's own network (trained,
// reset or imported in this browser). A plain <select> with a label: keyboard and screen readers work
// as with any other.

import { el } from '../dom.js';
import { BUNDLED } from '../bundled-models.js';
import { t } from '../i18n.js';

/** What `model=` says for the visitor's own network. */
export const YOURS = 'yours';

/** `select` becomes the chooser; `onChoose(name)` hears the visitor's choice (a bundled name or YOURS). */
export function createModelChooser(select, onChoose) {
  const yours = el('option', { value: YOURS }, t('models.yours'));
  select.replaceChildren(...BUNDLED.map(({ name }) => el('option', { value: name }, t(`models.${name}`))));
  select.addEventListener('change', () => onChoose(select.value));

  return {
    /** Shows `name` as the chosen one; `hasOwn`: whether the visitor's own network is offered too. */
    show(name, hasOwn) {
      if (hasOwn && !yours.isConnected) select.append(yours);
      if (!hasOwn) yours.remove();
      select.value = name;
      select.disabled = false;   // from the page's first paint until the starting model is in, it waits
    },
  };
}
