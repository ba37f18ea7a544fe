// The numbers and bars of the "Training progress" card: data loading, epoch progress, loss,
// speed and the latest test accuracy.

import { byId } from './dom.js';
import { datasetTitle } from './classes.js';

export function createProgressView() {
  const dataMeter = byId('data-meter');
  const dataProgress = byId('data-progress');
  const dataText = byId('data-text');
  const epochLabel = byId('epoch-label');
  const epochProgress = byId('epoch-progress');
  const epochText = byId('epoch-text');
  const accuracy = byId('test-accuracy');
  const loss = byId('loss');
  const speed = byId('speed');

  function dataLoading({ dataset, loaded, total }) {
    dataMeter.hidden = false;
    dataProgress.max = Math.max(1, total);
    dataProgress.value = loaded;
    const percent = total > 0 ? Math.round((100 * loaded) / total) : 0;
    dataText.textContent = `${datasetTitle(dataset)}: ${percent}% (${megabytes(loaded)} of ${megabytes(total)})`;
    if (total > 0 && loaded >= total) setTimeout(() => { dataMeter.hidden = true; }, 1500);
  }

  /** `batch` is an engine 'batch' event; `epochs` the number of epochs the run was asked for. */
  function batch({ epoch, batch, batchesPerEpoch, loss: value, samplesPerSecond }, epochs) {
    epochLabel.textContent = `Epoch ${epoch} of ${epochs}`;
    epochProgress.max = Math.max(1, batchesPerEpoch);
    epochProgress.value = batch;
    epochText.textContent = `batch ${batch} of ${batchesPerEpoch}`;
    loss.textContent = Number.isFinite(value) ? value.toFixed(4) : String(value);
    speed.textContent = `${Math.round(samplesPerSecond).toLocaleString('en')} images/s`;
  }

  function evaluation({ testAccuracy }) {
    accuracy.textContent = `${(100 * testAccuracy).toFixed(2)}%`;
  }

  function clear() {
    epochLabel.textContent = 'Epoch';
    epochProgress.value = 0;
    epochText.textContent = '–';
    for (const field of [accuracy, loss, speed]) field.textContent = '–';
  }

  return { dataLoading, batch, evaluation, clear };
}

function megabytes(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
