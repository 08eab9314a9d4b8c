import { createContext, createElement, useContext, type ComponentType, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { ServiceWorklistItem } from './service.api';

/**
 * How the core's worklists show a programme's kind of item (issue 12): the item carries its kind, its
 * title is `service.worklist.kinds.<kind>` unless the programme words it, and the programme adds what
 * else its card shows. The core knows its own kind only (`evaluation_due`, the evaluation schedule).
 */
export interface WorklistKindView {
  /** The section of "my morning" it is listed in (default: its own kind). */
  group?: string;
  /** Its title, when not `service.worklist.kinds.<kind>`. */
  title?(item: ServiceWorklistItem, t: TFunction): string;
  /** Its label in the organisation list's counts, when not its title's key. */
  countLabel?(t: TFunction): string;
  /** Drawn with the urgent border. */
  urgent?: boolean;
  /** What its card shows under the due day. */
  Details?: ComponentType<{ item: ServiceWorklistItem }>;
  /** Within its section, which first (default: the most overdue first). */
  compare?(a: ServiceWorklistItem, b: ServiceWorklistItem): number;
}

/** A programme's worklist kinds, as its web module declares them. */
export interface ProgrammeWorklistKinds {
  /** The sections of "my morning", most urgent first (the core's `evaluation_due` among them where it belongs). */
  groups: readonly string[];
  /** Its kinds in the order the organisation's list ranks and counts them. */
  kinds: readonly string[];
  views: Readonly<Record<string, WorklistKindView>>;
}

/** Every registered programme's kinds together: the sections and counts in order, one view per kind, and where each programme's cases open. */
export interface WorklistKinds {
  groups: readonly string[]; kinds: readonly string[]; views: Readonly<Record<string, WorklistKindView>>;
  casePaths?: Readonly<Record<string, (caseId: string) => string>>;
}

const CORE: WorklistKinds = { groups: ['evaluation_due'], kinds: [], views: {} };

/** Where an item's case opens: its programme's page for its cases, else the core's service page. */
export function casePathOf(kinds: WorklistKinds, item: { programme?: string; caseId: string }): string {
  const path = item.programme ? kinds.casePaths?.[item.programme] : undefined;
  return path ? path(item.caseId) : `/cases/${item.caseId}/service`;
}

/** Joins the programmes' kinds in registry order (a section named twice is listed once, where it first comes). */
export function joinWorklistKinds(programmes: readonly ProgrammeWorklistKinds[]): WorklistKinds {
  if (programmes.length === 0) return CORE;
  const unique = (lists: ReadonlyArray<readonly string[]>) => [...new Set(lists.flat())];
  const groups = unique(programmes.map((p) => p.groups));
  return {
    groups: groups.includes('evaluation_due') ? groups : [...groups, 'evaluation_due'],
    kinds: unique(programmes.map((p) => p.kinds)),
    views: Object.assign({}, ...programmes.map((p) => p.views)) as Record<string, WorklistKindView>,
  };
}

const WorklistKindsContext = createContext<WorklistKinds>(CORE);

/** Given by the composition root (app/routes.tsx) from the registered programmes. */
export function WorklistKindsProvider({ kinds, children }: { kinds: WorklistKinds; children: ReactNode }) {
  return createElement(WorklistKindsContext.Provider, { value: kinds }, children);
}

export const useWorklistKinds = () => useContext(WorklistKindsContext);
