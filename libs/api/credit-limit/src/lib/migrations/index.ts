export const creditLimitMigrations = [];
