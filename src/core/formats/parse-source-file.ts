// Entry point of the format layer: bytes in, one ParsedFile out (or an ImportError): sniff → detect →
// parse, with zips routed to the YouTube Studio zip reader.

import { ImportError } from '../model/parsed-file';
import type { ParsedFile, SourceInput } from '../model/parsed-file';
import { parseWithFormats } from './registry';
import { detectBinaryKind, readTextFile } from './sniff';
import { parseYouTubeZip } from './youtube-studio-zip';

/**
 * Reads one source file: a ZIP goes to the YouTube Studio zip reader; anything else is decoded (BOM,
 * encoding), its newline and delimiter sniffed, tokenised, its format detected from structure and headers
 * (`registry.ts`), then parsed and normalised into observations (shares 0..1, counts, hours, seconds,
 * ISO dates).
 * Throws {@link ImportError} and nothing else: codes `empty`, `binary`, `unknown-format`, `malformed`,
 * `unsupported`, `too-large`. An unexpected failure inside a parser (a bug) is reported as `malformed`
 * with `params.internal` set to the original error, so it is visible in tests.
 */
export function parseSourceFile(input: SourceInput): ParsedFile {
  try {
    if (detectBinaryKind(input.bytes)?.kind === 'zip') return parseYouTubeZip(input);
    return parseWithFormats(readTextFile(input));
  } catch (e) {
    if (e instanceof ImportError) throw e;
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw new ImportError('malformed', input.name, `"${input.name}" could not be read (${detail}).`, {
      params: { internal: detail },
    });
  }
}
