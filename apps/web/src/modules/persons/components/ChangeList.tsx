import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { displayFieldValue, fieldLabel } from '../person-values';

/** Field: old → new, one line each. */
export function ChangeList({ changes }: { changes: Record<string, { from: unknown; to: unknown }> | null }) {
  const { t } = useTranslation();
  const entries = Object.entries(changes ?? {}).filter(([, c]) => c && typeof c === 'object' && 'to' in c);
  if (!entries.length) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
      {entries.map(([field, c]) => (
        <li key={field}>
          <Text size="sm" className="wrap-anywhere">
            <Text span fw={500} size="sm">{fieldLabel(field, t)}:</Text>{' '}
            <Text span size="sm" c="dimmed" td={c.from === null ? undefined : 'line-through'}>{displayFieldValue(field, c.from, t)}</Text>
            {' → '}
            <Text span size="sm">{displayFieldValue(field, c.to, t)}</Text>
          </Text>
        </li>
      ))}
    </ul>
  );
}
