/**
 * HF-3.1.7.3 — a case number from the provider's register of adult client cases, in the provider's
 * own format (the organisation's `caseNumberFormat`); this one until the provider sets its own.
 */
export const DEFAULT_CASE_NUMBER_FORMAT = 'MV-{YYYY}-{NNNN}';
