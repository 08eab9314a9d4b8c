import { z } from 'zod';
import { freeText, optionalText } from '../shared/validation';

/**
 * A dwelling of the housing stock (the core part `dwelling`, HF-3.1.5, IP-2 housing): its fields as the
 * dwellings register and its forms take them. Shared by every programme that houses its clients and by
 * the case-history format's `dwelling` record (issue 12).
 */

const option = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'validation.invalidOption' });
const atvk = z.string({ error: 'validation.invalidType' }).regex(/^\d{7}$/, { error: 'validation.invalidOption' });
const euros = z.number({ error: 'validation.invalidType' }).min(0, { error: 'validation.invalid' }).max(100_000, { error: 'validation.tooLong' });
const smallInt = (min: number, max: number) =>
  z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(min, { error: 'validation.invalid' }).max(max, { error: 'validation.invalid' });

export const DWELLING_SOURCES = ['municipal_fund', 'private_market', 'social_rental_agency'] as const;
export const DWELLING_STATUSES = ['available', 'reserved', 'occupied', 'under_repair', 'withdrawn'] as const;
export const AMENITIES = ['water', 'heating', 'electricity', 'hotWater', 'furniture'] as const;

export const dwellingFieldsSchema = z.object({
  municipalityAtvk: atvk,
  address: freeText(300).min(1, { error: 'validation.required' }),
  source: option(DWELLING_SOURCES),
  landlord: freeText(200).min(1, { error: 'validation.required' }),
  rooms: smallInt(1, 20),
  floor: smallInt(-1, 40),
  hasLift: z.boolean(),
  accessible: z.boolean(),
  petsAllowed: z.boolean(),
  amenities: z.object(Object.fromEntries(AMENITIES.map((a) => [a, z.boolean()])) as Record<(typeof AMENITIES)[number], z.ZodBoolean>).strict(),
  rentEuros: euros,
  utilitiesEuros: euros,
  notes: optionalText(2000),
}).strict();
export type DwellingFields = z.infer<typeof dwellingFieldsSchema>;

/** An edit of a dwelling and its status; the version guards against a silent overwrite. */
export const updateDwellingSchema = z.object({ version: z.number().int(), dwelling: dwellingFieldsSchema, status: option(DWELLING_STATUSES) }).strict();
