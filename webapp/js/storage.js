// Keeps the visitor's current model in IndexedDB so a reload doesn't lose training. IndexedDB
// (not localStorage) because a model of a few hundred thousand weights is several megabytes.

const DB_NAME = 'scratchnet';
const STORE = 'models';
const KEY = 'current';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function run(mode, action) {
  return open().then(db => new Promise((resolve, reject) => {
    const transaction = db.transaction(STORE, mode);
    const request = action(transaction.objectStore(STORE));
    transaction.oncomplete = () => { db.close(); resolve(request.result); };
    transaction.onerror = () => { db.close(); reject(transaction.error); };
  }));
}

/** Saves the model file bytes (engine.exportModel()). */
export function saveModel(bytes) {
  return run('readwrite', store => store.put(bytes, KEY));
}

/** The saved model file bytes, or null when nothing was saved. */
export async function loadModel() {
  const bytes = await run('readonly', store => store.get(KEY));
  return bytes instanceof Uint8Array ? bytes : null;
}
