import { errorCodeOf } from '../errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSize } from '../limits';

describe('pageSize', () => {
  it('takes first from 0 to MAX_PAGE_SIZE, else the default', () => {
    expect([MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE]).toEqual([100, 20]);
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null, 50)).toBe(50);
    expect([pageSize(0), pageSize(1), pageSize(100)]).toEqual([0, 1, 100]);
  });

  it.each([101, -1, 2.5, 1e9])('refuses first: %p as BAD_USER_INPUT naming first', (first) => {
    let error: unknown;
    try {
      pageSize(first);
    } catch (caught) {
      error = caught;
    }
    expect(errorCodeOf(error)).toBe('BAD_USER_INPUT');
    expect((error as Error).message).toBe(`first must be from 0 to 100 (got ${first}).`);
  });
});
