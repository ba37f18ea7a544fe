// The drawing desk of chapters 5 and 6: the main page's pad, engine and prediction view, plus example
// digits drawn by button (a keyboard alternative to drawing with a pointer). The visitor's own digits reach
// the network as the main page sends them, drawn afresh from their strokes (engine.drawingToInput, for a
// dataset the core says is pen-drawn); the examples, painted onto the canvas, and anything on Fashion-MNIST's
// desk, whose pictures are solid, are read from the pad's pixels (engine.preprocess).
//
// The model is the visitor's own if the main page saved one in this browser, else the site's pretrained
// one, else random weights: the main page's order, through the main page's model-files.js.

import { byId, el } from '../dom.js';
import { createEngine } from '../engine.js';
import { createPad } from '../components/pad.js';
import { createPredictionView } from '../components/prediction.js';
import { loadStartingModel } from '../model-files.js';
import { t } from '../i18n.js';

// What the desk offers for each dataset a model can have learnt: examples the page draws by button, keyed
// by class index; what to draw is in the texts drawing.padLabel-DATASET and drawing.probabilities-DATASET (the button says the class's name, from the core). Points are on
// the 280x280 pad; `strokes` are drawn with the brush, `shapes` are outlines filled in, as Fashion-MNIST's
// pictures are solid.
const DESKS = {
  mnist: {
    examples: {   // roughly as people write these digits
      0: { strokes: [[[140, 60], [100, 80], [85, 140], [100, 200], [140, 222], [180, 200], [195, 140], [180, 80], [140, 60]]] },
      1: { strokes: [[[120, 90], [150, 60], [150, 225]]] },
      2: { strokes: [[[95, 95], [130, 62], [175, 75], [185, 115], [160, 160], [95, 220], [195, 220]]] },
      3: { strokes: [[[95, 75], [150, 60], [185, 90], [150, 135], [120, 138]], [[150, 135], [190, 170], [165, 215], [95, 210]]] },
      4: { strokes: [[[160, 60], [95, 160], [200, 160]], [[165, 110], [165, 225]]] },
      7: { strokes: [[[90, 70], [190, 70], [125, 225]]] },
    },
  },
  fashion: {
    // Silhouettes, as the dataset's photos show clothes. Only what the bundled model reads right: shoes and
    // bags, squeezed into MNIST's centred 20x20 box by the preprocessing, look unlike the dataset's photos.
    examples: {
      0: { shapes: [[[115, 60], [70, 72], [40, 112], [65, 132], [88, 115], [88, 225], [192, 225], [192, 115], [215, 132], [240, 112], [210, 72], [165, 60], [140, 78]]] },
      1: { shapes: [[[115, 25], [165, 25], [170, 255], [147, 255], [140, 60], [133, 255], [110, 255]]] },
      2: { shapes: [[[110, 50], [170, 50], [215, 70], [240, 230], [210, 232], [195, 120], [195, 230], [85, 230], [85, 120], [70, 232], [40, 230], [65, 70]]] },
      3: { shapes: [[[118, 50], [162, 50], [158, 100], [205, 228], [75, 228], [122, 100]]] },
      4: { shapes: [[[105, 30], [175, 30], [215, 55], [240, 250], [205, 250], [195, 130], [200, 250], [80, 250], [85, 130], [75, 250], [40, 250], [65, 55]]] },
      5: { strokes: [[[30, 190], [250, 190]], [[60, 190], [110, 130], [160, 190]], [[180, 190], [220, 140]]] },
    },
  },
};

/**
 * Sets up the desk and calls `onDraw({ input, probabilities, activations })` after every stroke, with null
 * probabilities when the pad is blank. Resolves to { engine, source } where source is 'saved',
 * 'pretrained' or null (random weights).
 */
export async function createDrawingDesk({ onDraw, onEvent = () => {} }) {
  buildDesk(byId('desk'));
  const engine = await createEngine({ onEvent });
  const { datasets, DEFAULTS } = engine.settings;
  const { source, problems } = await loadStartingModel(engine, DEFAULTS.dataset);
  for (const problem of problems) console.info(problem);   // the page says where its model came from (describeSource)
  const view = createPredictionView({ preview: byId('preview'), prediction: byId('prediction'), probabilities: byId('probabilities') });

  let blank = true;
  let painted = false;   // an example is on the pad (painted onto the canvas: it has no strokes)
  let pad = null;   // createPad reports its first clear() before it returns
  let shownDataset = null;   // the dataset the desk's words and example buttons are for
  const canvas = byId('pad');
  const fromPixels = image => engine.preprocess(image.data, image.width, image.height);
  const redraw = () => {
    // The visitor's saved model may have learnt clothes on the main page: the desk then asks for clothes,
    // and the model answers with their names. A model with random weights gets the default dataset's desk.
    const dataset = DESKS[engine.model().dataset] ? engine.model().dataset : DEFAULTS.dataset;
    const classNames = engine.settings.classNames(engine.model(), dataset);
    if (dataset !== shownDataset) {
      shownDataset = dataset;
      showDesk(dataset, classNames);
    }
    view.setClassNames(classNames);
    const input = painted || !datasets[dataset].penDrawn ? fromPixels(pad.pixels()) : engine.drawingToInput(pad.drawing());
    const result = blank ? { probabilities: null, activations: null } : engine.predict(input);
    view.show(input, result.probabilities);
    onDraw({ input, ...result });
  };
  pad = createPad(canvas, () => {
    if (!pad) return;
    blank = pad.isBlank();
    if (blank) painted = false;
    redraw();
  });
  byId('clear').addEventListener('click', () => pad.clear());

  // The pad's label, the probabilities' label and one button per example, worded for `dataset`.
  function showDesk(dataset, classNames) {
    canvas.setAttribute('aria-label', t(`drawing.padLabel-${dataset}`));
    byId('probabilities').setAttribute('aria-label', t(`drawing.probabilities-${dataset}`));
    byId('examples').replaceChildren(...Object.entries(DESKS[dataset].examples).map(([index, example]) => {
      const button = el('button', { type: 'button', class: 'chip', 'data-class': index }, t('drawing.example', { name: classNames[index] }));
      button.addEventListener('click', () => {
        pad.clear();
        drawExample(canvas, example);
        blank = false;
        painted = true;
        redraw();
      });
      return button;
    }));
  }

  redraw();
  return { engine, source, redraw };
}

// The desk's markup, the same in both chapters: the pad with its buttons, then what the network sees and says.
function buildDesk(host) {
  host.replaceChildren(
    el('div', {},
      el('canvas', { id: 'pad', class: 'pad', width: 280, height: 280 }),
      el('div', { class: 'row' }, el('button', { id: 'clear', type: 'button' }, t('drawing.clear'))),
      el('div', { class: 'row', id: 'examples', 'aria-label': t('drawing.examples') })),
    el('div', {},
      el('div', { class: 'row' },
        el('canvas', { id: 'preview', class: 'pixelated preview', width: 28, height: 28, 'aria-hidden': 'true' }),
        el('p', { class: 'readout' }, t('drawing.prediction'), ' ', el('output', { id: 'prediction', class: 'big', 'data-testid': 'prediction' }, '–'))),
      el('ol', { id: 'probabilities', class: 'probabilities' })));
}

// The pad's brush (white, thick, soft edge) along each stroke and round each shape, the shapes filled.
function drawExample(canvas, { strokes = [], shapes = [] }) {
  const c = canvas.getContext('2d');
  const scale = canvas.width / 280;
  c.save();
  c.strokeStyle = c.fillStyle = '#fff';
  c.lineWidth = canvas.width * 0.075;
  c.lineCap = 'round';
  c.lineJoin = 'round';
  c.shadowColor = '#fff';
  c.shadowBlur = canvas.width * 0.03;
  const trace = points => {
    c.beginPath();
    points.forEach(([x, y], i) => (i === 0 ? c.moveTo(x * scale, y * scale) : c.lineTo(x * scale, y * scale)));
  };
  for (const stroke of strokes) {
    trace(stroke);
    c.stroke();
  }
  for (const shape of shapes) {
    trace(shape);
    c.closePath();
    c.fill();
    c.stroke();
  }
  c.restore();
}

/** A sentence about where `model` (the engine's) came from, for the page. */
export function describeSource(source, model) {
  if (source === 'saved') return t('drawing.sourceSaved');
  if (source === 'pretrained') return t('drawing.sourcePretrained', { sizes: model.sizes.join('-') });
  return t('drawing.sourceRandom');
}
