import { Anchor, Box, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../shared/ui/TableScroll';
import { formatPersonalCode } from '@socrehab/domain';
import { toDisplayDate } from '../../../shared/dates';
import { fullName, type PersonListItem } from '../persons.api';
import { WhereaboutsBadge } from './WhereaboutsBadge';

/** Search results: a table on wide screens, a list of cards on a phone. */
export function PersonResults({ items }: { items: PersonListItem[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Paper visibleFrom="sm" p={0} style={{ overflow: 'hidden' }}>
        <TableScroll label={t('persons.resultsTable')} minWidth={720}>
          <Table striped={false} aria-label={t('persons.resultsTable')}>
            <Table.Thead bg="gray.0">
              <Table.Tr>
                <Table.Th scope="col">{t('persons.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('persons.columns.personalCode')}</Table.Th>
                <Table.Th scope="col">{t('persons.columns.birthDate')}</Table.Th>
                <Table.Th scope="col">{t('persons.columns.whereabouts')}</Table.Th>
                <Table.Th scope="col">{t('persons.columns.organisation')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td><Anchor component={Link} to={`/persons/${p.id}`} fw={600}>{fullName(p)}</Anchor></Table.Td>
                  <Table.Td className="nowrap">{p.personalCode ? formatPersonalCode(p.personalCode) : <Text span c="dimmed" size="sm">{t('persons.noCode')}</Text>}</Table.Td>
                  <Table.Td>{toDisplayDate(p.birthDate)}</Table.Td>
                  <Table.Td><WhereaboutsBadge kind={p.whereaboutsKind} /></Table.Td>
                  <Table.Td><Text size="sm" c="dimmed" lineClamp={2}>{p.organisationName}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Paper>
      <Stack hiddenFrom="sm" gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((p) => (
          <Box component="li" key={p.id}>
            <Paper p="sm">
              <Anchor component={Link} to={`/persons/${p.id}`} fw={600} size="md">{fullName(p)}</Anchor>
              <Text size="sm" mt={2}>
                {[p.personalCode ? formatPersonalCode(p.personalCode) : t('persons.noCode'), toDisplayDate(p.birthDate)].filter(Boolean).join(' · ')}
              </Text>
              <Box mt={6}><WhereaboutsBadge kind={p.whereaboutsKind} /></Box>
              <Text size="xs" c="dimmed" mt={4}>{p.organisationName}</Text>
            </Paper>
          </Box>
        ))}
      </Stack>
    </>
  );
}

