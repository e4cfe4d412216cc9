export * from './lib/csv';
export * from './lib/money';
export * from './lib/dates';
export * from './lib/sql-like';
