export * from './lib/permissions';
export * from './lib/errors';
export * from './lib/pagination';
export * from './lib/auth';
export * from './lib/health';
