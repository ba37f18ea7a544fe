// The network widget: the layer diagram, live with a drawing. In full mode it also shows the
// probabilities and what the chosen neuron looks for.

import { byId } from '../dom.js';
import { createPredictionView } from '../prediction.js';
import { createLivePrediction } from '../live-prediction.js';
import { createDiagram } from '../diagram.js';
import { startPredictor, modelSummary } from './predictor.js';

export async function mountNetwork({ params, notices, status }) {
  const view = createPredictionView({ preview: byId('preview'), prediction: byId('prediction'), probabilities: byId('probabilities') });
  view.setDataset(params.settings.dataset);
  view.show(new Float32Array(784), null);
  const live = createLivePrediction({ canvas: byId('pad'), view, onError: message => notices.show(message, 'error') });
  byId('clear').addEventListener('click', () => live.pad.clear());

  let diagram = null;
  const engine = await startPredictor({
    params, notices, status,
    onModel: model => {
      const dataset = model.dataset ?? params.settings.dataset;
      byId('model-info').textContent = `This network: ${modelSummary(model, dataset)}`;
      view.setDataset(dataset);
      diagram?.setModel({ ...model, dataset });
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
  const dataset = model.dataset ?? params.settings.dataset;
  diagram.setModel({ ...model, dataset });
  live.setEngine(engine);
  live.setDiagram(diagram);
  live.now();
}
