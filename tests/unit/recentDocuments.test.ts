import { RecentDocuments } from '../../src/limits/recentDocuments';

describe('the verdicts remembered per document', () => {
  it('answers what was set for a document, and nothing for one it never saw', () => {
    const recent = new RecentDocuments<string | false>(100);
    recent.set('{ a }', false);
    recent.set('{ b }', 'too deep');
    expect(recent.get('{ a }')).toBe(false);
    expect(recent.get('{ b }')).toBe('too deep');
    expect(recent.get('{ c }')).toBeUndefined();
  });

  it('keeps no more text than its bound, forgetting the least recently used first', () => {
    const recent = new RecentDocuments<number>(30);
    recent.set('a'.repeat(10), 1);
    recent.set('b'.repeat(10), 2);
    recent.set('c'.repeat(10), 3);
    recent.get('a'.repeat(10));
    recent.set('d'.repeat(10), 4);
    expect(recent.get('b'.repeat(10))).toBeUndefined();
    expect([recent.get('a'.repeat(10)), recent.get('c'.repeat(10)), recent.get('d'.repeat(10))]).toEqual([1, 3, 4]);
  });

  it('does not keep a document longer than the whole bound', () => {
    const recent = new RecentDocuments<number>(30);
    recent.set('a'.repeat(10), 1);
    recent.set('x'.repeat(31), 2);
    expect(recent.get('x'.repeat(31))).toBeUndefined();
    expect(recent.get('a'.repeat(10))).toBe(1);
  });
});
