import { z } from 'zod';

/**
 * The Individual Programme's settings, versioned per municipality with an effective day (IP-3).
 * Settings are data; no rule holds the figure itself.
 */
export const ipSettingsSchema = z.object({
  /** IP-3 the reference cost per person per month, staff included, in euro cents (Rīga: about 2 900 €). */
  referenceMonthlyCostCents: z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).positive({ error: 'validation.invalid' }),
}).strict();
export type IpSettings = z.infer<typeof ipSettingsSchema>;

/** Rīga's figure (seed 000, Resources: "on average 2900 EUR per person per month"). */
export const RIGA_IP_SETTINGS: IpSettings = { referenceMonthlyCostCents: 290_000 };
