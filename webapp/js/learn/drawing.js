// The drawing desk of chapters 5 and 6: the main page's pad, engine and prediction view, plus example
// digits drawn by button (a keyboard alternative to drawing with a pointer).
//
// The model is the visitor's own if the main page saved one in this browser, else the site's pretrained
// one, else random weights: the main page's order, through the main page's model-files.js.

import { byId, el } from '../dom.js';
import { createEngine } from '../engine.js';
import { createPad } from '../components/pad.js';
import { createPredictionView } from '../components/prediction.js';
import { loadStartingModel } from '../model-files.js';

// Strokes on the 280x280 pad, roughly as people write these digits.
const EXAMPLES = {
  0: [[[140, 60], [100, 80], [85, 140], [100, 200], [140, 222], [180, 200], [195, 140], [180, 80], [140, 60]]],
  1: [[[120, 90], [150, 60], [150, 225]]],
  2: [[[95, 95], [130, 62], [175, 75], [185, 115], [160, 160], [95, 220], [195, 220]]],
  3: [[[95, 75], [150, 60], [185, 90], [150, 135], [120, 138]], [[150, 135], [190, 170], [165, 215], [95, 210]]],
  4: [[[160, 60], [95, 160], [200, 160]], [[165, 110], [165, 225]]],
  7: [[[90, 70], [190, 70], [125, 225]]],
};

/**
 * Sets up the desk and calls `onDraw({ input, probabilities, activations })` after every stroke, with null
 * probabilities when the pad is blank. Resolves to { engine, source } where source is 'saved',
 * 'pretrained' or null (random weights).
 */
export async function createDrawingDesk({ onDraw, onEvent = () => {} }) {
  buildDesk(byId('desk'));
  const engine = await createEngine({ onEvent });
  const { source, problems } = await loadStartingModel(engine, 'mnist');
  for (const problem of problems) console.info(problem);   // the page says where its model came from (describeSource)
  const view = createPredictionView({ preview: byId('preview'), prediction: byId('prediction'), probabilities: byId('probabilities') });

  let blank = true;
  let pad = null;   // createPad reports its first clear() before it returns
  const redraw = () => {
    // The visitor's saved model may have learnt clothes on the main page: it answers with their names.
    view.setClassNames(engine.settings.classNames(engine.model(), 'mnist'));
    const image = pad.pixels();
    const input = engine.preprocess(image.data, image.width, image.height);
    const result = blank ? { probabilities: null, activations: null } : engine.predict(input);
    view.show(input, result.probabilities);
    onDraw({ input, ...result });
  };
  const canvas = byId('pad');
  pad = createPad(canvas, () => {
    if (!pad) return;
    blank = pad.isBlank();
    redraw();
  });
  byId('clear').addEventListener('click', () => pad.clear());

  const examples = byId('examples');
  for (const digit of Object.keys(EXAMPLES)) {
    const button = el('button', { type: 'button', class: 'chip', 'data-digit': digit }, `Draw a ${digit}`);
    button.addEventListener('click', () => {
      pad.clear();
      drawStrokes(canvas, EXAMPLES[digit]);
      blank = false;
      redraw();
    });
    examples.append(button);
  }
  redraw();
  return { engine, source, redraw };
}

// The desk's markup, the same in both chapters: the pad with its buttons, then what the network sees and says.
function buildDesk(host) {
  host.replaceChildren(
    el('div', {},
      el('canvas', { id: 'pad', class: 'pad', width: 280, height: 280, 'aria-label': 'Drawing pad: draw a digit with the mouse, a finger or a pen' }),
      el('div', { class: 'row' }, el('button', { id: 'clear', type: 'button' }, 'Clear')),
      el('div', { class: 'row', id: 'examples', 'aria-label': 'Or let the page draw an example' })),
    el('div', {},
      el('div', { class: 'row' },
        el('canvas', { id: 'preview', class: 'pixelated preview', width: 28, height: 28, 'aria-hidden': 'true' }),
        el('p', { class: 'readout' }, 'Prediction: ', el('output', { id: 'prediction', class: 'big', 'data-testid': 'prediction' }, '–'))),
      el('ol', { id: 'probabilities', class: 'probabilities', 'aria-label': 'Probability of each digit' })));
}

// The pad's brush (white, thick, soft edge), following the points of each stroke.
function drawStrokes(canvas, strokes) {
  const c = canvas.getContext('2d');
  const scale = canvas.width / 280;
  c.save();
  c.strokeStyle = '#fff';
  c.lineWidth = canvas.width * 0.075;
  c.lineCap = 'round';
  c.lineJoin = 'round';
  c.shadowColor = '#fff';
  c.shadowBlur = canvas.width * 0.03;
  for (const stroke of strokes) {
    c.beginPath();
    stroke.forEach(([x, y], i) => (i === 0 ? c.moveTo(x * scale, y * scale) : c.lineTo(x * scale, y * scale)));
    c.stroke();
  }
  c.restore();
}

/** A sentence about where the model came from, for the page. */
export function describeSource(source) {
  if (source === 'saved') return 'This is the network you last trained on the main page, saved in this browser.';
  if (source === 'pretrained') return 'This is the site\'s pretrained 784-16-16-10 network (train your own on the main page and it will show up here).';
  return 'No trained network was found, so this one has random weights: its guesses are noise. Train it below, or on the main page.';
}
