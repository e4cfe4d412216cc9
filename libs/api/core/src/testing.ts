export * from './testing/test-app';
export * from './testing/test-database';
