import type { ReactNode } from 'react';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';

/**
 * A titled card on a page: a named region (its heading names it for screen readers), an optional line
 * of context and actions on the right; stacks on a phone.
 */
export function Section({ id, title, intro, actions, children }: { id: string; title: ReactNode; intro?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <Paper id={id} component="section" aria-labelledby={`${id}-title`} p={{ base: 'sm', sm: 'lg' }} style={{ scrollMarginTop: 76 }}>
      <Group justify="space-between" align="flex-start" mb={intro ? 4 : 'sm'} gap="xs">
        <Title order={2} id={`${id}-title`}>{title}</Title>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
      {intro ? <Text size="sm" c="dimmed" mb="sm">{intro}</Text> : null}
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}
