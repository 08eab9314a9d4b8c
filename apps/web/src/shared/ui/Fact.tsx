import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

/** A term and its value: the label small above, the value below; wraps on a phone. */
export function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: 0.3 }}>{label}</Text>
      <Text size="sm" component="div" className="wrap-anywhere">{children}</Text>
    </div>
  );
}
