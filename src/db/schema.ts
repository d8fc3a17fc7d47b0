// Every table of Jumelage, gathered for Drizzle and drizzle-kit. Each lives in its domain folder.

export * from '../accounts/tables.ts';
export * from '../agreements/tables.ts';
export * from '../audit/tables.ts';
export * from '../events/tables.ts';
export * from '../governance/tables.ts';
export * from '../http/tables.ts';
export * from '../imports/tables.ts';
export * from '../imports/upload-tables.ts';
export * from '../ingestion/tables.ts';
export * from '../jobs/tables.ts';
export * from '../matchmaking/tables.ts';
export * from '../networks/tables.ts';
export * from '../organizations/tables.ts';
export * from '../people/tables.ts';
export * from '../places/tables.ts';
export * from '../sources/tables.ts';
export * from '../system/tables.ts';
