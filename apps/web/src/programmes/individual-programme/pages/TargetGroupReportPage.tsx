import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Section } from '../../../shared/ui/Section';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getTargetGroupReport, ipKeys, targetGroupReportFile, type TargetGroupReport } from '../individual-programme.api';
import { todayIso, useIpFormat } from '../ip-format';
import { Stepper } from '../components/IpUi';

const DOWNLOAD_ICON = (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
    <path d="M12 4v11m-4-4 4 4 4-4M5 19h14" />
  </svg>
);

/** IP-4 the year's recipients by target group, with the sex and family-with-child breakdowns, and the report as PDF and Excel. */
export function TargetGroupReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('ipPages.report.title'));
  const f = useIpFormat();
  const [params, setParams] = useSearchParams();
  // a year's report is read once the year is over: the last full year unless another is asked for
  const year = Number(params.get('year')) || Number(todayIso().slice(0, 4)) - 1;
  const query = useQuery({ queryKey: ipKeys.report(year, f.language), queryFn: ({ signal }) => getTargetGroupReport(year, signal) });
  const download = (format: 'pdf' | 'xlsx', label: string) => (
    <Button component="a" href={targetGroupReportFile(year, format, f.language)} download variant={format === 'pdf' ? 'filled' : 'default'} leftSection={DOWNLOAD_ICON}>
      {label}<span className="visually-hidden"> ({t('ipPages.report.downloadHint')})</span>
    </Button>
  );
  return (
    <>
      <PageHeader title={t('ipPages.report.title')} description={t('ipPages.report.intro')}
        actions={<Stepper label={t('ipPages.common.year')} value={String(year)} previousLabel={t('ipPages.common.previousYear')} nextLabel={t('ipPages.common.nextYear')}
          onStep={(by) => setParams({ year: String(year + by) }, { replace: true })} />} />
      <QueryState query={query}>
        {(data) => (
          <Stack gap="lg">
            <Section id="report" title={t('ip.report.title', { year: data.year })}
              actions={<Group gap="xs">{download('pdf', t('ipPages.report.downloadPdf'))}{download('xlsx', t('ipPages.report.downloadExcel'))}</Group>}>
              <ReportTable data={data} />
              {data.suppressed ? <Text size="sm" c="dimmed">{t('ip.report.suppressed', { limit: 5 })}</Text> : null}
            </Section>
            <AdultsSection data={data} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}

function ReportTable({ data }: { data: TargetGroupReport }) {
  const { t } = useTranslation();
  const n = useCount();
  const COLUMNS = ['total', 'women', 'men', 'adults', 'children'] as const;
  const heading = { total: 'ip.report.recipients', women: 'ip.report.women', men: 'ip.report.men', adults: 'ip.report.adults', children: 'ip.report.children' } as const;
  return (
    <>
      <ListTable label={t('ipPages.report.table')} minWidth={720} visibleFrom="sm"
        columns={[t('ip.report.targetGroup'), ...COLUMNS.map((c) => ({ label: t(heading[c]), ta: 'right' as const }))]}>
        {data.rows.map((r) => (
          <Table.Tr key={r.targetGroup}>
            <Table.Th scope="row" fw={500} fz="sm">{t(`ip.enums.targetGroup.${r.targetGroup}`)}</Table.Th>
            {COLUMNS.map((c) => <Table.Td key={c} ta="right" fw={c === 'total' ? 700 : undefined}>{n(r[c])}</Table.Td>)}
          </Table.Tr>
        ))}
        <Table.Tr bg="gray.0">
          <Table.Th scope="row" fz="sm">{t('ip.report.total')}</Table.Th>
          <Table.Td ta="right" fw={700}>{n(data.total)}</Table.Td>
          {COLUMNS.slice(1).map((c) => <Table.Td key={c} ta="right">{n(sum(data.rows.map((r) => r[c])))}</Table.Td>)}
        </Table.Tr>
      </ListTable>
      <Stack hiddenFrom="sm" gap="xs" component="ul" aria-label={t('ipPages.report.table')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {data.rows.map((r) => (
          <Paper key={r.targetGroup} component="li" p="sm" bg="gray.0">
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
              <Text size="sm" fw={600}>{t(`ip.enums.targetGroup.${r.targetGroup}`)}</Text>
              <Text fz={22} fw={700} lh={1}>{n(r.total)}</Text>
            </Group>
            <Text size="sm" c="dimmed">{COLUMNS.slice(1).map((c) => `${t(heading[c])}: ${n(r[c])}`).join(' · ')}</Text>
          </Paper>
        ))}
        <Paper component="li" p="sm">
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm" fw={700}>{t('ip.report.total')}</Text>
            <Text fz={22} fw={700} lh={1}>{n(data.total)}</Text>
          </Group>
        </Paper>
      </Stack>
    </>
  );
}

/** The seed's line: adults with mental disorders (served alone or as parents in a family), by sex, and in a family with a child. */
function AdultsSection({ data }: { data: TargetGroupReport }) {
  const { t } = useTranslation();
  const n = useCount();
  const a = data.adultsWithMentalDisorders;
  const tile = (label: string, value: number | null) => (
    <Paper p="sm" bg="gray.0">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">{label}</Text>
      <Text fz={26} fw={700} c="brand.8">{n(value)}</Text>
    </Paper>
  );
  return (
    <Section id="adults" title={t('ipPages.report.adultsTitle')}>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {tile(t('ip.report.adultsWithMentalDisorders'), a.total)}
        {tile(t('ip.report.women'), a.women)}
        {tile(t('ip.report.men'), a.men)}
        {tile(t('ip.report.inFamilyWithChild'), a.inFamilyWithChild)}
      </SimpleGrid>
      {data.providers !== null ? <Text size="sm" fw={600}>{t('ipPages.report.providersLine', { count: data.providers })}</Text> : null}
      <Title order={3} size="h5" mt="xs">{t('ipPages.report.aboutTitle')}</Title>
      <Text size="sm" c="dimmed">{data.footnote}</Text>
    </Section>
  );
}

const sum = (values: (number | null)[]) => (values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0));

/** A count, or the mark of a hidden small cell (read out as "not shown"). */
function useCount() {
  const { t } = useTranslation();
  return (value: number | null) => (value === null
    ? <span title={t('ipPages.report.hiddenLabel')}><span aria-hidden="true">{t('ipPages.report.hidden')}</span><span className="visually-hidden">{t('ipPages.report.hiddenLabel')}</span></span>
    : value);
}
