// Downloads in jsdom component tests: the blobs the app hands to URL.createObjectURL and the file names of
// the links it clicks (src/lib/storage.ts `downloadBlob`), and a Blob's bytes.

import { vi } from 'vitest';

/** Captures the blobs handed to URL.createObjectURL (downloads) and the names of the links clicked; undo with `vi.restoreAllMocks()`. */
export function captureDownloads(): { blobs: Blob[]; names: string[] } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

/** The bytes of a Blob (jsdom's Blob has no arrayBuffer(); FileReader does). */
export function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('cannot read the blob'));
    reader.readAsArrayBuffer(blob);
  });
}
