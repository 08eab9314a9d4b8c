import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

/** Small status labels with AA contrast in every tone (Mantine's light badges fall below it). */
const TONES = {
  brand: { fg: '#1d4f7c', bg: '#eef4fa' },
  neutral: { fg: '#495057', bg: '#f1f3f5' },
  success: { fg: '#1e6b34', bg: '#e9f7ee' },
  warning: { fg: '#8a3700', bg: '#fff0e3' },
  purple: { fg: '#6b2a86', bg: '#f6ecfa' },
  teal: { fg: '#0b5563', bg: '#e6f5f7' },
} as const;
export type Tone = keyof typeof TONES;

export function Tag({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  const c = TONES[tone];
  return (
    <Text span size="xs" fw={600} px={8} py={2} mr={4} style={{ color: c.fg, background: c.bg, borderRadius: 4, display: 'inline-block', lineHeight: 1.5 }}>
      {children}
    </Text>
  );
}
