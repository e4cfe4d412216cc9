import { convertToParamMap } from '@angular/router';
import { paramsFromSearch, searchFromParams } from './group-search';

describe('group search in the URL', () => {
  it('reads the search, with defaults for anything missing or unknown', () => {
    expect(searchFromParams(convertToParamMap({ field: 'name', match: 'exact', q: ' Lokal 1 ', page: '3', size: '50' }))).toEqual({
      field: 'name',
      match: 'exact',
      q: 'Lokal 1',
      page: 3,
      pageSize: 50,
    });
    expect(searchFromParams(convertToParamMap({ field: 'x', match: 'regex', page: '-1', size: '5000' }))).toEqual({
      field: 'code',
      match: 'contains',
      q: '',
      page: 1,
      pageSize: 20,
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(paramsFromSearch({ field: 'name', match: 'startsWith', q: 'Lok', page: 2, pageSize: 20 })).toEqual({
      field: 'name',
      match: 'startsWith',
      q: 'Lok',
      page: 2,
      size: null,
    });
    expect(paramsFromSearch({ field: 'name', match: 'startsWith', q: ' ', page: 1, pageSize: 50 })).toEqual({
      field: null,
      match: null,
      q: null,
      page: null,
      size: 50,
    });
  });
});
