// The trainer widget: a small network trained right in the reader's tab, with its loss chart. It
// starts from random weights; the training data (several MB) downloads only when Train is pressed.
// Compact mode trains with the settings of the URL; full mode shows them in the form to change.
// Unlike the main page, nothing is saved in the browser: a reader's widget must not replace the
// model they keep on the ScratchNet site itself.

import { createEngine } from '../engine.js';
import { byId } from '../dom.js';
import { createSettingsForm } from '../components/settings-form.js';
import { createCharts } from '../components/charts.js';
import { createProgressView } from '../components/progress-view.js';
import { createPredictionView } from '../components/prediction.js';
import { createLivePrediction } from '../components/live-prediction.js';
import { createTrainingController, blowUpText } from '../components/training-controller.js';
import { trainedSummary } from '../components/model-text.js';
import { createNotices } from '../notices.js';
import { t } from '../i18n.js';

const DOWNLOAD = { mnist: '11 MB', fashion: '31 MB' };  // the four .gz files of each dataset

export async function mountTrainer({ params, status, table }) {
  const trainingNotices = createNotices(byId('training-notices'));
  let settings = params.settings;
  let engine = null;
  let controller = null;
  const downloaded = new Set();  // datasets already here

  const form = createSettingsForm(byId('settings'), table, {
    onChange: next => { settings = next; showModel(); },
    onValidity: ok => controller?.setFormValid(ok),
  });
  form.fill(settings, new URLSearchParams(location.search).has(table.FIELDS.learningRate.param));
  const progress = createProgressView({ datasetTitle: table.datasetTitle });
  const full = params.mode === 'full';
  const chartsReady = createCharts({ lossHost: byId('loss-chart'), accuracyHost: full ? byId('accuracy-chart') : null });

  // A small pad to try the network on, as it trains and after.
  const view = createPredictionView({ preview: byId('preview'), prediction: byId('prediction'), probabilities: byId('probabilities') });
  view.setClassNames(table.classNames(null, settings.dataset));
  view.show(null, null);
  const live = createLivePrediction({ canvas: byId('pad'), view, onError: message => trainingNotices.show(message, 'error') });
  byId('clear').addEventListener('click', () => live.pad.clear());

  function showModel() {
    byId('data-hint').textContent = downloaded.has(settings.dataset)
      ? t('trainer.dataLoaded', { dataset: table.datasetTitle(settings.dataset) })
      : t('trainer.dataDownloads', { size: DOWNLOAD[settings.dataset] });
    if (!engine) return;
    const model = engine.model();
    view.setClassNames(table.classNames(model, settings.dataset));
    live.now();
    const optimizer = table.schema.optimizers.find(({ name }) => name === settings.optimizer).title;
    byId('model-info').textContent = t(settings.epochs === 1 ? 'trainer.recipeOneEpoch' : 'trainer.recipe', {
      network: trainedSummary(model, settings.dataset, table.datasetTitle), optimizer, rate: settings.learningRate,
      epochs: settings.epochs, dataset: table.datasetTitle(settings.dataset) });
  }

  controller = createTrainingController({
    buttons: { train: byId('train'), reset: byId('reset') },
    form, status, notices: trainingNotices, progress, chartsReady,
    texts: {
      idle: t('trainer.idle'),
      loading: t('trainer.loading'),
      training: t('training.training'),
      paused: (at, epochs) => at ? t('trainer.pausedAt', { epoch: at.epoch, epochs }) : t('trainer.paused'),
      step: (event, epochs) => t('trainer.step', { epoch: event.epoch, epochs, batch: event.batch }),
      done: accuracy => accuracy ? t('trainer.doneAccuracy', { accuracy }) : t('trainer.done'),
      reset: t('trainer.reset'),
      batch: (event, epochs) => t('trainer.batch', { epoch: event.epoch, epochs }),
      testing: (epoch, epochs) => t('trainer.testing', { epoch, epochs }),
      diverged: blowUpText,
    },
    hooks: {
      onModel: showModel,
      onDataProgress: event => {
        if (event.total > 0 && event.loaded >= event.total) {
          downloaded.add(event.dataset);
          showModel();
        }
      },
    },
  });

  showModel();
  status.textContent = t('embed.loadingNetwork');
  engine = await createEngine({ onEvent: controller.onEvent });
  live.setEngine(engine);
  // The engine starts with random weights of the default architecture; another one comes from the
  // trainer (its worker starts then; otherwise only when Train is pressed).
  if (!table.sameArchitecture(engine.model(), settings)) engine.reset(settings);
  controller.setEngine(engine);
  showModel();
  controller.showState();
}
