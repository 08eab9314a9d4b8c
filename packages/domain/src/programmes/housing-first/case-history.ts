import type { ProgrammeCaseHistory } from '../../core/case-history.format';
import { checkCaseHistoryDates } from './case-history.dates';
import { checkCaseHistoryReferences, HOUSING_FIRST_CASE_HISTORY_RECORDS, type ParsedCaseHistoryLine } from './case-history.format';

/**
 * Housing First's plug-in of the case-history format (issue 12): its records in versions 1 and 2, and
 * a file's own checks — references within the file (HF-3.1, HF-3.3, HF-3.4) and dates (issue 11 §2).
 */
export const housingFirstCaseHistory: ProgrammeCaseHistory = {
  records: HOUSING_FIRST_CASE_HISTORY_RECORDS,
  check: (lines, today) => {
    const own = lines as readonly ParsedCaseHistoryLine[];
    return [...checkCaseHistoryReferences(own, 'housing_first'), ...checkCaseHistoryDates(own, today)];
  },
};
