import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { findUsers } from '../../users/users.api';
import { AuditTable } from '../components/AuditTable';

/** Everything one user did, for their manager. */
export function UserAuditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const users = useQuery({ queryKey: ['users'], queryFn: findUsers });
  const user = users.data?.items.find((u) => u.id === id);
  const title = t('audit.userTitle', { name: user?.displayName ?? '…' });
  usePageTitle(title);
  return (
    <>
      <PageHeader
        above={<Breadcrumbs><Anchor component={Link} to="/users" size="sm">{t('nav.users')}</Anchor><Text size="sm">{user?.displayName ?? ''}</Text></Breadcrumbs>}
        title={title}
        description={user ? `${user.email} · ${user.organisation.name}` : undefined}
      />
      <AuditTable userId={id} label={title} />
    </>
  );
}
