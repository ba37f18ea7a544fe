// The copy-paste code for embedding a widget: an iframe of embed.html with the widget's parameters,
// and the few lines a host page adds once so that every ScratchNet iframe takes its content's height.

import { WIDGETS } from '../embed/params.js';
import { t, language } from '../i18n.js';

/** Starting heights (CSS px) before the widget reports its real one; close to the compact layouts. */
const FIRST_HEIGHT = { pad: 560, network: 980, neuron: 520, activation: 420, trainer: 640 };

// The site's root, two folders up from this module: the same from the main page and from the lessons in learn/.
const SITE = new URL('../../', import.meta.url).href;

/**
 * Absolute URL of embed.html showing `widget` with `params` ({ name: value }, empty values left out), in the
 * language of the page it is copied from: lang=zh from a Chinese page (embed.html then opens zh/embed.html).
 */
export function embedUrl(widget, params = {}, base = SITE) {
  const url = new URL('embed.html', base);
  url.searchParams.set('widget', widget);
  if (language !== 'en') url.searchParams.set('lang', language);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, String(value));
  }
  return url.href.replace(/%2C/g, ',');
}

/** The iframe element as HTML text, for the visitor to copy. */
export function iframeSnippet(widget, params = {}, base = SITE) {
  const title = WIDGETS.includes(widget) ? t(`widget.${widget}`) : 'ScratchNet';
  return `<iframe src="${escapeAttribute(embedUrl(widget, params, base))}" title="${escapeAttribute(title)}"\n` +
    `  style="width:100%;max-width:760px;height:${FIRST_HEIGHT[widget] ?? 600}px;border:0" loading="lazy"\n` +
    '  sandbox="allow-scripts allow-same-origin"></iframe>';
}

/**
 * Once per host page: resizes each ScratchNet iframe to the height it reports. The message comes from
 * the iframe's own window (event.source), so a message cannot resize another frame, and only a
 * sensible number of pixels is taken.
 */
export const HOST_SCRIPT = `<script>
addEventListener('message', event => {
  const height = event.data && event.data.scratchnet === 'height' ? Number(event.data.height) : NaN;
  if (!(height > 0 && height < 20000)) return;
  for (const frame of document.querySelectorAll('iframe'))
    if (frame.contentWindow === event.source) frame.style.height = height + 'px';
});
</script>`;

function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
