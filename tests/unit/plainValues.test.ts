import neo4j from 'neo4j-driver';
import { ROW_KEYS, ROWS } from '../../src/cypher/rows';
import { toPlain } from '../../src/db/values';

/** What the driver hands over for a list of rows: the keys once, then each item's values in their order. */
const rows = (keys: string[], items: unknown[][] | null) => ({ [ROW_KEYS]: keys, [ROWS]: items });

describe('plain values from a statement', () => {
  it('reads a list of rows back as the list of maps it stands for, keys in the order given', () => {
    const events = rows(['id', 'date'], [['launch', '2025-05-28'], ['arrival', null]]);
    const answer = toPlain({ id: 'tianwen-2', events }) as { events: Record<string, unknown>[] };
    expect(answer).toEqual({ id: 'tianwen-2', events: [{ id: 'launch', date: '2025-05-28' }, { id: 'arrival', date: null }] });
    expect(Object.keys(answer.events[0])).toEqual(['id', 'date']);
  });

  it('reads rows inside rows, and Neo4j values inside them, as plain values', () => {
    const targets = rows(['id', 'missions'], [['mars', rows(['id', 'count'], [['tianwen-1', neo4j.int(3)]])]]);
    expect(toPlain({ targets })).toEqual({ targets: [{ id: 'mars', missions: [{ id: 'tianwen-1', count: 3 }] }] });
  });

  it('keeps an empty list empty and a missing list null', () => {
    expect(toPlain({ none: rows(['id'], []), absent: rows(['id'], null) })).toEqual({ none: [], absent: null });
  });

  it('leaves a map whose keys are GraphQL names as a map, even when they are called keys and rows', () => {
    expect(toPlain({ keys: ['id'], rows: [['x']] })).toEqual({ keys: ['id'], rows: [['x']] });
  });
});
