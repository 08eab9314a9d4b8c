import { Anchor, Box, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../../shared/ui/ListTable';
import { formatPersonalCode } from '@socrehab/domain';
import { toDisplayDate } from '../../../shared/dates';
import { fullName, type PersonListItem } from '../persons.api';
import { WhereaboutsBadge } from './WhereaboutsBadge';

/** Search results: a table on wide screens, a list of cards on a phone. */
export function PersonResults({ items }: { items: PersonListItem[] }) {
  const { t } = useTranslation();
  return (
    <>
      <ListTable
        label={t('persons.resultsTable')}
        minWidth={720}
        visibleFrom="sm"
        tableProps={{ striped: false }}
        columns={[
          t('persons.columns.name'),
          t('persons.columns.personalCode'),
          t('persons.columns.birthDate'),
          t('persons.columns.whereabouts'),
          t('persons.columns.organisation'),
        ]}
      >
        {items.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td><Anchor component={Link} to={`/persons/${p.id}`} fw={600}>{fullName(p)}</Anchor></Table.Td>
            <Table.Td className="nowrap">{p.personalCode ? formatPersonalCode(p.personalCode) : <Text span c="dimmed" size="sm">{t('persons.noCode')}</Text>}</Table.Td>
            <Table.Td>{toDisplayDate(p.birthDate)}</Table.Td>
            <Table.Td><WhereaboutsBadge kind={p.whereaboutsKind} /></Table.Td>
            <Table.Td><Text size="sm" c="dimmed" lineClamp={2}>{p.organisationName}</Text></Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
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

