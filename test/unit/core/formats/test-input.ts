// Builders of in-memory source files for the format-layer tests (UTF-8, UTF-16 with BOM, workbooks, zips).

import * as XLSX from '@e965/xlsx';
import { zipSync } from 'fflate';
import { ImportError } from '../../../../src/core/model/parsed-file';
import type { SourceInput } from '../../../../src/core/model/parsed-file';

/** UTF-8 bytes of `text`, with a BOM when `bom` is true. */
export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** UTF-16 bytes of `text` with its BOM (`FF FE` little-endian, `FE FF` big-endian). */
export function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const hi = c >> 8;
    const lo = c & 0xff;
    out[2 + 2 * i] = endian === 'le' ? lo : hi;
    out[3 + 2 * i] = endian === 'le' ? hi : lo;
  }
  return out;
}

/** A source file named `name` holding `bytes` (or the UTF-8 bytes of a string). */
export function source(name: string, bytes: Uint8Array | string): SourceInput {
  return { name, bytes: typeof bytes === 'string' ? utf8(bytes) : bytes };
}

/** An XLSX (`xlsx`) or old binary XLS (`biff8`) workbook holding `sheets` (name → rows), written with @e965/xlsx. */
export function workbookBytes(sheets: Record<string, unknown[][]>, bookType: 'xlsx' | 'biff8' = 'xlsx'): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), name);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

/** A zip (fflate, deflated) of `files` (path → text or bytes). */
export function zipBytes(files: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) entries[name] = typeof content === 'string' ? utf8(content) : content;
  return zipSync(entries);
}

/** Calls `fn`, expecting it to throw an ImportError, and returns it (fails the test otherwise). */
export function importErrorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw new Error(`expected an ImportError, got ${String(e)}`);
  }
  throw new Error('expected an ImportError, but nothing was thrown');
}
