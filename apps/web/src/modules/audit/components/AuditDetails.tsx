import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../audit.api';
import { fieldLabel } from '../../persons/person-values';
import { ChangeList } from '../../persons/components/ChangeList';

/** A short, readable summary of what an audit entry recorded. */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.withheldFields) {
    const fields = entry.withheldFields.map((f) => fieldLabel(f, t)).join(', ');
    return <Text size="sm" c="dimmed">{fields ? t('audit.withheld', { fields }) : t('audit.withheldNoFields')}</Text>;
  }
  const changes = entry.changes ?? {};
  if (entry.action === 'access_denied') {
    return <Text size="sm" className="wrap-anywhere">{t('audit.refused', { status: changes.status, method: changes.method, route: changes.route })}</Text>;
  }
  if (entry.action === 'search') {
    const query = typeof changes.query === 'string' ? changes.query : '';
    const results = Array.isArray(changes.results) ? changes.results.length : 0;
    return <Text size="sm" className="wrap-anywhere">{t('audit.searchQuery', { query, count: results })}</Text>;
  }
  if (entry.action === 'create' || entry.action === 'update') {
    const fields = Object.keys(changes);
    if (entry.action === 'create') return <Text size="sm">{t('audit.changedFields', { fields: fields.map((f) => fieldLabel(f, t)).join(', ') })}</Text>;
    return <ChangeList changes={changes as Record<string, { from: unknown; to: unknown }>} />;
  }
  if (['code_change', 'household_change', 'relation_add', 'relation_remove'].includes(entry.action)) {
    return <Text size="sm">{t('audit.changedFields', { fields: Object.keys(changes).map((f) => fieldLabel(f, t)).join(', ') })}</Text>;
  }
  return <Text size="sm" c="dimmed">—</Text>;
}
