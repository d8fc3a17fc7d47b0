import { sql } from 'drizzle-orm';
import { selectRows } from '../../src/db/client.ts';
import type { paths } from '../../web/src/api/schema.d.ts';
import { expectData } from './api-client.ts';
import type { TestContext } from './app.ts';

/** A tiny but real PDF: file-type recognises it by its header, as it would a signed scan. */
export const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** What recording an organization takes. */
export type OrganizationInput =
  paths['/api/organizations']['post']['requestBody']['content']['application/json'];

export async function createOrganization(ctx: TestContext, body: OrganizationInput) {
  return expectData(ctx.api.POST('/api/organizations', { body }), 201);
}

export async function createCity(ctx: TestContext, name: string, countryCode: string) {
  return createOrganization(ctx, {
    kind: 'local_authority',
    subkind: 'commune',
    name: { en: name },
    countryCode,
  });
}

/** A network with a council, and these organizations as its members. */
export async function createNetworkWithCouncil(ctx: TestContext, memberIds: string[], name = 'Club') {
  const network = (await createOrganization(ctx, { kind: 'network', subkind: 'club', name: { en: name } }))
    .id;
  const council = (
    await createOrganization(ctx, {
      kind: 'body',
      subkind: 'council',
      name: { en: 'Council' },
      parentId: network,
    })
  ).id;
  for (const member of memberIds) {
    await expectData(
      ctx.api.POST('/api/memberships', {
        body: { organizationId: network, memberOrganizationId: member, role: 'member' },
      }),
      201,
    );
  }
  return { network, council };
}

export async function createPerson(ctx: TestContext, name: string) {
  return expectData(ctx.api.POST('/api/people', { body: { name } }), 201);
}

/** Row counts of the tables a write touches, to prove a refused write left nothing behind. */
export async function countRows(ctx: TestContext): Promise<Record<string, number>> {
  const [row] = await selectRows<Record<string, string>>(
    ctx.database.db,
    sql`SELECT
      (SELECT count(*) FROM agreements) AS agreements,
      (SELECT count(*) FROM agreement_parties) AS parties,
      (SELECT count(*) FROM agreement_parts) AS parts,
      (SELECT count(*) FROM agreement_transitions) AS transitions,
      (SELECT count(*) FROM agreement_documents) AS documents,
      (SELECT count(*) FROM organizations) AS organizations,
      (SELECT count(*) FROM people) AS people,
      (SELECT count(*) FROM sources) AS sources,
      (SELECT count(*) FROM citations) AS citations,
      (SELECT count(*) FROM audit_log) AS audit,
      (SELECT count(*) FROM users) AS users,
      (SELECT count(*) FROM role_grants) AS role_grants,
      (SELECT count(*) FROM invitations) AS invitations,
      (SELECT count(*) FROM api_tokens) AS api_tokens`,
  );
  return Object.fromEntries(Object.entries(row!).map(([key, value]) => [key, Number(value)]));
}

export function multipartBody(
  fields: Record<string, string>,
  file?: { name: string; content: Buffer; type?: string },
) {
  const boundary = `----jumelage${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
