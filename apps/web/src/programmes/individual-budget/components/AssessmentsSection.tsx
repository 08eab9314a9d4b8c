import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_PROFESSIONS, FAMILY_RANKERS, IB_SERVICES, type IbService } from '@socrehab/domain/programmes/individual-budget/catalogue';
import type { RecordAssessmentInput } from '@socrehab/domain/programmes/individual-budget/api.schemas';
import { coreEvaluationKeys } from '../../../modules/evaluations/evaluations.api';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { Section } from '../../../shared/ui/Section';
import { DateField } from '../../../shared/ui/DateField';
import { ListTable } from '../../../shared/ui/ListTable';
import { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';
import { Tag } from '../../../shared/ui/Tag';
import { ibKeys, recordAssessment, type IbAssessment, type IbCaseDetail } from '../individual-budget.api';
import { parseEuroCents, parseNumber, todayIso, useIbFormat } from '../ib-format';

/** IB-2 the team's ranking and the family's side by side, the combined place by the stated method, and where they differ. */
export function RankingTable({ assessment }: { assessment: IbAssessment }) {
  const { t } = useTranslation();
  const f = useIbFormat();
  const who = t(`ib.enums.ranker.${assessment.rankedBy}`);
  const perMonth = (s: IbService) => assessment.teamRanking.find((r) => r.service === s)?.perMonth;
  const differs = (c: IbAssessment['combined'][number]) => {
    if (c.teamRank === null) return <Tag tone="purple">{t('ibPages.assessment.onlyFamily')}</Tag>;
    if (c.familyRank === null) return <Tag tone="teal">{t('ibPages.assessment.onlyTeam')}</Tag>;
    if (c.difference === 0) return <Text size="sm" c="dimmed">{t('ibPages.assessment.same')}</Text>;
    return c.difference! < 0 ? <Tag tone="purple">{t('ibPages.assessment.higherFamily', { count: -c.difference! })}</Tag> : <Tag tone="teal">{t('ibPages.assessment.higherTeam', { count: c.difference! })}</Tag>;
  };
  return (
    <Stack gap={6}>
      <Title order={3} size="h4">{t('ibPages.assessment.rankingsTitle')}</Title>
      <ListTable label={t('ibPages.assessment.rankingsTable')} minWidth={620}
        columns={[t('ibPages.assessment.combined'), t('ibPages.common.service'), t('ibPages.assessment.teamRank'), t('ibPages.assessment.familyRank', { who }), t('ibPages.assessment.difference'), t('ibPages.assessment.intensity')]}>
        {assessment.combined.map((c) => (
          <Table.Tr key={c.service}>
            <Table.Td fw={650}>{c.position}.</Table.Td>
            <Table.Td>{f.service(c.service)}</Table.Td>
            <Table.Td>{c.teamRank ?? t('ibPages.common.none')}</Table.Td>
            <Table.Td>{c.familyRank ?? t('ibPages.common.none')}</Table.Td>
            <Table.Td>{differs(c)}</Table.Td>
            <Table.Td fz="sm">{perMonth(c.service) !== undefined ? f.intensity(c.service, perMonth(c.service)!) : t('ibPages.common.none')}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <Text size="sm" c="dimmed">{t('ibPages.assessment.method')}</Text>
    </Stack>
  );
}

function AssessmentView({ assessment }: { assessment: IbAssessment }) {
  const { t } = useTranslation();
  const f = useIbFormat();
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">{t('ibPages.assessment.heading', { kind: t(`ibPages.assessment.kind.${assessment.kind}`), date: toDisplayDate(assessment.assessedOn) })}</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <div><Text size="sm" fw={600}>{t('ibPages.assessment.team')}</Text><Text size="sm">{assessment.team.map((p) => t(`ib.enums.profession.${p}`)).join(', ')}</Text></div>
        <div><Text size="sm" fw={600}>{t('ibPages.assessment.goals')}</Text>{assessment.goals.map((g) => <Text size="sm" key={g}>• {g}</Text>)}</div>
        <div><Text size="sm" fw={600}>{t('ibPages.assessment.budget', { from: toDisplayDate(assessment.periodFrom), to: toDisplayDate(assessment.periodTo) })}</Text><Text fw={650}>{f.euro(assessment.budgetCents)}</Text></div>
      </SimpleGrid>
      <RankingTable assessment={assessment} />
    </Stack>
  );
}

/** IB-1, IB-2 the assessments: the latest with its rankings side by side, the earlier ones folded, and the form for the next one. */
export function AssessmentsSection({ detail }: { detail: IbCaseDetail }) {
  const { t } = useTranslation();
  const latest = detail.assessments.at(-1);
  const earlier = detail.assessments.slice(0, -1).reverse();
  return (
    <Section id="assessments" title={t('ibPages.assessment.title')} intro={t('ibPages.assessment.intro')}>
      {latest ? <AssessmentView assessment={latest} /> : <Text size="sm" c="dimmed">{t('ibPages.assessment.none')}</Text>}
      {earlier.map((a) => (
        <details key={a.id}><summary><Text span size="sm" fw={600}>{t('ibPages.assessment.heading', { kind: t(`ibPages.assessment.kind.${a.kind}`), date: toDisplayDate(a.assessedOn) })}</Text></summary><AssessmentView assessment={a} /></details>
      ))}
      {detail.abilities.record ? <AssessmentForm caseId={detail.caseId} previous={latest ?? null} /> : null}
    </Section>
  );
}

interface Row { service: string; perMonth: string; familyRank: string }

function AssessmentForm({ caseId, previous }: { caseId: string; previous: IbAssessment | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [assessedOn, setAssessedOn] = useState(toDisplayDate(todayIso()));
  const [team, setTeam] = useState<string[]>(previous?.team ?? ['rehabilitation_doctor', 'social_worker']);
  const [goals, setGoals] = useState(previous?.goals.join('\n') ?? '');
  const initialRows = previous ? previous.teamRanking.map((r) => ({ service: r.service, perMonth: String(r.perMonth), familyRank: String(previous.familyRanking.find((x) => x.service === r.service)?.rank ?? '') })) : [{ service: '', perMonth: '', familyRank: '' }];
  const [rows, setRows] = useState<Row[]>(initialRows);
  const [rankedBy, setRankedBy] = useState<string>(previous?.rankedBy ?? '');
  const [budget, setBudget] = useState(previous ? String(previous.budgetCents / 100) : '');
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: () => recordAssessment(caseId, {
      assessedOn: parseDisplayDate(assessedOn) ?? assessedOn, team: team as RecordAssessmentInput['team'], goals: goals.split('\n').map((g) => g.trim()).filter(Boolean),
      teamRanking: rows.map((r, i) => ({ service: r.service as IbService, rank: i + 1, perMonth: parseNumber(r.perMonth) })),
      familyRanking: rows.filter((r) => r.familyRank.trim()).map((r) => ({ service: r.service as IbService, rank: parseNumber(r.familyRank) })),
      rankedBy: rankedBy as RecordAssessmentInput['rankedBy'], budgetCents: parseEuroCents(budget),
    }),
    onMutate: () => setSaved(false),
    onSuccess: () => {
      setSaved(true);
      void queryClient.invalidateQueries({ queryKey: ibKeys.all });
      void queryClient.invalidateQueries({ queryKey: coreEvaluationKeys.case(caseId) });
    },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const set = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = (event: FormEvent) => { event.preventDefault(); mutation.mutate(); };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="assessment-form-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="assessment-form-title">{t('ibPages.assessment.formTitle')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <DateField label={t('ibPages.assessment.assessedOn')} required value={assessedOn} onChange={setAssessedOn} error={errors.assessedOn} />
          <NativeSelect label={t('ibPages.assessment.rankedBy')} required value={rankedBy} onChange={(e) => setRankedBy(e.currentTarget.value)} error={errors.rankedBy}
            data={[{ value: '', label: t('ibPages.openCase.choose') }, ...FAMILY_RANKERS.map((r) => ({ value: r, label: t(`ib.enums.ranker.${r}`) }))]} />
          <TextInput label={t('ibPages.assessment.budgetField')} required inputMode="decimal" value={budget} onChange={(e) => setBudget(e.currentTarget.value)} error={errors.budgetCents} />
        </SimpleGrid>
        <Checkbox.Group label={t('ibPages.assessment.teamMembers')} value={team} onChange={setTeam} error={errors.team}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
            {ASSESSMENT_PROFESSIONS.map((p) => <Checkbox key={p} value={p} label={t(`ib.enums.profession.${p}`)} />)}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea label={t('ibPages.assessment.goalsField')} required autosize minRows={2} value={goals} onChange={(e) => setGoals(e.currentTarget.value)} error={errors.goals ?? errors['goals.0']} />
        <Text size="sm" fw={600}>{t('ibPages.assessment.servicesField')}</Text>
        {rows.map((r, i) => (
          <Group key={i} gap="xs" align="flex-end" wrap="wrap">
            <NativeSelect style={{ flex: '2 1 220px' }} label={t('ibPages.assessment.serviceRow', { n: i + 1 })} value={r.service} onChange={(e) => set(i, { service: e.currentTarget.value })}
              error={errors[`teamRanking.${i}.service`]} data={[{ value: '', label: t('ibPages.openCase.choose') }, ...IB_SERVICES.map((s) => ({ value: s, label: t(`ib.enums.service.${s}`) }))]} />
            <TextInput style={{ flex: '1 1 120px' }} label={t('ibPages.assessment.perMonth')} inputMode="decimal" value={r.perMonth} onChange={(e) => set(i, { perMonth: e.currentTarget.value })} error={errors[`teamRanking.${i}.perMonth`]} />
            <TextInput style={{ flex: '1 1 100px' }} label={t('ibPages.assessment.familyOrder')} inputMode="numeric" value={r.familyRank} onChange={(e) => set(i, { familyRank: e.currentTarget.value })} />
            {rows.length > 1 ? <ActionIcon variant="default" size="lg" aria-label={t('ibPages.assessment.removeService', { n: i + 1 })} onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>×</ActionIcon> : null}
          </Group>
        ))}
        {errors.teamRanking || errors.familyRanking ? <Text size="sm" c="red.8">{errors.teamRanking ?? errors.familyRanking}</Text> : null}
        <Group><Button variant="default" onClick={() => setRows((rs) => [...rs, { service: '', perMonth: '', familyRank: '' }])}>{t('ibPages.assessment.addService')}</Button></Group>
        <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
        <SavedNotice>{saved ? t('ibPages.assessment.saved') : null}</SavedNotice>
        <Group justify="flex-end"><Button type="submit" loading={mutation.isPending}>{t('ibPages.assessment.submit')}</Button></Group>
      </Stack>
    </form>
  );
}
