import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Homelessness is the first thing a worker needs to see, so it stands out; the rest stays quiet. */
const COLORS: Record<string, { fg: string; bg: string }> = {
  no_fixed_residence: { fg: '#8a3700', bg: '#fff0e3' },
  shelter: { fg: '#6b2a86', bg: '#f6ecfa' },
  institution: { fg: '#0b5563', bg: '#e6f5f7' },
  unknown: { fg: '#495057', bg: '#f1f3f5' },
};
const DEFAULT = { fg: '#1d4f7c', bg: '#eef4fa' };

export function WhereaboutsBadge({ kind }: { kind: string }) {
  const { t } = useTranslation();
  const c = COLORS[kind] ?? DEFAULT;
  return (
    <Text span size="xs" fw={600} px={8} py={2} style={{ color: c.fg, background: c.bg, borderRadius: 4, display: 'inline-block', lineHeight: 1.5 }}>
      {t(`enums.whereaboutsKind.${kind}`)}
    </Text>
  );
}
