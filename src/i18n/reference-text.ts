// A reference figure's note and source text in the interface language: the shipped figures' texts come from
// the `reference` catalogue (keyed by figure id); a user-added figure or an edited source is shown as typed.

import type { TFunction } from 'i18next';
import { en } from './areas/reference';

/** The catalogue key of a figure id: dots become underscores (i18next reads dots as nesting). */
export function figureNoteKey(id: string): string {
  return id.replaceAll('.', '_');
}

const NOTES_EN: Readonly<Record<string, string>> = en.note;
const SOURCE_KEY_BY_TEXT: ReadonlyMap<string, string> = new Map(Object.entries(en.source).map(([key, text]) => [text, key]));

/**
 * The note of figure `id` in the interface language when `note` is the shipped note of that figure (so
 * a user-added figure keeps its own words); else `note` as it is.
 */
export function figureNoteText(figure: { id: string; note: string }, t: TFunction): string {
  const key = figureNoteKey(figure.id);
  if (NOTES_EN[key] !== figure.note) return figure.note;
  return t(`reference.note.${key}`, { defaultValue: figure.note });
}

/** A source text in the interface language when it is one of the shipped sources; else as it is. */
export function figureSourceText(text: string, t: TFunction): string {
  const key = SOURCE_KEY_BY_TEXT.get(text);
  return key ? t(`reference.source.${key}`, { defaultValue: text }) : text;
}
