import { createHmac } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Config } from '../../config';
import { keptKey } from '../audit/audit-sealer';

/**
 * HF-4.4 research uses pseudonymised data: a person is named in an extract only by a keyed pseudonym,
 * HMAC-SHA256 of their id with the server's key. The same person has the same pseudonym in every extract
 * (so a researcher can link a later extract to an earlier one); without the key, which never leaves the
 * server, nobody can compute it from an id or go back from it. Programme-neutral.
 */
export function resolveResearchPseudonymKey(config: Config): Buffer {
  return config.RESEARCH_PSEUDONYM_KEY
    ? Buffer.from(config.RESEARCH_PSEUDONYM_KEY, 'utf8')
    : keptKey(join(dirname(config.DATA_DIR), 'research-pseudonym.key'));
}

/** The person's pseudonym: 64 hexadecimal characters. */
export function pseudonymOf(key: Buffer, personId: string): string {
  return createHmac('sha256', key).update(`person:${personId}`).digest('hex');
}
