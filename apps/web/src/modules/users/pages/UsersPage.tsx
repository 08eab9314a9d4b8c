import { Anchor, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../shared/ui/Tag';
import { ListTable } from '../../../shared/ui/ListTable';
import { useMe } from '../../../shared/auth/session';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { findUsers, type UserListItem } from '../users.api';

/** Users the manager (or administrator) may see, each with a link to their action log. */
export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const me = useMe();
  const users = useQuery({ queryKey: ['users'], queryFn: findUsers });
  const roles = (u: UserListItem) => (
    <Group gap={4}>{u.roles.map((r) => <Tag tone="brand" key={r}>{t(`enums.role.${r}`)}</Tag>)}</Group>
  );
  const auditLink = (u: UserListItem) => me.abilities.readAudit ? (
    <Anchor component={Link} to={`/users/${u.id}/audit`} aria-label={t('users.auditLinkLabel', { name: u.displayName })}>{t('users.auditLink')}</Anchor>
  ) : null;
  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.intro')} />
      <QueryState query={users}>
        {(data) => data.items.length === 0 ? <Paper p="lg"><Text>{t('users.none')}</Text></Paper> : (
          <>
            <ListTable
              label={t('users.title')}
              minWidth={760}
              visibleFrom="sm"
              columns={[
                t('users.name'),
                t('users.email'),
                t('users.roles'),
                t('users.organisation'),
                t('users.status'),
                <span className="visually-hidden">{t('users.auditLink')}</span>,
              ]}
            >
              {data.items.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td fw={600}>{u.displayName}</Table.Td>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td>{roles(u)}</Table.Td>
                  <Table.Td><Text size="sm" c="dimmed">{u.organisation.name}</Text></Table.Td>
                  <Table.Td>{u.active ? t('users.active') : t('users.inactive')}</Table.Td>
                  <Table.Td>{auditLink(u)}</Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            <Stack hiddenFrom="sm" gap="xs">
              {data.items.map((u) => (
                <Paper key={u.id} p="sm">
                  <Text fw={600}>{u.displayName}</Text>
                  <Text size="sm">{u.email}</Text>
                  <Stack gap={6} mt={6}>{roles(u)}{auditLink(u)}</Stack>
                </Paper>
              ))}
            </Stack>
          </>
        )}
      </QueryState>
    </>
  );
}
