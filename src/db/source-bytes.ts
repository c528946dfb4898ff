// How a source file's original bytes are kept in IndexedDB (a Blob where it survives the store, else an
// ArrayBuffer) and read back, whichever form a record holds (docs/architecture.md#speed).

let blobsSurviveClone: boolean | null = null;

/**
 * True when this environment's structured clone (the one IndexedDB uses to store a value) keeps a Blob a
 * Blob. Browsers do; jsdom's Blob under Node's `structuredClone` (the component tests with fake-indexeddb)
 * comes back as an empty plain object. Decided once per thread.
 */
export function canStoreBlobs(): boolean {
  if (blobsSurviveClone === null) {
    try {
      blobsSurviveClone =
        typeof Blob === 'function' && typeof structuredClone === 'function' && structuredClone(new Blob([])) instanceof Blob;
    } catch {
      blobsSurviveClone = false;
    }
  }
  return blobsSurviveClone;
}

/**
 * The form in which to store `bytes` as `SourceFileRecord.bytes`, where Blobs survive the store
 * ({@link canStoreBlobs}): `blob` itself (as a plain Blob slice) when given and of the same size — the
 * `File` the bytes were read from, which the browser copies into IndexedDB's blob store without a copy in
 * memory (7 ms for 14 MB, `npm run bench`) and refuses to read if the file changed on disk since it was
 * picked (the write then fails as a whole) — else a Blob holding a copy of `bytes` (45 ms); an ArrayBuffer
 * copy where Blobs do not survive (70 ms, the form of records written before). Later changes to `bytes`
 * never reach the stored copy.
 */
export function storedSourceBytes(bytes: Uint8Array, blob?: Blob): ArrayBuffer | Blob {
  if (!canStoreBlobs()) return new Uint8Array(bytes).buffer;
  if (blob !== undefined && blob.size === bytes.byteLength) return blob.slice(0, blob.size, 'application/octet-stream');
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });
}

/**
 * The bytes of a stored source file, whichever form the record holds (a Blob, or an ArrayBuffer as
 * written before the Blob change): a new Uint8Array the caller may keep. Rejects when the Blob cannot be
 * read (the browser lost its backing file) with the browser's error.
 */
export async function readSourceBytes(stored: ArrayBuffer | Blob): Promise<Uint8Array<ArrayBuffer>> {
  if (isStoredBuffer(stored)) return new Uint8Array(stored.slice(0));
  return blobBytes(stored);
}

/**
 * A stored source file as a Blob, whichever form the record holds: the Blob itself, or a Blob wrapping the
 * ArrayBuffer of a record written before the Blob change. Reads nothing (for a download).
 */
export function sourceBlob(stored: ArrayBuffer | Blob): Blob {
  return isStoredBuffer(stored) ? new Blob([stored], { type: 'application/octet-stream' }) : stored;
}

/** True for the ArrayBuffer form (by tag too: one read through another realm, a test's fake IndexedDB). */
function isStoredBuffer(stored: ArrayBuffer | Blob): stored is ArrayBuffer {
  return stored instanceof ArrayBuffer || Object.prototype.toString.call(stored) === '[object ArrayBuffer]';
}

/**
 * The bytes of a Blob (a File too) as a new Uint8Array: `arrayBuffer()` where it exists, else `FileReader`
 * (jsdom). Rejects with the browser's error when the Blob cannot be read.
 */
export async function blobBytes(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsArrayBuffer(blob);
  });
}
