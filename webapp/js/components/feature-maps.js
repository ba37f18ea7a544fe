// The layer diagram of a convolutional network, after CNN Explainer: the input image on the left, each
// convolution and pool as a column of its feature maps (one small image per channel, lit by the current
// drawing), then the dense layers as columns of neurons and the outputs with their class names. Choosing
// a map (hover, tap or keyboard) shows its kernels, the map enlarged and where it responds most.
//
// Plain HTML: one canvas per map, painted at the map's own resolution and scaled up by CSS. A conv net's
// maps are a few thousand numbers, cheap to repaint at the pace live-prediction.js sets while drawing.
// Dropout draws nothing: at prediction it passes every number through unchanged.

import { el } from '../dom.js';
import { paintGrey, paintWeights, paintActivations, activationColour, gridFor, largestSize } from '../images.js';
import { shownIndices, activationScale, createChoice } from './diagram-parts.js';

const MAP_ROWS = 16;       // maps per column of a layer's grid: 32 maps stand in two columns of 16
const LARGEST_CELL = 32;   // CSS pixels a side of a map, as large as the host's width allows...
const SMALLEST_CELL = 20;  // ...down to this; below, the layers stack from the top down

/** Whether `model` (engine.model()) has feature maps to draw: a convolution or a pool. */
export function hasFeatureMaps(model) {
  return model.layers.some(layer => layer.kind === 'conv' || layer.kind === 'pool');
}

/**
 * `host` receives the picture; `detail` = { title, canvas, caption, activation } shows the chosen map
 * or neuron; `engine` gives kernels(layer) and incomingWeights(dense, neuron). Same calls as
 * neuron-diagram.js: setModel(engine.model() with classNames), update(activations), destroy().
 */
export function createFeatureMapDiagram({ host, detail, engine }) {
  const root = el('div', {
    class: 'fmap-diagram', role: 'group',
    'aria-label': 'Layer diagram. Use the arrow keys to move between feature maps and neurons.',
  });
  const inputCanvas = el('canvas', { class: 'fmap-input', 'aria-hidden': 'true' });
  // Under the caption: the chosen filter's kernels and, for a filter on the image, the patch it liked most.
  const kernelGrid = el('div', { class: 'kernel-grid' });
  const kernelCaption = el('figcaption');
  const patch = el('canvas', { class: 'kernel-patch', 'aria-hidden': 'true' });
  const patchCaption = el('figcaption');
  const extras = el('div', { class: 'map-detail' },
    el('figure', {}, kernelGrid, kernelCaption), el('figure', {}, patch, patchCaption));
  host.replaceChildren(root);
  detail.caption.after(extras);
  let width = 0;   // the host's, when the maps were last fitted to it
  const resized = new ResizeObserver(() => {
    if (model && host.clientWidth !== width) fit();
  });
  resized.observe(host);

  let model = null;
  let columns = [];     // one per drawn layer: { layer (index into model.layers), kind, title, items: [{ index, element }] }
  let activations = null;
  // The map or neuron shown in the detail panel.
  const choice = createChoice(root, () => columns.map(column => column.items.map(item => item.element)), showDetail);

  function setModel(info) {
    const sameShape = model && shapeKey(model) === shapeKey(info);
    model = info;
    if (!sameShape) {
      activations = null;
      build();
    }
    choice.keep();
    showDetail();
  }

  function build() {
    const [, rows, cols] = model.layers[0].inputShape;
    [inputCanvas.height, inputCanvas.width] = [rows, cols];
    const parts = [el('div', { class: 'fmap-layer' }, head('Input', `${rows}×${cols} pixels`), inputCanvas)];
    const counts = {};
    columns = [];
    model.layers.forEach((layer, index) => {
      if (layer.kind === 'dropout') return;
      const isOutput = index === model.layers.length - 1;
      counts[layer.kind] = (counts[layer.kind] ?? 0) + 1;
      const title = isOutput ? 'Output' : `${KIND_TITLES[layer.kind]} ${counts[layer.kind]}`;
      const column = { layer: index, kind: layer.kind, title, isOutput, items: [] };
      const c = columns.length;
      const [channels, height, width] = layer.outputShape;
      let body;
      if (layer.kind === 'dense') {
        column.dense = model.layers.slice(0, index).filter(l => l.kind === 'dense').length;
        body = el('div', { class: 'fmap-neurons' });
        for (const neuron of shownIndices(channels)) {
          const name = model.classNames[neuron] ?? String(neuron);
          const element = el('span', {
            class: 'fmap-neuron', role: 'button', tabindex: -1,
            'aria-label': isOutput ? `Output ${name}` : `${title}, neuron ${neuron + 1} of ${channels}`,
          }, el('span', { class: 'dot' }));
          if (isOutput) element.append(el('span', { class: 'fmap-label' }, name));
          column.items.push({ index: neuron, element });
          body.append(element);
        }
        if (column.items.length < channels) body.append(el('span', { class: 'fmap-note' }, `+${channels - column.items.length} more`));
      } else {
        body = el('div', { class: 'fmap-grid' });
        body.style.setProperty('--rows', Math.min(channels, MAP_ROWS));
        for (let map = 0; map < channels; map++) {
          const element = el('canvas', {
            class: 'fmap', width, height, role: 'button', tabindex: -1,
            'aria-label': `${title}, feature map ${map + 1} of ${channels}`,
          });
          column.items.push({ index: map, element });
          body.append(element);
        }
      }
      column.items.forEach(({ element }, position) => {
        element.addEventListener('pointerenter', () => choice.choose(c, position, false));
        element.addEventListener('pointerdown', () => choice.choose(c, position, true));
        element.addEventListener('focus', () => choice.choose(c, position, false));
      });
      columns.push(column);
      parts.push(el('div', { class: `fmap-layer ${layer.kind}` }, head(title, ...layerNotes(layer, isOutput)), body));
    });
    root.replaceChildren(...parts);
    fit();
  }

  /**
   * The largest maps with which every layer fits side by side in the host's width, tried size by size (the
   * titles and the neurons take what they take). When not even the smallest fit (a phone, a narrow blog
   * column), the layers are stacked instead, a row each, their maps wrapping (style.css, .stacked).
   */
  function fit() {
    width = host.clientWidth;
    root.classList.remove('stacked');
    const gap = parseFloat(getComputedStyle(root).columnGap) || 0;
    for (let cell = LARGEST_CELL; cell >= SMALLEST_CELL; cell -= 2) {
      root.style.setProperty('--fit-cell', `${cell}px`);
      let needed = gap * (root.children.length - 1) + 12;   // 12: the padding on both sides
      for (const child of root.children) needed += child.offsetWidth;
      if (needed <= width) return;
    }
    root.classList.add('stacked');
  }

  /** Lights every map and neuron for the activations of one input (engine.predict().activations). */
  function update(next) {
    activations = next;
    if (!model) return;
    const [, rows, cols] = model.layers[0].inputShape;
    paintGrey(inputCanvas, next[0], cols, rows);
    for (const column of columns) {
      const values = next[column.layer + 1];
      if (column.kind === 'dense') {
        const scale = activationScale(values, column.isOutput);
        for (const { index, element } of column.items) {
          element.firstChild.style.background = `rgb(${activationColour(values[index] / scale).join(',')})`;
        }
      } else {
        const [, height, width] = model.layers[column.layer].outputShape;
        const scale = largestSize(values);   // one scale for the whole layer, so that its maps compare
        for (const { index, element } of column.items) {
          paintActivations(element, values.subarray(index * height * width, (index + 1) * height * width), width, height, scale);
        }
      }
    }
    showReading();
  }

  /** What the chosen map or neuron is and looks for: it changes with the weights, not with the drawing. */
  function showDetail() {
    const chosen = choice.at();
    if (!model || !chosen) return;
    const column = columns[chosen.column];
    const { index } = column.items[chosen.position];
    const layer = model.layers[column.layer];
    const from = inputName(column.layer);
    extras.hidden = column.kind !== 'conv';
    if (column.kind === 'conv') {
      showKernels(column, index, from);
    } else if (column.kind === 'pool') {
      const [channels, height, width] = layer.outputShape;
      const [, inHeight, inWidth] = layer.inputShape;
      detail.title.textContent = `${column.title}, feature map ${index + 1} of ${channels}`;
      detail.caption.textContent = `Max pooling: each pixel is the largest value in a ${layer.kernel}×${layer.kernel} ` +
        `window of map ${index + 1} of ${from}, so the map shrinks from ${inHeight}×${inWidth} to ${height}×${width} ` +
        'and keeps where the feature was found, give or take a pixel.';
    } else {
      const weights = engine.incomingWeights(column.dense, index);
      const grid = gridFor(weights.length);
      paintWeights(detail.canvas, weights, grid.width, grid.height);
      const size = layer.outputShape[0];
      const [inChannels, inHeight, inWidth] = layer.inputShape;
      detail.title.textContent = column.isOutput ? `Output “${model.classNames[index] ?? index}”`
        : `${column.title}, neuron ${index + 1} of ${size}`;
      detail.caption.textContent = inHeight > 1
        ? `Its ${weights.length} incoming weights, one square per number of the ${inChannels} maps of ${from} ` +
          `(${inHeight}×${inWidth} each, map after map, row by row): blue excites, red inhibits.`
        : `Its ${weights.length} incoming weights, one square per neuron of ${from} (left to right, top to ` +
          'bottom): blue excites, red inhibits.';
    }
    showReading();
  }

  function showKernels(column, filter, from) {
    const layer = model.layers[column.layer];
    const [filters] = layer.outputShape;
    const [inChannels] = layer.inputShape;
    const k = layer.kernel;
    const size = inChannels * k * k;
    const kernels = engine.kernels(column.layer);   // filter after filter, then one bias each
    const weights = kernels.subarray(filter * size, (filter + 1) * size);
    const bias = kernels[filters * size + filter];
    const scale = largestSize(weights);   // every channel's kernel on one scale, so they compare
    kernelGrid.classList.toggle('single', inChannels === 1);
    if (kernelGrid.children.length !== inChannels) {
      kernelGrid.replaceChildren(...Array.from({ length: inChannels }, () => el('canvas', { 'aria-hidden': 'true' })));
    }
    [...kernelGrid.children].forEach((canvas, c) => paintWeights(canvas, weights.subarray(c * k * k, (c + 1) * k * k), k, k, scale));
    kernelCaption.textContent = inChannels === 1
      ? `Its ${k}×${k} kernel: blue weights add, red ones subtract.`
      : `Its ${inChannels} kernels of ${k}×${k}, one for each map of ${from}, on one scale: blue adds, red subtracts.`;
    detail.title.textContent = `${column.title}, feature map ${filter + 1} of ${filters}`;
    const squash = layer.activation === 'relu' ? '; relu then keeps only the positive sums'
      : layer.activation ? `; ${layer.activation} then squashes the sums` : '';
    detail.caption.textContent = `It slides its kernel${inChannels === 1 ? '' : 's'} over ${from}${layer.stride > 1 ? `, ${layer.stride} pixels a step,` : ''} ` +
      `and adds up the products at each place, plus its bias ${bias.toFixed(3)}: a pixel lights up where ` +
      `${from} matches the blue weights and avoids the red ones${squash}.`;
  }

  /** The chosen map enlarged and where it is strongest, for the current drawing. */
  function showReading() {
    const chosen = choice.at();
    if (!model || !chosen || !activations) return;
    const column = columns[chosen.column];
    const { index } = column.items[chosen.position];
    const layer = model.layers[column.layer];
    const values = activations[column.layer + 1];
    if (column.kind === 'dense') {
      detail.activation.textContent = column.isOutput
        ? `Probability for the current drawing: ${(100 * values[index]).toFixed(1)}%`
        : `Activation for the current drawing: ${values[index].toFixed(3)}`;
      return;
    }
    const [, height, width] = layer.outputShape;
    const map = values.subarray(index * height * width, (index + 1) * height * width);
    paintActivations(detail.canvas, map, width, height, largestSize(values));
    let strongest = 0;
    for (let i = 1; i < map.length; i++) if (map[i] > map[strongest]) strongest = i;
    const [y, x] = [Math.floor(strongest / width), strongest % width];
    detail.activation.textContent = map[strongest] > 0
      ? `Strongest for the current drawing: ${map[strongest].toFixed(3)}, at row ${y + 1} of ${height}, column ${x + 1} of ${width}.`
      : 'Dark for the current drawing: what it looks for is nowhere in it.';
    // A filter on the image itself: the patch of the drawing it responds to most.
    const onImage = column.kind === 'conv' && column.layer === 0 && map[strongest] > 0;
    patch.parentElement.hidden = !onImage;
    if (onImage) {
      const [, rows, cols] = layer.inputShape;
      const k = layer.kernel;
      const top = y * layer.stride - layer.padding[0];
      const left = x * layer.stride - layer.padding[1];
      const pixels = Array.from({ length: k * k }, (_, i) => {
        const [r, c] = [top + Math.floor(i / k), left + (i % k)];
        return r >= 0 && r < rows && c >= 0 && c < cols ? activations[0][r * cols + c] : 0;
      });
      paintGrey(patch, pixels, k, k);
      patchCaption.textContent = `The ${k}×${k} patch of the drawing where it responds most.`;
    }
  }

  /** What layer `index` reads, in words: the input image, or the layer drawn before it. */
  function inputName(index) {
    const before = columns.filter(column => column.layer < index);
    return before.length ? before[before.length - 1].title : 'the image';
  }

  function destroy() {
    resized.disconnect();
    extras.remove();
  }

  return { setModel, update, destroy };
}

const KIND_TITLES = { conv: 'Conv', pool: 'Pool', dense: 'Dense' };

/** A column's title over its note, a line each ("Conv 1", then "16 maps", "24×24 relu"). */
function head(title, ...notes) {
  return el('div', { class: 'fmap-head' }, el('span', { class: 'fmap-title' }, title),
    ...notes.map(note => el('span', { class: 'fmap-note' }, note)));
}

/** The lines under a column's title: ["16 maps", "24×24 relu"], ["128 relu"], ["10 classes"]. */
function layerNotes(layer, isOutput) {
  const [channels, height, width] = layer.outputShape;
  const activation = layer.activation && !isOutput ? ` ${layer.activation}` : '';
  if (isOutput) return [`${channels} classes`];
  if (layer.kind === 'dense') return [`${channels}${activation}`];
  return [`${channels} maps`, `${height}×${width}${activation}`];
}

/** What must stay the same for the picture to be kept: the layers' kinds, shapes and the class names. */
function shapeKey(model) {
  return JSON.stringify([model.layers.map(layer => [layer.kind, layer.outputShape, layer.activation]), model.classNames]);
}
