import type { fsPagesLv } from './fs-pages.lv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** Family support's pages in English (the same keys as the Latvian). */
export const fsPagesEn: Widen<typeof fsPagesLv> = {
  nav: { section: 'Family support', families: 'Families', groups: 'Groups and camps', mentors: 'Volunteer mentors', finance: 'Project finance', report: 'Family support report' },
  common: {
    open: 'Open', closedOn: 'Closed {{date}}', save: 'Save', cancel: 'Cancel', none: '—', yes: 'yes', no: 'no', date: 'Date', note: 'Note', minutes: 'Duration, minutes',
    caseNumber: 'Case number', centre: 'Centre', children: 'Children', adults: 'Adults', status: 'Status', inCrisis: 'In crisis', openFamily: 'Open the family’s case',
    today: 'today', daysLeft_zero: 'in {{count}} days', daysLeft_one: 'in {{count}} day', daysLeft_other: 'in {{count}} days', overdue_zero: '{{count}} days overdue', overdue_one: '{{count}} day overdue', overdue_other: '{{count}} days overdue',
    saved: 'Saved',
  },
  families: {
    title: 'Families', intro: 'Families supported by the family support centres: the family is the case subject.', refer: 'Refer a family', empty: 'No families.',
    table: 'Families', contact: 'Family (contact person)', openedOn: 'Supported since',
    referrals: 'Referrals', referralsIntro: 'Families assessed and referred by the social service. The centre decides within 10 days.', noReferrals: 'No referrals.',
    referredBy: 'Referred by', reason: 'Reason', referredOn: 'Referred', decisionDue: 'Decision due', members: '{{members}} family members, {{children}} of them children',
    premises: 'Premises the social service provides', information: 'Information provided', assessment: 'Assessment', crisis: 'Crisis',
    accept: 'Accept', decline: 'Decline', socialWorker: 'Social worker', declineReason: 'Reason for declining', decidedOn: 'Decided on',
    status: { pending: 'Awaiting decision', accepted: 'Accepted', declined: 'Declined' },
  },
  referral: {
    title: 'Refer a family', intro: 'The social service refers a family it has assessed to a family support centre.', back: 'Families',
    family: 'Family members', member: 'Family member {{n}}', addMember: 'Add a family member', removeMember: 'Remove family member {{n}}',
    givenNames: 'Given names', surnames: 'Surname', birthDate: 'Date of birth', gender: 'Sex', female: 'female', male: 'male', role: 'Role in the family', contact: 'Contact person',
    situation: 'Assessment', assessedOn: 'Assessed on', referredOn: 'Referred on', crisis: 'The family is in a crisis',
    premises: 'Premises the social service provides', information: 'Information the social service provides', submit: 'Refer', sent: 'The referral was sent to the centre',
    choose: 'Choose…',
  },
  family: {
    title: 'Family {{name}}', back: 'Families', members: 'Family members and roles', childrenHidden: 'Children’s records are visible only to the family’s team and the referring social service. The family has {{count}} children.',
    name: 'Name', role: 'Role', birthDate: 'Date of birth', team: 'The family’s team', addTeam: 'Add to the team', profession: 'Profession', fromDate: 'From',
    crisis: 'Crisis support', crisisSince: 'The family has been in crisis since {{date}}', noCrisis: 'The family is not in crisis.', markCrisis: 'Mark a crisis', endCrisis: 'The crisis is over',
    sessions: 'Individual work and crisis support', addSession: 'Record a session', kind: 'Kind', present: 'Present', noSessions: 'No sessions.',
    groups: 'Groups and camps', enrol: 'Enrol in a group', group: 'Group', person: 'Family member', noEnrolments: 'Not enrolled in any group.',
    mentor: 'Volunteer mentor', noMentor: 'No mentor matched.', match: 'Match a mentor', mentorChoice: 'Mentor', matchedOn: 'Matched', meetings: '{{count}} meetings',
    addMeeting: 'The mentor’s meeting with the family', meetingOn: 'Meeting day', recordMeeting: 'Record the meeting', meetingsTable: 'The mentor’s meetings with the family',
    endMatch: 'End of the mentor’s matching', matchEndedOn: 'Ended on', endMatchButton: 'End the matching', pastMatch: '{{name}}: matched {{from}}–{{to}} ({{reason}})',
    plan: 'The family’s plan', noPlan: 'The family makes its plan at a family group conference.', planFrom: 'Agreed at the conference of {{date}}; review {{review}}',
    conferences: 'Family group conferences', startConference: 'Start preparing a conference', coordinator: 'Coordinator', preparationStartedOn: 'Preparation started',
    invitees: 'Invited', inviteeName: 'Name', relation: 'Relation', familyMember: 'Family member', addInvitee: 'Add an invitee',
    held: 'The conference was held', heldOn: 'Held on', attended: 'Attended', reviewOn: 'Plan review', planText: 'The family’s plan (in the family’s words)', record: 'Record',
    review: 'Review the plan', reviewedOn: 'Reviewed on', outcome: 'Outcome', stagePreparing: 'Being prepared', stageHeld: 'Held', stageReviewed: 'Plan reviewed',
    ending: 'End of support', end: 'End the support', endedOn: 'Ended on', reason: 'Reason', evaluations: 'Evaluations',
  },
  groups: {
    title: 'Support groups and camps', intro: 'Support groups for parents and women, camps for children: places, sessions, attendance.', empty: 'No groups.',
    table: 'Groups', name: 'Name', kind: 'Kind', period: 'Period', places: 'Places', placesLeft: 'Places left', sessions: 'Sessions',
    create: 'New group or camp', startsOn: 'Starts', endsOn: 'Ends', facilitators: 'Facilitators',
    participants: 'Participants', noParticipants: 'No participants.', attended: 'Attended', attendanceRate: 'Attendance: {{rate}}', enrolledOn: 'Enrolled',
    addSession: 'Record a session', topic: 'Topic', presentCount: '{{present}} of {{all}}', back: 'Groups and camps',
  },
  mentors: {
    title: 'Volunteer mentors', intro: 'The mentors’ register: check, training, matching to a family, supervision. A mentor without a valid check or training cannot be matched.',
    table: 'Mentors’ register', name: 'Mentor', check: 'Check valid until', training: 'Training completed', family: 'Family', supervision: 'Last supervision', empty: 'No mentors on the register.',
    status: { available: 'Can be matched', matched: 'Matched to a family', not_ready: 'Cannot be matched', ended: 'Left' },
    renew: 'Check to be renewed by {{date}}', add: 'Add a mentor', givenNames: 'Given names', surnames: 'Surname', phone: 'Phone', checkDoneOn: 'Check made on', checkValidUntil: 'Check valid until', trainingCompletedOn: 'Training completed',
    leaders: 'Conference leaders’ training and supervision', leader: 'Staff member', kind: 'Kind', givenBy: 'Given by', trainingKind: { training: 'Training', supervision: 'Supervision' }, addTraining: 'Record',
    actions: 'A mentor’s supervision and leaving', actionsIntro: 'Choose a mentor to record their supervision or their leaving the register.',
    addSupervision: 'Supervision', supervisor: 'Supervised by', recordSupervision: 'Record the supervision', leaving: 'The mentor leaves', endedOn: 'Left on', leave: 'Record the leaving',
    noTrainings: 'No records.',
  },
  finance: {
    title: 'Project finance', intro: 'The project’s costs, the grant share, spending against the grant and support after the project, financed by the provider.', none: 'The project’s finance has not been entered.',
    project: 'Project', period: 'Period', promoter: 'Project promoter', initialCost: 'Initial cost', finalCost: 'Final cost', grant: 'Grant', grantShare: 'Grant share',
    spentInProject: 'Spent in the project', grantUsed: 'Grant used', grantLeft: 'Grant left', providerShare: 'Provider’s co-financing', afterProject: 'After the project (financed by the provider)',
    costChange: 'Change in cost', byCategory: 'Spending by category', category: 'Category', inProject: 'In the project', spending: 'Latest spending', add: 'Record spending', amount: 'Amount, €',
    enterProject: 'The project', editProject: 'The project’s costs and grant', projectIntro: 'The project’s costs, grant and period as the provider keeps them; amounts in euros.',
    code: 'Project code', projectName: 'Project name', grantSource: 'Grant source', startsOn: 'Starts', endsOn: 'Ends',
    initialCostTyped: 'Initial cost, €', finalCostTyped: 'Final cost, €', grantTyped: 'Grant, €', saveProject: 'Save the project', fundedByColumn: 'Funded by',
    fundedBy: { project: 'project', provider: 'provider' }, progress: 'Grant used',
  },
  report: {
    title: 'Family support report', intro: 'Families, children, sessions and attendance, conferences, mentors and the finance against the grant.', asOf: 'As of', pdf: 'Download PDF', xlsx: 'Download Excel',
    hidden: 'not shown',
  },
  worklist: {
    fs_conference_review: 'Review of the family’s plan', fs_mentor_supervision: 'Mentor’s supervision', fs_mentor_check: 'Renewal of the mentor’s check', fs_crisis_contact: 'Crisis support for the family',
    mentor: 'Mentor: {{name}}', open: 'Open the family’s case',
  },
};
