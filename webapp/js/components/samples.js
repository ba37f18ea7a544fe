// Real test images for the drawing pad: a visitor without a mouse, a finger or a pen (a keyboard, a
// screen reader) loads one onto the pad, and anyone can draw over it. The build writes a few dozen per
// dataset (net.scratchnet.tools.SampleImages), so none of this needs the dataset's 11 MB download.

import { t } from '../i18n.js';

const DATA = new URL('../../data/', import.meta.url);

/**
 * `datasets`: the core's datasets by id (settings.js). next(id) resolves to the next sample of that
 * dataset, { label, pixels (0..1, row by row), rows, cols }, walking through the classes in turn;
 * all(id) to every sample at once as the core takes them, { labels, pixels } (Int8Arrays of the
 * labels and of the 0..255 pixels, image after image, row by row), for the course's widgets.
 */
export function createSamples(datasets) {
  const files = new Map();   // dataset id -> promise of the parsed samples file
  const shown = new Map();   // dataset id -> how many of its samples were shown

  function load(id) {
    if (!files.has(id)) {
      const { folder, samples } = datasets[id];
      const url = new URL(`${folder}/${samples}`, DATA);
      const file = fetch(url).then(response => {
        if (!response.ok) throw new Error(t('files.downloadFailed', { file: url.pathname, problem: `HTTP ${response.status}` }));
        return response.json();
      }).then(({ rows, cols, labels, pixels }) => ({ rows, cols, labels, bytes: atob(pixels) }));
      file.catch(() => files.delete(id));   // a later press tries again
      files.set(id, file);
    }
    return files.get(id);
  }

  async function next(id) {
    const { rows, cols, labels, bytes } = await load(id);
    const k = (shown.get(id) ?? 0) % labels.length;
    shown.set(id, k + 1);
    const size = rows * cols;
    const pixels = new Float32Array(size);
    for (let i = 0; i < size; i++) pixels[i] = bytes.charCodeAt(k * size + i) / 255;
    return { label: labels[k], pixels, rows, cols };
  }

  async function all(id) {
    const { labels, bytes } = await load(id);
    const pixels = new Int8Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) pixels[i] = bytes.charCodeAt(i);   // 128..255 wrap to negative bytes, as Java reads them
    return { labels: Int8Array.from(labels), pixels };
  }

  return { next, all };
}
