import { describe, expect, it } from 'vitest';
import { executePrepared, preparedOnce, prepareNamed } from './prepared.ts';

/** A query as Drizzle's builders are: its text, and a prepared form under a name. */
function fakeQuery(text: string) {
  const names: string[] = [];
  return {
    names,
    toSQL: () => ({ sql: text }),
    prepare: (name: string) => {
      names.push(name);
      return { name, execute: async () => name };
    },
  };
}

describe('prepared statements', () => {
  it('are named after their purpose and their text: one text, one name', async () => {
    const first = prepareNamed('agreement', fakeQuery('select 1'));
    const again = prepareNamed('agreement', fakeQuery('select 1'));
    const other = prepareNamed('agreement', fakeQuery('select 2'));
    expect(first.name).toMatch(/^agreement_[\w-]{20}$/);
    expect(again.name).toBe(first.name);
    expect(other.name).not.toBe(first.name);
    expect(await executePrepared('agreement', fakeQuery('select 1'))).toBe(first.name);
  });

  it('of one shape are built once per database handle', () => {
    const database = {};
    let built = 0;
    const make = () => {
      built++;
      return prepareNamed('page', fakeQuery(`select ${built}`));
    };
    const first = preparedOnce(database, 'page:first', make);
    expect(preparedOnce(database, 'page:first', make)).toBe(first);
    expect(built).toBe(1);
    expect(preparedOnce(database, 'page:next', make)).not.toBe(first);
    expect(preparedOnce({}, 'page:first', make)).not.toBe(first);
    expect(built).toBe(3);
  });
});
