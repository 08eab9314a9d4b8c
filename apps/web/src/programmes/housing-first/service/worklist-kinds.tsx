import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Escalation, WorklistItem } from '@socrehab/domain/programmes/housing-first/index';
import type { ServiceWorklistItem } from '../../../modules/service/service.api';
import type { ProgrammeWorklistKinds, WorklistKindView } from '../../../modules/service/worklist-kinds';
import { toDisplayDate } from '../../../shared/dates';
import { EscalationDetails } from './components/EscalationDetails';

/** A Housing First item as the worklists send it (its rule's item, HF-3.2, HF-2.2, HF-2.4). */
const hf = <K extends WorklistItem['kind']>(item: ServiceWorklistItem) => item as unknown as Extract<WorklistItem, { kind: K }>;

function EscalationOf({ item }: { item: ServiceWorklistItem }) {
  return <EscalationDetails escalation={(item as unknown as { escalation: Escalation }).escalation} />;
}

/** HF-2.2 an ending awaiting its confirmations, dated before the minimum participation: the two days. */
function BeforeMinimum({ item }: { item: ServiceWorklistItem }) {
  const { t } = useTranslation();
  const short = hf<'ending_before_minimum'>(item);
  return <Text size="sm">{t('hf.engagement.beforeMinimumWorklist', { endsOn: toDisplayDate(short.endsOn), date: toDisplayDate(short.minimumParticipationOn) })}</Text>;
}

function ContactHours({ item }: { item: ServiceWorklistItem }) {
  const { t } = useTranslation();
  const hours = hf<'contact_hours'>(item);
  return <Text size="sm">{t('service.worklist.hoursUsed', { used: hours.usedHours, limit: hours.limit })}</Text>;
}

/** Within the escalations: the highest level first, then the longest unreachable. */
const byEscalation = (a: ServiceWorklistItem, b: ServiceWorklistItem) => {
  const x = (a as unknown as { escalation: Escalation }).escalation;
  const y = (b as unknown as { escalation: Escalation }).escalation;
  return y.rank - x.rank || y.daysUnreachable - x.daysUnreachable;
};

const escalation: WorklistKindView = { urgent: true, Details: EscalationOf, compare: byEscalation };

/**
 * Housing First's kinds of worklist item (HF-3.2, HF-2.2, HF-2.4) as the core's worklists show them: the
 * sections of "my morning" (the three plan items in one), the order the organisation's list counts them,
 * the escalations' details, the contact hours used, the repeated offer's service and the contract's end (HF-2.2).
 */
export const housingFirstWorklistKinds: ProgrammeWorklistKinds = {
  groups: ['evaluate_termination', 'escalation', 'weekly_visit', 'plans', 'evaluation_due', 'contact_hours', 'repeat_offer', 'engagement_end', 'ending_before_minimum'],
  kinds: ['evaluate_termination', 'escalation', 'weekly_visit', 'initial_plan_offer', 'plan_review', 'reassessment', 'contact_hours', 'repeat_offer', 'engagement_end', 'ending_before_minimum'],
  views: {
    evaluate_termination: escalation,
    escalation,
    initial_plan_offer: { group: 'plans' },
    plan_review: { group: 'plans' },
    reassessment: { group: 'plans' },
    contact_hours: { Details: ContactHours },
    repeat_offer: {
      title: (item, t) => {
        const { service } = hf<'repeat_offer'>(item);
        return t('service.worklist.kinds.repeat_offer', { service: t(`service.offer.offers.${service}`, { defaultValue: service }) });
      },
      countLabel: (t) => t('service.worklist.groups.repeat_offer'),
    },
    // HF-2.2 the contract's agreed end a calendar month ahead (or passed, the case still open): its due day is the end
    engagement_end: { title: (_item, t) => t('hf.engagement.worklistTitle'), countLabel: (t) => t('hf.engagement.worklistCount') },
    // HF-2.2 an ending awaiting its confirmations before the minimum participation: read before confirming
    ending_before_minimum: { title: (_item, t) => t('hf.engagement.beforeMinimumWorklistTitle'), countLabel: (t) => t('hf.engagement.beforeMinimumWorklistCount'), Details: BeforeMinimum },
  },
};
