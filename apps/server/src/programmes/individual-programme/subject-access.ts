import type { ServerProgramme } from '../programme-module';
import { sectionsOf } from '../../modules/subject-access/extract';
import { findIpRecordsOfCase } from './subject-access.repository';

type Kind = keyof Awaited<ReturnType<typeof findIpRecordsOfCase>>;

const TITLES: Record<'lv' | 'en', Record<Kind, string>> = {
  lv: {
    decision: 'Lēmums un pakalpojuma izbeigšana', recipients: 'Pakalpojuma saņēmēji', team: 'Komanda', serviceLines: 'Pakalpojuma plāns',
    deliveries: 'Sniegtie pakalpojumi', costs: 'Izmaksas', coPayments: 'Līdzmaksājumi', evaluations: 'Novērtējumi un aptaujas',
  },
  en: {
    decision: 'Decision and ending', recipients: 'Recipients', team: 'Team', serviceLines: 'Service plan',
    deliveries: 'Services delivered', costs: 'Costs', coPayments: 'Co-payments', evaluations: 'Evaluations and surveys',
  },
};

/** IP-1 – IP-5: what the Individual Programme keeps of the person's case, section by section. */
export const ipPersonExtract: NonNullable<ServerProgramme['personExtract']> = async (tx, _ctx, caseId, _personId, language) => {
  const records = await findIpRecordsOfCase(tx, caseId);
  const titles = TITLES[language];
  return sectionsOf((Object.keys(titles) as Kind[]).map((k) => ({ title: titles[k], rows: records[k] as ReadonlyArray<Record<string, unknown>> })), language, ['ip.enums', 'enums']);
};
