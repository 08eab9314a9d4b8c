/** Family support's pure rules, schemas and definition (FS-1 – FS-6). */
export * from './programme';
export * from './settings';
export * from './members';
export * from './groups.rules';
export * from './mentors.rules';
export * from './conference.rules';
export * from './referral.rules';
export * from './finance.rules';
export * from './worklist.rules';
export * from './policies';
export * from './instruments';
export * from './api.schemas';
