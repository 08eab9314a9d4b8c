import { useState } from 'react';
import { Alert, Anchor, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../../shared/api/errors';
import { createCalendarFeed } from '../service.api';
import { ALERT_INK } from '../../../shared/ui/alert-ink';

const CALENDAR_ICON = 'M4 6h16v14H4zM4 10h16M8 3v4m8-4v4';

/**
 * HF-3.2.1 the worker's own iCalendar feed (POST /api/me/calendar-feed): a secret link, shown once,
 * to copy into a phone's calendar or open in the calendar app; a new link replaces the old one.
 */
export function CalendarFeedButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const feed = useMutation({ mutationFn: createCalendarFeed });
  const url = feed.data ? new URL(feed.data.path, window.location.origin).toString() : null;
  const close = () => { setOpened(false); feed.reset(); };
  return (
    <>
      <Button
        variant="light"
        onClick={() => setOpened(true)}
        leftSection={<svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" aria-hidden="true" focusable="false"><path d={CALENDAR_ICON} /></svg>}
      >
        {t('service.calendar.feed.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('service.calendar.feed.title')} closeButtonProps={{ 'aria-label': t('service.calendar.feed.close') }} size="lg">
        <Stack gap="sm">
          <Text size="sm">{t('service.calendar.feed.text')}</Text>
          <Alert color="orange" styles={ALERT_INK.orange} py="xs">
            <Text size="sm" style={ALERT_INK.orange.message}>{t('service.calendar.feed.warning')}</Text>
          </Alert>
          {feed.error ? <Alert color="red" role="alert" title={messageOf(feed.error, t)} styles={ALERT_INK.red} /> : null}
          {url ? (
            <>
              <Text size="sm" fw={600} role="status" style={ALERT_INK.green.title}>{t('service.calendar.feed.created')}</Text>
              <TextInput label={t('service.calendar.feed.link')} value={url} readOnly onFocus={(e) => e.currentTarget.select()} styles={{ input: { fontFamily: 'ui-monospace, monospace', fontSize: 13 } }} />
              <Group gap="sm" wrap="wrap">
                <CopyButton value={url}>
                  {({ copied, copy }) => <Button onClick={copy}>{copied ? t('service.calendar.feed.copied') : t('service.calendar.feed.copy')}</Button>}
                </CopyButton>
                <Anchor href={url.replace(/^https?:/, 'webcal:')} fw={600} size="sm">{t('service.calendar.feed.open')}</Anchor>
              </Group>
            </>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant={url ? 'subtle' : 'filled'} loading={feed.isPending} onClick={() => feed.mutate()}>
              {url ? t('service.calendar.feed.createAgain') : t('service.calendar.feed.create')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
