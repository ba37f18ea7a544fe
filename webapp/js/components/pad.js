// The drawing pad: white ink on black, like MNIST's images. It keeps what is drawn as strokes (every
// point the pointer passed, with its pressure), and the network's input is drawn from them by the core
// (StrokePreprocessor), with MNIST's own pen: how thick the brush here looks, and how large the drawing
// is, do not change what the network sees. The brush is thick with a soft edge only to look like ink.
//
// Mouse, finger and pen draw alike; only the first pointer down draws (a second finger resting on the
// pad is ignored), and the page does not scroll or zoom under a drawing finger (touch-action).
//
// Without a pointer: the pad takes the keyboard focus, Delete or Backspace clears it, and showImage()
// puts a real test image on it (the page's "test image" button) to draw over.

import { paintGrey } from '../images.js';

const BRUSH_WIDTH = 0.075;  // of the pad width: about 2 pixels of the 28x28 image
const BRUSH_BLUR = 0.03;    // soft edge, also relative to the pad width
// Pointer events say 0.5 for a pressed mouse button and for a finger without a pressure sensor.
const EVEN_PRESSURE = 0.5;

/**
 * Wires pointer drawing (mouse, touch and pen alike) onto `canvas`.
 * `onChange` is called after every stroke piece and after clear(); `onPen(down)` when a stroke starts
 * (true) and ends (false).
 */
export function createPad(canvas, onChange, onPen = () => {}) {
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let last = null;   // previous point of the stroke being drawn, null when the pen is up
  let pointer = null; // the pointer drawing it: a second finger on the pad is ignored
  let blank = true;
  let strokes = [];   // what was drawn: per stroke, x, y, pressure of each point (canvas pixels, 0..1)
  let current = null; // the stroke being drawn (the last of `strokes`), null when the pen is up
  let background = null;   // the test image shown on the pad (0..1, row by row), or null
  canvas.style.touchAction = 'none';   // wherever the pad is used: a drawing finger must not scroll the page
  const half = document.createElement('canvas');
  half.width = Math.round(canvas.width / 2);
  half.height = Math.round(canvas.height / 2);
  const reading = half.getContext('2d', { willReadFrequently: true });   // what pixels() reads
  if (!canvas.hasAttribute('tabindex')) canvas.tabIndex = 0;

  function clear() {
    context.fillStyle = '#000';
    context.fillRect(0, 0, canvas.width, canvas.height);
    blank = true;
    background = null;
    forgetStrokes();
    onChange();
  }

  function forgetStrokes() {
    current = last ? [] : null;   // while the pen is down its stroke goes on from here, alone
    strokes = current ? [current] : [];
  }

  function pointFrom(event) {
    const box = canvas.getBoundingClientRect();
    const pressure = event.pressure;
    return {
      x: (event.clientX - box.left) * (canvas.width / box.width),
      y: (event.clientY - box.top) * (canvas.height / box.height),
      pressure: pressure >= 0 && pressure <= 1 ? pressure : EVEN_PRESSURE,
    };
  }

  // A point closer than this (in canvas pixels) to the last one kept adds nothing the network could see
  // (the pad is 10 times the 28x28 input): skipping it keeps a long scribble far from the core's limit
  // on points (data/Strokes.MAX_POINTS).
  const MIN_STEP = 1;

  function keep(point) {
    const n = current.length;
    if (n >= 3 && Math.hypot(point.x - current[n - 3], point.y - current[n - 2]) < MIN_STEP) return;
    current.push(point.x, point.y, point.pressure);
  }

  function stroke(from, to) {
    context.save();
    context.strokeStyle = '#fff';
    context.lineWidth = canvas.width * BRUSH_WIDTH;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.shadowColor = '#fff';
    context.shadowBlur = canvas.width * BRUSH_BLUR;
    context.beginPath();
    context.moveTo(from.x, from.y);
    context.lineTo(to.x, to.y);
    context.stroke();
    context.restore();
    blank = false;
  }

  canvas.addEventListener('keydown', event => {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    event.preventDefault();
    clear();
  });

  /**
   * Covers the pad with a grey image (`pixels` 0..1, row by row, 1 = ink), scaled up smoothly, in place of
   * the drawing. It is a network input already (a test image): what is drawn next is drawn onto it as it lies.
   */
  function showImage(pixels, rows, cols) {
    background = Float32Array.from(pixels);
    forgetStrokes();
    const small = document.createElement('canvas');
    paintGrey(small, pixels, cols, rows);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(small, 0, 0, canvas.width, canvas.height);
    blank = false;
    onChange();
  }

  canvas.addEventListener('pointerdown', event => {
    if (event.button !== 0 || last) return;
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    pointer = event.pointerId;
    last = pointFrom(event);
    current = [];
    strokes.push(current);
    keep(last);
    onPen(true);
    stroke(last, last);  // a tap leaves a dot
    onChange();
  });

  canvas.addEventListener('pointermove', event => {
    if (!last || event.pointerId !== pointer) return;
    // Coalesced events carry the points the browser merged into this one: smoother fast strokes.
    const events = event.getCoalescedEvents ? event.getCoalescedEvents() : [];
    for (const each of events.length ? events : [event]) {
      const point = pointFrom(each);
      stroke(last, point);
      keep(point);
      last = point;
    }
    onChange();
  });

  const penUp = event => {
    if (event.pointerId !== pointer || !last) return;
    last = null;
    current = null;
    onPen(false);
  };
  canvas.addEventListener('pointerup', penUp);
  canvas.addEventListener('pointercancel', penUp);
  canvas.addEventListener('lostpointercapture', penUp);

  /**
   * The pad as a picture, for a page that draws on the canvas itself (the course's desk draws its examples
   * as filled shapes): dark ink on white paper, which is what engine.preprocess reads (ink = darkness):
   * the negative of what the pad shows, at half the pad's resolution. The network sees 28x28 pixels,
   * so 140x140 lose nothing it could see, and each frame reads, inverts and copies a quarter as much.
   */
  function pixels() {
    reading.drawImage(canvas, 0, 0, reading.canvas.width, reading.canvas.height);
    const image = reading.getImageData(0, 0, reading.canvas.width, reading.canvas.height);
    const data = image.data;
    for (let i = 0; i < data.length; i += 4) {
      data[i] = 255 - data[i];
      data[i + 1] = 255 - data[i + 1];
      data[i + 2] = 255 - data[i + 2];
    }
    return image;
  }

  /**
   * What the core draws the network's input from: `points` (x, y, pressure of every point, stroke after
   * stroke), `lengths` (points per stroke), `background` (the test image under the strokes, or null) and
   * `frame` (the pad's width in the points' units, which the test image spans).
   */
  function drawing() {
    const drawn = strokes.filter(each => each.length > 0);
    return {
      points: Float32Array.from(drawn.flat()),
      lengths: Int32Array.from(drawn, each => each.length / 3),
      background,
      frame: canvas.width,
    };
  }

  clear();
  return { clear, showImage, isBlank: () => blank, drawing, pixels };
}
