// embed.html: shows the one widget its URL asks for (params.js), in the theme and size asked for,
// and keeps the host page told of its height (height.js). A bad parameter never leaves the frame
// blank: it is replaced by its default and named in a small note.

import { byId } from '../dom.js';
import { createNotices } from '../notices.js';
import { loadSettings } from '../settings.js';
import { readFrameParams, readTrainingParams } from './params.js';
import { reportHeight } from './height.js';
import { t } from '../i18n.js';

// Only the chosen widget's code loads: a pad never fetches the chart library, a neuron
// or activation loads the core but not the engine or its worker.
const WIDGET_MODULES = {
  pad: () => import('./pad-widget.js').then(module => module.mountPad),
  network: () => import('./network-widget.js').then(module => module.mountNetwork),
  trainer: () => import('./trainer-widget.js').then(module => module.mountTrainer),
  neuron: () => import('./neuron-widget.js').then(module => module.mountNeuronWidget),
  activation: () => import('./activation-widget.js').then(module => module.mountActivationWidget),
};

const frame = readFrameParams(location.search);
document.documentElement.dataset.theme = frame.theme;
document.body.classList.add(`mode-${frame.mode}`, `widget-${frame.widget}`);

const notices = createNotices(byId('notices'));
for (const text of frame.notes) notices.show(text, 'warning');

const host = byId('widget');
const template = document.getElementById(`widget-${frame.widget}`);
host.replaceChildren(...(template ? [template.content.cloneNode(true)] : []));

const status = byId('status');
reportHeight(byId('frame'), frame.widget);

// Every widget computes with the core, whose settings table also checks the training parameters.
async function start() {
  const table = await loadSettings();
  const training = readTrainingParams(location.search, table);
  for (const text of training.notes) notices.show(text, 'warning');
  const params = { ...frame, ...training };
  const mount = await WIDGET_MODULES[params.widget]();
  await mount({ host, params, notices, status, table });
}

start().catch(error => {
  status.textContent = t('embed.failed');
  notices.show(t('embed.failedNotice', { problem: error?.message ?? error }), 'error');
});
