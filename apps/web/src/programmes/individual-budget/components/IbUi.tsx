import type { ReactNode } from 'react';
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BudgetWarning } from '@socrehab/domain/programmes/individual-budget/ledger.rules';
import { Tag, type Tone } from '../../../shared/ui/Tag';
import { toDisplayDate } from '../../../shared/dates';

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return <Anchor component={Link} to={to} size="sm" fw={500}>← {children}</Anchor>;
}

export function CaseStatusTag({ status, closedOn }: { status: 'open' | 'closed'; closedOn: string | null }) {
  const { t } = useTranslation();
  return status === 'open' ? <Tag tone="brand">{t('ibPages.common.open')}</Tag> : <Tag tone="neutral">{t('ibPages.common.closedOn', { date: toDisplayDate(closedOn) })}</Tag>;
}

const WARNING_TONE: Record<NonNullable<BudgetWarning>, Tone> = { exceeded: 'warning', projected_over: 'warning', near: 'purple' };
export function WarningTag({ warning }: { warning: BudgetWarning }) {
  const { t } = useTranslation();
  return warning ? <Tag tone={WARNING_TONE[warning]}>{t(`ib.enums.warning.${warning}`)}</Tag> : null;
}

/** How soon something is due, as a tag: overdue, today, or in n days. */
export function DueTag({ daysLeft, children }: { daysLeft: number; children: ReactNode }) {
  const { t } = useTranslation();
  const when = daysLeft < 0 ? t('ibPages.case.overdue', { count: -daysLeft }) : daysLeft === 0 ? t('ibPages.case.dueToday') : t('ibPages.case.dueIn', { count: daysLeft });
  return <Tag tone={daysLeft < 0 ? 'warning' : daysLeft <= 14 ? 'brand' : 'neutral'}>{children} ({when})</Tag>;
}
