import { useState } from 'react';
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { UNIT_OF_SERVICE } from '@socrehab/domain/programmes/individual-budget/catalogue';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { Section } from '../../../shared/ui/Section';
import { ListTable } from '../../../shared/ui/ListTable';
import { Tag } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getCatalogue, getUnmetReport, ibKeys, unmetReportFile } from '../individual-budget.api';
import { thisMonth, useIbFormat } from '../ib-format';
import { CatalogueForm } from '../components/CatalogueForm';

const shift = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + m - 1 + by;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** IB-5 the report of unmet and interrupted services (on screen, PDF, Excel) and the municipalities' catalogue with prices, providers, distances and shortages (IB-3). */
export function IbReportPage() {
  const { t } = useTranslation();
  const f = useIbFormat();
  usePageTitle(t('ibPages.report.title'));
  const [from, setFrom] = useState(shift(thisMonth(), -11));
  const [to, setTo] = useState(thisMonth());
  const [asked, setAsked] = useState({ from, to });
  const report = useQuery({ queryKey: ibKeys.report(asked.from, asked.to), queryFn: ({ signal }) => getUnmetReport(asked.from, asked.to, signal) });
  const value = (n: number | null, format: (n: number) => string = f.number) => (n === null ? <span aria-label={t('ibPages.report.hidden')}>•</span> : format(n));
  return (
    <Stack gap="lg">
      <PageHeader title={t('ibPages.report.title')} description={t('ibPages.report.intro')} />
      <Section id="unmet" title={t('ibPages.report.table')}
        actions={<>
          <Button component="a" variant="default" href={unmetReportFile(asked.from, asked.to, 'pdf', f.language)} target="_blank" rel="noopener">{t('ibPages.report.pdf')}</Button>
          <Button component="a" variant="default" href={unmetReportFile(asked.from, asked.to, 'xlsx', f.language)}>{t('ibPages.report.xlsx')}</Button>
        </>}>
        <form onSubmit={(e) => { e.preventDefault(); if (MONTH.test(from) && MONTH.test(to)) setAsked({ from, to }); }} aria-label={t('ibPages.report.show')}>
          <Group gap="sm" align="flex-end">
            <TextInput label={t('ibPages.report.from')} placeholder="gggg-mm" w={140} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
            <TextInput label={t('ibPages.report.to')} placeholder="gggg-mm" w={140} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
            <Button type="submit" variant="default">{t('ibPages.report.show')}</Button>
          </Group>
        </form>
        <QueryState query={report}>
          {(data) => data.rows.length === 0 ? <Text c="dimmed">{t('ibPages.report.empty')}</Text> : (
            <>
              <ListTable label={t('ibPages.report.table')} minWidth={900}
                columns={[t('ib.report.municipality'), t('ib.report.service'), t('ib.report.cases'), t('ib.report.planned'), t('ib.report.delivered'), t('ib.report.notCarriedOut'),
                  t('ib.report.interruptedShortfall'), t('ib.report.interruptions'), t('ib.report.interruptedDays'), t('ib.report.shortage'), t('ib.report.nearestKm')]}>
                {data.rows.map((r) => (
                  <Table.Tr key={`${r.municipalityAtvk}-${r.service}`}>
                    <Table.Td fz="sm">{f.language === 'en' ? r.municipalityNameEn : r.municipalityName}</Table.Td>
                    <Table.Td fz="sm">{f.service(r.service)}</Table.Td>
                    <Table.Td ta="right">{value(r.cases)}</Table.Td>
                    <Table.Td ta="right">{value(r.planned)}</Table.Td>
                    <Table.Td ta="right">{value(r.delivered)}</Table.Td>
                    <Table.Td ta="right">{value(r.notCarriedOut)}</Table.Td>
                    <Table.Td ta="right">{value(r.interruptedShortfall)}</Table.Td>
                    <Table.Td ta="right">{value(r.interruptions)}</Table.Td>
                    <Table.Td ta="right">{value(r.interruptedDays)}</Table.Td>
                    <Table.Td>{r.shortage ? <Tag tone="warning">{t('ibPages.report.shortage')}</Tag> : t('ib.report.no')}</Table.Td>
                    <Table.Td ta="right" className="nowrap">{r.nearestKm === null ? '' : t('ibPages.report.km', { value: f.number(r.nearestKm) })}</Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
              {data.suppressed ? <Text size="sm" c="dimmed">{t('ibPages.report.hiddenNote')}</Text> : null}
            </>
          )}
        </QueryState>
      </Section>
      <CatalogueSection />
    </Stack>
  );
}

function CatalogueSection() {
  const { t } = useTranslation();
  const f = useIbFormat();
  const all = useQuery({ queryKey: ibKeys.catalogue(null), queryFn: ({ signal }) => getCatalogue(null, signal) });
  const [atvk, setAtvk] = useState('');
  return (
    <Section id="catalogue" title={t('ibPages.catalogue.title')} intro={t('ibPages.catalogue.intro')}>
      <QueryState query={all}>
        {(data) => {
          const municipalities = [...new Map(data.items.map((e) => [e.municipalityAtvk, f.language === 'en' ? e.municipalityNameEn : e.municipalityName])).entries()];
          const chosen = atvk || municipalities[0]?.[0] || '';
          const items = data.items.filter((e) => e.municipalityAtvk === chosen);
          return (
            <Stack gap="sm">
              <NativeSelect label={t('ibPages.catalogue.municipality')} maw={320} value={chosen} onChange={(e) => setAtvk(e.currentTarget.value)}
                data={municipalities.map(([value, label]) => ({ value, label }))} />
              <ListTable label={t('ibPages.catalogue.table')} minWidth={720}
                columns={[t('ibPages.common.service'), t('ibPages.catalogue.price'), t('ibPages.catalogue.provider'), t('ibPages.catalogue.distance'), t('ibPages.catalogue.shortage')]}>
                {items.map((e) => (
                  <Table.Tr key={e.service}>
                    <Table.Td fz="sm">{f.service(e.service)}</Table.Td>
                    <Table.Td className="nowrap" ta="right">{f.euro(e.unitPriceCents)} / {t(`ib.enums.unit.${UNIT_OF_SERVICE[e.service]}`)}</Table.Td>
                    <Table.Td fz="sm">{e.providerName ?? <Text span c="dimmed" fz="sm">{t('ibPages.catalogue.noProvider')}</Text>}</Table.Td>
                    <Table.Td className="nowrap" ta="right">{t('ibPages.report.km', { value: f.number(e.nearestKm) })}</Table.Td>
                    <Table.Td fz="sm">{e.shortage ? <Tag tone="warning">{t('ibPages.report.shortage')}</Tag> : null}{e.note ? ` ${e.note}` : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
              {data.mayEdit ? <CatalogueForm items={data.items} onSaved={setAtvk} /> : null}
            </Stack>
          );
        }}
      </QueryState>
    </Section>
  );
}
