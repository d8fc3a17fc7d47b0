import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/database.ts';
import { type DatabaseHandle, selectRows } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { importPlaces } from '../places/import.ts';
import { importAgreementsFile, importAgreementTable, WIKIPEDIA_TWIN_TOWNS } from './agreements-import.ts';
import { readCsv } from './read-table.ts';
import { listImportReviews, resolveImportReview } from './reviews.ts';

let database: DatabaseHandle;

// Rows as the Wikipedia lists write them: a pair both ways, a qualifier, a country to disambiguate,
// a name no gazetteer has, a country no one knows.
const CSV = `city1,country1,city2,country2
Valletta,Malta,Luxembourg,Luxembourg
Luxembourg,Luxembourg,Valletta,Malta
Esch-sur-Alzette,Luxembourg,Birkirkara,Malta
Birkirkara,Malta,Esch-sur-Alzette (city),Luxembourg
Zzyzxqville,Luxembourg,Valletta,Malta
Valletta,Malta,Atlantis,Nowhere land
`;

async function counts() {
  const [row] = await selectRows(
    database.db,
    sql`SELECT (SELECT count(*) FROM agreements)::int AS agreements,
               (SELECT count(*) FROM agreement_parties)::int AS parties,
               (SELECT count(*) FROM organizations)::int AS organizations,
               (SELECT count(*) FROM citations)::int AS citations,
               (SELECT count(*) FROM sources)::int AS sources,
               (SELECT count(*) FROM import_reviews)::int AS reviews,
               (SELECT max(updated_at)::text FROM import_reviews) AS reviews_updated,
               (SELECT count(*) FROM audit_log)::int AS audit`,
  );
  return row!;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importPlaces(database, { countries: ['LU', 'MT'] });
});

afterAll(async () => {
  await database?.close();
});

describe('importing twinned places', () => {
  it('only reports on a dry run', async () => {
    const before = await counts();
    const report = await importAgreementTable(database.db, readCsv(CSV), { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, pairs: 2, agreements: { created: 2, matched: 0 } });
    expect(await counts()).toEqual(before);
  });

  it('records one twinning in force per unordered pair, between local authorities, citing the list', async () => {
    const report = await importAgreementTable(database.db, readCsv(CSV));
    expect(report.rows).toBe(6);
    expect(report.pairs).toBe(2);
    expect(report.mergedRows).toBe(2);
    expect(report.agreements).toEqual({ created: 2, matched: 0 });
    expect(report.organizations).toEqual({ matched: 0, created: 4 });
    expect(report.names).toMatchObject({ distinct: 7, resolved: 5, review: 2 });
    const agreements = await selectRows(
      database.db,
      sql`SELECT a.type, a.status, a.title->>'en' AS title,
                 (SELECT count(*) FROM citations c JOIN sources s ON s.id = c.source_id
                  WHERE c.entity_id = a.id AND s.url = ${WIKIPEDIA_TWIN_TOWNS.url})::int AS cited,
                 (SELECT array_agg(o.kind || ':' || p.country_code ORDER BY p.country_code)
                  FROM agreement_parties ap JOIN organizations o ON o.id = ap.organization_id
                  JOIN places p ON p.id = o.place_id WHERE ap.agreement_id = a.id) AS parties
          FROM agreements a ORDER BY title`,
    );
    expect(agreements).toEqual([
      {
        type: 'twinning',
        status: 'in_force',
        title: expect.stringMatching(/Esch-sur-Alzette.*Birkirkara|Birkirkara.*Esch-sur-Alzette/),
        cited: 1,
        parties: ['local_authority:LU', 'local_authority:MT'],
      },
      {
        type: 'twinning',
        status: 'in_force',
        title: expect.stringMatching(/Luxembourg.*Valletta|Valletta.*Luxembourg/),
        cited: 1,
        parties: ['local_authority:LU', 'local_authority:MT'],
      },
    ]);
  });

  it('keeps what it could not settle in the review list, with its candidates and the pairs it holds back', async () => {
    const reviews = await selectRows(
      database.db,
      sql`SELECT name, country, country_code, reason, status, jsonb_array_length(partners)::int AS partners
          FROM import_reviews ORDER BY name`,
    );
    expect(reviews).toEqual([
      {
        name: 'Atlantis',
        country: 'Nowhere land',
        country_code: null,
        reason: 'unknown_country',
        status: 'open',
        partners: 1,
      },
      {
        name: 'Zzyzxqville',
        country: 'Luxembourg',
        country_code: 'LU',
        reason: 'not_found',
        status: 'open',
        partners: 1,
      },
    ]);
  });

  it('changes nothing when run again', async () => {
    const before = await counts();
    const report = await importAgreementTable(database.db, readCsv(CSV));
    expect(report.agreements).toEqual({ created: 0, matched: 2 });
    expect(report.organizations).toEqual({ matched: 4, created: 0 });
    expect(await counts()).toEqual(before);
  });

  it('offers close spellings for a name it found no place of, and records the held pairs once a place is chosen', async () => {
    const open = await listImportReviews(database.db, { status: 'open' });
    expect(open.total).toBe(2);
    const zzyzx = open.items.find((review) => review.name === 'Zzyzxqville')!;
    expect(zzyzx.candidates.every((candidate) => candidate.match === 'close')).toBe(true);
    const [mersch] = await selectRows<{ id: string }>(
      database.db,
      sql`SELECT id FROM places WHERE country_code = 'LU' AND name = 'Mersch' LIMIT 1`,
    );
    const outcome = await inTransaction(database.db, (tx) =>
      resolveImportReview(tx, { actor: 'test' }, zzyzx.id, { version: zzyzx.version, placeId: mersch!.id }),
    );
    expect(outcome.review).toMatchObject({
      status: 'resolved',
      place: { id: mersch!.id },
      resolvedBy: 'test',
    });
    expect(outcome.agreements).toEqual({ created: 1, matched: 0 });
    expect(outcome.organizations).toEqual({ created: 1, matched: 1 });
    await expect(
      inTransaction(database.db, (tx) =>
        resolveImportReview(tx, { actor: 'test' }, zzyzx.id, {
          version: outcome.review.version,
          placeId: mersch!.id,
        }),
      ),
    ).rejects.toMatchObject({ code: 'import_review.already_resolved' });

    // The next import of the file takes the chosen place, and finds the pair recorded.
    const again = await importAgreementTable(database.db, readCsv(CSV));
    expect(again.resolvedBy.reviewed).toBe(1);
    expect(again.agreements).toEqual({ created: 0, matched: 3 });
  });

  it('makes a place, cited to the list that named it, for a name the gazetteer lacks', async () => {
    const {
      items: [atlantis],
    } = await listImportReviews(database.db, { status: 'open' });
    expect(atlantis!.name).toBe('Atlantis');
    const outcome = await inTransaction(database.db, (tx) =>
      resolveImportReview(tx, { actor: 'test' }, atlantis!.id, {
        version: atlantis!.version,
        newPlace: { name: 'Atlantis', countryCode: 'MT' },
      }),
    );
    expect(outcome.agreements.created).toBe(1);
    const [place] = await selectRows(
      database.db,
      sql`SELECT p.name, s.url FROM places p
          JOIN citations c ON c.entity_type = 'place' AND c.entity_id = p.id
          JOIN sources s ON s.id = c.source_id WHERE p.name = 'Atlantis'`,
    );
    expect(place).toEqual({ name: 'Atlantis', url: WIKIPEDIA_TWIN_TOWNS.url });
  });

  it('reads an XLSX file with French headers, and a CSV with a mapping', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Jumelages');
    sheet.addRow(['Ville 1', 'Pays 1', 'Ville 2', 'Pays 2']);
    sheet.addRow(['Mdina', 'Malte', 'Differdange', 'Luxembourg']);
    const xlsx = join(tmpdir(), `jumelages-${process.pid}.xlsx`);
    await workbook.xlsx.writeFile(xlsx);
    const report = await importAgreementsFile(database.db, xlsx, { dryRun: true });
    expect(report).toMatchObject({ rows: 1, names: { resolved: 2 }, agreements: { created: 1 } });

    const csv = join(tmpdir(), `pairs-${process.pid}.csv`);
    await writeFile(csv, 'From,Land,To,Other land\nMdina,Malta,Differdange,Luxembourg\n');
    await expect(importAgreementsFile(database.db, csv, { dryRun: true })).rejects.toThrow(/no column for/);
    const mapped = await importAgreementsFile(database.db, csv, {
      dryRun: true,
      mapping: { city1: 'From', country1: 'Land', city2: 'To', country2: 'Other land' },
    });
    expect(mapped.agreements.created).toBe(1);
  });
});
