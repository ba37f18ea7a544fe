// The layer diagram of a convolutional network, after CNN Explainer: the input image on the left, each
// convolution and pool as a column of its feature maps (one small image per channel, lit by the current
// drawing), then the dense layers as columns of neurons and the outputs with their class names. Choosing
// a map (hover, tap or keyboard) shows its kernels, the map enlarged and where it responds most.
//
// Plain HTML: one canvas per map, painted at the map's own resolution and scaled up by CSS. A conv net's
// maps are a few thousand numbers, cheap to repaint at the pace live-prediction.js sets while drawing.
// Dropout draws nothing: at prediction it passes every number through unchanged.

import { el } from '../dom.js';
import { t, number, sentences } from '../i18n.js';
import { paintGrey, paintWeights, paintActivations, activationColour, gridFor, largestSize } from '../images.js';
import { shownIndices, activationScale, createChoice, readingText } from './diagram-parts.js';

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
    'aria-label': t('maps.label'),
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
    const parts = [el('div', { class: 'fmap-layer' }, head(t('diagram.input'), t('maps.inputPixels', { rows, cols })), inputCanvas)];
    const counts = {};
    columns = [];
    model.layers.forEach((layer, index) => {
      if (layer.kind === 'dropout') return;
      const isOutput = index === model.layers.length - 1;
      counts[layer.kind] = (counts[layer.kind] ?? 0) + 1;
      const title = isOutput ? t('diagram.output') : t(`maps.${layer.kind}`, { number: counts[layer.kind] });
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
            'aria-label': isOutput ? t('diagram.outputNamed', { name }) : t('maps.neuron', { layer: title, neuron: neuron + 1, size: channels }),
          }, el('span', { class: 'dot' }));
          if (isOutput) element.append(el('span', { class: 'fmap-label' }, name));
          column.items.push({ index: neuron, element });
          body.append(element);
        }
        if (column.items.length < channels) body.append(el('span', { class: 'fmap-note' }, t('maps.more', { count: channels - column.items.length })));
      } else {
        body = el('div', { class: 'fmap-grid' });
        body.style.setProperty('--rows', Math.min(channels, MAP_ROWS));
        for (let map = 0; map < channels; map++) {
          const element = el('canvas', {
            class: 'fmap', width, height, role: 'button', tabindex: -1,
            'aria-label': t('maps.map', { layer: title, map: map + 1, maps: channels }),
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
      detail.title.textContent = t('maps.map', { layer: column.title, map: index + 1, maps: channels });
      detail.caption.textContent = t('maps.pooling', { kernel: layer.kernel, map: index + 1, from,
        inHeight, inWidth, height, width });
    } else {
      const weights = engine.incomingWeights(column.dense, index);
      const grid = gridFor(weights.length);
      paintWeights(detail.canvas, weights, grid.width, grid.height);
      const size = layer.outputShape[0];
      const [inChannels, inHeight, inWidth] = layer.inputShape;
      detail.title.textContent = column.isOutput ? t('diagram.outputQuoted', { name: model.classNames[index] ?? index })
        : t('maps.neuron', { layer: column.title, neuron: index + 1, size });
      detail.caption.textContent = inHeight > 1
        ? t('maps.denseOnMaps', { weights: number(weights.length), maps: inChannels, from, inHeight, inWidth })
        : t('maps.denseOnNeurons', { weights: number(weights.length), from });
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
    kernelCaption.textContent = inChannels === 1 ? t('maps.kernel', { k })
      : t('maps.kernels', { kernels: inChannels, k, from });
    detail.title.textContent = t('maps.map', { layer: column.title, map: filter + 1, maps: filters });
    const activation = layer.activation === 'relu' ? t('maps.reluKeeps')
      : layer.activation ? t('maps.squashes', { activation: layer.activation }) : '';
    detail.caption.textContent = sentences(
      t(inChannels === 1 ? 'maps.slidesKernel' : 'maps.slidesKernels', { from, bias: number(bias, { minimumFractionDigits: 3, maximumFractionDigits: 3 }) }),
      layer.stride > 1 ? t('maps.stride', { stride: layer.stride }) : '', activation);
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
      detail.activation.textContent = readingText(values[index], column.isOutput);
      return;
    }
    const [, height, width] = layer.outputShape;
    const map = values.subarray(index * height * width, (index + 1) * height * width);
    paintActivations(detail.canvas, map, width, height, largestSize(values));
    let strongest = 0;
    for (let i = 1; i < map.length; i++) if (map[i] > map[strongest]) strongest = i;
    const [y, x] = [Math.floor(strongest / width), strongest % width];
    detail.activation.textContent = map[strongest] > 0
      ? t('maps.strongest', { value: number(map[strongest], { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
        row: y + 1, rows: height, column: x + 1, columns: width })
      : t('maps.dark');
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
      patchCaption.textContent = t('maps.patch', { k });
    }
  }

  /** What layer `index` reads, in words: the input image, or the layer drawn before it. */
  function inputName(index) {
    const before = columns.filter(column => column.layer < index);
    return before.length ? before[before.length - 1].title : t('maps.theImage');
  }

  function destroy() {
    resized.disconnect();
    extras.remove();
  }

  return { setModel, update, destroy };
}

/** A column's title over its note, a line each ("Conv 1", then "16 maps", "24×24 relu"). */
function head(title, ...notes) {
  return el('div', { class: 'fmap-head' }, el('span', { class: 'fmap-title' }, title),
    ...notes.map(note => el('span', { class: 'fmap-note' }, note)));
}

/** The lines under a column's title: ["16 maps", "24×24 relu"], ["128 relu"], ["10 classes"]. */
function layerNotes(layer, isOutput) {
  const [channels, height, width] = layer.outputShape;
  const activation = layer.activation && !isOutput ? ` ${layer.activation}` : '';
  if (isOutput) return [t('maps.classes', { count: channels })];
  if (layer.kind === 'dense') return [`${channels}${activation}`];
  return [t('maps.maps', { count: channels }), `${height}×${width}${activation}`];
}

/** What must stay the same for the picture to be kept: the layers' kinds, shapes and the class names. */
function shapeKey(model) {
  return JSON.stringify([model.layers.map(layer => [layer.kind, layer.outputShape, layer.activation]), model.classNames]);
}
