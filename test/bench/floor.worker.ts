// The import floor of `npm run bench` (not app code): per file, read the bytes, decode them (UTF-16 LE
// when the file starts with its BOM, else UTF-8), parse with PapaParse into rows of strings, put every
// cell that is a number into a Float64Array, and store that array in one raw IndexedDB transaction.

import Papa from 'papaparse';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('bench-floor', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('values', { autoIncrement: true });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('cannot open bench-floor'));
  });
}

scope.onmessage = async (ev: MessageEvent<File[]>) => {
  try {
    const t0 = performance.now();
    const db = await openDb();
    let bytes = 0;
    let values = 0;
    for (const file of ev.data) {
      const buffer = new Uint8Array(await file.arrayBuffer());
      bytes += buffer.byteLength;
      const utf16 = buffer[0] === 0xff && buffer[1] === 0xfe;
      const text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(buffer);
      const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
      const out = new Float64Array(rows.reduce((n, r) => n + r.length, 0));
      let k = 0;
      for (const row of rows) {
        for (const cell of row) {
          const n = Number(cell);
          if (cell !== '' && Number.isFinite(n)) out[k++] = n;
        }
      }
      values += k;
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('values', 'readwrite');
        tx.objectStore('values').put({ name: file.name, values: out.slice(0, k) });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
    }
    db.close();
    scope.postMessage({ totalMs: performance.now() - t0, files: ev.data.length, bytes, values });
  } catch (e) {
    scope.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
};
