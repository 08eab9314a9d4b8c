import { z } from 'zod';
import { isoDate } from '../shared/validation';

/** A new version of a programme's settings from a day on, checked with the programme's own schema. */
export function settingsVersionSchemaOf<S extends z.ZodType>(settings: S) {
  return z.object({ effectiveFrom: isoDate, settings }).strict();
}

export interface SettingsVersion<Settings = unknown> {
  id: string;
  effectiveFrom: string;
  settings: Settings;
}

/**
 * The settings in force on `date`: the latest version effective on or before it. A case keeps the
 * version it started under; new cases take the one in force on their start date.
 */
export function computeSettingsInForce<T extends { effectiveFrom: string }>(versions: readonly T[], date: string): T | null {
  let found: T | null = null;
  for (const v of versions) {
    if (v.effectiveFrom <= date && (!found || v.effectiveFrom > found.effectiveFrom)) found = v;
  }
  return found;
}
