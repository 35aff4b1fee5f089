import { StatementSlots } from '../../src/db/statementSlots';

describe("a request's statement slots", () => {
  it('run at most their size at once, the others in the order they came, and free a slot on failure too', async () => {
    const slots = new StatementSlots(2);
    const started: number[] = [];
    const finish: (() => void)[] = [];
    let running = 0;
    let most = 0;
    const statement = (id: number, fails = false) =>
      slots.run(async () => {
        started.push(id);
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => finish.push(resolve));
        running -= 1;
        if (fails) throw new Error(`statement ${id} failed`);
        return id;
      });
    const results = [statement(1, true), statement(2), statement(3), statement(4)].map((result) => result.catch((error: Error) => error.message));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([1, 2]);
    while (finish.length > 0) {
      finish.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(results)).toEqual(['statement 1 failed', 2, 3, 4]);
    expect(started).toEqual([1, 2, 3, 4]);
    expect(most).toBe(2);
  });
});
