// Results of the latest evaluation on the test set: the confusion matrix and a gallery of test
// images the network got wrong.

import { el } from '../dom.js';
import { paintGrey, gridFor } from '../images.js';
import { t, number } from '../i18n.js';

const GALLERY_SIZE = 40;

export function createEvaluationView({ matrixHost, galleryHost }) {
  /** Draws `evaluation` (an engine 'evaluation' event) with these class names. */
  function show(evaluation, names) {
    matrixHost.replaceChildren(confusionTable(evaluation.confusion, names));
    galleryHost.replaceChildren(...evaluation.misclassified.slice(0, GALLERY_SIZE).map(item => galleryItem(item, names)));
    if (evaluation.misclassified.length === 0) galleryHost.append(el('p', { class: 'muted' }, t('evaluation.noMistakes')));
  }

  function clear() {
    matrixHost.replaceChildren(el('p', { class: 'muted' }, t('evaluation.waiting')));
    galleryHost.replaceChildren();
  }

  clear();
  return { show, clear };
}

// The table's words on the main page; the course passes its own, from the chapter's texts. A function, since
// the words are the page language's.
const mainPageWords = () => ({
  corner: t('evaluation.corner'),
  caption: t('evaluation.caption'),
  cell: (count, truth, predicted) => t('evaluation.cell', { count: number(count), truth, predicted }),
});

/**
 * Rows are the true classes, columns the predictions. A cell's colour is its share of the row:
 * green on the diagonal (right answers), red elsewhere (mistakes), so confusions stand out.
 * `words`: { corner, caption, cell(count, truth name, predicted name) }, the table's words.
 */
export function confusionTable(confusion, names, words = mainPageWords()) {
  const header = el('tr', {}, el('th', { scope: 'col', class: 'corner' }, words.corner),
    ...names.map(name => el('th', { scope: 'col' }, shortName(name))));
  const rows = confusion.map((row, truth) => {
    const total = row.reduce((a, b) => a + b, 0) || 1;
    return el('tr', {}, el('th', { scope: 'row' }, shortName(names[truth])), ...row.map((count, predicted) => {
      const share = count / total;
      const cell = el('td', { title: words.cell(count, names[truth], names[predicted]) }, String(count));
      const hue = truth === predicted ? '63, 185, 80' : '248, 81, 73';
      const alpha = truth === predicted ? share : Math.min(1, share * 4);  // mistakes are rarer: amplify
      cell.style.backgroundColor = `rgba(${hue}, ${alpha.toFixed(3)})`;
      if (alpha > 0.55) cell.classList.add('strong');
      return cell;
    }));
  });
  return el('table', { class: 'confusion' },
    el('caption', {}, words.caption),
    el('thead', {}, header), el('tbody', {}, ...rows));
}

function galleryItem({ label, predicted, pixels }, names) {
  const { width, height } = gridFor(pixels.length);
  const canvas = el('canvas', { width, height, 'aria-hidden': 'true' });
  paintGrey(canvas, Array.from(pixels, v => v / 255), width, height);
  return el('figure', { class: 'miss' }, canvas,
    el('figcaption', {}, el('span', { class: 'truth' }, names[label]), ' → ', el('span', { class: 'wrong' }, names[predicted])));
}

/** Column headers stay narrow: "T-shirt/top" -> "T-shirt", "Ankle boot" -> "Boot". */
function shortName(name) {
  return { 'T-shirt/top': 'T-shirt', 'Ankle boot': 'Boot' }[name] ?? name;
}
