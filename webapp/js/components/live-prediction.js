// A drawing pad wired to the network: every stroke is drawn as the network's input (by the core, from the
// pad's strokes), predicted and shown (prediction panel, and the layer diagram when there is one), at most
// once per animation frame. Used by the main page and by the embeddable widgets.

import { createPad } from './pad.js';
import { t } from '../i18n.js';

// While the pen is down the diagram follows the drawing at most this often; the prediction panel keeps
// up with every frame. Repainting the diagram is the largest part of a frame, and on a slow machine
// doing it on every frame of a stroke made the stroke itself lag.
const DIAGRAM_GAP_MS = 250;

/**
 * `canvas` becomes the pad, `view` is a prediction view (prediction.js), `onError(message)` hears about
 * the first failure. Nothing is predicted until setEngine(); setDiagram() adds a diagram to keep live.
 */
export function createLivePrediction({ canvas, view, onError }) {
  let engine = null;
  let diagram = null;
  let queued = false;
  let problemShown = false;
  let penDown = false;
  let shown = null;             // the activations the diagram is to show next
  let diagramDue = null;        // the timer that shows them, while the pen is down
  let diagramShownAt = -Infinity;

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
  const pad = createPad(canvas, schedule, down => {
    penDown = down;
    engine?.holdProgress(down);
    if (!down && diagramDue !== null) showOnDiagram();   // the end of the stroke, at once
  });

  function showOnDiagram() {
    clearTimeout(diagramDue);
    diagramDue = null;
    diagramShownAt = performance.now();
    diagram.update(shown);
  }

  function updateDiagram(activations) {
    shown = activations;
    if (!penDown) showOnDiagram();
    else if (diagramDue === null) {
      diagramDue = setTimeout(() => requestAnimationFrame(showOnDiagram),
        Math.max(0, diagramShownAt + DIAGRAM_GAP_MS - performance.now()));
    }
  }

  /**
   * The network's input from the pad. For a dataset of pen strokes (the core's `penDrawn`: digits) the strokes
   * are drawn again, the way MNIST drew its own (engine.drawingToInput). Clothes are solid shapes that fill their
   * frame: redrawn as thin centre lines in a 20x20 box they would lose what makes them clothes, so a
   * Fashion-MNIST network reads the pad as a picture, as the course's desk does. A test image on the pad is
   * always read exactly, with any strokes over it.
   */
  function read() {
    const drawing = pad.drawing();
    const penDrawn = engine.settings.datasets[engine.model().dataset]?.penDrawn;   // a model of no dataset reads a picture
    if (penDrawn || drawing.background) return engine.drawingToInput(drawing);
    const image = pad.pixels();
    return engine.preprocess(image.data, image.width, image.height);
  }

  /** Predicts the current drawing at once (after a new model, say). */
  function now() {
    if (!engine) return;
    try {
      const blank = pad.isBlank();
      const input = blank ? new Float32Array(engine.model().inputShape.reduce((a, b) => a * b)) : read();
      const result = engine.predict(input);
      view.show(input, blank ? null : result.probabilities);
      if (diagram) updateDiagram(result.activations);
      problemShown = false;   // a later failure is news again
    } catch (error) {
      if (!problemShown) onError(t('files.predictionFailed', { problem: error?.message ?? error }));
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
