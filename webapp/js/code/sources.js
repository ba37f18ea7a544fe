// Which code runs for each step: the learner's (as kept in this browser), or the reference where the learner
// asked for it or has written nothing yet. Each source is named after its step, so that an error's line is
// reported in the right step's code.
import * as progress from './progress.js';

/** The name a step's code has in stack traces and error messages. */
export const sourceName = step => `${step.id}.js`;

/** Whether the reference runs in place of the learner's code of this earlier step. */
export const runsReference = step => progress.usesReference(step.id) || progress.code(step.id) === null;

/** The code of earlier steps, as the sandbox runs them before the current step's. */
export function earlierSources(steps) {
  return steps.map(step => ({ name: sourceName(step), text: runsReference(step) ? step.reference : progress.code(step.id) }));
}

/** The mistakes of a step as variants to run after the learner's code: the reference with one change each. */
export function mistakeVariants(step, mistaken) {
  return Object.keys(step.mistakes).map(key => ({ name: `mistake-${key}.js`, text: mistaken(step, key) }));
}
