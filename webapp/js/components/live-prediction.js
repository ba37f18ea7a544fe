// A drawing pad wired to the network: every stroke is preprocessed, predicted and shown (prediction
// panel, and the layer diagram when there is one), at most once per animation frame. Used by the main
// page and by the embeddable widgets.

import { createPad } from './pad.js';

/**
 * `canvas` becomes the pad, `view` is a prediction view (prediction.js), `onError(message)` hears about
 * the first failure. Nothing is predicted until setEngine(); setDiagram() adds a diagram to keep live.
 */
export function createLivePrediction({ canvas, view, onError }) {
  let engine = null;
  let diagram = null;
  let queued = false;
  let problemShown = false;

  function schedule() {
    if (queued || !engine) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      now();
    });
  }

  // While a stroke is drawn, the trainer's progress waits (engine.holdProgress): on a slow machine,
  // loading its weights and redrawing the diagram and the charts would take the frames the stroke needs.
  const pad = createPad(canvas, schedule, down => engine?.holdProgress(down));

  /** Predicts the current drawing at once (after a new model, say). */
  function now() {
    if (!engine) return;
    try {
      const blank = pad.isBlank();
      const image = pad.pixels();
      const input = blank ? new Float32Array(engine.model().inputShape.reduce((a, b) => a * b))
        : engine.preprocess(image.data, image.width, image.height);
      const result = engine.predict(input);
      view.show(input, blank ? null : result.probabilities);
      if (diagram) diagram.update(result.activations);
    } catch (error) {
      if (!problemShown) onError(`Prediction failed: ${error?.message ?? error}`);
      problemShown = true;
    }
  }

  return {
    pad,
    schedule,
    now,
    setEngine(next) { engine = next; },
    setDiagram(next) { diagram = next; },
  };
}
