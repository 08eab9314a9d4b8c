import { describe, expect, it } from 'vitest';
import { CONTACT_KINDS, CONTACT_MODES, ENDING_REASONS, ESCALATION_ACTIONS, ESCALATION_LEVELS, EXIT_DESTINATIONS, JOINT_DECISION_ROLES, PERSON_STATE_FIELDS, SUPPORT_OFFERS, VISIT_OUTCOMES } from '@socrehab/domain/programmes/housing-first/index';
import { serviceEn } from '../../../i18n/service.en';
import { serviceLv } from '../../../i18n/service.lv';

/** Every value the rules and schemas can produce has a label in both languages. */
describe('service labels cover the domain enumerations', () => {
  const cases: Array<[string, readonly string[], (m: typeof serviceLv) => Record<string, unknown>]> = [
    ['visit outcomes', VISIT_OUTCOMES, (m) => m.visit.outcomes],
    ['person state fields', PERSON_STATE_FIELDS, (m) => m.visit.state],
    ['contact kinds', CONTACT_KINDS, (m) => m.contact.kinds],
    ['contact modes', CONTACT_MODES, (m) => m.contact.modes],
    ['support offers', SUPPORT_OFFERS, (m) => m.offer.offers],
    ['escalation levels', ESCALATION_LEVELS, (m) => m.escalation.levels],
    ['escalation actions', ESCALATION_ACTIONS, (m) => m.escalation.actions],
    ['ending reasons', ENDING_REASONS, (m) => m.ending.reasons],
    ['exit destinations', EXIT_DESTINATIONS, (m) => m.ending.destinations],
    ['joint decision roles', JOINT_DECISION_ROLES, (m) => m.ending.roles],
  ];
  for (const [what, values, pick] of cases) {
    it(what, () => {
      for (const messages of [serviceLv, serviceEn as typeof serviceLv]) {
        const labels = pick(messages);
        for (const v of values) expect(typeof labels[v], `${what}: ${v}`).toBe('string');
      }
    });
  }
  it('Latvian plurals have the zero form (10, 11… 20 days)', () => {
    expect(serviceLv.due.overdue_zero).toContain('dienām');
    expect(serviceLv.worklist.count_zero).toBeTruthy();
  });
});
