import type { rpPagesLv } from './rp-pages.lv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The regional planning pages' English strings (`rpPages.*`). */
export const rpPagesEn: Widen<typeof rpPagesLv> = {
  nav: { section: 'Regional planning', overview: 'Region overview', catalogue: 'Catalogue of services', rounds: 'Update rounds' },
  common: { none: '—', hidden: 'not shown (fewer than 5 persons)', back: 'Back to rounds', euro: '{{value}}' },
  status: { not_started: 'Not started', in_progress: 'Being filled in', confirmed: 'Confirmed', open: 'Open', closed: 'Closed' },
  overview: {
    title: 'Social services in the region', intro: 'The municipalities’ services, the missing ones and the clients forecast. Aggregates only — no personal data.',
    round: 'Round', noRound: 'No update round yet.', pdf: 'Programme (PDF)', xlsx: 'Tables (Excel)', year: 'Figures of {{year}}',
    mapTitle: 'Map of the region', mapIntro: 'Each tile is one municipality; its colour shows the chosen figure. A schematic map — tiles placed roughly where the municipalities lie.',
    figure: 'Figure', figures: { clients: 'Clients', places: 'Places', waiting: 'Waiting', gaps: 'Missing services', services: 'Services given' },
    legendLow: 'fewer', legendHigh: 'more', mapLabel: 'Map of the municipalities: {{figure}}',
    matrixTitle: 'Municipalities and services', matrixIntro: 'Each cell: clients. A shaded “missing” cell — the municipality has the service neither itself nor through cooperation.',
    matrixTable: 'Municipalities and services', municipality: 'Municipality', gap: 'missing', provided: 'yes', fromRecords: 'from the service records',
    forecastTitle: 'Forecast and actual', forecastIntro: 'The clients forecast in earlier rounds beside the actual clients of the finished years.',
    service: 'Service', allServices: 'All services', municipalityFilter: 'Municipality', wholeRegion: 'Whole region',
    forecast: 'Forecast', actual: 'Actual', forecastTable: 'Forecast and actual by year', year2: 'Year', difference: 'Difference', noForecast: 'No forecasts yet.',
    chartText: '{{year}}: forecast {{forecast}}, actual {{actual}}',
    cooperationTitle: 'Inter-municipal cooperation', cooperationTable: 'Cooperation agreements', agreement: 'Agreement', partners: 'Partners (cost / places)', period: 'Period',
    modelsTitle: 'Development models', modelsTable: 'The municipalities’ priorities', stance: 'Stance', reason: 'Reason',
  },
  catalogue: {
    title: 'Regional catalogue of services', intro: 'The programme’s 22 services, classified by the types of social services in the Social Services and Social Assistance Law.',
    version: 'Version {{version}}, in force from {{from}}', table: 'Catalogue of services', service: 'Service', lawType: 'Type of service', setting: 'Where given',
    targetGroups: 'Target groups', mappingTitle: 'Other programmes’ services in the catalogue', mappingTable: 'Programmes’ services mapped', programme: 'Programme',
    programmeService: 'Programme’s service', catalogueService: 'Catalogue service', allOfProgramme: 'the programme’s cases as a whole',
    otherServices: { volunteer_mentor: 'Volunteer mentors' },
    programmes: { housing_first: 'Housing First', individual_programme: 'Individual social rehabilitation programme', individual_budget: 'Individual budget model', family_support: 'Support for families with children' },
  },
  rounds: {
    title: 'Update rounds', intro: 'The region opens a round with a deadline; each municipality’s officer fills in and confirms its part; the region reminds and closes the round.',
    table: 'Update rounds', name: 'Name', openedOn: 'Opened', deadline: 'Deadline', status: 'Status', progress: 'Confirmed', progressValue: '{{confirmed}} of {{total}}',
    ownPart: 'Our part', empty: 'No rounds yet.',
    openTitle: 'Open a new round', roundName: 'Name of the round', deadlineField: 'Deadline', openedOnField: 'Opening day', municipalities: 'Municipalities',
    allMunicipalities: 'All municipalities of the region', open: 'Open the round', opened: 'Round opened',
  },
  round: {
    parts: 'The municipalities’ parts', partsTable: 'The municipalities’ parts', municipality: 'Municipality', status: 'Status', confirmedOn: 'Confirmed', reminded: 'Reminded',
    remind: 'Remind those not done', reminded0: 'Every municipality has confirmed or was reminded today.', remindedSome: 'Reminder sent: {{names}}',
    close: 'Close the round', closeConfirm: 'Close the round? Its figures are then no longer changed.', closed: 'Round closed on {{date}}', overdue: 'The deadline has passed',
    fill: 'Fill in our part', view: 'View', deadlineLine: 'Deadline {{date}}', doneLine: '{{confirmed}} of {{total}} municipalities confirmed',
  },
  cooperation: {
    title: 'New cooperation agreement', name: 'Name of the agreement', service: 'Service', chooseService: 'Choose a service', validFrom: 'In force from', validTo: 'In force until',
    partners: 'Partner municipalities and their shares', partner: 'Municipality {{n}}', chooseMunicipality: 'Choose a municipality', costPercent: 'Cost share {{n}}, %', placesPercent: 'Places share {{n}}, %',
    remove: 'Remove municipality {{n}}', addPartner: 'Add a municipality', sums: 'Total: cost {{cost}} %, places {{places}} % (each must be 100 %)',
    submit: 'Save the agreement', added: 'Agreement “{{name}}” saved',
  },
  worklist: { rp_part_due: 'Regional planning: fill in and confirm the municipality’s part', round: 'Round: {{name}}', reminded: 'The region reminded on {{date}}', open: 'Open the municipality’s part' },
  part: {
    title: '{{municipality}}: {{round}}', intro: 'Enter the municipality’s figures for each service, its stance on developing it and, if needed, how to forecast it. An empty field — not known.',
    figuresTable: 'The municipality’s figures per service', service: 'Service', providers: 'Providers', places: 'Places', clients: 'Clients', waiting: 'Waiting', waitingDays: 'Waiting, days',
    cost: 'Cost, €', stance: 'Stance', forecast: 'Forecast', noStance: 'Not given', noForecast: 'No forecast', trend: 'By trend', rate: 'By rate per resident',
    rateTitle: '{{service}}: forecast by rate', residents: 'Residents of the target group this year', projection: 'Projected residents in {{year}}',
    rateHint: 'This year’s clients per resident of the target group, times each year’s projected residents.',
    save: 'Save', saved: 'Saved (version {{version}})', confirm: 'Confirm our part', confirmed: 'Part confirmed on {{date}}',
    readOnly: 'You can view this part but not edit it.', reminded: 'The region reminded on {{date}}', status: 'Status: {{status}}', forecasts: 'Forecasts',
    forecastsTable: 'Clients forecast', year: 'Year', method: 'Method',
  },
};
