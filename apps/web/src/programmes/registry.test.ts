import { describe, expect, it } from 'vitest';
import { messagesEn, messagesLv } from '@socrehab/domain';
import { coreMessagesEn } from '@socrehab/domain/i18n/messages.en';
import { coreMessagesLv } from '@socrehab/domain/i18n/messages.lv';
import { webEn } from '../i18n/en';
import { webLv } from '../i18n/lv';
import { serviceEn } from '../i18n/service.en';
import { serviceLv } from '../i18n/service.lv';
import { evaluationsEn } from '../i18n/evaluations.en';
import { evaluationsLv } from '../i18n/evaluations.lv';
import { WEB_PROGRAMMES } from './registry';

/** Every string a user may read, with the key it is under. */
function strings(node: unknown, path = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('what users read names no rule of the requirements catalogue', () => {
  for (const [language, bundles] of [
    ['lv', [messagesLv, webLv, { service: serviceLv, evaluations: evaluationsLv }, ...WEB_PROGRAMMES.map((p) => p.messages.lv)]],
    ['en', [messagesEn, webEn, { service: serviceEn, evaluations: evaluationsEn }, ...WEB_PROGRAMMES.map((p) => p.messages.en)]],
  ] as const) {
    it(`${language}: no "HF-3.1.2", "IP-4" or the like in any message, page text or label`, () => {
      const withIds = bundles.flatMap((b) => strings(b)).filter(([, text]) => /\b(HF|IP|IB|FS|RP)-\d/.test(text));
      expect(withIds).toEqual([]);
    });
  }
});

/**
 * Issue 16 — the web app joins the shared messages from the core's bundle and each programme's web module
 * (not from the domain's programme registry, which would bring every programme's rules into the first
 * page): joined, they are exactly the domain's messages.
 */
describe("the web app carries every programme's shared messages", () => {
  for (const [language, domain, core] of [['lv', messagesLv, coreMessagesLv], ['en', messagesEn, coreMessagesEn]] as const) {
    it(language, () => {
      const joined: Record<string, unknown> = Object.assign({}, core, ...WEB_PROGRAMMES.map((p) => p.messages[language]));
      for (const [namespace, bundle] of Object.entries(domain)) expect(joined[namespace], namespace).toBe(bundle);
    });
  }
});
