import type { ReactNode } from 'react';
import { Alert, Anchor, Group, Paper, Stack, Text, TextInput, Title, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toDisplayDate } from '../../../shared/dates';
import { withLanguage } from '../service-format';
import { ALERT_INK } from '../../../shared/ui/alert-ink';

/** A date typed as dd.mm.yyyy. */
export function DateField(props: Omit<TextInputProps, 'onChange' | 'value'> & { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const { value, onChange, ...rest } = props;
  return (
    <TextInput placeholder={t('service.common.dateHint')} inputMode="numeric" autoComplete="off" maxLength={10} {...rest} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
  );
}

/** A titled card; its heading names the section for screen readers. */
export function Section({ id, title, intro, children, level = 2 }: { id: string; title: ReactNode; intro?: ReactNode; children: ReactNode; level?: 2 | 3 }) {
  return (
    <Paper id={id} component="section" aria-labelledby={`${id}-title`} p={{ base: 'sm', sm: 'lg' }} withBorder radius="md">
      <Title order={level} id={`${id}-title`} mb={intro ? 4 : 'sm'} size={level === 2 ? 'h3' : 'h4'}>{title}</Title>
      {intro ? <Text size="sm" c="dimmed" mb="sm">{intro}</Text> : null}
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** A printable document in the UI language, opened in a new tab. */
export function PdfLink({ href, name }: { href: string; name: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Anchor href={withLanguage(href, i18n.language)} target="_blank" rel="noopener" fw={600} size="sm">
      <Group gap={6} wrap="nowrap" component="span" display="inline-flex">
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
          <path d="M6 3h9l4 4v14H6zM14 3v5h5M9 13h6M9 17h4" />
        </svg>
        <span>{t('service.common.pdf', { name })}</span>
        <span className="visually-hidden">({t('service.common.pdfHint')})</span>
      </Group>
    </Anchor>
  );
}

// the forms' feedback is the shared one
export { FormError, SavedNotice as Saved } from '../../../shared/ui/FormFeedback';

/** Warnings the server gave with a saved record, e.g. 80 % of the contact hours used. */
export function Warnings({ items }: { items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Alert color="orange" role="status" styles={ALERT_INK.orange} py="xs">
      {items.map((w) => <Text key={w} size="sm" fw={600} style={ALERT_INK.orange.message}>{w}</Text>)}
    </Alert>
  );
}

/** "Overdue by 3 days", "due today", "in 2 days" for a rule's due date. */
export function useDueText() {
  const { t } = useTranslation();
  return (due: { dueOn: string; daysLeft: number }) => {
    const date = toDisplayDate(due.dueOn);
    if (due.daysLeft < 0) return t('service.due.overdue', { count: -due.daysLeft, date });
    if (due.daysLeft === 0) return t('service.due.today');
    return t('service.due.soon', { count: due.daysLeft, date });
  };
}
