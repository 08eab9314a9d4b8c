import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../shared/ui/Tag';
import { isEvaluationDue, type ServiceWorklistItem, type WorklistWorker } from '../service.api';
import { useDueText } from './ServiceUi';
import { casePathOf, useWorklistKinds } from '../worklist-kinds';

/** The case's active team (the organisation's list): names with their roles on the team. */
function TeamLine({ workers }: { workers: WorklistWorker[] }) {
  const { t } = useTranslation();
  const role = (r: string) => t(`housing.enums.teamRole.${r}`, { defaultValue: t(`enums.role.${r}`, { defaultValue: r }) });
  return (
    <Text size="sm" className="wrap-anywhere">
      <Text span fw={600} inherit>{t('service.worklist.team')}:</Text>{' '}
      {workers.map((w, i) => (
        <span key={`${w.userId}-${w.teamRole}`}>
          {i > 0 ? ', ' : ''}{w.displayName} <Text span c="dimmed" inherit>({role(w.teamRole).toLocaleLowerCase()})</Text>
        </span>
      ))}
    </Text>
  );
}

/** One thing to do on a case, linked to the case's service page (and its team, when the list names it). */
export function WorklistItemCard({ item, showCase = true, heading = 'h3' }: { item: ServiceWorklistItem; showCase?: boolean; heading?: 'h2' | 'h3' | 'h4' }) {
  const { t, i18n } = useTranslation();
  const dueText = useDueText();
  // the item carries its kind; its programme words the title where it needs to and adds its details (worklist-kinds.ts)
  const kinds = useWorklistKinds();
  const view = kinds.views[item.kind];
  const Details = view?.Details;
  const title = view?.title
    ? view.title(item, t)
    : isEvaluationDue(item) && item.instrumentNames
      ? t('service.worklist.kinds.evaluation_due_named', { instrument: i18n.language === 'en' ? item.instrumentNames.en : item.instrumentNames.lv })
      : t(`service.worklist.kinds.${item.kind}`);
  const due = item.due;
  const overdue = !!due && due.daysLeft < 0;
  const urgent = !!view?.urgent;
  return (
    <Paper
      component="article"
      p="sm"
      withBorder
      radius="md"
      style={{ borderLeft: `4px solid ${urgent ? '#8a3700' : overdue ? '#b02525' : 'var(--mantine-color-brand-6)'}` }}
    >
      <Stack gap={6}>
        <Text fw={650} component={heading} size="md" m={0}>{title}</Text>
        {showCase && item.caseId ? (
          <Anchor component={Link} to={casePathOf(kinds, { programme: item.programme, caseId: item.caseId })} size="sm" fw={500} className="wrap-anywhere">
            {t('service.common.caseLink', { name: item.personName, number: item.caseNumber ?? t('service.common.noNumber') })}
          </Anchor>
        ) : null}
        {showCase && !item.caseId ? <Text size="sm">{t('service.worklist.aboutOrganisation')}</Text> : null}
        {item.workers && item.workers.length > 0 ? <TeamLine workers={item.workers} /> : null}
        {due ? <div><Tag tone={overdue ? 'warning' : due.daysLeft === 0 ? 'brand' : 'neutral'}>{dueText(due)}</Tag></div> : null}
        {Details ? <Details item={item} /> : null}
      </Stack>
    </Paper>
  );
}
