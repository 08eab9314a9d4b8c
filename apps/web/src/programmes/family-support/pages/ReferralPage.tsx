import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES, REFERRAL_REASONS, type CreateReferralInput, type MemberRole } from '@socrehab/domain/programmes/family-support/index';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { Section } from '../../../shared/ui/Section';
import { DateField } from '../../../shared/ui/DateField';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { createReferral, fsKeys, getCentres } from '../family-support.api';
import { BackLink, isoOf, todayDisplay, useFsSave } from '../FsUi';

interface MemberRow { givenNames: string; surnames: string; birthDate: string; gender: '' | 'female' | 'male'; role: MemberRole | '' }
const emptyMember = (role: MemberRole | ''): MemberRow => ({ givenNames: '', surnames: '', birthDate: '', gender: '', role });

/** FS-5 the county social service refers a family it has assessed: its members with their roles, the assessment, crisis, premises and information. */
export function ReferralPage() {
  const { t } = useTranslation();
  usePageTitle(t('fsPages.referral.title'));
  const navigate = useNavigate();
  const centres = useQuery({ queryKey: fsKeys.centres, queryFn: ({ signal }) => getCentres(signal) });
  const [centreId, setCentreId] = useState('');
  const [members, setMembers] = useState<MemberRow[]>([emptyMember('mother'), emptyMember('child')]);
  const [reason, setReason] = useState('');
  const [assessedOn, setAssessedOn] = useState(todayDisplay());
  const [referredOn, setReferredOn] = useState(todayDisplay());
  const [assessment, setAssessment] = useState('');
  const [crisis, setCrisis] = useState(false);
  const [premises, setPremises] = useState('');
  const [information, setInformation] = useState('');
  const { mutation, errors, feedback } = useFsSave(createReferral, () => navigate('/fs/families', { state: { notice: t('fsPages.referral.sent') } }));
  const update = (i: number, patch: Partial<MemberRow>) => setMembers(members.map((m, k) => (k === i ? { ...m, ...patch } : m)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({
      centreId, contactIndex: 0, reason, assessedOn: isoOf(assessedOn), referredOn: isoOf(referredOn), assessment, crisis, premises, informationProvided: information,
      members: members.map((m) => ({ givenNames: m.givenNames, surnames: m.surnames, birthDate: isoOf(m.birthDate), gender: m.gender, role: m.role })),
    } as unknown as CreateReferralInput);
  };
  const choose = { value: '', label: t('fsPages.referral.choose') };
  return (
    <>
      <PageHeader above={<BackLink to="/fs/families">{t('fsPages.referral.back')}</BackLink>} title={t('fsPages.referral.title')} description={t('fsPages.referral.intro')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Section id="family" title={t('fsPages.referral.family')}>
            <NativeSelect label={t('fsPages.common.centre')} value={centreId} onChange={(e) => setCentreId(e.currentTarget.value)} error={errors.centreId} required
              data={[choose, ...(centres.data?.centres ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.organisationName})` }))]} />
            {members.map((m, i) => (
              <Paper key={i} p="sm" withBorder component="fieldset" aria-label={t('fsPages.referral.member', { n: i + 1 })}>
                <Group justify="space-between" mb="xs">
                  <Text fw={600} component="legend">{t('fsPages.referral.member', { n: i + 1 })}{i === 0 ? ` — ${t('fsPages.referral.contact')}` : ''}</Text>
                  {i > 1 ? <Button variant="subtle" size="xs" onClick={() => setMembers(members.filter((_, k) => k !== i))}>{t('fsPages.referral.removeMember', { n: i + 1 })}</Button> : null}
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                  <TextInput label={t('fsPages.referral.givenNames')} value={m.givenNames} onChange={(e) => update(i, { givenNames: e.currentTarget.value })} error={errors[`members.${i}.givenNames`]} required />
                  <TextInput label={t('fsPages.referral.surnames')} value={m.surnames} onChange={(e) => update(i, { surnames: e.currentTarget.value })} error={errors[`members.${i}.surnames`]} required />
                  <DateField label={t('fsPages.referral.birthDate')} value={m.birthDate} onChange={(v) => update(i, { birthDate: v })} error={errors[`members.${i}.birthDate`]} required />
                  <NativeSelect label={t('fsPages.referral.gender')} value={m.gender} onChange={(e) => update(i, { gender: e.currentTarget.value as MemberRow['gender'] })} error={errors[`members.${i}.gender`]} required
                    data={[choose, { value: 'female', label: t('fsPages.referral.female') }, { value: 'male', label: t('fsPages.referral.male') }]} />
                  <NativeSelect label={t('fsPages.referral.role')} value={m.role} onChange={(e) => update(i, { role: e.currentTarget.value as MemberRole })} error={errors[`members.${i}.role`]} required
                    data={[choose, ...MEMBER_ROLES.map((r) => ({ value: r, label: t(`fs.enums.memberRole.${r}`) }))]} />
                </SimpleGrid>
              </Paper>
            ))}
            {errors.members || errors.contactIndex ? <Text c="red.8" size="sm" role="alert">{errors.members ?? errors.contactIndex}</Text> : null}
            <Group><Button variant="light" onClick={() => setMembers([...members, emptyMember('')])}>{t('fsPages.referral.addMember')}</Button></Group>
          </Section>
          <Section id="assessment" title={t('fsPages.referral.situation')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelect label={t('fsPages.families.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} required
                data={[choose, ...REFERRAL_REASONS.map((r) => ({ value: r, label: t(`fs.enums.referralReason.${r}`) }))]} />
              <DateField label={t('fsPages.referral.assessedOn')} value={assessedOn} onChange={setAssessedOn} error={errors.assessedOn} required />
              <DateField label={t('fsPages.referral.referredOn')} value={referredOn} onChange={setReferredOn} error={errors.referredOn} required />
            </SimpleGrid>
            <Textarea label={t('fsPages.families.assessment')} value={assessment} onChange={(e) => setAssessment(e.currentTarget.value)} error={errors.assessment} autosize minRows={3} required />
            <Checkbox label={t('fsPages.referral.crisis')} checked={crisis} onChange={(e) => setCrisis(e.currentTarget.checked)} />
            <TextInput label={t('fsPages.referral.premises')} value={premises} onChange={(e) => setPremises(e.currentTarget.value)} error={errors.premises} />
            <TextInput label={t('fsPages.referral.information')} value={information} onChange={(e) => setInformation(e.currentTarget.value)} error={errors.informationProvided} />
          </Section>
          {feedback}
          <Group><Button type="submit" loading={mutation.isPending}>{t('fsPages.referral.submit')}</Button></Group>
        </Stack>
      </form>
    </>
  );
}
