import { z } from 'zod';

/** Family support's settings (the core's versioned programme settings): how often a matched mentor is supervised (FS-3). */
export const fsSettingsSchema = z.object({
  /** FS-3 calendar months between a matched mentor's supervisions. */
  mentorSupervisionMonths: z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).max(12, { error: 'validation.invalid' }),
}).strict();
export type FsSettings = z.infer<typeof fsSettingsSchema>;

/** Where seed 003 is silent: a volunteer mentor is supervised at least every two months. */
export const FS_DEFAULT_SETTINGS: FsSettings = { mentorSupervisionMonths: 2 };

/** FS-6 the project of seed 003 (LV03-0107, EEA Grants), as the demo and the finance page record it. */
export const SEED_PROJECT = {
  code: 'LV03-0107',
  promoter: 'SOS Children’s Villages Latvia',
  initialCostCents: 11_098_400,
  finalCostCents: 11_010_100,
  grantCents: 9_413_600,
  targetFamilies: 129,
  targetChildren: 271,
} as const;
