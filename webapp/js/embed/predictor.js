// What the pad and network widgets share: the engine with a bundled, pretrained model (models/*.snn),
// or an untrained network when the URL asks for an architecture the bundled model does not have.
// No training data is ever loaded here.

import { createEngine } from '../engine.js';
import { architectureText } from '../components/model-text.js';
import { loadBundledModel } from '../bundled-models.js';
import { t } from '../i18n.js';

/**
 * Starts the engine and loads the model `params` asks for. `onModel(model)` runs whenever the model
 * changes (also later, when a reset's random weights arrive). Resolves to the engine.
 */
export async function startPredictor({ params, notices, status, onModel }) {
  status.textContent = t('embed.loadingNetwork');
  let engine = null;
  engine = await createEngine({
    onEvent: event => {
      if (event.type === 'model' && engine) onModel(engine.model());
      if (event.type === 'error') notices.show(event.message, 'error');
    },
  });
  const { settings } = params;
  // The dataset parameter picks the default model; a model named by the URL brings its own dataset (the
  // file says which), unless the URL names a dataset too.
  const problem = await loadBundledModel(engine, params.model ?? settings.dataset);
  if (!problem && !params.datasetGiven && engine.model().dataset) settings.dataset = engine.model().dataset;
  if (problem) {
    notices.show(t('embed.pretrainedFailed', { problem }), 'warning');
  } else if (params.architectureGiven && !engine.settings.sameArchitecture(engine.model(), settings)) {
    const pretrained = architectureText(engine.model());
    notices.show(settings.architecture ? t('embed.otherSpec', { pretrained, spec: settings.architecture })
      : t('embed.otherHidden', { pretrained, hidden: settings.hidden.join('-'), activation: settings.activation }), 'info');
  }
  // Random weights of another shape than the engine's starting network come from the trainer (the only
  // time a pad or network widget starts the training worker).
  if ((problem || params.architectureGiven) && !engine.settings.sameArchitecture(engine.model(), settings)) {
    engine.reset(settings);
  }
  onModel(engine.model());
  status.textContent = t('embed.drawOnPad');
  return engine;
}
