import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProgrammeWorklistKinds } from '../../modules/service/worklist-kinds';
import type { ServiceWorklistItem } from '../../modules/service/service.api';
import { useRpFormat } from './rp-format';

/** What the reminder's card adds: the round, whether the region reminded, and the part's own page. */
function Details({ item }: { item: ServiceWorklistItem }) {
  const { t } = useTranslation();
  const f = useRpFormat();
  const fields = item as unknown as Record<string, unknown>;
  const text = (k: string) => (typeof fields[k] === 'string' ? (fields[k] as string) : null);
  const roundId = text('roundId');
  const atvk = text('municipalityAtvk');
  const reminded = text('lastRemindedOn');
  return (
    <>
      {text('roundName') ? <Text size="sm">{t('rpPages.worklist.round', { name: text('roundName') })}</Text> : null}
      {reminded ? <Text size="sm">{t('rpPages.worklist.reminded', { date: f.date(reminded) })}</Text> : null}
      {roundId && atvk ? <Anchor component={Link} to={`/rp/rounds/${roundId}/parts/${atvk}`} size="sm" underline="always">{t('rpPages.worklist.open')}</Anchor> : null}
    </>
  );
}

/** RP-6 regional planning's kind on the worklists: the officer's part of an open round, not yet confirmed. */
export const regionalPlanningWorklistKinds: ProgrammeWorklistKinds = {
  groups: ['rp_part_due'],
  kinds: ['rp_part_due'],
  views: { rp_part_due: { title: (_item, t) => t('rpPages.worklist.rp_part_due'), countLabel: (t) => t('rpPages.worklist.rp_part_due'), Details } },
};
