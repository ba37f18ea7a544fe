// The pretrained models the site ships (webapp/models/*.snn), by name: what `model=` names on the main
// page and in embed.html. Apart from model-files.js (and its browser storage), so that an embedded
// widget, which keeps nothing, loads only this.

/**
 * The models the site ships, as models/<name>.snn (webapp/models/README.md says how each was made); each
 * file says which dataset it was trained on. The `model=` URL parameter of the main page and of embed.html
 * names one of them.
 */
export const BUNDLED_MODELS = ['mnist', 'fashion', 'mnist-128', 'mnist-cnn'];

/** Loads models/<name>.snn into the engine; resolves to null, or what went wrong. */
export async function loadBundledModel(engine, name) {
  try {
    // Resolved against this module, not the page, so that a page in a subfolder (learn/) finds it too.
    const response = await fetch(new URL(`../models/${encodeURIComponent(name)}.snn`, import.meta.url));
    if (!response.ok) return `HTTP ${response.status}`;
    const result = engine.loadModelBytes(new Uint8Array(await response.arrayBuffer()));
    return result.ok ? null : result.error;
  } catch (error) {
    return error?.message ?? String(error);
  }
}
