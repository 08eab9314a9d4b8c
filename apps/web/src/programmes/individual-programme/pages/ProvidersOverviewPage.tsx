import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Section } from '../../../shared/ui/Section';
import { Tag } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { getProviderOverview, getSatisfaction, ipKeys, type ProviderOverview, type SatisfactionAnalysis } from '../individual-programme.api';
import { shiftMonth, thisMonth, todayIso, useIpFormat } from '../ip-format';
import { Stepper } from '../components/IpUi';

type Provider = ProviderOverview['providers'][number];
type Satisfaction = SatisfactionAnalysis['providers'][number];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * IP-4 – IP-6 the Rīga welfare department's overview of its contracted providers in a month: clients
 * served, cost per person per month beside the reference, client satisfaction in the year, and each
 * provider's self-assessment done and due; each provider's name opens its monthly ledger.
 */
export function ProvidersOverviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('ipPages.providers.title'));
  const f = useIpFormat();
  const [params, setParams] = useSearchParams();
  // the last month whose actual costs are in, unless another is asked for
  const month = MONTH.test(params.get('month') ?? '') ? params.get('month')! : shiftMonth(thisMonth(), -1);
  const year = Number(month.slice(0, 4));
  const overview = useQuery({ queryKey: ipKeys.providers(month), queryFn: ({ signal }) => getProviderOverview(month, signal) });
  const satisfaction = useQuery({ queryKey: ipKeys.satisfaction(year), queryFn: ({ signal }) => getSatisfaction(year, signal) });
  const satisfactionOf = (id: string) => satisfaction.data?.providers.find((p) => p.organisationId === id) ?? null;
  return (
    <>
      <PageHeader title={t('ipPages.providers.title')} description={t('ipPages.providers.intro')}
        actions={<Stepper label={t('ipPages.common.month')} value={f.month(month)} previousLabel={t('ipPages.common.previousMonth')} nextLabel={t('ipPages.common.nextMonth')}
          onStep={(by) => setParams({ month: shiftMonth(month, by) }, { replace: true })} />} />
      <Stack gap="lg">
        <QueryState query={overview}>
          {(data) => data.providers.length === 0 ? <Text c="dimmed">{t('ipPages.providers.empty')}</Text> : <ProvidersTable data={data} satisfactionOf={satisfactionOf} />}
        </QueryState>
        <QueryState query={satisfaction}>{(data) => <SatisfactionSection data={data} />}</QueryState>
      </Stack>
    </>
  );
}

function ProvidersTable({ data, satisfactionOf }: { data: ProviderOverview; satisfactionOf: (id: string) => Satisfaction | null }) {
  const { t } = useTranslation();
  const f = useIpFormat();
  const today = todayIso();
  const agreement = (p: Provider) => (p.agreementTo
    ? t('ipPages.providers.agreementFromTo', { from: toDisplayDate(p.agreementFrom), to: toDisplayDate(p.agreementTo) })
    : t('ipPages.providers.agreementValue', { from: toDisplayDate(p.agreementFrom) }));
  const clients = (p: Provider) => `${t('ipPages.providers.clientsCases', { count: p.openCases })}, ${t('ipPages.providers.clientsPersons', { count: p.persons })}`;
  const perPerson = (p: Provider) => (p.perPersonCents === null ? <Text span size="sm" c="dimmed">{t('ipPages.providers.noActual')}</Text> : (
    <>{f.euro(p.perPersonCents)}{p.perPersonCents > data.referenceCents ? <>{' '}<Tag tone="warning">{t('ipPages.ledger.overReference')}</Tag></> : null}</>
  ));
  const score = (p: Provider) => {
    const s = satisfactionOf(p.organisationId);
    if (p.satisfactionAverage === null) return <Text span size="sm" c="dimmed">{t('ipPages.providers.noSurveys')}</Text>;
    return <>{t('ipPages.providers.satisfactionValue', { average: f.number(p.satisfactionAverage) })}{s ? <Text span size="xs" c="dimmed"> ({t('ipPages.providers.surveys', { count: s.surveys })})</Text> : null}</>;
  };
  const selfAssessment = (p: Provider) => (
    <Stack gap={2}>
      <Text size="sm">{p.lastSelfAssessmentOn ? t('ipPages.providers.selfDone', { date: toDisplayDate(p.lastSelfAssessmentOn) }) : t('ipPages.providers.selfNever')}</Text>
      {p.selfAssessmentDueOn ? (p.selfAssessmentDueOn <= today
        ? <span><Tag tone="warning">{p.selfAssessmentDueOn === today ? t('ipPages.providers.selfDueToday') : t('ipPages.providers.selfOverdue', { date: toDisplayDate(p.selfAssessmentDueOn) })}</Tag></span>
        : <Text size="xs" c="dimmed">{t('ipPages.providers.selfDue', { date: toDisplayDate(p.selfAssessmentDueOn) })}</Text>) : null}
    </Stack>
  );
  // IP-3, IP-4 each provider's name leads to its monthly ledger for the year of the month shown
  const ledgerLink = (p: Provider) => <Anchor component={Link} to={`/ip/providers/${p.organisationId}/ledger?year=${data.month.slice(0, 4)}`} inherit>{p.name}</Anchor>;
  const persons = data.providers.reduce((s, p) => s + p.persons, 0);
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Tag tone="brand">{t('ipPages.providers.totals', { providers: data.providers.length, persons })}</Tag>
        <Tag tone="teal">{t('ipPages.ledger.reference', { amount: f.euro(data.referenceCents) })}</Tag>
      </Group>
      <ListTable label={t('ipPages.providers.table')} minWidth={940} visibleFrom="md" tableProps={{ style: { verticalAlign: 'top' } }}
        columns={[t('ipPages.providers.name'), t('ipPages.providers.agreement'), t('ipPages.providers.clients'), { label: t('ipPages.providers.perPerson'), ta: 'right' }, t('ipPages.providers.satisfaction'), t('ipPages.providers.selfAssessment')]}>
        {data.providers.map((p) => (
          <Table.Tr key={p.organisationId}>
            <Table.Td fw={600} fz="sm">{ledgerLink(p)}</Table.Td>
            <Table.Td fz="sm" className="nowrap">{agreement(p)}</Table.Td>
            <Table.Td fz="sm">{clients(p)}</Table.Td>
            <Table.Td fz="sm" ta="right" className="nowrap">{perPerson(p)}</Table.Td>
            <Table.Td fz="sm">{score(p)}</Table.Td>
            <Table.Td>{selfAssessment(p)}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <Stack hiddenFrom="md" gap="xs" component="ul" aria-label={t('ipPages.providers.table')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {data.providers.map((p) => (
          <Paper key={p.organisationId} component="li" p="sm">
            <Text fw={650}>{ledgerLink(p)}</Text>
            <Text size="sm" c="dimmed" mb={6}>{t('ipPages.providers.agreement')}: {agreement(p)}</Text>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              <div><Text size="xs" fw={700} c="dimmed" tt="uppercase">{t('ipPages.providers.clients')}</Text><Text size="sm">{clients(p)}</Text></div>
              <div><Text size="xs" fw={700} c="dimmed" tt="uppercase">{t('ipPages.providers.perPerson')}</Text><Text size="sm" component="div">{perPerson(p)}</Text></div>
              <div><Text size="xs" fw={700} c="dimmed" tt="uppercase">{t('ipPages.providers.satisfaction')}</Text><Text size="sm" component="div">{score(p)}</Text></div>
              <div><Text size="xs" fw={700} c="dimmed" tt="uppercase">{t('ipPages.providers.selfAssessment')}</Text>{selfAssessment(p)}</div>
            </SimpleGrid>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}

/** IP-5 the year's client satisfaction per provider by occasion (yearly, a month before the agreement's end, at ending); IP-6 self-assessments. */
function SatisfactionSection({ data }: { data: SatisfactionAnalysis }) {
  const { t } = useTranslation();
  const f = useIpFormat();
  const OCCASIONS = ['yearly', 'before_agreement_end', 'ending'] as const;
  return (
    <Section id="satisfaction" title={t('ipPages.providers.satisfactionTitle', { year: data.year })} intro={t('ipPages.providers.satisfactionIntro')}>
      <ListTable label={t('ipPages.providers.satisfactionTable')} minWidth={720} visibleFrom="md"
        columns={[t('ipPages.providers.name'), ...OCCASIONS.map((o) => ({ label: t(`ip.enums.occasion.${o}`), ta: 'right' as const })), { label: t('ipPages.providers.average'), ta: 'right' }, { label: t('ipPages.providers.selfAssessments'), ta: 'right' }]}>
        {data.providers.map((p) => (
          <Table.Tr key={p.organisationId}>
            <Table.Td fz="sm" fw={600}>{p.name}</Table.Td>
            {OCCASIONS.map((o) => <Table.Td key={o} ta="right">{p.byOccasion[o]}</Table.Td>)}
            <Table.Td ta="right" fw={600}>{p.average === null ? t('ipPages.common.none') : f.number(p.average)}</Table.Td>
            <Table.Td ta="right">{p.selfAssessments}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <Stack hiddenFrom="md" gap="xs" component="ul" aria-label={t('ipPages.providers.satisfactionTable')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {data.providers.map((p) => (
          <Paper key={p.organisationId} component="li" p="sm" bg="gray.0">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={600}>{p.name}</Text>
              <Text size="sm" fw={700} className="nowrap">{p.average === null ? t('ipPages.providers.noSurveys') : t('ipPages.providers.satisfactionValue', { average: f.number(p.average) })}</Text>
            </Group>
            {OCCASIONS.map((o) => <Text key={o} size="sm">{t(`ip.enums.occasion.${o}`)}: {p.byOccasion[o]}</Text>)}
            <Text size="sm">{t('ipPages.providers.selfAssessments')}: {p.selfAssessments}</Text>
          </Paper>
        ))}
      </Stack>
    </Section>
  );
}
