export { ReportingModule } from './lib/reporting.module';
export { reportingMigrations } from './lib/migrations';
