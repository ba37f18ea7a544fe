// Chapter "convolutions": a kernel slid over the reader's drawing by the core's Conv2D (lesson KernelSlide),
// with the multiply-and-add at the focused position; the sizes and parameter counts of one convolution
// (lesson ConvolutionCounts); and the main page's CNN preset, trained by the main page's engine in its worker,
// its feature maps drawn by the main page's feature-map diagram. Every number shown is the core's; the words
// are the page's (texts/en/convolutions.txt), this script only fills in numbers and shows or hides them.

import { byId, el } from '../dom.js';
import { startChapter, fmt } from './core.js';
import { createDrawingDesk } from './drawing.js';
import { loadBundledModel } from '../bundled-models.js';
import { createFeatureMapDiagram, hasFeatureMaps } from '../components/feature-maps.js';
import { paintActivations, weightColour, largestSize } from '../images.js';
import { numberQuestion } from './quiz.js';
import { number } from '../i18n.js';

const DATASET = 'mnist';
const PRESET = 'cnn';              // the main page's preset this chapter trains: its id in the core's table
const PRETRAINED = 'mnist-cnn';    // the site's pretrained copy of it (webapp/models/README.md)
const SEED = 1;
const BORDER = 2;                  // padding cells drawn round the input: "same" adds at most 2 for a 5×5 kernel

startChapter(async java => {
  let image = null;                // the desk's latest input, what the network sees
  let slide = null;                // the kernel widget, once set up
  let diagram = null;              // the CNN's feature maps, once set up
  let lastActivations = null;
  let training = null;             // the CNN's training controls, once set up
  const desk = await createDrawingDesk({
    onDraw: ({ input, activations }) => {
      image = input;
      lastActivations = activations;
      slide?.update();
      if (diagram && activations) diagram.update(activations);
    },
    onEvent: event => training?.onEvent(event),
  });
  const { engine } = desk;
  const [rows, cols] = engine.settings.imageShape(null, DATASET);
  let source = desk.source;
  if (!hasFeatureMaps(engine.model())) {
    source = (await loadBundledModel(engine, PRETRAINED)) ? 'random' : 'pretrained';
    if (source === 'random') engine.reset(cnnSettings(engine, 1));   // its weights arrive as a 'model' event
    desk.redraw();
  }
  showSizes(java);
  askSizes(java);
  slide = createSlide(java, engine, () => image ?? new Float32Array(rows * cols), rows, cols);
  diagram = createFeatureMapDiagram({
    host: byId('cnn-diagram'), engine,
    detail: { title: byId('cnn-detail-title'), canvas: byId('cnn-detail-canvas'),
      caption: byId('cnn-detail-caption'), activation: byId('cnn-detail-activation') },
  });
  const showModel = () => {
    const model = engine.model();
    if (!hasFeatureMaps(model)) return;   // a dense net saved on the main page, until the CNN replaces it
    diagram.setModel({ ...model, classNames: engine.settings.classNames(model, DATASET) });
    if (lastActivations) diagram.update(lastActivations);
    slide.modelChanged();
  };
  training = createTraining(engine, showModel, kind => showOne(byId('cnn-source'), 'source', kind));
  showOne(byId('cnn-source'), 'source', source === null ? 'random' : source);
  byId('cnn-spec').textContent = cnnSettings(engine, 1).architecture;
  showModel();
  desk.redraw();   // the diagram lights up for what is on the desk
});

/** The main page's CNN preset as engine settings, for `epochs` epochs. */
function cnnSettings(engine, epochs) {
  const preset = engine.settings.schema.presets.find(p => p.id === PRESET);
  const optimizer = 'adam';
  return { dataset: DATASET, architecture: preset.architecture, augment: preset.augment, optimizer,
    learningRate: preset.learningRates[optimizer], weightDecay: preset.weightDecay, epochs, seed: SEED };
}

/** Shows the child of `host` whose data-KEY is `value`, hides the others; returns the shown one. */
function showOne(host, key, value) {
  let shown = null;
  for (const child of host.children) {
    child.hidden = child.dataset[key] !== value;
    if (!child.hidden) shown = child;
  }
  return shown;
}

/** Puts numbers into the <output data-value="NAME">s of `host`. */
function fill(host, values) {
  for (const [name, value] of Object.entries(values)) host.querySelector(`[data-value="${name}"]`).textContent = value;
}

// ---- the kernel on the drawing ----

function createSlide(java, engine, currentImage, rows, cols) {
  const kernelChoice = byId('slide-kernel');
  const filterChoice = byId('slide-filter');
  const strideChoice = byId('slide-stride');
  const paddingChoice = byId('slide-padding');
  const bias = byId('slide-bias');
  const mapCanvas = byId('slide-map');
  let focus = { row: 12, col: 12 };
  let mapShape = [1, 1];

  /** The first convolution of the engine's model: its kernels and biases, filter by filter; null if it has none. */
  function learnedFilters() {
    const layers = engine.model().layers;
    const layer = layers.findIndex(l => l.kind === 'conv');
    if (layer !== 0) return null;   // only a convolution on the picture itself has kernels made for it
    const { kernel, outputShape: [filters], inputShape: [channels] } = layers[0];
    return { kernel, filters, size: channels * kernel * kernel, values: engine.kernels(0) };
  }

  function kernel() {
    if (kernelChoice.value !== 'learned') return java.lessonKernel(kernelChoice.value);
    const learned = learnedFilters();
    const filter = Number(filterChoice.value);
    return learned.values.slice(filter * learned.size, (filter + 1) * learned.size);
  }

  function modelChanged() {
    const learned = learnedFilters();
    const learnedOption = kernelChoice.querySelector('option[value="learned"]');
    learnedOption.disabled = !learned;
    if (!learned) {
      if (kernelChoice.value === 'learned') kernelChoice.value = 'vertical';
    } else if (filterChoice.options.length !== learned.filters) {
      const chosen = Math.min(Number(filterChoice.value || 0), learned.filters - 1);
      filterChoice.replaceChildren(...Array.from({ length: learned.filters }, (_, f) => el('option', { value: f }, String(f + 1))));
      filterChoice.value = String(chosen);
    }
    update();
  }

  function update() {
    const learned = kernelChoice.value === 'learned';
    for (const element of document.querySelectorAll('.learned-only')) element.hidden = !learned;
    byId('slide-learned-note').hidden = !learned;
    const weights = kernel();
    const k = Math.round(Math.sqrt(weights.length));
    const stride = Number(strideChoice.value);
    const padding = paddingChoice.value;
    const b = Number(bias.value);
    byId('slide-bias-value').textContent = fmt(b, 2);
    const sizes = JSON.parse(java.lessonConvolutionCounts(cols, 1, k, 1, stride, padding));
    mapShape = sizes.shape.slice(1);
    focus = { row: Math.min(focus.row, mapShape[0] - 1), col: Math.min(focus.col, mapShape[1] - 1) };
    const x = currentImage();
    const result = JSON.parse(java.lessonSlide(x, rows, cols, weights, b, stride, padding, focus.row, focus.col));
    drawInput(byId('slide-input'), x, rows, cols, focus, k, stride, sizes.padding);
    drawMap(mapCanvas, result.map, result.mapShape, focus);
    const poolAt = { row: Math.floor(focus.row / 2), col: Math.floor(focus.col / 2) };
    const pooled = poolAt.row < result.pooledShape[0] && poolAt.col < result.pooledShape[1];
    drawMap(byId('slide-pooled'), result.pooled, result.pooledShape, pooled ? poolAt : null);
    byId('slide-map-size').textContent = result.mapShape.join('×');
    byId('slide-pooled-size').textContent = result.pooledShape.join('×');
    byId('slide-row').textContent = focus.row + 1;
    byId('slide-column').textContent = focus.col + 1;
    showProducts(result, weights, k);
    byId('slide-bias-shown').textContent = fmt(b);
    byId('slide-value').textContent = fmt(result.value);
    byId('slide-pool-readout').hidden = !pooled;
    byId('slide-pool-outside').hidden = pooled;
    if (pooled) {
      const [, width] = result.mapShape;
      const window = [0, 1, 2, 3].map(i => result.rectified[(2 * poolAt.row + (i >> 1)) * width + 2 * poolAt.col + (i & 1)]);
      byId('slide-pool-window').textContent = `max(${window.map(v => fmt(v)).join(', ')})`;
      byId('slide-pool-value').textContent = fmt(result.pooled[poolAt.row * result.pooledShape[1] + poolAt.col]);
    }
  }

  // The k×k grid of products, each cell "pixel × weight" over its product, as CNN Explainer shows them.
  function showProducts(result, weights, k) {
    const largest = largestSize(weights);
    let total = 0;
    const tableRows = [];
    for (let ky = 0; ky < k; ky++) {
      const cells = [];
      for (let kx = 0; kx < k; kx++) {
        const i = ky * k + kx;
        total += result.products[i];
        cells.push(el('td', { class: result.padded[i] ? 'padded' : '' },
          el('span', { class: 'factors' }, `${fmt(result.patch[i], 2)} × `,
            // A weight's colour says its sign and size, as in the kernel pictures; a zero stays in the text's colour.
            el('span', { style: weights[i] ? `color: rgb(${weightColour(weights[i] / largest).join(',')})` : null }, fmt(weights[i], 2))),
          el('span', { class: 'product' }, fmt(result.products[i]))));
      }
      tableRows.push(el('tr', {}, ...cells));
    }
    byId('slide-products').replaceChildren(...tableRows);
    byId('slide-total').textContent = fmt(total);
  }

  // Pointer (mouse, pen, finger) on the map chooses the position; so do the arrow keys when it has the focus.
  const choose = event => {
    const box = mapCanvas.getBoundingClientRect();
    const col = Math.floor((event.clientX - box.left) / box.width * mapShape[1]);
    const row = Math.floor((event.clientY - box.top) / box.height * mapShape[0]);
    if (row < 0 || col < 0 || row >= mapShape[0] || col >= mapShape[1]) return;
    focus = { row, col };
    update();
  };
  mapCanvas.addEventListener('pointermove', event => { if (event.pointerType === 'mouse' || event.buttons) choose(event); });
  mapCanvas.addEventListener('pointerdown', choose);
  const STEPS = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  mapCanvas.addEventListener('keydown', event => {
    const step = STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    focus = { row: Math.max(0, Math.min(mapShape[0] - 1, focus.row + step[0])),
      col: Math.max(0, Math.min(mapShape[1] - 1, focus.col + step[1])) };
    update();
  });
  for (const control of [kernelChoice, filterChoice, strideChoice, paddingChoice]) control.addEventListener('change', update);
  bias.addEventListener('input', update);
  modelChanged();
  return { update, modelChanged };
}

/**
 * The picture, the zeros "same" padding adds round it as a dotted border, and the window of the focused
 * position outlined; `padding` = [above, left, below, right].
 */
function drawInput(canvas, x, rows, cols, focus, k, stride, [above, left, below, right]) {
  const cell = canvas.width / (cols + 2 * BORDER);
  const c = canvas.getContext('2d');
  c.fillStyle = '#0d1117';
  c.fillRect(0, 0, canvas.width, canvas.height);
  for (let y = 0; y < rows; y++) {
    for (let xx = 0; xx < cols; xx++) {
      const v = Math.round(255 * Math.max(0, Math.min(1, x[y * cols + xx])));
      c.fillStyle = `rgb(${v},${v},${v})`;
      c.fillRect((BORDER + xx) * cell, (BORDER + y) * cell, cell, cell);
    }
  }
  if (above + left + below + right > 0) {   // the zeros "same" adds
    c.setLineDash([3, 3]);
    c.strokeStyle = '#8b949e';
    c.strokeRect((BORDER - left) * cell, (BORDER - above) * cell, (cols + left + right) * cell, (rows + above + below) * cell);
    c.setLineDash([]);
  }
  c.lineWidth = 2;
  c.strokeStyle = '#58a6ff';
  c.strokeRect((BORDER + focus.col * stride - left) * cell, (BORDER + focus.row * stride - above) * cell, k * cell, k * cell);
}

/** A map scaled up to the canvas, cell by cell, with the focused cell outlined. */
function drawMap(canvas, values, [height, width], focus) {
  const small = el('canvas');
  paintActivations(small, values, width, height, largestSize(values));
  const c = canvas.getContext('2d');
  c.imageSmoothingEnabled = false;
  c.clearRect(0, 0, canvas.width, canvas.height);
  c.drawImage(small, 0, 0, canvas.width, canvas.height);
  if (!focus) return;
  c.lineWidth = 2;
  c.strokeStyle = '#58a6ff';
  c.strokeRect(focus.col * canvas.width / width, focus.row * canvas.height / height, canvas.width / width, canvas.height / height);
}

// ---- sizes and parameters of one convolution ----

function showSizes(java) {
  const fields = ['side', 'channels', 'kernel', 'filters', 'stride'].map(name => byId(`size-${name}`));
  const padding = byId('size-padding');
  const update = () => {
    const [n, c, k, f, s] = fields.map(field => Number(field.value));
    const bad = fields.find(field => !field.checkValidity() || field.value === '');
    const result = bad ? { error: bad.validationMessage || `${bad.min}–${bad.max}` }
      : JSON.parse(java.lessonConvolutionCounts(n, c, k, f, s, padding.value));
    byId('size-error').textContent = result.error ?? '';
    byId('size-results').hidden = Boolean(result.error);
    for (const field of fields) field.toggleAttribute('aria-invalid', field === bad);
    if (result.error) return;
    const [, out] = result.shape;
    // A <math> element has no hidden property (it is no HTMLElement): the attribute itself.
    byId('size-formula-valid').toggleAttribute('hidden', padding.value !== 'valid');
    byId('size-formula-same').toggleAttribute('hidden', padding.value !== 'same');
    const put = (name, value) => document.querySelectorAll(`.size-${name}`).forEach(node => { node.textContent = value; });
    put('n', n);
    put('k', k);
    put('s', s);
    put('out', out);
    byId('size-shape').textContent = result.shape.join(' × ');
    const [before, , after] = result.padding;
    byId('size-zeros-before').textContent = before;
    byId('size-zeros-after').textContent = after;
        byId('size-conv-formula').textContent = `${f} · (${c}·${k}·${k}) + ${f}`;
    byId('size-dense-formula').textContent = `(${c}·${n}·${n}) · (${f}·${out}·${out}) + ${f}·${out}·${out}`;
    byId('size-conv').textContent = number(result.conv);
    byId('size-dense').textContent = number(result.dense);
    byId('size-ratio').textContent = number(Math.round(result.dense / result.conv));
  };
  for (const field of fields) field.addEventListener('input', update);
  padding.addEventListener('change', update);
  update();
}

/** Questions 1 and 3: a map's side, and a second convolution's parameters, from the core for the numbers they show. */
function askSizes(java) {
  const [n, k, s] = [28, 3, 2];
  const [, out] = JSON.parse(java.lessonConvolutionCounts(n, 1, k, 1, s, 'valid')).shape;
  numberQuestion('quiz-convolutions-1', { answer: out, values: { n, k, s, out } });
  // The CNN preset's second convolution: 32 filters of 5×5 on the 16 maps of 12×12 the first pool gives.
  const [channels, side, kernel, filters] = [16, 12, 5, 32];
  const count = JSON.parse(java.lessonConvolutionCounts(side, channels, kernel, filters, 1, 'valid')).conv;
  numberQuestion('quiz-convolutions-3', {
    answer: count,
    values: { channels, filters, k: kernel, working: `${filters} · (${channels}·${kernel}·${kernel}) + ${filters}`,
      count: number(count) },
  });
}

// ---- the CNN trained here ----

function createTraining(engine, showModel, showSource) {
  const trainButton = byId('cnn-train');
  const pause = byId('cnn-pause');
  const status = byId('cnn-status');
  const table = byId('cnn-table');
  let epochs = 1;
  let running = false;

  const state = (name, values = {}) => fill(showOne(status, 'state', name), values);
  const finish = () => {
    running = false;
    trainButton.disabled = false;
    pause.disabled = true;
    pause.setAttribute('aria-pressed', 'false');
  };

  trainButton.addEventListener('click', async () => {
    epochs = Number(byId('cnn-epochs').value);
    const settings = cnnSettings(engine, epochs);
    trainButton.disabled = true;
    try {
      // The data first: a failed download leaves the network shown as it was, and Train tries again.
      await engine.loadDataset(settings.dataset);
      engine.reset(settings);   // from random weights, so that the filters visibly learn
      showSource('trained');
      table.hidden = true;
      table.querySelectorAll('tr:not(:first-child)').forEach(row => row.remove());
      running = true;
      pause.disabled = false;
      await engine.train(settings);
    } catch (error) {
      state('error', { message: error.message });
      finish();
    }
  });
  pause.addEventListener('click', () => {
    const pausing = pause.getAttribute('aria-pressed') !== 'true';
    if (pausing) engine.pause();
    else engine.resume();
    pause.setAttribute('aria-pressed', String(pausing));
  });

  function onEvent(event) {
    switch (event.type) {
      case 'model':
        showModel();
        break;
      case 'dataProgress':
        state('loading', { percent: Math.round(100 * event.loaded / Math.max(1, event.total)) });
        break;
      case 'batch':
        state('training', { epoch: event.epoch, epochs, batch: event.batch, batches: event.batchesPerEpoch,
          loss: fmt(event.loss), speed: number(Math.round(event.samplesPerSecond)) });
        break;
      case 'evaluating':
        state('testing');
        break;
      case 'evaluation':
        table.hidden = false;
        table.append(el('tr', {}, el('td', {}, String(event.epoch)), el('td', {}, `${fmt(100 * event.trainAccuracy, 2)}%`),
          el('td', { 'data-testid': 'cnn-test-accuracy' }, `${fmt(100 * event.testAccuracy, 2)}%`)));
        state('done', { accuracy: fmt(100 * event.testAccuracy, 2) });
        break;
      case 'state':
        if (event.state === 'paused' && running) state('paused');
        if (event.state === 'done') finish();
        break;
      case 'error':
      case 'diverged':
        state('error', { message: event.message ?? '' });
        finish();
        break;
      default:
        break;
    }
  }
  return { onEvent };
}
