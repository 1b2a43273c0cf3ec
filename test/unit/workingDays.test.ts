import * as assert from 'node:assert/strict';
import Holidays from 'date-holidays';
import { weekday } from '../../src/core/dates';
import { bankHolidays, easterSunday, isWorkingDay, workingDaysBetween } from '../../src/core/workingDays';

/** The public and bank holidays the date-holidays data gives for a GB region in a year, on weekdays, sorted, once each. */
function weekdayHolidaysFromLibrary(region: 'ENG' | 'SCT', year: number): string[] {
  const dates = new Holidays('GB', region)
    .getHolidays(year)
    .filter((h) => h.type === 'public' || h.type === 'bank')
    .map((h) => h.date.slice(0, 10))
    .filter((iso) => weekday(iso) !== 0 && weekday(iso) !== 6)
    .sort();
  return [...new Set(dates)];
}

describe('working days', () => {
  it('computes Easter Sunday by the Gregorian computus', () => {
    const known: Record<number, string> = {
      1981: '1981-04-19',
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2038: '2038-04-25',
    };
    for (const [year, iso] of Object.entries(known)) assert.equal(easterSunday(Number(year)), iso);
  });

  it('agrees with the date-holidays data (GB, England) on every weekday bank holiday from 2013 to 2060', () => {
    for (let year = 2013; year <= 2060; year++) {
      assert.deepEqual([...bankHolidays(year)], weekdayHolidaysFromLibrary('ENG', year), String(year));
    }
  });

  it('includes substitute days for Christmas, Boxing Day and New Year at a weekend', () => {
    assert.deepEqual(
      bankHolidays(2021).filter((d) => d.startsWith('2021-12')),
      ['2021-12-27', '2021-12-28'],
    );
    assert.ok(bankHolidays(2022).includes('2022-01-03'));
    assert.ok(bankHolidays(2020).includes('2020-12-28'));
  });

  it('includes the one-off holidays and the regular days moved for them', () => {
    const oneOffs = ['1999-12-31', '2002-06-03', '2011-04-29', '2012-06-05', '2022-06-03', '2022-09-19', '2023-05-08'];
    for (const iso of oneOffs) assert.ok(bankHolidays(Number(iso.slice(0, 4))).includes(iso), iso);
    assert.ok(bankHolidays(2022).includes('2022-06-02') && !bankHolidays(2022).includes('2022-05-30'));
    assert.ok(bankHolidays(2012).includes('2012-06-04') && !bankHolidays(2012).includes('2012-05-28'));
    assert.ok(bankHolidays(2020).includes('2020-05-08') && !bankHolidays(2020).includes('2020-05-04'));
    assert.ok(bankHolidays(1995).includes('1995-05-08') && !bankHolidays(1995).includes('1995-05-01'));
  });

  it('skips weekends and holidays', () => {
    assert.equal(isWorkingDay('2019-07-04'), true);
    assert.equal(isWorkingDay('2019-07-06'), false);
    assert.equal(isWorkingDay('2022-09-19'), false);
    assert.equal(isWorkingDay('2019-04-19'), false);
    assert.equal(isWorkingDay('garbage'), false);
  });

  it('counts from the day after receipt up to and including the day sent', () => {
    assert.equal(workingDaysBetween('2019-07-03', '2019-07-04'), 1);
    assert.equal(workingDaysBetween('2019-07-05', '2019-07-08'), 1);
    assert.equal(workingDaysBetween('2019-06-13', '2019-07-04'), 15);
  });

  it('skips Christmas, Boxing Day and New Year across a year end (Hertfordshire: 20 days)', () => {
    assert.equal(workingDaysBetween('2017-12-13', '2018-01-15'), 20);
    assert.equal(workingDaysBetween('2017-12-13', '2018-01-16'), 21);
  });

  it('skips the 2022 Jubilee and State funeral and the 2023 Coronation', () => {
    assert.equal(workingDaysBetween('2022-05-31', '2022-06-06'), 2);
    assert.equal(workingDaysBetween('2022-09-16', '2022-09-20'), 1);
    assert.equal(workingDaysBetween('2023-05-05', '2023-05-09'), 1);
  });

  it('is zero when the letter is not after receipt or a date is invalid', () => {
    assert.equal(workingDaysBetween('2019-07-04', '2019-07-04'), 0);
    assert.equal(workingDaysBetween('2019-07-04', '2019-06-01'), 0);
    assert.equal(workingDaysBetween('bad', '2019-06-01'), 0);
  });

  it('agrees with a day-by-day count over long spans', () => {
    let count = 0;
    for (let day = new Date(Date.UTC(2015, 0, 2)); day <= new Date(Date.UTC(2024, 5, 30)); day.setUTCDate(day.getUTCDate() + 1)) {
      if (isWorkingDay(day.toISOString().slice(0, 10))) count++;
    }
    assert.equal(workingDaysBetween('2015-01-01', '2024-06-30'), count);
  });

  it('counts weekends alike in any decade', () => {
    const dayByDay = (from: string, to: string) => {
      let count = 0;
      for (let day = new Date(`${from}T00:00:00Z`); day < new Date(`${to}T00:00:00Z`); ) {
        day.setUTCDate(day.getUTCDate() + 1);
        if (isWorkingDay(day.toISOString().slice(0, 10))) count++;
      }
      return count;
    };
    const spans = [
      ['1979-12-20', '1981-01-07'],
      ['2098-12-01', '2100-03-02'],
      ['2019-06-15', '2019-07-13'],
    ];
    for (const [from, to] of spans) {
      assert.equal(workingDaysBetween(from, to), dayByDay(from, to), `${from} to ${to}`);
    }
  });
});

describe('working days under the Freedom of Information (Scotland) Act 2002', () => {
  it('agrees with the date-holidays data (GB, Scotland) on every weekday bank holiday from 2013 to 2060', () => {
    for (let year = 2013; year <= 2060; year++) {
      assert.deepEqual([...bankHolidays(year, 'foisa')], weekdayHolidaysFromLibrary('SCT', year), String(year));
    }
  });

  it('keeps 2 January and the first Monday of August, and drops Easter Monday and the last Monday of August', () => {
    const scottish = bankHolidays(2024, 'foisa');
    assert.ok(scottish.includes('2024-01-02'));
    assert.ok(scottish.includes('2024-08-05') && !scottish.includes('2024-08-26'));
    assert.ok(!scottish.includes('2024-04-01'), 'Easter Monday');
    assert.ok(bankHolidays(2024).includes('2024-04-01') && bankHolidays(2024).includes('2024-08-26'));
  });

  it('keeps St Andrew\'s Day from 2007, moved to the Monday when it falls at a weekend', () => {
    assert.ok(bankHolidays(2023, 'foisa').includes('2023-11-30'));
    assert.ok(bankHolidays(2024, 'foisa').includes('2024-12-02'), '30 November 2024 was a Saturday');
    assert.ok(bankHolidays(2025, 'foisa').includes('2025-12-01'), '30 November 2025 is a Sunday');
    assert.ok(!bankHolidays(2005, 'foisa').some((iso) => iso.startsWith('2005-11')));
  });

  it('moves 1 and 2 January to the next free weekdays', () => {
    assert.deepEqual(bankHolidays(2022, 'foisa').slice(0, 2), ['2022-01-03', '2022-01-04']);
    assert.deepEqual(bankHolidays(2023, 'foisa').slice(0, 2), ['2023-01-02', '2023-01-03']);
  });

  it('counts one day fewer than England and Wales across St Andrew\'s Day, and one more across Easter Monday', () => {
    assert.equal(workingDaysBetween('2024-11-04', '2024-12-03'), 21);
    assert.equal(workingDaysBetween('2024-11-04', '2024-12-03', 'foisa'), 20);
    assert.equal(workingDaysBetween('2024-03-25', '2024-04-05'), 7);
    assert.equal(workingDaysBetween('2024-03-25', '2024-04-05', 'foisa'), 8);
    assert.equal(isWorkingDay('2024-04-01', 'foisa'), true);
    assert.equal(isWorkingDay('2024-12-02', 'foisa'), false);
  });
});
