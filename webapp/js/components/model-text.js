// A model in words, from the core's description of it (engine.model(), net.scratchnet.web.ModelInfo): its spec,
// and its layers, each of which says its own kind, sizes and activation, so a new kind of layer needs no change here.

import { t, number, list } from '../i18n.js';

/**
 * "784-16-16-10 sigmoid" for a fully connected network: its sizes and hidden activation, the words its spec
 * starts with. Any other network by its whole spec, as the core writes it and the spec field takes it:
 * "28x28x1 conv5x5x8 relu pool2 dense10 crossentropy he" (its sizes alone, 784-4608-1152-10, say little).
 */
export function architectureText(model) {
  const sizes = `${model.sizes.join('-')} ${model.activation}`;
  return model.spec.startsWith(`${sizes} `) ? sizes : model.spec;
}

/**
 * "conv5x5x8 (relu), pool2, dense 1152 -> 10 (softmax)": each layer in the core's own notation (the network spec's,
 * the same in every language), with the activation that follows it, where one does, listed the page's way (list).
 */
export function layersText(model) {
  return list(model.layers.map(layer => layer.activation ? `${layer.text} (${layer.activation})` : layer.text));
}

/** "784-16-16-10 sigmoid, 13,002 weights and biases". */
export function modelSummary(model) {
  return t('model.summary', { architecture: architectureText(model), parameters: number(model.parameters) });
}

/**
 * "784-16-16-10 sigmoid, 13,002 weights and biases, trained on MNIST (handwritten digits)." An untrained
 * model is named as such, for `dataset`; `datasetTitle` comes from settings.js.
 */
export function trainedSummary(model, dataset, datasetTitle) {
  const summary = modelSummary(model);
  return model.dataset ? t('model.trainedOn', { summary, dataset: datasetTitle(model.dataset) })
    : t('model.untrainedFor', { summary, dataset: datasetTitle(dataset) });
}
