// The sandbox page's one job (code-sandbox.html, framed with sandbox="allow-scripts", an opaque origin): run a
// learner's code in a Web Worker, stop it when it runs too long, and post back what it returned or threw.
// A classic script, not a module: a module from an opaque origin would need CORS headers.
//
// A job from the page (js/code/runner.js) is { id, sources, variants, harness, cases, timeout, transfer }:
//   sources   [{ name, text }]: code run first, in order, at the worker's global scope (earlier steps)
//   variants  [{ name, text }]: each is run at global scope in turn, then the harness is called on every
//             case; the first is the learner's code, the others the reference with its known mistakes
//   harness   the text of a function (case, report) => output, from the page's own modules
//   cases     the inputs
//   timeout   ms the worker may go without a sign of life (the start, or a report) before it is stopped
//   transfer  the ArrayBuffers of the input to hand over rather than copy (the capstone's images)
// Answers: { id, outputs: [per variant: its output for each case, null where it threw], logs, error }, error
// being null or the learner's first exception { kind: 'exception', name, message, line, source, case }; or,
// when the code could not even be run, { id, error } alone (that exception, or { kind: 'timeout', seconds }),
// and before either any number of { id, progress } (the harness's reports, which also keep the worker alive).
'use strict';

(function () {
  /** The worker's code, started from a blob: URL (an opaque origin cannot start a worker from a file). */
  function workerMain() {
    const logs = [];
    const LOG_LIMIT = 200;
    const show = value => typeof value === 'string' ? value : (() => {
      try { return JSON.stringify(value); } catch (e) { return String(value); }
    })();
    self.console.log = (...values) => {
      if (logs.length < LOG_LIMIT) logs.push(values.map(show).join(' '));
    };
    let names = [];

    /** Where in the learner's code an error happened: the first stack frame in one of its sources. */
    function describe(error, fallbackSource, fallbackLine) {
      const stack = String(error && error.stack || '');
      let source = fallbackSource || null;
      let line = fallbackLine || null;
      for (const frame of stack.split('\n')) {   // the innermost frame first
        const at = frame.match(/([\w.-]+\.js):(\d+):\d+\)?\s*$/);
        if (at && names.includes(at[1])) {
          source = at[1];
          line = Number(at[2]);
          break;
        }
      }
      return { kind: 'exception', name: String(error && error.name || 'Error'),
               message: String(error && error.message !== undefined ? error.message : error), line, source };
    }

    // The sources are run outside any try: an error while they run (a syntax error, or one at their top level)
    // ends up here. A syntax error has no stack frame in them, and so no line.
    self.onerror = (message, file, line, column, error) => {
      const name = String(file || '').split('/').pop();
      const known = names.includes(name);
      postMessage({ error: describe(error || { message }, known ? name : null, known ? line : null) });
      return true;
    };

    // An indirect eval runs a script at global scope, but its top-level const, let and class stay inside that
    // script (var and function declarations do not). So each script ends by copying those names onto the global
    // object, on a line after the learner's last, where the harness and the later steps find them.
    const declared = text => [...text.matchAll(/^(?:const|let|class)\s+([A-Za-z_$][\w$]*)/gm)].map(match => match[1]);
    const run = source => (0, eval)(source.text + '\n;' + declared(source.text)
      .map(name => `try { self.${name} = ${name}; } catch (notDeclared) {}`).join(' ') + '\n//# sourceURL=' + source.name);

    self.onmessage = ({ data }) => {
      names = data.sources.concat(data.variants).map(source => source.name);
      // An earlier step that cannot run is that step's error, not this one's (a syntax error has no stack frame).
      for (const source of data.sources) {
        try {
          run(source);
        } catch (error) {
          postMessage({ error: describe(error, source.name, null) });
          return;
        }
      }
      const harness = (0, eval)('(' + data.harness + ')');
      const [learner, ...mistakes] = data.variants;
      run(learner);
      const report = value => postMessage({ progress: value });
      // The learner's code on every case; a case it throws on is null, and the first error is reported with the
      // outputs, so that the cases it did answer can still be compared with the known mistakes.
      const outputs = [[]];
      let failure = null;
      for (let k = 0; k < data.cases.length; k++) {
        try {
          outputs[0].push(harness(data.cases[k], report));
        } catch (error) {
          outputs[0].push(null);
          failure ??= Object.assign(describe(error), { case: k });
        }
      }
      for (const mistake of mistakes) {
        try {
          run(mistake);
        } catch (error) {
          outputs.push(null);
          continue;
        }
        // A mistake that cannot run on a case tells nothing about the learner's output there: null.
        outputs.push(data.cases.map(input => {
          try {
            return harness(input, () => {});
          } catch (error) {
            return null;
          }
        }));
      }
      postMessage({ outputs, logs, error: failure });
    };
  }

  const workerUrl = URL.createObjectURL(new Blob(['(' + workerMain + ')()'], { type: 'text/javascript' }));
  let worker = null;
  let watchdog = 0;
  let job = null;

  function stop() {
    clearTimeout(watchdog);
    if (worker) worker.terminate();
    worker = null;
    job = null;
  }

  function answer(message) {
    parent.postMessage(Object.assign({ id: job.id }, message), '*');
  }

  function alive() {
    clearTimeout(watchdog);
    const timeout = job.timeout;
    watchdog = setTimeout(() => {
      answer({ error: { kind: 'timeout', seconds: timeout / 1000 } });
      stop();
    }, timeout);
  }

  // Code runs here only in an opaque origin (framed with sandbox="allow-scripts"): opened on its own, or framed
  // without the sandbox, this page would share the site's origin and its storage, so it does nothing at all.
  if (self.origin !== 'null' || parent === window) return;

  /** A job as js/code/runner.js sends it; anything else is ignored. */
  const isJob = data => data !== null && typeof data === 'object' && Array.isArray(data.sources)
    && Array.isArray(data.variants) && data.variants.length > 0 && typeof data.harness === 'string'
    && Array.isArray(data.cases) && Number.isFinite(data.timeout) && data.timeout > 0;

  addEventListener('message', event => {
    if (event.source !== parent || !isJob(event.data)) return;
    stop();
    job = event.data;
    worker = new Worker(workerUrl);
    worker.onmessage = ({ data }) => {
      if (data.progress !== undefined) {
        alive();
        answer({ progress: data.progress });
        return;
      }
      answer(data);
      stop();
    };
    // Only a worker that cannot start gets here: the worker reports every error of the code it runs itself.
    worker.onerror = event => {
      answer({ error: { kind: 'exception', name: 'Error', message: String(event.message || ''), line: null, source: null } });
      stop();
    };
    alive();
    worker.postMessage(job, job.transfer || []);
  });
  parent.postMessage({ ready: true }, '*');
})();
