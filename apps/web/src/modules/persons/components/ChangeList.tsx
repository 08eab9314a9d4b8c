import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { displayFieldValue, fieldLabel } from '../person-values';

/** Field: old → new, one line each; `label` and `value` name and show the fields of a record other than a person. */
export function ChangeList({ changes, label, value }: {
  changes: Record<string, { from: unknown; to: unknown; hidden?: boolean }> | null;
  label?: (field: string) => string;
  value?: (field: string, value: unknown) => string;
}) {
  const { t } = useTranslation();
  const name = label ?? ((field: string) => fieldLabel(field, t));
  const show = value ?? ((field: string, v: unknown) => displayFieldValue(field, v, t));
  const entries = Object.entries(changes ?? {}).filter(([, c]) => c && typeof c === 'object' && 'to' in c);
  if (!entries.length) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
      {entries.map(([field, c]) => ('hidden' in c && c.hidden ? (
        // issue 14: a protected address changed — the reader sees that it did, not what it was
        <li key={field}><Text size="sm"><Text span fw={500} size="sm">{name(field)}:</Text> {t('addressProtection.badge')}</Text></li>
      ) : (
        <li key={field}>
          <Text size="sm" className="wrap-anywhere">
            <Text span fw={500} size="sm">{name(field)}:</Text>{' '}
            <Text span size="sm" c="dimmed" td={c.from === null ? undefined : 'line-through'}>{show(field, c.from)}</Text>
            {' → '}
            <Text span size="sm">{show(field, c.to)}</Text>
          </Text>
        </li>
      )))}
    </ul>
  );
}
