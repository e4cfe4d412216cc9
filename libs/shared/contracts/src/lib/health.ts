export interface HealthResponse {
  status: 'ok';
  database: 'up';
  embeddedDatabase: boolean;
  version: string;
}
