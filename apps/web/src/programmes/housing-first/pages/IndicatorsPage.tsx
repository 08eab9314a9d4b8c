import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Section } from '../../../shared/ui/Section';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { getHfIndicators, hfKeys, indicatorCasesPath, type HfIndicators, type IndicatorGroup, type IndicatorShare } from '../housing-first.api';
import { useFigureName } from './IndicatorCasesPage';
import { todayIso } from '../hf-format';
import { DateField } from '../components/HfUi';
import { IndicatorCharts, IndicatorDownloads } from '../components/IndicatorCharts';
import { OutcomeIndicators } from '../components/OutcomeIndicators';
import { ProviderEvaluationsSection } from '../../../modules/evaluations/ProviderEvaluationsSection';
import { useMe } from '../../../shared/auth/session';
import { useIndicatorFigures } from '../components/indicator-figures';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const validIso = (s: string | null): s is string => !!s && ISO.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/**
 * HF-4.2 the programme's indicators for a period: A clients served against the capacity, B length of stay
 * and the share still housed 6 and 12 months after moving in, C exit destinations — for the programme, per
 * municipality and per provider. Funders and planners see small cells hidden (•).
 */
export function IndicatorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('hf.indicators.title'));
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const period = {
    from: validIso(params.get('from')) ? params.get('from')! : `${today.slice(0, 4)}-01-01`,
    to: validIso(params.get('to')) ? params.get('to')! : `${today.slice(0, 4)}-12-31`,
    asOf: validIso(params.get('asOf')) ? params.get('asOf')! : today,
  };
  const query = useQuery({ queryKey: hfKeys.indicators(period.from, period.to, period.asOf), queryFn: ({ signal }) => getHfIndicators(period, signal) });
  const me = useMe();
  const isManager = me.user.organisation.kind === 'service_provider' && me.user.roles.includes('manager');
  return (
    <>
      <PageHeader title={t('hf.indicators.title')} description={t('hf.indicators.intro')} />
      <Paper p={{ base: 'sm', sm: 'md' }} mb="lg">
        <PeriodPicker value={period} onChange={(next) => setParams(next, { replace: true })} />
        <IndicatorDownloads period={period} />
      </Paper>
      <QueryState query={query}>{(data) => <Report data={data} />}</QueryState>
      {/* HF-4.3 (6)–(8) the provider's managers record its self-assessment, workshops and interviews, against the targets */}
      {isManager ? <ProviderEvaluationsSection programme="housing_first" /> : null}
    </>
  );
}

type PeriodValue = { from: string; to: string; asOf: string };

/** The period and the day retention is counted on, typed as dd.mm.gggg; checked here and again by the server. */
function PeriodPicker({ value, onChange }: { value: PeriodValue; onChange: (next: PeriodValue) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState({ from: toDisplayDate(value.from), to: toDisplayDate(value.to), asOf: toDisplayDate(value.asOf) });
  const [errors, setErrors] = useState<Partial<Record<keyof PeriodValue, string>>>({});
  useEffect(() => setText({ from: toDisplayDate(value.from), to: toDisplayDate(value.to), asOf: toDisplayDate(value.asOf) }), [value.from, value.to, value.asOf]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = { from: parseDisplayDate(text.from), to: parseDisplayDate(text.to), asOf: parseDisplayDate(text.asOf) };
    const found: Partial<Record<keyof PeriodValue, string>> = {};
    for (const key of ['from', 'to', 'asOf'] as const) if (!validIso(parsed[key])) found[key] = t('validation.date');
    if (!found.from && !found.to && parsed.from! > parsed.to!) found.to = t('housing.errors.periodToBeforeFrom');
    setErrors(found);
    if (Object.keys(found).length === 0) onChange({ from: parsed.from!, to: parsed.to!, asOf: parsed.asOf! });
  };
  const field = (key: keyof PeriodValue, label: string, description: string) => (
    <DateField label={label} description={description} value={text[key]} onChange={(v) => setText((s) => ({ ...s, [key]: v }))} error={errors[key] ?? null} w={190} />
  );
  return (
    <form onSubmit={submit} aria-label={t('hf.indicators.period')} noValidate>
      <Group align="flex-start" gap="sm" wrap="wrap">
        {field('from', t('hf.indicators.from'), t('hf.indicators.dateHint'))}
        {field('to', t('hf.indicators.to'), t('hf.indicators.dateHint'))}
        {field('asOf', t('hf.indicators.asOf'), t('hf.indicators.asOfHint'))}
        <Button type="submit" variant="light" mt={{ base: 0, xs: 46 }}>{t('hf.common.show')}</Button>
      </Group>
    </form>
  );
}


/** Shows count `n` of figure `figure` for group `group`: as plain text, or as a link to the cases behind it. */
type Drill = (n: number | null, figure: string, group: string) => ReactNode;

/**
 * HF-4.2 each count a link to the cases behind it for those who hold them (a provider's, a municipality's
 * report); plain numbers for funders and planners (aggregates), and for a count of none.
 */
function useDrill(data: HfIndicators): Drill {
  const { t } = useTranslation();
  const f = useIndicatorFigures();
  const figureName = useFigureName();
  return (n, figure, group) => {
    const shown = f.count(n, data.suppressed);
    if (data.scope === 'aggregates' || n === null || n === 0) return shown;
    return (
      // underlined: within a line of text a link must not be told by its colour alone
      <Anchor component={Link} inherit underline="always" to={indicatorCasesPath({ figure, group, from: data.from, to: data.to, asOf: data.asOf })}
        aria-label={t('hf.indicatorCases.link', { figure: figureName(figure), count: shown })}>{shown}</Anchor>
    );
  };
}

function Report({ data }: { data: HfIndicators }) {
  const { t, i18n } = useTranslation();
  const f = useIndicatorFigures();
  const drill = useDrill(data);
  const p = data.programme;
  const s = data.suppressed;
  const name = (g: IndicatorGroup) => (i18n.language === 'en' ? g.nameEn : g.nameLv);
  const tile = (label: string, value: ReactNode, detail: ReactNode) => (
    <Paper p="sm" bg="gray.0">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">{label}</Text>
      <Text fz={26} fw={700} c="brand.8">{value}</Text>
      <Text size="sm" c="dimmed">{detail}</Text>
    </Paper>
  );
  const ofLine = (share: IndicatorShare, months: 6 | 12) => <>{drill(share.count, `housed${months}`, 'all')} {t('hf.indicators.of')} {drill(share.of, `reached${months}`, 'all')}</>;
  return (
    <Stack gap="lg">
      <Section id="programme" title={t(`hf.indicators.scope.${data.scope}`)}
        intro={t('hf.indicators.periodLine', { from: toDisplayDate(data.from), to: toDisplayDate(data.to), asOf: toDisplayDate(data.asOf) })}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          {tile(t('hf.indicators.a'), drill(p.served.count, 'served', 'all'),
            data.capacity === null ? t('hf.indicators.noCapacity') : <>{t('hf.indicators.ofCapacity', { capacity: data.capacity })} · {f.share(p.served, s)}</>)}
          {tile(t('hf.indicators.b'), <>{f.days(p.lengthOfStay.meanDays, p.lengthOfStay.cases)} <Text span size="sm">{t('hf.indicators.days')}</Text></>,
            <>{t('hf.indicators.median')}: {f.days(p.lengthOfStay.medianDays, p.lengthOfStay.cases)} · {t('hf.indicators.ended')}: {drill(p.lengthOfStay.cases, 'ended', 'all')}</>)}
          {tile(t('hf.indicators.b6'), f.share(p.housedAfter6Months, s), ofLine(p.housedAfter6Months, 6))}
          {tile(t('hf.indicators.b12'), f.share(p.housedAfter12Months, s), ofLine(p.housedAfter12Months, 12))}
        </SimpleGrid>
        {s ? <Text size="sm" c="dimmed">{t('hf.indicators.suppressed', { limit: data.smallCell })}</Text> : null}
      </Section>

      <IndicatorCharts data={data} />

      <Section id="destinations" title={t('hf.indicators.c')} intro={t('hf.indicators.cIntro')}>
        {p.exitDestinations.length === 0 ? <Text c="dimmed">{t('hf.indicators.noEndings')}</Text> : (
          <ListTable label={t('hf.indicators.c')} minWidth={420}
            columns={[t('hf.indicators.destination'), { label: t('hf.indicators.clients'), ta: 'right' }, { label: t('hf.indicators.share'), ta: 'right' }]}>
            {p.exitDestinations.map((d) => (
              <Table.Tr key={d.destination}>
                <Table.Th scope="row" fw={500} fz="sm">{d.destination === 'not_recorded' ? t('hf.indicators.notRecorded') : t(`housing.enums.exitDestination.${d.destination}`)}</Table.Th>
                <Table.Td ta="right">{drill(d.count, `destination:${d.destination}`, 'all')}</Table.Td>
                <Table.Td ta="right">{f.share(d, s)}</Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        )}
      </Section>

      <OutcomeIndicators data={data} drill={drill} />

      <GroupsTable id="municipalities" title={t('hf.indicators.byMunicipality')} heading={t('hf.common.municipality')} groups={data.municipalities} name={name} suppressed={s} drill={(n, figure, g) => drill(n, figure, `m:${g.id}`)} />
      <GroupsTable id="providers" title={t('hf.indicators.byProvider')} heading={t('hf.indicators.provider')} groups={data.providers} name={name} suppressed={s} drill={(n, figure, g) => drill(n, figure, `p:${g.id}`)} />
    </Stack>
  );
}

function GroupsTable({ id, title, heading, groups, name, suppressed, drill }: {
  id: string; title: string; heading: string; groups: IndicatorGroup[]; name: (g: IndicatorGroup) => string; suppressed: boolean;
  drill: (n: number | null, figure: string, group: IndicatorGroup) => ReactNode;
}) {
  const { t } = useTranslation();
  const f = useIndicatorFigures();
  if (groups.length === 0) return null;
  const right = (label: string) => ({ label, ta: 'right' as const });
  return (
    <Section id={id} title={title}>
      <ListTable label={title} minWidth={760}
        columns={[heading, right(t('hf.indicators.served')), right(t('hf.indicators.ended')), right(t('hf.indicators.meanDays')), right(t('hf.indicators.medianDays')), right(t('hf.indicators.b6Short')), right(t('hf.indicators.b12Short'))]}>
        {groups.map((g) => {
          const x = g.figures;
          return (
            <Table.Tr key={g.id}>
              <Table.Th scope="row" fw={500} fz="sm">{name(g)}</Table.Th>
              <Table.Td ta="right" fw={700}>{drill(x.served.count, 'served', g)}</Table.Td>
              <Table.Td ta="right">{drill(x.lengthOfStay.cases, 'ended', g)}</Table.Td>
              <Table.Td ta="right">{f.days(x.lengthOfStay.meanDays, x.lengthOfStay.cases)}</Table.Td>
              <Table.Td ta="right">{f.days(x.lengthOfStay.medianDays, x.lengthOfStay.cases)}</Table.Td>
              <Table.Td ta="right" className="nowrap">{f.share(x.housedAfter6Months, suppressed)} ({drill(x.housedAfter6Months.count, 'housed6', g)}/{drill(x.housedAfter6Months.of, 'reached6', g)})</Table.Td>
              <Table.Td ta="right" className="nowrap">{f.share(x.housedAfter12Months, suppressed)} ({drill(x.housedAfter12Months.count, 'housed12', g)}/{drill(x.housedAfter12Months.of, 'reached12', g)})</Table.Td>
            </Table.Tr>
          );
        })}
      </ListTable>
    </Section>
  );
}
