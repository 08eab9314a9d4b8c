import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ENDING_REASONS, MATCH_ENDING_REASONS, PROFESSIONS, SESSION_KINDS, computeDefaultReviewDate } from '@socrehab/domain/programmes/family-support/index';
import { CaseEvaluationsSection } from '../../../modules/evaluations/CaseEvaluationsSection';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Section } from '../../../shared/ui/Section';
import { Tag } from '../../../shared/ui/Tag';
import { DateField } from '../../../shared/ui/DateField';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import {
  addTeamMember, endFamily, endMentorMatch, enrol, fsKeys, getCentres, getFamily, getGroups, getMentors, holdConference, matchMentor, recordMentorMeeting, recordSession, reviewConference, setCrisis, startConference,
  type FamilyCase,
} from '../family-support.api';
import { BackLink, isoOf, StatusTag, todayDisplay, useFsSave } from '../FsUi';

type Props = { family: FamilyCase };

function MembersSection({ family }: Props) {
  const { t } = useTranslation();
  return (
    <Section id="members" title={t('fsPages.family.members')} intro={family.childrenHidden ? t('fsPages.family.childrenHidden', { count: family.composition.children }) : undefined}>
      <ListTable label={t('fsPages.family.members')} minWidth={420} columns={[t('fsPages.family.name'), t('fsPages.family.role'), t('fsPages.family.birthDate')]}>
        {family.members.map((m) => (
          <Table.Tr key={m.personId}>
            <Table.Td fw={m.personId === family.contactPersonId ? 650 : undefined}>{m.fullName}</Table.Td>
            <Table.Td>{t(`fs.enums.memberRole.${m.role}`)}</Table.Td>
            <Table.Td className="nowrap">{toDisplayDate(m.birthDate)}</Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    </Section>
  );
}

function TeamSection({ family }: Props) {
  const { t } = useTranslation();
  const centres = useQuery({ queryKey: fsKeys.centres, queryFn: ({ signal }) => getCentres(signal), enabled: family.abilities.manage });
  const staff = centres.data?.centres.find((c) => c.id === family.centreId)?.staff ?? [];
  const [userId, setUserId] = useState('');
  const [fromDate, setFromDate] = useState(todayDisplay());
  const { mutation, errors, feedback } = useFsSave(() => addTeamMember(family.caseId, { userId, profession: (staff.find((s) => s.userId === userId)?.profession ?? '') as (typeof PROFESSIONS)[number], fromDate: isoOf(fromDate) }));
  const role = (r: string) => t(`fs.enums.profession.${r}`, { defaultValue: t(`enums.role.${r}`, { defaultValue: r }) });
  return (
    <Section id="team" title={t('fsPages.family.team')}>
      <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {family.team.map((m) => <Text component="li" key={`${m.userId}-${m.role}`}>{m.displayName} <Text span c="dimmed" inherit>({role(m.role)}, {t('fsPages.family.fromDate').toLocaleLowerCase()} {toDisplayDate(m.fromDate)})</Text></Text>)}
      </Stack>
      {family.abilities.manage ? (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect label={t('fsPages.family.addTeam')} value={userId} onChange={(e) => setUserId(e.currentTarget.value)} error={errors.userId}
            data={[{ value: '', label: t('fsPages.referral.choose') }, ...staff.filter((s) => !family.team.some((m) => m.userId === s.userId)).map((s) => ({ value: s.userId, label: `${s.displayName} (${role(s.profession)})` }))]} />
          <DateField label={t('fsPages.family.fromDate')} value={fromDate} onChange={setFromDate} error={errors.fromDate} w={150} />
          <Button variant="light" onClick={() => mutation.mutate(undefined)} loading={mutation.isPending}>{t('fsPages.family.addTeam')}</Button>
        </Group>
      ) : null}
      {feedback}
    </Section>
  );
}

function SessionsSection({ family }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string>(family.crisisSince ? 'crisis' : 'individual');
  const [heldOn, setHeldOn] = useState(todayDisplay());
  const [minutes, setMinutes] = useState('60');
  const [present, setPresent] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const crisis = useFsSave((inCrisis: boolean) => setCrisis(family.caseId, { inCrisis, on: isoOf(heldOn), note: null }));
  const { mutation, errors, feedback } = useFsSave(() => recordSession(family.caseId, { kind: kind as (typeof SESSION_KINDS)[number], heldOn: isoOf(heldOn), minutes: Number(minutes), presentPersonIds: present, note }), () => { setPresent([]); setNote(''); });
  const name = (id: string) => family.members.find((m) => m.personId === id)?.fullName;
  return (
    <Section id="sessions" title={t('fsPages.family.sessions')}
      intro={family.crisisSince ? t('fsPages.family.crisisSince', { date: toDisplayDate(family.crisisSince) }) : t('fsPages.family.noCrisis')}
      actions={family.abilities.record ? <Button size="xs" variant="light" color={family.crisisSince ? 'gray' : 'orange'} onClick={() => crisis.mutation.mutate(!family.crisisSince)}>{family.crisisSince ? t('fsPages.family.endCrisis') : t('fsPages.family.markCrisis')}</Button> : null}>
      {crisis.feedback}
      {family.sessions.length === 0 ? <Text c="dimmed" size="sm">{t('fsPages.family.noSessions')}</Text> : (
        <ListTable label={t('fsPages.family.sessions')} minWidth={480} columns={[t('fsPages.common.date'), t('fsPages.family.kind'), t('fsPages.family.present'), t('fsPages.common.minutes')]}>
          {family.sessions.slice(0, 12).map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td className="nowrap">{toDisplayDate(s.heldOn)}</Table.Td>
              <Table.Td>{s.kind === 'crisis' ? <Tag tone="warning">{t(`fs.enums.sessionKind.${s.kind}`)}</Tag> : t(`fs.enums.sessionKind.${s.kind}`)}</Table.Td>
              <Table.Td fz="sm">{s.present.map(name).filter(Boolean).join(', ') || s.presentCount}</Table.Td>
              <Table.Td>{s.minutes}</Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}
      {family.abilities.record ? (
        <Paper p="sm" withBorder>
          <Title order={3} size="h4" mb="xs">{t('fsPages.family.addSession')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect label={t('fsPages.family.kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value)} data={SESSION_KINDS.map((k) => ({ value: k, label: t(`fs.enums.sessionKind.${k}`) }))} />
            <DateField label={t('fsPages.common.date')} value={heldOn} onChange={setHeldOn} error={errors.heldOn} />
            <TextInput label={t('fsPages.common.minutes')} inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.currentTarget.value)} error={errors.minutes} />
          </SimpleGrid>
          <Checkbox.Group label={t('fsPages.family.present')} value={present} onChange={setPresent} error={errors.presentPersonIds} mt="xs">
            <Group gap="md" mt={4}>{family.members.map((m) => <Checkbox key={m.personId} value={m.personId} label={m.fullName} />)}</Group>
          </Checkbox.Group>
          <Textarea label={t('fsPages.common.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} mt="xs" />
          <Group mt="sm"><Button onClick={() => mutation.mutate(undefined)} loading={mutation.isPending}>{t('fsPages.common.save')}</Button></Group>
          {feedback}
        </Paper>
      ) : null}
    </Section>
  );
}

function GroupsSection({ family }: Props) {
  const { t } = useTranslation();
  const groups = useQuery({ queryKey: fsKeys.groups, queryFn: ({ signal }) => getGroups(signal), enabled: family.abilities.record });
  const [groupId, setGroupId] = useState('');
  const [personId, setPersonId] = useState('');
  const { mutation, errors, feedback } = useFsSave(() => enrol(groupId, { caseId: family.caseId, personId, enrolledOn: isoOf(todayDisplay()) }));
  const name = (id: string) => family.members.find((m) => m.personId === id)?.fullName ?? '';
  const open = (groups.data?.items ?? []).filter((g) => g.endsOn >= isoOf(todayDisplay()));
  return (
    <Section id="groups" title={t('fsPages.family.groups')}>
      {family.enrolments.length === 0 ? <Text c="dimmed" size="sm">{t('fsPages.family.noEnrolments')}</Text> : (
        <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {family.enrolments.map((e) => <Text component="li" key={`${e.groupId}-${e.personId}`}><Anchor component={Link} to={`/fs/groups/${e.groupId}`} underline="always">{e.name}</Anchor> — {name(e.personId)}</Text>)}
        </Stack>
      )}
      {family.abilities.record ? (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect label={t('fsPages.family.group')} value={groupId} onChange={(e) => setGroupId(e.currentTarget.value)} error={errors.groupId}
            data={[{ value: '', label: t('fsPages.referral.choose') }, ...open.map((g) => ({ value: g.id, label: `${g.name} (${t('fsPages.groups.placesLeft')}: ${g.placesLeft})` }))]} />
          <NativeSelect label={t('fsPages.family.person')} value={personId} onChange={(e) => setPersonId(e.currentTarget.value)} error={errors.personId}
            data={[{ value: '', label: t('fsPages.referral.choose') }, ...family.members.map((m) => ({ value: m.personId, label: m.fullName }))]} />
          <Button variant="light" onClick={() => mutation.mutate(undefined)} loading={mutation.isPending}>{t('fsPages.family.enrol')}</Button>
        </Group>
      ) : null}
      {feedback}
    </Section>
  );
}

/** FS-3 the mentor's meetings with the family and the matching's end, for the family's team and the manager. */
function MatchForms({ match }: { match: FamilyCase['mentor'][number] }) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(todayDisplay());
  const [minutes, setMinutes] = useState('60');
  const [note, setNote] = useState('');
  const meeting = useFsSave(() => recordMentorMeeting(match.matchId, { heldOn: isoOf(heldOn), minutes: Number(minutes), note: note.trim() || null }), () => setNote(''));
  const [endedOn, setEndedOn] = useState(todayDisplay());
  const [reason, setReason] = useState('');
  const ending = useFsSave(() => endMentorMatch(match.matchId, { endedOn: isoOf(endedOn), reason: reason as (typeof MATCH_ENDING_REASONS)[number] }));
  return (
    <Stack gap="md">
      <Paper p="sm" withBorder>
        <Title order={3} size="h4" mb="xs">{t('fsPages.family.addMeeting')}</Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <DateField label={t('fsPages.family.meetingOn')} value={heldOn} onChange={setHeldOn} error={meeting.errors.heldOn} w={150} />
          <TextInput label={t('fsPages.common.minutes')} inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.currentTarget.value)} error={meeting.errors.minutes} w={150} />
          <TextInput label={t('fsPages.common.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={meeting.errors.note} style={{ flex: '1 1 14rem' }} />
          <Button variant="light" onClick={() => meeting.mutation.mutate(undefined)} loading={meeting.mutation.isPending}>{t('fsPages.family.recordMeeting')}</Button>
        </Group>
        {meeting.feedback}
      </Paper>
      <Paper p="sm" withBorder>
        <Title order={3} size="h4" mb="xs">{t('fsPages.family.endMatch')}</Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <DateField label={t('fsPages.family.matchEndedOn')} value={endedOn} onChange={setEndedOn} error={ending.errors.endedOn} w={150} />
          <NativeSelect label={t('fsPages.family.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={ending.errors.reason}
            data={[{ value: '', label: t('fsPages.referral.choose') }, ...MATCH_ENDING_REASONS.map((r) => ({ value: r, label: t(`fs.enums.matchEndingReason.${r}`) }))]} />
          <Button variant="default" onClick={() => ending.mutation.mutate(undefined)} loading={ending.mutation.isPending}>{t('fsPages.family.endMatchButton')}</Button>
        </Group>
        {ending.feedback}
      </Paper>
    </Stack>
  );
}

function MentorSection({ family }: Props) {
  const { t } = useTranslation();
  const mentors = useQuery({ queryKey: fsKeys.mentors, queryFn: ({ signal }) => getMentors(signal), enabled: family.abilities.record });
  const [mentorId, setMentorId] = useState('');
  const [matchedOn, setMatchedOn] = useState(todayDisplay());
  const { mutation, errors, feedback } = useFsSave(() => matchMentor(mentorId, { caseId: family.caseId, matchedOn: isoOf(matchedOn) }));
  const current = family.mentor.find((m) => !m.endedOn);
  const past = family.mentor.filter((m) => m.endedOn);
  const meetings = family.mentor.flatMap((m) => m.meetings.map((x) => ({ ...x, mentorName: m.mentorName }))).sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  const statusLabel = (s: string) => t(`fsPages.mentors.status.${s}`);
  return (
    <Section id="mentor" title={t('fsPages.family.mentor')}>
      {current ? (
        <Text>{current.mentorName} — {t('fsPages.family.matchedOn').toLocaleLowerCase()} {toDisplayDate(current.matchedOn)}, {t('fsPages.family.meetings', { count: current.meetings.length })}</Text>
      ) : <Text c="dimmed" size="sm">{t('fsPages.family.noMentor')}</Text>}
      {past.map((m) => (
        <Text key={m.matchId} size="sm" c="dimmed">
          {t('fsPages.family.pastMatch', { name: m.mentorName, from: toDisplayDate(m.matchedOn), to: toDisplayDate(m.endedOn), reason: m.endingReason ? t(`fs.enums.matchEndingReason.${m.endingReason}`) : '' })}
        </Text>
      ))}
      {meetings.length > 0 ? (
        <ListTable label={t('fsPages.family.meetingsTable')} minWidth={420} columns={[t('fsPages.family.meetingOn'), t('fsPages.family.mentorChoice'), { label: t('fsPages.common.minutes'), ta: 'right' }, t('fsPages.common.note')]}>
          {meetings.map((x) => (
            <Table.Tr key={x.id}>
              <Table.Td className="nowrap">{toDisplayDate(x.heldOn)}</Table.Td>
              <Table.Td>{x.mentorName}</Table.Td>
              <Table.Td ta="right">{x.minutes}</Table.Td>
              <Table.Td fz="sm">{x.note ?? t('fsPages.common.none')}</Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      ) : null}
      {family.abilities.record && current && family.status === 'open' ? <MatchForms key={current.matchId} match={current} /> : null}
      {family.abilities.record && !current ? (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect label={t('fsPages.family.mentorChoice')} value={mentorId} onChange={(e) => setMentorId(e.currentTarget.value)} error={errors.mentorId ?? errors.checkValidUntil ?? errors.trainingCompletedOn}
            data={[{ value: '', label: t('fsPages.referral.choose') }, ...(mentors.data?.items ?? []).filter((m) => m.status !== 'ended').map((m) => ({ value: m.id, label: `${m.fullName} — ${statusLabel(m.status)}` }))]} />
          <DateField label={t('fsPages.family.matchedOn')} value={matchedOn} onChange={setMatchedOn} error={errors.matchedOn} w={150} />
          <Button variant="light" onClick={() => mutation.mutate(undefined)} loading={mutation.isPending}>{t('fsPages.family.match')}</Button>
        </Group>
      ) : null}
      {feedback}
    </Section>
  );
}

function ConferenceCard({ family, c }: Props & { c: FamilyCase['conferences'][number] }) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(todayDisplay());
  const [attended, setAttended] = useState<string[]>(c.invitees.map((i) => i.id));
  const [plan, setPlan] = useState('');
  const [reviewOn, setReviewOn] = useState('');
  const [reviewedOn, setReviewedOn] = useState(todayDisplay());
  const [outcome, setOutcome] = useState('');
  // FS-4 the review three calendar months after the conference unless the family chose another day
  const suggested = (() => { try { return computeDefaultReviewDate(isoOf(heldOn)); } catch { return ''; } })();
  const held = useFsSave(() => holdConference(c.id, { heldOn: isoOf(heldOn), attendedInviteeIds: attended, plan, reviewOn: reviewOn ? isoOf(reviewOn) : suggested }));
  const review = useFsSave(() => reviewConference(c.id, { reviewedOn: isoOf(reviewedOn), outcome }));
  const stage = c.reviewedOn ? t('fsPages.family.stageReviewed') : c.heldOn ? t('fsPages.family.stageHeld') : t('fsPages.family.stagePreparing');
  return (
    <Paper p="sm" withBorder component="article">
      <Group justify="space-between"><Text fw={650}>{t('fsPages.family.coordinator')}: {c.coordinatorName}</Text><Tag tone={c.reviewedOn ? 'neutral' : 'brand'}>{stage}</Tag></Group>
      <Text size="sm">{t('fsPages.family.preparationStartedOn')}: {toDisplayDate(c.preparationStartedOn)}{c.heldOn ? ` · ${t('fsPages.family.heldOn')}: ${toDisplayDate(c.heldOn)}` : ''}{c.reviewOn ? ` · ${t('fsPages.family.reviewOn')}: ${toDisplayDate(c.reviewOn)}` : ''}</Text>
      <Text size="sm">{t('fsPages.family.invitees')}: {c.invitees.map((i) => `${i.name} (${i.relation})${c.heldOn ? (i.attended ? ' ✓' : '') : ''}`).join(', ')}</Text>
      {c.reviewOutcome ? <Text size="sm">{t('fsPages.family.outcome')}: {c.reviewOutcome}</Text> : null}
      {family.abilities.record && !c.heldOn ? (
        <Stack gap="xs" mt="xs">
          <Title order={3} size="h5">{t('fsPages.family.held')}</Title>
          <Checkbox.Group label={t('fsPages.family.attended')} value={attended} onChange={setAttended} error={held.errors.attendedInviteeIds}>
            <Group gap="md" mt={4}>{c.invitees.map((i) => <Checkbox key={i.id} value={i.id} label={i.name} />)}</Group>
          </Checkbox.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateField label={t('fsPages.family.heldOn')} value={heldOn} onChange={setHeldOn} error={held.errors.heldOn} />
            <DateField label={t('fsPages.family.reviewOn')} value={reviewOn} onChange={setReviewOn} error={held.errors.reviewOn} placeholder={suggested ? toDisplayDate(suggested) : undefined} />
          </SimpleGrid>
          <Textarea label={t('fsPages.family.planText')} value={plan} onChange={(e) => setPlan(e.currentTarget.value)} error={held.errors.plan} autosize minRows={3} />
          <Group><Button onClick={() => held.mutation.mutate(undefined)} loading={held.mutation.isPending}>{t('fsPages.family.record')}</Button></Group>
          {held.feedback}
        </Stack>
      ) : null}
      {family.abilities.record && c.heldOn && !c.reviewedOn ? (
        <Stack gap="xs" mt="xs">
          <Title order={3} size="h5">{t('fsPages.family.review')}</Title>
          <DateField label={t('fsPages.family.reviewedOn')} value={reviewedOn} onChange={setReviewedOn} error={review.errors.reviewedOn} w={150} />
          <Textarea label={t('fsPages.family.outcome')} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} error={review.errors.outcome} autosize minRows={2} />
          <Group><Button variant="light" onClick={() => review.mutation.mutate(undefined)} loading={review.mutation.isPending}>{t('fsPages.family.record')}</Button></Group>
          {review.feedback}
        </Stack>
      ) : null}
    </Paper>
  );
}

function ConferencesSection({ family }: Props) {
  const { t } = useTranslation();
  const centres = useQuery({ queryKey: fsKeys.centres, queryFn: ({ signal }) => getCentres(signal), enabled: family.abilities.record });
  const staff = centres.data?.centres.find((c) => c.id === family.centreId)?.staff ?? [];
  const [coordinator, setCoordinator] = useState('');
  const [startedOn, setStartedOn] = useState(todayDisplay());
  const [invitees, setInvitees] = useState([{ name: family.contactName, relation: t(`fs.enums.memberRole.${family.members.find((m) => m.personId === family.contactPersonId)?.role ?? 'mother'}`), familyMember: true }]);
  const { mutation, errors, feedback } = useFsSave(() => startConference(family.caseId, { coordinatorUserId: coordinator, preparationStartedOn: isoOf(startedOn), invitees }));
  const preparing = family.conferences.some((c) => !c.heldOn);
  return (
    <Section id="conferences" title={t('fsPages.family.conferences')}>
      {family.familyPlan ? (
        <Paper p="sm" bg="var(--mantine-color-brand-0)">
          <Title order={3} size="h4">{t('fsPages.family.plan')}</Title>
          <Text size="sm" c="dimmed">{t('fsPages.family.planFrom', { date: toDisplayDate(family.familyPlan.heldOn), review: toDisplayDate(family.familyPlan.reviewOn) })}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{family.familyPlan.plan}</Text>
        </Paper>
      ) : <Text c="dimmed" size="sm">{t('fsPages.family.noPlan')}</Text>}
      {family.conferences.map((c) => <ConferenceCard key={c.id} family={family} c={c} />)}
      {family.abilities.record && !preparing ? (
        <Paper p="sm" withBorder>
          <Title order={3} size="h4" mb="xs">{t('fsPages.family.startConference')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect label={t('fsPages.family.coordinator')} value={coordinator} onChange={(e) => setCoordinator(e.currentTarget.value)} error={errors.coordinatorUserId}
              data={[{ value: '', label: t('fsPages.referral.choose') }, ...staff.map((s) => ({ value: s.userId, label: s.displayName }))]} />
            <DateField label={t('fsPages.family.preparationStartedOn')} value={startedOn} onChange={setStartedOn} error={errors.preparationStartedOn} />
          </SimpleGrid>
          <Text fw={600} size="sm" mt="xs">{t('fsPages.family.invitees')}</Text>
          {invitees.map((inv, i) => (
            <Group key={i} gap="sm" align="flex-end" wrap="wrap">
              <TextInput label={t('fsPages.family.inviteeName')} value={inv.name} onChange={(e) => setInvitees(invitees.map((x, k) => (k === i ? { ...x, name: e.currentTarget.value } : x)))} error={errors[`invitees.${i}.name`]} />
              <TextInput label={t('fsPages.family.relation')} value={inv.relation} onChange={(e) => setInvitees(invitees.map((x, k) => (k === i ? { ...x, relation: e.currentTarget.value } : x)))} error={errors[`invitees.${i}.relation`]} />
              <Checkbox label={t('fsPages.family.familyMember')} checked={inv.familyMember} onChange={(e) => setInvitees(invitees.map((x, k) => (k === i ? { ...x, familyMember: e.currentTarget.checked } : x)))} mb={8} />
            </Group>
          ))}
          <Group mt="sm">
            <Button variant="subtle" onClick={() => setInvitees([...invitees, { name: '', relation: '', familyMember: true }])}>{t('fsPages.family.addInvitee')}</Button>
            <Button onClick={() => mutation.mutate(undefined)} loading={mutation.isPending}>{t('fsPages.family.startConference')}</Button>
          </Group>
          {feedback}
        </Paper>
      ) : null}
    </Section>
  );
}

function EndingSection({ family }: Props) {
  const { t } = useTranslation();
  const [endedOn, setEndedOn] = useState(todayDisplay());
  const [reason, setReason] = useState('');
  const { mutation, errors, feedback } = useFsSave(() => endFamily(family.caseId, { endedOn: isoOf(endedOn), reason: reason as (typeof ENDING_REASONS)[number], note: null }));
  if (family.status === 'closed') return <Section id="ending" title={t('fsPages.family.ending')}><Text>{toDisplayDate(family.closedOn)} — {family.endingReason ? t(`fs.enums.endingReason.${family.endingReason}`) : ''}</Text></Section>;
  if (!family.abilities.record) return null;
  return (
    <Section id="ending" title={t('fsPages.family.ending')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <DateField label={t('fsPages.family.endedOn')} value={endedOn} onChange={setEndedOn} error={errors.endedOn} w={150} />
        <NativeSelect label={t('fsPages.family.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason}
          data={[{ value: '', label: t('fsPages.referral.choose') }, ...ENDING_REASONS.map((r) => ({ value: r, label: t(`fs.enums.endingReason.${r}`) }))]} />
        <Button color="red" variant="light" onClick={() => mutation.mutate(undefined)} loading={mutation.isPending}>{t('fsPages.family.end')}</Button>
      </Group>
      {feedback}
    </Section>
  );
}

/** FS-1 – FS-4 a family's case: members and roles, team, individual and crisis work, groups, mentor, the conference and its plan, evaluations, ending. */
export function FamilyCasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: fsKeys.family(id), queryFn: ({ signal }) => getFamily(id, signal) });
  usePageTitle(query.data ? t('fsPages.family.title', { name: query.data.contactName }) : t('fsPages.families.title'));
  return (
    <QueryState query={query}>
      {(family) => (
        <>
          <PageHeader above={<BackLink to="/fs/families">{t('fsPages.family.back')}</BackLink>} title={t('fsPages.family.title', { name: family.contactName })}
            description={<Group gap="xs" component="span"><Text span fw={600}>{family.caseNumber}</Text><Text span>· {family.centreName} · {toDisplayDate(family.openedOn)}</Text><StatusTag status={family.status} closedOn={family.closedOn} />{family.crisisSince ? <Tag tone="warning">{t('fsPages.common.inCrisis')}</Tag> : null}</Group>} />
          <Stack gap="lg">
            <MembersSection family={family} />
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <TeamSection family={family} />
              <MentorSection family={family} />
            </SimpleGrid>
            <ConferencesSection family={family} />
            <SessionsSection family={family} />
            <GroupsSection family={family} />
            {family.childrenHidden ? null : <CaseEvaluationsSection caseId={family.caseId} canRecord={family.abilities.record} closedOn={family.closedOn} />}
            <EndingSection family={family} />
          </Stack>
        </>
      )}
    </QueryState>
  );
}
