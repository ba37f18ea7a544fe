// The words for a run that failed in the sandbox: stopped for running too long, a sandbox that did not start,
// or an exception, in the current step's code (with its line) or in an earlier step's.
import { say } from './words.js';

/** A fragment saying what went wrong; `ownSource` is the name of the code the page is about. */
export function errorMessage(error, ownSource) {
  if (error.kind === 'timeout') return say('error.timeout', { seconds: error.seconds });
  if (error.kind === 'no-sandbox') return say('error.no-sandbox');
  if (error.source && error.source !== ownSource) return say('error.exception-earlier', error);
  if (error.line !== null && error.line !== undefined) return say('error.exception', error);
  return say('error.syntax', error);
}
