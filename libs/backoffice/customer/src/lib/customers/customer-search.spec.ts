import { convertToParamMap } from '@angular/router';
import { customerSearchFromParams, paramsFromCustomerSearch } from './customer-search';

const GROUP = '5d1c7d38-0d7b-4d3b-9d39-1f7f3f9d0a01';

describe('customer search in the URL', () => {
  it('reads the filters, dropping unknown values', () => {
    expect(customerSearchFromParams(convertToParamMap({ q: ' toko ', group: GROUP, status: 'warning', page: '2', size: '50' }))).toEqual({
      q: 'toko',
      groupId: GROUP,
      creditStatus: 'warning',
      page: 2,
      pageSize: 50,
    });
    expect(customerSearchFromParams(convertToParamMap({ group: 'x', status: 'red', page: '0' }))).toEqual({
      q: '',
      groupId: null,
      creditStatus: null,
      page: 1,
      pageSize: 20,
    });
  });

  it('writes only what is set', () => {
    expect(paramsFromCustomerSearch({ q: '', groupId: GROUP, creditStatus: 'no_limit', page: 1, pageSize: 20 })).toEqual({
      q: null,
      group: GROUP,
      status: 'no_limit',
      page: null,
      size: null,
    });
  });
});
