import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { pseudonymOf, resolveResearchPseudonymKey } from './pseudonyms';

const dir = mkdtempSync(join(tmpdir(), 'socrehab-pseudonyms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const id = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

describe('HF-4.4 research pseudonyms: HMAC-SHA-256 of the person id with the server’s key', () => {
  it('is stable for a key, differs with another key, and gives nothing of the id back', () => {
    const key = Buffer.from('k'.repeat(40));
    expect(pseudonymOf(key, id)).toBe(pseudonymOf(Buffer.from('k'.repeat(40)), id));
    expect(pseudonymOf(key, id)).toMatch(/^[0-9a-f]{64}$/);
    expect(pseudonymOf(Buffer.from('j'.repeat(40)), id)).not.toBe(pseudonymOf(key, id));
    expect(pseudonymOf(key, id.replace(/f$/, 'e'))).not.toBe(pseudonymOf(key, id));
    expect(pseudonymOf(key, id)).not.toContain(id.slice(0, 8));
  });

  it('takes RESEARCH_PSEUDONYM_KEY, else a key generated once beside the data folder and kept', () => {
    const configured = { ...loadConfig({}), RESEARCH_PSEUDONYM_KEY: 'x'.repeat(32) };
    expect(resolveResearchPseudonymKey(configured).toString('utf8')).toBe('x'.repeat(32));
    const embedded = { ...loadConfig({}), DATA_DIR: join(dir, 'pglite') };
    const first = resolveResearchPseudonymKey(embedded);
    expect(first.length).toBe(64);
    expect(readFileSync(join(dir, 'research-pseudonym.key'), 'utf8')).toBe(first.toString('utf8'));
    expect(resolveResearchPseudonymKey(embedded).equals(first)).toBe(true);
  });
});
