// Optional links in the overview's youth-share table: a screen above it can make the entity cell a link to the entity page and the youth-share cell a trace button.

import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';

/** The row fields a link needs (see `YouthShareTableRow`). */
export interface YouthShareLinkRow {
  accountId: string;
  entityName: string;
  youthShare: number | null;
}

/**
 * What the table asks of a provider, per row: the entity cell's content (e.g. a link whose text is the
 * entity name) and the youth-share cell's content given its formatted text (e.g. a trace button whose text
 * is exactly `text`). Without a provider the cells are plain text.
 */
export interface YouthShareLinks {
  entity(row: YouthShareLinkRow): ReactNode;
  youthShare(row: YouthShareLinkRow, text: string): ReactNode;
}

/** The context the youth-share table reads; null (the default) = plain cells. */
export const YouthShareLinksContext = createContext<YouthShareLinks | null>(null);

/** The links of the nearest provider, or null. */
export function useYouthShareLinks(): YouthShareLinks | null {
  return useContext(YouthShareLinksContext);
}
