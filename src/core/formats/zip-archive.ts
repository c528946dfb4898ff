// Zip archives: listing members without unpacking, and unpacking with a zip-bomb guard (fflate).

import { unzipSync } from 'fflate';
import type { UnzipFileInfo } from 'fflate';
import { ImportError } from '../model/parsed-file';

/** Refuse archives whose members would unpack to more than this many bytes in all: 50 MB. */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

/** Refuse members that claim to expand more than this many times their packed size (a zip bomb). */
export const MAX_COMPRESSION_RATIO = 200;

/** The file members of a zip (folders left out), as the central directory declares them. */
export function listZip(bytes: Uint8Array, fileName: string): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries.push(info);
        return false;
      },
    });
  } catch {
    throw new ImportError('malformed', fileName, `"${fileName}" is a damaged ZIP archive and cannot be opened.`);
  }
  return entries.filter((e) => !e.name.endsWith('/'));
}

/**
 * Unpacks the members `keep` accepts. Throws `ImportError('too-large')` before unpacking anything when
 * the declared total exceeds {@link MAX_UNZIPPED_BYTES} or a member over 1 MB claims to expand more than
 * {@link MAX_COMPRESSION_RATIO} times (params: `bytes` declared), and `ImportError('malformed')` when the
 * data is damaged or a member unpacks to more than it declared.
 */
export function unzipGuarded(bytes: Uint8Array, fileName: string, keep: (name: string) => boolean): Record<string, Uint8Array> {
  const entries = listZip(bytes, fileName).filter((e) => keep(e.name));
  const declared = entries.reduce((sum, e) => sum + e.originalSize, 0);
  const bomb = entries.some((e) => e.originalSize > 1024 * 1024 && e.originalSize > MAX_COMPRESSION_RATIO * Math.max(1, e.size));
  if (declared > MAX_UNZIPPED_BYTES || bomb) {
    throw new ImportError(
      'too-large',
      fileName,
      `"${fileName}" would unpack to ${String(Math.round(declared / 1048576))} MB${bomb ? ' from a tiny packed size (a zip bomb?)' : ''}; the limit is 50 MB.`,
      { params: { bytes: declared } },
    );
  }
  let out: Record<string, Uint8Array>;
  try {
    out = unzipSync(bytes, { filter: (info) => !info.name.endsWith('/') && keep(info.name) });
  } catch {
    throw new ImportError('malformed', fileName, `"${fileName}" is a damaged ZIP archive and cannot be unpacked.`);
  }
  const actual = Object.values(out).reduce((sum, b) => sum + b.length, 0);
  if (actual > MAX_UNZIPPED_BYTES) {
    throw new ImportError('too-large', fileName, `"${fileName}" unpacks to more than 50 MB.`, { params: { bytes: actual } });
  }
  return out;
}
