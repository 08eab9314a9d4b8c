import { Anchor, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { getIpCases, ipKeys, type IpCaseList } from '../individual-programme.api';
import { CaseStatusTag } from '../components/IpUi';
import { useIpAbilities } from '../ip-abilities';

type Item = IpCaseList['items'][number];

/** IP-1 the programme's cases the user may see: the person or family, target group, provider, agreement; a new one opened by those who may. */
export function IpCasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('ipPages.cases.title'));
  const { open } = useIpAbilities();
  const query = useQuery({ queryKey: ipKeys.cases, queryFn: ({ signal }) => getIpCases(signal) });
  const subject = (c: Item) => (c.subject === 'household' ? t('ipPages.cases.familyOf', { name: c.personName }) : c.personName);
  const number = (c: Item) => <Anchor component={Link} to={`/ip/cases/${c.caseId}`} fw={600} underline="always">{c.caseNumber ?? t('ipPages.common.noNumber')}</Anchor>;
  const agreement = (c: Item) => (c.agreementEndsOn ? toDisplayDate(c.agreementEndsOn) : t('ipPages.cases.noEnd'));
  return (
    <>
      <PageHeader title={t('ipPages.cases.title')} description={t('ipPages.cases.intro')}
        actions={open ? <Button component={Link} to="/ip/cases/new">{t('ipPages.openCase.action')}</Button> : null} />
      <QueryState query={query}>
        {(data) => data.items.length === 0 ? <Text c="dimmed">{t('ipPages.cases.empty')}</Text> : (
          <>
            <ListTable label={t('ipPages.cases.table')} minWidth={760} visibleFrom="sm"
              columns={[t('ipPages.cases.number'), t('ipPages.cases.subject'), t('ipPages.common.targetGroup'), t('ipPages.common.provider'), t('ipPages.cases.openedOn'), t('ipPages.cases.agreementEndsOn'), t('ipPages.common.status')]}>
              {data.items.map((c) => (
                <Table.Tr key={c.caseId}>
                  <Table.Td className="nowrap">{number(c)}</Table.Td>
                  <Table.Td>{subject(c)}</Table.Td>
                  <Table.Td fz="sm">{t(`ip.enums.targetGroup.${c.targetGroup}`)}</Table.Td>
                  <Table.Td fz="sm">{c.providerName}</Table.Td>
                  <Table.Td className="nowrap">{toDisplayDate(c.openedOn)}</Table.Td>
                  <Table.Td className="nowrap">{agreement(c)}</Table.Td>
                  <Table.Td><CaseStatusTag status={c.status} closedOn={c.closedOn} /></Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            {/* on a phone: one card a case */}
            <Stack hiddenFrom="sm" gap="xs" component="ul" aria-label={t('ipPages.cases.table')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.items.map((c) => (
                <Paper key={c.caseId} component="li" p="sm">
                  <Text fw={600}>{number(c)} · {subject(c)}</Text>
                  <Text size="sm">{t(`ip.enums.targetGroup.${c.targetGroup}`)}</Text>
                  <Text size="sm" c="dimmed">{c.providerName}</Text>
                  <Text size="sm">{toDisplayDate(c.openedOn)} – {agreement(c)}</Text>
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
