import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone. The scrolling region is focusable and named, so
 * keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
