import { Anchor, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DWELLING_STATUSES } from '@socrehab/domain';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Tag, type Tone } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getDwellings, getHandovers, hfKeys, type DwellingHandover } from '../housing-first.api';
import { toDisplayDate } from '../../../shared/dates';
import { useEuro, useMunicipalityName } from '../hf-format';
import { SavedNotice } from '../components/HfUi';

export const DWELLING_TONE: Record<string, Tone> = { available: 'success', reserved: 'purple', occupied: 'brand', under_repair: 'warning', withdrawn: 'neutral' };

/** HF-3.1.5 the housing stock, filtered by status; the keeper edits. */
export function DwellingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('hf.dwellings.title'));
  const euro = useEuro();
  const municipality = useMunicipalityName();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const query = useQuery({ queryKey: hfKeys.dwellings(status), queryFn: () => getDwellings(status || undefined) });
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <>
      <SavedNotice>{notice}</SavedNotice>
      <PageHeader title={t('hf.dwellings.title')} description={t('hf.dwellings.intro')} actions={<Button component={Link} to="/hf/dwellings/new">{t('hf.dwellings.add')}</Button>} />
      <Group mb="md" align="flex-end" justify="space-between">
        <NativeSelect
          label={t('hf.dwellings.statusFilter')}
          value={status}
          onChange={(e) => setParams(e.currentTarget.value ? { status: e.currentTarget.value } : {})}
          data={[{ value: '', label: t('hf.dwellings.allStatuses') }, ...DWELLING_STATUSES.map((s) => ({ value: s, label: t(`housing.enums.dwellingStatus.${s}`) }))]}
          w={240}
        />
        {query.data ? <Text size="sm" c="dimmed" aria-live="polite">{t('hf.dwellings.count', { count: query.data.items.length })}</Text> : null}
      </Group>
      <QueryState query={query}>
        {(data) => data.items.length === 0 ? <Text c="dimmed">{t('hf.dwellings.empty')}</Text> : (
          <ListTable
            label={t('hf.dwellings.table')}
            minWidth={760}
            columns={[
              t('hf.dwellings.address'),
              t('hf.offers.floor'),
              t('hf.offers.rooms'),
              t('hf.offers.rent'),
              t('hf.common.status'),
              t('hf.dwellings.owner'),
            ]}
          >
            {data.items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  {d.canEdit ? <Anchor component={Link} to={`/hf/dwellings/${d.id}`} fw={600} aria-label={t('hf.dwellings.editLabel', { address: d.address })}>{d.address}</Anchor> : <Text fw={600} size="sm">{d.address}</Text>}
                  <Text size="xs" c="dimmed">{municipality(d.municipalityAtvk)} · {t(`housing.enums.dwellingSource.${d.source}`)}</Text>
                </Table.Td>
                <Table.Td fz="sm" className="nowrap">{t('hf.offers.floorValue', { floor: d.floor })}, {d.hasLift ? t('hf.offers.lift') : t('hf.offers.noLift')}</Table.Td>
                <Table.Td fz="sm">{d.rooms}</Table.Td>
                <Table.Td fz="sm" className="nowrap">{euro(d.rentEuros)}</Table.Td>
                <Table.Td><Tag tone={DWELLING_TONE[d.status]}>{t(`housing.enums.dwellingStatus.${d.status}`)}</Tag></Table.Td>
                <Table.Td><Text size="xs" c="dimmed" lineClamp={2}>{d.organisationName}</Text></Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        )}
      </QueryState>
      <Handovers />
    </>
  );
}

/** The handovers into the organisation's own dwellings: what a housing provider sees of a move-in (issue 11 §5). */
function Handovers() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: hfKeys.handovers, queryFn: getHandovers });
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  const holder = (h: string) => t(`housing.enums.keyHolder.${h}`);
  const inventory = (h: DwellingHandover) => (
    <>
      <Text size="sm" fw={500}>{t('hf.dwellings.inventoryCount', { count: h.items.length })}</Text>
      {h.items.map((x, i) => <Text key={i} size="xs" c="dimmed">{t('hf.dwellings.inventoryItem', { item: x.item, quantity: x.quantity, condition: x.condition })}</Text>)}
    </>
  );
  const keys = (h: DwellingHandover) => h.keys.map((k, i) => (
    <Text key={i} size="sm">
      {k.returnedOn
        ? t('hf.dwellings.keyReturned', { holder: holder(k.holder), from: toDisplayDate(k.handedOn), to: toDisplayDate(k.returnedOn) })
        : t('hf.dwellings.keyHeld', { holder: holder(k.holder), date: toDisplayDate(k.handedOn) })}
    </Text>
  ));
  return (
    <section aria-labelledby="handovers-title">
      <Title order={2} size="h3" mt="xl" mb={4} id="handovers-title">{t('hf.dwellings.handovers')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('hf.dwellings.handoversIntro')}</Text>
      <ListTable label={t('hf.dwellings.handoversTable')} minWidth={640} visibleFrom="sm" tableProps={{ style: { verticalAlign: 'top' } }}
        columns={[t('hf.dwellings.address'), t('hf.dwellings.handedOverOn'), t('hf.dwellings.inventory'), t('hf.dwellings.keys')]}>
        {items.map((h) => (
          <Table.Tr key={`${h.dwellingId}-${h.movedInOn}`}>
            <Table.Td fw={600} fz="sm">{h.address}</Table.Td>
            <Table.Td fz="sm" className="nowrap">{toDisplayDate(h.movedInOn)}</Table.Td>
            <Table.Td>{inventory(h)}</Table.Td>
            <Table.Td>{keys(h)}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      {/* on a phone: one card a handover, nothing to scroll sideways */}
      <Stack hiddenFrom="sm" gap="xs" component="ul" aria-label={t('hf.dwellings.handoversTable')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((h) => (
          <Paper key={`${h.dwellingId}-${h.movedInOn}`} component="li" p="sm" withBorder>
            <Text fw={600} size="sm">{h.address}</Text>
            <Text size="sm" mb={6}>{t('hf.dwellings.handedOverOnValue', { date: toDisplayDate(h.movedInOn) })}</Text>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">{t('hf.dwellings.keys')}</Text>
            <Stack gap={0} mb={6}>{keys(h)}</Stack>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">{t('hf.dwellings.inventory')}</Text>
            <Stack gap={0}>{inventory(h)}</Stack>
          </Paper>
        ))}
      </Stack>
    </section>
  );
}
