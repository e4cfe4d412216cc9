export * from './lib/csv';
export * from './lib/money';
export * from './lib/dates';
