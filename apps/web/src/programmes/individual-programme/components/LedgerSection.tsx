import { Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../shared/ui/Section';
import { ListTable } from '../../../shared/ui/ListTable';
import { QueryState } from '../../../shared/ui/QueryState';
import { Tag } from '../../../shared/ui/Tag';
import type { Ledger } from '../individual-programme.api';
import { useIpFormat } from '../ip-format';
import { Stepper } from './IpUi';

type LedgerQuery = { data: Ledger | undefined; isPending: boolean; error: unknown; refetch: () => unknown };
type Month = Ledger['months'][number];

/**
 * IP-3 a monthly ledger for a year — a client's, or a provider's over all its clients (IP-4): the cost
 * planned, the actual cost by kind (staff, housing) and in all, the persons served, the clients'
 * co-payments, what the municipality pays, and the actual cost per person beside the programme's
 * reference (about 2 900 € a month in Rīga). `title` and `intro` name whose ledger it is.
 */
export function LedgerSection({ year, onYear, query, title, intro }: { year: number; onYear: (by: -1 | 1) => void; query: LedgerQuery; title?: string; intro?: string }) {
  const { t } = useTranslation();
  const f = useIpFormat();
  const over = (m: Month) => m.perPersonCents !== null && m.perPersonCents > m.referenceCents;
  const perPerson = (m: Month) => (
    <>
      {f.euroOrDash(m.perPersonCents)}
      {over(m) ? <>{' '}<Tag tone="warning">{t('ipPages.ledger.overReference')}</Tag></> : null}
    </>
  );
  const reference = (data: Ledger) => data.months[0]?.referenceCents ?? null;
  /** Months before the service began (or after it ended) carry nothing: they are left out. */
  const served = (data: Ledger) => data.months.filter((m) => m.plannedCents > 0 || m.actualCents !== null || m.coPaymentCents > 0);
  return (
    <Section id="ledger" title={title ?? t('ipPages.ledger.title')} intro={intro ?? t('ipPages.ledger.intro', { year })}
      actions={<Stepper label={t('ipPages.common.year')} value={String(year)} previousLabel={t('ipPages.common.previousYear')} nextLabel={t('ipPages.common.nextYear')} onStep={onYear} />}>
      <QueryState query={query}>
        {(data) => served(data).length === 0 ? <Text size="sm" c="dimmed">{t('ipPages.ledger.noMonths')}</Text> : (
          <>
            {reference(data) !== null ? (
              <Group gap="xs"><Tag tone="teal">{t('ipPages.ledger.reference', { amount: f.euro(reference(data)!) })}</Tag></Group>
            ) : null}
            <ListTable label={t('ipPages.ledger.table')} minWidth={900} visibleFrom="md"
              columns={[t('ipPages.ledger.month'), ...(['planned', 'staff', 'housing', 'actual', 'coPayment', 'municipal', 'perPerson'] as const).map((k) => ({ label: t(`ipPages.ledger.${k}`), ta: 'right' as const }))]}>
              {served(data).map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Td className="nowrap">{f.monthName(m.month)}</Table.Td>
                  <Table.Td ta="right" className="nowrap">{f.euro(m.plannedCents)}</Table.Td>
                  <Table.Td ta="right" className="nowrap">{f.euroOrDash(m.staffActualCents)}</Table.Td>
                  <Table.Td ta="right" className="nowrap">{f.euroOrDash(m.housingActualCents)}</Table.Td>
                  <Table.Td ta="right" className="nowrap" fw={600}>{f.euroOrDash(m.actualCents)}</Table.Td>
                  <Table.Td ta="right" className="nowrap">{f.euro(m.coPaymentCents)}</Table.Td>
                  <Table.Td ta="right" className="nowrap">{f.euroOrDash(m.municipalCents)}</Table.Td>
                  <Table.Td ta="right" className="nowrap">{perPerson(m)}<Text size="xs" c="dimmed">{t('ipPages.ledger.persons', { count: m.persons })}</Text></Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr fw={700} bg="gray.0">
                <Table.Th scope="row" className="nowrap">{t('ipPages.ledger.total')}</Table.Th>
                <Table.Td ta="right" className="nowrap">{f.euro(data.total.plannedCents)}</Table.Td>
                <Table.Td ta="right" className="nowrap">{f.euroOrDash(data.total.staffActualCents)}</Table.Td>
                <Table.Td ta="right" className="nowrap">{f.euroOrDash(data.total.housingActualCents)}</Table.Td>
                <Table.Td ta="right" className="nowrap">{f.euroOrDash(data.total.actualCents)}</Table.Td>
                <Table.Td ta="right" className="nowrap">{f.euro(data.total.coPaymentCents)}</Table.Td>
                <Table.Td ta="right" className="nowrap">{f.euroOrDash(data.total.municipalCents)}</Table.Td>
                <Table.Td />
              </Table.Tr>
            </ListTable>
            {/* on a phone and a tablet: a card a month */}
            <Stack hiddenFrom="md" gap="xs" component="ul" aria-label={t('ipPages.ledger.table')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {served(data).map((m) => (
                <Paper key={m.month} component="li" p="sm" bg="gray.0">
                  <Group justify="space-between" gap="xs" mb={4}>
                    <Text fw={650} tt="capitalize">{f.monthName(m.month)}</Text>
                    <Text size="sm">{t('ipPages.ledger.persons', { count: m.persons })}</Text>
                  </Group>
                  <SimpleGrid cols={2} spacing={4} verticalSpacing={2}>
                    <Text size="sm" c="dimmed">{t('ipPages.ledger.planned')}</Text><Text size="sm" ta="right">{f.euro(m.plannedCents)}</Text>
                    <Text size="sm" c="dimmed">{t('ipPages.ledger.staff')}</Text><Text size="sm" ta="right">{f.euroOrDash(m.staffActualCents)}</Text>
                    <Text size="sm" c="dimmed">{t('ipPages.ledger.housing')}</Text><Text size="sm" ta="right">{f.euroOrDash(m.housingActualCents)}</Text>
                    <Text size="sm" fw={600}>{t('ipPages.ledger.actual')}</Text><Text size="sm" ta="right" fw={600}>{f.euroOrDash(m.actualCents)}</Text>
                    <Text size="sm" c="dimmed">{t('ipPages.ledger.coPayment')}</Text><Text size="sm" ta="right">{f.euro(m.coPaymentCents)}</Text>
                    <Text size="sm" c="dimmed">{t('ipPages.ledger.municipal')}</Text><Text size="sm" ta="right">{f.euroOrDash(m.municipalCents)}</Text>
                    <Text size="sm" c="dimmed">{t('ipPages.ledger.perPerson')}</Text><Text size="sm" ta="right" component="div">{perPerson(m)}</Text>
                  </SimpleGrid>
                </Paper>
              ))}
              <Paper component="li" p="sm">
                <Text fw={700} mb={4}>{t('ipPages.ledger.total')}</Text>
                <SimpleGrid cols={2} spacing={4} verticalSpacing={2}>
                  <Text size="sm" c="dimmed">{t('ipPages.ledger.planned')}</Text><Text size="sm" ta="right">{f.euro(data.total.plannedCents)}</Text>
                  <Text size="sm" fw={600}>{t('ipPages.ledger.actual')}</Text><Text size="sm" ta="right" fw={600}>{f.euroOrDash(data.total.actualCents)}</Text>
                  <Text size="sm" c="dimmed">{t('ipPages.ledger.coPayment')}</Text><Text size="sm" ta="right">{f.euro(data.total.coPaymentCents)}</Text>
                  <Text size="sm" c="dimmed">{t('ipPages.ledger.municipal')}</Text><Text size="sm" ta="right">{f.euroOrDash(data.total.municipalCents)}</Text>
                </SimpleGrid>
              </Paper>
            </Stack>
          </>
        )}
      </QueryState>
    </Section>
  );
}
