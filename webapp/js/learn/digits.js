// Chapter 5: the digit network on the learner's drawing, its first-layer weights as 28x28 pictures,
// and an epoch of training (in the engine's worker) that redraws them as they change. The pictures need a
// first layer of neurons with one weight per pixel: a conv net saved on the main page makes way for the
// site's pretrained one, and the page says so.

import { byId, el } from '../dom.js';
import { paintWeights } from '../images.js';
import { startChapter, fmt } from './core.js';
import { createDrawingDesk, describeSource } from './drawing.js';
import { addEmbedButton } from '../components/embed-button.js';
import { loadBundledModel } from '../bundled-models.js';
import { words } from './words.js';

const SETTINGS = { dataset: 'mnist', hidden: [16, 16], activation: 'sigmoid', optimizer: 'sgd',
  learningRate: 0.1, batchSize: 32, epochs: 1, seed: 1 };

startChapter(async () => {
  let neurons = [];
  let lastActivations = null;
  const progress = byId('digits-progress');
  let desk = null;

  desk = await createDrawingDesk({
    onDraw: ({ activations }) => { lastActivations = activations; showFiring(); },
    onEvent: event => {
      if (event.type === 'model' && desk) {
        drawWeights();
        desk.redraw();
      } else if (event.type === 'dataProgress') {
        progress.textContent = words('weights-words-loading', { percent: Math.round(100 * event.loaded / Math.max(1, event.total)) });
      } else if (event.type === 'batch') {
        progress.textContent = words('weights-words-training', { batch: event.batch, batches: event.batchesPerEpoch, loss: fmt(event.loss) });
      } else if (event.type === 'evaluation') {
        progress.textContent = words('weights-words-done', { accuracy: fmt(100 * event.testAccuracy, 1) });
      } else if (event.type === 'error' || event.type === 'diverged') {
        progress.textContent = event.message;
      }
    },
  });
  const { engine } = desk;
  let { source } = desk;
  if (!firstLayerIsPictures(engine.model())) {
    const problem = await loadBundledModel(engine, SETTINGS.dataset);
    if (problem) {
      console.info(`The pretrained model could not be loaded (${problem}): random weights instead.`);
      source = null;
      engine.reset(SETTINGS);   // the weights arrive as a 'model' event, which draws them
    } else {
      source = 'pretrained';
      byId('model-fallback').hidden = false;
      desk.redraw();
    }
  }
  byId('model-source').textContent = describeSource(source, engine.model());
  addEmbedButton(byId('digits-widget'), () => ({
    widget: 'pad', params: { dataset: 'mnist' },
    note: words('digits-words-embed'),
  }));

  function drawWeights() {
    const model = engine.model();
    if (!firstLayerIsPictures(model)) return;   // a conv net, until the pretrained model or new weights arrive
    const count = model.sizes[1];
    // One weight per pixel: the picture has the images' rows and columns (random weights have no dataset yet: the chapter's).
    const [rows, cols] = (model.dataset ? model : engine.settings.datasets[SETTINGS.dataset]).inputShape;
    if (neurons.length !== count || neurons[0].canvas.width !== cols || neurons[0].canvas.height !== rows) {
      neurons = Array.from({ length: count }, (_, j) => ({
        canvas: el('canvas', { width: cols, height: rows, class: 'pixelated', role: 'img', 'aria-label': words('weights-words-label', { number: j + 1 }) }),
        value: el('span', { class: 'small' }, '–'),
      }));
      // A network of another width or input replaces the old pictures rather than adding to them.
      byId('weight-grid').replaceChildren(...neurons.map(n => el('figure', {}, n.canvas, el('figcaption', {}, n.value))));
    }
    neurons.forEach((n, j) => paintWeights(n.canvas, engine.incomingWeights(0, j), cols, rows));
    showFiring();
  }

  function showFiring() {
    neurons.forEach((n, j) => {
      const a = lastActivations ? lastActivations[1][j] : null;
      n.value.textContent = a === null ? '–' : a.toFixed(2);
      n.canvas.style.outline = a === null ? '' : `3px solid rgba(63, 185, 80, ${a.toFixed(2)})`;
    });
  }

  drawWeights();
  byId('digits-train').addEventListener('click', async () => {
    progress.textContent = words('weights-words-starting');
    try {
      // The data first: a failed download leaves the network shown as it was.
      await engine.loadDataset(SETTINGS.dataset);
      // A model that learnt clothes (on the main page) is no start for digits: new random weights first.
      const { dataset } = engine.model();
      if (dataset && dataset !== SETTINGS.dataset) engine.reset(SETTINGS);
      await engine.train(SETTINGS);
    } catch (error) {
      progress.textContent = words('weights-words-failed', { problem: error.message });
    }
  });
});

/** Whether `model`'s first layer is neurons with one weight per pixel, which this chapter draws as pictures. */
function firstLayerIsPictures(model) {
  return model.layers[0].kind === 'dense';
}
