import createClient from 'openapi-fetch';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { paths } from './schema';
import { send, sendRaw } from './send.ts';
import type { Agreement, Problem } from './types.ts';

/** The typed client over a fake server that answers every request with `response`. */
function clientAnswering(response: () => Response) {
  return createClient<paths>({ baseUrl: 'http://registry.test', fetch: async () => response() });
}

const json = (body: unknown, status: number, contentType = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });

describe('send: a call of the typed client, narrowed to its data or its problem', () => {
  it('gives the data of a success, typed as the operation answers it', async () => {
    const api = clientAnswering(() => json({ id: 'a1', version: 3 }, 200));
    const answer = await send(api.GET('/api/agreements/{id}', { params: { path: { id: 'a1' } } }));
    expect(answer.problem).toBeUndefined();
    expectTypeOf(answer.data).toEqualTypeOf<Agreement | undefined>();
    if (answer.problem) throw new Error('expected data');
    expectTypeOf(answer.data).toEqualTypeOf<Agreement>();
    expect(answer.data).toEqual({ id: 'a1', version: 3 });
  });

  it('gives the problem of a refusal, as the server wrote it', async () => {
    const refusal = {
      type: 'https://jumelage.example/problems/validation',
      title: 'Some input is not valid',
      status: 422,
      errors: [{ field: '/title', code: 'validation.required', message: 'Required' }],
    };
    const api = clientAnswering(() => json(refusal, 422, 'application/problem+json'));
    const answer = await send(
      api.POST('/api/agreements', { body: { type: 'other', title: {}, parties: [] } }),
    );
    expect(answer.data).toBeUndefined();
    expectTypeOf(answer.problem).toEqualTypeOf<Problem | undefined>();
    expect(answer.problem).toEqual(refusal);
    expect(answer.response.status).toBe(422);
  });

  it('makes a problem of its status when the refusal says none (a proxy’s page, an empty body)', async () => {
    const page = clientAnswering(
      () => new Response('<h1>Bad gateway</h1>', { status: 502, statusText: 'Bad Gateway' }),
    );
    expect((await send(page.GET('/api/figures'))).problem).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
    });
    const empty = clientAnswering(() => new Response(null, { status: 503 }));
    expect((await send(empty.GET('/api/figures'))).problem).toMatchObject({ title: '503', status: 503 });
  });

  it('reads the problem of a request made without the typed client (an upload)', async () => {
    const refusal = { type: 'about:blank', title: 'Too large', status: 413 };
    expect(await sendRaw(Promise.resolve(json(refusal, 413)))).toMatchObject({ problem: refusal });
    expect(await sendRaw(Promise.resolve(new Response(null, { status: 201 })))).toMatchObject({
      data: undefined,
    });
  });
});
