import { useState } from 'react';
import { Button, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { Section } from '../../../shared/ui/Section';
import { ListTable } from '../../../shared/ui/ListTable';
import { Tag } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getOverview, programmeFile, rpKeys, type RpOverview } from '../regional-planning.api';
import { useRpFormat } from '../rp-format';
import { RegionTileMap } from '../components/RegionTileMap';
import { ForecastChart } from '../components/ForecastChart';
import { CooperationForm } from '../components/CooperationForm';
import { useRpAbilities } from '../rp-abilities';

const FIGURES = ['clients', 'places', 'waiting', 'gaps', 'services'] as const;
type MapFigure = (typeof FIGURES)[number];

/** The map's value of a municipality: a sum over its services (a hidden count makes the sum hidden), its gaps, or the services it gives. */
function mapValues(o: RpOverview, figure: MapFigure): Record<string, number | null> {
  return Object.fromEntries(o.municipalities.map((m) => {
    const cells = o.cells.filter((c) => c.municipalityAtvk === m.atvk);
    if (figure === 'gaps') return [m.atvk, o.gaps.filter((g) => g.municipalityAtvk === m.atvk).length];
    if (figure === 'services') return [m.atvk, o.services.length - o.gaps.filter((g) => g.municipalityAtvk === m.atvk).length];
    const values = cells.map((c) => c[figure]);
    return [m.atvk, values.some((v) => v === null && figure !== 'places' && cells.some((c) => c.source === 'records' && c[figure] === null)) ? null : values.reduce<number>((t, v) => t + (v ?? 0), 0)];
  }));
}

/** RP-2 – RP-5, RP-7 the region's overview for the planner and the municipal officers: the map, the matrix with gaps, forecast beside actual, cooperation, models; the programme as PDF and Excel. */
export function RpOverviewPage() {
  const { t } = useTranslation();
  const f = useRpFormat();
  usePageTitle(t('rpPages.overview.title'));
  const [roundId, setRoundId] = useState<string | null>(null);
  const [figure, setFigure] = useState<MapFigure>('clients');
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
          return (
            <>
              {o.round ? (
                <NativeSelect label={t('rpPages.overview.round')} value={o.round.id} onChange={(e) => setRoundId(e.currentTarget.value)} maw={360}
                  description={t('rpPages.overview.year', { year: o.year })}
                  data={o.rounds.map((r) => ({ value: r.id, label: `${r.name} (${t(`rpPages.status.${r.status}`)})` }))} />
              ) : <Text c="dimmed">{t('rpPages.overview.noRound')}</Text>}
              <Section id="rp-map" title={t('rpPages.overview.mapTitle')} intro={t('rpPages.overview.mapIntro')}>
                <NativeSelect label={t('rpPages.overview.figure')} value={figure} onChange={(e) => setFigure(e.currentTarget.value as MapFigure)} maw={280}
                  data={FIGURES.map((x) => ({ value: x, label: t(`rpPages.overview.figures.${x}`) }))} />
                <RegionTileMap municipalities={o.municipalities} values={mapValues(o, figure)} figureLabel={t(`rpPages.overview.figures.${figure}`)} />
              </Section>
              <Section id="rp-matrix" title={t('rpPages.overview.matrixTitle')} intro={t('rpPages.overview.matrixIntro')}>
                <ListTable label={t('rpPages.overview.matrixTable')} minWidth={1500} tableProps={{ fz: 'xs', withColumnBorders: true }}
                  columns={[t('rpPages.overview.service'), ...o.municipalities.map((m) => ({ label: f.shortMunicipality(m), ta: 'right' as const }))]}>
                  {o.services.map((s) => (
                    <Table.Tr key={s.code}>
                      <Table.Th scope="row" fw={500} miw={220}>{f.service(s)}</Table.Th>
                      {o.municipalities.map((m) => {
                        const cell = o.cells.find((c) => c.municipalityAtvk === m.atvk && c.service === s.code);
                        const gap = isGap(m.atvk, s.code);
                        return (
                          <Table.Td key={m.atvk} ta="right" style={gap ? { background: '#fff0e3' } : undefined}>
                            {gap ? <Text span size="xs" fw={600} c="#8a3700">{t('rpPages.overview.gap')}</Text>
                              : cell?.clients === null && cell.source === 'records' ? <span aria-label={t('rpPages.common.hidden')}>•</span>
                                : cell?.clients != null ? f.number(cell.clients) : t('rpPages.overview.provided')}
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
              <Section id="rp-models" title={t('rpPages.overview.modelsTitle')}>
                <ListTable label={t('rpPages.overview.modelsTable')} minWidth={720} columns={[t('rpPages.overview.municipality'), t('rpPages.overview.service'), t('rpPages.overview.stance'), t('rpPages.overview.reason')]}>
                  {o.models.filter((m) => m.stance === 'priority').map((m) => (
                    <Table.Tr key={`${m.municipalityAtvk}-${m.service}`}>
                      <Table.Td>{municipalityOf(m.municipalityAtvk) ? f.municipality(municipalityOf(m.municipalityAtvk)!) : m.municipalityAtvk}</Table.Td>
                      <Table.Td>{serviceOf(m.service) ? f.service(serviceOf(m.service)!) : m.service}</Table.Td>
                      <Table.Td><Tag tone="brand">{t(`rp.enums.stance.${m.stance}`)}</Tag></Table.Td>
                      <Table.Td>{m.reason ?? ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
              </Section>
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
