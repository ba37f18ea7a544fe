// Tiny DOM helpers. Text always goes in through textContent, never as HTML, so nothing that comes
// from a URL parameter, a file or the engine can inject markup into the page.

/** Creates an element: el('p', { class: 'note' }, 'text', childElement). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  for (const child of children) {
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Same as el() for SVG elements, which live in their own namespace. */
export function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attributes);
  if (text !== undefined) node.textContent = text;
  return node;
}

function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
}

/** Looks up an element by id and fails loudly if the HTML and the script disagree. */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html has no element #${id}`);
  return node;
}
