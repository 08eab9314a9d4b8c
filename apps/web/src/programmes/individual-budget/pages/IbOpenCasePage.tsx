import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FAMILY_RANKERS, PILOTS } from '@socrehab/domain/programmes/individual-budget/catalogue';
import type { OpenIbCaseInput } from '@socrehab/domain/programmes/individual-budget/api.schemas';
import { findMunicipalitiesValidOn } from '@socrehab/domain/reference/municipalities';
import { PersonPicker } from '../../../modules/persons/components/PersonPicker';
import { useMe } from '../../../shared/auth/session';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { Section } from '../../../shared/ui/Section';
import { DateField } from '../../../shared/ui/DateField';
import { FormError } from '../../../shared/ui/FormFeedback';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { getCaseManagers, ibKeys, openIbCase } from '../individual-budget.api';
import { todayIso } from '../ib-format';
import { BackLink } from '../components/IbUi';

/** IB-1 opens a case on a referral: the person, the municipality and pilot, who shares responsibility for the plan, the case manager. */
export function IbOpenCasePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('ibPages.openCase.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe().user;
  const managers = useQuery({ queryKey: ibKeys.caseManagers, queryFn: ({ signal }) => getCaseManagers(signal) });
  const [personId, setPersonId] = useState<string | null>(null);
  const [municipalityAtvk, setMunicipalityAtvk] = useState(me.organisation.kind === 'municipal_social_service' ? me.organisation.municipalityAtvk ?? '' : '');
  const [pilot, setPilot] = useState('');
  const [referredOn, setReferredOn] = useState('');
  const [openedOn, setOpenedOn] = useState(toDisplayDate(todayIso()));
  const [representative, setRepresentative] = useState('');
  const [representativeName, setRepresentativeName] = useState('');
  const [caseManager, setCaseManager] = useState('');
  const workers = managers.data?.socialWorkers ?? [];
  const chosenManager = caseManager || (workers.length === 1 ? workers[0]!.id : '');
  const mutation = useMutation({
    mutationFn: () => openIbCase({
      personId: personId ?? '', municipalityAtvk, pilot: pilot as OpenIbCaseInput['pilot'], referredOn: parseDisplayDate(referredOn) ?? referredOn, openedOn: parseDisplayDate(openedOn) ?? openedOn,
      representative: representative as OpenIbCaseInput['representative'], representativeName: representativeName.trim() || null, caseManagerUserId: chosenManager,
    }),
    onSuccess: async (res) => {
      await queryClient.invalidateQueries({ queryKey: ibKeys.all });
      void navigate(`/ib/cases/${res.caseId}`);
    },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const municipalities = findMunicipalitiesValidOn(todayIso());
  const submit = (event: FormEvent) => { event.preventDefault(); mutation.mutate(); };
  const choose = { value: '', label: t('ibPages.openCase.choose') };
  return (
    <>
      <PageHeader above={<BackLink to="/ib/cases">{t('ibPages.common.back')}</BackLink>} title={t('ibPages.openCase.title')} description={t('ibPages.openCase.intro')} />
      <Section id="open-case" title={t('ibPages.openCase.title')}>
        <form onSubmit={submit} noValidate aria-labelledby="open-case-title">
          <Stack gap="md">
            <PersonPicker label={t('ibPages.openCase.person')} value={personId} onChange={setPersonId} error={errors.personId} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <NativeSelect label={t('ibPages.openCase.municipality')} required value={municipalityAtvk} onChange={(e) => setMunicipalityAtvk(e.currentTarget.value)} error={errors.municipalityAtvk}
                disabled={me.organisation.kind === 'municipal_social_service'}
                data={[choose, ...municipalities.map((m) => ({ value: m.atvk, label: i18n.language === 'en' ? m.nameEn : m.nameLv }))]} />
              <NativeSelect label={t('ibPages.openCase.pilot')} required value={pilot} onChange={(e) => setPilot(e.currentTarget.value)} error={errors.pilot}
                data={[choose, ...PILOTS.map((p) => ({ value: p, label: t(`ib.enums.pilot.${p}`) }))]} />
              <DateField label={t('ibPages.openCase.referredOn')} required value={referredOn} onChange={setReferredOn} error={errors.referredOn} />
              <DateField label={t('ibPages.openCase.openedOn')} required value={openedOn} onChange={setOpenedOn} error={errors.openedOn} />
              <NativeSelect label={t('ibPages.openCase.representative')} required value={representative} onChange={(e) => setRepresentative(e.currentTarget.value)} error={errors.representative}
                data={[choose, ...FAMILY_RANKERS.map((r) => ({ value: r, label: t(`ib.enums.ranker.${r}`) }))]} />
              <TextInput label={t('ibPages.openCase.representativeName')} value={representativeName} onChange={(e) => setRepresentativeName(e.currentTarget.value)} error={errors.representativeName} maxLength={200} />
              <NativeSelect label={t('ibPages.openCase.caseManager')} required value={chosenManager} onChange={(e) => setCaseManager(e.currentTarget.value)} error={errors.caseManagerUserId}
                data={[choose, ...workers.map((w) => ({ value: w.id, label: w.displayName }))]} />
            </SimpleGrid>
            <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(errors).length > 0} />
            <Group justify="flex-end"><Button type="submit" loading={mutation.isPending}>{t('ibPages.openCase.submit')}</Button></Group>
          </Stack>
        </form>
      </Section>
    </>
  );
}
