import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SERVICE_PLACES, TARGET_GROUPS, type OpenIpCaseInput } from '@socrehab/domain/programmes/individual-programme/index';
import { findMunicipalitiesValidOn } from '@socrehab/domain/reference/municipalities';
import { getPerson, personKeys } from '../../../modules/persons/persons.api';
import { useMe } from '../../../shared/auth/session';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { Section } from '../../../shared/ui/Section';
import { DateField } from '../../../shared/ui/DateField';
import { FormError } from '../../../shared/ui/FormFeedback';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getCaseManagerChoices, ipKeys, openIpCase } from '../individual-programme.api';
import { todayIso } from '../ip-format';
import { BackLink } from '../components/IpUi';
import { CaseSubjectFields, type Subject } from '../components/CaseSubjectFields';

/**
 * The social workers who may manage the case, by provider, as the server lists them: the welfare
 * department chooses among its contracted providers' social workers, a provider's manager among its own;
 * a provider's social worker manages the case themself (`onlyMe`). The server checks the choice (IP-1).
 */
function useCaseManagers() {
  const me = useMe().user;
  const choices = useQuery({ queryKey: ipKeys.caseManagers, queryFn: ({ signal }) => getCaseManagerChoices(signal) });
  const providers = choices.data?.providers ?? [];
  const workers = providers.flatMap((p) => p.socialWorkers);
  const onlyMe = workers.length === 1 && workers[0]!.id === me.id;
  return { me, providers, onlyMe };
}

/**
 * IP-1 opens an Individual Programme case: the person or family, the municipality and target group,
 * the granting decision (the community services considered and why they cannot meet the need — no
 * income test, no time limit), the service place, the agreement's end if any, and the case manager.
 */
export function IpOpenCasePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('ipPages.openCase.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { me, providers, onlyMe } = useCaseManagers();
  const [personId, setPersonId] = useState<string | null>(null);
  const [subject, setSubject] = useState<Subject>('person');
  const [otherRecipients, setOtherRecipients] = useState<string[]>([]);
  // the welfare department grants for its own municipality
  const [municipalityAtvk, setMunicipalityAtvk] = useState(me.organisation.kind === 'municipal_social_service' ? me.organisation.municipalityAtvk ?? '' : '');
  // an unchosen select is sent empty, for the server to refuse with its reason at the field
  const [targetGroup, setTargetGroup] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [openedOn, setOpenedOn] = useState(toDisplayDate(todayIso()));
  const [communityServices, setCommunityServices] = useState('');
  const [unmetNeed, setUnmetNeed] = useState('');
  const [servicePlace, setServicePlace] = useState('');
  const [agreementEndsOn, setAgreementEndsOn] = useState('');
  const [caseManager, setCaseManager] = useState('');
  const caseManagerUserId = onlyMe ? me.id : caseManager;
  const [noHouseholdRefused, setNoHouseholdRefused] = useState(false);
  const person = useQuery({ queryKey: personKeys.detail(personId ?? ''), queryFn: () => getPerson(personId ?? ''), enabled: !!personId }).data?.person;
  const household = subject === 'household' ? person?.household ?? null : null;

  const mutation = useMutation({
    mutationFn: openIpCase,
    onSuccess: (opened) => {
      void queryClient.invalidateQueries({ queryKey: ipKeys.all });
      navigate(`/ip/cases/${opened.caseId}`, { state: { openedNumber: opened.caseNumber } });
    },
  });
  const refusals = fieldErrorsOf(mutation.error, t);
  // a choice left empty is refused by its format ("invalid identifier"): named here for what it is — not chosen
  const unchosen = Object.fromEntries(Object.entries({ personId, municipalityAtvk, caseManagerUserId })
    .filter(([field, value]) => refusals[field] && !value).map(([field]) => [field, t('validation.required')]));
  const errors = { ...refusals, ...unchosen };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (subject === 'household' && personId && !person) return; // the person's household is still on its way
    const refused = subject === 'household' && !!person && !person.household;
    setNoHouseholdRefused(refused);
    if (refused) return;
    mutation.mutate({
      personId: personId ?? '',
      household: household && personId ? { householdId: household.id, recipientIds: [personId, ...otherRecipients] } : null,
      municipalityAtvk, targetGroup: targetGroup as OpenIpCaseInput['targetGroup'], servicePlace: servicePlace as OpenIpCaseInput['servicePlace'],
      decidedOn: parseDisplayDate(decidedOn) ?? '', openedOn: parseDisplayDate(openedOn) ?? '', agreementEndsOn: parseDisplayDate(agreementEndsOn),
      communityServicesConsidered: communityServices, unmetNeedReason: unmetNeed, caseManagerUserId,
    });
  };
  const choose = (label: string) => ({ value: '', label });
  const municipalities = findMunicipalitiesValidOn(todayIso()).map((m) => ({ value: m.atvk, label: i18n.language === 'en' ? m.nameEn : m.nameLv }));
  // grouped by provider where the department chooses among several
  const workerOption = (w: { id: string; displayName: string }) => ({ value: w.id, label: w.id === me.id ? t('ipPages.openCase.me', { name: w.displayName }) : w.displayName });
  const managers = [
    choose(t('ipPages.openCase.chooseCaseManager')),
    ...(providers.length === 1
      ? providers[0]!.socialWorkers.map(workerOption)
      : providers.filter((p) => p.socialWorkers.length > 0).map((p) => ({ group: p.name, items: p.socialWorkers.map(workerOption) }))),
  ];
  const formMessage = noHouseholdRefused ? t('ipPages.openCase.noHousehold') : mutation.error ? messageOf(mutation.error, t) : null;

  return (
    <>
      <PageHeader above={<BackLink to="/ip/cases">{t('ipPages.common.backToCases')}</BackLink>} title={t('ipPages.openCase.title')} description={t('ipPages.openCase.intro')} />
      <form onSubmit={submit} noValidate aria-label={t('ipPages.openCase.title')}>
        <Stack gap="lg" maw={900}>
          <Section id="subject" title={t('ipPages.openCase.subjectTitle')}>
            <CaseSubjectFields personId={personId} onPerson={(id) => { setPersonId(id); setOtherRecipients([]); setNoHouseholdRefused(false); }} person={person}
              subject={subject} onSubject={(s) => { setSubject(s); setNoHouseholdRefused(false); }} otherRecipients={otherRecipients} onOtherRecipients={setOtherRecipients}
              errors={errors} noHouseholdRefused={noHouseholdRefused} />
          </Section>
          <Section id="decision" title={t('ipPages.openCase.decisionTitle')} intro={t('ipPages.openCase.decisionIntro')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NativeSelect label={t('ipPages.openCase.municipality')} withAsterisk value={municipalityAtvk} onChange={(e) => setMunicipalityAtvk(e.currentTarget.value)} error={errors.municipalityAtvk}
                data={[choose(t('ipPages.openCase.chooseMunicipality')), ...municipalities]} />
              <NativeSelect label={t('ipPages.common.targetGroup')} withAsterisk value={targetGroup} onChange={(e) => setTargetGroup(e.currentTarget.value)} error={errors.targetGroup}
                data={[choose(t('ipPages.openCase.chooseTargetGroup')), ...TARGET_GROUPS.map((g) => ({ value: g, label: t(`ip.enums.targetGroup.${g}`) }))]} />
              <DateField label={t('ipPages.openCase.decidedOn')} withAsterisk value={decidedOn} onChange={setDecidedOn} error={errors.decidedOn} />
              <DateField label={t('ipPages.openCase.openedOn')} withAsterisk value={openedOn} onChange={setOpenedOn} error={errors.openedOn} />
            </SimpleGrid>
            <Textarea label={t('ipPages.case.communityServices')} description={t('ipPages.openCase.communityServicesHint')} withAsterisk autosize minRows={2} maxLength={2000}
              value={communityServices} onChange={(e) => setCommunityServices(e.currentTarget.value)} error={errors.communityServicesConsidered} />
            <Textarea label={t('ipPages.case.unmetNeed')} description={t('ipPages.openCase.unmetNeedHint')} withAsterisk autosize minRows={3} maxLength={4000}
              value={unmetNeed} onChange={(e) => setUnmetNeed(e.currentTarget.value)} error={errors.unmetNeedReason} />
          </Section>
          <Section id="service" title={t('ipPages.openCase.serviceTitle')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NativeSelect label={t('ipPages.case.servicePlace')} withAsterisk value={servicePlace} onChange={(e) => setServicePlace(e.currentTarget.value)} error={errors.servicePlace}
                data={[choose(t('ipPages.openCase.choosePlace')), ...SERVICE_PLACES.map((p) => ({ value: p, label: t(`ip.enums.servicePlace.${p}`) }))]} />
              <DateField label={t('ipPages.openCase.agreementEndsOn')} description={t('ipPages.openCase.agreementEndsOnHint')} value={agreementEndsOn} onChange={setAgreementEndsOn} error={errors.agreementEndsOn} />
              {!onlyMe ? (
                <NativeSelect label={t('ipPages.openCase.caseManager')} description={t('ipPages.openCase.caseManagerHint')} withAsterisk value={caseManager}
                  onChange={(e) => setCaseManager(e.currentTarget.value)} error={errors.caseManagerUserId} data={managers} />
              ) : (
                <TextInput label={t('ipPages.openCase.caseManager')} description={t('ipPages.openCase.caseManagerHint')} readOnly value={t('ipPages.openCase.me', { name: me.displayName })} error={errors.caseManagerUserId} />
              )}
            </SimpleGrid>
          </Section>
          <FormError message={formMessage} hasFields={Object.keys(errors).length > 0} />
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/ip/cases">{t('ipPages.openCase.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending}>{t('ipPages.openCase.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
