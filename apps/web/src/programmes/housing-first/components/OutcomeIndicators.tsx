import type { ReactNode } from 'react';
import { Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../../../shared/ui/ListTable';
import { Section } from '../../../shared/ui/Section';
import type { HfIndicators, IndicatorGroup, IndicatorShare, OutcomeFigures } from '../housing-first.api';
import { useIndicatorFigures } from './indicator-figures';

const E_FIGURES = ['workingAtStart', 'workingAtExit', 'training', 'volunteering', 'addictionRehabilitation'] as const;
/** HF-4.2 the drill-down figure each E share counts. */
const E_DRILL: Record<(typeof E_FIGURES)[number], string> = {
  workingAtStart: 'working_at_start', workingAtExit: 'working_at_exit', training: 'training', volunteering: 'volunteering', addictionRehabilitation: 'addiction_rehabilitation',
};

/** The indicators page's figures with this report's suppression. */
function useOutcomeFigures(suppressed: boolean) {
  const f = useIndicatorFigures();
  return {
    count: (n: number | null) => f.count(n, suppressed),
    euro: (n: number | null) => f.euro(n, suppressed),
    share: (s: IndicatorShare) => f.share(s, suppressed),
  };
}

/**
 * HF-4.2 D, E, F on the indicators page: income, self-sufficiency and crisis services at the start and at
 * the exit, from the client questionnaires of the clients whose service ended in the period — for the
 * programme, and per municipality and provider. Funders and planners see small cells hidden (•).
 */
/** `drill`: a count of clients as a link to the cases behind it (HF-4.2), for those who hold them. */
export function OutcomeIndicators({ data, drill }: { data: HfIndicators; drill: (n: number | null, figure: string, group: string) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const s = data.suppressed;
  const f = useOutcomeFigures(s);
  const o = data.programme.outcomes;
  const intro = o.cases === null ? t('hf.outcomes.introHidden') : t('hf.outcomes.intro', { count: o.cases });
  const name = (g: IndicatorGroup) => (i18n.language === 'en' ? g.nameEn : g.nameLv);
  const right = (label: string) => ({ label, ta: 'right' as const });
  const tile = (label: string, value: ReactNode, detail?: ReactNode) => (
    <Paper p="sm" bg="gray.0">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">{label}</Text>
      <Text fz={26} fw={700} c="brand.8">{value}</Text>
      {detail ? <Text size="sm" c="dimmed">{detail}</Text> : null}
    </Paper>
  );
  if (o.cases === 0) return <Section id="outcomes" title={t('hf.outcomes.d')} intro={t('hf.outcomes.none')}><span /></Section>;
  const groups = [...data.municipalities.map((g) => ({ g, key: `m:${g.id}` })), ...data.providers.map((g) => ({ g, key: `p:${g.id}` }))];
  return (
    <>
      <Section id="income" title={t('hf.outcomes.d')} intro={intro}>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          {tile(t('hf.outcomes.incomeAtStart'), f.euro(o.income.meanAtStart))}
          {tile(t('hf.outcomes.incomeAtExit'), f.euro(o.income.meanAtExit))}
          {tile(t('hf.outcomes.increased'), f.share(o.income.increased), <>{drill(o.income.increased.count, 'income_up', 'all')} / {drill(o.income.increased.of, 'outcomes', 'all')}</>)}
        </SimpleGrid>
      </Section>
      <Section id="self-sufficiency" title={t('hf.outcomes.e')}>
        <ListTable label={t('hf.outcomes.e')} minWidth={480} columns={[t('hf.outcomes.figure'), right(t('hf.outcomes.clients')), right(t('hf.outcomes.share'))]}>
          {E_FIGURES.map((key) => (
            <Table.Tr key={key}>
              <Table.Th scope="row" fw={500} fz="sm">{t(`hf.outcomes.${key}`)}</Table.Th>
              <Table.Td ta="right">{drill(o[key].count, E_DRILL[key], 'all')}</Table.Td>
              <Table.Td ta="right">{f.share(o[key])}</Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      </Section>
      <Section id="crisis-services" title={t('hf.outcomes.f')} intro={t('hf.outcomes.fIntro')}>
        <ListTable label={t('hf.outcomes.f')} minWidth={420} columns={[t('hf.outcomes.measure'), right(t('hf.outcomes.atStart')), right(t('hf.outcomes.atExit'))]}>
          {o.crisisServices.map((m) => (
            <Table.Tr key={m.measure}>
              <Table.Th scope="row" fw={500} fz="sm">{t(`hf.outcomes.measures.${m.measure}`)}</Table.Th>
              <Table.Td ta="right">{drill(m.atStart, `crisis_start:${m.measure}`, 'all')}</Table.Td>
              <Table.Td ta="right">{drill(m.atExit, `crisis_exit:${m.measure}`, 'all')}</Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      </Section>
      {groups.length ? (
        <Section id="outcomes-by-group" title={t('hf.outcomes.byGroup')}>
          <ListTable label={t('hf.outcomes.byGroup')} minWidth={720}
            columns={[t('hf.outcomes.group'), right(t('hf.outcomes.clients')), right(t('hf.outcomes.incomeAtStart')), right(t('hf.outcomes.incomeAtExit')), right(t('hf.outcomes.workingAtExit')), right(t('hf.outcomes.measures.hospitalisations'))]}>
            {groups.map(({ g, key }) => <GroupRow key={key} name={name(g)} o={g.figures.outcomes} f={f} drill={(n, figure) => drill(n, figure, key)} />)}
          </ListTable>
        </Section>
      ) : null}
    </>
  );
}

/** One group's D–F: the clients, the means, who works at the exit (and how many), hospital stays at the start and at the exit — each count drilling down. */
function GroupRow({ name, o, f, drill }: { name: string; o: OutcomeFigures; f: ReturnType<typeof useOutcomeFigures>; drill: (n: number | null, figure: string) => ReactNode }) {
  const hospital = o.crisisServices.find((m) => m.measure === 'hospitalisations');
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500} fz="sm">{name}</Table.Th>
      <Table.Td ta="right" fw={700}>{drill(o.cases, 'outcomes')}</Table.Td>
      <Table.Td ta="right" className="nowrap">{f.euro(o.income.meanAtStart)}</Table.Td>
      <Table.Td ta="right" className="nowrap">{f.euro(o.income.meanAtExit)}</Table.Td>
      <Table.Td ta="right" className="nowrap">{f.share(o.workingAtExit)} ({drill(o.workingAtExit.count, 'working_at_exit')})</Table.Td>
      <Table.Td ta="right" className="nowrap">{drill(hospital?.atStart ?? null, 'crisis_start:hospitalisations')} → {drill(hospital?.atExit ?? null, 'crisis_exit:hospitalisations')}</Table.Td>
    </Table.Tr>
  );
}
