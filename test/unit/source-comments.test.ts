// Guards the rule that no comment in src/ sends the reader outside the repository: not to documents beside
// it (`../shared/…`, `DESIGN.md`, `research-*.md`, `reference-figures.md`) and not to an issue number.
// Comments point into docs/ (`docs/method.md#pooling`), to a public URL, or give the reason themselves.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** What a comment must not cite, each with the reason shown when it is found. */
const FORBIDDEN: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /\.\.\/shared\b|\bshared\/(?:research|DESIGN|reference|real-exports)/, why: 'a folder outside the repository' },
  { pattern: /\bDESIGN(?:\.md)?\b/, why: 'the design note outside the repository' },
  { pattern: /\bresearch-[a-z]+(?:\.md)?\b/, why: 'a research note outside the repository' },
  { pattern: /\breference-(?:figures|update[-0-9]*)\.md\b/, why: 'a note outside the repository (use docs/reference-figures.md)' },
  { pattern: /\bissues? #?\d+/i, why: 'an issue number' },
];

/** One forbidden citation: file (repo-relative), 1-based line, the line's text and why it is refused. */
export interface Citation {
  file: string;
  line: number;
  text: string;
  why: string;
}

/**
 * Every forbidden citation in `text` of `file`. The whole text is scanned, not only comments: a string
 * that sends the reader outside the repository (an error message, a lint message) is as unhelpful.
 * A `docs/…` path may name the same words (`docs/reference-figures.md`), so those are looked past.
 */
export function forbiddenCitations(file: string, text: string): Citation[] {
  const found: Citation[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/docs\/[\w./#-]+/g, '');
    for (const { pattern, why } of FORBIDDEN) {
      if (pattern.test(line)) found.push({ file, line: i + 1, text: raw.trim(), why });
    }
  });
  return found;
}

const ROOT = process.cwd();
const EXTENSIONS = /\.(?:ts|tsx|js|mjs|css|html)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return EXTENSIONS.test(entry.name) ? [full] : [];
  });
}

describe('source comments cite only the repository', () => {
  it('finds a planted citation of each kind, and passes docs/ links and public URLs', () => {
    const planted = [
      '// see ../shared/DESIGN.md §3',
      ' * (research-formats.md §2)',
      '/** reference-figures.md §1a */',
      '// added for issue 3 §4',
      '// docs/method.md#pooling; https://github.com/dexie/Dexie.js/issues/1017; docs/reference-figures.md',
    ].join('\n');
    const found = forbiddenCitations('planted.ts', planted);
    // line 1 cites a folder outside the repo and DESIGN; lines 2, 3, 4 one thing each; line 5 nothing
    expect(found.map((c) => c.line)).toEqual([1, 1, 2, 3, 4]);
  });

  it('no file in src/ (nor the lint, build and page config) cites a document outside the repository or an issue number', () => {
    const files = [
      ...filesUnder(path.join(ROOT, 'src')),
      path.join(ROOT, 'eslint.config.js'),
      path.join(ROOT, 'vite.config.ts'),
      path.join(ROOT, 'index.html'),
    ];
    const found = files.flatMap((f) => forbiddenCitations(path.relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found.map((c) => `${c.file}:${String(c.line)}: ${c.why}: ${c.text}`)).toEqual([]);
  });
});
