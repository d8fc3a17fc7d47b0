import { normalizeName } from '../../src/shared/names.ts';

/*
 * A registry at a size where the planner's choices matter, made set-based in a few seconds:
 * agreements with two parties each, organizations (networks, their bodies, local authorities in
 * networks), people in organizations, places, named readers of restricted agreements, and the
 * sources they cite. Names
 * are made of syllables, in Latin and Arabic script, so that trigram statistics look like real ones.
 */

export const AGREEMENTS = 20_000;
export const ORGANIZATIONS = 20_000;
export const NETWORKS = 30;
export const BODIES = 30;
export const PEOPLE = 5_000;
export const SOURCES = 10_000;

// Deterministic ids, so the seed can link rows by their number alone.
export const idOf = (kind: 'org' | 'agr' | 'person', n: number) => {
  const hex = `${kind === 'org' ? '1' : kind === 'agr' ? '2' : '3'}${n.toString(16).padStart(11, '0')}`;
  return `00000000-0000-4000-8000-${hex}`;
};
const idSql = (kind: 'org' | 'agr' | 'person', n: string) =>
  `('00000000-0000-4000-8000-${kind === 'org' ? '1' : kind === 'agr' ? '2' : '3'}' || lpad(to_hex(${n}), 11, '0'))::uuid`;

const LATIN = `ARRAY['ka','ta','ri','mo','su','la','ne','bo','di','ga','se','tu','an','el','or']`;
const ARABIC = `ARRAY['كا','تا','ري','مو','سو','لا','ني','بو','دي','غا','سي','تو','ان','ال','ور']`;
const nameOf = (syllables: string, n: string) =>
  `(${syllables})[1 + ${n} % 15] || (${syllables})[1 + (${n} / 15) % 15] || (${syllables})[1 + (${n} / 225) % 15] || (${syllables})[1 + (${n} / 3375) % 15]`;

export const RABAT = { fr: 'Rabat', ar: 'الرباط' };

export type RawQuery = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const LOADED_TABLES = [
  'places',
  'organizations',
  'people',
  'memberships',
  'agreements',
  'agreement_parties',
  'agreement_readers',
  'sources',
  'citations',
];

export async function seedLists(raw: RawQuery): Promise<void> {
  // The rows are consistent by construction: no foreign-key trigger need check each one. And an
  // index is built faster at once than row by row: the tables' own indexes, exactly as migrated,
  // are set aside while loading and built again after.
  await raw(`SET LOCAL session_replication_role = replica`);
  const indexes = (await raw(
    `SELECT indexname, indexdef FROM pg_indexes i
     WHERE schemaname = current_schema() AND tablename = ANY ($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [LOADED_TABLES],
  )) as { indexname: string; indexdef: string }[];
  for (const { indexname } of indexes) await raw(`DROP INDEX "${indexname}"`);
  const countries = `ARRAY['MA','EH','ML','SN','FR','ES','IT','DZ','TN','MR','NE','BF','CI','GM','BE','DE','PT','EG','LY','TD']`;
  await raw(`
    INSERT INTO places (id, name, country_code, other_country_codes)
    SELECT ('00000000-0000-4000-8000-4' || lpad(to_hex(n), 11, '0'))::uuid, 'Place ' || n,
           (${countries})[1 + n % 20], CASE WHEN n % 20 = 0 THEN ARRAY['EH'] ELSE '{}'::text[] END
    FROM generate_series(1, 400) AS n`);
  await raw(`
    INSERT INTO organizations (id, kind, subkind, name, search_text, country_code, place_id, parent_id)
    SELECT ${idSql('org', 'n')},
           CASE WHEN n <= ${NETWORKS} THEN 'network' WHEN n <= ${NETWORKS + BODIES} THEN 'body'
                WHEN n % 10 = 0 THEN 'partner_institution' ELSE 'local_authority' END,
           CASE WHEN n <= ${NETWORKS} THEN 'network' WHEN n <= ${NETWORKS + BODIES} THEN 'council'
                WHEN n % 10 = 0 THEN 'association' ELSE 'commune' END,
           jsonb_build_object('fr', initcap(${nameOf(LATIN, 'n')}), 'ar', ${nameOf(ARABIC, 'n')}),
           ${nameOf(LATIN, 'n')} || ' | ' || ${nameOf(ARABIC, 'n')},
           -- A country with only a few organizations, and so a few agreements.
           CASE WHEN n % 5000 = 1007 THEN 'CV' ELSE (${countries})[1 + n % 20] END,
           CASE WHEN n % 3 = 0 THEN ('00000000-0000-4000-8000-4' || lpad(to_hex(1 + n % 400), 11, '0'))::uuid END,
           CASE WHEN n > ${NETWORKS} AND n <= ${NETWORKS + BODIES} THEN ${idSql('org', `(n - ${NETWORKS})`)} END
    FROM generate_series(1, ${ORGANIZATIONS}) AS n`);
  // A few organizations the searches below find, by their Latin and their Arabic names.
  await raw(`UPDATE organizations SET name = $1, search_text = $2 WHERE id IN ($3, $4, $5)`, [
    RABAT,
    `${normalizeName(RABAT.fr)} | ${normalizeName(RABAT.ar)}`,
    idOf('org', 100),
    idOf('org', 2_500),
    idOf('org', 4_900),
  ]);
  await raw(`
    INSERT INTO people (id, name, names, search_text)
    SELECT ${idSql('person', 'n')}, initcap(${nameOf(LATIN, '(n * 7)')}),
           jsonb_build_object('ar', ${nameOf(ARABIC, '(n * 7)')}),
           ${nameOf(LATIN, '(n * 7)')} || ' | ' || ${nameOf(ARABIC, '(n * 7)')}
    FROM generate_series(1, ${PEOPLE}) AS n`);
  await raw(`UPDATE people SET name = $1, names = $2, search_text = $3 WHERE id IN ($4, $5)`, [
    'Rabat Fall',
    { ar: 'الرباط فال' },
    `${normalizeName('Rabat Fall')} | ${normalizeName('الرباط فال')}`,
    idOf('person', 10),
    idOf('person', 3_000),
  ]);
  // Organizations in networks, and people in organizations.
  await raw(`
    INSERT INTO memberships (organization_id, member_organization_id, role, status)
    SELECT ${idSql('org', `(1 + n % ${NETWORKS})`)}, ${idSql('org', 'n')}, 'member', 'active'
    FROM generate_series(${NETWORKS + BODIES + 1}, ${ORGANIZATIONS}) AS n WHERE n % 3 = 0`);
  await raw(`
    INSERT INTO memberships (organization_id, person_id, role, status)
    SELECT ${idSql('org', `(${NETWORKS + BODIES + 1} + n % ${ORGANIZATIONS - NETWORKS - BODIES})`)},
           ${idSql('person', 'n')}, 'mayor', 'active'
    FROM generate_series(1, ${PEOPLE}) AS n`);
  const statuses = `ARRAY['proposed','negotiating','awaiting_approval','approved','partially_signed','signed','in_force','suspended','ended','withdrawn']`;
  const types = `ARRAY['twinning','friendship_cooperation_protocol','cooperation_agreement','memorandum_of_understanding','other']`;
  const themes = `ARRAY['local_development','ecological_transition','social_cohesion','sustainable_development','youth_empowerment','trade','culture','tourism','education','health','water_sanitation','agriculture','urban_planning','governance','solidarity','peace_security','sport','gender_equality','digital']`;
  await raw(`
    INSERT INTO agreements (id, type, status, title, title_search, themes, signed_on, visibility)
    SELECT ${idSql('agr', 'n')}, (${types})[1 + n % 5], (${statuses})[1 + (n / 5) % 10],
           jsonb_build_object('fr', 'Jumelage ' || ${nameOf(LATIN, '(n * 11)')}, 'ar', 'توأمة ' || ${nameOf(ARABIC, '(n * 11)')}),
           'jumelage ' || ${nameOf(LATIN, '(n * 11)')} || ' | ' || 'توامه ' || ${nameOf(ARABIC, '(n * 11)')},
           CASE WHEN n % 4 = 0 THEN '{}'::text[]
                ELSE ARRAY[(${themes})[1 + n % 19], (${themes})[1 + (n * 7 + 3) % 19]] END,
           CASE WHEN n % 10 = 0 THEN NULL ELSE date '1960-01-01' + (n * 37) % 23000 END,
           CASE n % 10 WHEN 1 THEN 'members' WHEN 2 THEN 'restricted' ELSE 'public' END
    FROM generate_series(1, ${AGREEMENTS}) AS n`);
  // Two parties each, never the same organization twice, none of them a network or a body; each
  // with its organization's country, as recording an agreement copies it.
  const spread = ORGANIZATIONS - NETWORKS - BODIES;
  await raw(`
    INSERT INTO agreement_parties (agreement_id, position, organization_id, country_code)
    SELECT party.agreement_id, party.position, party.organization_id, o.country_code
    FROM (SELECT ${idSql('agr', 'n')} AS agreement_id, side AS position,
                 ${idSql('org', `(${NETWORKS + BODIES + 1} + CASE side WHEN 1 THEN n % ${spread} ELSE (n % ${spread} + 1 + (n * 13) % ${spread - 2}) % ${spread} END)`)} AS organization_id
          FROM generate_series(1, ${AGREEMENTS}) AS n, generate_series(1, 2) AS side) AS party
    JOIN organizations o ON o.id = party.organization_id`);
  await raw(`UPDATE agreements SET title = $1, title_search = $2 WHERE id IN ($3, $4)`, [
    { fr: 'Jumelage Rabat', ar: 'توأمة الرباط' },
    `${normalizeName('Jumelage Rabat')} | ${normalizeName('توأمة الرباط')}`,
    idOf('agr', 7),
    idOf('agr', 15_000),
  ]);
  await raw(`
    INSERT INTO agreement_readers (agreement_id, body_id)
    SELECT ${idSql('agr', 'n')}, ${idSql('org', `(${NETWORKS + 1} + n % ${BODIES})`)}
    FROM generate_series(1, ${AGREEMENTS}) AS n WHERE n % 10 = 2`);
  // Press articles, each cited by two agreements, and by organizations now and then.
  await raw(`
    INSERT INTO sources (id, kind, title, language, created_at)
    SELECT ('00000000-0000-4000-8000-5' || lpad(to_hex(n), 11, '0'))::uuid, 'press_article',
           'Article ' || n, 'fr', timestamptz '2020-01-01' + n * interval '1 hour'
    FROM generate_series(1, ${SOURCES}) AS n`);
  await raw(`
    INSERT INTO citations (source_id, entity_type, entity_id, quote)
    SELECT ('00000000-0000-4000-8000-5' || lpad(to_hex(1 + n % ${SOURCES}), 11, '0'))::uuid,
           'agreement', ${idSql('agr', 'n')}, 'A passage.'
    FROM generate_series(1, ${AGREEMENTS}) AS n
    UNION ALL
    SELECT ('00000000-0000-4000-8000-5' || lpad(to_hex(1 + n % ${SOURCES}), 11, '0'))::uuid,
           'organization', ${idSql('org', 'n')}, NULL
    FROM generate_series(1, ${ORGANIZATIONS}) AS n WHERE n % 7 = 0`);
  for (const { indexdef } of indexes) await raw(indexdef);
  await raw(`SET LOCAL session_replication_role = DEFAULT`);
  for (const table of LOADED_TABLES) await raw(`ANALYZE ${table}`);
}
