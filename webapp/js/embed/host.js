// For pages that embed ScratchNet widgets (embed-demo.html uses it): resizes each widget's iframe to
// the height the widget reports. The same lines as the host snippet in snippet.js and the README,
// as a file because the site's Content-Security-Policy allows no inline scripts.
addEventListener('message', event => {
  const height = event.data && event.data.scratchnet === 'height' ? Number(event.data.height) : NaN;
  if (!(height > 0 && height < 20000)) return;
  for (const frame of document.querySelectorAll('iframe'))
    if (frame.contentWindow === event.source) frame.style.height = height + 'px';
});
