// Downloads a dataset's files for the core: its checksum list and its four .gz files, which the core
// verifies and decodes. Shared by the page's engine (engine.js, on the main thread) and chapter 9's race
// worker (learn/race-worker.js). An ES module, which the classic race worker loads with import(): a classic
// worker cannot import statically, but can dynamically, and a module needs no globals. A worker has no
// document, so a failed download throws an Error with its problem in words { key, values }, which the page
// words (i18n.js's problemText).

const DATA = new URL('../data/', import.meta.url);

/**
 * @param dataset    the core's schema entry of the dataset: { folder, checksums, files } (the files in the
 *                   order the core's loaders take them)
 * @param onProgress called with (loaded, total) bytes over all the files as they arrive; total is what the
 *                   server announced (Content-Length), and never less than loaded
 * @returns {Promise<{checksums: string, files: ArrayBuffer[]}>} the checksum list's text and the files' bytes
 */
export async function downloadDataset({ folder: name, checksums: checksumsFile, files: fileNames }, onProgress = () => {}) {
  const folder = new URL(name + '/', DATA);
  const checksumsResponse = await fetchOk(new URL(checksumsFile, folder));
  const checksums = await checksumsResponse.text();
  const responses = await Promise.all(fileNames.map(file => fetchOk(new URL(file, folder))));
  const sizes = responses.map(response => Number(response.headers.get('Content-Length')) || 0);
  const total = sizes.reduce((a, b) => a + b, 0);
  let loaded = 0;
  let failed = false;   // one file failed: the others are cancelled and their progress no longer reported
  const progress = () => { if (!failed) onProgress(loaded, Math.max(total, loaded)); };
  progress();
  const readers = responses.map(response => response.body.getReader());
  try {
    const files = await Promise.all(readers.map(async (reader, k) => {
      const chunks = [];
      for (let part = await readOrSay(reader, responses[k].url); !part.done; part = await readOrSay(reader, responses[k].url)) {
        chunks.push(part.value);
        loaded += part.value.length;
        progress();
      }
      return concat(chunks).buffer;
    }));
    return { checksums, files };
  } catch (error) {
    failed = true;
    for (const reader of readers) reader.cancel().catch(() => {});   // a failed one has nothing left to cancel
    throw error;
  }
}

async function fetchOk(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw downloadProblem(url, error.message);
  }
  if (!response.ok) throw downloadProblem(url, `HTTP ${response.status}`);
  return response;
}

/** The next part of a file's body; a connection lost halfway is a failed download of that file, said as such. */
async function readOrSay(reader, url) {
  try {
    return await reader.read();
  } catch (error) {
    throw downloadProblem(new URL(url), error.message);
  }
}

/** An Error whose message names the file and what went wrong, with the key of the page's sentence for it. */
function downloadProblem(url, problem) {
  const values = { file: url.pathname, problem };
  return Object.assign(new Error(`${values.file}: ${problem}`), { words: { key: 'files.downloadFailed', values } });
}

function concat(chunks) {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
