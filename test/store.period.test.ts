import { describe, expect, it } from 'vitest';
import { eventInPeriod, eventMonths, monthBounds } from '../src/store/period.js';

describe('period rule', () => {
  it('bounds a partial date by months', () => {
    expect(monthBounds('2020')).toEqual({ lo: '2020-01', hi: '2020-12' });
    expect(monthBounds('2020-05')).toEqual({ lo: '2020-05', hi: '2020-05' });
    expect(monthBounds('2020-05-17')).toEqual({ lo: '2020-05', hi: '2020-05' });
    expect(eventMonths('2021-01', '2021-02-03')).toEqual({ lo: '2021-01', hi: '2021-02', span: true });
  });

  it.each([
    // date, dateEnd, from, to, inside
    ['2020-04-01', undefined, '2020-04', '2021-03', true],
    ['2021-03-31', undefined, '2020-04', '2021-03', true],
    ['2020-03', undefined, '2020-04', '2021-03', false],
    ['2020', undefined, '2020-04', '2021-03', false],
    ['2020', undefined, '2020-01', '2020-12', true],
    ['2020', undefined, undefined, '2020-06', false],
    ['2020', undefined, '2019-01', undefined, true],
    ['2021-01', '2021-02', '2020-04', '2021-01', true],
    ['2021-01', '2021-02', '2021-02', undefined, true],
    ['2021-01', '2021-02', '2021-03', undefined, false],
    ['2019', '2021', '2020-04', '2020-05', true],
    ['2020-06', undefined, undefined, undefined, true],
  ] as const)('%s..%s in %s..%s → %s', (date, dateEnd, from, to, inside) => {
    expect(eventInPeriod(date, dateEnd, from, to)).toBe(inside);
  });
});
