/**
 * HF-2.7 — the parties' rights and duties (service description, section 2.5 "Pušu tiesības un
 * pienākumi"), worded as in the Latvian source and translated for the English documents.
 * The service contract (HF-3.1.7.2) prints these lists; the contract data is filled from here.
 */

export interface RightsAndDuties {
  clientRights: string[];
  clientDuties: string[];
  providerRights: string[];
  providerDuties: string[];
}

export interface RightsAndDutiesInput {
  language: 'lv' | 'en';
  /**
   * HF-2.7 the provider may inspect the flat when the client is away and unreachable this many days
   * (15 unless another period was agreed with the client).
   */
  unreachableDaysBeforeInspection?: number;
}

/** Latvian accusative of "day" after a number: 1, 21, 31… dienu; otherwise dienas. */
function daysLv(n: number): string {
  return n % 10 === 1 && n % 100 !== 11 ? `${n} dienu` : `${n} dienas`;
}

/** Returns fresh copies of the four HF-2.7 lists in the requested language. */
export function computeRightsAndDuties({ language, unreachableDaysBeforeInspection = 15 }: RightsAndDutiesInput): RightsAndDuties {
  const days = unreachableDaysBeforeInspection;
  if (language === 'en') {
    return {
      clientRights: [
        'to receive the information needed for decisions in a form and language they understand;',
        'where the housing stock allows, to choose a dwelling from the service provider’s offer;',
        'to receive from the landlord living space of satisfactory quality with basic amenities (water, heating, electricity);',
        '(where possible) to meet the landlord or the service provider to view the dwelling at a time convenient to them, agreed in advance;',
        'to receive support in building the relationship with the landlord and in conflicts with the landlord;',
        'to receive information about the social services available to them;',
        'to receive support in legal, financial, social and health matters to the extent they choose;',
        'to draw up, together with the social worker, their individual social rehabilitation plan and to receive support in carrying it out;',
        'to see the information the service provider holds about them;',
        'to change the social mentor if needed;',
        'to refuse support, informing the service provider.',
      ],
      clientDuties: [
        'if the initial agreement provides for it and the client has agreed, to pay rent and utilities on time according to the amount and form of the subsidy and benefit (co-payment is voluntary in the pilot project);',
        'not to endanger the health or life of the support staff;',
        'to let the landlord view the dwelling once a suitable time has been agreed;',
        'to keep the dwelling in good order;',
        'to maintain respectful relations with the neighbours;',
        'to cooperate with the support team;',
        'to tell the support provider when they wish to review or end the cooperation.',
      ],
      providerRights: [
        'to make proposals for improving the service and the work;',
        `to inspect the flat if the client is not in the dwelling and cannot be reached for ${days} ${days === 1 ? 'day' : 'days'} (or another period agreed with the client);`,
        'to a reasonable workload for staff that keeps a balance between work and private life;',
        'to stop or suspend the support service if a staff member’s health or rights are violated.',
      ],
      providerDuties: [
        'to make a home visit to the client’s dwelling at least once a week;',
        'to support the client’s living in the dwelling and the stability of the tenancy, including communicating with the landlord and neighbours when needed (help with cleaning, reading meters, etc.);',
        'to identify the client’s strengths and desired goals in the context of their life experience and, together with the client, plan tasks to reach those goals;',
        'to give the client information about the social services and resources available to them;',
        'to collect, analyse and record information in the client’s case file;',
        'together with the client and according to the client’s wishes, to promote learning of self-care, household, financial and social skills (personal hygiene, cleaning the home, budgeting, use of resources, communication with natural and legal persons, self-advocacy);',
        'together with the client, to support and help in solving health problems (finding the resources needed, helping to communicate with health professionals, weighing the health professionals’ instructions, etc.);',
        'according to the client’s goals, to support and help in employment and education matters (helping the client to cooperate with institutions on employment, giving information about resources, education, retraining and job opportunities);',
        'if the client wishes, to support and help in solving addiction problems (helping to find the resources and programmes needed, reducing the harm caused by use);',
        'if the client wishes, to support restoring ties with the family and finding new friends and acquaintances, helping to find hobby education and leisure opportunities.',
      ],
    };
  }
  return {
    clientRights: [
      'saņemt informāciju, kas nepieciešama lēmumu pieņemšanai, sev saprotamā veidā un valodā;',
      'ja mājokļu klāsts to atļauj, izvēlēties dzīvesvietu no pakalpojuma sniedzēja piedāvājuma;',
      'saņemt apmierinošas kvalitātes dzīvojamo platību ar pamata ērtībām (ūdens, apkure, elektrība) no izīrētāja;',
      '(ja iespējams) tikties ar izīrētāju vai pakalpojuma sniedzēju uz mājokļa apskati sev pieejamā laikā, iepriekš to sarunājot;',
      'saņemt atbalstu, veidojot attiecības ar izīrētāju, un konflikta situācijās ar izīrētāju;',
      'saņemt informāciju par sev pieejamajiem sociālajiem pakalpojumiem;',
      'saņemt atbalstu juridiskos, finanšu, sociālajos un veselības jautājumos sevis izvēlētā apjomā;',
      'sadarbībā ar sociālo darbinieku izstrādāt personas individuālo sociālās rehabilitācijas plānu un saņemt atbalstu tā īstenošanā;',
      'iepazīties ar informāciju, kuru par pakalpojuma saņēmēju glabā pakalpojuma sniedzējs;',
      'pēc nepieciešamības mainīt sociālo mentoru;',
      'atteikties no atbalsta saņemšanas, par to informējot pakalpojuma sniedzēju.',
    ],
    clientDuties: [
      'ja to paredz sākotnējā vienošanās un pakalpojuma saņēmējs paudis gatavību, nomaksāt īri un komunālos maksājumus noteiktajā laikā atbilstoši subsīdijas un pabalsta apjomam un formai (līdzmaksājums izmēģinājumprojektā ir brīvprātīgs);',
      'neapdraudēt pakalpojuma atbalsta sniedzēja veselību vai dzīvību;',
      'ļaut izīrētājam apskatīt mājokli, kad panākta vienošanās par atbilstošu laiku;',
      'uzturēt mājokli labā stāvoklī;',
      'veidot cieņpilnas attiecības ar kaimiņiem;',
      'sadarboties ar atbalsta komandu;',
      'informēt atbalsta sniedzēju par vēlmi pārskatīt vai pārtraukt sadarbību.',
    ],
    providerRights: [
      'sniegt priekšlikumus pakalpojuma pilnveidei un darba uzlabošanai;',
      `pārbaudīt dzīvokli, ja klients neatrodas mājoklī un nav sasniedzams ${daysLv(days)} (vai citā laika periodā, vienojoties ar klientu);`,
      'uz saprātīgu darbinieku darba slodzi, kas nodrošina darba un privātās dzīves līdzsvaru;',
      'pārtraukt vai apturēt atbalsta pakalpojumu, ja aizskarta darbinieka veselība un tiesības.',
    ],
    providerDuties: [
      'ne retāk kā reizi nedēļā veikt mājas vizīti klienta dzīvesvietā;',
      'atbalstīt klienta dzīvošanu mājoklī un mājokļa stabilitāti, t.sk. nepieciešamības gadījumā komunicējot ar izīrētāju un kaimiņiem (atbalsts uzkopšanā, skaitītāju mērījumu nolasīšanā u.c.);',
      'identificēt klienta stiprās puses un vēlamos mērķus viņa dzīves pieredžu kontekstā un sadarbībā ar klientu plānot uzdevumus izvirzīto mērķu sasniegšanai;',
      'sniegt klientam informāciju par viņam pieejamajiem sociālajiem pakalpojumiem un resursiem;',
      'apkopot, analizēt un reģistrēt informāciju klienta lietā;',
      'sadarbībā ar klientu un saskaņā ar klienta vēlmēm veicināt klienta pašaprūpes, sadzīves, finanšu un sociālo prasmju apgūšanu (personīgā higiēna, mājokļa uzkopšana, budžeta plānošana, resursu izmantošana, saskarsme un komunikācija ar fiziskām un juridiskām personām, savu interešu aizstāvība);',
      'sadarbībā ar klientu sniegt atbalstu un palīdzību veselības problēmu risināšanā (palīdzēt atrast nepieciešamos resursus, palīdzēt komunikācijā ar veselības aprūpes speciālistu, izvērtēt veselības aprūpes speciālistu sniegtos norādījumus u.c.);',
      'atbilstoši klienta mērķiem sniegt atbalstu un palīdzību nodarbinātības un izglītības jautājumu risināšanā (palīdzēt klientam veidot sadarbību ar institūcijām nodarbinātības jautājumu risināšanai, sniegt informāciju par resursiem, izglītības iespējām, pārkvalifikācijas un darba iespējām);',
      'ja klients to vēlas, sniegt atbalstu un palīdzību atkarības problēmu risināšanā (palīdzēt atrast nepieciešamos resursus un programmas, mazināt lietošanas radīto kaitējumu personai);',
      'ja klients to vēlas, sniegt atbalstu saišu atjaunošanā ar ģimeni, jaunu draugu un paziņu meklēšanā, palīdzot atrast interešu izglītības un brīvā laika pavadīšanas iespējas.',
    ],
  };
}
