export { CreditLimitModule } from './lib/credit-limit.module';
export { creditLimitMigrations } from './lib/migrations';
export { CreditCheckService, type CreditDecision } from './lib/check/credit-check.service';
export { CreditLedger, type ExposureDelta, type ExposureSource } from './lib/exposure/credit-ledger.service';
export { CreditEvaluator, type Projection, toCustomerCredit, creditReasons } from './lib/evaluation/credit-evaluator';
export { creditEvaluationSql, type CreditEvaluationRow } from './lib/evaluation/credit-evaluation.sql';
export { CreditSettingsService } from './lib/settings/credit-settings.service';
