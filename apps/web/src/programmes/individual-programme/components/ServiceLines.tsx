import { Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../shared/ui/Section';
import { ListTable } from '../../../shared/ui/ListTable';
import { QueryState } from '../../../shared/ui/QueryState';
import type { PlannedLine, PlannedVsDelivered } from '../individual-programme.api';
import { useIpFormat } from '../ip-format';
import { Stepper } from './IpUi';

type LinesQuery = { data: PlannedVsDelivered | undefined; isPending: boolean; error: unknown; refetch: () => unknown };

/** IP-2 the plan's service lines in force in a month: planned against delivered volume, a bar each. */
export function ServiceLinesSection({ month, onMonth, query }: { month: string; onMonth: (by: -1 | 1) => void; query: LinesQuery }) {
  const { t } = useTranslation();
  const f = useIpFormat();
  const name = (l: PlannedLine) => t(`ip.enums.serviceLine.${l.line}`);
  const volume = (l: PlannedLine, value: number) => t('ipPages.plan.volume', { value: f.number(value), unit: t(`ip.enums.unit.${l.unit}`) });
  const difference = (l: PlannedLine) => (l.difference > 0 ? `+${volume(l, l.difference)}` : volume(l, l.difference));
  const details = (l: PlannedLine) => (
    <>
      {l.skillAreas.length ? <Text size="xs" c="dimmed">{t('ipPages.plan.skillAreas')}: {l.skillAreas.map((a) => t(`ip.enums.skillArea.${a}`)).join(', ')}</Text> : null}
      {l.dwelling ? <Text size="xs" c="dimmed">{t('ipPages.plan.dwelling', { address: l.dwelling.address })}</Text> : null}
    </>
  );
  const bar = (l: PlannedLine) => (
    <Progress value={l.planned > 0 ? Math.min(100, (l.delivered / l.planned) * 100) : 0} color={l.delivered >= l.planned ? 'green.8' : 'brand.7'} size="md" radius="xl"
      aria-label={t('ipPages.plan.progressLabel', { line: name(l), delivered: volume(l, l.delivered), planned: volume(l, l.planned) })} />
  );
  return (
    <Section id="lines" title={t('ipPages.plan.linesTitle')} intro={t('ipPages.plan.linesIntro', { month: f.inMonth(month) })}
      actions={<Stepper label={t('ipPages.common.month')} value={f.month(month)} previousLabel={t('ipPages.common.previousMonth')} nextLabel={t('ipPages.common.nextMonth')} onStep={onMonth} />}>
      <QueryState query={query}>
        {(data) => data.lines.length === 0 ? <Text size="sm" c="dimmed">{t('ipPages.plan.noLines')}</Text> : (
          <>
            <ListTable label={t('ipPages.plan.linesTable')} minWidth={680} visibleFrom="sm"
              columns={[t('ipPages.plan.line'), { label: t('ipPages.plan.planned'), ta: 'right' }, { label: t('ipPages.plan.delivered'), ta: 'right' }, { label: t('ipPages.plan.difference'), ta: 'right' }, { label: <span className="visually-hidden">{t('ipPages.plan.delivered')} %</span>, w: 140 }]}>
              {data.lines.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td><Text size="sm" fw={600}>{name(l)}</Text>{details(l)}</Table.Td>
                  <Table.Td ta="right" className="nowrap">{volume(l, l.planned)}</Table.Td>
                  <Table.Td ta="right" className="nowrap" fw={600}>{volume(l, l.delivered)}</Table.Td>
                  <Table.Td ta="right" className="nowrap" c={l.difference < 0 ? '#8a3700' : undefined}>{difference(l)}</Table.Td>
                  <Table.Td>{bar(l)}</Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            <Stack hiddenFrom="sm" gap="xs" component="ul" aria-label={t('ipPages.plan.linesTable')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.lines.map((l) => (
                <Paper key={l.id} component="li" p="sm" bg="gray.0">
                  <Text size="sm" fw={600}>{name(l)}</Text>
                  {details(l)}
                  <Text size="sm" mt={4}>{t('ipPages.plan.plannedValue', { value: volume(l, l.planned) })} · <b>{t('ipPages.plan.deliveredValue', { value: volume(l, l.delivered) })}</b></Text>
                  <Text size="sm" c={l.difference < 0 ? '#8a3700' : undefined} mb={6}>{t('ipPages.plan.differenceValue', { value: difference(l) })}</Text>
                  {bar(l)}
                </Paper>
              ))}
            </Stack>
          </>
        )}
      </QueryState>
    </Section>
  );
}
