import type { ReactNode } from 'react';
import { Anchor, Group, Paper, Stack, Text, TextInput, Title, type TextInputProps } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { withLanguage } from '../hf-format';

/** A date typed as dd.mm.yyyy (the users' convention); the form converts it for the API. */
export function DateField(props: Omit<TextInputProps, 'onChange' | 'value'> & { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const { value, onChange, ...rest } = props;
  return (
    <TextInput
      placeholder={t('hf.common.dateHint')}
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      {...rest}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
    />
  );
}

/** A printable document: opens the PDF in a new tab, in the UI language. */
export function PdfLink({ href, name }: { href: string; name: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Anchor href={withLanguage(href, i18n.language)} target="_blank" rel="noopener" fw={600} size="sm" pos="relative">
      <Group gap={6} wrap="nowrap" component="span" display="inline-flex">
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true" focusable="false">
          <path d="M6 3h9l4 4v14H6zM14 3v5h5M9 13h6M9 17h4" />
        </svg>
        <span>{t('hf.common.pdf', { name })}</span>
        <span className="visually-hidden">({t('hf.common.pdfHint')})</span>
      </Group>
    </Anchor>
  );
}

/** A titled card on a page; `id` makes it a target for the checklist's links. */
export function Section({ id, title, actions, children, tone }: { id?: string; title: ReactNode; actions?: ReactNode; children: ReactNode; tone?: 'highlight' }) {
  return (
    <Paper
      id={id}
      component="section"
      aria-labelledby={id ? `${id}-title` : undefined}
      p={{ base: 'sm', sm: 'lg' }}
      style={{ scrollMarginTop: 76, ...(tone === 'highlight' ? { borderColor: 'var(--mantine-color-brand-6)', borderWidth: 2 } : {}) }}
    >
      <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
        <Title order={2} id={id ? `${id}-title` : undefined}>{title}</Title>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** A link back to where the worker came from, above the page title. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} size="sm" fw={500}>
      ← {children}
    </Anchor>
  );
}

// the forms' feedback is the shared one
export { FormError, SavedNotice } from '../../../shared/ui/FormFeedback';

/** A term and its value, stacked on a phone. */
export function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: 0.3 }}>{label}</Text>
      <Text size="sm" className="wrap-anywhere">{children}</Text>
    </div>
  );
}
