import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Section } from '../../../shared/ui/Section';
import { Tag } from '../../../shared/ui/Tag';
import { DateField } from '../../../shared/ui/DateField';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { createMentor, fsKeys, getCentres, getMentors, getTrainings, recordMentorSupervision, recordTraining, updateMentor, type Mentor } from '../family-support.api';
import { useFsAbilities } from '../fs-abilities';
import { isoOf, todayDisplay, useFsSave } from '../FsUi';

const TONE = { available: 'brand', matched: 'neutral', not_ready: 'warning', ended: 'neutral' } as const;

function AddMentorForm() {
  const { t } = useTranslation();
  const centres = useQuery({ queryKey: fsKeys.centres, queryFn: ({ signal }) => getCentres(signal) });
  const [f, setF] = useState({ centreId: '', givenNames: '', surnames: '', phone: '', checkDoneOn: '', checkValidUntil: '', trainingCompletedOn: '' });
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const date = (v: string) => (v ? isoOf(v) : null);
  const { mutation, errors, feedback } = useFsSave(() => createMentor({ ...f, checkDoneOn: date(f.checkDoneOn), checkValidUntil: date(f.checkValidUntil), trainingCompletedOn: date(f.trainingCompletedOn) }),
    () => setF({ centreId: f.centreId, givenNames: '', surnames: '', phone: '', checkDoneOn: '', checkValidUntil: '', trainingCompletedOn: '' }));
  return (
    <Section id="add" title={t('fsPages.mentors.add')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect label={t('fsPages.common.centre')} value={f.centreId} onChange={(e) => set('centreId')(e.currentTarget.value)} error={errors.centreId}
          data={[{ value: '', label: t('fsPages.referral.choose') }, ...(centres.data?.centres ?? []).map((c) => ({ value: c.id, label: c.name }))]} />
        <TextInput label={t('fsPages.mentors.givenNames')} value={f.givenNames} onChange={(e) => set('givenNames')(e.currentTarget.value)} error={errors.givenNames} />
        <TextInput label={t('fsPages.mentors.surnames')} value={f.surnames} onChange={(e) => set('surnames')(e.currentTarget.value)} error={errors.surnames} />
        <TextInput label={t('fsPages.mentors.phone')} value={f.phone} onChange={(e) => set('phone')(e.currentTarget.value)} error={errors.phone} />
        <DateField label={t('fsPages.mentors.checkDoneOn')} value={f.checkDoneOn} onChange={set('checkDoneOn')} error={errors.checkDoneOn} />
        <DateField label={t('fsPages.mentors.checkValidUntil')} value={f.checkValidUntil} onChange={set('checkValidUntil')} error={errors.checkValidUntil} />
        <DateField label={t('fsPages.mentors.trainingCompletedOn')} value={f.trainingCompletedOn} onChange={set('trainingCompletedOn')} error={errors.trainingCompletedOn} />
      </SimpleGrid>
      <Group><Button onClick={() => mutation.mutate(undefined)} loading={mutation.isPending}>{t('fsPages.common.save')}</Button></Group>
      {feedback}
    </Section>
  );
}

/** FS-3 the manager records a mentor's supervision, or the mentor leaving the register. */
function MentorActions({ mentors }: { mentors: Mentor[] }) {
  const { t } = useTranslation();
  const centres = useQuery({ queryKey: fsKeys.centres, queryFn: ({ signal }) => getCentres(signal) });
  const staff = [...new Map((centres.data?.centres ?? []).flatMap((c) => c.staff).map((s) => [s.userId, s])).values()];
  const active = mentors.filter((m) => m.status !== 'ended');
  const [mentorId, setMentorId] = useState('');
  const mentor = active.find((m) => m.id === mentorId);
  const [heldOn, setHeldOn] = useState(todayDisplay());
  const [supervisorUserId, setSupervisorUserId] = useState('');
  const [note, setNote] = useState('');
  const supervision = useFsSave(() => recordMentorSupervision(mentorId, { heldOn: isoOf(heldOn), supervisorUserId, note: note.trim() || null }), () => setNote(''));
  const [endedOn, setEndedOn] = useState(todayDisplay());
  // the register keeps the check and training as they are; only the day of leaving is added
  const leaving = useFsSave(() => updateMentor(mentorId, { checkDoneOn: mentor?.checkDoneOn ?? null, checkValidUntil: mentor?.checkValidUntil ?? null, trainingCompletedOn: mentor?.trainingCompletedOn ?? null, endedOn: isoOf(endedOn) }),
    () => setMentorId(''));
  const choose = t('fsPages.referral.choose');
  return (
    <Section id="mentor-actions" title={t('fsPages.mentors.actions')} intro={t('fsPages.mentors.actionsIntro')}>
      <NativeSelect label={t('fsPages.mentors.name')} value={mentorId} onChange={(e) => setMentorId(e.currentTarget.value)} error={supervision.errors.mentorId ?? leaving.errors.mentorId} maw={420}
        data={[{ value: '', label: choose }, ...active.map((m) => ({ value: m.id, label: `${m.fullName} — ${m.centreName}` }))]} />
      <Paper p="sm" withBorder>
        <Title order={3} size="h4" mb="xs">{t('fsPages.mentors.addSupervision')}</Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <DateField label={t('fsPages.common.date')} value={heldOn} onChange={setHeldOn} error={supervision.errors.heldOn} w={150} />
          <NativeSelect label={t('fsPages.mentors.supervisor')} value={supervisorUserId} onChange={(e) => setSupervisorUserId(e.currentTarget.value)} error={supervision.errors.supervisorUserId}
            data={[{ value: '', label: choose }, ...staff.map((s) => ({ value: s.userId, label: s.displayName }))]} />
          <TextInput label={t('fsPages.common.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={supervision.errors.note} style={{ flex: '1 1 14rem' }} />
          <Button variant="light" disabled={!mentor} onClick={() => supervision.mutation.mutate(undefined)} loading={supervision.mutation.isPending}>{t('fsPages.mentors.recordSupervision')}</Button>
        </Group>
        {supervision.feedback}
      </Paper>
      <Paper p="sm" withBorder>
        <Title order={3} size="h4" mb="xs">{t('fsPages.mentors.leaving')}</Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <DateField label={t('fsPages.mentors.endedOn')} value={endedOn} onChange={setEndedOn} error={leaving.errors.endedOn} w={150} />
          <Button variant="default" disabled={!mentor} onClick={() => leaving.mutation.mutate(undefined)} loading={leaving.mutation.isPending}>{t('fsPages.mentors.leave')}</Button>
        </Group>
        {leaving.errors.checkDoneOn ?? leaving.errors.checkValidUntil ?? leaving.errors.trainingCompletedOn ? <Text c="red" size="sm">{leaving.errors.checkDoneOn ?? leaving.errors.checkValidUntil ?? leaving.errors.trainingCompletedOn}</Text> : null}
        {leaving.feedback}
      </Paper>
    </Section>
  );
}

function LeadersSection({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const trainings = useQuery({ queryKey: fsKeys.trainings, queryFn: ({ signal }) => getTrainings(signal) });
  const centres = useQuery({ queryKey: fsKeys.centres, queryFn: ({ signal }) => getCentres(signal), enabled: manage });
  const staff = [...new Map((centres.data?.centres ?? []).flatMap((c) => c.staff).map((s) => [s.userId, s])).values()];
  const [userId, setUserId] = useState('');
  const [kind, setKind] = useState<'training' | 'supervision'>('training');
  const [heldOn, setHeldOn] = useState(todayDisplay());
  const [givenBy, setGivenBy] = useState('');
  const { mutation, errors, feedback } = useFsSave(() => recordTraining({ userId, kind, heldOn: isoOf(heldOn), givenBy, note: null }));
  return (
    <Section id="leaders" title={t('fsPages.mentors.leaders')}>
      <QueryState query={trainings}>
        {(data) => data.items.length === 0 ? <Text c="dimmed" size="sm">{t('fsPages.mentors.noTrainings')}</Text> : (
          <ListTable label={t('fsPages.mentors.leaders')} minWidth={480} columns={[t('fsPages.mentors.leader'), t('fsPages.mentors.kind'), t('fsPages.common.date'), t('fsPages.mentors.givenBy')]}>
            {data.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.displayName}</Table.Td><Table.Td>{t(`fsPages.mentors.trainingKind.${r.kind}`)}</Table.Td>
                <Table.Td className="nowrap">{toDisplayDate(r.heldOn)}</Table.Td><Table.Td fz="sm">{r.givenBy}</Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        )}
      </QueryState>
      {manage ? (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect label={t('fsPages.mentors.leader')} value={userId} onChange={(e) => setUserId(e.currentTarget.value)} error={errors.userId}
            data={[{ value: '', label: t('fsPages.referral.choose') }, ...staff.map((s) => ({ value: s.userId, label: s.displayName }))]} />
          <NativeSelect label={t('fsPages.mentors.kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as 'training' | 'supervision')}
            data={(['training', 'supervision'] as const).map((k) => ({ value: k, label: t(`fsPages.mentors.trainingKind.${k}`) }))} />
          <DateField label={t('fsPages.common.date')} value={heldOn} onChange={setHeldOn} error={errors.heldOn} w={150} />
          <TextInput label={t('fsPages.mentors.givenBy')} value={givenBy} onChange={(e) => setGivenBy(e.currentTarget.value)} error={errors.givenBy} />
          <Button variant="light" onClick={() => mutation.mutate(undefined)} loading={mutation.isPending}>{t('fsPages.mentors.addTraining')}</Button>
        </Group>
      ) : null}
      {feedback}
    </Section>
  );
}

/** FS-3 the volunteer mentors' register (checks, training, status, family, supervision) and FS-4 the conference leaders' training. */
export function MentorsPage() {
  const { t } = useTranslation();
  usePageTitle(t('fsPages.mentors.title'));
  const { manage } = useFsAbilities();
  const query = useQuery({ queryKey: fsKeys.mentors, queryFn: ({ signal }) => getMentors(signal) });
  const statusCell = (m: Mentor) => (
    <Stack gap={2}>
      <Tag tone={TONE[m.status]}>{t(`fsPages.mentors.status.${m.status}`)}</Tag>
      {m.status === 'not_ready' && m.problems.filter((p) => p !== 'already_matched').map((p) => <Text key={p} size="xs">{t(`fs.errors.${p.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}`)}</Text>)}
      {m.checkRenewal && m.status !== 'ended' ? <Text size="xs" fw={600}>{t('fsPages.mentors.renew', { date: toDisplayDate(m.checkRenewal.dueOn) })}</Text> : null}
    </Stack>
  );
  return (
    <>
      <PageHeader title={t('fsPages.mentors.title')} description={t('fsPages.mentors.intro')} />
      <Stack gap="lg">
        <Section id="register" title={t('fsPages.mentors.table')}>
          <QueryState query={query}>
            {(data) => data.items.length === 0 ? <Text c="dimmed">{t('fsPages.mentors.empty')}</Text> : (
              <>
                <ListTable label={t('fsPages.mentors.table')} minWidth={760} visibleFrom="sm"
                  columns={[t('fsPages.mentors.name'), t('fsPages.mentors.check'), t('fsPages.mentors.training'), t('fsPages.common.status'), t('fsPages.mentors.family'), t('fsPages.mentors.supervision')]}>
                  {data.items.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td><Text fw={600} size="sm">{m.fullName}</Text><Text size="xs" c="dimmed">{m.centreName}</Text></Table.Td>
                      <Table.Td className="nowrap">{toDisplayDate(m.checkValidUntil)}</Table.Td>
                      <Table.Td className="nowrap">{toDisplayDate(m.trainingCompletedOn)}</Table.Td>
                      <Table.Td>{statusCell(m)}</Table.Td>
                      <Table.Td className="nowrap">{m.currentMatch ? `${m.currentMatch.caseNumber} (${toDisplayDate(m.currentMatch.matchedOn)})` : t('fsPages.common.none')}</Table.Td>
                      <Table.Td className="nowrap">{toDisplayDate(m.lastSupervisionOn)}</Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
                <Stack hiddenFrom="sm" gap="xs" component="ul" aria-label={t('fsPages.mentors.table')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {data.items.map((m) => (
                    <Paper key={m.id} component="li" p="sm" withBorder>
                      <Text fw={600}>{m.fullName}</Text>
                      <Text size="sm">{t('fsPages.mentors.check')}: {toDisplayDate(m.checkValidUntil)} · {t('fsPages.mentors.training')}: {toDisplayDate(m.trainingCompletedOn)}</Text>
                      {statusCell(m)}
                    </Paper>
                  ))}
                </Stack>
              </>
            )}
          </QueryState>
        </Section>
        {manage && query.data ? <MentorActions mentors={query.data.items} /> : null}
        {manage ? <AddMentorForm /> : null}
        <LeadersSection manage={manage} />
      </Stack>
    </>
  );
}
