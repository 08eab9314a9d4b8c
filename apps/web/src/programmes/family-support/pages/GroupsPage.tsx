import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { GROUP_KINDS, type GroupKind } from '@socrehab/domain/programmes/family-support/index';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { ListTable } from '../../../shared/ui/ListTable';
import { Section } from '../../../shared/ui/Section';
import { DateField } from '../../../shared/ui/DateField';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { toDisplayDate } from '../../../shared/dates';
import { createGroup, fsKeys, getCentres, getGroup, getGroups, recordGroupSession } from '../family-support.api';
import { useFsAbilities } from '../fs-abilities';
import { useMe } from '../../../shared/auth/session';
import { BackLink, isoOf, todayDisplay, useFsFormat, useFsSave } from '../FsUi';

function CreateGroupForm() {
  const { t } = useTranslation();
  const centres = useQuery({ queryKey: fsKeys.centres, queryFn: ({ signal }) => getCentres(signal) });
  const [centreId, setCentreId] = useState('');
  const [kind, setKind] = useState('');
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState(todayDisplay());
  const [endsOn, setEndsOn] = useState('');
  const [places, setPlaces] = useState('10');
  const [facilitators, setFacilitators] = useState<string[]>([]);
  const staff = centres.data?.centres.find((c) => c.id === centreId)?.staff ?? [];
  const { mutation, errors, feedback } = useFsSave(() => createGroup({ centreId, kind: kind as GroupKind, name, startsOn: isoOf(startsOn), endsOn: isoOf(endsOn), places: Number(places), facilitatorUserIds: facilitators }));
  const choose = { value: '', label: t('fsPages.referral.choose') };
  return (
    <Section id="create" title={t('fsPages.groups.create')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NativeSelect label={t('fsPages.common.centre')} value={centreId} onChange={(e) => setCentreId(e.currentTarget.value)} error={errors.centreId} data={[choose, ...(centres.data?.centres ?? []).map((c) => ({ value: c.id, label: c.name }))]} />
        <NativeSelect label={t('fsPages.groups.kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value)} error={errors.kind} data={[choose, ...GROUP_KINDS.map((k) => ({ value: k, label: t(`fs.enums.groupKind.${k}`) }))]} />
        <TextInput label={t('fsPages.groups.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
        <DateField label={t('fsPages.groups.startsOn')} value={startsOn} onChange={setStartsOn} error={errors.startsOn} />
        <DateField label={t('fsPages.groups.endsOn')} value={endsOn} onChange={setEndsOn} error={errors.endsOn} />
        <TextInput label={t('fsPages.groups.places')} inputMode="numeric" value={places} onChange={(e) => setPlaces(e.currentTarget.value)} error={errors.places} />
      </SimpleGrid>
      <Checkbox.Group label={t('fsPages.groups.facilitators')} value={facilitators} onChange={setFacilitators} error={errors.facilitatorUserIds}>
        <Group gap="md" mt={4}>{staff.map((s) => <Checkbox key={s.userId} value={s.userId} label={s.displayName} />)}</Group>
      </Checkbox.Group>
      <Group><Button onClick={() => mutation.mutate(undefined)} loading={mutation.isPending}>{t('fsPages.common.save')}</Button></Group>
      {feedback}
    </Section>
  );
}

/** FS-2 the provider's support groups and camps with places taken and sessions held; the manager opens new ones. */
export function GroupsPage() {
  const { t } = useTranslation();
  usePageTitle(t('fsPages.groups.title'));
  const { manage } = useFsAbilities();
  const query = useQuery({ queryKey: fsKeys.groups, queryFn: ({ signal }) => getGroups(signal) });
  return (
    <>
      <PageHeader title={t('fsPages.groups.title')} description={t('fsPages.groups.intro')} />
      <Stack gap="lg">
        <Section id="groups" title={t('fsPages.groups.table')}>
          <QueryState query={query}>
            {(data) => data.items.length === 0 ? <Text c="dimmed">{t('fsPages.groups.empty')}</Text> : (
              <ListTable label={t('fsPages.groups.table')} minWidth={640} columns={[t('fsPages.groups.name'), t('fsPages.groups.kind'), t('fsPages.groups.period'), t('fsPages.groups.placesLeft'), t('fsPages.groups.sessions')]}>
                {data.items.map((g) => (
                  <Table.Tr key={g.id}>
                    <Table.Td><Anchor component={Link} to={`/fs/groups/${g.id}`} underline="always" fw={600}>{g.name}</Anchor><Text size="xs" c="dimmed">{g.centreName}</Text></Table.Td>
                    <Table.Td fz="sm">{t(`fs.enums.groupKind.${g.kind}`)}</Table.Td>
                    <Table.Td className="nowrap" fz="sm">{toDisplayDate(g.startsOn)}–{toDisplayDate(g.endsOn)}</Table.Td>
                    <Table.Td>{g.placesLeft} / {g.places}</Table.Td>
                    <Table.Td>{g.sessions}</Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
            )}
          </QueryState>
        </Section>
        {manage ? <CreateGroupForm /> : null}
      </Stack>
    </>
  );
}

/** FS-2 a group: its participants with their attendance, its sessions, and a session recorded with who came. */
export function GroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: fsKeys.group(id), queryFn: ({ signal }) => getGroup(id, signal) });
  usePageTitle(query.data?.name ?? t('fsPages.groups.title'));
  const { percent } = useFsFormat();
  const me = useMe().user;
  const [heldOn, setHeldOn] = useState(todayDisplay());
  const [topic, setTopic] = useState('');
  const [present, setPresent] = useState<string[]>([]);
  const { mutation, errors, feedback } = useFsSave(() => recordGroupSession(id, { heldOn: isoOf(heldOn), topic, facilitatorUserIds: [me.id], presentPersonIds: present }), () => { setTopic(''); setPresent([]); });
  return (
    <QueryState query={query}>
      {(g) => (
        <>
          <PageHeader above={<BackLink to="/fs/groups">{t('fsPages.groups.back')}</BackLink>} title={g.name}
            description={`${t(`fs.enums.groupKind.${g.kind}`)} · ${g.centreName} · ${toDisplayDate(g.startsOn)}–${toDisplayDate(g.endsOn)} · ${t('fsPages.groups.placesLeft')}: ${g.placesLeft} / ${g.places}`} />
          <Stack gap="lg">
            <Section id="participants" title={t('fsPages.groups.participants')} intro={g.attendanceRate === null ? undefined : t('fsPages.groups.attendanceRate', { rate: percent(g.attendanceRate) })}>
              {g.participants.length === 0 ? <Text c="dimmed">{t('fsPages.groups.noParticipants')}</Text> : (
                <ListTable label={t('fsPages.groups.participants')} minWidth={420} columns={[t('fsPages.family.name'), t('fsPages.common.caseNumber'), t('fsPages.groups.enrolledOn'), t('fsPages.groups.attended')]}>
                  {g.participants.map((p) => (
                    <Table.Tr key={p.personId}>
                      <Table.Td>{p.fullName}</Table.Td>
                      <Table.Td className="nowrap">{p.caseNumber}</Table.Td>
                      <Table.Td className="nowrap">{toDisplayDate(p.enrolledOn)}</Table.Td>
                      <Table.Td>{p.attended} / {g.sessions.length}</Table.Td>
                    </Table.Tr>
                  ))}
                </ListTable>
              )}
            </Section>
            <Section id="sessions" title={t('fsPages.groups.sessions')}>
              <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {g.sessions.map((s) => <Text component="li" key={s.id} size="sm">{toDisplayDate(s.heldOn)} — {s.topic} ({t('fsPages.groups.presentCount', { present: s.present.length, all: g.participants.length })})</Text>)}
              </Stack>
              {g.abilities.record ? (
                <Paper p="sm" withBorder>
                  <Title order={3} size="h4" mb="xs">{t('fsPages.groups.addSession')}</Title>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <DateField label={t('fsPages.common.date')} value={heldOn} onChange={setHeldOn} error={errors.heldOn} />
                    <TextInput label={t('fsPages.groups.topic')} value={topic} onChange={(e) => setTopic(e.currentTarget.value)} error={errors.topic} />
                  </SimpleGrid>
                  <Checkbox.Group label={t('fsPages.family.present')} value={present} onChange={setPresent} error={errors.presentPersonIds} mt="xs">
                    <Group gap="md" mt={4}>{g.participants.map((p) => <Checkbox key={p.personId} value={p.personId} label={p.fullName} />)}</Group>
                  </Checkbox.Group>
                  <Group mt="sm"><Button onClick={() => mutation.mutate(undefined)} loading={mutation.isPending}>{t('fsPages.common.save')}</Button></Group>
                  {feedback}
                </Paper>
              ) : null}
            </Section>
          </Stack>
        </>
      )}
    </QueryState>
  );
}
