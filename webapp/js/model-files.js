// Where the page's model comes from and goes to: the copy saved in this browser, the pretrained
// model the site ships, and .snn files the visitor exports or imports.

import { loadModel, saveModel } from './storage.js';
import { loadBundledModel } from './bundled-models.js';
import { t } from './i18n.js';

/**
 * Loads the model saved in this browser (the visitor's own, trained or imported here), if there is one.
 * Returns { loaded, accuracy, problems: [text] }: `accuracy` its test accuracy (null when never evaluated).
 */
export async function loadSavedModel(engine) {
  const problems = [];
  try {
    const saved = await loadModel();
    if (saved) {
      const result = engine.loadModelBytes(saved.bytes);
      if (result.ok) return { loaded: true, accuracy: saved.accuracy, problems };
      problems.push(t('files.savedFailed', { problem: result.error }));
    }
  } catch (error) {
    problems.push(t('files.storageUnavailable', { problem: error?.message ?? error }));
  }
  return { loaded: false, accuracy: null, problems };
}

/**
 * Loads the first model that works: the one saved in this browser, else models/<dataset>.snn.
 * Returns { source: 'saved' | 'pretrained', problems: [text] } or { source: null, problems } when neither
 * loaded (the caller then starts from random weights).
 */
export async function loadStartingModel(engine, dataset) {
  const { loaded, problems } = await loadSavedModel(engine);
  if (loaded) return { source: 'saved', problems };
  const problem = await loadBundledModel(engine, dataset);
  if (!problem) return { source: 'pretrained', problems };
  problems.push(t('main.pretrainedFailedRandom', { file: `models/${dataset}.snn`, problem }));
  return { source: null, problems };
}

/**
 * Saves a model file in this browser with its test accuracy (null: not evaluated); resolves to an error
 * message or null.
 */
export async function persist(bytes, accuracy) {
  try {
    await saveModel(bytes, accuracy);
    return null;
  } catch (error) {
    return t('files.saveFailed', { problem: error?.message ?? error });
  }
}

/** Offers the current model as a download named after its architecture. */
export function downloadModel(engine) {
  const model = engine.model();
  const shape = model.layers.some(layer => layer.kind === 'conv') ? `cnn-${model.parameters}` : `${model.sizes.join('-')}-${model.activation}`;
  const name = `scratchnet-${model.dataset ?? 'model'}-${shape}.snn`;
  const url = URL.createObjectURL(new Blob([engine.exportModel()], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Loads a chosen .snn file; resolves to the engine's { ok, model } or { ok: false, error }. */
export async function importModel(engine, file) {
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, error: t('files.unreadable', { problem: error?.message ?? error }) };
  }
  return engine.loadModelBytes(bytes);
}
