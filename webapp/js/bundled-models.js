// The pretrained models the site ships (webapp/models/*.snn), by name: what `model=` names on the main
// page and in embed.html, and what the chooser beside the main page's pad offers. Apart from
// model-files.js (and its browser storage), so that an embedded widget, which keeps nothing, loads only this.

/**
 * The models the site ships, as models/<name>.snn (webapp/models/README.md says how each was made and how
 * accurate it is), in the chooser's order; each file says which dataset it was trained on. The chooser calls
 * each by its text `models.<name>` (src/site/texts/LANGUAGE/scripts/models.txt); `defaultFor` is the dataset
 * whose pad it answers by default on the main page.
 */
export const BUNDLED = [
  { name: 'mnist-cnn', defaultFor: 'mnist' },
  { name: 'mnist-128' },
  { name: 'mnist' },
  { name: 'fashion', defaultFor: 'fashion' },
];

/** The names `model=` accepts on the main page and in embed.html. */
export const BUNDLED_MODELS = BUNDLED.map(model => model.name);

/**
 * The model the main page's pad answers with for `dataset` when the URL names none and the visitor has
 * none of their own: the most accurate one shipped for it.
 */
export function defaultModel(dataset) {
  return BUNDLED.find(model => model.defaultFor === dataset)?.name ?? dataset;
}

/** Fetches models/<name>.snn; resolves to { bytes } or { error }: what went wrong. */
export async function fetchBundledModel(name) {
  try {
    // Resolved against this module, not the page, so that a page in a subfolder (learn/) finds it too.
    const response = await fetch(new URL(`../models/${encodeURIComponent(name)}.snn`, import.meta.url));
    if (!response.ok) return { error: `HTTP ${response.status}` };
    return { bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    return { error: error?.message ?? String(error) };
  }
}

/** Loads models/<name>.snn into the engine as its model; resolves to null, or what went wrong. */
export async function loadBundledModel(engine, name) {
  const { bytes, error } = await fetchBundledModel(name);
  if (error) return error;
  const result = engine.loadModelBytes(bytes);
  return result.ok ? null : result.error;
}
