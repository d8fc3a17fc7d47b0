import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load.ts';
import { type As, setUpTestApp } from './helpers/app.ts';
import { type PopoloDocument, popoloErrors, popoloObjects } from './helpers/popolo.ts';

// Every network of the demo registry (the Smara club and its council among them), exported as Popolo
// and read by the public and by the platform admin, validates against the official Popolo schemas.

const ctx = setUpTestApp();
let networks: string[] = [];

beforeAll(async () => {
  await loadDemo(ctx.database);
  const listed = await ctx.request({ as: 'public', method: 'GET', url: '/api/networks' });
  networks = (listed.data as { items: Array<{ id: string }> }).items.map((network) => network.id);
});

describe('the demo registry as Popolo', () => {
  it('has networks, each exported as objects that validate against the Popolo schemas', async () => {
    expect(networks.length).toBeGreaterThan(0);
    let people = 0;
    for (const as of ['public', 'admin'] as As[]) {
      for (const network of networks) {
        for (const lang of ['ar', 'fr', 'en']) {
          const response = await ctx.request({
            as,
            method: 'GET',
            url: `/api/networks/${network}/popolo?lang=${lang}`,
          });
          expect(response.statusCode, response.body).toBe(200);
          const document = response.data as PopoloDocument;
          expect(document.organizations.map((organization) => organization.id)).toContain(network);
          people += document.persons.length;
          for (const [items, name] of popoloObjects(document)) {
            for (const item of items) {
              expect(popoloErrors(item, name), `${network} ${name} ${JSON.stringify(item)}`).toEqual([]);
            }
          }
        }
      }
    }
    expect(people).toBeGreaterThan(0);
  });
});
