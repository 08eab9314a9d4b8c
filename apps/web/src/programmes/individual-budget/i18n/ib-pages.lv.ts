/** The Individual Budget pages' Latvian strings (`ibPages.*`). */
export const ibPagesLv = {
  nav: { section: 'Individuālais budžets', cases: 'Budžeta lietas', report: 'Nesaņemtie pakalpojumi', catalogue: 'Pakalpojumu katalogs' },
  common: {
    none: '—', open: 'Atvērta', closedOn: 'Slēgta {{date}}', noNumber: 'bez numura', back: 'Atpakaļ uz lietām', backToCase: 'Atpakaļ uz lietu',
    euro: '{{value}}', perMonth: '{{value}} {{unit}}', save: 'Saglabāt', months: ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris'],
    monthValue: '{{year}}. gada {{month}}', pilot: 'Izmēģinājumprojekts', service: 'Pakalpojums',
  },
  cases: {
    title: 'Individuālā budžeta lietas', intro: 'Personas, kurām ir indikatīvais budžets: kopā ar sociālo darbinieku viņas izvēlas visvairāk vajadzīgos pakalpojumus.',
    table: 'Individuālā budžeta lietas', number: 'Lietas nr.', person: 'Persona', municipality: 'Pašvaldība', manager: 'Lietas vadītājs', openedOn: 'Atvērta', status: 'Statuss',
    empty: 'Lietu vēl nav.', filterOpen: 'Rādīt tikai atvērtās', all: 'Visas lietas ({{count}})', openOnly: 'Atvērtās ({{count}})',
  },
  openCase: {
    action: 'Atvērt lietu', title: 'Atvērt individuālā budžeta lietu', intro: 'Lieta tiek atvērta pēc nosūtījuma. Komanda personu izvērtēs lietas atvēršanas dienā vai drīz pēc tās.',
    person: 'Persona', personHint: 'Ierakstiet vārdu, uzvārdu vai personas kodu', municipality: 'Pašvaldība', pilot: 'Izmēģinājumprojekts', referredOn: 'Nosūtījuma diena',
    openedOn: 'Lietas atvēršanas diena', representative: 'Kopā ar sociālo darbinieku plānu veido un par to atbild', representativeName: 'Vecāku vai aizgādņa vārds (ja attiecas)',
    caseManager: 'Lietas vadītājs', submit: 'Atvērt lietu', noPerson: 'Neviena persona neatbilst meklējumam', choose: 'Izvēlieties…',
  },
  case: {
    facts: 'Lietas dati', referredOn: 'Nosūtīta', openedOn: 'Atvērta', representative: 'Līdzatbildīgais', manager: 'Lietas vadītājs', organisation: 'Organizācija', born: 'Dzimis',
    ledger: 'Budžets un izlietojums', reassessmentDue: 'Atkārtotā izvērtēšana: {{date}}', initialDue: 'Pirmā izvērtēšana: {{date}}', overdue: 'nokavēta {{count}} d.', dueToday: 'šodien',
    dueIn: 'pēc {{count}} d.', endingReason: 'Beigu iemesls',
  },
  assessment: {
    title: 'Vajadzību izvērtējumi', intro: 'Multiprofesionāla komanda izvērtē personu sākumā un pēc katra 6 mēnešu perioda, nosaka kopīgus mērķus un prioritāro pakalpojumu sarakstu ar intensitāti.',
    none: 'Izvērtējuma vēl nav.', kind: { initial: 'Sākotnējais izvērtējums', reassessment: 'Atkārtots izvērtējums' }, heading: '{{kind}} {{date}}',
    team: 'Komanda', goals: 'Kopīgie mērķi', budget: 'Indikatīvais budžets periodam {{from}}–{{to}}',
    rankingsTitle: 'Komandas un ģimenes prioritātes blakus', rankingsTable: 'Pakalpojumu prioritātes', teamRank: 'Komandas vieta', familyRank: '{{who}}: vieta',
    combined: 'Kopējā vieta', intensity: 'Intensitāte', difference: 'Atšķirība',
    method: 'Kopējo sarakstu veido, saskaitot komandas un ģimenes piešķirtās vietas: mazākā summa ir pirmā; ja summas vienādas, noteicošā ir komandas vieta. Ja kāda puse pakalpojumu nav ierindojusi, tai to skaita kā nākamo vietu aiz pēdējās.',
    same: 'sakrīt', higherFamily: 'ģimenei svarīgāks par {{count}}', higherTeam: 'komandai svarīgāks par {{count}}', onlyTeam: 'tikai komandas sarakstā', onlyFamily: 'tikai ģimenes sarakstā',
    formTitle: 'Reģistrēt izvērtējumu', assessedOn: 'Izvērtēšanas diena', teamMembers: 'Komandas locekļi', goalsField: 'Kopīgie mērķi (katrs savā rindā)',
    servicesField: 'Pakalpojumi komandas prioritārā secībā', serviceRow: '{{n}}. pakalpojums', perMonth: 'Reizes / stundas / dienas mēnesī', familyOrder: 'Ģimenes vieta',
    rankedBy: 'Kas ranžē ģimenes vārdā', budgetField: 'Indikatīvais budžets periodam, €', addService: 'Pievienot pakalpojumu', removeService: 'Noņemt {{n}}. pakalpojumu', submit: 'Saglabāt izvērtējumu',
    saved: 'Izvērtējums saglabāts',
  },
  plan: {
    title: 'Atbalsta plāns', intro: 'Izvēlētie pakalpojumi, sniedzēji, laika grafiks un intensitāte. Persona (vai aizgādnis, vai vecāki) ir līdzatbildīga par plāna īstenošanu un saņem to.',
    none: 'Plāna vēl nav.', version: '{{version}}. versija no {{date}}', current: 'spēkā esošā', agreed: 'Saskaņots ar: {{who}}, {{date}}', reason: 'Izmaiņu iemesls', madeBy: 'Sagatavoja {{name}}',
    table: 'Atbalsta plāna pakalpojumi', provider: 'Sniedzējs', schedule: 'Grafiks', intensity: 'Intensitāte', unitPrice: 'Vienības cena', monthCost: 'Mēnesī',
    versions: 'Iepriekšējās versijas ({{count}})', newVersion: 'Jauna plāna versija', newVersionIntro: 'Plāns bieži mainās: katra izmaiņa saglabājas kā jauna versija. Cenas ņem no pašvaldības kataloga.',
    validFrom: 'Spēkā no', agreedBy: 'Saskaņots ar', agreedOn: 'Saskaņošanas diena', reasonField: 'Izmaiņu iemesls', providerField: 'Sniedzējs', scheduleField: 'Grafiks', perMonthField: 'Mēnesī',
    fromAssessment: 'Aizpildīt no kopējā saraksta', addLine: 'Pievienot pakalpojumu', removeLine: 'Noņemt rindu {{n}}', submit: 'Saglabāt jauno versiju', saved: 'Saglabāta {{version}}. versija',
  },
  interruptions: {
    title: 'Pakalpojumu pārtraukumi', intro: 'Kad pakalpojums nav pieejams (piemēram, ārkārtējās situācijas laikā), reģistrējiet pārtraukumu; kad tas atsākas — atsākšanas dienu.',
    none: 'Pārtraukumu nav.', table: 'Pakalpojumu pārtraukumi', from: 'No', to: 'Līdz', reason: 'Iemesls', ongoing: 'turpinās', resume: 'Atsākts', resumeOn: 'Atsākšanas diena',
    formTitle: 'Reģistrēt pārtraukumu', note: 'Piezīme', submit: 'Reģistrēt pārtraukumu', resumeSubmit: 'Atzīmēt atsākšanu', days: '{{count}} d.',
  },
  difficulties: {
    title: 'Ģimenes ziņotās grūtības', none: 'Grūtības nav ziņotas.', reportedOn: 'Ziņots', description: 'Apraksts', formTitle: 'Ziņot par grūtībām', any: 'Viss plāns', submit: 'Saglabāt',
  },
  ending: { title: 'Lietas beigas', reason: 'Iemesls', endedOn: 'Beigu diena', note: 'Piezīme', submit: 'Beigt lietu', confirmTitle: 'Beigt lietu?', confirmText: 'Lieta tiks slēgta {{date}}. Pēc tam jānotiek noslēguma tikšanās ar ģimeni.' },
  meeting: {
    title: 'Izvērtējumi un noslēguma tikšanās', intro: 'Izvērtējumi un noslēguma tikšanās ar ģimeni pēc vienotā izvērtēšanas grafika.',
  },
  ledger: {
    title: 'Budžets un izlietojums', intro: 'Plānotais, saņemtais un izlietotais pa pakalpojumiem un mēnešiem pret indikatīvo budžetu.',
    period: 'Budžeta periods', periodValue: '{{n}}. periods: {{from}}–{{to}}', previous: 'Iepriekšējais periods', next: 'Nākamais periods',
    budget: 'Budžets', planned: 'Plānots', spent: 'Izlietots', remaining: 'Atlikums', projected: 'Pēc plāna perioda beigās', spentShare: '{{value}} % budžeta',
    warningNear: 'Izlietoti {{value}} % budžeta — brīdinājuma slieksnis ir {{threshold}} %. Pārskatiet plānu kopā ar ģimeni.',
    warningProjected: 'Ja plānu īstenos kā paredzēts, budžets tiks pārsniegts par {{value}}. Pārskatiet plānu, pirms nauda beidzas.',
    warningExceeded: 'Budžets pārsniegts par {{value}}.', noWarning: 'Izlietojums iekļaujas budžetā.',
    plannedCost: 'Plānotās izmaksas', byService: 'Pa pakalpojumiem', byServiceTable: 'Izlietojums pa pakalpojumiem', delivered: 'Saņemts', notCarriedOut: 'Neīstenots', interrupted: 'Pārtraukumu dēļ', volume: 'Apjoms',
    byMonth: 'Pa mēnešiem', byMonthTable: 'Plānotais un saņemtais pa mēnešiem', month: 'Mēnesis', cell: '{{delivered}} no {{planned}}', cumulative: 'Kopā izlietots',
    interruptedTag: 'pārtraukts {{count}} d.', deliveryTitle: 'Reģistrēt saņemto', deliveryIntro: 'Mēneša saņemtais apjoms; izlietoto aprēķina pēc plāna vienības cenas, ja to neievada.',
    deliveryMonth: 'Mēnesis', deliveryService: 'Pakalpojums', deliveryAmount: 'Saņemtais apjoms', deliverySpent: 'Izlietots, € (neobligāti)', deliverySubmit: 'Saglabāt', deliverySaved: 'Saglabāts',
    interruptionsTitle: 'Pārtraukumi šajā periodā', noAssessment: 'Budžets tiek noteikts izvērtējumā — vispirms reģistrējiet izvērtējumu.',
  },
  report: {
    title: 'Nesaņemtie un pārtrauktie pakalpojumi', intro: 'Pa pašvaldībām un pakalpojumiem: ko ģimenes nevarēja īstenot, ko atņēma pārtraukumi, kur trūkst sniedzēju vai speciālistu un cik tālu ir tuvākais sniedzējs.',
    from: 'No mēneša', to: 'Līdz mēnesim', show: 'Rādīt', table: 'Nesaņemtie un pārtrauktie pakalpojumi', empty: 'Šajā periodā nav nesaņemtu vai pārtrauktu pakalpojumu.',
    pdf: 'Lejupielādēt PDF', xlsx: 'Lejupielādēt Excel', hidden: 'nav rādīts', hiddenNote: '• — mazāk par 5 lietām, skaitļi nav rādīti.', shortage: 'Trūkst', km: '{{value}} km',
  },
  catalogue: {
    title: 'Pakalpojumu katalogs', intro: 'Pašvaldību pakalpojumi ar vienības cenām, sniedzējiem, attālumu līdz tuvākajam sniedzējam un sniedzēju vai speciālistu trūkumu.',
    municipality: 'Pašvaldība', table: 'Pakalpojumu katalogs', price: 'Vienības cena', unit: 'Vienība', provider: 'Sniedzējs', distance: 'Līdz tuvākajam', shortage: 'Trūkums', noProvider: 'nav pašvaldībā',
    edit: {
      title: 'Mainīt kataloga ierakstu', intro: 'Izvēlieties pašvaldību un pakalpojumu; ja ieraksts jau ir, tā vērtības parādās laukos.',
      price: 'Vienības cena, €', provider: 'Sniedzējs pašvaldībā', distance: 'Attālums līdz tuvākajam sniedzējam, km', shortage: 'Trūkst sniedzēju vai speciālistu',
      note: 'Piezīme', submit: 'Saglabāt ierakstu', saved: 'Kataloga ieraksts saglabāts', choose: 'Izvēlieties…',
    },
  },
  worklist: {
    budgetWarning: 'Budžeta brīdinājums', detail: 'Izlietots {{spent}} no {{budget}}; pēc plāna {{projected}}', open: 'Atvērt budžetu',
  },
};
