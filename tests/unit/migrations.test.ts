import { MIGRATIONS } from '../../src/db/migrations';

describe('the migrations', () => {
  // A database records the numbers it applied: a second migration under a number already applied
  // would never run there (two branches once both added a 7th, and the data set's version went missing).
  it('are numbered 1, 2, 3, … with no number used twice', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_migration, index) => index + 1));
  });
});
