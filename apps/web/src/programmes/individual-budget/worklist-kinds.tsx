import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ServiceWorklistItem } from '../../modules/service/service.api';
import type { ProgrammeWorklistKinds } from '../../modules/service/worklist-kinds';
import { useIbFormat } from './ib-format';
import { WarningTag } from './components/IbUi';

/** IB-4 a budget warning as the worklists send it. */
interface BudgetWarningItem { caseId: string; warning: 'exceeded' | 'projected_over' | 'near'; budgetCents: number; spentCents: number; projectedCents: number }

function BudgetWarningDetails({ item }: { item: ServiceWorklistItem }) {
  const { t } = useTranslation();
  const f = useIbFormat();
  const w = item as unknown as BudgetWarningItem;
  return (
    <>
      <WarningTag warning={w.warning} />
      <Text size="sm">{t('ibPages.worklist.detail', { spent: f.euro(w.spentCents), budget: f.euro(w.budgetCents), projected: f.euro(w.projectedCents) })}</Text>
      <Anchor component={Link} to={`/ib/cases/${w.caseId}/ledger`} size="sm" underline="always">{t('ibPages.worklist.open')}</Anchor>
    </>
  );
}

/** IB-4 the programme's own kind of worklist item — the budget warning — beside the core's evaluation schedule (IB-2 re-assessments, IB-6 closing meetings). */
export const individualBudgetWorklistKinds: ProgrammeWorklistKinds = {
  groups: ['evaluation_due', 'ib_budget_warning'],
  kinds: ['ib_budget_warning'],
  views: {
    ib_budget_warning: { title: (_item, t) => t('ibPages.worklist.budgetWarning'), countLabel: (t) => t('ibPages.worklist.budgetWarning'), Details: BudgetWarningDetails },
  },
};
