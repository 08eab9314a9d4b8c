import { hash, verify } from '@node-rs/argon2';
import { createRequire } from 'node:module';

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

/**
 * The ~49 000 most used passwords of breach corpora (zxcvbn-ts, MIT), normalised once — when a password
 * is first set, not at start (~0.5 s and ~20 MB of a server that may never need it; issue 16).
 */
let commonPasswords: Set<string> | null = null;

/** NIST SP 800-63B §5.1.1.2: a new password must not be one of the commonly used, expected or compromised. */
export function isCommonPassword(password: string): boolean {
  if (!commonPasswords) {
    const { dictionary } = createRequire(import.meta.url)('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    commonPasswords = new Set(dictionary['passwords-common']!.map(normalise));
  }
  return commonPasswords.has(normalise(password));
}
