// The activation widget: one activation function, a slider for z and the neuron's output a = f(z); in
// full mode also the slope f'(z), which is what training multiplies by (a flat slope learns slowly).
// The numbers come from the core itself (the course's lesson exports); it needs no engine or worker.

import { el, svg } from '../dom.js';
import { loadCore } from '../core-loader.js';
import { t, number } from '../i18n.js';
import { activationLook, activationChoices, activationAt, drawActivation } from '../components/activation-plot.js';

export async function mountActivationWidget({ host, params, status }) {
  const { java, schema } = await loadCore();
  const full = params.mode === 'full';
  let key = params.settings.activation;
  let z = 1;

  const choice = el('select', { 'aria-label': t('neuron.activationFunction') },
    ...activationChoices(schema.activations).map(([value, name]) => el('option', { value }, name)));
  choice.value = key;
  const slider = el('input', { type: 'range', min: -6, max: 6, step: 0.1, value: z, 'aria-label': t('embed.weightedSum') });
  const zShown = el('output', { class: 'slider-value' });
  const readout = el('p', { class: 'neuron-formula', 'aria-live': 'polite' });
  const plot = svg('svg', { class: 'neuron-curve activation-plot', viewBox: '0 0 240 130', role: 'img' });

  function draw() {
    const { name } = activationLook(key);
    const [a, slope] = activationAt(java, key, z);
    zShown.textContent = z.toFixed(1);
    drawActivation(plot, java, key, z, { slope: full });
    const [zText, aText, slopeText] = [number(z, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      ...[a, slope].map(value => number(value, { minimumFractionDigits: 3, maximumFractionDigits: 3 }))];
    plot.setAttribute('aria-label', t('embed.activationPlot', { name, z: zText, a: aText }));
    readout.textContent = full ? t('embed.activationSlope', { name, z: zText, a: aText, slope: slopeText })
      : `a = ${name}(${zText}) = ${aText}`;
  }
  choice.addEventListener('change', () => { key = choice.value; draw(); });
  slider.addEventListener('input', () => { z = Number(slider.value); draw(); });

  const card = el('section', { class: 'card neuron-card', 'aria-label': t('embed.activationLabel') });
  if (full) {
    card.append(el('p', { class: 'muted' }, t('embed.activationIntro')));
  }
  card.append(plot, readout, el('div', { class: 'neuron-sliders' },
    el('label', { class: 'slider' }, el('span', { class: 'slider-name' }, t('embed.function')), choice),
    el('label', { class: 'slider' }, el('span', { class: 'slider-name' }, t('embed.sumZ')), slider, zShown)));
  host.replaceChildren(card);
  draw();
  status.textContent = t('embed.moveSlider');
}
