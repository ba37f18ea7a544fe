// Tells the host page how tall the widget is, whenever that changes, so the host can size the iframe
// to fit (no inner scroll bar, no empty space). The message carries a number and the widget's name,
// nothing about the reader, so any host may receive it.

/** Watches `content` (the element wrapping everything visible) and posts its height to the parent. */
export function reportHeight(content, widget) {
  if (window.parent === window) return;  // opened on its own, not in an iframe
  let last = 0;
  const post = () => {
    // The content's own height, not the document's: a document is at least as tall as its iframe,
    // so it could only ever grow.
    const style = getComputedStyle(content);
    const height = Math.ceil(content.getBoundingClientRect().height
      + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (height === last) return;
    last = height;
    window.parent.postMessage({ scratchnet: 'height', widget, height }, '*');
  };
  new ResizeObserver(post).observe(content);
  post();
}
