/** The Individual Programme's pure rules, schemas and definition (IP-1 – IP-6). */
export * from './programme';
export * from './settings';
export * from './service-lines';
export * from './target-groups';
export * from './granting.rules';
export * from './costs.rules';
export * from './target-group-report.rules';
export * from './satisfaction.rules';
export * from './api.schemas';
export * from './policies';
export * from './instruments';
export * from './case-history.format';
