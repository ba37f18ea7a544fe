// The layer diagram, after 3Blue1Brown's 784-16-16-10 picture: the input image on the left, a column
// of circles per layer shaded by activation, the output classes on the right, and the strongest
// connections coloured by the sign of their weight (blue +, red -) and brightened by the signal
// flowing through them. Choosing a neuron (hover, tap or keyboard) shows what it responds to.
//
// The connections are painted on a canvas under the SVG rather than as SVG lines: their brightness
// changes with every stroke on the pad, and repainting a few hundred SVG lines each frame was what
// made drawing stutter on slow machines (a canvas of lines costs a fraction of that).

import { svg } from '../dom.js';
import { paintGrey, paintWeights, gridFor, weightColour, activationColour } from '../images.js';
import { shownIndices, activationScale, createChoice, readingText } from './diagram-parts.js';
import { t, number } from '../i18n.js';

const HEIGHT = 580;
const MIN_WIDTH = 560;           // narrower hosts scale the picture down rather than squeeze it
const MAX_WIDTH = 1000;
const INPUT_X = 12;
const TOP = 64;                  // room for the column titles
const BOTTOM = HEIGHT - 56;      // room for "+N more"
const LINES_FROM_INPUT = 8;      // strongest pixel weights drawn into each shown first-layer neuron
const LINES_PER_NEURON = 6;      // strongest weights from the shown neurons of the previous layer

/**
 * `host` receives the SVG; `detail` = { title, canvas, caption, activation } shows the chosen neuron.
 * Call setModel() when the architecture or weights change, update(activations) after each predict,
 * destroy() before another diagram takes the host. setModel takes engine.model() with `classNames` and
 * `image`, the [rows, cols, channels] of its input.
 */
export function createNeuronDiagram({ host, detail, engine }) {
  const root = svg('svg', {
    class: 'diagram', role: 'group',
    'aria-label': t('diagram.label'),
  });
  const lineCanvas = document.createElement('canvas');
  lineCanvas.className = 'diagram-lines';
  lineCanvas.setAttribute('aria-hidden', 'true');
  const nodeLayer = svg('g', { class: 'nodes' });
  const inputCanvas = document.createElement('canvas');
  const inputImage = svg('image', { preserveAspectRatio: 'none', class: 'input-image' });
  host.replaceChildren(lineCanvas, root);

  let model = null;
  let columns = [];     // one per layer after the input: { size, nodes: [{ index, x, y, group, circle }] }
  let resultAt = [];    // resultAt[c]: where column c's values sit in the activations (its dense layer's result)
  let lines = [];       // { from (a point), target (a node), column, source, colour, width, strength 0..1, opacity }
  let emphasised = null;  // { column, index } of the neuron whose incoming connections stand out, or null
  let activations = null;
  let box = null;       // the picture's geometry, which follows the width of the host
  // The neuron shown in the detail panel.
  const choice = createChoice(root, () => columns.map(column => column.nodes.map(node => node.group)), showDetail);

  // The picture is drawn in units of about one CSS pixel, so text stays legible at any width.
  const resized = new ResizeObserver(() => {
    if (model && geometry(host.clientWidth, model.image[1]).width !== box.width) {
      buildColumns();
      buildLines();
      choice.mark();
    }
  });
  resized.observe(host);

  /** Rebuilds the picture for `info` = engine.model(); keeps the chosen neuron when it still exists. */
  function setModel(info) {
    const sameShape = model && model.spec === info.spec && model.classNames.join() === info.classNames.join()
      && model.image.join() === info.image.join();
    model = info;
    // The activations hold every computing layer's result, a dropout's too: the columns show the dense ones.
    resultAt = model.layers.flatMap((layer, i) => layer.kind === 'dense' ? [i + 1] : []);
    [inputCanvas.height, inputCanvas.width] = model.image;
    if (!sameShape) {
      activations = null;  // they belong to the old layers; the page predicts again after a new model
      buildColumns();
    }
    buildLines();
    choice.keep();
    showDetail();
  }

  function buildColumns() {
    box = geometry(host.clientWidth, model.image[1]);
    root.setAttribute('viewBox', `0 0 ${box.width} ${HEIGHT}`);
    const { inputSize, inputY } = box;
    const hidden = model.sizes.slice(1, -1);
    const count = hidden.length + 1;
    const names = model.classNames;
    const left = INPUT_X + inputSize + box.width * 0.11;
    const charWidth = box.width <= 600 ? 12.5 : 9.5;  // phones get larger type (style.css)
    const right = box.width - Math.max(60, 24 + charWidth * Math.max(...names.map(name => name.length)));  // labels
    for (const [name, value] of Object.entries({ x: INPUT_X, y: inputY, width: inputSize, height: inputSize })) {
      inputImage.setAttribute(name, value);
    }
    const parts = [
      svg('rect', { x: INPUT_X - 1, y: inputY - 1, width: inputSize + 2, height: inputSize + 2, class: 'input-frame' }),
      inputImage,
      svg('text', { x: INPUT_X + inputSize / 2, y: inputY - 30, class: 'column-title' }, t('diagram.input')),
      svg('text', { x: INPUT_X + inputSize / 2, y: inputY - 12, class: 'column-note' }, t('diagram.pixels', { count: number(model.sizes[0]) })),
    ];
    // Short titles when the columns stand close together (many layers on a narrow screen).
    const gap = count === 1 ? Infinity : (right - left) / (count - 1);
    const terse = gap < (box.width <= 600 ? 130 : 100);
    columns = [];
    for (let c = 0; c < count; c++) {
      const isOutput = c === count - 1;
      const size = model.sizes[c + 1];
      const x = count === 1 ? (left + right) / 2 : left + (c * (right - left)) / (count - 1);
      const shown = shownIndices(size);
      const spacing = Math.min(32, (BOTTOM - TOP) / shown.length);
      const radius = Math.min(12, spacing * 0.38);
      const top = (TOP + BOTTOM) / 2 - (spacing * (shown.length - 1)) / 2;
      const title = isOutput ? t(terse ? 'diagram.outputShort' : 'diagram.output')
        : t(terse ? 'diagram.hiddenShort' : 'diagram.hidden', { layer: c + 1 });
      const note = terse ? String(size) : isOutput ? t('maps.classes', { count: size }) : `${size} · ${model.activation}`;
      parts.push(svg('text', { x, y: 26, class: 'column-title' }, title));
      parts.push(svg('text', { x, y: 48, class: 'column-note' }, note));
      const nodes = shown.map((index, position) => {
        const y = top + position * spacing;
        const label = isOutput ? t('diagram.outputNamed', { name: names[index] ?? index })
          : t('diagram.hiddenNeuron', { layer: c + 1, neuron: index + 1, size });
        const group = svg('g', { class: 'neuron', tabindex: -1, role: 'button', 'aria-label': label });
        const circle = svg('circle', { cx: x, cy: y, r: radius });
        group.append(svg('circle', { cx: x, cy: y, r: Math.max(radius, spacing / 2), class: 'hit' }), circle);
        if (isOutput) group.append(svg('text', { x: x + radius + 8, y: y + 5, class: 'output-label' }, names[index] ?? String(index)));
        group.addEventListener('pointerenter', () => { choice.choose(c, position, false); emphasise(c, index); });
        group.addEventListener('pointerleave', () => emphasise(null));
        group.addEventListener('pointerdown', () => choice.choose(c, position, true));
        group.addEventListener('focus', () => { choice.choose(c, position, false); emphasise(c, index); });
        group.addEventListener('blur', () => emphasise(null));
        parts.push(group);
        return { index, x, y, group, circle };
      });
      if (shown.length < size) {
        const more = size - shown.length;
        const y = BOTTOM + 28 + (terse && c % 2 ? 22 : 0);  // staggered when the columns are close
        parts.push(svg('text', { x, y, class: 'column-note' }, terse ? `+${more}` : t('maps.more', { count: number(more) })));
      }
      columns.push({ size, nodes });
    }
    nodeLayer.replaceChildren(...parts);
    root.replaceChildren(nodeLayer);
    // Canvas pixels at the screen's density, in the picture's units (the canvas is as wide as the SVG).
    const density = Math.max(1, Math.min(2, window.devicePixelRatio || 1) * host.clientWidth / box.width);
    lineCanvas.width = Math.round(box.width * density);
    lineCanvas.height = Math.round(HEIGHT * density);
  }

  /** Finds the strongest incoming connections of every shown neuron, and paints them. */
  function buildLines() {
    lines = [];
    columns.forEach((column, c) => {
      const picked = [];
      for (const node of column.nodes) {
        const weights = engine.incomingWeights(c, node.index);
        const candidates = c === 0
          ? strongest(weights, weights.keys(), LINES_FROM_INPUT)
          : strongest(weights, columns[c - 1].nodes.map(n => n.index), LINES_PER_NEURON);
        for (const source of candidates) picked.push({ node, source, weight: weights[source] });
      }
      const largest = Math.max(1e-12, ...picked.map(l => Math.abs(l.weight)));
      for (const { node, source, weight } of picked) {
        const from = c === 0 ? pixelCentre(box, source) : columns[c - 1].nodes.find(n => n.index === source);
        const strength = Math.abs(weight) / largest;
        lines.push({
          from, target: node, column: c, source, colour: `rgb(${weightColour(weight >= 0 ? 1 : -1).join(',')})`,
          width: 0.5 + 2.5 * strength, strength, opacity: 0.1 + 0.9 * strength,
        });
      }
    });
    if (activations) update(activations);
    else paintLines();
  }

  /** Paints the connections: each as bright as its signal, faded when another neuron's stand out. */
  function paintLines() {
    const context = lineCanvas.getContext('2d');
    context.setTransform(lineCanvas.width / box.width, 0, 0, lineCanvas.height / HEIGHT, 0, 0);
    context.clearRect(0, 0, box.width, HEIGHT);
    context.lineCap = 'round';
    for (const line of lines) {
      const into = emphasised && line.column === emphasised.column && line.target.index === emphasised.index;
      context.globalAlpha = into ? 1 : emphasised ? 0.12 * line.opacity : line.opacity;
      context.strokeStyle = line.colour;
      context.lineWidth = line.width;
      context.beginPath();
      context.moveTo(line.from.x, line.from.y);
      context.lineTo(line.target.x, line.target.y);
      context.stroke();
    }
  }

  /** Shades neurons and connections for the activations of one input (engine.predict().activations). */
  function update(next) {
    activations = next;
    if (!model) return;
    inputImage.setAttribute('href', inputDataUrl(next[0]));
    const levels = columns.map((column, c) => {
      const values = next[resultAt[c]];
      const scale = activationScale(values, c === columns.length - 1);
      const level = new Map();
      for (const node of column.nodes) {
        const v = values[node.index] / scale;
        level.set(node.index, v);
        node.circle.setAttribute('fill', `rgb(${activationColour(v).join(',')})`);
      }
      return level;
    });
    for (const line of lines) {
      const signal = line.column === 0 ? next[0][line.source] : Math.abs(levels[line.column - 1].get(line.source));
      line.opacity = (0.1 + 0.9 * line.strength) * (0.15 + 0.85 * Math.min(1, signal));
    }
    paintLines();
    showActivation();
  }

  /** While a neuron is pointed at or focused, its incoming connections stand out and the rest fade. */
  function emphasise(column, index) {
    emphasised = column === null ? null : { column, index };
    paintLines();
  }

  function showDetail() {
    const chosen = choice.at();
    if (!model || !chosen) return;
    const column = columns[chosen.column];
    const node = column.nodes[chosen.position];
    const isOutput = chosen.column === columns.length - 1;
    const weights = engine.incomingWeights(chosen.column, node.index);
    const [rows, cols] = model.image;
    const grid = chosen.column === 0 ? { width: cols, height: rows } : gridFor(weights.length);
    paintWeights(detail.canvas, weights, grid.width, grid.height);
    detail.title.textContent = isOutput
      ? t('diagram.outputQuoted', { name: model.classNames[node.index] })
      : t('diagram.hiddenNeuron', { layer: chosen.column + 1, neuron: node.index + 1, size: column.size });
    detail.caption.textContent = t(chosen.column === 0 ? 'diagram.weightsOnImage' : 'diagram.weightsOnLayer', { weights: number(weights.length) });
    showActivation();
  }

  function showActivation() {
    const chosen = choice.at();
    if (!model || !chosen || !activations) return;
    const node = columns[chosen.column].nodes[chosen.position];
    const value = activations[resultAt[chosen.column]][node.index];
    const isOutput = chosen.column === columns.length - 1;
    detail.activation.textContent = readingText(value, isOutput);
  }

  function inputDataUrl(pixels) {
    paintGrey(inputCanvas, pixels, inputCanvas.width, inputCanvas.height);
    return inputCanvas.toDataURL();
  }

  return { setModel, update, destroy: () => resized.disconnect() };
}

/**
 * The `count` candidate indices whose weights are largest in size, largest first. One pass that keeps
 * the best few in order: sorting all 784 pixels of every first-layer neuron on each training snapshot
 * was a noticeable part of a slow machine's frame.
 */
function strongest(weights, candidates, count) {
  const best = [];
  for (const index of candidates) {
    const size = Math.abs(weights[index]);
    if (best.length === count && size <= Math.abs(weights[best[count - 1]])) continue;   // not among them
    let at = best.length;
    while (at > 0 && Math.abs(weights[best[at - 1]]) < size) at--;
    best.splice(at, 0, index);
    if (best.length > count) best.pop();
  }
  return best;
}

/**
 * Width of the picture for a host `hostWidth` CSS pixels wide, and the size of the (square) input image of
 * `pixels` pixels a side: about 23% of the width, at most 224, in whole units per pixel so it stays crisp.
 */
function geometry(hostWidth, pixels) {
  const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, 40 * Math.round(hostWidth / 40)));
  const inputSize = pixels * Math.max(1, Math.round(Math.min(224, width * 0.23) / pixels));
  return { width, pixels, inputSize, inputY: (HEIGHT - inputSize) / 2 };
}

function pixelCentre(box, pixel) {
  const cell = box.inputSize / box.pixels;
  const row = Math.floor(pixel / box.pixels);
  return { x: INPUT_X + ((pixel % box.pixels) + 0.5) * cell, y: box.inputY + (row + 0.5) * cell };
}
