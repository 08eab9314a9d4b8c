import { describe, expect, it } from 'vitest';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { appErrorOfDatabase, isUniqueViolation } from './errors';

/** What the driver throws (node-postgres and PGlite both carry the SQLSTATE and the constraint). */
const driverError = (code: string, constraint?: string) => Object.assign(new Error('duplicate key value violates unique constraint'), { code, constraint });
const wrapped = (cause: Error) => new DrizzleQueryError('insert into …', [], cause);

describe('issue 11 §1 database clashes of concurrent writers become 409, never 500', () => {
  it('maps a unique violation, also wrapped by Drizzle, to 409 naming the field the index guards', () => {
    const error = appErrorOfDatabase(wrapped(driverError('23505', 'programme_settings_programme_code_effective_from_key')));
    expect(error).toMatchObject({ status: 409, code: 'conflict.duplicate', messageKey: 'errors.duplicateValue', options: { fields: { effectiveFrom: 'errors.duplicateValue' } } });
    expect(appErrorOfDatabase(driverError('23505', 'some_other_index'))).toMatchObject({ status: 409, code: 'conflict.duplicate', options: {} });
  });

  it('maps a deadlock and a serialization failure to 409 "try again"', () => {
    for (const code of ['40P01', '40001']) expect(appErrorOfDatabase(wrapped(driverError(code)))).toMatchObject({ status: 409, code: 'conflict.concurrent_change' });
  });

  it('leaves every other error alone (a 500 stays a 500)', () => {
    expect(appErrorOfDatabase(driverError('23503'))).toBeNull();
    expect(appErrorOfDatabase(new Error('boom'))).toBeNull();
    expect(appErrorOfDatabase(null)).toBeNull();
  });

  it('tells a unique violation of one index from another', () => {
    expect(isUniqueViolation(wrapped(driverError('23505', 'person_codes_code')), 'person_codes_code')).toBe(true);
    expect(isUniqueViolation(driverError('23505', 'users_email_key'), 'person_codes_code')).toBe(false);
    expect(isUniqueViolation(driverError('23503', 'person_codes_code'))).toBe(false);
  });
});
