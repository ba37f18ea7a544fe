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
  const progress = () => onProgress(loaded, Math.max(total, loaded));
  progress();
  const files = await Promise.all(responses.map(async response => {
    const chunks = [];
    const reader = response.body.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      chunks.push(part.value);
      loaded += part.value.length;
      progress();
    }
    return concat(chunks).buffer;
  }));
  return { checksums, files };
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
