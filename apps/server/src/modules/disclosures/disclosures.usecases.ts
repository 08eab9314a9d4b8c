import { createHash } from 'node:crypto';
import { canReadAudit } from '@socrehab/domain';
import { type Ctx, originOf, today } from '../../app/context';
import type { Tx } from '../../db/database';
import { forbidden } from '../../shared/errors';
import { appendAuditEvent } from '../audit/audit.repository';
import { findDisclosuresOfOrganisation, insertDisclosure } from './disclosures.repository';

/**
 * HF-4.4, GDPR Art. 30 the register of disclosures: what was passed to whom, on what legal basis, for
 * what purpose, on which day, by whom — with every file's SHA-256, so that what the recipient holds can
 * be checked against it. Programme-neutral; each programme's extracts and handovers record themselves here.
 */

export type DisclosureKind = 'research_extract' | 'funder_handover';
export interface DisclosedFile { name: string; sha256: string; bytes: number }

export interface Disclosure {
  programme: string;
  kind: DisclosureKind;
  recipient: string;
  legalBasis: string;
  purpose: string;
  dataRows: number;
  caseFiles: number;
  files: DisclosedFile[];
  actSha256?: string | null;
  report?: unknown;
}

/** How many disclosures the register lists (newest first). */
export const DISCLOSURES_LIMIT = 500;

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
export const fileOf = (name: string, bytes: Uint8Array): DisclosedFile => ({ name, sha256: sha256Of(bytes), bytes: bytes.byteLength });

/**
 * Records a disclosure in the caller's transaction and audits it ('research_extract' or 'handover'):
 * the recipient, basis, purpose and checksums — no personal data.
 */
export async function recordDisclosure(tx: Tx, ctx: Ctx, d: Disclosure) {
  const at = ctx.now();
  const row = await insertDisclosure(tx, {
    organisationId: ctx.actor.organisationId, programme: d.programme, kind: d.kind, recipient: d.recipient, legalBasis: d.legalBasis, purpose: d.purpose,
    disclosedOn: today(ctx), dataRows: d.dataRows, caseFiles: d.caseFiles, files: d.files, actSha256: d.actSha256 ?? null, report: d.report ?? null,
    producedBy: ctx.actor.userId,
  });
  await appendAuditEvent(tx, originOf(ctx), {
    action: d.kind === 'research_extract' ? 'research_extract' : 'handover', entityType: 'disclosure', entityId: row.id, personId: null,
    changes: {
      programme: d.programme, recipient: d.recipient, legalBasis: d.legalBasis, purpose: d.purpose, dataRows: d.dataRows, caseFiles: d.caseFiles,
      files: d.files.map((f) => ({ name: f.name, sha256: f.sha256 })), actSha256: d.actSha256 ?? null,
    },
  }, at);
  return row;
}

/** The register for those who read the audit log (managers, administrators): their organisation's disclosures. */
export async function listDisclosures(ctx: Ctx) {
  if (!canReadAudit(ctx.actor)) throw forbidden();
  return findDisclosuresOfOrganisation(ctx.db, ctx.actor.organisationId, DISCLOSURES_LIMIT);
}
