// Entry point of the format layer: bytes in, one ParsedFile out (or an ImportError). STUB, replaced by the
// format registry.

import { ImportError } from '../model/parsed-file';
import type { ParsedFile, SourceInput } from '../model/parsed-file';

/**
 * Reads one source file: sniffs encoding and delimiter, detects the format, parses and normalises it.
 * Throws {@link ImportError} (never anything else) when the file cannot be read.
 */
export function parseSourceFile(input: SourceInput): ParsedFile {
  throw new ImportError('unknown-format', input.name, `${input.name}: format not recognised`);
}
