package net.scratchnet.languages;

import java.util.List;
import net.scratchnet.browser.Chromium;

/**
 * Finds English left on a Chinese page: a run of two or more English words in what the reader sees (the visible
 * text) or hears (title, aria-label, alt, placeholder). Not prose, so not looked at: code and its panels, formulas
 * (math), keys (kbd), variables (var), samples (samp), the editor, and an element marked as another language
 * (the switch's "English", a book's English title). A proper name the glossary keeps as it is, and a single letter
 * (a variable), count as no English word.
 */
final class EnglishProse {
    /** Names and notation that stay as they are in Chinese text (src/site/glossary.zh.md), compared ignoring case. */
    static final List<String> KEPT = List.of("ScratchNet", "MNIST", "Java", "JavaScript", "WebAssembly", "WasmGC", "TeaVM",
            "SIMD", "ReLU", "relu", "leakyrelu", "softmax", "sigmoid", "tanh", "Adam", "SGD", "Dropout", "CodeMirror",
            "Xavier", "He", "CNN", "im2col", "logit", "MB", "kB", "Delete", "Ctrl", "Chrome", "Edge", "Firefox", "Safari",
            "uPlot", "JSON", "URL", "iframe", "mse", "crossentropy");

    private EnglishProse() {
    }

    /** Every run found on the page now, with where it is; the page's skipped parts are removed to read it. */
    @SuppressWarnings("unchecked")
    static List<String> on(Chromium browser) {
        return (List<String>) browser.script("""
                const kept = new Set(arguments[0].map(name => name.toLowerCase()));
                const skipped = 'code, pre, math, kbd, var, samp, script, style, template, textarea, .CodeMirror, '
                  + '.code-panel, figure.code, [lang]:not([lang|="zh"])';
                // One letter is a variable of the maths (w, b, x in italics), not an English word.
                const isWord = token => /^[A-Za-z]{2,}(?:'[a-z]+)?$/.test(token) && !kept.has(token.toLowerCase());
                function runs(text) {
                  const found = [];
                  let run = [];
                  for (const token of text.split(/\\s+/).map(t => t.replace(/^[("'“‘\\[]+|[)"'”’\\].,:;!?…]+$/g, ''))) {
                    if (isWord(token)) { run.push(token); continue; }
                    if (run.length >= 2) found.push(run.join(' '));
                    run = [];
                  }
                  if (run.length >= 2) found.push(run.join(' '));
                  return found;
                }
                const where = element => element.id ? '#' + element.id : element.tagName.toLowerCase()
                  + (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ')[0] : '');
                const found = runs(document.title).map(run => `${run}  (in the page's title)`);
                for (const element of document.body.querySelectorAll('[title], [aria-label], [alt], [placeholder]')) {
                  if (element.closest(skipped)) continue;
                  for (const name of ['title', 'aria-label', 'alt', 'placeholder']) {
                    for (const run of runs(element.getAttribute(name) ?? '')) found.push(`${run}  (${name} of ${where(element)})`);
                  }
                }
                for (const element of document.body.querySelectorAll(skipped)) element.remove();
                for (const line of document.body.innerText.split('\\n')) {
                  for (const run of runs(line)) found.push(`${run}  (in "${line.trim().slice(0, 80)}")`);
                }
                return found;""", KEPT);
    }
}
