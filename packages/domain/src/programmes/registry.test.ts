import { describe, expect, it } from 'vitest';
import { coreMessagesLv } from '../i18n/messages.lv';
import { housingFirstLv } from './housing-first/i18n/housing-first.lv';
import { isProgrammeCode, messagesEn, messagesLv, programmeCodeUsing, programmeOf, PROGRAMME_DEFINITIONS, PROGRAMMES } from './registry';

describe('the programme registry (issue 12)', () => {
  it('lists every programme once, Housing First among them, with its names, numbering and defaults', () => {
    expect(new Set(PROGRAMMES).size).toBe(PROGRAMME_DEFINITIONS.length);
    expect(isProgrammeCode('housing_first')).toBe(true);
    expect(isProgrammeCode('no_such_programme')).toBe(false);
    const hf = programmeOf('housing_first');
    expect(hf.names).toEqual({ lv: 'Mājoklis vispirms', en: 'Housing First' });
    expect(hf.caseNumbering).toMatchObject({ format: 'MV-{YYYY}-{NNNN}', scope: 'organisation' }); // HF-3.1.7.3
    expect(hf.settingsSchema.safeParse(hf.defaultSettings).success).toBe(true);
    expect(hf.evaluationInstruments[0]!.when).toEqual([{ at: 'start' }, { at: 'every', months: 6 }]); // HF-2.4
  });

  it('each definition is whole: its defaults pass its schema, its message bundles have distinct namespaces apart from the core', () => {
    const namespaces = PROGRAMME_DEFINITIONS.map((d) => d.messages.namespace);
    expect(new Set(namespaces).size).toBe(namespaces.length);
    for (const d of PROGRAMME_DEFINITIONS) {
      expect((d.settingsSchema as { safeParse(v: unknown): { success: boolean } }).safeParse(d.defaultSettings).success).toBe(true);
      expect(Object.keys(coreMessagesLv)).not.toContain(d.messages.namespace);
    }
  });

  it('composes the shared messages: the core’s and each programme’s under its namespace, in both languages', () => {
    expect(messagesLv.housing).toBe(housingFirstLv);
    expect(messagesLv.validation).toBe(coreMessagesLv.validation);
    expect(Object.keys(messagesEn).sort()).toEqual(Object.keys(messagesLv).sort());
  });

  it('a request names a registered programme that uses the core part asked of it', () => {
    expect(programmeCodeUsing('application').safeParse('housing_first').success).toBe(true);
    expect(programmeCodeUsing('application').safeParse('no_such_programme').success).toBe(false);
    for (const d of PROGRAMME_DEFINITIONS) {
      expect(programmeCodeUsing('waiting_list').safeParse(d.code).success).toBe((d.uses as readonly string[]).includes('waiting_list'));
    }
    expect(() => programmeOf('no_such_programme')).toThrow();
  });
});
