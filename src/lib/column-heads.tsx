// The header row of a data table: one `<th scope="col">` per column, numeric columns right-aligned.

import type { ReactNode } from 'react';

/** A column heading: its text (or node), and `num` for a numeric column (class `num`, right-aligned). */
export interface ColumnHead {
  label: ReactNode;
  num?: boolean;
}

/**
 * `<thead>` with one row of `<th scope="col">` for `columns` in order: a plain string or node is a text
 * column, a {@link ColumnHead} with `num` a numeric one.
 */
export function ColumnHeads({ columns }: { columns: readonly (ReactNode | ColumnHead)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => {
          const head = typeof c === 'object' && c !== null && 'label' in c ? (c as ColumnHead) : { label: c as ReactNode };
          return (
            <th key={i} scope="col" className={head.num ? 'num' : undefined}>
              {head.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
