import { Alert, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../shared/ui/TableScroll';
import { displayDateTime } from '../../../shared/dates';
import type { PersonDetail } from '../persons.api';
import { differingFields, formToPerson, personToForm, type PersonFormValues } from '../person-form.model';
import { displayFieldValue, fieldLabel } from '../person-values';

/** Someone else saved first: what differs between the worker's form and the stored data, and a way forward. */
export function ConflictPanel({ yours, current, onReload }: { yours: PersonFormValues; current: PersonDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const currentForm = personToForm(current);
  const fields = differingFields(yours, currentForm);
  const mine = formToPerson(yours) as Record<string, unknown>;
  const theirs = formToPerson(currentForm) as Record<string, unknown>;
  return (
    <Alert color="orange" variant="light" role="alert" title={t('conflict.title')}>
      <Text size="sm" mb="sm">{t('conflict.text')}</Text>
      <Text size="sm" c="dimmed" mb="xs">{t('person.updated')}: {displayDateTime(current.updatedAt)}</Text>
      {fields.length ? (
        <TableScroll label={t('conflict.title')} minWidth={420}>
          <Table withTableBorder bg="white" fz="sm" aria-label={t('conflict.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('conflict.field')}</Table.Th>
                <Table.Th scope="col">{t('conflict.yours')}</Table.Th>
                <Table.Th scope="col">{t('conflict.current')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((f) => (
                <Table.Tr key={f}>
                  <Table.Th scope="row" fw={500}>{fieldLabel(f, t)}</Table.Th>
                  <Table.Td className="wrap-anywhere">{displayFieldValue(f, mine[f], t)}</Table.Td>
                  <Table.Td className="wrap-anywhere" fw={600}>{displayFieldValue(f, theirs[f], t)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      <Button mt="md" onClick={onReload}>{t('conflict.reload')}</Button>
    </Alert>
  );
}
