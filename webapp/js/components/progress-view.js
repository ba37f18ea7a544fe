// The numbers and bars of the "Training progress" card: data loading, epoch progress, loss,
// speed and the latest test accuracy. The main page and the embeddable trainer show the same ones,
// so they are built here, in place of an empty <div id="progress-view"> in either page.

import { byId, el } from '../dom.js';
import { t, number } from '../i18n.js';

/** `datasetTitle(id)` names a dataset while it downloads (settings.js). */
export function createProgressView({ datasetTitle }) {
  const dataProgress = el('progress', { id: 'data-progress', max: 1, value: 0 });
  const dataText = el('span', { id: 'data-text', class: 'muted small' });
  const dataMeter = el('div', { class: 'meter', id: 'data-meter', hidden: '' },
    el('label', { for: 'data-progress' }, t('progress.loadingData')), dataProgress, dataText);
  const epochLabel = el('label', { for: 'epoch-progress', id: 'epoch-label' }, t('progress.epoch'));
  const epochProgress = el('progress', { id: 'epoch-progress', max: 1, value: 0 });
  const epochText = el('span', { id: 'epoch-text', class: 'muted small' }, '–');
  const accuracy = el('dd', { id: 'test-accuracy', 'data-testid': 'test-accuracy' }, '–');
  const loss = el('dd', { id: 'loss' }, '–');
  const speed = el('dd', { id: 'speed' }, '–');
  byId('progress-view').replaceWith(
    el('div', { class: 'meters' }, dataMeter, el('div', { class: 'meter' }, epochLabel, epochProgress, epochText)),
    el('dl', { class: 'stats' },
      el('div', {}, el('dt', {}, t('progress.testAccuracy')), accuracy),
      el('div', {}, el('dt', {}, t('progress.trainingLoss')), loss),
      el('div', {}, el('dt', {}, t('progress.speed')), speed)));

  let batchText = '–';   // where the epoch stands, shown again once an evaluation that replaced it is over

  function dataLoading({ dataset, loaded, total }) {
    dataMeter.hidden = false;
    dataProgress.max = Math.max(1, total);
    dataProgress.value = loaded;
    const percent = total > 0 ? Math.round((100 * loaded) / total) : 0;
    dataText.textContent = t('progress.data', { dataset: datasetTitle(dataset), percent, loaded: megabytes(loaded), total: megabytes(total) });
    if (total > 0 && loaded >= total) setTimeout(() => { dataMeter.hidden = true; }, 1500);
  }

  /** The download is over, done or failed: its meter goes, rather than stand where a failed one stopped. */
  function dataOver() {
    dataMeter.hidden = true;
  }

  /** `batch` is an engine 'batch' event; `epochs` the number of epochs the run was asked for. */
  function batch({ epoch, batch, batchesPerEpoch, loss: value, samplesPerSecond }, epochs) {
    epochLabel.textContent = t('progress.epochOf', { epoch, epochs });
    epochProgress.max = Math.max(1, batchesPerEpoch);
    epochProgress.value = batch;
    batchText = epochText.textContent = t('progress.batchOf', { batch, batches: batchesPerEpoch });
    // A loss that is blowing up (a learning rate far too large) can reach 1e35: keep it short.
    loss.textContent = !Number.isFinite(value) ? '–' : Math.abs(value) >= 1e4 ? value.toExponential(2) : value.toFixed(4);
    // A single Step is too short to time: the speed of the run stays.
    if (samplesPerSecond > 0) speed.textContent = t('progress.imagesPerSecond', { speed: number(Math.round(samplesPerSecond)) });
  }

  /** An engine 'evaluating' event: the epoch's batches are done, its test images are under way. */
  function evaluating({ evaluated, total }) {
    epochText.textContent = t('progress.testing', { evaluated: number(evaluated), total: number(total) });
  }

  function evaluation({ testAccuracy }) {
    epochText.textContent = batchText;
    accuracy.textContent = `${(100 * testAccuracy).toFixed(2)}%`;
  }

  function clear() {
    epochLabel.textContent = t('progress.epoch');
    epochProgress.value = 0;
    batchText = epochText.textContent = '–';
    for (const field of [accuracy, loss, speed]) field.textContent = '–';
  }

  return { dataLoading, dataOver, batch, evaluating, evaluation, clear };
}

function megabytes(bytes) {
  return t('progress.megabytes', { size: number(bytes / 1e6, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
}
