// The code editor: CodeMirror 5 (from the site itself, vendor/codemirror/, unpacked from its WebJar at build
// time; its stylesheet too) with JavaScript highlighting, matching brackets, line numbers and undo. If it cannot load, the plain
// textarea it would replace stays, and everything else works.

const VENDOR = new URL('../../vendor/codemirror/', import.meta.url);
const SCRIPTS = ['lib/codemirror.js', 'mode/javascript/javascript.js', 'addon/edit/matchbrackets.js'];

function loadScript(path) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(path, VENDOR).href;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`cannot load ${path}`));
    document.head.append(script);
  });
}

/**
 * Turns `textarea` into an editor. Resolves to { value(), setValue(text), onChange(callback), markLine(line),
 * focus() }; `onChange` is called on every change with the whole text.
 */
export async function createEditor(textarea) {
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('lib/codemirror.css', VENDOR).href;
  document.head.prepend(style);   // before code.css, which restyles it
  try {
    for (const path of SCRIPTS) await loadScript(path);   // in order: the mode and the addon need the editor
  } catch (error) {
    return plainEditor(textarea);
  }
  const editor = window.CodeMirror.fromTextArea(textarea, {
    mode: 'javascript', lineNumbers: true, matchBrackets: true, indentUnit: 2, tabSize: 2,
    theme: 'default', viewportMargin: Infinity,
    extraKeys: { Tab: cm => cm.execCommand(cm.somethingSelected() ? 'indentMore' : 'insertSoftTab') },
  });
  let marked = null;
  return {
    value: () => editor.getValue(),
    setValue: text => editor.setValue(text),
    onChange: callback => editor.on('change', () => callback(editor.getValue())),
    markLine(line) {
      if (marked !== null) editor.removeLineClass(marked, 'background', 'error-line');
      marked = line === null ? null : editor.addLineClass(line - 1, 'background', 'error-line');
    },
    focus: () => editor.focus(),
  };
}

function plainEditor(textarea) {
  return {
    value: () => textarea.value,
    setValue: text => { textarea.value = text; },
    onChange: callback => textarea.addEventListener('input', () => callback(textarea.value)),
    markLine() {},
    focus: () => textarea.focus(),
  };
}
