import { List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { displayDateTime, toDisplayDate } from '../../../shared/dates';
import { QueryState } from '../../../shared/ui/QueryState';
import { getStaffProfileHistory, type StaffLanguage, type StaffProfileVersion, type StaffQualification } from '../users.api';

/** HF-2.6 every saved version of a staff member's profile, newest first: who saved it, when, and what it changed. */
export function StaffProfileHistory({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const history = useQuery({ queryKey: ['users', 'staff-profile-history', userId], queryFn: ({ signal }) => getStaffProfileHistory(userId, signal) });
  return (
    <Stack gap="xs" component="section" aria-labelledby="staff-history-title">
      <Title order={3} size="h4" id="staff-history-title">{t('users.staff.historyTitle')}</Title>
      <QueryState query={history}>
        {(data) => (data.versions.length === 0
          ? <Text size="sm" c="dimmed">{t('users.staff.historyEmpty')}</Text>
          : <List listStyleType="none" withPadding={false} spacing="sm">{data.versions.map((v) => <VersionItem key={v.version} version={v} />)}</List>)}
      </QueryState>
    </Stack>
  );
}

function VersionItem({ version: v }: { version: StaffProfileVersion }) {
  const { t } = useTranslation();
  const language = (l: string) => t(`enums.language.${l}`);
  const level = (l: string) => t(`enums.languageLevel.${l}`);
  const languageText = (l: StaffLanguage) => `${language(l.language)} (${level(l.level)})`;
  const qualificationText = (q: StaffQualification) => [t(`enums.qualificationKind.${q.kind}`), q.title, q.issuer, q.obtainedOn ? toDisplayDate(q.obtainedOn) : null].filter(Boolean).join(', ');
  const c = v.changes;
  const added = [...c.languagesAdded.map(languageText), ...c.qualificationsAdded.map(qualificationText)];
  const removed = [...c.languagesRemoved.map(languageText), ...c.qualificationsRemoved.map(qualificationText)];
  const changed = c.languagesChanged.map((x) => t('users.staff.historyLevelChange', { language: language(x.language), from: level(x.from), to: level(x.to) }));
  return (
    <List.Item>
      <Stack gap={2} p="xs" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
        <Text size="sm" fw={600}>{t('users.staff.historyVersion', { n: v.version, when: displayDateTime(v.recordedAt), name: v.recordedBy.displayName })}</Text>
        {v.version === 1 && removed.length === 0 && changed.length === 0 ? <Text size="sm" c="dimmed">{t('users.staff.historyFirst')}</Text> : null}
        {added.length ? <Text size="sm" className="wrap-anywhere"><b>{t('users.staff.historyAdded')}:</b> {added.join('; ')}</Text> : null}
        {changed.length ? <Text size="sm" className="wrap-anywhere"><b>{t('users.staff.historyChanged')}:</b> {changed.join('; ')}</Text> : null}
        {removed.length ? <Text size="sm" className="wrap-anywhere"><b>{t('users.staff.historyRemoved')}:</b> {removed.join('; ')}</Text> : null}
        <Text size="xs" c="dimmed" className="wrap-anywhere">
          {t('users.staff.historyHeld', { languages: v.languages.length ? v.languages.map(languageText).join(', ') : t('users.staff.historyNoLanguages'), count: v.qualifications.length })}
        </Text>
      </Stack>
    </List.Item>
  );
}
