import { useState } from 'react';
import { BarChart } from '@mantine/charts';
import { Group, NativeSelect, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { getForecast, rpKeys, type RpOverview } from '../regional-planning.api';
import { useRpFormat } from '../rp-format';

/** RP-5 forecast beside actual per year for a service (or all) in a municipality (or the region): a bar chart, told in words and in a table. */
export function ForecastChart({ overview }: { overview: RpOverview }) {
  const { t } = useTranslation();
  const f = useRpFormat();
  const [service, setService] = useState('home_care');
  const [atvk, setAtvk] = useState('');
  const forecast = useQuery({ queryKey: rpKeys.forecast(atvk || null, service || null), queryFn: ({ signal }) => getForecast(atvk || null, service || null, signal) });
  const label = { forecast: t('rpPages.overview.forecast'), actual: t('rpPages.overview.actual') };
  const value = (n: number | null) => (n === null ? t('rpPages.common.none') : f.number(n));
  return (
    <>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect label={t('rpPages.overview.service')} value={service} onChange={(e) => setService(e.currentTarget.value)} style={{ flex: '1 1 16rem' }}
          data={[{ value: '', label: t('rpPages.overview.allServices') }, ...overview.services.map((s) => ({ value: s.code, label: f.service(s) }))]} />
        <NativeSelect label={t('rpPages.overview.municipalityFilter')} value={atvk} onChange={(e) => setAtvk(e.currentTarget.value)} style={{ flex: '1 1 12rem' }}
          data={[{ value: '', label: t('rpPages.overview.wholeRegion') }, ...overview.municipalities.map((m) => ({ value: m.atvk, label: f.municipality(m) }))]} />
      </Group>
      <QueryState query={forecast}>
        {(data) => data.rows.length === 0 ? <Text c="dimmed">{t('rpPages.overview.noForecast')}</Text> : (
          <>
            <Paper p="sm" withBorder>
              <div role="img" aria-label={data.rows.map((r) => t('rpPages.overview.chartText', { year: r.year, forecast: value(r.forecast), actual: value(r.actual) })).join('; ')}>
                <BarChart h={260} data={data.rows.map((r) => ({ year: String(r.year), forecast: r.forecast, actual: r.actual }))} dataKey="year" valueFormatter={(v) => f.number(v)}
                  series={[{ name: 'forecast', label: label.forecast, color: 'gray.5' }, { name: 'actual', label: label.actual, color: 'brand.6' }]} withLegend legendProps={{ verticalAlign: 'bottom' }} />
              </div>
            </Paper>
            <ListTable label={t('rpPages.overview.forecastTable')} minWidth={360} columns={[t('rpPages.overview.year2'), { label: label.forecast, ta: 'right' }, { label: label.actual, ta: 'right' }, { label: t('rpPages.overview.difference'), ta: 'right' }]}>
              {data.rows.map((r) => (
                <Table.Tr key={r.year}>
                  <Table.Td>{r.year}</Table.Td>
                  <Table.Td ta="right">{value(r.forecast)}</Table.Td>
                  <Table.Td ta="right">{value(r.actual)}</Table.Td>
                  <Table.Td ta="right">{r.difference === null ? t('rpPages.common.none') : `${r.difference > 0 ? '+' : ''}${f.number(r.difference)}`}</Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
          </>
        )}
      </QueryState>
    </>
  );
}
