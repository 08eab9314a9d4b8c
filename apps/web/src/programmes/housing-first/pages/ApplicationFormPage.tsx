import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { submitApplicationSchema, validateQuestionnaireAnswers } from '@socrehab/domain/programmes/housing-first/index';
import { useMe } from '../../../shared/auth/session';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { PersonPicker } from '../../../modules/persons/components/PersonPicker';
import { getQuestionnaire, hfKeys, submitApplication } from '../housing-first.api';
import { schemaErrors, todayIso, useMunicipalityName } from '../hf-format';
import { BackLink, DateField, FormError, SavedNotice } from '../components/HfUi';
import { QuestionnaireFields, toAnswers, type AnswerDrafts } from '../components/QuestionnaireFields';

/** HF-3.1.3 the application with the municipality's housing-needs questionnaire, rendered from its data. */
export function ApplicationFormPage() {
  const { t } = useTranslation();
  usePageTitle(t('hf.applicationForm.title'));
  const me = useMe();
  const atvk = me.user.organisation.municipalityAtvk ?? '';
  const municipalityName = useMunicipalityName();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const contactId = params.get('contactId');
  const [personId, setPersonId] = useState<string | null>(params.get('personId'));
  const [submittedOn, setSubmittedOn] = useState(toDisplayDate(todayIso()));
  const [answers, setAnswers] = useState<AnswerDrafts>({});
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const form = useQuery({ queryKey: hfKeys.questionnaire(atvk), queryFn: () => getQuestionnaire(atvk), enabled: !!atvk });
  const fields = form.data?.form.fields ?? [];

  const body = () => ({ personId: personId ?? '', municipalityAtvk: atvk, submittedOn: parseDisplayDate(submittedOn) ?? '', firstContactId: contactId, answers: toAnswers(fields, answers) });
  const mutation = useMutation({
    mutationFn: () => submitApplication(body()),
    onSuccess: ({ application }) => {
      void queryClient.invalidateQueries({ queryKey: hfKeys.all });
      navigate(`/hf/applications/${application.id}`, { state: { notice: t('hf.applicationForm.saved') } });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const b = body();
    const found = { ...schemaErrors(submitApplicationSchema, b), ...Object.fromEntries(Object.entries(validateQuestionnaireAnswers(fields, b.answers)).map(([k, v]) => [k.replace(/^questionnaire\./, 'answers.'), v])) };
    setClientErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };
  const errors: Record<string, string> = { ...Object.fromEntries(Object.entries(clientErrors).map(([k, v]) => [k, t(v)])), ...fieldErrorsOf(mutation.error, t) };
  const name = params.get('name');
  const notice = (location.state as { notice?: string } | null)?.notice;

  return (
    <>
      <PageHeader
        above={<BackLink to="/hf/worklist">{t('hf.common.backToWorklist')}</BackLink>}
        title={t('hf.applicationForm.title')}
        description={[name, municipalityName(atvk)].filter(Boolean).join(' · ')}
      />
      <Stack gap="md" maw={760}>
        <SavedNotice>{notice}</SavedNotice>
        <Text>{t('hf.applicationForm.intro')}</Text>
        <QueryState query={form}>
          {(data) => (
            <Paper p={{ base: 'sm', sm: 'lg' }}>
              <form onSubmit={submit} noValidate>
                <Stack gap="md">
                  {!params.get('personId') ? (
                    <PersonPicker label={t('hf.contact.person')} value={personId} onChange={(id) => setPersonId(id)} error={errors.personId ? t('hf.contact.personRequired') : undefined} />
                  ) : null}
                  {contactId && params.get('contactedOn') ? <Text size="sm" c="dimmed">{t('hf.applicationForm.fromContact', { date: toDisplayDate(params.get('contactedOn')) })}</Text> : null}
                  <DateField label={t('hf.applicationForm.submittedOn')} withAsterisk value={submittedOn} onChange={setSubmittedOn} error={errors.submittedOn} maw={220} />
                  <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
                    <Title order={2} component="legend" mb="xs">{t('hf.applicationForm.questionnaire')}</Title>
                    <Text size="xs" c="dimmed" mb="sm">{t('hf.applicationForm.questionnaireVersion', { version: data.form.version })}</Text>
                    <QuestionnaireFields fields={data.form.fields} values={answers} onChange={(key, value) => setAnswers((a) => ({ ...a, [key]: value }))} errors={errors} />
                  </fieldset>
                  <FormError message={mutation.error ? messageOf(mutation.error, t) : Object.keys(clientErrors).length ? t('hf.common.fixErrors') : null} hasFields={!!mutation.error && Object.keys(errors).length > 0} />
                  <Group justify="flex-end">
                    <Button variant="default" component={Link} to="/hf/worklist">{t('hf.common.cancel')}</Button>
                    <Button type="submit" loading={mutation.isPending}>{t('hf.applicationForm.submit')}</Button>
                  </Group>
                </Stack>
              </form>
            </Paper>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
