import type { ReactNode } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatEuro, isoDayInRiga } from '@socrehab/domain';
import { fieldErrorsOf, messageOf } from '../../shared/api/errors';
import { parseDisplayDate, toDisplayDate } from '../../shared/dates';
import { FormError } from '../../shared/ui/FormFeedback';
import { Tag } from '../../shared/ui/Tag';
import { fsKeys } from './family-support.api';

/** Today in Riga (forms start from it; the server checks again). */
export const todayIso = () => isoDayInRiga(new Date());
export const todayDisplay = () => toDisplayDate(todayIso());
/** A typed dd.mm.yyyy as yyyy-mm-dd; what does not parse is sent as typed, for the server to refuse at its field. */
export const isoOf = (display: string) => parseDisplayDate(display) ?? display;

/** A write of the programme: on success every `fs` query refreshes; the refusal's fields and message translated. */
export function useFsSave<I, O = unknown>(fn: (input: I) => Promise<O>, onDone?: (out: O) => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: fn,
    onSuccess: (out) => {
      void queryClient.invalidateQueries({ queryKey: fsKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['service'] });
      onDone?.(out);
    },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  const message = mutation.error ? messageOf(mutation.error, t) : null;
  return { mutation, errors, feedback: <FormError message={message} hasFields={Object.keys(errors).length > 0} /> };
}

/** Money in the UI language: cents → `1 234,56 €` / `€1,234.56`; a share as `85,50 %`. */
export function useFsFormat() {
  const { i18n } = useTranslation();
  const language: 'lv' | 'en' = i18n.language === 'en' ? 'en' : 'lv';
  return {
    euro: (cents: number) => formatEuro(cents / 100, language),
    percent: (share: number) => `${(share * 100).toLocaleString(language === 'en' ? 'en-GB' : 'lv-LV', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} %`,
    language,
  };
}

export function StatusTag({ status, closedOn }: { status: 'open' | 'closed'; closedOn: string | null }) {
  const { t } = useTranslation();
  return status === 'open' ? <Tag tone="brand">{t('fsPages.common.open')}</Tag> : <Tag tone="neutral">{t('fsPages.common.closedOn', { date: toDisplayDate(closedOn) })}</Tag>;
}

/** A link back, above the page title. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return <Anchor component={Link} to={to} size="sm" fw={500}>← {children}</Anchor>;
}

/** A label and its value, stacked. */
export function Figure({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fw={650} size="lg">{value}</Text>
    </Stack>
  );
}

/** Days left until a day, in words. */
export function useDaysText() {
  const { t } = useTranslation();
  return (daysLeft: number) => (daysLeft === 0 ? t('fsPages.common.today') : daysLeft < 0 ? t('fsPages.common.overdue', { count: -daysLeft }) : t('fsPages.common.daysLeft', { count: daysLeft }));
}
