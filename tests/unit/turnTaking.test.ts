import { setImmediate as nextTurn } from 'node:timers/promises';
import { TurnTaking } from '../../src/http/turnTaking';

describe('requests begun a few per turn of the event loop', () => {
  it('begins a turn\'s share at once and nothing more', () => {
    const turns = new TurnTaking(3);
    const begun: string[] = [];
    for (let i = 0; i < 5; i += 1) turns.begin('flooder', () => begun.push(`f${i}`));
    expect(begun).toEqual(['f0', 'f1', 'f2']);
    expect(turns.deferred).toBe(2);
  });

  it('serves waiting clients in rotation, so a second client is not queued behind a flood', async () => {
    const turns = new TurnTaking(2);
    const begun: string[] = [];
    for (let i = 0; i < 6; i += 1) turns.begin('flooder', () => begun.push(`f${i}`));
    turns.begin('reader', () => begun.push('r0'));
    await nextTurn();
    // f0 f1 in the first turn; then the flooder and the reader take turns.
    expect(begun).toEqual(['f0', 'f1', 'f2', 'r0']);
    await nextTurn();
    await nextTurn();
    expect(begun).toEqual(['f0', 'f1', 'f2', 'r0', 'f3', 'f4', 'f5']);
  });

  it('lets the loop run its timers between two turns of a burst', async () => {
    const turns = new TurnTaking(2);
    const order: string[] = [];
    let begun = 0;
    // Each request holds the loop for a millisecond, as a refusal does.
    const work = () => {
      for (const until = performance.now() + 1; performance.now() < until; );
      begun += 1;
    };
    setTimeout(() => order.push(`timer after ${begun} begun`), 0);
    for (let i = 0; i < 10; i += 1) turns.begin('flooder', work);
    while (begun < 10) await new Promise((resolve) => setTimeout(resolve, 1));
    // Due after 1 ms: it runs once the first turn's two have held the loop for 2 ms, not after all ten.
    expect(order).toEqual([expect.stringMatching(/^timer after [2-8] begun$/)]);
  });

  it('keeps no request waiting once the burst is over: a later one begins at once', async () => {
    const turns = new TurnTaking(2);
    let begun = 0;
    for (let i = 0; i < 5; i += 1) turns.begin('flooder', () => (begun += 1));
    for (let i = 0; i < 4; i += 1) await nextTurn();
    expect(begun).toBe(5);
    turns.begin('flooder', () => (begun += 1));
    expect(begun).toBe(6);
  });
});
