import { randomUUID } from 'node:crypto';
import type { CorrectProtocolInput, RecordProtocolInput } from '@socrehab/domain/programmes/housing-first/protocols.schemas';
import { type Ctx, originOf } from '../../../app/context';
import { AppError, conflict, isUniqueViolation } from '../../../shared/errors';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { requireTeamRecordableCase, requireVisibleCase } from '../../../modules/cases/cases.usecases';
import { findProtocolVersionsOfCase, getLatestProtocolVersion, insertProtocolVersion, type ProtocolRow } from './protocols.repository';

/** HF-3.4.6 a protocol as the case page shows it: its newest version and the earlier ones, newest first. */
export interface ProtocolView {
  protocolId: string;
  current: ProtocolRow & { recordedByName: string | null };
  history: Array<ProtocolRow & { recordedByName: string | null }>;
}

/** HF-3.4.6 the case's protocols, newest meeting first, each with its versions; for whoever may see the case, audited. */
export async function listProtocols(caseId: string, ctx: Ctx): Promise<{ items: ProtocolView[] }> {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleCase(tx, ctx, caseId);
    const items = groupVersions(await findProtocolVersionsOfCase(tx, caseId));
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'cooperation_protocol', entityId: caseId, personId: theCase.personId, changes: { protocols: items.length } }, ctx.now());
    return { items };
  });
}

export function groupVersions(rows: Awaited<ReturnType<typeof findProtocolVersionsOfCase>>): ProtocolView[] {
  const byProtocol = new Map<string, Array<ProtocolRow & { recordedByName: string | null }>>();
  for (const { protocol, recordedByName } of rows) byProtocol.set(protocol.protocolId, [...(byProtocol.get(protocol.protocolId) ?? []), { ...protocol, recordedByName }]);
  return [...byProtocol.entries()]
    .map(([protocolId, versions]) => {
      const newestFirst = [...versions].sort((a, b) => b.version - a.version);
      return { protocolId, current: newestFirst[0]!, history: newestFirst.slice(1) };
    })
    .sort((a, b) => b.current.heldOn.localeCompare(a.current.heldOn) || b.current.createdAt.localeCompare(a.current.createdAt));
}

/**
 * HF-3.4.6 records a protocol on the case: the team (specialists and the municipal social worker on it
 * too) or the provider's manager; the meeting has happened, within the case's life; audited.
 */
export async function recordProtocol(caseId: string, input: RecordProtocolInput, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireTeamRecordableCase(tx, ctx, caseId, input.heldOn, { field: 'heldOn' });
    const id = randomUUID();
    const row = await insertProtocolVersion(tx, { ...input, id, protocolId: id, version: 1, organisationId: theCase.organisationId, caseId, recordedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'create', entityType: 'cooperation_protocol', entityId: row.id, personId: theCase.personId,
      changes: { heldOn: input.heldOn, institutions: input.institutions, topic: input.topic },
    }, ctx.now());
    return { protocol: row };
  });
}

/**
 * HF-3.4.6 corrects a protocol as a new version, with the reason; the earlier versions stay. A version
 * saved meanwhile (by another worker, or at the same moment: the unique version) is a 409.
 */
export async function correctProtocol(caseId: string, protocolId: string, input: CorrectProtocolInput, ctx: Ctx) {
  try {
    return await ctx.db.transaction(async (tx) => {
      const theCase = await requireTeamRecordableCase(tx, ctx, caseId, input.heldOn, { field: 'heldOn' });
      const latest = await getLatestProtocolVersion(tx, caseId, protocolId);
      if (!latest) throw new AppError(404, 'protocols.not_found', 'housing.protocols.errors.notFound');
      if (latest.version !== input.basedOnVersion) throw conflict('protocols.version_conflict', 'housing.protocols.errors.versionConflict', { current: latest });
      const { basedOnVersion: _based, ...fields } = input;
      const row = await insertProtocolVersion(tx, { ...fields, protocolId, version: latest.version + 1, organisationId: theCase.organisationId, caseId, recordedBy: ctx.actor.userId });
      await appendAuditEvent(tx, originOf(ctx), {
        action: 'update', entityType: 'cooperation_protocol', entityId: row.id, personId: theCase.personId,
        changes: { protocolId, version: { from: latest.version, to: row.version }, reason: input.correctionReason, ...changedFields(latest, fields) },
      }, ctx.now());
      return { protocol: row };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('protocols.version_conflict', 'housing.protocols.errors.versionConflict');
    throw error;
  }
}

function changedFields(before: ProtocolRow, after: Omit<CorrectProtocolInput, 'basedOnVersion'>) {
  const keys = ['heldOn', 'institutions', 'participants', 'topic', 'agreed', 'actions'] as const;
  return Object.fromEntries(keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => [k, { from: before[k], to: after[k] }]));
}
