import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { toDisplayDate } from '../../../shared/dates';
import type { AuditEntry } from '../audit.api';
import { displayFieldValue, fieldLabel } from '../../persons/person-values';
import { ChangeList } from '../../persons/components/ChangeList';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A field's name: a person's fields by the person form's labels, any other record's by the audit log's own. */
const labelOf = (entry: AuditEntry, t: TFunction) => (field: string) =>
  entry.entityType === 'person' ? fieldLabel(field, t) : t(`audit.field.${field}`, { defaultValue: fieldLabel(field, t) });

/** A value as the pages show it: a day as dd.mm.yyyy, yes / no, a person's coded values by their labels. */
const valueOf = (t: TFunction) => (field: string, value: unknown): string => {
  if (typeof value === 'string' && ISO_DAY.test(value)) return toDisplayDate(value);
  if (typeof value === 'boolean') return t(value ? 'audit.yes' : 'audit.no');
  return displayFieldValue(field, value, t);
};

/** A short, readable summary of what an audit entry recorded. */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const label = labelOf(entry, t);
  if (entry.withheldFields) {
    const fields = entry.withheldFields.map(label).join(', ');
    return <Text size="sm" c="dimmed">{fields ? t('audit.withheld', { fields }) : t('audit.withheldNoFields')}</Text>;
  }
  const changes = entry.changes ?? {};
  if (entry.action === 'access_denied') {
    return <Text size="sm" className="wrap-anywhere">{t('audit.refused', { status: changes.status, method: changes.method, route: changes.route })}</Text>;
  }
  if (entry.action === 'search') {
    const query = typeof changes.query === 'string' ? changes.query : '';
    const results = Array.isArray(changes.results) ? changes.results.length : 0;
    return <Text size="sm" className="wrap-anywhere">{query.trim() ? t('audit.searchQuery', { query, count: results }) : t('audit.searchAll', { count: results })}</Text>;
  }
  if (entry.action === 'create' || entry.action === 'update') {
    const fields = Object.keys(changes);
    if (entry.action === 'create') return <Text size="sm">{t('audit.changedFields', { fields: fields.map(label).join(', ') })}</Text>;
    return <ChangeList changes={changes as Record<string, { from: unknown; to: unknown }>} label={label} value={valueOf(t)} />;
  }
  if (['code_change', 'household_change', 'relation_add', 'relation_remove'].includes(entry.action)) {
    return <Text size="sm">{t('audit.changedFields', { fields: Object.keys(changes).map(label).join(', ') })}</Text>;
  }
  return <Text size="sm" c="dimmed">—</Text>;
}
