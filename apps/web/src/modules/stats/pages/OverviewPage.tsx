import { Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../shared/ui/TableScroll';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getOverview, type Overview } from '../stats.api';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper p="lg">
      <Text size="sm" c="dimmed" fw={500}>{label}</Text>
      <Text fz={32} fw={700} c="brand.8" lh={1.2} mt={4}>{value}</Text>
    </Paper>
  );
}

/** Persons per planning region and municipality, with small cells suppressed for roles without personal data. */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('overview.title'));
  const overview = useQuery({ queryKey: ['stats', 'overview'], queryFn: getOverview });
  const en = i18n.language === 'en';
  const number = new Intl.NumberFormat(en ? 'en-IE' : 'lv-LV');
  const percent = new Intl.NumberFormat(en ? 'en-IE' : 'lv-LV', { style: 'percent', maximumFractionDigits: 1 });

  return (
    <>
      <PageHeader title={t('overview.title')} description={t('overview.intro')} />
      <QueryState query={overview}>
        {(data: Overview) => {
          const cell = (c: { persons: number | null; suppressed: boolean }) =>
            c.suppressed ? t('overview.suppressed') : number.format(c.persons ?? 0);
          const share = (c: { persons: number | null }) => (c.persons !== null && data.personsTotal ? c.persons / data.personsTotal : null);
          const rows = (items: Array<{ key: string; name: string; persons: number | null; suppressed: boolean }>, label: string, column: string) => (
            <TableScroll label={label} minWidth={420}>
              <Table aria-label={label}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{column}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('overview.persons')}</Table.Th>
                    <Table.Th scope="col" w="30%">{t('overview.share')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((r) => {
                    const s = share(r);
                    return (
                      <Table.Tr key={r.key}>
                        <Table.Th scope="row" fw={500}>{r.name}</Table.Th>
                        <Table.Td ta="right" className="nowrap">{cell(r)}</Table.Td>
                        <Table.Td>
                          {s === null ? <Text size="sm" c="dimmed">—</Text> : (
                            <Stack gap={2}>
                              <Text size="xs">{percent.format(s)}</Text>
                              <Progress value={s * 100} size="sm" color="brand.6" aria-hidden="true" />
                            </Stack>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </TableScroll>
          );
          return (
            <Stack gap="lg">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                <Figure label={t('overview.total')} value={cell({ persons: data.personsTotal, suppressed: data.totalSuppressed })} />
                <Figure label={t('overview.municipalities')} value={number.format(data.byMunicipality.length)} />
                <Figure label={t('overview.regions')} value={number.format(data.byRegion.length)} />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                <Paper p={{ base: 'sm', sm: 'lg' }}>
                  <Title order={2} mb="sm">{t('overview.byRegion')}</Title>
                  {rows([
                    ...data.byRegion.map((r) => ({ key: r.code, name: en ? r.nameEn : r.nameLv, persons: r.persons, suppressed: r.suppressed })),
                    { key: 'outside', name: t('overview.outsideMunicipalities'), ...data.outsideMunicipalities },
                  ], t('overview.byRegion'), t('overview.region'))}
                </Paper>
                <Paper p={{ base: 'sm', sm: 'lg' }}>
                  <Title order={2} mb="sm">{t('overview.byMunicipality')}</Title>
                  {data.byMunicipality.length === 0 ? <Text c="dimmed">{t('overview.noData')}</Text> : rows(data.byMunicipality.map((m) => ({ key: m.atvk, name: en ? m.nameEn : m.nameLv, persons: m.persons, suppressed: m.suppressed })), t('overview.byMunicipality'), t('overview.municipality'))}
                </Paper>
              </SimpleGrid>
              {data.smallCellLimit ? <Text size="sm" c="dimmed">{t('overview.suppressionNote', { limit: data.smallCellLimit })}</Text> : null}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
