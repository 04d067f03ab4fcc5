import { describe, expect, it } from 'vitest';
import { KoryuError } from '../../model/errors.js';
import { fiscalYearOf, fiscalYearRange, monthInRange, parseMonth } from './fiscal.js';

describe('fiscal years', () => {
  it('places a dated month in its fiscal year', () => {
    expect(fiscalYearOf('2021-03')).toBe(2020);
    expect(fiscalYearOf('2020-04')).toBe(2020);
    expect(fiscalYearOf('2020-12-25')).toBe(2020);
    expect(fiscalYearOf('2021-01-05')).toBe(2020);
  });

  it('cannot place a bare year or a non-date', () => {
    expect(fiscalYearOf('2020')).toBeUndefined();
    expect(fiscalYearOf('令和2年')).toBeUndefined();
  });

  it('gives the months a fiscal year covers', () => {
    expect(fiscalYearRange(2020)).toEqual({ from: '2020-04', to: '2021-03' });
  });
});

describe('monthInRange', () => {
  it('is inclusive at both ends and counts a day by its month', () => {
    expect(monthInRange('2020-04', '2020-04', '2021-03')).toBe(true);
    expect(monthInRange('2021-03-31', '2020-04', '2021-03')).toBe(true);
    expect(monthInRange('2020-03', '2020-04', '2021-03')).toBe(false);
    expect(monthInRange('2021-04-01', '2020-04', '2021-03')).toBe(false);
  });

  it('takes a bare year only when the whole year is in range', () => {
    expect(monthInRange('2020', '2020-04', '2021-03')).toBe(false);
    expect(monthInRange('2020', '2020-01', '2021-03')).toBe(true);
    expect(monthInRange('2020', '2019-04', '2020-12')).toBe(true);
  });

  it('rejects malformed bounds', () => {
    expect(() => monthInRange('2020-05', '2020-4', '2021-03')).toThrow(KoryuError);
  });
});

describe('parseMonth', () => {
  it('accepts YYYY-MM', () => {
    expect(parseMonth('2020-04')).toBe('2020-04');
  });

  it.each(['2020-4', '2020-13', '2020/04', '202004', '2020-04-01', ''])('rejects %j with E_BAD_VALUE and an example', (s) => {
    try {
      parseMonth(s);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(KoryuError);
      expect((e as KoryuError).code).toBe('E_BAD_VALUE');
      expect((e as KoryuError).message).toMatch(/e\.g\. 2020-04/);
    }
  });
});
