export const reportingMigrations = [];
