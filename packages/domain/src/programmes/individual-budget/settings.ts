import { z } from 'zod';

/**
 * IB-4 the programme's settings (the core's versioned programme settings): the share of the budget at
 * which the ledger warns (per cent). Where the issue is silent we chose 80 %: early enough for the social
 * worker and the family to revise the plan before the money runs out.
 */
export const ibSettingsSchema = z.object({
  warningPercent: z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).max(100, { error: 'validation.invalid' }),
}).strict();
export type IbSettings = z.infer<typeof ibSettingsSchema>;
export const DEFAULT_IB_SETTINGS: IbSettings = { warningPercent: 80 };
