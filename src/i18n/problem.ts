// Turns an import problem (code, params, English message, line) into one sentence in the interface
// language naming the file; the parser's English message is kept apart as the technical detail.

import type { TFunction } from 'i18next';

/**
 * The part of a problem the interface needs: stable `code`, English `message`, 1-based `line` or null,
 * and the specifics the format layer put in `params` (file kind, header cells, cell value, sums …).
 */
export interface ProblemLike {
  code: string;
  message: string;
  line: number | null;
  params?: Record<string, string | number>;
}

/** Every problem code with its own sentence under `problem.<code>` in both catalogues. */
export const PROBLEM_CODES: readonly string[] = [
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
  'export-date-required',
  'invalid-export-date',
  'template-unknown-band',
  'template-unknown-basis',
  'template-unknown-platform',
  'template-invalid-share',
  'mapping-invalid',
  'shares-incomplete',
  'source-missing',
];
const KNOWN_CODES = new Set(PROBLEM_CODES);

const BINARY_KINDS = new Set(['png', 'jpeg', 'gif', 'webp', 'bmp', 'pdf', 'gzip', 'sqlite', 'nul', 'control-characters']);
const UNSUPPORTED_KINDS = new Set(['xlsx', 'zip', 'tiktok-zip']);

const MB = 1048576;

/**
 * The catalogue key and values of the most specific sentence for `problem`: e.g. `binary` with
 * `params.kind` `png` → `problem.binary-kind` ("dit is geen tekstbestand maar een PNG-afbeelding"),
 * `malformed` with a cell's `value`/`column`/`expected` → `problem.malformed-cell`, `too-large` with
 * `bytes`/`limit` → sizes in MB, `shares-incomplete` with `direction: 'high'` → `shares-incomplete-high`.
 * Numbers with decimals (`sum`, `share`) are formatted in the interface language via i18next's `number`
 * formatter (33,7 in Dutch).
 */
function reasonOf(t: TFunction, problem: ProblemLike): string {
  const p = problem.params ?? {};
  const str = (k: string): string => (p[k] === undefined ? '' : String(p[k]));
  switch (problem.code) {
    case 'binary':
      if (BINARY_KINDS.has(str('kind'))) return t('problem.binary-kind', { kindLabel: t(`problem.kind.${str('kind')}`) });
      break;
    case 'unsupported':
      if (UNSUPPORTED_KINDS.has(str('kind'))) return t(`problem.unsupported-${str('kind')}`);
      if (str('title') !== '') return t('problem.unsupported-title', { title: str('title') });
      if (str('members') !== '') return t('problem.unsupported-members', { members: str('members') });
      break;
    case 'unknown-format':
      if (str('firstCells') !== '') return t('problem.unknown-format-cells', { firstCells: str('firstCells') });
      break;
    case 'malformed':
      if (str('kind') === 'unclosed-quote') return t('problem.malformed-quote');
      if (str('kind') === 'quote-spans-lines') return t('problem.malformed-quote-spans', { line: str('line'), endLine: str('endLine') });
      if (str('kind') === 'stray-quote') return t('problem.malformed-stray-quote');
      if (str('kind') === 'column-count') return t('problem.malformed-column-count', { found: str('found'), expected: str('expected') });
      if (str('kind') === 'dates-out-of-order') return t('problem.malformed-dates-out-of-order');
      if (str('column') !== '' && ['number', 'duration', 'date'].includes(str('expected'))) {
        return t('problem.malformed-cell', { value: str('value'), column: str('column'), expectedLabel: t(`problem.expected.${str('expected')}`) });
      }
      break;
    case 'too-large': {
      const bytes = Number(p.bytes);
      const limit = Number(p.limit);
      if (Number.isFinite(bytes) && Number.isFinite(limit) && p.limit !== undefined) {
        return t('problem.too-large-limit', { sizeMb: Math.round(bytes / MB), limitMb: Math.round(limit / MB) });
      }
      if (Number.isFinite(bytes) && p.bytes !== undefined) return t('problem.too-large-unpacked', { sizeMb: Math.round(bytes / MB) });
      break;
    }
    case 'shares-incomplete':
      return t(str('direction') === 'high' ? 'problem.shares-incomplete-high' : 'problem.shares-incomplete', {
        sum: Number(p.sum),
        formatParams: { sum: { maximumFractionDigits: 1 } },
        interpolation: { escapeValue: false },
      });
    case 'export-date-required':
      return t('problem.export-date-required', { example: str('example') });
    default:
      break;
  }
  if (!KNOWN_CODES.has(problem.code)) return t('problem.unknown');
  return t(`problem.${problem.code}`, { ...p });
}

/**
 * One sentence in the interface language for a file that could not be read or stored, e.g.
 * `Table data.csv: de leeftijdsverdeling telt op tot 33,7 %, niet 100 %: het bestand lijkt afgebroken; …`.
 * Always names the file, and the line when known. The English `message` of the parser is NOT part of it
 * (in the Dutch interface no English sentence is shown by default): show it with {@link problemDetail}
 * under "Technische details". An unknown code gives the generic reason.
 */
export function describeProblem(t: TFunction, fileName: string, problem: ProblemLike): string {
  const reason = reasonOf(t, problem);
  return problem.line !== null
    ? t('problem.withLine', { file: fileName, line: problem.line, reason })
    : t('problem.withoutLine', { file: fileName, reason });
}

/** The parser's English message, minus a leading `fileName: ` it may repeat ('' when there is none). */
export function problemDetail(fileName: string, problem: ProblemLike): string {
  let detail = problem.message.trim();
  if (detail.startsWith(`${fileName}:`)) detail = detail.slice(fileName.length + 1).trim();
  return detail;
}
