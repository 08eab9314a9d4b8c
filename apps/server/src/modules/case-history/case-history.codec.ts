import type { z } from 'zod';
import { foldForSearch, type dwellingRecord } from '@socrehab/domain';
import type { dwellings, persons } from '../../db/schema';

/**
 * Rows ↔ records of the case-history format's core records (docs/case-history-format.md): the person and
 * the dwelling, which every programme's file carries. Each programme's own records are its plug-in's
 * (Housing First's in programmes/housing-first/case-history). Workers travel as e-mails: `emailOf` / `userIdOf` translate.
 */
type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];
type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];
export type EmailOf = (userId: string | null) => string | null;
export type UserIdOf = (email: string) => string;

/** The core records from stored rows. */
export const encode = {
  person: (p: Row<typeof persons>) => ({
    type: 'person' as const, id: p.id, givenNames: p.givenNames, surnames: p.surnames, personalCode: p.personalCode, birthDate: p.birthDate, gender: p.gender,
    languages: p.languages, phone: p.phone, email: p.email, declaredAddress: p.declaredAddress, whereaboutsKind: p.whereaboutsKind, whereabouts: p.whereabouts, notes: p.notes,
  }),
  dwelling: (d: Row<typeof dwellings>) => ({
    type: 'dwelling' as const, id: d.id, municipalityAtvk: d.municipalityAtvk, address: d.address, source: d.source, landlord: d.landlord, rooms: d.rooms, floor: d.floor,
    hasLift: d.hasLift, accessible: d.accessible, petsAllowed: d.petsAllowed, amenities: d.amenities, rentEuros: d.rentCents / 100, utilitiesEuros: d.utilitiesCents / 100,
    notes: d.notes, status: d.status,
  }),
};

/** HF-3.1.5 a dwelling the importing server does not have joins the importing organisation's register, as the file describes it. */
export const decodeDwelling = (r: z.output<typeof dwellingRecord>, o: string, createdBy: string): Insert<typeof dwellings> => ({
  id: r.id, organisationId: o, municipalityAtvk: r.municipalityAtvk, address: r.address, addressFolded: foldForSearch(r.address), source: r.source, landlord: r.landlord,
  rooms: r.rooms, floor: r.floor, hasLift: r.hasLift, accessible: r.accessible, petsAllowed: r.petsAllowed, amenities: r.amenities, rentCents: Math.round(r.rentEuros * 100),
  utilitiesCents: Math.round(r.utilitiesEuros * 100), notes: r.notes, status: r.status, createdBy,
});
