// The answer panel next to the pad: the 28x28 image the network sees, its predicted class and one
// probability bar per class.

import { el } from '../dom.js';
import { paintGrey } from '../images.js';
import { t, number } from '../i18n.js';

export function createPredictionView({ preview, prediction, probabilities }) {
  let rows = [];
  let names = [];

  /** Builds one row per class again when the class names change (MNIST digits vs clothing). */
  function setClassNames(next) {
    if (next.join('\n') === names.join('\n')) return;
    names = next;
    rows = names.map(name => {
      const fill = el('span', { class: 'bar-fill' });
      const value = el('span', { class: 'prob-value' }, '–');
      const bar = el('span', { class: 'bar' }, fill);
      const row = el('li', { class: 'prob-row' }, el('span', { class: 'prob-name' }, name), bar, value);
      return { row, fill, value };
    });
    probabilities.replaceChildren(...rows.map(r => r.row));
  }

  /**
   * Shows the network's view of the drawing (`input`, one number per pixel of the preview canvas, or null
   * for a blank one); `probs` null means nothing is drawn yet.
   */
  function show(input, probs) {
    paintGrey(preview, input ?? new Float32Array(preview.width * preview.height), preview.width, preview.height);
    if (!probs) {
      prediction.textContent = '–';
      prediction.classList.remove('long');
      prediction.title = t('prediction.empty');
      rows.forEach(r => { r.fill.style.transform = 'scaleX(0)'; r.value.textContent = '–'; r.row.classList.remove('top'); });
      return;
    }
    let best = 0;
    for (let i = 1; i < probs.length; i++) if (probs[i] > probs[best]) best = i;
    // "3 Dress" for a named class, "3" for a digit: always starts with the class index.
    prediction.textContent = names[best] === String(best) ? names[best] : `${best} ${names[best]}`;
    prediction.classList.toggle('long', prediction.textContent.length > 2);
    prediction.title = t('prediction.sure', { percent: number(probs[best], { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
    rows.forEach((r, i) => {
      const p = probs[i] ?? 0;
      r.fill.style.transform = `scaleX(${p.toFixed(3)})`;   // not width: no layout on every frame of a stroke
      r.value.textContent = `${(100 * p).toFixed(p < 0.995 ? 1 : 0)}%`;
      r.row.classList.toggle('top', i === best);
    });
  }

  return { setClassNames, show };
}
