// The pad widget: draw, and the network's prediction and probabilities follow every stroke.

import { byId } from '../dom.js';
import { createPredictionView } from '../components/prediction.js';
import { createLivePrediction } from '../components/live-prediction.js';
import { startPredictor } from './predictor.js';
import { t } from '../i18n.js';

export async function mountPad({ params, notices, status, table }) {
  const view = createPredictionView({ preview: byId('preview'), prediction: byId('prediction'), probabilities: byId('probabilities') });
  view.setClassNames(table.classNames(null, params.settings.dataset));
  view.show(null, null);
  const live = createLivePrediction({ canvas: byId('pad'), view, onError: message => notices.show(message, 'error') });
  byId('clear').addEventListener('click', () => live.pad.clear());

  const engine = await startPredictor({
    params, notices, status,
    onModel: model => {
      const dataset = model.dataset ?? params.settings.dataset;
      view.setClassNames(table.classNames(model, dataset));
      byId('hint').textContent = t(dataset === 'fashion' ? 'embed.drawClothes' : 'embed.drawDigit');
      live.now();
    },
  });
  live.setEngine(engine);
  live.now();
}
