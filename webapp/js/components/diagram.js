// The layer diagram: the picture that fits the model. A fully connected network is drawn as 3Blue1Brown
// draws one (neuron-diagram.js): columns of neurons and their strongest connections. A convolutional one
// is drawn as CNN Explainer does (feature-maps.js): a column of feature maps per convolution and pool.
// The page may swap one kind of model for the other (an import, training another architecture).

import { createNeuronDiagram } from './neuron-diagram.js';
import { createFeatureMapDiagram, hasFeatureMaps } from './feature-maps.js';

/**
 * `host` receives the picture; `detail` = { title, canvas, caption, activation } shows the chosen neuron or
 * map; `engine` gives the weights. Call setModel() when the architecture or weights change (engine.model()
 * with `classNames` and `image`, the [rows, cols, channels] of its input), update(activations) after each
 * predict (engine.predict().activations).
 */
export function createDiagram(parts) {
  let picture = null;   // the diagram drawn now
  let model = null;

  return {
    setModel(info) {
      const kind = hasFeatureMaps(info) ? createFeatureMapDiagram : createNeuronDiagram;
      if (!picture || kind !== picture.kind) {
        picture?.destroy();
        picture = { kind, ...kind(parts) };
      }
      model = info;
      picture.setModel(info);
    },
    update(activations) {
      // Activations of a model the page has just replaced (predicted before its refresh) are dropped.
      if (picture && fits(activations, model)) picture.update(activations);
    },
  };
}

/** Whether `activations` (the input, then one array per layer) belong to `model`. */
function fits(activations, model) {
  return activations.length === model.layers.length + 1 && activations[0].length === model.layers[0].inputs
    && model.layers.every((layer, i) => activations[i + 1].length === layer.outputs);
}
