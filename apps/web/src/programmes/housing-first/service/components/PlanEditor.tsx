import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIFE_DOMAINS, type LifeDomain } from '@socrehab/domain/programmes/housing-first/index';
import { toDisplayDate } from '../../../../shared/dates';
import { dateOrNull, textOrNull, todayIso } from '../../../../modules/service/service-format';
import type { PlanVersionView } from '../plans.api';
import { savePlan, type ServiceCase } from '../service.api';
import { DateField, FormError, Saved, Section } from '../../../../modules/service/components/ServiceUi';
import { useRecord } from './useRecord';

const TERMS = ['long', 'short'] as const;
const STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
interface GoalForm {
  domain: LifeDomain; term: (typeof TERMS)[number]; goal: string; problem: string; tasks: string; deadline: string;
  responsibleUserId: string; status: (typeof STATUSES)[number]; reviewOn: string; result: string;
}
const emptyGoal = (): GoalForm => ({ domain: 'housing', term: 'short', goal: '', problem: '', tasks: '', deadline: '', responsibleUserId: '', status: 'planned', reviewOn: '', result: '' });
const goalFromVersion = (g: PlanVersionView['goals'][number]): GoalForm => ({
  domain: g.domain, term: g.term, goal: g.goal, problem: g.problem ?? '', tasks: g.tasks ?? '', deadline: toDisplayDate(g.deadline ?? null),
  responsibleUserId: g.responsibleUserId ?? '', status: g.status, reviewOn: toDisplayDate(g.reviewOn ?? null), result: g.result ?? '',
});

/**
 * HF-3.4.4 the individual plan: goals by life domain, each saved plan a new version. The form starts
 * from the newest version's goals; the versions themselves are listed by PlanVersions (refreshed after
 * the save by the page).
 */
export function PlanEditor({ data, latest }: { data: ServiceCase; latest: PlanVersionView | undefined }) {
  const { t } = useTranslation();
  const caseId = data.case.id;
  const [startedOn, setStartedOn] = useState(toDisplayDate(todayIso()));
  const [goals, setGoals] = useState<GoalForm[]>(() => (latest ? latest.goals.map(goalFromVersion) : [emptyGoal()]));
  // issue 11 §1 the version these goals came from (or the one this form saved last): a version someone else saved meanwhile is refused, not replaced
  const [startedFromVersion] = useState(latest?.version ?? 0);
  const record = useRecord(caseId, (body: Parameters<typeof savePlan>[1]) => savePlan(caseId, body), (_body, result) => t('service.plan.saved', { version: result.plan.version }));
  const set = (i: number, patch: Partial<GoalForm>) => setGoals((gs) => gs.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.save({
      basedOnVersion: record.data?.plan.version ?? startedFromVersion,
      startedOn: dateOrNull(startedOn) ?? '',
      goals: goals.map((g) => ({
        domain: g.domain, term: g.term, goal: g.goal.trim(), problem: textOrNull(g.problem), tasks: textOrNull(g.tasks), deadline: dateOrNull(g.deadline),
        responsibleUserId: g.responsibleUserId || null, status: g.status, reviewOn: dateOrNull(g.reviewOn), result: textOrNull(g.result),
      })),
    });
  };
  const e = record.errors;
  const workers = data.team.filter((m) => m.active);
  const err = (i: number, f: string) => e[`goals.${i}.${f}`];

  return (
    <Section id="plan" title={t('service.plan.title')} intro={t('service.plan.intro')}>
      <form onSubmit={submit} noValidate aria-labelledby="plan-title">
        <Stack gap="md">
          <DateField label={t('service.plan.startedOn')} required value={startedOn} onChange={setStartedOn} error={e.startedOn} w={{ base: '100%', xs: 220 }} />
          {goals.map((g, i) => (
            <Fieldset key={i} legend={t('service.plan.goalN', { n: i + 1 })} radius="md">
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
                  <NativeSelect label={t('service.plan.fields.domain')} value={g.domain} onChange={(ev) => set(i, { domain: ev.currentTarget.value as LifeDomain })} error={err(i, 'domain')}
                    data={LIFE_DOMAINS.map((d) => ({ value: d, label: t(`housing.enums.lifeDomain.${d}`) }))} />
                  <NativeSelect label={t('service.plan.fields.term')} value={g.term} onChange={(ev) => set(i, { term: ev.currentTarget.value as GoalForm['term'] })} error={err(i, 'term')}
                    data={TERMS.map((x) => ({ value: x, label: t(`service.plan.terms.${x}`) }))} />
                  <NativeSelect label={t('service.plan.fields.status')} value={g.status} onChange={(ev) => set(i, { status: ev.currentTarget.value as GoalForm['status'] })} error={err(i, 'status')}
                    data={STATUSES.map((x) => ({ value: x, label: t(`service.plan.statuses.${x}`) }))} />
                  <NativeSelect label={t('service.plan.fields.responsibleUserId')} value={g.responsibleUserId} onChange={(ev) => set(i, { responsibleUserId: ev.currentTarget.value })} error={err(i, 'responsibleUserId')}
                    data={[{ value: '', label: t('service.plan.noResponsible') }, ...workers.map((m) => ({ value: m.userId, label: `${m.displayName} (${t(`housing.enums.teamRole.${m.teamRole}`)})` }))]} />
                </SimpleGrid>
                <TextInput label={t('service.plan.fields.goal')} required value={g.goal} onChange={(ev) => set(i, { goal: ev.currentTarget.value })} error={err(i, 'goal')} />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Textarea label={t('service.plan.fields.problem')} autosize minRows={1} value={g.problem} onChange={(ev) => set(i, { problem: ev.currentTarget.value })} error={err(i, 'problem')} />
                  <Textarea label={t('service.plan.fields.tasks')} autosize minRows={1} value={g.tasks} onChange={(ev) => set(i, { tasks: ev.currentTarget.value })} error={err(i, 'tasks')} />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                  <DateField label={t('service.plan.fields.deadline')} value={g.deadline} onChange={(v) => set(i, { deadline: v })} error={err(i, 'deadline')} />
                  <DateField label={t('service.plan.fields.reviewOn')} value={g.reviewOn} onChange={(v) => set(i, { reviewOn: v })} error={err(i, 'reviewOn')} />
                  <Textarea label={t('service.plan.fields.result')} autosize minRows={1} value={g.result} onChange={(ev) => set(i, { result: ev.currentTarget.value })} error={err(i, 'result')} />
                </SimpleGrid>
                {goals.length > 1 ? (
                  <Group justify="flex-end">
                    <Button variant="subtle" color="red.8" size="xs" onClick={() => setGoals((gs) => gs.filter((_, j) => j !== i))}>{t('service.plan.removeGoal', { n: i + 1 })}</Button>
                  </Group>
                ) : null}
              </Stack>
            </Fieldset>
          ))}
          <FormError message={record.message} hasFields={Object.keys(e).length > 0} />
          <Saved>{record.saved}</Saved>
          <Group justify="space-between">
            <Button variant="default" onClick={() => setGoals((gs) => [...gs, emptyGoal()])} disabled={goals.length >= 50}>{t('service.plan.addGoal')}</Button>
            <Button type="submit" loading={record.pending}>{t('service.plan.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
