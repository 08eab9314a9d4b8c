import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../shared/ui/Tag';
import { fieldErrorsOf, messageOf } from '../../../shared/api/errors';
import { displayDateTime } from '../../../shared/dates';
import { QueryState } from '../../../shared/ui/QueryState';
import { useConfirm } from '../../../shared/ui/useConfirm';
import { fullName, getMerges, mergePersons, personKeys, unmerge, type PersonWithAbilities } from '../persons.api';
import { PersonPicker } from './PersonPicker';
import { usePersonChange } from './usePersonChange';

/** Merge a duplicate into this person (reversibly) and see or undo earlier merges. */
export function MergesTab({ data, canMerge }: { data: PersonWithAbilities; canMerge: boolean }) {
  const { t } = useTranslation();
  const { person, abilities } = data;
  const merges = useQuery({ queryKey: personKeys.merges(person.id), queryFn: () => getMerges(person.id) });
  const [duplicate, setDuplicate] = useState<{ id: string; label: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirm, dialog] = useConfirm();
  const merge = usePersonChange((id: string) => mergePersons(person.id, id), () => { setDuplicate(null); setNotice(t('merges.merged')); });
  const undo = usePersonChange((mergeId: string) => unmerge(mergeId), () => setNotice(t('merges.unmerged')));
  const errors = fieldErrorsOf(merge.error, t);
  const error = merge.error ?? undo.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!duplicate) return;
    const ok = await confirm({
      title: t('merges.confirmTitle'),
      text: t('merges.confirmText', { duplicate: duplicate.label, survivor: fullName(person) }),
      confirmLabel: t('merges.confirmSubmit'),
      danger: true,
    });
    if (ok) merge.mutate(duplicate.id);
  };
  const askUndo = async (mergeId: string) => {
    if (await confirm({ title: t('merges.unmerge'), text: t('merges.unmergeConfirm'), confirmLabel: t('merges.unmerge') })) undo.mutate(mergeId);
  };

  return (
    <Stack gap="md">
      {notice ? <Alert color="green" role="status" withCloseButton closeButtonLabel={t('app.close')} onClose={() => setNotice(null)}>{notice}</Alert> : null}
      {error && !Object.keys(errors).length ? <Alert color="red" role="alert">{messageOf(error, t)}</Alert> : null}
      {abilities.merge ? (
        <Paper p={{ base: 'md', sm: 'lg' }}>
          <Title order={2} mb="xs">{t('merges.title')}</Title>
          <Text size="sm" c="dimmed" mb="md">{t('merges.intro')}</Text>
          <form onSubmit={(e) => void submit(e)}>
            <Stack gap="sm">
              <PersonPicker label={t('merges.duplicate')} value={duplicate?.id ?? null} onChange={(id, label) => setDuplicate(id ? { id, label: label ?? id } : null)} exclude={[person.id]} error={errors.duplicateId} />
              <Group><Button type="submit" disabled={!duplicate} loading={merge.isPending}>{t('merges.start')}</Button></Group>
            </Stack>
          </form>
        </Paper>
      ) : !canMerge ? <Text size="sm" c="dimmed">{t('merges.notAllowed')}</Text> : null}
      <Paper p={{ base: 'md', sm: 'lg' }}>
        <Title order={2} mb="md">{t('merges.list')}</Title>
        <QueryState query={merges}>
          {(list) => list.items.length === 0 ? <Text c="dimmed">{t('merges.none')}</Text> : (
            <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {list.items.map((m) => (
                <Group component="li" key={m.id} justify="space-between" align="flex-start" gap="sm" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
                  <div>
                    <Text fw={500}>
                      {t('merges.mergedInto', { merged: fullName(m.merged), survivor: fullName(m.survivor) })}
                    </Text>
                    <Text size="sm" c="dimmed">{t('merges.by', { name: m.mergedBy.displayName, date: displayDateTime(m.mergedAt) })}</Text>
                    <Group gap="xs" mt={4}>
                      <Anchor component={Link} to={`/persons/${m.merged.id}`} size="sm">{fullName(m.merged)}</Anchor>
                      <Text span size="sm" c="dimmed">→</Text>
                      <Anchor component={Link} to={`/persons/${m.survivor.id}`} size="sm">{fullName(m.survivor)}</Anchor>
                    </Group>
                  </div>
                  {m.unmergedAt ? (
                    <Tag tone="neutral">{t('merges.undone', { date: displayDateTime(m.unmergedAt) })}</Tag>
                  ) : canMerge ? (
                    <Button variant="default" size="sm" onClick={() => void askUndo(m.id)} loading={undo.isPending}>{t('merges.unmerge')}</Button>
                  ) : null}
                </Group>
              ))}
            </Stack>
          )}
        </QueryState>
      </Paper>
      {dialog}
    </Stack>
  );
}
