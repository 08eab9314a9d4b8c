import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, isApiError, messageOf } from '../../../../shared/api/errors';
import { serviceKeys, type HoursAnswer } from '../service.api';
import { planKeys } from '../plans.api';

/**
 * A write on a case's service page: runs the call, refreshes what the page shows (the summary, plan
 * versions, worklists, work log, ending), and gives the form its translated errors, the server's
 * warnings and a "saved" notice to announce.
 */
export function useRecord<TBody, TResult>(caseId: string, call: (body: TBody) => Promise<TResult>, savedText: (body: TBody, result: TResult) => string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: call,
    onMutate: () => { setSaved(null); setWarnings([]); },
    onSuccess: (result, body) => {
      const answer = result as Partial<HoursAnswer> | undefined;
      setWarnings((answer?.warnings ?? []).map((w) => t(w.key, w.params)));
      void queryClient.invalidateQueries({ queryKey: planKeys.summaries(caseId) });
      void queryClient.invalidateQueries({ queryKey: planKeys.versions(caseId) });
      void queryClient.invalidateQueries({ queryKey: ['service', 'worklist'] });
      void queryClient.invalidateQueries({ queryKey: ['service', 'work-log', caseId] });
      void queryClient.invalidateQueries({ queryKey: serviceKeys.ending(caseId) });
      setSaved(savedText(body, result));
    },
  });
  const errors = fieldErrorsOf(mutation.error, t);
  return {
    save: (body: TBody) => mutation.mutate(body),
    pending: mutation.isPending,
    error: mutation.error,
    errors,
    message: mutation.error ? messageOf(mutation.error, t) : null,
    saved,
    /** HF-2.2 the server's warnings on a saved record (80 % of the engagement's hours), translated. */
    warnings,
    /** HF-2.2 the server refused more than the daily hours without a written justification. */
    needsJustification: isApiError(mutation.error, 'service.daily_hours_exceeded'),
    reset: () => { mutation.reset(); setSaved(null); },
    data: mutation.data,
  };
}
