import type { ServerProgramme } from '../../programme-module';
import { sectionsOf } from '../../../modules/subject-access/extract';
import { findHousingFirstRecordsOfCase } from './extract.repository';

type Kind = keyof Awaited<ReturnType<typeof findHousingFirstRecordsOfCase>>;

const TITLES: Record<'lv' | 'en', Record<Kind, string>> = {
  lv: {
    firstContacts: 'Pirmie kontakti', applications: 'Iesniegumi', eligibilityAssessments: 'Atbilstības izvērtējumi', waitingList: 'Gaidīšanas rinda',
    offers: 'Mājokļu piedāvājumi', team: 'Komanda', consents: 'Piekrišanas', initialAssessments: 'Sākotnējie izvērtējumi', moveIns: 'Ievākšanās mājoklī',
    visits: 'Mājas vizītes', contacts: 'Kontakti', supportOffers: 'Atbalsta piedāvājumi', plans: 'Rehabilitācijas plāni', planReviews: 'Plānu pārskatīšana',
    functioningAssessments: 'Sociālās funkcionēšanas novērtējumi', evaluations: 'Novērtējumi un aptaujas', workLog: 'Darba žurnāls',
    incidents: 'Starpgadījumi', documents: 'Dokumenti', endings: 'Pakalpojuma izbeigšana', protocols: 'Starpinstitucionālās sadarbības protokoli',
    engagementExtensions: 'Līguma pagarinājumi', engagementSuspensions: 'Pakalpojuma apturēšana',
  },
  en: {
    firstContacts: 'First contacts', applications: 'Applications', eligibilityAssessments: 'Eligibility assessments', waitingList: 'Waiting list',
    offers: 'Dwelling offers', team: 'Team', consents: 'Consents', initialAssessments: 'Initial assessments', moveIns: 'Move-in',
    visits: 'Home visits', contacts: 'Contacts', supportOffers: 'Support offers', plans: 'Rehabilitation plans', planReviews: 'Plan reviews',
    functioningAssessments: 'Social functioning assessments', evaluations: 'Evaluations and surveys', workLog: 'Work log',
    incidents: 'Incidents', documents: 'Documents', endings: 'Ending of the service', protocols: 'Inter-institutional cooperation protocols',
    engagementExtensions: 'Contract extensions', engagementSuspensions: 'Service suspensions',
  },
};

/** HF-2.7: what Housing First keeps of the person's case, section by section (empty sections say nothing is held). */
export const housingFirstPersonExtract: NonNullable<ServerProgramme['personExtract']> = async (tx, _ctx, caseId, personId, language) => {
  const records = await findHousingFirstRecordsOfCase(tx, caseId, personId);
  const titles = TITLES[language];
  return sectionsOf((Object.keys(titles) as Kind[]).map((k) => ({ title: titles[k], rows: records[k] as ReadonlyArray<Record<string, unknown>> })), language, ['housing.enums', 'enums']);
};
