import type { ComponentType, ReactNode } from 'react';
import type { ProgrammeWorklistKinds } from '../modules/service/worklist-kinds';

/**
 * The web side of a programme (issue 12): its pages (routes under the signed-in layout), its part of the
 * main navigation, and optionally a section it adds to a case's page. One line per programme in `registry.ts`.
 */
export interface WebProgramme {
  code: string;
  /** `<Route>` elements, each behind the ability the server granted. */
  routes(): ReactNode[];
  /** The programme's part of the main navigation (renders nothing when the user has none of its pages). */
  Navigation?: ComponentType;
  /** Its pages' strings in Latvian and English, joined to the shared namespace under their own keys (e.g. `{ hf: … }`). */
  messages: { lv: Record<string, unknown>; en: Record<string, unknown> };
  /** What the programme shows on a case of its own on the core's case pages. */
  CaseSection?: ComponentType<{ caseId: string }>;
  /** How the core's worklists show its kinds of item (their sections, order, titles and details). */
  worklistKinds?: ProgrammeWorklistKinds;
  /** Where one of its cases opens (the worklists link there; without it, the core's `/cases/:id/service`). */
  casePath?(caseId: string): string;
}
