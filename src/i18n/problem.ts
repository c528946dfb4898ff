// Turns an import problem (code, English message, line) into one translated sentence naming the file.

import type { TFunction } from 'i18next';

/** The part of a problem the interface needs: stable `code`, English `message`, 1-based `line` or null. */
export interface ProblemLike {
  code: string;
  message: string;
  line: number | null;
}

const KNOWN_CODES = new Set([
  'empty',
  'binary',
  'not-text',
  'unknown-format',
  'unsupported',
  'malformed',
  'too-large',
  'internal',
  'quota',
  'storage-full',
  'write-aborted',
  'entity-required',
  'invalid-platform',
  'unreadable',
  'unknown-key',
]);

/**
 * One sentence for a file that could not be read or stored, e.g.
 * `data.csv, regel 3: het bestand is beschadigd of onvolledig (unexpected quote)`.
 * Always names the file and the line when known. The translated reason comes from `problem.<code>`
 * (`empty`, `binary`, `unknown-format`, `unsupported`, `malformed`, `too-large`, `internal`, `quota`);
 * the parser's English `message` follows in brackets as the specific detail (minus a leading
 * `fileName: ` it may repeat). An unknown code shows the generic reason with the detail.
 */
export function describeProblem(t: TFunction, fileName: string, problem: ProblemLike): string {
  const base = KNOWN_CODES.has(problem.code) ? t(`problem.${problem.code}`) : t('problem.unknown');
  let detail = problem.message.trim();
  if (detail.startsWith(`${fileName}:`)) detail = detail.slice(fileName.length + 1).trim();
  const reason = detail ? t('problem.detail', { reason: base, detail }) : base;
  return problem.line !== null
    ? t('problem.withLine', { file: fileName, line: problem.line, reason })
    : t('problem.withoutLine', { file: fileName, reason });
}
