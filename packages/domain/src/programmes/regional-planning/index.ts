/** Regional planning's pure rules, schemas and definition (RP-1 – RP-7). */
export * from './catalogue';
export * from './programme';
export * from './settings';
export * from './forecast.rules';
export * from './round.rules';
export * from './cooperation.rules';
export * from './situation.rules';
export * from './api.schemas';
