// The track's exercises in order, as the course's manifest lists their pages (learn/code/SLUG.html): each
// step may call the functions of every step before it.
import oneNeuron from './one-neuron.js';
import sigmoid from './sigmoid.js';
import denseForward from './dense-forward.js';
import softmax from './softmax.js';
import softmaxGradient from './softmax-gradient.js';
import denseBackward from './dense-backward.js';
import sgd from './sgd.js';
import trainingLoop from './training-loop.js';
import mnist from './mnist.js';

export const STEPS = [oneNeuron, sigmoid, denseForward, softmax, softmaxGradient, denseBackward, sgd, trainingLoop, mnist];

/** The step with this id, and the steps before it. */
export function stepAndEarlier(id) {
  const index = STEPS.findIndex(step => step.id === id);
  if (index < 0) throw new Error(`no exercise ${id}`);
  return { step: STEPS[index], earlier: STEPS.slice(0, index) };
}

/** The reference with one known mistake made: the code the hint of that mistake is for. */
export function mistaken(step, hint) {
  const [find, replace] = step.mistakes[hint];
  if (!step.reference.includes(find)) throw new Error(`${step.id}: the mistake ${hint} changes nothing`);
  return step.reference.replace(find, replace);
}
