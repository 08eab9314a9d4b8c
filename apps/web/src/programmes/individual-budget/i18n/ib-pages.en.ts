import type { ibPagesLv } from './ib-pages.lv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? string[] : Widen<T[K]> };

/** The Individual Budget pages' English strings (`ibPages.*`). */
export const ibPagesEn: Widen<typeof ibPagesLv> = {
  nav: { section: 'Individual budget', cases: 'Budget cases', report: 'Unmet services', catalogue: 'Service catalogue' },
  common: {
    none: '—', open: 'Open', closedOn: 'Closed {{date}}', noNumber: 'no number', back: 'Back to the cases', backToCase: 'Back to the case',
    euro: '{{value}}', perMonth: '{{value}} {{unit}}', save: 'Save', months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    monthValue: '{{month}} {{year}}', pilot: 'Pilot', service: 'Service',
  },
  cases: {
    title: 'Individual budget cases', intro: 'People with an indicative budget: with the social worker they choose the services they need most.',
    table: 'Individual budget cases', number: 'Case no.', person: 'Person', municipality: 'Municipality', manager: 'Case manager', openedOn: 'Opened', status: 'Status',
    empty: 'No cases yet.', filterOpen: 'Open cases only', all: 'All cases ({{count}})', openOnly: 'Open ({{count}})',
  },
  openCase: {
    action: 'Open a case', title: 'Open an individual budget case', intro: 'A case is opened on a referral. The team assesses the person on the opening day or soon after.',
    person: 'Person', personHint: 'Type a name or a personal code', municipality: 'Municipality', pilot: 'Pilot', referredOn: 'Referral day',
    openedOn: 'Opening day', representative: 'Makes the plan with the social worker and shares responsibility for it', representativeName: 'Name of the parents or guardian (where relevant)',
    caseManager: 'Case manager', submit: 'Open the case', noPerson: 'No person matches the search', choose: 'Choose…',
  },
  case: {
    facts: 'Case details', referredOn: 'Referred', openedOn: 'Opened', representative: 'Co-responsible', manager: 'Case manager', organisation: 'Organisation', born: 'Born',
    ledger: 'Budget and spending', reassessmentDue: 'Re-assessment: {{date}}', initialDue: 'First assessment: {{date}}', overdue: '{{count}} d. overdue', dueToday: 'today',
    dueIn: 'in {{count}} d.', endingReason: 'Reason for ending',
  },
  assessment: {
    title: 'Needs assessments', intro: 'A multi-professional team assesses the person at the start and after each 6-month period, sets shared goals and a prioritised list of services with their intensity.',
    none: 'No assessment yet.', kind: { initial: 'Initial assessment', reassessment: 'Re-assessment' }, heading: '{{kind}} {{date}}',
    team: 'Team', goals: 'Shared goals', budget: 'Indicative budget for {{from}}–{{to}}',
    rankingsTitle: 'The team’s and the family’s priorities side by side', rankingsTable: 'Service priorities', teamRank: 'Team’s place', familyRank: '{{who}}: place',
    combined: 'Combined place', intensity: 'Intensity', difference: 'Difference',
    method: 'The combined list adds up the places the team and the family gave: the lowest sum comes first; on equal sums the team’s place decides. A service one side did not rank counts for it as the place after its last.',
    same: 'same', higherFamily: 'family ranks it {{count}} higher', higherTeam: 'team ranks it {{count}} higher', onlyTeam: 'only on the team’s list', onlyFamily: 'only on the family’s list',
    formTitle: 'Record an assessment', assessedOn: 'Assessment day', teamMembers: 'Team members', goalsField: 'Shared goals (one per line)',
    servicesField: 'Services in the team’s order of priority', serviceRow: 'Service {{n}}', perMonth: 'Sessions / hours / days a month', familyOrder: 'Family’s place',
    rankedBy: 'Who ranks for the family', budgetField: 'Indicative budget for the period, €', addService: 'Add a service', removeService: 'Remove service {{n}}', submit: 'Save the assessment',
    saved: 'Assessment saved',
  },
  plan: {
    title: 'Support plan', intro: 'The services chosen, their providers, schedule and intensity. The person (or guardian, or parents) shares responsibility for carrying it out and receives it.',
    none: 'No plan yet.', version: 'Version {{version}} from {{date}}', current: 'in force', agreed: 'Agreed with: {{who}}, {{date}}', reason: 'Reason for the change', madeBy: 'Prepared by {{name}}',
    table: 'Support plan services', provider: 'Provider', schedule: 'Schedule', intensity: 'Intensity', unitPrice: 'Unit price', monthCost: 'A month',
    versions: 'Earlier versions ({{count}})', newVersion: 'New plan version', newVersionIntro: 'Plans change often: each change is kept as a new version. Prices come from the municipality’s catalogue.',
    validFrom: 'In force from', agreedBy: 'Agreed with', agreedOn: 'Agreed on', reasonField: 'Reason for the change', providerField: 'Provider', scheduleField: 'Schedule', perMonthField: 'A month',
    fromAssessment: 'Fill in from the combined list', addLine: 'Add a service', removeLine: 'Remove line {{n}}', submit: 'Save the new version', saved: 'Version {{version}} saved',
  },
  interruptions: {
    title: 'Service interruptions', intro: 'When a service is not available (for example during a state of emergency), record the interruption; when it resumes, the day it did.',
    none: 'No interruptions.', table: 'Service interruptions', from: 'From', to: 'To', reason: 'Reason', ongoing: 'ongoing', resume: 'Resumed', resumeOn: 'Resumed on',
    formTitle: 'Record an interruption', note: 'Note', submit: 'Record the interruption', resumeSubmit: 'Mark resumed', days: '{{count}} d.',
  },
  difficulties: {
    title: 'Difficulties the family reported', none: 'No difficulties reported.', reportedOn: 'Reported', description: 'Description', formTitle: 'Report a difficulty', any: 'The whole plan', submit: 'Save',
  },
  ending: { title: 'Ending the case', reason: 'Reason', endedOn: 'Last day', note: 'Note', submit: 'End the case', confirmTitle: 'End the case?', confirmText: 'The case will be closed on {{date}}. The closing meeting with the family should follow.' },
  meeting: {
    title: 'Assessments and the closing meeting', intro: 'Assessments and the closing meeting with the family on the shared evaluation schedule.',
  },
  ledger: {
    title: 'Budget and spending', intro: 'Planned, delivered and spent per service and month against the indicative budget.',
    period: 'Budget period', periodValue: 'Period {{n}}: {{from}}–{{to}}', previous: 'Previous period', next: 'Next period',
    budget: 'Budget', planned: 'Planned', spent: 'Spent', remaining: 'Remaining', projected: 'At the period’s end, by the plan', spentShare: '{{value}} % of the budget',
    warningNear: '{{value}} % of the budget is spent — the warning threshold is {{threshold}} %. Review the plan with the family.',
    warningProjected: 'If the plan is carried out as it stands, the budget will be exceeded by {{value}}. Review the plan before the money runs out.',
    warningExceeded: 'The budget is exceeded by {{value}}.', noWarning: 'Spending is within the budget.',
    plannedCost: 'Planned cost', byService: 'By service', byServiceTable: 'Spending by service', delivered: 'Delivered', notCarriedOut: 'Not carried out', interrupted: 'Due to interruptions', volume: 'Volume',
    byMonth: 'By month', byMonthTable: 'Planned and delivered by month', month: 'Month', cell: '{{delivered}} of {{planned}}', cumulative: 'Spent in all',
    interruptedTag: 'interrupted {{count}} d.', deliveryTitle: 'Record what was delivered', deliveryIntro: 'A month’s delivered volume; without an amount, spending is the volume at the plan’s unit price.',
    deliveryMonth: 'Month', deliveryService: 'Service', deliveryAmount: 'Volume delivered', deliverySpent: 'Spent, € (optional)', deliverySubmit: 'Save', deliverySaved: 'Saved',
    interruptionsTitle: 'Interruptions in this period', noAssessment: 'The budget is set in an assessment — record an assessment first.',
  },
  report: {
    title: 'Unmet and interrupted services', intro: 'By municipality and service: what families could not carry out, what interruptions took away, where providers or specialists are short and how far the nearest provider is.',
    from: 'From month', to: 'To month', show: 'Show', table: 'Unmet and interrupted services', empty: 'No unmet or interrupted services in this period.',
    pdf: 'Download PDF', xlsx: 'Download Excel', hidden: 'not shown', hiddenNote: '• — fewer than 5 cases, figures not shown.', shortage: 'Short', km: '{{value}} km',
  },
  catalogue: {
    title: 'Service catalogue', intro: 'Each municipality’s services with their unit prices, providers, the distance to the nearest provider and shortages of providers or specialists.',
    municipality: 'Municipality', table: 'Service catalogue', price: 'Unit price', unit: 'Unit', provider: 'Provider', distance: 'To the nearest', shortage: 'Shortage', noProvider: 'none in the municipality',
    edit: {
      title: 'Change a catalogue entry', intro: 'Choose the municipality and the service; if there is an entry already, its values appear in the fields.',
      price: 'Unit price, €', provider: 'Provider in the municipality', distance: 'Distance to the nearest provider, km', shortage: 'Shortage of providers or specialists',
      note: 'Note', submit: 'Save the entry', saved: 'Catalogue entry saved', choose: 'Choose…',
    },
  },
  worklist: {
    budgetWarning: 'Budget warning', detail: 'Spent {{spent}} of {{budget}}; by the plan {{projected}}', open: 'Open the budget',
  },
};
