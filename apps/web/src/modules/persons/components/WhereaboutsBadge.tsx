import { useTranslation } from 'react-i18next';
import { Tag, type Tone } from '../../../shared/ui/Tag';

/** Homelessness is the first thing a worker needs to see, so it stands out; the rest stays quiet. */
const TONE: Record<string, Tone> = { no_fixed_residence: 'warning', shelter: 'purple', institution: 'teal', unknown: 'neutral' };

export function WhereaboutsBadge({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return <Tag tone={TONE[kind] ?? 'brand'}>{t(`enums.whereaboutsKind.${kind}`)}</Tag>;
}
