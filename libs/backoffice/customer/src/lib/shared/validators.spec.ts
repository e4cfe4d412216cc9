import { FormControl } from '@angular/forms';
import { trimmedText } from './validators';

describe('trimmedText', () => {
  const check = (value: string, options: Parameters<typeof trimmedText>[0]) => trimmedText(options)(new FormControl(value));

  it('checks the trimmed value like the API', () => {
    expect(check(' VIP ', { max: 3, required: true, code: true })).toBeNull();
    expect(check('   ', { max: 3, required: true })).toEqual({ required: true });
    expect(check('', { max: 3 })).toBeNull();
    expect(check('ABCD', { max: 3 })).toEqual({ maxlength: { requiredLength: 3, actualLength: 4 } });
    expect(check('A B', { max: 5, code: true })).toEqual({ pattern: true });
    expect(check('a-b_c.1', { max: 20, code: true })).toBeNull();
  });
});
