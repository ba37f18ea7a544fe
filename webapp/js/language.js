// Which language a page is read in. Every page has an address per language (English at the site's root, Chinese
// under zh/), lists them in its head as <link rel="alternate" hreflang>, and loads this script right after them:
// a classic script, not a module, so that it runs before anything is drawn.
//
// A reader's page (data-follow="reader"):
// - the language switch (a.language-switch, the link to the same page in another language) keeps the reader's
//   query and hash, where the main page keeps its settings, and using it remembers the choice;
// - a first visit to an English page goes to the Chinese one when the remembered choice is Chinese or, with
//   nothing remembered, when the browser prefers Chinese to English. A page under zh/ never leaves on its own,
//   nor does a page in someone's iframe, so the address a reader shares or a host page frames is what is shown.
// The embed page (data-follow="parameter") follows its lang= parameter instead: the host page decides, never the
// reader's browser. A lang the site does not have shows English, with a notice saying so.

(() => {
  const STORAGE_KEY = 'scratchnet.language';
  // Where a choice is kept when the storage is refused: the tab's window.name, which stays from page to page of
  // the site, so that choosing English in a Chinese browser does not bounce straight back to Chinese.
  const TAB_MARK = 'scratchnet.language=';
  const follow = document.currentScript?.dataset.follow;
  const primary = tag => tag.toLowerCase().split('-')[0];
  const pageLanguage = primary(document.documentElement.lang);
  /** The page's editions: language code -> address without query or hash. */
  const editions = new Map([...document.querySelectorAll('link[rel="alternate"][hreflang]')]
    .map(link => [primary(link.hreflang), link.href]));

  /** Opens this page in `language`, keeping the query and hash (settings, a chapter's section). */
  function go(language) {
    location.replace(editions.get(language) + location.search + location.hash);
  }

  function remembered() {
    try {
      const stored = localStorage.getItem(STORAGE_KEY);
      if (stored) return stored;
    } catch {
      // storage refused (a privacy setting): only this tab's choice, if it made one
    }
    return window.name.startsWith(TAB_MARK) ? window.name.slice(TAB_MARK.length) : null;
  }

  /** The first of the browser's languages that the page has; its own language if none is. */
  function preferred() {
    const tags = navigator.languages?.length ? navigator.languages : [navigator.language ?? ''];
    return tags.map(primary).find(language => editions.has(language)) ?? pageLanguage;
  }

  if (follow === 'parameter') {
    const asked = new URLSearchParams(location.search).get('lang');
    if (asked === null || primary(asked) === pageLanguage) return;
    if (editions.has(primary(asked))) {
      go(primary(asked));
    } else if (pageLanguage !== 'en') {
      go('en');
    } else {
      document.addEventListener('DOMContentLoaded', () => {
        const notice = document.getElementById('language-notice');
        notice.querySelector('var[data-slot="lang"]').textContent = asked;
        notice.hidden = false;
      });
    }
    return;
  }

  if (pageLanguage === 'en' && window.self === window.top) {
    const choice = remembered() ?? preferred();
    if (choice !== pageLanguage && editions.has(choice)) {
      go(choice);
      return;
    }
  }

  /** Points each switch at its edition with the current query and hash, which the page may have changed since. */
  function refreshSwitches() {
    for (const link of document.querySelectorAll('a.language-switch')) {
      link.href = editions.get(primary(link.hreflang)) + location.search + location.hash;
    }
  }

  // The main page writes its settings into the address with history.replaceState, which fires no event: the
  // switches follow every change of the address the page makes, and the reader's back and forward.
  for (const method of ['pushState', 'replaceState']) {
    const change = history[method];
    history[method] = function (...args) {
      const result = change.apply(this, args);
      refreshSwitches();
      return result;
    };
  }
  addEventListener('popstate', refreshSwitches);
  addEventListener('hashchange', refreshSwitches);
  document.addEventListener('DOMContentLoaded', refreshSwitches);

  document.addEventListener('click', event => {
    const link = event.target.closest?.('a.language-switch');
    if (!link) return;
    refreshSwitches();
    try {
      localStorage.setItem(STORAGE_KEY, primary(link.hreflang));
    } catch {
      window.name = TAB_MARK + primary(link.hreflang);  // remembered in this tab only
    }
  });
})();
