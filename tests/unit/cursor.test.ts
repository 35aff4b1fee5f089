import { decodeCursor, encodeCursor } from '../../src/cypher/cursor';
import { checkFirst } from '../../src/cypher/pageSize';
import { isCalendarDate } from '../../src/validation/calendarDate';

const DATE = 'date';

describe('cursors', () => {
  it('round-trip the order, key and id', () => {
    const cursor = encodeCursor({ order: 'LAUNCH_DATE_ASC', key: '2025-05-28', id: 'tianwen-2' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'LAUNCH_DATE_ASC', DATE)).toEqual({ order: 'LAUNCH_DATE_ASC', key: '2025-05-28', id: 'tianwen-2' });
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['base64 of text', Buffer.from('hello').toString('base64url')],
    ['the wrong shape', Buffer.from(JSON.stringify({ id: 'x' })).toString('base64url')],
    ['another order', encodeCursor({ order: 'NAME_ASC', key: 'Dawn', id: 'dawn' })],
    ['a key that is not a date', encodeCursor({ order: 'LAUNCH_DATE_ASC', key: 'tomorrow', id: 'dawn' })],
    ['an empty id', encodeCursor({ order: 'LAUNCH_DATE_ASC', key: '2007-09-27', id: '' })],
    ['a date that is not in the calendar', encodeCursor({ order: 'LAUNCH_DATE_ASC', key: '2025-13-45', id: 'dawn' })],
    ['an oversized string', 'A'.repeat(600)],
  ])('reject %s with BAD_USER_INPUT', (_case, cursor) => {
    expect(() => decodeCursor(cursor, 'LAUNCH_DATE_ASC', DATE)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
    );
  });
});

describe('first', () => {
  it('accepts 0 to 100 and falls back to the default when absent', () => {
    expect(checkFirst(undefined, 20)).toBe(20);
    expect(checkFirst(null, 20)).toBe(20);
    expect(checkFirst(0, 20)).toBe(0);
    expect(checkFirst(100, 20)).toBe(100);
  });

  it.each([101, 1000, -1, 2.5])('refuses %p rather than clamping it', (value) => {
    expect(() => checkFirst(value, 20)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });
});

describe('calendar dates', () => {
  it.each(['2025-05-28', '2024-02-29', '1959-01-02'])('accepts %s', (date) => expect(isCalendarDate(date)).toBe(true));
  it.each(['2025-02-29', '2025-13-01', '2025-5-28', '28/05/2025', '2025-05-28T00:00:00Z'])('refuses %s', (date) =>
    expect(isCalendarDate(date)).toBe(false),
  );
});
