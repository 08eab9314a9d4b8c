/**
 * What the audit log records. The stored JSON is a schema: add actions, never change their meaning.
 */
export const AUDIT_ACTIONS = [
  'view', 'search', 'create', 'update', 'export',
  'sign_in', 'sign_in_failed', 'sign_out', 'sign_out_everywhere', 'password_change',
  'merge', 'unmerge', 'code_change', 'relation_add', 'relation_remove', 'household_change',
  // Housing First granting (HF-3.1)
  'decide', 'remove', 'assign', 'withdraw', 'print',
  // a signed-in request refused with 403 or 404 (issue 11 §4: failed access is audited too)
  'access_denied',
  // HF-2.7, GDPR Art. 15: "what we hold about you" produced for the person (issue 13)
  'subject_access_extract',
  // HF-4.4 a research extract or the handover package to the funder passed out (the register of disclosures)
  'research_extract', 'handover',
  // issue 14, protected address: a person's address protected or its protection cleared
  'address_protect', 'address_unprotect',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntityType =
  | 'person' | 'user' | 'session' | 'person_merge' | 'person_relation' | 'person_search' | 'case'
  | 'programme_settings' | 'first_contact' | 'application' | 'eligibility_assessment' | 'waiting_list_entry'
  | 'dwelling' | 'dwelling_offer' | 'case_document' | 'case_consent' | 'initial_assessment' | 'case_team_member'
  | 'move_in' | 'attachment' | 'worklist'
  | 'visit' | 'contact' | 'escalation_extension' | 'support_offer' | 'rehabilitation_plan' | 'plan_review' | 'functioning_assessment'
  | 'case_ending' | 'work_log_entry' | 'case_incident' | 'calendar_feed'
  | 'engagement_extension' | 'engagement_suspension' // Housing First's engagement (HF-2.2)
  | 'evaluation' // the core's evaluation schedule (issue 12)
  | 'staff_profile' // a staff member's qualifications and languages (HF-2.6)
  | 'cooperation_protocol' // Housing First's inter-institutional cooperation protocols (HF-3.4.6)
  // Individual Programme (IP-1 – IP-4)
  | 'ip_case' | 'ip_service_line' | 'ip_service_delivery' | 'ip_cost' | 'ip_co_payment' | 'ip_report'
  | 'fs_case' | 'fs_referral' | 'fs_group' | 'fs_mentor' | 'fs_conference' | 'fs_finance' | 'fs_report' // Family support (FS-1 – FS-6)
  | 'ib_case' | 'ib_assessment' | 'ib_plan_version' | 'ib_delivery' | 'ib_difficulty' | 'ib_interruption' | 'ib_ledger' | 'ib_catalogue' | 'ib_unmet_report' // Individual budget (IB-1 – IB-6)
  | 'rp_round' | 'rp_part' | 'rp_cooperation' | 'rp_programme' | 'rp_catalogue_version' // Regional planning (RP-1 – RP-7): aggregates only, no person
  | 'indicator_report' // Housing First's indicators and completion spreadsheet (HF-4.2, HF-4.4)
  | 'disclosure' // HF-4.4 the register of disclosures
  | 'audit_log' | 'request';

/** A field's value before and after a change. */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export interface AuditEvent {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  /** The person whose data was touched, so their whole audit trail can be read in one query. */
  personId: string | null;
  changes?: FieldChanges | Record<string, unknown> | null;
}

/** Who did it, in which request and from which address; filled from the request context. */
export interface AuditOrigin {
  actorUserId: string | null;
  actorOrganisationId: string | null;
  requestId: string | null;
  /** The request's client address (null for the command line and the demo seed). */
  clientAddress: string | null;
}

/** Old → new for the fields that differ (arrays compared by value). */
export function diffFields<T extends Record<string, unknown>>(before: T | null, after: T): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after)) {
    const from = before ? before[key] ?? null : null;
    const to = after[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
