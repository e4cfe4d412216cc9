import { recap } from '../../testing/fixtures';
import { NO_GROUP, filterByGroup, groupOptions } from './recap-group-filter';

describe('recap group filter', () => {
  it('offers the groups of both lists, by code, named when known, "no group" last, with counts', () => {
    const options = groupOptions(recap(), [{ id: 'g-2', code: 'RITEL', name: 'Ritel Jakarta' }]);
    expect(options).toEqual([
      { value: 'g-1', code: 'GROSIR', name: null, customers: 1 },
      { value: 'g-2', code: 'RITEL', name: 'Ritel Jakarta', customers: 2 },
      { value: NO_GROUP, code: null, name: null, customers: 1 },
    ]);
  });

  it('filters rows by group, by "no group", or not at all', () => {
    const { overlimit, warning } = recap();
    expect(filterByGroup(warning, '')).toBe(warning);
    expect(filterByGroup(warning, 'g-2').map((r) => r.code)).toEqual(['C-002']);
    expect(filterByGroup(overlimit, NO_GROUP).map((r) => r.code)).toEqual(['C-004']);
    expect(filterByGroup(overlimit, 'g-1')).toEqual([]);
  });
});
