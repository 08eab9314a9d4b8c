import { z } from 'zod';
import { freeText, isoDate, optionalText } from '../../shared/validation';
import { LAW_SERVICE_TYPES, SERVICE_SETTINGS, TARGET_GROUPS } from './catalogue';
import { FORECAST_METHODS } from './forecast.rules';
import { STANCES } from './situation.rules';

/**
 * Regional planning's API bodies (`/api/regional-planning/...`), shared by the server and the web forms.
 * Money in euro cents; days `yyyy-mm-dd`; shares in per cent with two decimals. No personal data: every
 * figure is a count or a sum.
 */
const count = (max: number) => z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(0, { error: 'validation.invalid' }).max(max, { error: 'validation.invalid' });
const atvk = z.string({ error: 'validation.invalidType' }).regex(/^\d{7}$/, { error: 'validation.invalid' });
/** A catalogue service's code; whether the catalogue version in question has it is the server's check (RP-1). */
const service = z.string({ error: 'validation.invalidType' }).regex(/^[a-z][a-z0-9_]{1,59}$/, { error: 'validation.invalidOption' });
/** At most this many services in a catalogue version (the programme has 22). */
const MAX_SERVICES = 60;
const year = z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(2000, { error: 'validation.invalid' }).max(2100, { error: 'validation.invalid' });
const percent = z.number({ error: 'validation.invalidType' }).min(0, { error: 'validation.invalid' }).max(100, { error: 'validation.invalid' })
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-9, { error: 'validation.invalid' });
const required = (max: number) => freeText(max).pipe(z.string().min(1, { error: 'validation.required' }));
const version = z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' });

/** RP-7 a figure split by target group (each group at most once; the parts must add up to the figure, checked by the server). */
const split = (max: number) => z.partialRecord(z.enum(TARGET_GROUPS, { error: 'validation.invalidOption' }), count(max)).default({});

/** RP-6 the region opens a round: its name, the day and the deadline. */
export const openRoundSchema = z.object({ name: required(200), openedOn: isoDate, deadline: isoDate }).strict();

/** RP-2, RP-7 one service's figures a municipality enters (null: not known). */
export const figureRowSchema = z.object({
  service,
  providers: count(1_000).nullable(),
  places: count(100_000).nullable(),
  clients: count(1_000_000).nullable(),
  waiting: count(1_000_000).nullable(),
  waitingDays: count(3_650).nullable(),
  costCents: count(100_000_000_000).nullable(),
  clientsByGroup: split(1_000_000),
  placesByGroup: split(100_000),
  waitingByGroup: split(1_000_000),
  costCentsByGroup: split(100_000_000_000),
}).strict();

/** RP-3 the municipality's stance on a service and why. */
export const modelRowSchema = z.object({ service, stance: z.enum(STANCES, { error: 'validation.invalidOption' }), reason: optionalText(1000) }).strict();

/** RP-5 how a service's clients are forecast: a rate per resident of the target group applied to a projection, or the recorded figures' trend. */
export const forecastRowSchema = z.object({
  service,
  method: z.enum(FORECAST_METHODS, { error: 'validation.invalidOption' }),
  residents: count(10_000_000).nullable().default(null),
  projection: z.array(z.object({ year, value: count(10_000_000) }).strict()).max(10, { error: 'validation.invalid' }).default([]),
  years: z.array(year).max(10, { error: 'validation.invalid' }).default([]),
}).strict();

/** RP-6 a municipality's part saved against the version it was read at (409 when another save came first). */
export const savePartSchema = z.object({
  expectedVersion: version,
  figures: z.array(figureRowSchema).max(MAX_SERVICES, { error: 'validation.invalid' }),
  model: z.array(modelRowSchema).max(MAX_SERVICES, { error: 'validation.invalid' }).default([]),
  forecasts: z.array(forecastRowSchema).max(MAX_SERVICES, { error: 'validation.invalid' }).default([]),
}).strict();
export type SavePartInput = z.infer<typeof savePartSchema>;

export const confirmPartSchema = z.object({ expectedVersion: version }).strict();

/** RP-4 a cooperation agreement between municipalities. */
export const cooperationSchema = z.object({
  service,
  name: required(200),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  shares: z.array(z.object({ municipalityAtvk: atvk, costPercent: percent, placesPercent: percent }).strict()).max(20, { error: 'validation.invalid' }),
}).strict();

export const languageQuery = z.object({ lang: z.enum(['lv', 'en'], { error: 'validation.invalidOption' }).optional() }).strict();

/** RP-1 a service of a catalogue version the planner publishes: its code (null: a new service), names and descriptions in both languages, the law's type, where given, its target groups. */
export const catalogueServiceSchema = z.object({
  code: service.nullable(),
  names: z.object({ lv: required(200), en: required(200) }).strict(),
  description: z.object({ lv: required(1000), en: required(1000) }).strict(),
  lawType: z.enum(LAW_SERVICE_TYPES, { error: 'validation.invalidOption' }),
  setting: z.enum(SERVICE_SETTINGS, { error: 'validation.invalidOption' }),
  targetGroups: z.array(z.enum(TARGET_GROUPS, { error: 'validation.invalidOption' })).min(1, { error: 'validation.required' }).max(TARGET_GROUPS.length, { error: 'validation.invalid' }),
}).strict();

/** RP-1 the planner publishes the catalogue's next version: the version they edited (409 when another was published since), the day it is in force from, every service it holds. */
export const publishCatalogueSchema = z.object({
  basedOnVersion: version,
  validFrom: isoDate,
  note: optionalText(1000),
  services: z.array(catalogueServiceSchema).min(1, { error: 'validation.required' }).max(MAX_SERVICES, { error: 'validation.invalid' }),
}).strict();
export type PublishCatalogueInput = z.infer<typeof publishCatalogueSchema>;
