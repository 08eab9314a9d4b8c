import { useState } from 'react';
import { Alert, Anchor, Breadcrumbs, Button, Group, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../shared/ui/Tag';
import { formatDate, formatPersonalCode } from '@socrehab/domain';
import { useMe } from '../../../shared/auth/session';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { QueryState } from '../../../shared/ui/QueryState';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { fullName, getPerson, personKeys, type PersonWithAbilities } from '../persons.api';
import { WhereaboutsBadge } from '../components/WhereaboutsBadge';
import { ProfileTab } from '../components/ProfileTab';
import { RelationsTab } from '../components/RelationsTab';
import { HistoryTab } from '../components/HistoryTab';
import { MergesTab } from '../components/MergesTab';
import { PersonExtract } from '../components/PersonExtract';
import { PersonAuditTab } from '../../audit/components/PersonAuditTab';

const TABS = ['profile', 'relations', 'history', 'merges', 'audit'] as const;
type Tab = (typeof TABS)[number];

/** One person: profile and edit, household and relations, history, merges and (for managers) the audit log. */
export function PersonPage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: personKeys.detail(id), queryFn: () => getPerson(id) });
  return <QueryState query={query}>{(data) => <PersonView data={data} />}</QueryState>;
}

function PersonView({ data }: { data: PersonWithAbilities }) {
  const { t } = useTranslation();
  const me = useMe();
  const { person, abilities } = data;
  usePageTitle(fullName(person));
  const location = useLocation();
  const notice = (location.state ?? {}) as { notice?: string; warnings?: string[] };
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab') as Tab | null;
  const tab: Tab = tabParam && TABS.includes(tabParam) && (tabParam !== 'audit' || abilities.readAudit) ? tabParam : 'profile';
  const [editing, setEditing] = useState(false);

  return (
    <>
      <PageHeader
        above={<Breadcrumbs><Anchor component={Link} to="/persons" size="sm">{t('person.breadcrumb')}</Anchor><Text size="sm">{fullName(person)}</Text></Breadcrumbs>}
        title={fullName(person)}
        description={
          <Group component="span" gap="xs" wrap="wrap">
            <Text span>{person.personalCode ? formatPersonalCode(person.personalCode) : t('person.noCode')}</Text>
            {person.birthDate ? <Text span>· {t('person.born', { date: formatDate(person.birthDate) })}</Text> : null}
            <WhereaboutsBadge kind={person.whereaboutsKind} />
            {person.addressProtection.protected ? <Tag tone="warning">{t('addressProtection.badge')}</Tag> : null}
            {person.mergedInto ? <Tag tone="neutral">{t('fields.mergedInto')}</Tag> : null}
          </Group>
        }
        actions={abilities.edit && !editing && tab === 'profile' ? <Button onClick={() => setEditing(true)}>{t('person.edit')}</Button> : null}
      />
      {person.mergedInto ? (
        <Alert color="gray" mb="md" title={t('person.mergedBanner')}>
          <Anchor component={Link} to={`/persons/${person.mergedInto.id}`}>{t('person.openSurvivor')}</Anchor>
        </Alert>
      ) : null}
      {notice.notice === 'registered' ? (
        <Alert color="green" mb="md" role="status" title={t('register.registered')}>
          {notice.warnings?.map((w) => <Text key={w} size="sm">{t(w)}</Text>)}
        </Alert>
      ) : null}
      <Tabs value={tab} onChange={(v) => { setEditing(false); setParams(v && v !== 'profile' ? { tab: v } : {}, { replace: true }); }} keepMounted={false}>
        <Tabs.List mb="lg" style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          <Tabs.Tab value="profile">{t('person.tabs.profile')}</Tabs.Tab>
          <Tabs.Tab value="relations">{t('person.tabs.relations')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('person.tabs.history')}</Tabs.Tab>
          <Tabs.Tab value="merges">{t('person.tabs.merges')}</Tabs.Tab>
          {abilities.readAudit ? <Tabs.Tab value="audit">{t('person.tabs.audit')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="profile"><ProfileTab data={data} editing={editing} onEditingChange={setEditing} /></Tabs.Panel>
        <Tabs.Panel value="relations"><RelationsTab data={data} /></Tabs.Panel>
        <Tabs.Panel value="history"><HistoryTab personId={person.id} /></Tabs.Panel>
        <Tabs.Panel value="merges"><MergesTab data={data} canMerge={me.abilities.mergePersons} /></Tabs.Panel>
        {abilities.readAudit ? <Tabs.Panel value="audit"><PersonAuditTab personId={person.id} /></Tabs.Panel> : null}
      </Tabs>
      {/* HF-2.7, GDPR Art. 15: whoever may read the person may produce their extract (the page itself is theirs only) */}
      {tab === 'profile' && !editing ? <PersonExtract personId={person.id} /> : null}
    </>
  );
}
