import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { IB_PILOT_END_MEETING } from '@socrehab/domain/programmes/individual-budget/instruments';
import { CaseEvaluationsSection } from '../../../modules/evaluations/CaseEvaluationsSection';
import { ibKeys, recordClosingMeeting } from '../individual-budget.api';

/**
 * IB-2, IB-6 what the core's evaluation schedule says is due on the case — the team's re-assessment every
 * 6 months (recorded with the assessment above) and, once the case ends, the closing meeting with the
 * family — in the core's section, the meeting recorded through the programme's own endpoint.
 */
export function EvaluationsSection({ caseId, canRecord, closedOn }: { caseId: string; canRecord: boolean; closedOn: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <CaseEvaluationsSection caseId={caseId} canRecord={canRecord} closedOn={closedOn}
      onSaved={() => void queryClient.invalidateQueries({ queryKey: ibKeys.all })}
      own={{
        title: t('ibPages.meeting.title'), intro: t('ibPages.meeting.intro'), formId: 'closing-meeting-form',
        offered: (instrument) => instrument === IB_PILOT_END_MEETING,
        recordable: (due) => closedOn !== null && due.some((d) => d.instrument === IB_PILOT_END_MEETING),
        save: (body) => recordClosingMeeting(caseId, { recordedOn: body.recordedOn, answers: body.answers, note: body.note }),
      }} />
  );
}
