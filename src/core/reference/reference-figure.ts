// Reference figures (numbers from outside the user's data), the set in use, and user overrides (docs/architecture.md#vocabulary, docs/method.md#figures).

/** How sure a figure is (docs/reference-figures.md): official statistics = high, a named survey = medium, old/derived = low. */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * The unit of a figure's value:
 * - `share`: 0..1 (a percentage in the source, 15.23 % → 0.1523);
 * - `count`: people (residents);
 * - `flag`: 1 = listed / yes, 0 = not listed / no (used for the VRT KPI 14 list of youth platforms).
 */
export type FigureUnit = 'share' | 'count' | 'flag';

/** Where a figure comes from: the text to show and, when there is one, the page it is on. */
export interface FigureSource {
  text: string;
  url: string | null;
}

/**
 * What a figure is about, so a settings screen can group them:
 * `population` (Statbel counts and shares by age band), `platform-use` (share of young people using a
 * platform), `platform-youth-share` (share of a platform's users who are young), `youth-relevance`
 * (whether a platform is a youth platform), `other` (added by a user).
 */
export type FigureGroup = 'population' | 'platform-use' | 'platform-youth-share' | 'youth-relevance' | 'other';

/**
 * One reference figure (docs/architecture.md#vocabulary, docs/reference-figures.md).
 * - `id`: stable, dotted (`population.flanders.share-13plus.13-24`); overrides and traces refer to it.
 * - `value`: in `unit`; `null` = not known (shown as unknown, never used as 0).
 * - `year`: the year the figure describes (population on 1 January of that year; survey fieldwork year).
 * - `source`: citation text and URL (see docs/reference-figures.md).
 * - `note`: what the figure covers exactly (age band, base, rounding), in English.
 */
export interface ReferenceFigure {
  id: string;
  group: FigureGroup;
  value: number | null;
  unit: FigureUnit;
  year: number | null;
  source: FigureSource;
  confidence: Confidence;
  note: string;
  /**
   * Set when the value is only a bound: `lower` = "at least" (YouTube's daily use, 2024: the source gives
   * 51,6 % for women and 77,2 % for men but no figure for both, so the lower is used), `upper` = "at most".
   * Absent: the value is the figure itself. Sentences that quote it say "minstens" / "ten hoogste".
   */
  bound?: 'lower' | 'upper';
}

/** A figure whose value is known (a number). */
export type KnownReferenceFigure = ReferenceFigure & { value: number };

/**
 * A user's change to one figure, plain JSON (stored by id in IndexedDB, table `referenceOverrides`).
 * For an existing id, any field given replaces the default's (`value: null` marks it unknown).
 * For a new id, `value`, `unit` and `source` are required (`group` defaults to `other`, `confidence` to
 * `medium`, `year` to null, `note` to '').
 */
export interface ReferenceOverride {
  id: string;
  value?: number | null;
  unit?: FigureUnit;
  year?: number | null;
  source?: FigureSource;
  confidence?: Confidence;
  note?: string;
  group?: FigureGroup;
}

/** Where a figure of a set comes from: the shipped default, a default changed by the user, or a figure the user added. */
export type FigureOrigin = 'default' | 'overridden' | 'added';

/** A figure as it stands in a {@link ReferenceSet}: the figure, its origin, and the default it replaced (if any). */
export interface SetFigure extends ReferenceFigure {
  origin: FigureOrigin;
  /** The shipped figure, when `origin` is `overridden` (so the UI can show "changed from …"). */
  defaultFigure: ReferenceFigure | null;
}

/**
 * The reference figures in use: the defaults with the user's overrides applied. `figures` keeps the
 * defaults' order, added figures last. A reset to defaults = `applyOverrides(defaults, [])`.
 */
export interface ReferenceSet {
  figures: readonly SetFigure[];
  byId: Readonly<Record<string, SetFigure>>;
}

/**
 * Applies `overrides` to `defaults` (both plain data; neither is changed) and returns the set in use.
 * A later override of the same id wins over an earlier one. Throws `Error` when an override adds a new id
 * without `value`, `unit` or `source`, when a value is not a finite number or null, when a `share` is
 * outside 0..1, a `count` is negative, or a `flag` is not 0 or 1.
 */
export function applyOverrides(defaults: readonly ReferenceFigure[], overrides: readonly ReferenceOverride[]): ReferenceSet {
  const byId: Record<string, SetFigure> = {};
  const order: string[] = [];
  for (const f of defaults) {
    if (!(f.id in byId)) order.push(f.id);
    byId[f.id] = { ...f, origin: 'default', defaultFigure: null };
  }
  for (const o of overrides) {
    const current = byId[o.id];
    let next: SetFigure;
    if (current) {
      const base = current.defaultFigure ?? stripOrigin(current);
      // A new value replaces a bound the default had: the user's number is the figure itself.
      const { bound: _bound, ...unbounded } = current;
      next = {
        ...(o.value !== undefined ? unbounded : current),
        ...definedFields(o),
        origin: current.origin === 'added' ? 'added' : 'overridden',
        defaultFigure: current.origin === 'added' ? null : base,
      };
    } else {
      if (o.value === undefined || o.unit === undefined || o.source === undefined) {
        throw new Error(`reference override ${o.id}: a new figure needs value, unit and source`);
      }
      next = {
        id: o.id,
        group: o.group ?? 'other',
        value: o.value,
        unit: o.unit,
        year: o.year ?? null,
        source: o.source,
        confidence: o.confidence ?? 'medium',
        note: o.note ?? '',
        origin: 'added',
        defaultFigure: null,
      };
      order.push(o.id);
    }
    checkValue(next);
    byId[o.id] = next;
  }
  return { figures: order.map((id) => byId[id]!), byId };
}

function stripOrigin(f: SetFigure): ReferenceFigure {
  return { id: f.id, group: f.group, value: f.value, unit: f.unit, year: f.year, source: f.source, confidence: f.confidence, note: f.note };
}

function definedFields(o: ReferenceOverride): Partial<ReferenceFigure> {
  const out: Partial<ReferenceFigure> = {};
  if (o.value !== undefined) out.value = o.value;
  if (o.unit !== undefined) out.unit = o.unit;
  if (o.year !== undefined) out.year = o.year;
  if (o.source !== undefined) out.source = o.source;
  if (o.confidence !== undefined) out.confidence = o.confidence;
  if (o.note !== undefined) out.note = o.note;
  if (o.group !== undefined) out.group = o.group;
  return out;
}

function checkValue(f: ReferenceFigure): void {
  const v = f.value;
  if (v === null) return;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`reference figure ${f.id}: value must be a finite number or null`);
  if (f.unit === 'share' && (v < 0 || v > 1)) throw new Error(`reference figure ${f.id}: a share must be within 0..1, got ${v}`);
  if (f.unit === 'count' && v < 0) throw new Error(`reference figure ${f.id}: a count cannot be negative, got ${v}`);
  if (f.unit === 'flag' && v !== 0 && v !== 1) throw new Error(`reference figure ${f.id}: a flag is 0 or 1, got ${v}`);
}

/** The figure with `id` in `set`, or null when the set has none. */
export function figureById(set: ReferenceSet, id: string): SetFigure | null {
  return set.byId[id] ?? null;
}

/** True when `figure` is present and its value is known. */
export function isKnown(figure: ReferenceFigure | null): figure is KnownReferenceFigure {
  return figure !== null && figure.value !== null;
}
