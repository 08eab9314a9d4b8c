import type { FastifyInstance } from 'fastify';
import type { SQL } from 'drizzle-orm';
import type { Actor, CaseHistoryHeader, CaseHistoryIssue, CaseHistoryLine, ProgrammeDefinition } from '@socrehab/domain';
import type { Ctx, Deps } from '../app/context';
import type { Reader, Tx } from '../db/database';
import type { ExtractSection } from '../modules/subject-access/extract';

/**
 * Which cases a worklist covers: a condition on `cases` with placeholders, for statements built once per
 * shape (db/statements.ts) — `shape` names what the condition's text depends on, `values` fills its
 * placeholders, `named` says whether one plan suits every value (a worker's few cases: yes; an
 * organisation's, from a dozen to Rīga's 5 000: no, each run is planned for its values).
 */
export interface CaseScope { shape: string; condition: SQL; values: Record<string, unknown>; named: boolean }

/** A member of a case's team on the worklist's day. */
export interface WorklistWorker { userId: string; displayName: string; teamRole: string }

/**
 * What a programme's worklist says: what is due (its `kind` and fields) on which case. Items about a
 * provider rather than a case (IP-6, RP-6) have no case. The programme's rules need nobody's name.
 */
export interface DueWorklistItem {
  kind: string;
  /** The programme whose case it is (the core's union adds it to every programme's item): the web opens the case at that programme's page. */
  programme?: string;
  caseId: string | null;
}

/**
 * An item as the lists show it: with the case's number, whose case it is and who works it on the day —
 * added by the core for the items shown, under the access rule (`labelItems`, worklist-union.ts).
 */
export interface ListedWorklistItem extends DueWorklistItem {
  caseNumber: string | null;
  personName: string | null;
  workers: readonly WorklistWorker[];
}

/** Which worklist is asked for: the viewer's own ("my morning"), their organisation's (managers), or one case's. */
export type WorklistView = 'worker' | 'organisation' | 'case';

/** An item with how urgent it is (higher first) and whether the manager's "overdue" view keeps it. */
export interface RankedWorklistItem { item: DueWorklistItem; urgency: number; overdue: boolean }

/** What an import would write: the lines it adds (the rest are already stored, unchanged), and the writing. */
export interface CaseHistoryImportPlan { created: readonly CaseHistoryLine[]; write(): Promise<void> }

/**
 * A programme's cases in the case-history format (docs/case-history-format.md): the core reads and
 * checks the file, asks who may, writes the header and the audit events; the programme turns its rows
 * into lines and a file's records into rows.
 */
export interface ServerCaseHistory {
  /** The lines of these cases (the programme's, already visible to the actor), after the header, in the format's canonical order. */
  exportLines(tx: Tx, caseIds: readonly string[]): Promise<string[]>;
  /**
   * Every check of a file's records against the database (problems into `issues`; reads only) and what
   * to write into the actor's organisation: stored records compared, never overwritten; one audit event
   * per new person and per case added to, written with the rest.
   */
  planImport(tx: Tx, ctx: Ctx, file: { header: CaseHistoryHeader; records: readonly CaseHistoryLine[] }, issues: CaseHistoryIssue[]): Promise<CaseHistoryImportPlan>;
}

/**
 * The server side of a programme (issue 12): its definition, and what it adds to the core — its own
 * routes, its worklist rules, its demo data. One line per programme in `registry.ts`.
 */
export interface ServerProgramme {
  definition: ProgrammeDefinition;
  /** The programme's own endpoints. */
  routes?(app: FastifyInstance, deps: Deps): void;
  /**
   * Its worklist rules over its open cases in `scope` (a condition on `cases`, already narrowed to the
   * programme), as of a day. The core adds the evaluation instruments due, and to the items it shows the
   * case's number, the person's name and the team — leaving out a case whose person the viewer may not
   * see (the access rule, applied once for every programme). `view` says
   * which list is asked for: an item about the viewer's organisation rather than a case belongs on the
   * worker's and the organisation's lists, never on one case's.
   */
  worklist?(db: Reader, ctx: Ctx, scope: CaseScope, asOf: string, view: WorklistView): Promise<RankedWorklistItem[]>;
  /** Instruments whose due days the programme's own worklist rules already give (the core leaves them out). */
  instrumentsInOwnWorklist?: readonly string[];
  /** The day each case's service agreement ends, where the programme records one (for "before the agreed end"). */
  agreedEndsOn?(db: Reader, caseIds: readonly string[]): Promise<ReadonlyMap<string, string | null>>;
  /** What the actor may see of the programme's pages: sent with GET /api/auth/me under `programmes.<code>` (the web's navigation follows it). */
  abilities?(actor: Actor): Record<string, boolean>;
  /** Its cases in the case-history exchange format (export and import; issue 12). */
  caseHistory?: ServerCaseHistory;
  /**
   * HF-2.7, GDPR Art. 15: what the programme holds about a person in one of its cases, worded in the
   * language asked for (titles, and records as label → value); the core has checked who may.
   */
  personExtract?(tx: Tx, ctx: Ctx, caseId: string, personId: string, language: 'lv' | 'en'): Promise<ExtractSection[]>;
  /** Demo data of the programme, dated relative to the day they are created; `lookup` finds the server programmes (its own among them) for the core's use cases. */
  demo?(deps: Deps, lookup: (code: string) => ServerProgramme | undefined): Promise<void>;
}
