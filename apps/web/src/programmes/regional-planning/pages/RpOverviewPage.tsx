import { useState } from 'react';
import { Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { computeGroupFigure, TARGET_GROUPS, type TargetGroup } from '@socrehab/domain/programmes/regional-planning/index';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { Section } from '../../../shared/ui/Section';
import { ListTable } from '../../../shared/ui/ListTable';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getOverview, programmeFile, rpKeys, type RpOverview } from '../regional-planning.api';
import { useRpFormat } from '../rp-format';
import { RegionTileMap } from '../components/RegionTileMap';
import { ForecastChart } from '../components/ForecastChart';
import { CooperationForm } from '../components/CooperationForm';
import { ModelsByMunicipality } from '../components/ModelsByMunicipality';
import { useRpAbilities } from '../rp-abilities';

const FIGURES = ['clients', 'places', 'waiting', 'gaps', 'services'] as const;
type MapFigure = (typeof FIGURES)[number];

/**
 * The map's value of a municipality: a sum over its services, its gaps, or the services it gives. A count hidden
 * as a small cell is left out and the sum marked partial ("at least"), so it never gives the hidden count back.
 * RP-7 for one target group: the sum of the group's part of each figure, the gaps among the group's services;
 * `notSplit` names the municipalities with a figure not split by group (also left out of the sum).
 */
function mapValues(o: RpOverview, figure: MapFigure, group: TargetGroup | null): { values: Record<string, number | null>; partial: string[]; notSplit: string[] } {
  const groupsOf = (code: string) => o.services.find((s) => s.code === code)?.targetGroups ?? [];
  const forGroup = (code: string) => group === null || groupsOf(code).includes(group);
  const notSplit: string[] = [];
  const partial: string[] = [];
  const values = Object.fromEntries(o.municipalities.map((m) => {
    const cells = o.cells.filter((c) => c.municipalityAtvk === m.atvk);
    const gaps = o.gaps.filter((g) => g.municipalityAtvk === m.atvk && forGroup(g.service)).length;
    if (figure === 'gaps') return [m.atvk, gaps];
    if (figure === 'services') return [m.atvk, o.services.filter((s) => forGroup(s.code)).length - gaps];
    const parts = cells.map((c) => {
      const v = group === null ? c[figure] : computeGroupFigure(c, figure, group, groupsOf(c.service));
      // null is hidden only for a count of persons from the records; otherwise it is not known
      return v === null && (figure === 'places' || c.source !== 'records') ? 0 : v;
    });
    if (parts.includes('not_split')) notSplit.push(m.atvk);
    const known = parts.filter((v): v is number => typeof v === 'number');
    if (parts.includes(null)) partial.push(m.atvk);
    return [m.atvk, known.length === 0 && parts.includes(null) ? null : known.reduce((t, v) => t + v, 0)];
  }));
  return { values, partial, notSplit };
}

/** RP-2 – RP-5, RP-7 the region's overview for the planner and the municipal officers: the map, the matrix with gaps, forecast beside actual, cooperation, models; the programme as PDF and Excel. */
export function RpOverviewPage() {
  const { t } = useTranslation();
  const f = useRpFormat();
  usePageTitle(t('rpPages.overview.title'));
  const [roundId, setRoundId] = useState<string | null>(null);
  const [figure, setFigure] = useState<MapFigure>('clients');
  const [group, setGroup] = useState<TargetGroup | null>(null);
  const abilities = useRpAbilities();
  const overview = useQuery({ queryKey: rpKeys.overview(roundId), queryFn: ({ signal }) => getOverview(roundId, signal) });
  return (
    <Stack gap="lg">
      <PageHeader title={t('rpPages.overview.title')} description={t('rpPages.overview.intro')}
        actions={<>
          <Button component="a" variant="default" href={programmeFile(roundId, 'pdf', f.language)} target="_blank" rel="noopener">{t('rpPages.overview.pdf')}</Button>
          <Button component="a" variant="default" href={programmeFile(roundId, 'xlsx', f.language)}>{t('rpPages.overview.xlsx')}</Button>
        </>} />
      <QueryState query={overview}>
        {(o) => {
          const municipalityOf = (atvk: string) => o.municipalities.find((m) => m.atvk === atvk);
          const serviceOf = (code: string) => o.services.find((s) => s.code === code);
          const isGap = (atvk: string, service: string) => o.gaps.some((g) => g.municipalityAtvk === atvk && g.service === service);
          const map = mapValues(o, figure, group);
          const splittable = figure === 'clients' || figure === 'places' || figure === 'waiting';
          const matrixServices = group === null ? o.services : o.services.filter((s) => s.targetGroups.includes(group) || o.cells.some((c) => c.service === s.code && (c.clientsByGroup[group] ?? 0) > 0));
          return (
            <>
              <Group gap="sm" align="flex-end" wrap="wrap">
                {o.round ? (
                  <NativeSelect label={t('rpPages.overview.round')} value={o.round.id} onChange={(e) => setRoundId(e.currentTarget.value)} style={{ flex: '1 1 18rem' }} maw={360}
                    description={t('rpPages.overview.year', { year: o.year })}
                    data={o.rounds.map((r) => ({ value: r.id, label: `${r.name} (${t(`rpPages.status.${r.status}`)})` }))} />
                ) : <Text c="dimmed">{t('rpPages.overview.noRound')}</Text>}
                {/* RP-7 every figure for one target group */}
                <NativeSelect label={t('rpPages.overview.targetGroup')} description={t('rpPages.overview.targetGroupHint')} value={group ?? ''} style={{ flex: '1 1 18rem' }} maw={420}
                  onChange={(e) => setGroup((e.currentTarget.value || null) as TargetGroup | null)}
                  data={[{ value: '', label: t('rpPages.overview.allGroups') }, ...TARGET_GROUPS.map((g) => ({ value: g, label: t(`rp.enums.targetGroup.${g}`) }))]} />
              </Group>
              <Section id="rp-map" title={t('rpPages.overview.mapTitle')} intro={t('rpPages.overview.mapIntro')}>
                <NativeSelect label={t('rpPages.overview.figure')} value={figure} onChange={(e) => setFigure(e.currentTarget.value as MapFigure)} maw={280}
                  data={FIGURES.map((x) => ({ value: x, label: t(`rpPages.overview.figures.${x}`) }))} />
                <RegionTileMap municipalities={o.municipalities} values={map.values} partial={map.partial}
                  figureLabel={group ? `${t(`rpPages.overview.figures.${figure}`)} — ${t(`rp.enums.targetGroup.${group}`)}` : t(`rpPages.overview.figures.${figure}`)} />
                {group && splittable && map.notSplit.length ? (
                  <Text size="sm">{t('rpPages.overview.notSplitNote', { names: map.notSplit.map((a) => (municipalityOf(a) ? f.municipality(municipalityOf(a)!) : a)).join(', ') })}</Text>
                ) : null}
              </Section>
              <Section id="rp-matrix" title={t('rpPages.overview.matrixTitle')} intro={group ? t('rpPages.overview.matrixIntroGroup', { group: t(`rp.enums.targetGroup.${group}`) }) : t('rpPages.overview.matrixIntro')}>
                <ListTable label={t('rpPages.overview.matrixTable')} minWidth={1500} tableProps={{ fz: 'xs', withColumnBorders: true }}
                  columns={[t('rpPages.overview.service'), ...o.municipalities.map((m) => ({ label: f.shortMunicipality(m), ta: 'right' as const }))]}>
                  {matrixServices.map((s) => (
                    <Table.Tr key={s.code}>
                      <Table.Th scope="row" fw={500} miw={220}>{f.service(s)}</Table.Th>
                      {o.municipalities.map((m) => {
                        const cell = o.cells.find((c) => c.municipalityAtvk === m.atvk && c.service === s.code);
                        const gap = isGap(m.atvk, s.code);
                        const value = cell ? (group ? computeGroupFigure(cell, 'clients', group, s.targetGroups) : cell.clients) : undefined;
                        return (
                          <Table.Td key={m.atvk} ta="right" style={gap ? { background: '#fff0e3' } : undefined}>
                            {gap ? <Text span size="xs" fw={600} c="#8a3700">{t('rpPages.overview.gap')}</Text>
                              : value === null && cell?.source === 'records' ? <span aria-label={t('rpPages.common.hidden')}>•</span>
                                : value === 'not_split' ? <Text span size="xs" c="dimmed">{t('rpPages.overview.notSplit')}</Text>
                                  : typeof value === 'number' ? f.number(value) : t('rpPages.overview.provided')}
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </ListTable>
              </Section>
              <Section id="rp-forecast" title={t('rpPages.overview.forecastTitle')} intro={t('rpPages.overview.forecastIntro')}>
                <ForecastChart overview={o} />
              </Section>
              <Section id="rp-cooperation" title={t('rpPages.overview.cooperationTitle')}>
                <ListTable label={t('rpPages.overview.cooperationTable')} minWidth={720} columns={[t('rpPages.overview.agreement'), t('rpPages.overview.service'), t('rpPages.overview.partners'), t('rpPages.overview.period')]}>
                  {o.cooperation.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>{a.name}</Table.Td>
                      <Table.Td>{serviceOf(a.service) ? f.service(serviceOf(a.service)!) : a.service}</Table.Td>
                      <Table.Td>{a.shares.map((s) => `${municipalityOf(s.municipalityAtvk) ? f.municipality(municipalityOf(s.municipalityAtvk)!) : s.municipalityAtvk} ${f.number(s.costPercent)} % / ${f.number(s.placesPercent)} %`).join('; ')}</Table.Td>
                      <Table.Td>{`${f.date(a.validFrom)} – ${a.validTo ? f.date(a.validTo) : ''}`}</Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
                {abilities.manage ? <CooperationForm overview={o} /> : null}
              </Section>
              <Section id="rp-models" title={t('rpPages.overview.modelsTitle')} intro={t('rpPages.overview.modelsIntro')}>
                <ModelsByMunicipality overview={o} />
              </Section>
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
