import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PERSON_STATE_FIELDS, VISIT_OUTCOMES, type LifeDomain, type VisitOutcome } from '@socrehab/domain/programmes/housing-first/index';
import { useMe } from '../../../../shared/auth/session';
import { toDisplayDate } from '../../../../shared/dates';
import { dateOrNull, parseHours, textOrNull, todayIso } from '../../../../modules/service/service-format';
import { recordVisit, type ServiceCase } from '../service.api';
import { JustificationField, useJustification } from './Justification';
import { DateField, FormError, Saved, Section, Warnings } from '../../../../modules/service/components/ServiceUi';
import { LifeDomainsField } from './LifeDomainsField';
import { useRecord } from './useRecord';

type State = Record<(typeof PERSON_STATE_FIELDS)[number], string>;
const emptyState = (): State => Object.fromEntries(PERSON_STATE_FIELDS.map((f) => [f, ''])) as State;

/** HF-3.2.1 record a home visit: who, where, how it went, the dwelling and the person's state, hours. */
export function VisitForm({ data }: { data: ServiceCase }) {
  const { t } = useTranslation();
  const me = useMe();
  const caseId = data.case.id;
  const team = data.team.filter((m) => m.active && m.teamRole !== 'municipal_social_worker');
  const mine = team.some((m) => m.userId === me.user.id) ? [me.user.id] : [];
  const [on, setOn] = useState(toDisplayDate(todayIso()));
  const [atTime, setAtTime] = useState('');
  const [place, setPlace] = useState(t('service.visit.placeDefault'));
  const [outcome, setOutcome] = useState<VisitOutcome>('met');
  const [workerIds, setWorkerIds] = useState<string[]>(mine);
  const [healthRisk, setHealthRisk] = useState(false);
  const [dwellingCondition, setDwellingCondition] = useState('');
  const [technicalFaults, setTechnicalFaults] = useState('');
  const [state, setState] = useState<State>(emptyState);
  const [needsMedicalHelp, setNeedsMedicalHelp] = useState(false);
  const [hours, setHours] = useState('1');
  const [domains, setDomains] = useState<LifeDomain[]>(['housing']);

  const record = useRecord(caseId, (body: Parameters<typeof recordVisit>[1]) => recordVisit(caseId, body), (body) => t('service.visit.saved', { date: toDisplayDate(body.visitedOn) }));
  const justification = useJustification(record);
  // a visit without contact hours has no life domains worked on (the API refuses them)
  const withHours = parseHours(hours) > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.save({
      visitedOn: dateOrNull(on) ?? '', atTime: textOrNull(atTime), workerIds, place: place.trim(), outcome, healthRisk,
      dwellingCondition: textOrNull(dwellingCondition), technicalFaults: textOrNull(technicalFaults),
      personState: { ...Object.fromEntries(PERSON_STATE_FIELDS.map((f) => [f, textOrNull(state[f])])) as Record<(typeof PERSON_STATE_FIELDS)[number], string | null>, needsMedicalHelp: needsMedicalHelp || null },
      hours: parseHours(hours), lifeDomains: withHours ? domains : [], justification: justification.value,
    });
  };
  const missed = outcome === 'not_home_no_notice' || outcome === 'notice_given';
  const e = record.errors;

  return (
    <Section id="visit" title={t('service.visit.title')}>
      <form onSubmit={submit} noValidate aria-labelledby="visit-title">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <DateField label={t('service.visit.visitedOn')} required value={on} onChange={setOn} error={e.visitedOn} />
            <TextInput label={t('service.visit.atTime')} placeholder="10:00" inputMode="numeric" value={atTime} onChange={(ev) => setAtTime(ev.currentTarget.value)} error={e.atTime} />
            <NativeSelect
              label={t('service.visit.outcome')}
              value={outcome}
              onChange={(ev) => {
                const next = ev.currentTarget.value as VisitOutcome;
                setOutcome(next);
                if (next === 'not_home_no_notice' || next === 'notice_given') setHours('0');
              }}
              error={e.outcome}
              data={VISIT_OUTCOMES.map((o) => ({ value: o, label: t(`service.visit.outcomes.${o}`) }))}
            />
            <TextInput label={t('service.visit.place')} required value={place} onChange={(ev) => setPlace(ev.currentTarget.value)} error={e.place} />
          </SimpleGrid>
          <Checkbox.Group label={t('service.visit.workers')} required value={workerIds} onChange={setWorkerIds} error={e.workerIds}>
            <Group gap="md" mt={6}>
              {team.map((m) => <Checkbox key={m.id} value={m.userId} label={`${m.displayName} (${t(`housing.enums.teamRole.${m.teamRole}`)})`} />)}
            </Group>
          </Checkbox.Group>
          <Checkbox label={t('service.visit.healthRisk')} description={t('service.visit.healthRiskHint')} checked={healthRisk} onChange={(ev) => setHealthRisk(ev.currentTarget.checked)} />
          {!missed ? (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <Textarea label={t('service.visit.dwellingCondition')} autosize minRows={2} value={dwellingCondition} onChange={(ev) => setDwellingCondition(ev.currentTarget.value)} error={e.dwellingCondition} />
                <Textarea label={t('service.visit.technicalFaults')} autosize minRows={2} value={technicalFaults} onChange={(ev) => setTechnicalFaults(ev.currentTarget.value)} error={e.technicalFaults} />
              </SimpleGrid>
              <Fieldset legend={t('service.visit.stateTitle')} variant="unstyled">
                <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
                  {PERSON_STATE_FIELDS.map((f) => (
                    <Textarea key={f} label={t(`service.visit.state.${f}`)} autosize minRows={1} value={state[f]} onChange={(ev) => { const v = ev.currentTarget.value; setState((s) => ({ ...s, [f]: v })); }} error={e[`personState.${f}`]} />
                  ))}
                </SimpleGrid>
                <Checkbox mt="sm" label={t('service.visit.state.needsMedicalHelp')} checked={needsMedicalHelp} onChange={(ev) => setNeedsMedicalHelp(ev.currentTarget.checked)} />
              </Fieldset>
            </>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('service.visit.hours')} description={t('service.visit.hoursHint')} inputMode="decimal" value={hours} onChange={(ev) => setHours(ev.currentTarget.value)} error={e.hours} />
          </SimpleGrid>
          {withHours ? <LifeDomainsField label={t('service.visit.lifeDomains')} value={domains} onChange={setDomains} error={e.lifeDomains} /> : null}
          <JustificationField state={justification} limit={data.settings.contactHoursPerDay} id="visit-justification" />
          <FormError message={record.needsJustification ? null : record.message} hasFields={Object.keys(e).length > 0} />
          <Saved>{record.saved}</Saved>
          <Warnings items={record.warnings} />
          <Group justify="flex-end">
            <Button type="submit" loading={record.pending}>{justification.open ? t('service.contact.submitJustified') : t('service.visit.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
