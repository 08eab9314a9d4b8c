import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FAMILY_RANKERS, IB_SERVICES, type IbService } from '@socrehab/domain/programmes/individual-budget/catalogue';
import type { SavePlanVersionInput } from '@socrehab/domain/programmes/individual-budget/api.schemas';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { Section } from '../../../shared/ui/Section';
import { DateField } from '../../../shared/ui/DateField';
import { ListTable } from '../../../shared/ui/ListTable';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { Tag } from '../../../shared/ui/Tag';
import { ibKeys, savePlanVersion, type IbCaseDetail, type IbPlanVersion } from '../individual-budget.api';
import { parseNumber, todayIso, useIbFormat } from '../ib-format';

function VersionView({ version, current }: { version: IbPlanVersion; current: boolean }) {
  const { t } = useTranslation();
  const f = useIbFormat();
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Title order={3} size="h4">{t('ibPages.plan.version', { version: version.version, date: toDisplayDate(version.validFrom) })}</Title>
        {current ? <Tag tone="success">{t('ibPages.plan.current')}</Tag> : null}
      </Group>
      <Text size="sm">{t('ibPages.plan.agreed', { who: t(`ib.enums.ranker.${version.agreedBy}`), date: toDisplayDate(version.agreedOn) })} · {t('ibPages.plan.madeBy', { name: version.createdByName })}</Text>
      <Text size="sm"><Text span fw={600}>{t('ibPages.plan.reason')}:</Text> {version.reason}</Text>
      <ListTable label={t('ibPages.plan.table')} minWidth={680}
        columns={[t('ibPages.common.service'), t('ibPages.plan.provider'), t('ibPages.plan.schedule'), t('ibPages.plan.intensity'), t('ibPages.plan.unitPrice'), t('ibPages.plan.monthCost')]}>
        {version.lines.map((l) => (
          <Table.Tr key={l.service}>
            <Table.Td>{f.service(l.service)}</Table.Td>
            <Table.Td fz="sm">{l.providerName}</Table.Td>
            <Table.Td fz="sm">{l.schedule}</Table.Td>
            <Table.Td fz="sm">{f.intensity(l.service, l.perMonth)}</Table.Td>
            <Table.Td className="nowrap" ta="right">{f.euro(l.unitPriceCents)}</Table.Td>
            <Table.Td className="nowrap" ta="right">{f.euro(Math.round(l.perMonth * l.unitPriceCents))}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    </Stack>
  );
}

/** IB-3 the support plan: the version in force, the earlier ones kept, and a new version made against the latest. */
export function PlanSection({ detail }: { detail: IbCaseDetail }) {
  const { t } = useTranslation();
  const [current, ...earlier] = detail.planVersions;
  return (
    <Section id="plan" title={t('ibPages.plan.title')} intro={t('ibPages.plan.intro')}>
      {current ? <VersionView version={current} current /> : <Text size="sm" c="dimmed">{t('ibPages.plan.none')}</Text>}
      {earlier.length ? (
        <details><summary><Text span size="sm" fw={600}>{t('ibPages.plan.versions', { count: earlier.length })}</Text></summary>
          <Stack gap="md" mt="sm">{earlier.map((v) => <VersionView key={v.id} version={v} current={false} />)}</Stack>
        </details>
      ) : null}
      {detail.abilities.record ? <PlanForm detail={detail} /> : null}
    </Section>
  );
}

interface Line { service: string; providerName: string; perMonth: string; schedule: string }

function PlanForm({ detail }: { detail: IbCaseDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const latest = detail.planVersions[0];
  const assessment = detail.assessments.at(-1);
  const fromLatest = (): Line[] => latest ? latest.lines.map((l) => ({ service: l.service, providerName: l.providerName, perMonth: String(l.perMonth), schedule: l.schedule })) : [{ service: '', providerName: '', perMonth: '', schedule: '' }];
  const [lines, setLines] = useState<Line[]>(fromLatest);
  const [validFrom, setValidFrom] = useState(toDisplayDate(todayIso()));
  const [agreedOn, setAgreedOn] = useState(toDisplayDate(todayIso()));
  const [agreedBy, setAgreedBy] = useState<string>(detail.representative);
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: () => savePlanVersion(detail.caseId, {
      expectedVersion: latest?.version ?? 0, validFrom: parseDisplayDate(validFrom) ?? validFrom, agreedOn: parseDisplayDate(agreedOn) ?? agreedOn, agreedBy: agreedBy as SavePlanVersionInput['agreedBy'], reason,
      lines: lines.map((l) => ({ service: l.service as IbService, providerName: l.providerName, perMonth: parseNumber(l.perMonth), schedule: l.schedule })),
    }),
    onMutate: () => setSaved(null),
    onSuccess: (res) => { setSaved(res.version); setReason(''); void queryClient.invalidateQueries({ queryKey: ibKeys.all }); },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const set = (i: number, patch: Partial<Line>) => setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const fillFromAssessment = () => assessment && setLines(assessment.combined.map((c) => ({
    service: c.service, providerName: '', schedule: '', perMonth: String(assessment.teamRanking.find((r) => r.service === c.service)?.perMonth ?? ''),
  })));
  const submit = (event: FormEvent) => { event.preventDefault(); mutation.mutate(); };
  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate aria-labelledby="plan-form-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="plan-form-title">{t('ibPages.plan.newVersion')}</Title>
          <Text size="sm" c="dimmed">{t('ibPages.plan.newVersionIntro')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <DateField label={t('ibPages.plan.validFrom')} required value={validFrom} onChange={setValidFrom} error={errors.validFrom} />
            <NativeSelect label={t('ibPages.plan.agreedBy')} required value={agreedBy} onChange={(e) => setAgreedBy(e.currentTarget.value)} error={errors.agreedBy}
              data={FAMILY_RANKERS.map((r) => ({ value: r, label: t(`ib.enums.ranker.${r}`) }))} />
            <DateField label={t('ibPages.plan.agreedOn')} required value={agreedOn} onChange={setAgreedOn} error={errors.agreedOn} />
          </SimpleGrid>
          <TextInput label={t('ibPages.plan.reasonField')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} maxLength={1000} />
          {lines.map((l, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="wrap">
              <NativeSelect style={{ flex: '2 1 200px' }} label={`${i + 1}. ${t('ibPages.common.service')}`} value={l.service} onChange={(e) => set(i, { service: e.currentTarget.value })} error={errors[`lines.${i}.service`]}
                data={[{ value: '', label: t('ibPages.openCase.choose') }, ...IB_SERVICES.map((s) => ({ value: s, label: t(`ib.enums.service.${s}`) }))]} />
              <TextInput style={{ flex: '2 1 180px' }} label={t('ibPages.plan.providerField')} value={l.providerName} onChange={(e) => set(i, { providerName: e.currentTarget.value })} error={errors[`lines.${i}.providerName`]} />
              <TextInput style={{ flex: '1 1 90px' }} label={t('ibPages.plan.perMonthField')} inputMode="decimal" value={l.perMonth} onChange={(e) => set(i, { perMonth: e.currentTarget.value })} error={errors[`lines.${i}.perMonth`]} />
              <TextInput style={{ flex: '2 1 180px' }} label={t('ibPages.plan.scheduleField')} value={l.schedule} onChange={(e) => set(i, { schedule: e.currentTarget.value })} error={errors[`lines.${i}.schedule`]} />
              {lines.length > 1 ? <ActionIcon variant="default" size="lg" aria-label={t('ibPages.plan.removeLine', { n: i + 1 })} onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}>×</ActionIcon> : null}
            </Group>
          ))}
          {errors.lines ? <Text size="sm" c="red.8">{errors.lines}</Text> : null}
          <Group gap="xs">
            <Button variant="default" onClick={() => setLines((ls) => [...ls, { service: '', providerName: '', perMonth: '', schedule: '' }])}>{t('ibPages.plan.addLine')}</Button>
            {assessment ? <Button variant="default" onClick={fillFromAssessment}>{t('ibPages.plan.fromAssessment')}</Button> : null}
          </Group>
          <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
          <SavedNotice>{saved ? t('ibPages.plan.saved', { version: saved }) : null}</SavedNotice>
          <Group justify="flex-end"><Button type="submit" loading={mutation.isPending}>{t('ibPages.plan.submit')}</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
