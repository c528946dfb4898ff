// The import floor of `npm run bench` (not app code): per file, read the bytes, decode them (UTF-16 LE
// when the file starts with its BOM, else UTF-8), parse with PapaParse into rows of strings, put every
// cell that is a number into a Float64Array, and store that array in one raw IndexedDB transaction.
// With `keep`, also what the product must keep of each file (docs/architecture.md#storage): its SHA-256
// (the "already imported" check) and the file itself, stored with the values in the same transaction as a
// Blob slice of the File (as `storedSourceBytes` does where the browser keeps Blobs).

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

/** The floor's input: the files, and whether to also hash and keep each file (see above). */
export interface FloorRequest {
  files: File[];
  keep: boolean;
}

scope.onmessage = async (ev: MessageEvent<FloorRequest>) => {
  try {
    const { files, keep } = ev.data;
    const t0 = performance.now();
    const db = await openDb();
    let bytes = 0;
    let values = 0;
    for (const file of files) {
      const buffer = new Uint8Array(await file.arrayBuffer());
      bytes += buffer.byteLength;
      const sha256 = keep ? Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', buffer)), (b) => b.toString(16).padStart(2, '0')).join('') : null;
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
        tx.objectStore('values').put(
          keep ? { name: file.name, values: out.slice(0, k), sha256, source: file.slice(0, file.size, 'application/octet-stream') } : { name: file.name, values: out.slice(0, k) },
        );
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
    }
    db.close();
    scope.postMessage({ totalMs: performance.now() - t0, files: files.length, bytes, values });
  } catch (e) {
    scope.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
};
