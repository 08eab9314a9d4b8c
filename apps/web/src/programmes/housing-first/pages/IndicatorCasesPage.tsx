import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { getHfIndicatorCases, hfKeys } from '../housing-first.api';
import { BackLink } from '../components/HfUi';

/** A figure's name in the UI language: `destination:<code>` names the destination. */
export function useFigureName() {
  const { t } = useTranslation();
  return (figure: string) => {
    const [kind, measure] = figure.split(':');
    if (kind === 'crisis_start' || kind === 'crisis_exit') return t(`hf.indicatorCases.figure.${kind}`, { measure: t(`hf.outcomes.measures.${measure}`) });
    if (!figure.startsWith('destination:')) return t(`hf.indicatorCases.figure.${figure}`);
    const code = figure.slice('destination:'.length);
    return t('hf.indicatorCases.figure.destination', { destination: code === 'not_recorded' ? t('hf.indicators.notRecorded') : t(`housing.enums.exitDestination.${code}`) });
  };
}

/**
 * HF-4.2 the cases behind one count of the indicators page, for the same period and day, each linking to its
 * case: for those who hold the cases (a provider's staff, a municipality); funders and planners read aggregates only.
 */
export function IndicatorCasesPage() {
  const { t, i18n } = useTranslation();
  const figureName = useFigureName();
  const [params] = useSearchParams();
  const asked = { figure: params.get('figure') ?? '', group: params.get('group') ?? 'all', from: params.get('from') ?? '', to: params.get('to') ?? '', asOf: params.get('asOf') ?? '' };
  const title = asked.figure ? figureName(asked.figure) : t('hf.indicatorCases.title');
  usePageTitle(title);
  const query = useQuery({
    queryKey: hfKeys.indicatorCases(asked.figure, asked.group, asked.from, asked.to, asked.asOf),
    queryFn: ({ signal }) => getHfIndicatorCases(asked, signal),
  });
  const en = i18n.language === 'en';
  const back = `/hf/indicators?${new URLSearchParams({ from: asked.from, to: asked.to, asOf: asked.asOf }).toString()}`;
  return (
    <>
      <PageHeader title={title} above={<BackLink to={back}>{t('hf.indicatorCases.back')}</BackLink>} />
      <QueryState query={query}>
        {(data) => (
          <Stack gap="md">
            <Text c="dimmed">
              {data.groupName ? `${en ? data.groupName.en : data.groupName.lv}. ` : ''}
              {t('hf.indicatorCases.periodLine', { from: toDisplayDate(data.from), to: toDisplayDate(data.to), asOf: toDisplayDate(data.asOf) })}{' '}
              {t('hf.indicatorCases.count', { count: data.cases.length })}
            </Text>
            {data.cases.length === 0 ? <Text c="dimmed">{t('hf.indicatorCases.empty')}</Text> : (
              <ListTable label={t('hf.indicatorCases.table')} minWidth={760}
                columns={[t('hf.indicatorCases.number'), t('hf.indicatorCases.person'), t('hf.common.municipality'), t('hf.indicatorCases.startedOn'), t('hf.indicatorCases.movedInOn'), t('hf.indicatorCases.endedOn'), t('hf.indicatorCases.destination')]}>
                {data.cases.map((c) => (
                  <Table.Tr key={c.caseId}>
                    <Table.Td className="nowrap"><Anchor component={Link} to={`/hf/cases/${c.caseId}`} fw={600}>{c.caseNumber ?? t('hf.cases.noNumber')}</Anchor></Table.Td>
                    <Table.Td>{c.givenNames} {c.surnames}</Table.Td>
                    <Table.Td>{en ? c.municipalityNameEn : c.municipalityNameLv}</Table.Td>
                    <Table.Td className="nowrap">{toDisplayDate(c.startedOn)}</Table.Td>
                    <Table.Td className="nowrap">{c.movedInOn ? toDisplayDate(c.movedInOn) : '—'}</Table.Td>
                    <Table.Td className="nowrap">{c.endedOn ? toDisplayDate(c.endedOn) : '—'}</Table.Td>
                    <Table.Td>{c.endedOn ? (c.exitDestination ? t(`housing.enums.exitDestination.${c.exitDestination}`) : t('hf.indicators.notRecorded')) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
            )}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
