// Keeps the visitor's model and training run in IndexedDB so a reload loses nothing. IndexedDB (not
// localStorage) because a model of a few hundred thousand weights is megabytes, and a run (weights,
// the optimiser's moments, the checkpoint, the order of 60,000 examples) up to 4 MB for 784-256-128-10
// with Adam: beyond localStorage's 5 MB of text, and IndexedDB stores the bytes as they are.
//
// Two records: 'current', the model the page starts with next time ({ bytes, accuracy }), and 'run',
// the training run to resume ({ bytes, view }, see main.js).

import { t } from './i18n.js';

const DB_NAME = 'scratchnet';
const STORE = 'models';
const MODEL = 'current';
const RUN = 'run';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      // Another tab (or a test) that deletes or upgrades the database must not wait for this one.
      request.result.onversionchange = () => request.result.close();
      resolve(request.result);
    };
    request.onerror = () => reject(request.error);
  });
}

function run(mode, action) {
  return open().then(db => new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = action(transaction.objectStore(STORE));
    transaction.oncomplete = () => { db.close(); resolve(request.result); };
    transaction.onerror = () => { db.close(); reject(transaction.error); };
    transaction.onabort = () => { db.close(); reject(transaction.error ?? new Error(t('files.saveAborted'))); };
  }));
}

/** Saves a model file (engine.exportModel()) with its test accuracy (0..1, or null: never evaluated). */
export function saveModel(bytes, accuracy) {
  return run('readwrite', store => store.put({ bytes, accuracy }, MODEL));
}

/** The saved model, { bytes, accuracy }, or null when nothing was saved. */
export async function loadModel() {
  const saved = await run('readonly', store => store.get(MODEL));
  if (saved instanceof Uint8Array) return { bytes: saved, accuracy: null };   // saved by an older version
  return saved?.bytes instanceof Uint8Array ? saved : null;
}

/** Keeps a training run: `bytes` from engine.exportRun(), `view` what the page shows of it. */
export function saveRun(bytes, view) {
  return run('readwrite', store => store.put({ bytes, view }, RUN));
}

/** The kept run, { bytes, view }, or null. */
export async function loadRun() {
  const kept = await run('readonly', store => store.get(RUN));
  return kept?.bytes instanceof Uint8Array ? kept : null;
}

export function forgetRun() {
  return run('readwrite', store => store.delete(RUN));
}
