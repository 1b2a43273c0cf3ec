import * as assert from 'node:assert/strict';
import { dayNumber, findDates, fromDayNumber, isValidDay, mentionToIso, parseDate, splitIso, weekday } from '../../src/core/dates';

describe('dates', () => {
  it('reads the ways English letters write a date', () => {
    const cases: [string, string][] = [
      ['4th July 2019', '2019-07-04'],
      ['13 December 2017', '2017-12-13'],
      ['1st of March 2020', '2020-03-01'],
      ['15/01/2018', '2018-01-15'],
      ['15.01.2018', '2018-01-15'],
      ['15-01-18', '2018-01-15'],
      ['2019-06-13', '2019-06-13'],
      ['July 4, 2019', '2019-07-04'],
      ['Sept 3rd 2021', '2021-09-03'],
      ['Monday, 4 July 2022', '2022-07-04'],
      ['Wed 13 Dec 2017', '2017-12-13'],
    ];
    for (const [text, iso] of cases) assert.equal(parseDate(text), iso, text);
  });

  it('reads 01/02/2020 in UK order, as the 1st of February', () => {
    assert.equal(parseDate('01/02/2020'), '2020-02-01');
  });

  it('rejects days the calendar does not have', () => {
    assert.equal(parseDate('31 February 2019'), null);
    assert.equal(parseDate('29/02/2019'), null);
    assert.equal(parseDate('29/02/2020'), '2020-02-29');
    assert.equal(parseDate('2019-13-01'), null);
  });

  it('gives "13th December" the latest such day not after the reference date', () => {
    assert.equal(parseDate('13th December', '2018-01-15'), '2017-12-13');
    assert.equal(parseDate('13th December', '2018-12-13'), '2018-12-13');
    assert.equal(parseDate('29 February', '2021-03-01'), '2020-02-29');
  });

  it('leaves a date without a year undated when there is no reference', () => {
    assert.equal(parseDate('13th December'), null);
  });

  it('finds dates inside running text with their spans', () => {
    const text = 'received on the 13 December 2017 and answered 15/01/2018.';
    const found = findDates(text).map((d) => text.slice(d.span.start, d.span.end));
    assert.deepEqual(found, ['13 December 2017', '15/01/2018']);
  });

  it('does not read references, section numbers or "may" as dates', () => {
    const text = 'FOI/OPCC/19-026-037, 19-040-043 and 2019-01031; section 2 may apply; 01234 842547';
    assert.deepEqual(findDates(text), []);
  });

  it('reads a weekday and a month name written out in full before the day', () => {
    assert.equal(parseDate('Wednesday., September. 4, 2019'), '2019-09-04');
    assert.equal(parseDate('Saturday,   1st   of   June 2019'), '2019-06-01');
  });


  it('reads a date opening with any spelling of a weekday or month name, after other words', () => {
    const weekdays = ['Mon', 'Tue', 'Tues', 'Wed', 'Wednes', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Satur', 'Sun', 'Sunday'];
    for (const name of weekdays) {
      const text = `The request was answered on ${name.toUpperCase()}.,\t4 July 2019.`;
      const [found] = findDates(text);
      assert.equal(text.slice(found.span.start, found.span.end), `${name.toUpperCase()}.,\t4 July 2019`, name);
    }
    const months = ['Jan', 'January', 'Feb', 'February', 'Mar', 'March', 'Apr', 'April', 'May', 'Jun', 'June', 'Jul', 'July',
      'Aug', 'August', 'Sep', 'Sept', 'September', 'Oct', 'October', 'Nov', 'November', 'Dec', 'December'];
    for (const name of months) {
      const text = `The request was answered on ${name}. 4, 2019.`;
      const [found] = findDates(text);
      assert.equal(text.slice(found.span.start, found.span.end), `${name}. 4, 2019`, name);
    }
  });
  it('finds dates among many other numbers, and only whole ones', () => {
    const text = 'Tel 01234 842547, ref 2019/0042 (s.40(2)); 1234567890123456789012345678901 4 July 2019, 13/06/2019.';
    const found = findDates(text).map((d) => text.slice(d.span.start, d.span.end));
    assert.deepEqual(found, ['4 July 2019', '13/06/2019']);
  });

  it('does not read a date glued to a word or number', () => {
    assert.deepEqual(findDates('Xmay 5 2019 and 14July 2019 and 2019-06-131'), []);
  });

  it('reads only within the span asked for', () => {
    const text = '1 May 2020 then 2 June 2021';
    const found = findDates(text, 11);
    assert.equal(found.length, 1);
    assert.equal(mentionToIso(found[0]), '2021-06-02');
    assert.equal(text.slice(found[0].span.start, found[0].span.end), '2 June 2021');
  });

  it('round-trips day numbers and knows weekdays', () => {
    assert.equal(fromDayNumber(dayNumber('2024-02-29')), '2024-02-29');
    assert.equal(dayNumber('1970-01-02'), 1);
    assert.equal(weekday('2019-07-04'), 4);
    assert.ok(Number.isNaN(dayNumber('not a date')));
  });

  it('validates ISO strings strictly', () => {
    assert.deepEqual(splitIso('2018-01-15'), { year: 2018, month: 1, day: 15 });
    assert.equal(splitIso('2018-1-15'), undefined);
    assert.equal(splitIso('2018-02-30'), undefined);
    assert.equal(isValidDay(2000, 2, 29), true);
    assert.equal(isValidDay(1900, 2, 29), false);
    assert.equal(isValidDay(2024, 2, 29), true);
    assert.equal(isValidDay(2100, 2, 29), false);
    assert.equal(isValidDay(2019, 4, 31), false);
    assert.equal(isValidDay(2019, 12, 31), true);
  });
});
