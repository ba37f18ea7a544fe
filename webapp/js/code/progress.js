// What the track keeps in this browser (localStorage): each step's code as last typed, whether it passed its
// check, and whether a later step should call the reference instead of it. Storage can be missing, full or
// refused (private windows, blocked cookies): every call then still works on a copy in memory for this page,
// and `kept()` says false so the page can tell the learner.

const PREFIX = 'scratchnet.code.';
const memory = new Map();
let working = true;

function read(key) {
  // What this page wrote comes first: once storage refuses a write, it still holds the value before.
  if (memory.has(key)) return memory.get(key);
  try {
    const value = localStorage.getItem(PREFIX + key);
    if (value !== null) return value;
  } catch (error) {
    working = false;
  }
  return null;
}

function write(key, value) {
  memory.set(key, value);
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, value);
  } catch (error) {
    working = false;
  }
}

/** False once the browser refused to keep something: the code then lives only as long as the page. */
export const kept = () => working;

export const code = step => read(`${step}.code`);
export const saveCode = (step, text) => write(`${step}.code`, text);
export const forgetCode = step => write(`${step}.code`, null);

export const passed = step => read(`${step}.passed`) === 'true';
export const savePassed = (step, value) => write(`${step}.passed`, value ? 'true' : null);

/** Whether later steps call the reference of this step rather than the learner's code. */
export const usesReference = step => read(`${step}.reference`) === 'true';
export const saveUsesReference = (step, value) => write(`${step}.reference`, value ? 'true' : null);
