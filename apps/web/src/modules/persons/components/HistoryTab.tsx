import { Box, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../shared/ui/TableScroll';
import { displayDateTime } from '../../../shared/dates';
import { QueryState } from '../../../shared/ui/QueryState';
import { getPersonHistory, personKeys, type HistoryEntry } from '../persons.api';
import { ChangeList } from './ChangeList';

/** Every change to the person: who, when, and each field old → new. */
export function HistoryTab({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const history = useQuery({ queryKey: personKeys.history(personId), queryFn: () => getPersonHistory(personId) });
  return (
    <Paper p={{ base: 'sm', sm: 'lg' }}>
      <Title order={2} mb="md">{t('history.title')}</Title>
      <QueryState query={history}>
        {(data) => data.items.length === 0 ? <Text c="dimmed">{t('history.none')}</Text> : (
          <>
            <Box visibleFrom="sm"><TableScroll label={t('history.title')} minWidth={640}>
              <Table aria-label={t('history.title')} verticalSpacing="sm" style={{ verticalAlign: 'top' }}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w={150}>{t('history.when')}</Table.Th>
                    <Table.Th scope="col" w={180}>{t('history.who')}</Table.Th>
                    <Table.Th scope="col" w={170}>{t('history.what')}</Table.Th>
                    <Table.Th scope="col">{t('history.changes')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td className="nowrap">{displayDateTime(e.at)}</Table.Td>
                      <Table.Td>{e.actor?.displayName ?? t('history.system')}</Table.Td>
                      <Table.Td>{t(`enums.auditAction.${e.action}`, { defaultValue: e.action })}</Table.Td>
                      <Table.Td><ChangeList changes={e.changes} /></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll></Box>
            <Stack hiddenFrom="sm" gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.items.map((e: HistoryEntry) => (
                <li key={e.id}>
                  <Text size="sm" fw={600}>{t(`enums.auditAction.${e.action}`, { defaultValue: e.action })}</Text>
                  <Text size="xs" c="dimmed">{displayDateTime(e.at)} · {e.actor?.displayName ?? t('history.system')}</Text>
                  <ChangeList changes={e.changes} />
                </li>
              ))}
            </Stack>
          </>
        )}
      </QueryState>
    </Paper>
  );
}
