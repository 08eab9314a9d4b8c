import { z } from 'zod';

/**
 * The programme's settings (the core's versioned programme settings): how many years ahead forecasts look.
 * Where the issue is silent we chose 3 years — a medium-term plan (seed 001: "vidēja termiņa plānošanas dokuments").
 */
export const rpSettingsSchema = z.object({
  forecastYears: z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).max(10, { error: 'validation.invalid' }),
}).strict();
export type RpSettings = z.infer<typeof rpSettingsSchema>;
export const DEFAULT_RP_SETTINGS: RpSettings = { forecastYears: 3 };
