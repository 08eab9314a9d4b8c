import { Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Tag } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getCaseloads, hfKeys, type CaseloadRow } from '../housing-first.api';
import { todayIso } from '../hf-format';
import { toDisplayDate } from '../../../shared/dates';
import { AsOfForm } from '../../../modules/service/components/AsOfForm';

/** HF-2.4 every worker's caseload against the caps, as of a day; over-cap rows flagged in words and colour. */
export function CaseloadsPage() {
  const { t } = useTranslation();
  usePageTitle(t('hf.caseloads.title'));
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? todayIso();
  const query = useQuery({ queryKey: hfKeys.caseloads(asOf), queryFn: () => getCaseloads(asOf) });
  const state = (r: CaseloadRow) => (r.overCap ? 'over' : r.cap !== null && r.cases === r.cap ? 'at' : 'within');
  return (
    <>
      <PageHeader title={t('hf.caseloads.title')} description={t('hf.caseloads.intro')} />
      <Paper p={{ base: 'sm', sm: 'md' }} mb="lg">
        <AsOfForm label={t('hf.common.asOf')} description={t('hf.common.asOfHint')} value={asOf} onChange={(next) => setParams(next === todayIso() ? {} : { asOf: next })} />
      </Paper>
      <QueryState query={query}>
        {(data) => {
          const over = data.items.filter((r) => r.overCap).length;
          // HF-2.2 the programme's places against its cases open on the day, for planning who may be taken on
          const places = (
            <Text mb="sm">
              {t('hf.engagement.places', { date: toDisplayDate(data.asOf), taken: data.places.taken, capacity: data.places.capacity, own: data.places.takenByOrganisation })}
              {data.places.taken >= data.places.capacity ? <> <Text component="span" fw={700} c="red.9">{t('hf.engagement.placesFull')}</Text></> : null}
            </Text>
          );
          return data.items.length === 0 ? <>{places}<Text c="dimmed">{t('hf.caseloads.empty')}</Text></> : (
            <>
              {places}
              <Text fw={600} mb="sm" c={over ? 'red.9' : undefined} aria-live="polite">{over ? t('hf.caseloads.summaryOver', { count: over }) : t('hf.caseloads.summaryNone')}</Text>
              <ListTable
                label={t('hf.caseloads.table')}
                minWidth={680}
                columns={[
                  t('hf.caseloads.worker'),
                  t('hf.caseloads.role'),
                  { label: t('hf.caseloads.cases'), ta: 'right' },
                  { label: t('hf.caseloads.cap'), ta: 'right' },
                  { label: t('hf.caseloads.alone'), ta: 'right' },
                  { label: t('hf.caseloads.overrides'), ta: 'right' },
                  t('hf.common.status'),
                ]}
              >
                {data.items.map((r) => (
                  <Table.Tr key={`${r.userId}-${r.teamRole}`} bg={r.overCap ? 'red.0' : undefined}>
                    <Table.Th scope="row" fw={600}>{r.displayName}</Table.Th>
                    <Table.Td>{t(`housing.enums.teamRole.${r.teamRole}`)}</Table.Td>
                    <Table.Td ta="right" fw={700} c={r.overCap ? 'red.9' : undefined}>{r.cases}</Table.Td>
                    <Table.Td ta="right">{r.cap ?? '—'}</Table.Td>
                    <Table.Td ta="right">{r.casesAlone === null ? '—' : `${r.casesAlone} / ${r.capAlone ?? '—'}`}</Table.Td>
                    <Table.Td ta="right">{r.overrides}</Table.Td>
                    <Table.Td>
                      {state(r) === 'over' ? <Tag tone="warning">{t('hf.caseloads.overCap')}</Tag> : state(r) === 'at' ? <Tag tone="purple">{t('hf.caseloads.atCap')}</Tag> : <Tag tone="success">{t('hf.caseloads.withinCap')}</Tag>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
