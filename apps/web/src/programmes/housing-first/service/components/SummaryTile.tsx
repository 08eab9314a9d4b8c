import type { ReactNode } from 'react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { Tag, type Tone } from '../../../../shared/ui/Tag';
import { useDueText } from '../../../../modules/service/components/ServiceUi';

/** One part of the service summary: a named region with an h3, on a tinted card. */
export function SummaryTile({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <Paper id={id} component="section" aria-labelledby={`${id}-title`} p="md" radius="md" bg="gray.0" style={{ border: '1px solid var(--mantine-color-gray-2)' }}>
      <Title order={3} id={`${id}-title`} size="h5" mb="xs">{title}</Title>
      <Stack gap="xs">{children}</Stack>
    </Paper>
  );
}

/** A labelled fact in a tile: the label small, the value below it. */
export function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" style={{ letterSpacing: 0.4 }}>{label}</Text>
      <div>{children}</div>
    </div>
  );
}

interface Due { dueOn: string; daysLeft: number; due: boolean }

/** A rule's due date as a tag: overdue in orange, due within a week in blue, later plain. */
export function DueTag({ due }: { due: Due }) {
  const text = useDueText();
  const tone: Tone = due.daysLeft < 0 ? 'warning' : due.daysLeft <= 7 ? 'brand' : 'neutral';
  return <Tag tone={tone}>{text(due)}</Tag>;
}
