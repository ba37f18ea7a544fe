// A model in words, from the core's list of its layers (engine.model().layers, net.scratchnet.web.ModelInfo):
// every layer says its own kind, sizes and activation, so a new kind of layer needs no change here.

/** "784-16-16-10 sigmoid": the number of values flowing between the layers, and the hidden activation. */
export function architectureText(model) {
  const sizes = [model.layers[0].inputs, ...model.layers.map(layer => layer.outputs)];
  return `${sizes.join('-')} ${model.activation}`;
}

/** "dense 784 → 16 (sigmoid), dense 16 → 10 (softmax)". */
export function layersText(model) {
  return model.layers.map(layer => `${layer.kind} ${layer.inputs} → ${layer.outputs} (${layer.activation})`).join(', ');
}

/** "784-16-16-10 sigmoid, 13,002 weights and biases". */
export function modelSummary(model) {
  return `${architectureText(model)}, ${model.parameters.toLocaleString('en')} weights and biases`;
}

/**
 * "784-16-16-10 sigmoid, 13,002 weights and biases, trained on MNIST (handwritten digits)." An untrained
 * model is named as such, for `dataset`; `datasetTitle` comes from settings.js.
 */
export function trainedSummary(model, dataset, datasetTitle) {
  const trained = model.dataset ? `trained on ${datasetTitle(model.dataset)}`
    : `untrained (random weights), for ${datasetTitle(dataset)}`;
  return `${modelSummary(model)}, ${trained}.`;
}
