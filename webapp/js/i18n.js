// The words a script shows (status lines, notices, errors, chart labels, class names), in the page's language.
// They live in src/site/texts/LANGUAGE/scripts/*.txt, one text per key, and the build writes them to
// js/words/LANGUAGE.js (net.scratchnet.tools.ScriptWords), which stops unless every language has every key.
// The page's language is its <html lang> ("en", "zh-CN"), which the build wrote: a URL never chooses the module.
//
// t('key', { name: value }) gives plain text with each {name} filled in: put it in with textContent, never as
// markup. A value is written as the page's language writes it (written()): a number with number() (1,875), a list
// with list() (English "a, b, c", Chinese "a、b、c"); a caller that wants other digits passes text (number(x,
// options), fmt), and a count in prose that Chinese says in 万 passes count(x).

const LANGUAGES = Object.freeze(['en', 'zh']);

/** The page's language tag, as written on <html lang>: what Intl and the fonts go by. */
export const locale = globalThis.document?.documentElement.lang || 'en';

/** The page's language: the folder of src/site/texts/ its words come from. */
export const language = LANGUAGES.includes(locale.split('-')[0]) ? locale.split('-')[0] : 'en';

const words = (await import(`./words/${language}.js`)).default;

/** The text with this key, its {name} places filled from `values`; a missing key or value is the page's bug. */
export function t(key, values = {}) {
  const text = words[key];
  if (text === undefined) throw new Error(`no ${language} text '${key}' (src/site/texts/${language}/scripts/)`);
  return text.replace(/\{([a-zA-Z][\w.-]*)\}( (?=\p{Script=Han}))?/gu, (_, name, space = '') => {
    if (!(name in values)) throw new Error(`text '${key}' names {${name}}, which the script does not give`);
    const value = written(values[name]);
    return endsInHan(value) ? value : value + space;
  });
}

/**
 * Whether a value ends in a Chinese character: the space a Chinese text puts after its place (全部 {total} 张, as
 * after a number) then goes, since the house style never spaces two Chinese characters (1 万张, not 1 万 张).
 */
export const endsInHan = value => /\p{Script=Han}$/u.test(value);

/**
 * A value as a sentence shows it in the page's language: a number written with number() (every digit it has, so
 * that no rate is rounded), a list joined with list(), anything else as its text.
 */
export function written(value) {
  if (typeof value === 'number') return number(value, { maximumFractionDigits: 20 });
  return Array.isArray(value) ? list(value) : String(value);
}

/**
 * Items one after another as the language lists them (text.list: English "a, b, c", Chinese "a、b、c", the
 * glossary's 顿号), each item written().
 */
export function list(items) {
  return items.length === 0 ? '' : items.map(written).reduce((first, second) => t('text.list', { first, second }));
}

/** Whether there is a text with this key (for optional words, such as a message for each of the core's problems). */
export const has = key => Object.hasOwn(words, key);

/** Whole sentences one after the other, as the language writes them (English puts a space between). */
export function sentences(...texts) {
  return texts.filter(Boolean).reduce((first, second) => t('text.sentences', { first, second }));
}

/**
 * A problem in the page's language. Code without a document (a worker, dataset-download.js) cannot word
 * its problems: it sends or throws them (a message, an Error) with `words`: { key, values }, worded here.
 * Anything else is shown as it came: its message is the core's own or the browser's.
 */
export function problemText(problem) {
  if (problem?.words) return t(problem.words.key, problem.words.values);
  return problem?.message ?? String(problem);
}

/** A number written the page's way: `number(0.9804, { style: 'percent', maximumFractionDigits: 2 })`. */
export function number(value, options = {}) {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** Chinese says a round count in 万 (ten thousands) from 1 万 up to, not including, 1 亿 (a hundred million). */
const TEN_THOUSAND = 10_000;
const HUNDRED_MILLION = 100_000_000;

/**
 * A count of things in prose ("all {total} test images"), as the language counts them: Chinese says a round count
 * in 万, with a space before it (1 万, 6 万: src/site/glossary.zh.md's house style); any other count, and every count
 * in English, is written in digits by number(). The word 万 is the browser's own (Intl's compact notation).
 */
export function count(value) {
  const round = language === 'zh' && value >= TEN_THOUSAND && value < HUNDRED_MILLION && value % TEN_THOUSAND === 0;
  if (!round) return number(value);
  const unit = new Intl.NumberFormat(locale, { notation: 'compact' }).formatToParts(TEN_THOUSAND)
    .find(part => part.type === 'compact').value;
  return `${number(value / TEN_THOUSAND)} ${unit}`;
}
