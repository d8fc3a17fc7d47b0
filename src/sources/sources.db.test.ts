import { describe, expect, it } from 'vitest';
import { expectData, expectProblem } from '../../test/helpers/api-client.ts';
import { setUpTestApp } from '../../test/helpers/app.ts';

const ctx = setUpTestApp();

describe('the list of sources', () => {
  it('gives every source a page at a time, the latest recorded first, each once', async () => {
    const recorded: string[] = [];
    for (const title of ['Premier article', 'مقال ثان', 'Third article', 'Quatrième article', 'Fifth']) {
      const source = await expectData(
        ctx.api.POST('/api/sources', { body: { kind: 'press_article', title, language: 'fr' } }),
        201,
      );
      recorded.push(source.id);
    }
    const everything = await expectData(
      ctx.api.GET('/api/sources', { params: { query: { limit: 200 } } }),
      200,
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await expectData(
        ctx.api.GET('/api/sources', { params: { query: { limit: 2, cursor } } }),
        200,
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((source) => source.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(everything.items.map((source) => source.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => recorded.includes(id))).toEqual([...recorded].reverse());
  });

  it('refuses a cursor it could not have written, naming it', async () => {
    for (const cursor of [
      'nonsense',
      Buffer.from(
        JSON.stringify(['2026-02-30T10:00:00.000000Z', '00000000-0000-4000-8000-000000000000']),
      ).toString('base64url'),
      Buffer.from(JSON.stringify(['2026-01-01', '00000000-0000-4000-8000-000000000000'])).toString(
        'base64url',
      ),
    ]) {
      const problem = await expectProblem(
        ctx.api.GET('/api/sources', { params: { query: { cursor } } }),
        422,
      );
      expect(problem.field).toBe('/cursor');
    }
    const tooMany = await expectProblem(
      ctx.api.GET('/api/sources', { params: { query: { limit: 500 } } }),
      422,
    );
    expect(tooMany.field).toBe('/querystring/limit');
  });
});
