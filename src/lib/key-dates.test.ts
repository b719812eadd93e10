import { describe, expect, it } from 'vitest';
import { keyDates, type DatedEvent } from './key-dates';

const e = (id: string, date: string, kind = 'war'): DatedEvent => ({ id, date, kind });

describe('keyDates', () => {
  const events = [
    e('far-war', '1992-08-14'),
    e('near-other', '2008-08-10', 'other'),
    e('war', '2008-08-07'),
    e('ceasefire', '2008-08-12', 'ceasefire'),
    e('recognition', '2008-08-26', 'recognition'),
    e('summit', '2008-04-03', 'summit'),
    e('treaty', '2014-11-24', 'agreement'),
    e('later-treaty', '2015-03-18', 'agreement'),
  ];

  it.each<[string, DatedEvent[], string, { min?: number; max?: number }, string[]]>([
    ['major kinds nearest the start, in date order', events, '2008-08-07', {}, ['summit', 'war', 'ceasefire', 'recognition', 'treaty', 'later-treaty']],
    ['at most max', events, '2008-08-07', { max: 4 }, ['summit', 'war', 'ceasefire', 'recognition']],
    ['"other" fills up to min', [e('a', '2000-01-01'), e('o1', '2000-01-02', 'other'), e('o2', '2000-03-01', 'other'), e('o3', '2001-01-01', 'other')], '2000-01-01', { min: 3 }, ['a', 'o1', 'o2']],
    ['fewer events than min: all of them', [e('a', '2000-01-01', 'other')], '2000-01-01', {}, ['a']],
    ['no events', [], '2000-01-01', {}, []],
    ['ties broken by date then id', [e('b', '2000-01-03'), e('a', '2000-01-03'), e('c', '1999-12-30')], '2000-01-01', { max: 2 }, ['c', 'a']],
  ])('%s', (_name, list, start, options, expected) => {
    expect(keyDates(list, start, options).map((x) => x.id)).toEqual(expected);
  });

  it('does not reorder its input', () => {
    const copy = [...events];
    keyDates(events, '2008-08-07');
    expect(events).toEqual(copy);
  });
});
