import { useId, type ReactNode } from 'react';
import { BarChart } from '@mantine/charts';
import { Anchor, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { query } from '../../../shared/api/client';
import { useMe } from '../../../shared/auth/session';
import { housingFirstOf, type HfIndicators, type IndicatorGroup, type IndicatorShare } from '../housing-first.api';
import { withLanguage } from '../hf-format';
import { Section } from '../../../shared/ui/Section';

/**
 * HF-4.2 the indicators as charts (Mantine charts over Recharts): housed after 6 and 12 months per
 * municipality, where clients went after the service, clients served against the places. A hidden
 * small cell is a missing bar, never a zero; each chart is drawn for the eye and told in words for a
 * screen reader (the tables below say the same).
 */
export function IndicatorCharts({ data }: { data: HfIndicators }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const percent = new Intl.NumberFormat(en ? 'en-GB' : 'lv-LV', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const number = new Intl.NumberFormat(en ? 'en-GB' : 'lv-LV');
  const pct = (v: number) => (en ? `${percent.format(v)}%` : `${percent.format(v)}\u00a0%`);
  const hiddenOrNone = (s: { count: number | null; of: number | null }) => (data.suppressed && (s.count === null || s.of === null) ? t('hf.indicatorCharts.notShown') : t('hf.indicatorCharts.none'));
  const shareText = (s: IndicatorShare) => (s.share === null ? hiddenOrNone(s) : pct(s.share * 100));
  const countText = (n: number | null) => (n === null ? (data.suppressed ? t('hf.indicatorCharts.notShown') : t('hf.indicatorCharts.none')) : number.format(n));
  const name = (g: IndicatorGroup) => (en ? g.nameEn : g.nameLv);
  // plain keys with labels: Mantine's legend reads a dotted key ("… mēn.") as a path and loses its label
  const b6 = t('hf.indicators.b6Short'), b12 = t('hf.indicators.b12Short');

  const retention = data.municipalities.map((g) => ({
    group: name(g),
    b6: g.figures.housedAfter6Months.share === null ? null : g.figures.housedAfter6Months.share * 100,
    b12: g.figures.housedAfter12Months.share === null ? null : g.figures.housedAfter12Months.share * 100,
  }));
  const destinationName = (d: string) => (d === 'not_recorded' ? t('hf.indicators.notRecorded') : t(`housing.enums.exitDestination.${d}`));
  const clients = t('hf.indicators.clients');
  const destinations = data.programme.exitDestinations.map((d) => ({ destination: destinationName(d.destination), clients: d.count }));
  const served = t('hf.indicators.served'), places = t('hf.indicatorCharts.places');
  const capacity = [{ what: data.programme.served.of === null ? served : t('hf.indicatorCharts.servedOfPlaces'), served: data.programme.served.count, places: data.capacity }];

  return (
    <Section id="charts" title={t('hf.indicatorCharts.title')}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Chart title={t('hf.indicatorCharts.retention')}
          description={retention.length === 0 ? t('hf.indicatorCharts.none') : data.municipalities.map((g) => `${name(g)}: ${b6} ${shareText(g.figures.housedAfter6Months)}, ${b12} ${shareText(g.figures.housedAfter12Months)}`).join('; ')}>
          <BarChart h={240} data={retention} dataKey="group" yAxisProps={{ domain: [0, 100] }} valueFormatter={(v) => pct(v)}
            series={[{ name: 'b6', label: b6, color: 'brand.6' }, { name: 'b12', label: b12, color: 'teal.7' }]} withLegend legendProps={{ verticalAlign: 'bottom' }} />
        </Chart>
        <Chart title={t('hf.indicators.c')}
          description={destinations.length === 0 ? t('hf.indicators.noEndings') : data.programme.exitDestinations.map((d) => `${destinationName(d.destination)}: ${countText(d.count)}`).join('; ')}>
          <BarChart h={240} data={destinations} dataKey="destination" orientation="vertical" yAxisProps={{ width: 130 }} valueFormatter={(v) => number.format(v)}
            series={[{ name: 'clients', label: clients, color: 'brand.6' }]} />
        </Chart>
        <Chart title={t('hf.indicatorCharts.capacity')}
          description={data.capacity === null ? `${served}: ${countText(data.programme.served.count)}; ${t('hf.indicators.noCapacity')}`
            : t('hf.indicatorCharts.capacityText', { served: countText(data.programme.served.count), capacity: number.format(data.capacity), share: shareText(data.programme.served) })}>
          <BarChart h={160} data={capacity} dataKey="what" orientation="vertical" yAxisProps={{ width: 130 }} valueFormatter={(v) => number.format(v)}
            series={[{ name: 'served', label: served, color: 'brand.6' }, { name: 'places', label: places, color: 'gray.5' }]} withLegend legendProps={{ verticalAlign: 'bottom' }} />
        </Chart>
      </SimpleGrid>
      {data.suppressed ? <Text size="sm" c="dimmed" mt="sm">{t('hf.indicatorCharts.missingBars')}</Text> : null}
    </Section>
  );
}

/** One chart: its title, the drawing (hidden from screen readers) and the same figures in words. */
function Chart({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper component="figure" withBorder p="sm" m={0} aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`} miw={0}>
      <Text component="figcaption" id={`${id}-title`} fw={700} size="sm" mb="xs">{title}</Text>
      <div aria-hidden="true">{children}</div>
      <p id={`${id}-text`} className="visually-hidden">{description}</p>
    </Paper>
  );
}

/** HF-4.2 the report as PDF and Excel, HF-4.4 the completion spreadsheet (for those allowed), for the period shown, in the UI language. */
export function IndicatorDownloads({ period }: { period: { from: string; to: string; asOf: string } }) {
  const { t, i18n } = useTranslation();
  const abilities = housingFirstOf(useMe());
  const href = (file: string) => withLanguage(`/api/programmes/housing_first/${file}${query(period)}`, i18n.language);
  const link = (file: string, label: string) => <Anchor href={href(file)} download fw={600} size="sm">{label}</Anchor>;
  return (
    <Group gap="md" mt="sm" wrap="wrap" aria-label={t('hf.indicatorCharts.downloads')} role="group">
      {link('indicators.pdf', t('hf.indicatorCharts.pdf'))}
      {link('indicators.xlsx', t('hf.indicatorCharts.xlsx'))}
      {abilities.completion ? link('completion.xlsx', t('hf.indicatorCharts.completion')) : null}
    </Group>
  );
}
