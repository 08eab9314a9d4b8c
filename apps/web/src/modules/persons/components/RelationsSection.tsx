import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, CloseButton, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../shared/ui/Tag';
import { RELATION_KINDS, type RelationKind } from '@socrehab/domain';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { useConfirm } from '../../../shared/ui/useConfirm';
import { addRelation, fullName, removeRelation, type PersonDetail } from '../persons.api';
import { PersonPicker } from './PersonPicker';
import { usePersonChange } from './usePersonChange';

/** Parents, children, partners, guardians and support persons: add and remove. */
export function RelationsSection({ person, canEdit }: { person: PersonDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const [related, setRelated] = useState<string | null>(null);
  const [kind, setKind] = useState<RelationKind>('parent');
  const [note, setNote] = useState('');
  const [confirm, dialog] = useConfirm();
  const add = usePersonChange(
    () => addRelation(person.id, { relatedPersonId: related!, kind, note: note.trim() || null }),
    () => { setRelated(null); setNote(''); },
  );
  const remove = usePersonChange((relationId: string) => removeRelation(person.id, relationId));
  const errors = fieldErrorsOf(add.error, t);
  const error = add.error ?? remove.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (related) add.mutate(undefined);
  };
  const askRemove = async (relationId: string, name: string) => {
    if (await confirm({ title: t('relations.removeLabel', { name }), text: t('relations.removeConfirm', { name }), confirmLabel: t('app.remove'), danger: true })) remove.mutate(relationId);
  };

  return (
    <Paper p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} mb="md">{t('relations.title')}</Title>
      <Stack gap="md">
        {person.relations.length === 0 ? <Text c="dimmed">{t('relations.none')}</Text> : (
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {person.relations.map((r) => (
              <Group component="li" key={r.id} justify="space-between" wrap="nowrap" gap="xs">
                <div>
                  <Tag tone="brand">{t(`enums.relationKind.${r.kind}`)}</Tag>
                  <Anchor component={Link} to={`/persons/${r.person.id}`} fw={600}>{fullName(r.person)}</Anchor>
                  {r.note ? <Text size="sm" c="dimmed">{r.note}</Text> : null}
                </div>
                {canEdit ? <CloseButton aria-label={t('relations.removeLabel', { name: fullName(r.person) })} onClick={() => void askRemove(r.id, fullName(r.person))} /> : null}
              </Group>
            ))}
          </Stack>
        )}
        {error && !Object.keys(errors).length ? <Alert color="red" role="alert">{messageOf(error, t)}</Alert> : null}
        {canEdit ? (
          <form onSubmit={submit}>
            <Stack gap="sm">
              <Title order={3}>{t('relations.add')}</Title>
              <PersonPicker label={t('relations.person')} value={related} onChange={(id) => setRelated(id)} exclude={[person.id]} error={errors.relatedPersonId} />
              <NativeSelect
                label={t('relations.kind', { name: fullName(person) })}
                value={kind}
                onChange={(e) => setKind(e.currentTarget.value as RelationKind)}
                data={RELATION_KINDS.map((k) => ({ value: k, label: t(`enums.relationKind.${k}`) }))}
                error={errors.kind}
              />
              <TextInput label={t('relations.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
              <Group><Button type="submit" variant="light" disabled={!related} loading={add.isPending}>{t('relations.submit')}</Button></Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
      {dialog}
    </Paper>
  );
}
