import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { parseCsp } from '../src/http/csp.ts';
import { renderApiTypes } from '../src/http/openapi-types.ts';
import { expectData, problemOf } from './helpers/api-client.ts';
import { setUpTestApp } from './helpers/app.ts';
import { jsonAt, keysAt } from './helpers/json.ts';

const ctx = setUpTestApp();

describe('the HTTP API as a whole', () => {
  it('reports its health and engine', async () => {
    const data = await expectData(ctx.api.GET('/api/health'), 200);
    expect(data).toMatchObject({ status: 'ok', engine: ctx.database.engine });
  });

  it('serves a valid OpenAPI 3.1 document that describes every route', async () => {
    const served = await ctx.request({ method: 'GET', url: '/api/openapi.json' });
    const document = served.data;
    expect(jsonAt(document, 'openapi')).toBe('3.1.0');
    // The parser checks the document whole, on a copy of its own (it resolves references in place).
    await SwaggerParser.validate(JSON.parse(served.body));
    const documented = new Set(
      keysAt(document, 'paths').flatMap((path) =>
        keysAt(document, 'paths', path).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    for (const route of [
      'GET /api/health',
      'GET /api/health/live',
      'GET /api/health/ready',
      'GET /api/places',
      'POST /api/places',
      'GET /api/organizations',
      'POST /api/organizations',
      'GET /api/organizations/{id}',
      'PATCH /api/organizations/{id}',
      'GET /api/people',
      'POST /api/people',
      'GET /api/agreements',
      'POST /api/agreements',
      'GET /api/agreements/{id}',
      'PATCH /api/agreements/{id}',
      'POST /api/agreements/{id}/transitions',
      'POST /api/agreements/{id}/parts',
      'PATCH /api/agreements/{id}/parts/{partId}',
      'POST /api/agreements/{id}/parts/{partId}/signatories',
      'POST /api/agreements/{id}/approvals',
      'POST /api/agreements/{id}/documents',
      'GET /api/agreements/{id}/documents/{documentId}',
      'POST /api/agreements/{id}/sources',
      'GET /api/networks',
      'GET /api/networks/{id}',
      'GET /api/audit',
    ]) {
      expect(documented, route).toContain(route);
    }
    expect(keysAt(document, 'components', 'securitySchemes').sort()).toEqual([
      'bearerToken',
      'sessionCookie',
    ]);
    const operation = (path: string, method: string) => jsonAt(document, 'paths', path, method);
    expect(operation('/api/agreements', 'get')).toBeDefined();
    expect(jsonAt(operation('/api/agreements', 'get'), 'security')).toBeUndefined();
    expect(jsonAt(operation('/api/agreements', 'post'), 'security')).toEqual([
      { sessionCookie: [] },
      { bearerToken: [] },
    ]);
    expect(jsonAt(operation('/api/invitations', 'post'), 'security')).toBeDefined();
    expect(operation('/api/auth/sign-in', 'post')).toBeDefined();
    expect(jsonAt(operation('/api/auth/sign-in', 'post'), 'security')).toBeUndefined();
    const create = operation('/api/agreements', 'post');
    const body = jsonAt(create, 'requestBody', 'content', 'application/json', 'schema');
    // The body may be a named schema: follow its reference.
    const reference = jsonAt(body, '$ref');
    const schema =
      typeof reference === 'string' ? jsonAt(document, ...reference.replace(/^#\//, '').split('/')) : body;
    expect(jsonAt(schema, 'properties', 'parties', 'minItems')).toBe(2);
    expect(jsonAt(create, 'responses', '422', 'content', 'application/problem+json')).toBeDefined();
  });

  it('matches the types the web application was built against (npm run api:types)', async () => {
    const committed = readFileSync(new URL('../web/src/api/schema.d.ts', import.meta.url), 'utf8');
    expect(await renderApiTypes(ctx.app)).toBe(committed);
  });

  it('serves a browsable reference', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('answers an unknown address with a problem naming it, and tags every answer with a request id', async () => {
    const response = await ctx.request({
      method: 'GET',
      url: '/api/treaties',
      headers: { 'x-request-id': 'trace-42' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    // The request id is the server's own, whatever the client sends.
    const requestId = response.headers['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(problemOf(response)).toMatchObject({ status: 404, detail: 'GET /api/treaties', requestId });
  });

  it('refuses a body of the wrong media type', async () => {
    const response = await ctx.request({
      method: 'POST',
      url: '/api/people',
      headers: { 'content-type': 'text/plain' },
      payload: 'name=X',
    });
    expect(response.statusCode).toBe(415);
  });

  it('exports the registry as JSON', async () => {
    await ctx.api.POST('/api/people', { body: { name: 'Fatima Sida' } });
    // Raw: the OpenAPI document does not describe the export's body.
    const response = await ctx.request({ method: 'GET', url: '/api/export' });
    expect(response.statusCode).toBe(200);
    expect(jsonAt(response.data, 'format')).toBe('jumelage-registry/1');
    expect(jsonAt(response.data, 'people')).toContainEqual(expect.objectContaining({ name: 'Fatima Sida' }));
  });
});

describe('security headers', () => {
  it('forbid loading, framing and sniffing on API answers', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('let the reference page load its own scripts only, and never be framed', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it.each(['/api/docs/', '/api/docs/static/swagger-initializer.js', '/api/docs/static/swagger-ui.css'])(
    'give %s one policy with each directive once, the stricter value in force',
    async (url) => {
      const response = await ctx.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      const header = response.headers['content-security-policy'];
      expect(typeof header).toBe('string');
      const names = String(header)
        .split(';')
        .map((part) => part.trim().split(/\s+/)[0]!.toLowerCase())
        .filter(Boolean);
      expect(names.length).toBeGreaterThan(3);
      expect(new Set(names).size, String(header)).toBe(names.length);
      const policy = parseCsp(String(header));
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect(policy.get('form-action')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
    },
  );

  it('send HSTS when the request came over HTTPS through a trusted proxy', async () => {
    const { buildApp } = await import('../src/http/app.ts');
    const behindProxy = await buildApp({ database: ctx.database, trustProxy: true });
    const response = await behindProxy.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    await behindProxy.close();
  });
});
