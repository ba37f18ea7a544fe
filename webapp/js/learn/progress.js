// The reader's progress through the course: which questions (quiz.js) they answered right, kept in this
// browser's localStorage and sent nowhere. A chapter is done when every one of its questions is. Storage is a
// nicety: where it is refused (a privacy setting makes the mere access throw), full or holds garbage, the
// questions still work, they are only not remembered.
//
// On a page with a chapter list (the course's index), each item the builder gave data-questions="id id ..."
// is marked done, and the "reset my progress" button forgets every answer.

const KEY = 'scratchnet.course.answered-right';   // a JSON array of question ids

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The ids of the questions answered right; an empty set when nothing is kept or storage cannot be read. */
function answered() {
  try {
    const kept = JSON.parse(storage()?.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(kept) ? kept.filter(id => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function answeredRight(id) {
  return answered().has(id);
}

/** Remembers that question `id` was answered right; a storage that refuses only means it is not remembered. */
export function keepAnsweredRight(id) {
  const ids = answered();
  if (ids.has(id)) return;
  ids.add(id);
  try {
    storage()?.setItem(KEY, JSON.stringify([...ids]));
  } catch {
    // full or refused: this answer counts on this page and is forgotten on the next
  }
}

function forgetAll() {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // nothing kept could be forgotten either
  }
}

/** Marks the chapters whose questions were all answered right: class "done" and the badge of template#progress-words. */
function markChapterList() {
  const ids = answered();
  const badge = document.getElementById('progress-words')?.content.querySelector('.chapter-done');
  for (const item of document.querySelectorAll('li[data-questions]')) {
    const questions = item.dataset.questions.split(' ').filter(Boolean);
    const done = questions.length > 0 && questions.every(id => ids.has(id));
    item.classList.toggle('done', done);
    const shown = item.querySelector('.chapter-done');
    if (done && !shown && badge) item.querySelector('a').after(badge.cloneNode(true));
    if (!done && shown) shown.remove();
  }
}

function offerReset() {
  const button = document.getElementById('progress-reset');
  if (!button) return;
  button.addEventListener('click', () => {
    forgetAll();
    markChapterList();
    document.getElementById('progress-reset-status').textContent =
      document.getElementById('progress-reset-words').content.textContent.trim();
  });
}

markChapterList();
offerReset();
