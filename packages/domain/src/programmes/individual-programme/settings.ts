import { z } from 'zod';

const cents = z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).positive({ error: 'validation.invalid' });

/**
 * The Individual Programme's settings, kept by the core's versioned programme settings (an effective
 * day per version) with a value per municipality inside each version (IP-3). Settings are data; no
 * rule holds the figure itself.
 */
export const ipSettingsSchema = z.object({
  /** IP-3 the reference cost per person per month, staff included, in euro cents, by municipality (ATVK code). */
  referenceMonthlyCostCents: z.record(z.string().regex(/^\d{7}$/, { error: 'validation.invalid' }), cents),
}).strict();
export type IpSettings = z.infer<typeof ipSettingsSchema>;

/** Rīga (ATVK 0001000): seed 000, Resources — "on average 2900 EUR per person per month". */
export const RIGA_IP_SETTINGS: IpSettings = { referenceMonthlyCostCents: { '0001000': 290_000 } };

/** IP-3 the reference cost of a municipality in a settings version, or null when it has none. */
export const computeReferenceCost = (settings: IpSettings, municipalityAtvk: string): number | null =>
  settings.referenceMonthlyCostCents[municipalityAtvk] ?? null;
