import { useEffect, useState } from 'react';
import { Alert, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ALERT_INK } from '../../../../shared/ui/alert-ink';

/**
 * HF-2.2 the justification flow: when the server refuses a day over the limit, its message stays on
 * screen with a field for the written justification, until the record is saved.
 */
export function useJustification(refusal: { needsJustification: boolean; message: string | null; saved: string | null }) {
  const [reason, setReason] = useState<string | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (refusal.needsJustification && refusal.message) setReason(refusal.message);
  }, [refusal.needsJustification, refusal.message]);
  useEffect(() => {
    if (refusal.saved) {
      setReason(null);
      setText('');
    }
  }, [refusal.saved]);
  return { open: reason !== null, reason, text, setText, value: reason !== null && text.trim() ? text.trim() : null };
}

export function JustificationField({ state, limit, id }: { state: ReturnType<typeof useJustification>; limit: number; id: string }) {
  const { t } = useTranslation();
  if (!state.open) return null;
  return (
    <Alert color="orange" title={t('service.contact.justificationTitle')} styles={ALERT_INK.orange} role="alert">
      <p style={{ margin: '0 0 8px', ...ALERT_INK.orange.message }}>{state.reason}</p>
      <Textarea
        id={id}
        label={t('service.contact.justification', { limit })}
        description={t('service.contact.justificationHint')}
        required
        autosize
        minRows={2}
        value={state.text}
        onChange={(e) => state.setText(e.currentTarget.value)}
        data-autofocus
      />
    </Alert>
  );
}
