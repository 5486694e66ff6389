// A table's header row from its column names: numeric columns align right,
// and some columns can be left out on phones.
import type { ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  /** Right-aligned (numbers). */
  num?: boolean;
  hidePhone?: boolean;
}

/** A right-aligned column. */
export const num = (label: ReactNode, more: Omit<Column, 'label' | 'num'> = {}): Column => ({ label, num: true, ...more });

export function TableHead({ columns }: { columns: Array<ReactNode | Column> }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => {
          const col: Column = c !== null && typeof c === 'object' && 'label' in c ? (c as Column) : { label: c as ReactNode };
          const className = [col.num ? 'num' : '', col.hidePhone ? 'hide-phone' : ''].filter(Boolean).join(' ') || undefined;
          return (
            <th key={i} scope="col" className={className}>
              {col.label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/**
 * A scrollable table with its header row; `children` are the body rows. The
 * wrapper scrolls on narrow screens, so it takes keyboard focus (a keyboard
 * user must be able to scroll it: axe's scrollable-region-focusable).
 */
export function Table({ columns, className, caption, busy, children }: { columns: Array<ReactNode | Column>; className?: string; caption?: string; busy?: boolean; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption ?? 'table'}>
      <table className={`table${className ? ` ${className}` : ''}`} aria-busy={busy || undefined}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <TableHead columns={columns} />
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
