import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes). */
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id, a const enum */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the e-mail is unknown, so the answer takes as long either way. */
export const DUMMY_HASH = await hashPassword('not-a-real-password-for-timing');

/** Case, width and whitespace do not make a common password uncommon ("Password 1234" is "password1234"). */
const normalise = (password: string) => password.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

/** The ~49 000 most used passwords of breach corpora (zxcvbn-ts, MIT), normalised once. */
const COMMON_PASSWORDS = new Set(dictionary['passwords-common']!.map(normalise));

/** NIST SP 800-63B §5.1.1.2: a new password must not be one of the commonly used, expected or compromised. */
export const isCommonPassword = (password: string) => COMMON_PASSWORDS.has(normalise(password));
