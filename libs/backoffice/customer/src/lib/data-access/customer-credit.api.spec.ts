import { setupApi } from '../../testing/setup-api';
import { CustomerCreditApi } from './customer-credit.api';

const ID = '0b4f3d5e-8a38-4c3e-9a0e-6f5a4b8f8a11';

describe('CustomerCreditApi', () => {
  it('reads and refreshes the credit status', () => {
    const { api, http } = setupApi(CustomerCreditApi);
    api.get(ID).subscribe();
    expect(http.expectOne(`/api/v1/customers/${ID}/credit`).request.method).toBe('GET');
    api.refresh(ID).subscribe();
    expect(http.expectOne(`/api/v1/customers/${ID}/credit/refresh`).request.method).toBe('POST');
    http.verify();
  });
});
