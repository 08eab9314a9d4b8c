/** The Individual Budget programme's pure rules, schemas and definition (IB-1 – IB-6). */
export * from './catalogue';
export * from './programme';
export * from './settings';
export * from './instruments';
export * from './policies';
export * from './ranking.rules';
export * from './periods.rules';
export * from './ledger.rules';
export * from './report.rules';
export * from './api.schemas';
