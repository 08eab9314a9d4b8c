import { useState } from 'react';
import { Anchor, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Tag } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { getCases, hfKeys, type CaseListStatus } from '../housing-first.api';
import { useMunicipalityName } from '../hf-format';

const EMPTY: Record<CaseListStatus, string> = { open: 'hf.cases.empty', ended: 'hf.cases.emptyEnded', all: 'hf.cases.emptyAll' };

/** The cases the user works on (team member), the organisation's (manager) or the municipality's: open, ended (HF-3.3) or all. */
export function CasesPage() {
  const { t } = useTranslation();
  usePageTitle(t('hf.cases.title'));
  const municipality = useMunicipalityName();
  const [status, setStatus] = useState<CaseListStatus>('open');
  const query = useQuery({ queryKey: [...hfKeys.cases, status], queryFn: () => getCases(status) });
  return (
    <>
      <PageHeader title={t('hf.cases.title')} description={t('hf.cases.intro')} />
      <Stack gap="md">
        <SegmentedControl
          aria-label={t('hf.cases.filterLabel')} value={status} onChange={(v) => setStatus(v as CaseListStatus)} style={{ alignSelf: 'flex-start' }}
          data={(['open', 'ended', 'all'] as const).map((value) => ({ value, label: t(`hf.cases.filter.${value}`) }))}
        />
        <QueryState query={query}>
          {(data) => data.items.length === 0 ? <Text c="dimmed">{t(EMPTY[status])}</Text> : (
            <ListTable
              label={t('hf.cases.table')}
              minWidth={620}
              columns={[
                t('hf.cases.number'),
                t('hf.cases.person'),
                t('hf.common.municipality'),
                t('hf.cases.openedOn'),
                t('hf.common.status'),
              ]}
            >
              {data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td className="nowrap"><Anchor component={Link} to={`/hf/cases/${c.id}`} fw={600}>{c.caseNumber ?? t('hf.cases.noNumber')}</Anchor></Table.Td>
                  <Table.Td>{c.givenNames} {c.surnames}</Table.Td>
                  <Table.Td>{municipality(c.municipalityAtvk)}</Table.Td>
                  <Table.Td className="nowrap">{toDisplayDate(c.openedOn)}</Table.Td>
                  <Table.Td>
                    <Tag tone={c.status === 'open' ? 'brand' : 'neutral'}>{t(c.status === 'open' ? 'hf.cases.status.open' : 'hf.cases.status.closed')}</Tag>
                    {c.closedOn ? <>{' '}<Text span size="xs" c="dimmed" className="nowrap">{t('hf.cases.closedOn', { date: toDisplayDate(c.closedOn) })}</Text></> : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
