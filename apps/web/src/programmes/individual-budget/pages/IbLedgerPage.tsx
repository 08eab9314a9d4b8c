import { useState, type FormEvent } from 'react';
import { ActionIcon, Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { IbService } from '@socrehab/domain/programmes/individual-budget/catalogue';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { Section } from '../../../shared/ui/Section';
import { ListTable } from '../../../shared/ui/ListTable';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { Tag } from '../../../shared/ui/Tag';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { toDisplayDate } from '../../../shared/dates';
import { getIbCase, getLedger, ibKeys, recordDelivery, type IbLedger } from '../individual-budget.api';
import { parseEuroCents, parseNumber, thisMonth, useIbFormat } from '../ib-format';
import { BackLink, WarningTag } from '../components/IbUi';

const ARROW = { previous: 'M15 5l-7 7 7 7', next: 'M9 5l7 7-7 7' };
const arrow = (d: string) => <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false"><path d={d} /></svg>;

/** IB-4, IB-5 the ledger of a budget period: the budget, planned, spent and projected with the warning; per service and per month, with interruptions; recording what was delivered. */
export function IbLedgerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('ibPages.ledger.title'));
  const [period, setPeriod] = useState<number | null>(null);
  const detail = useQuery({ queryKey: ibKeys.case(id), queryFn: ({ signal }) => getIbCase(id, signal) });
  const query = useQuery({ queryKey: ibKeys.ledger(id, period), queryFn: ({ signal }) => getLedger(id, period, signal), enabled: (detail.data?.assessments.length ?? 0) > 0 });
  return (
    <Stack gap="lg">
      <PageHeader above={<BackLink to={`/ib/cases/${id}`}>{t('ibPages.common.backToCase')}</BackLink>} title={t('ibPages.ledger.title')}
        description={detail.data ? `${detail.data.personName} · ${detail.data.caseNumber ?? ''}` : t('ibPages.ledger.intro')} />
      <QueryState query={detail}>
        {(d) => d.assessments.length === 0 ? <Text c="dimmed">{t('ibPages.ledger.noAssessment')}</Text> : (
          <QueryState query={query}>
            {(ledger) => <LedgerView caseId={id} ledger={ledger} record={d.abilities.record} onPeriod={setPeriod} />}
          </QueryState>
        )}
      </QueryState>
    </Stack>
  );
}

function LedgerView({ caseId, ledger, record, onPeriod }: { caseId: string; ledger: IbLedger; record: boolean; onPeriod: (p: number) => void }) {
  const { t } = useTranslation();
  const f = useIbFormat();
  const months = ledger.byMonth.map((m) => m.month);
  const services = ledger.byService.map((s) => s.service);
  const cell = (service: IbService, month: string) => ledger.cells.find((c) => c.service === service && c.month === month);
  const warningText = ledger.warning === 'exceeded' ? t('ibPages.ledger.warningExceeded', { value: f.euro(ledger.spentCents - ledger.budgetCents) })
    : ledger.warning === 'projected_over' ? t('ibPages.ledger.warningProjected', { value: f.euro(ledger.projectedCents - ledger.budgetCents) })
      : ledger.warning === 'near' ? t('ibPages.ledger.warningNear', { value: f.number(ledger.spentPercent ?? 0), threshold: ledger.warningPercent }) : null;
  return (
    <>
      <Section id="budget" title={t('ibPages.ledger.period')} intro={t('ibPages.ledger.intro')}
        actions={ledger.periods > 1 ? (
          <Group gap="xs" role="group" aria-label={t('ibPages.ledger.period')}>
            <ActionIcon variant="default" size="lg" disabled={ledger.period <= 1} onClick={() => onPeriod(ledger.period - 1)} aria-label={t('ibPages.ledger.previous')}>{arrow(ARROW.previous)}</ActionIcon>
            <ActionIcon variant="default" size="lg" disabled={ledger.period >= ledger.periods} onClick={() => onPeriod(ledger.period + 1)} aria-label={t('ibPages.ledger.next')}>{arrow(ARROW.next)}</ActionIcon>
          </Group>
        ) : null}>
        <Text fw={650} aria-live="polite">{t('ibPages.ledger.periodValue', { n: ledger.period, from: toDisplayDate(ledger.from), to: toDisplayDate(ledger.to) })}</Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {[
            [t('ibPages.ledger.budget'), f.euro(ledger.budgetCents)], [t('ibPages.ledger.spent'), `${f.euro(ledger.spentCents)}`],
            [t('ibPages.ledger.remaining'), f.euro(ledger.remainingCents)], [t('ibPages.ledger.projected'), f.euro(ledger.projectedCents)],
          ].map(([label, value]) => (
            <Paper key={label} withBorder p="sm"><Text size="sm" c="dimmed">{label}</Text><Text fz="xl" fw={700}>{value}</Text></Paper>
          ))}
        </SimpleGrid>
        {ledger.spentPercent !== null ? <Text size="sm">{t('ibPages.ledger.spentShare', { value: f.number(ledger.spentPercent) })}</Text> : null}
        {warningText ? (
          <Alert color={ledger.warning === 'near' ? 'yellow' : 'orange'} variant="light" title={<WarningTag warning={ledger.warning} />} role="status">
            <Text size="sm" c="dark.7">{warningText}</Text>
          </Alert>
        ) : <Text size="sm">{t('ibPages.ledger.noWarning')}</Text>}
      </Section>

      <Section id="by-service" title={t('ibPages.ledger.byService')}>
        <ListTable label={t('ibPages.ledger.byServiceTable')} minWidth={720}
          columns={[t('ibPages.common.service'), t('ibPages.ledger.planned'), t('ibPages.ledger.delivered'), t('ibPages.ledger.notCarriedOut'), t('ibPages.ledger.interrupted'), t('ibPages.ledger.plannedCost'), t('ibPages.ledger.spent')]}>
          {ledger.byService.map((s) => (
            <Table.Tr key={s.service}>
              <Table.Td>{f.service(s.service)}</Table.Td>
              <Table.Td className="nowrap">{f.volume(s.service, s.planned)}</Table.Td>
              <Table.Td className="nowrap">{f.volume(s.service, s.delivered)}</Table.Td>
              <Table.Td className="nowrap">{s.notCarriedOut > 0 ? <Tag tone="warning">{f.volume(s.service, s.notCarriedOut)}</Tag> : f.number(0)}</Table.Td>
              <Table.Td className="nowrap">{s.interruptedShortfall > 0 ? <Tag tone="purple">{f.volume(s.service, s.interruptedShortfall)}</Tag> : f.number(0)}</Table.Td>
              <Table.Td className="nowrap" ta="right">{f.euro(s.plannedCents)}</Table.Td>
              <Table.Td className="nowrap" ta="right">{f.euro(s.spentCents)}</Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      </Section>

      <Section id="by-month" title={t('ibPages.ledger.byMonth')}>
        <ListTable label={t('ibPages.ledger.byMonthTable')} minWidth={760}
          columns={[t('ibPages.ledger.month'), ...services.map((s) => f.service(s)), t('ibPages.ledger.spent'), t('ibPages.ledger.cumulative')]}>
          {ledger.byMonth.map((m) => (
            <Table.Tr key={m.month}>
              <Table.Td className="nowrap" fw={600}>{f.shortMonth(m.month)}</Table.Td>
              {services.map((s) => {
                const c = cell(s, m.month);
                return (
                  <Table.Td key={s} fz="sm">
                    {c ? t('ibPages.ledger.cell', { delivered: f.number(c.delivered), planned: f.number(c.planned) }) : t('ibPages.common.none')}
                    {c && c.interruptedDays > 0 ? <><br /><Tag tone="purple">{t('ibPages.ledger.interruptedTag', { count: c.interruptedDays })}</Tag></> : null}
                  </Table.Td>
                );
              })}
              <Table.Td className="nowrap" ta="right">{f.euro(m.spentCents)}</Table.Td>
              <Table.Td className="nowrap" ta="right">{f.euro(m.cumulativeSpentCents)}</Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
        {ledger.interruptions.length ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>{t('ibPages.ledger.interruptionsTitle')}</Text>
            {ledger.interruptions.map((i) => (
              <Text size="sm" key={i.id}>{f.service(i.service)}: {toDisplayDate(i.from)} – {i.to ? toDisplayDate(i.to) : t('ibPages.interruptions.ongoing')} · {t(`ib.enums.interruptionReason.${i.reason}`)} · {t('ibPages.interruptions.days', { count: i.daysInPeriod })}</Text>
            ))}
          </Stack>
        ) : null}
      </Section>

      {record ? <DeliveryForm caseId={caseId} months={months.filter((m) => m <= thisMonth())} services={services} /> : null}
    </>
  );
}

function DeliveryForm({ caseId, months, services }: { caseId: string; months: string[]; services: IbService[] }) {
  const { t } = useTranslation();
  const f = useIbFormat();
  const queryClient = useQueryClient();
  const [month, setMonth] = useState(months.at(-1) ?? thisMonth());
  const [service, setService] = useState<string>(services[0] ?? '');
  const [amount, setAmount] = useState('');
  const [spent, setSpent] = useState('');
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: () => recordDelivery(caseId, { month, service: service as IbService, delivered: parseNumber(amount), spentCents: spent.trim() ? parseEuroCents(spent) : null }),
    onMutate: () => setSaved(false),
    onSuccess: () => { setSaved(true); setAmount(''); setSpent(''); void queryClient.invalidateQueries({ queryKey: ibKeys.all }); },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const submit = (event: FormEvent) => { event.preventDefault(); mutation.mutate(); };
  return (
    <Section id="delivery" title={t('ibPages.ledger.deliveryTitle')} intro={t('ibPages.ledger.deliveryIntro')}>
      <form onSubmit={submit} noValidate aria-labelledby="delivery-title">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
            <NativeSelect label={t('ibPages.ledger.deliveryMonth')} value={month} onChange={(e) => setMonth(e.currentTarget.value)} error={errors.month}
              data={months.map((m) => ({ value: m, label: f.month(m) }))} />
            <NativeSelect label={t('ibPages.ledger.deliveryService')} value={service} onChange={(e) => setService(e.currentTarget.value)} error={errors.service}
              data={services.map((s) => ({ value: s, label: f.service(s) }))} />
            <TextInput label={t('ibPages.ledger.deliveryAmount')} withAsterisk inputMode="decimal" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={errors.delivered} />
            <TextInput label={t('ibPages.ledger.deliverySpent')} inputMode="decimal" value={spent} onChange={(e) => setSpent(e.currentTarget.value)} error={errors.spentCents} />
          </SimpleGrid>
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
          <SavedNotice>{saved ? t('ibPages.ledger.deliverySaved') : null}</SavedNotice>
          <Group justify="flex-end"><Button type="submit" loading={mutation.isPending}>{t('ibPages.ledger.deliverySubmit')}</Button></Group>
        </Stack>
      </form>
    </Section>
  );
}
