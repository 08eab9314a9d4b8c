import type { SealedContent } from './audit-chain';
import type { AuditEntityType } from './audit.events';

/** Entries about no person whose details are not personal data: shown in full to every audit reader. */
const NOT_PERSONAL: readonly string[] = ['user', 'session', 'programme_settings', 'request', 'audit_log', 'calendar_feed'] satisfies AuditEntityType[];

/** An entry as the log page reads it: what the chain seals, with the actor's name instead of their organisation. */
export type AuditRow = Omit<SealedContent, 'actorOrganisationId'> & { actorDisplayName: string | null };

/**
 * An audit entry as a reader may see it (GDPR Art. 5(1)(c), HF-4.4): who did what to which record is
 * always shown; what was recorded about a person — names, codes, old and new values, search terms —
 * only where the reader may read that person. Otherwise the entry lists the fields it touched, not
 * their values, and offers no link to the person.
 *
 * `readablePersons`: the entries' persons the reader may read; `readsPersons`: whether the reader may
 * read persons at all (an administrator may not), which decides entries about no one person (searches).
 */
export function presentAuditEntry(e: AuditRow, readablePersons: Set<string>, readsPersons: boolean) {
  const readable = e.personId ? readablePersons.has(e.personId) : readsPersons || NOT_PERSONAL.includes(e.entityType);
  const changes = e.changes && typeof e.changes === 'object' ? (e.changes as Record<string, unknown>) : null;
  return {
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actorUserId ? { id: e.actorUserId, displayName: e.actorDisplayName } : null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    personId: e.personId,
    personReadable: e.personId ? readable : false,
    changes: readable ? changes : null,
    /** Only when the details are withheld: the names of the fields the entry recorded. */
    withheldFields: readable || !changes ? null : Object.keys(changes),
    requestId: e.requestId,
    clientAddress: e.clientAddress,
  };
}
