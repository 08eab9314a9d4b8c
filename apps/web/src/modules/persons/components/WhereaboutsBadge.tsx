import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Homelessness is the first thing a worker needs to see, so it stands out; the rest stays quiet. */
const COLORS: Record<string, string> = {
  no_fixed_residence: 'orange.9',
  shelter: 'grape.8',
  institution: 'cyan.9',
  unknown: 'gray.7',
};

export function WhereaboutsBadge({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={COLORS[kind] ?? 'brand.7'} radius="sm" tt="none" fw={600} style={{ whiteSpace: 'normal', height: 'auto' }}>
      {t(`enums.whereaboutsKind.${kind}`)}
    </Badge>
  );
}
