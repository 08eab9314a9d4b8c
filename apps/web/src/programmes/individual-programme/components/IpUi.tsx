import type { ReactNode } from 'react';
import { ActionIcon, Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../shared/ui/Tag';
import { toDisplayDate } from '../../../shared/dates';

/** A link back to where the user came from, above the page title. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return <Anchor component={Link} to={to} size="sm" fw={500}>← {children}</Anchor>;
}

/** An open case, or a closed one with its day, as a tag. */
export function CaseStatusTag({ status, closedOn }: { status: 'open' | 'closed'; closedOn: string | null }) {
  const { t } = useTranslation();
  if (status === 'open') return <Tag tone="brand">{t('ipPages.common.open')}</Tag>;
  return <Tag tone="neutral">{closedOn ? t('ipPages.common.closedOn', { date: toDisplayDate(closedOn) }) : t('ipPages.common.closed')}</Tag>;
}

const ARROW = { previous: 'M15 5l-7 7 7 7', next: 'M9 5l7 7-7 7' };

/** Steps a month or a year back and forth: ‹ value › with named buttons. */
export function Stepper({ label, value, previousLabel, nextLabel, onStep }: { label: string; value: string; previousLabel: string; nextLabel: string; onStep: (by: -1 | 1) => void }) {
  const arrow = (d: string) => (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false"><path d={d} /></svg>
  );
  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label={label}>
      <ActionIcon variant="default" size="lg" onClick={() => onStep(-1)} aria-label={previousLabel}>{arrow(ARROW.previous)}</ActionIcon>
      <Text fw={650} miw={150} ta="center" aria-live="polite">{value}</Text>
      <ActionIcon variant="default" size="lg" onClick={() => onStep(1)} aria-label={nextLabel}>{arrow(ARROW.next)}</ActionIcon>
    </Group>
  );
}
