export const customerMigrations = [];
