import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CONTACT_SOURCES, recordFirstContactSchema } from '@socrehab/domain/programmes/housing-first/index';
import { useMe } from '../../../shared/auth/session';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { PersonPicker } from '../../../modules/persons/components/PersonPicker';
import { hfKeys, recordFirstContact } from '../housing-first.api';
import { schemaErrors, todayIso } from '../hf-format';
import { BackLink, DateField, FormError } from '../components/HfUi';

/** HF-3.1.1 records how the person came: outreach against the criteria, or on their own initiative. */
export function FirstContactPage() {
  const { t } = useTranslation();
  usePageTitle(t('hf.contact.title'));
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [personId, setPersonId] = useState<string | null>(null);
  const [personLabel, setPersonLabel] = useState<string | null>(null);
  const [contactedOn, setContactedOn] = useState(toDisplayDate(todayIso()));
  const [source, setSource] = useState<string>('outreach');
  const [note, setNote] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  const body = () => ({ personId: personId ?? '', municipalityAtvk: me.user.organisation.municipalityAtvk ?? '', contactedOn: parseDisplayDate(contactedOn) ?? '', source, note: note || null });
  const mutation = useMutation({
    mutationFn: () => recordFirstContact(body() as Parameters<typeof recordFirstContact>[0]),
    onSuccess: ({ firstContact }) => {
      void queryClient.invalidateQueries({ queryKey: hfKeys.all });
      const name = (personLabel ?? '').split(' · ')[0] ?? '';
      navigate(`/hf/applications/new?${new URLSearchParams({ personId: personId!, contactId: firstContact.id, name, contactedOn: parseDisplayDate(contactedOn) ?? '' })}`, { state: { notice: t('hf.contact.saved') } });
    },
  });
  const errors = { ...Object.fromEntries(Object.entries(clientErrors).map(([k, v]) => [k, t(v)])), ...fieldErrorsOf(mutation.error, t) };
  if (clientErrors.personId) errors.personId = t('hf.contact.personRequired');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = schemaErrors(recordFirstContactSchema, body());
    setClientErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };

  return (
    <>
      <PageHeader above={<BackLink to="/hf/worklist">{t('hf.common.backToWorklist')}</BackLink>} title={t('hf.contact.title')} description={t('hf.contact.intro')} />
      <Paper p={{ base: 'sm', sm: 'lg' }} maw={720}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <div>
              <PersonPicker label={t('hf.contact.person')} value={personId} onChange={(id, label) => { setPersonId(id); setPersonLabel(label); }} error={errors.personId} />
              <Text size="xs" c="dimmed" mt={4}>
                {t('hf.contact.personHint')} <Anchor component={Link} to="/persons/new" size="xs" td="underline">{t('hf.contact.registerPerson')}</Anchor>
              </Text>
            </div>
            <Group grow align="flex-start" wrap="wrap">
              <DateField label={t('hf.contact.contactedOn')} withAsterisk value={contactedOn} onChange={setContactedOn} error={errors.contactedOn} miw={180} />
              <NativeSelect
                label={t('hf.contact.source')}
                value={source}
                onChange={(e) => setSource(e.currentTarget.value)}
                data={CONTACT_SOURCES.map((s) => ({ value: s, label: t(`housing.enums.contactSource.${s}`) }))}
                error={errors.source}
                miw={220}
              />
            </Group>
            <Textarea label={t('hf.contact.note')} placeholder={t('hf.contact.notePlaceholder')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
            <FormError message={mutation.error ? messageOf(mutation.error, t) : Object.keys(clientErrors).length ? t('hf.common.fixErrors') : null} hasFields={!!mutation.error && Object.keys(errors).length > 0} />
            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/hf/worklist">{t('hf.common.cancel')}</Button>
              <Button type="submit" loading={mutation.isPending}>{t('hf.contact.submit')}</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
