import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@socrehab/domain';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { useConfirm } from '../../../shared/ui/useConfirm';
import { fullName, joinHousehold, leaveHousehold, type PersonDetail } from '../persons.api';
import { PersonPicker } from './PersonPicker';
import { usePersonChange } from './usePersonChange';

/** Who lives together with the person; join another person's household or leave it. */
export function HouseholdSection({ person, canEdit }: { person: PersonDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const [withId, setWithId] = useState<string | null>(null);
  const [confirm, dialog] = useConfirm();
  const join = usePersonChange((id: string) => joinHousehold(person.id, id), () => setWithId(null));
  const leave = usePersonChange(() => leaveHousehold(person.id));
  const error = join.error ?? leave.error;
  const errors = fieldErrorsOf(join.error, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (withId) join.mutate(withId);
  };
  const askLeave = async () => {
    if (await confirm({ title: t('household.leave'), text: t('household.leaveConfirm'), confirmLabel: t('household.leave'), danger: true })) leave.mutate(undefined);
  };
  const members = person.household?.members ?? [];

  return (
    <Paper p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} mb="md">{t('household.title')}</Title>
      <Stack gap="md">
        {!person.household ? <Text c="dimmed">{t('household.none')}</Text> : members.length === 0 ? <Text c="dimmed">{t('household.alone')}</Text> : (
          <Stack gap={6} component="ul" aria-label={t('household.members')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {members.map((m) => (
              <li key={m.id}>
                <Anchor component={Link} to={`/persons/${m.id}`} fw={600}>{fullName(m)}</Anchor>
                {m.birthDate ? <Text span size="sm" c="dimmed"> · {formatDate(m.birthDate)}</Text> : null}
              </li>
            ))}
          </Stack>
        )}
        {error && !Object.keys(errors).length ? <Alert color="red" role="alert">{messageOf(error, t)}</Alert> : null}
        {canEdit ? (
          <>
            {person.household ? (
              <Group><Button variant="default" color="red" onClick={() => void askLeave()} loading={leave.isPending}>{t('household.leave')}</Button></Group>
            ) : null}
            <form onSubmit={submit}>
              <Stack gap="sm">
                <PersonPicker label={t('household.joinWith')} value={withId} onChange={(id) => setWithId(id)} exclude={[person.id, ...members.map((m) => m.id)]} error={errors.withPersonId} />
                <Group><Button type="submit" variant="light" disabled={!withId} loading={join.isPending}>{t('household.join')}</Button></Group>
              </Stack>
            </form>
          </>
        ) : null}
      </Stack>
      {dialog}
    </Paper>
  );
}
