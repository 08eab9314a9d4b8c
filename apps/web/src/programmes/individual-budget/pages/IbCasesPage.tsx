import { Anchor, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { getIbCases, ibKeys, type IbCaseSummary } from '../individual-budget.api';
import { CaseStatusTag } from '../components/IbUi';
import { useIbAbilities } from '../ib-abilities';
import { useIbFormat } from '../ib-format';

/** IB-1 the programme's cases the user may see (open first), and opening a new one. */
export function IbCasesPage() {
  const { t } = useTranslation();
  const f = useIbFormat();
  usePageTitle(t('ibPages.cases.title'));
  const { open } = useIbAbilities();
  const query = useQuery({ queryKey: ibKeys.cases, queryFn: ({ signal }) => getIbCases(signal) });
  const number = (c: IbCaseSummary) => <Anchor component={Link} to={`/ib/cases/${c.caseId}`} fw={600} underline="always">{c.caseNumber ?? t('ibPages.common.noNumber')}</Anchor>;
  const municipality = (c: IbCaseSummary) => (f.language === 'en' ? c.municipalityNameEn : c.municipalityName);
  return (
    <>
      <PageHeader title={t('ibPages.cases.title')} description={t('ibPages.cases.intro')}
        actions={open ? <Button component={Link} to="/ib/cases/new">{t('ibPages.openCase.action')}</Button> : null} />
      <QueryState query={query}>
        {(data) => data.items.length === 0 ? <Text c="dimmed">{t('ibPages.cases.empty')}</Text> : (
          <>
            <ListTable label={t('ibPages.cases.table')} minWidth={760} visibleFrom="sm"
              columns={[t('ibPages.cases.number'), t('ibPages.cases.person'), t('ibPages.common.pilot'), t('ibPages.cases.municipality'), t('ibPages.cases.manager'), t('ibPages.cases.openedOn'), t('ibPages.cases.status')]}>
              {data.items.map((c) => (
                <Table.Tr key={c.caseId}>
                  <Table.Td className="nowrap">{number(c)}</Table.Td>
                  <Table.Td>{c.personName}</Table.Td>
                  <Table.Td fz="sm">{t(`ib.enums.pilot.${c.pilot}`)}</Table.Td>
                  <Table.Td fz="sm">{municipality(c)}</Table.Td>
                  <Table.Td fz="sm">{c.caseManagerName ?? t('ibPages.common.none')}</Table.Td>
                  <Table.Td className="nowrap">{toDisplayDate(c.openedOn)}</Table.Td>
                  <Table.Td><CaseStatusTag status={c.status} closedOn={c.closedOn} /></Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            <Stack hiddenFrom="sm" gap="xs" component="ul" aria-label={t('ibPages.cases.table')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.items.map((c) => (
                <Paper key={c.caseId} component="li" p="sm">
                  <Text fw={600}>{number(c)} · {c.personName}</Text>
                  <Text size="sm">{t(`ib.enums.pilot.${c.pilot}`)}</Text>
                  <Text size="sm" c="dimmed">{municipality(c)} · {toDisplayDate(c.openedOn)}</Text>
                  <CaseStatusTag status={c.status} closedOn={c.closedOn} />
                </Paper>
              ))}
            </Stack>
          </>
        )}
      </QueryState>
    </>
  );
}
