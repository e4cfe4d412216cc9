export const notificationMigrations = [];
