// Chapter 1: one neuron with three inputs. Every change of a slider asks the core for z and a = f(z).

import { byId } from '../dom.js';
import { startChapter, fmt } from './core.js';
import { addSlider } from './slider.js';

const inputs = [0.8, 0.3, 0.5];
const weights = [1.2, -0.7, 0.4];
let bias = -0.5;

startChapter(java => {
  const activation = byId('neuron-activation');
  const update = () => {
    const [z, a] = java.lessonNeuron(Float32Array.from(weights), Float32Array.from(inputs), bias, activation.value);
    byId('neuron-sum').textContent = fmt(z);
    byId('neuron-output').textContent = fmt(a);
    drawBar(byId('neuron-bar'), a, activation.value);
    byId('neuron-explain').textContent = `z = ${weights.map((w, i) => `${fmt(w, 2)}·${fmt(inputs[i], 2)}`).join(' + ')} + ${fmt(bias, 2)}`;
  };
  inputs.forEach((value, i) => addSlider(byId('neuron-inputs'), {
    id: `x${i + 1}`, label: `input x${'₁₂₃'[i]}`, min: 0, max: 1, step: 0.01, value,
    onInput: v => { inputs[i] = v; update(); },
  }));
  weights.forEach((value, i) => addSlider(byId('neuron-weights'), {
    id: `w${i + 1}`, label: `weight w${'₁₂₃'[i]}`, min: -3, max: 3, step: 0.05, value,
    onInput: v => { weights[i] = v; update(); },
  }));
  addSlider(byId('neuron-weights'), {
    id: 'bias', label: 'bias b', min: -3, max: 3, step: 0.05, value: bias,
    onInput: v => { bias = v; update(); },
  });
  activation.addEventListener('change', update);
  update();
});

// The output as a bar: sigmoid's range is 0..1, tanh's −1..1; ReLU's is unbounded, so its bar is scaled to 0..3.
function drawBar(canvas, a, activation) {
  const [min, max] = activation === 'tanh' ? [-1, 1] : activation === 'sigmoid' ? [0, 1] : [-0.5, 3];
  const c = canvas.getContext('2d');
  const width = canvas.width;
  const zeroAt = (0 - min) / (max - min) * width;
  const at = (Math.min(max, Math.max(min, a)) - min) / (max - min) * width;
  c.fillStyle = '#21262d';
  c.fillRect(0, 0, width, canvas.height);
  c.fillStyle = a >= 0 ? '#58a6ff' : '#f85149';
  c.fillRect(Math.min(zeroAt, at), 4, Math.abs(at - zeroAt), canvas.height - 8);
  c.fillStyle = '#8b949e';
  c.fillRect(zeroAt - 1, 0, 2, canvas.height);
}
