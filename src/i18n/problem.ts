// Every Problem (src/core/model/problem.ts) in words, in one place: a file's problem as one sentence in the
// interface language naming the file (the parser's English message kept apart as the technical detail),
// and a setting's problem as the reason under its field and the sentence of the status line.

import type { TFunction } from 'i18next';
import { FILE_PROBLEM_CODES } from '../core/model/problem';
import type { Problem } from '../core/model/problem';

/**
 * The part of a {@link Problem} the interface needs: stable `code`, English `message`, 1-based `line` or
 * null, and the specifics the format layer put in `params` (file kind, header cells, cell value, sums …).
 */
export type ProblemLike = Omit<Problem, 'params'> & { params?: Problem['params'] };

/** Every file problem code with its own sentence under `problem.<code>` in both catalogues. */
export const PROBLEM_CODES: readonly string[] = FILE_PROBLEM_CODES;
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
      if (str('kind') === 'cut-off-row') return t('problem.malformed-cut-off-row', { found: str('found'), expected: str('expected') });
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

/**
 * A setting's problem (`threshold-*`, `figure-*`, see `SETTING_PROBLEM_CODES`) in the interface language:
 * `reason` for under the refused field (e.g. `de ondergrens mag niet boven de bovengrens liggen`) and
 * `sentence` for the status line (e.g. `Deze drempels kunnen niet: de ondergrens …`). A threshold that is
 * not a number reads `<label>: vul een getal in.` in both. Any other problem gives its English message.
 */
export function describeSettingProblem(t: TFunction, problem: ProblemLike): { reason: string; sentence: string } {
  const p = problem.params ?? {};
  const field = p.key === undefined ? '' : t(`settings.threshold.${String(p.key)}`);
  const thresholds = (reason: string) => ({ reason, sentence: t('settings.invalidThresholds', { detail: reason }) });
  const figure = (reason: string) => ({ reason, sentence: t('settings.invalidFigure', { detail: reason }) });
  switch (problem.code) {
    case 'threshold-not-number': {
      const reason = t('settings.invalidNumber', { field });
      return { reason, sentence: reason };
    }
    case 'threshold-negative':
      return thresholds(t('settings.negativeNumber', { field }));
    case 'threshold-share':
      return thresholds(t('settings.shareAboveWhole', { field }));
    case 'threshold-order':
      return thresholds(t('settings.underAboveOver'));
    case 'figure-invalid':
      return figure(String(p.detail ?? problem.message));
    default: {
      const key = FIGURE_REASON_KEYS[problem.code];
      return key ? figure(t(key)) : { reason: problem.message, sentence: problem.message };
    }
  }
}

/** The catalogue key of the reason of each typed-in figure's problem. */
const FIGURE_REASON_KEYS: Readonly<Record<string, string>> = {
  'figure-id-required': 'settings.idRequired',
  'figure-id-taken': 'settings.idTaken',
  'figure-value-invalid': 'settings.valueInvalid',
  'figure-year-invalid': 'settings.yearInvalid',
  'figure-source-required': 'settings.sourceRequired',
};
