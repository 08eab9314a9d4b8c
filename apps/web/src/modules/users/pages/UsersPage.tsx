import { useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../shared/ui/Tag';
import { ListTable } from '../../../shared/ui/ListTable';
import { useMe } from '../../../shared/auth/session';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { ALERT_INK } from '../../../shared/ui/alert-ink';
import { findStaffLanguages, findUsers, type UserListItem } from '../users.api';
import { StaffProfileModal } from '../components/StaffProfileModal';

/**
 * Users the manager (or administrator) may see, each with a link to their action log, and (HF-2.6) their
 * languages: staff without Latvian are listed at the top; the manager records qualifications and languages.
 */
export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const me = useMe();
  const users = useQuery({ queryKey: ['users'], queryFn: findUsers });
  const staffLanguages = useQuery({ queryKey: ['users', 'staff-languages'], queryFn: findStaffLanguages });
  const [editing, setEditing] = useState<UserListItem | null>(null);
  const standingOf = (u: UserListItem) => staffLanguages.data?.items.find((s) => s.userId === u.id);
  const isManagerOf = (u: UserListItem) => me.user.roles.includes('manager') && me.user.organisation.id === u.organisation.id;
  const languages = (u: UserListItem) => {
    const s = standingOf(u);
    if (!s) return null;
    if (s.languageStanding === 'notRecorded') return <Text size="sm" c="dimmed">{t('users.staff.notRecorded')}</Text>;
    return (
      <Group gap={4}>
        <Text size="sm">{s.languages.map((l) => t(`enums.language.${l.language}`)).join(', ')}</Text>
        {s.languageStanding === 'latvianMissing' ? <Tag tone="warning">{t('users.staff.latvianMissing')}</Tag> : null}
      </Group>
    );
  };
  const profileButton = (u: UserListItem) => isManagerOf(u) ? (
    <Button size="compact-sm" variant="subtle" onClick={() => setEditing(u)} aria-label={t('users.staff.editLabel', { name: u.displayName })}>{t('users.staff.edit')}</Button>
  ) : null;
  const lacking = (staffLanguages.data?.items ?? []).filter((s) => s.languageStanding === 'latvianMissing')
    .map((s) => users.data?.items.find((u) => u.id === s.userId)?.displayName).filter((n): n is string => !!n);
  const roles = (u: UserListItem) => (
    <Group gap={4}>{u.roles.map((r) => <Tag tone="brand" key={r}>{t(`enums.role.${r}`)}</Tag>)}</Group>
  );
  const auditLink = (u: UserListItem) => me.abilities.readAudit ? (
    <Anchor component={Link} to={`/users/${u.id}/audit`} aria-label={t('users.auditLinkLabel', { name: u.displayName })}>{t('users.auditLink')}</Anchor>
  ) : null;
  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.intro')} />
      {lacking.length > 0 ? <Alert color="orange" variant="light" styles={ALERT_INK.orange} mb="md" title={t('users.staff.lackingTitle')}>{t('users.staff.lacking', { names: lacking.join(', ') })}</Alert> : null}
      {editing ? <StaffProfileModal user={editing} onClose={() => setEditing(null)} /> : null}
      <QueryState query={users}>
        {(data) => data.items.length === 0 ? <Paper p="lg"><Text>{t('users.none')}</Text></Paper> : (
          <>
            <ListTable
              label={t('users.title')}
              minWidth={900}
              visibleFrom="sm"
              columns={[
                t('users.name'),
                t('users.email'),
                t('users.roles'),
                t('users.organisation'),
                t('users.status'),
                t('users.staff.languages'),
                <span className="visually-hidden">{t('users.auditLink')}</span>,
                <span className="visually-hidden">{t('users.staff.edit')}</span>,
              ]}
            >
              {data.items.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td fw={600}>{u.displayName}</Table.Td>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td>{roles(u)}</Table.Td>
                  <Table.Td><Text size="sm" c="dimmed">{u.organisation.name}</Text></Table.Td>
                  <Table.Td>{u.active ? t('users.active') : t('users.inactive')}</Table.Td>
                  <Table.Td>{languages(u)}</Table.Td>
                  <Table.Td>{auditLink(u)}</Table.Td>
                  <Table.Td>{profileButton(u)}</Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            <Stack hiddenFrom="sm" gap="xs">
              {data.items.map((u) => (
                <Paper key={u.id} p="sm">
                  <Text fw={600}>{u.displayName}</Text>
                  <Text size="sm">{u.email}</Text>
                  <Stack gap={6} mt={6}>{roles(u)}{languages(u)}{auditLink(u)}{profileButton(u)}</Stack>
                </Paper>
              ))}
            </Stack>
          </>
        )}
      </QueryState>
    </>
  );
}
