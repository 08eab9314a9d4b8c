import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProgrammeWorklistKinds, WorklistKindView } from '../../modules/service/worklist-kinds';
import type { ServiceWorklistItem } from '../../modules/service/service.api';

/** What a family support item's card adds: the mentor it is about, and the family's own case page. */
function Details({ item }: { item: ServiceWorklistItem }) {
  const { t } = useTranslation();
  const mentor = 'mentorName' in item && typeof item.mentorName === 'string' ? item.mentorName : null;
  return (
    <>
      {mentor ? <Text size="sm">{t('fsPages.worklist.mentor', { name: mentor })}</Text> : null}
      {item.caseId ? <Anchor component={Link} to={`/fs/families/${item.caseId}`} size="sm" underline="always">{t('fsPages.worklist.open')}</Anchor> : null}
    </>
  );
}

const view = (kind: string, urgent = false): WorklistKindView => ({ title: (_item, t) => t(`fsPages.worklist.${kind}`), countLabel: (t) => t(`fsPages.worklist.${kind}`), urgent, Details });

/** FS-2 – FS-4 family support's kinds on the worklists: the crisis first, then the plan's review, the mentor's supervision and check. */
export const familySupportWorklistKinds: ProgrammeWorklistKinds = {
  groups: ['fs_crisis_contact', 'fs_conference_review', 'fs_mentor_supervision', 'fs_mentor_check'],
  kinds: ['fs_crisis_contact', 'fs_conference_review', 'fs_mentor_supervision', 'fs_mentor_check'],
  views: {
    fs_crisis_contact: view('fs_crisis_contact', true),
    fs_conference_review: view('fs_conference_review'),
    fs_mentor_supervision: view('fs_mentor_supervision'),
    fs_mentor_check: view('fs_mentor_check'),
  },
};
