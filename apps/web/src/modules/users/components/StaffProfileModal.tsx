import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_LEVELS, LANGUAGES, QUALIFICATION_KINDS } from '@socrehab/domain';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../../shared/dates';
import { FormError } from '../../../shared/ui/FormFeedback';
import { QueryState } from '../../../shared/ui/QueryState';
import { getStaffProfile, saveStaffProfile, type StaffLanguage, type StaffProfile } from '../users.api';
import { StaffProfileHistory } from './StaffProfileHistory';

interface QualificationRow { kind: string; title: string; issuer: string; obtainedOn: string; validUntil: string }

const REMOVE_ICON = <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18" /></svg>;

/** HF-2.6 the manager records a staff member's qualifications (with their dates) and languages (with a level). */
export function StaffProfileModal({ user, onClose }: { user: { id: string; displayName: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const profile = useQuery({ queryKey: ['users', 'staff-profile', user.id], queryFn: ({ signal }) => getStaffProfile(user.id, signal) });
  return (
    <Modal closeButtonProps={{ 'aria-label': t('app.close') }} opened onClose={onClose} title={t('users.staff.title', { name: user.displayName })} size="xl" fullScreen={false}>
      <Stack gap="xl">
        {/* keyed by the read: a profile refetched after a save (the dialog opened again) fills the form anew, not the copy cached before it */}
        <QueryState query={profile}>{(data) => <StaffProfileForm key={profile.dataUpdatedAt} userId={user.id} profile={data} onClose={onClose} />}</QueryState>
        <StaffProfileHistory userId={user.id} />
      </Stack>
    </Modal>
  );
}

function StaffProfileForm({ userId, profile, onClose }: { userId: string; profile: StaffProfile; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [qualifications, setQualifications] = useState<QualificationRow[]>(profile.qualifications.map((q) => ({
    kind: q.kind, title: q.title, issuer: q.issuer ?? '', obtainedOn: toDisplayDate(q.obtainedOn), validUntil: toDisplayDate(q.validUntil),
  })));
  const [languages, setLanguages] = useState<StaffLanguage[]>(profile.languages);
  const mutation = useMutation({
    mutationFn: () => saveStaffProfile(userId, {
      qualifications: qualifications.map((q) => ({
        kind: q.kind, title: q.title.trim(), issuer: q.issuer.trim() || null,
        obtainedOn: q.obtainedOn.trim() ? parseDisplayDate(q.obtainedOn) ?? q.obtainedOn : null, validUntil: q.validUntil.trim() ? parseDisplayDate(q.validUntil) ?? q.validUntil : null,
      })),
      languages,
    }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
  });
  const e = fieldErrorsOf(mutation.error, t);
  const setQ = (i: number, patch: Partial<QualificationRow>) => setQualifications((old) => old.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const setL = (i: number, patch: Partial<StaffLanguage>) => setLanguages((old) => old.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const submit = (event: FormEvent) => { event.preventDefault(); mutation.mutate(); };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">{t('users.staff.intro')}</Text>
        <Stack gap="xs" role="group" aria-label={t('users.staff.languages')}>
          <Text fw={600}>{t('users.staff.languages')}</Text>
          {e.languages ? <Text size="sm" c="red.8" role="alert">{e.languages}</Text> : null}
          {languages.map((l, i) => (
            <Group key={i} align="flex-end" gap="xs" wrap="wrap">
              <NativeSelect label={t('users.staff.language')} value={l.language} onChange={(ev) => setL(i, { language: ev.currentTarget.value })}
                data={LANGUAGES.map((code) => ({ value: code, label: t(`enums.language.${code}`) }))} error={e[`languages.${i}.language`]} style={{ flex: '1 1 10rem' }} />
              <NativeSelect label={t('users.staff.level')} value={l.level} onChange={(ev) => setL(i, { level: ev.currentTarget.value })}
                data={LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`enums.languageLevel.${level}`) }))} error={e[`languages.${i}.level`]} style={{ flex: '1 1 12rem' }} />
              <ActionIcon variant="subtle" color="gray" size="lg" mb={4} onClick={() => setLanguages((old) => old.filter((_, j) => j !== i))} aria-label={t('users.staff.removeLanguage', { n: i + 1 })}>{REMOVE_ICON}</ActionIcon>
            </Group>
          ))}
          <Group><Button size="compact-sm" variant="subtle" onClick={() => setLanguages((old) => [...old, { language: LANGUAGES.find((c) => !old.some((l) => l.language === c)) ?? 'other', level: 'native' }])}>{t('users.staff.addLanguage')}</Button></Group>
        </Stack>
        <Stack gap="xs" role="group" aria-label={t('users.staff.qualifications')}>
          <Text fw={600}>{t('users.staff.qualifications')}</Text>
          {qualifications.length === 0 ? <Text size="sm" c="dimmed">{t('users.staff.noQualifications')}</Text> : null}
          {qualifications.map((q, i) => (
            <Group key={i} align="flex-end" gap="xs" wrap="wrap">
              <NativeSelect label={t('users.staff.kind')} value={q.kind} onChange={(ev) => setQ(i, { kind: ev.currentTarget.value })}
                data={QUALIFICATION_KINDS.map((k) => ({ value: k, label: t(`enums.qualificationKind.${k}`) }))} style={{ flex: '1 1 9rem' }} />
              <TextInput label={t('users.staff.qualificationTitle')} required value={q.title} onChange={(ev) => setQ(i, { title: ev.currentTarget.value })} error={e[`qualifications.${i}.title`]} style={{ flex: '3 1 14rem' }} />
              <TextInput label={t('users.staff.issuer')} value={q.issuer} onChange={(ev) => setQ(i, { issuer: ev.currentTarget.value })} error={e[`qualifications.${i}.issuer`]} style={{ flex: '2 1 10rem' }} />
              <TextInput label={t('users.staff.obtainedOn')} placeholder={t('users.staff.dateHint')} value={q.obtainedOn} onChange={(ev) => setQ(i, { obtainedOn: ev.currentTarget.value })} error={e[`qualifications.${i}.obtainedOn`]} w={{ base: '100%', xs: 130 }} />
              <TextInput label={t('users.staff.validUntil')} placeholder={t('users.staff.dateHint')} value={q.validUntil} onChange={(ev) => setQ(i, { validUntil: ev.currentTarget.value })} error={e[`qualifications.${i}.validUntil`]} w={{ base: '100%', xs: 130 }} />
              <ActionIcon variant="subtle" color="gray" size="lg" mb={4} onClick={() => setQualifications((old) => old.filter((_, j) => j !== i))} aria-label={t('users.staff.removeQualification', { n: i + 1 })}>{REMOVE_ICON}</ActionIcon>
            </Group>
          ))}
          <Group><Button size="compact-sm" variant="subtle" onClick={() => setQualifications((old) => [...old, { kind: 'education', title: '', issuer: '', obtainedOn: '', validUntil: '' }])}>{t('users.staff.addQualification')}</Button></Group>
        </Stack>
        <FormError message={mutation.error ? messageOf(mutation.error, t) : null} hasFields={Object.keys(e).length > 0} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('users.staff.cancel')}</Button>
          <Button type="submit" loading={mutation.isPending}>{t('users.staff.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
