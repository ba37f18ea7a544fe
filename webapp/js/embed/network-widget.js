// The network widget: the layer diagram (neurons, or a conv net's feature maps), live with a drawing. In
// full mode it also shows the probabilities and what the chosen neuron or feature map looks for.

import { byId } from '../dom.js';
import { createPredictionView } from '../components/prediction.js';
import { createLivePrediction } from '../components/live-prediction.js';
import { createDiagram } from '../components/diagram.js';
import { trainedSummary } from '../components/model-text.js';
import { startPredictor } from './predictor.js';
import { t } from '../i18n.js';

export async function mountNetwork({ params, notices, status, table }) {
  const view = createPredictionView({ preview: byId('preview'), prediction: byId('prediction'), probabilities: byId('probabilities') });
  view.setClassNames(table.classNames(null, params.settings.dataset));
  view.show(null, null);
  const live = createLivePrediction({ canvas: byId('pad'), view, onError: message => notices.show(message, 'error') });
  byId('clear').addEventListener('click', () => live.pad.clear());

  let diagram = null;
  const engine = await startPredictor({
    params, notices, status,
    onModel: model => {
      const classNames = table.classNames(model, params.settings.dataset);
      byId('model-info').textContent = t('embed.thisNetwork', { summary: trainedSummary(model, params.settings.dataset, table.datasetTitle) });
      view.setClassNames(classNames);
      diagram?.setModel({ ...model, classNames, image: table.imageShape(model, params.settings.dataset) });
      live.now();
    },
  });
  diagram = createDiagram({
    host: byId('diagram'), engine,
    detail: {
      title: byId('neuron-title'), canvas: byId('neuron-weights'),
      caption: byId('neuron-caption'), activation: byId('neuron-activation'),
    },
  });
  const model = engine.model();
  diagram.setModel({ ...model, classNames: table.classNames(model, params.settings.dataset),
    image: table.imageShape(model, params.settings.dataset) });
  live.setEngine(engine);
  live.setDiagram(diagram);
  live.now();
}
