// The neuron widget: the single neuron of neuron.js, with a line of explanation in full mode.
// It computes through the core's lesson exports, so it needs the core but no engine or worker.

import { el } from '../dom.js';
import { loadCore } from '../core-loader.js';
import { createNeuron } from '../components/neuron.js';
import { t } from '../i18n.js';

export async function mountNeuronWidget({ host, params, status }) {
  const { java, schema } = await loadCore();
  const full = params.mode === 'full';
  const body = el('div');
  const card = el('section', { class: 'card neuron-card', 'aria-label': t('embed.neuronLabel') });
  if (full) {
    card.append(el('p', { class: 'muted' }, t('embed.neuronIntro')));
  }
  card.append(body);
  host.replaceChildren(card);
  createNeuron(body, java, { names: schema.activations, activation: params.settings.activation, curve: full });
  status.textContent = t('embed.moveSliders');
}
