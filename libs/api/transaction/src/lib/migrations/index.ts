export const transactionMigrations = [];
