import { createAgreement, type PartInput } from '../agreements/agreements.ts';
import type { AgreementType, Theme } from '../agreements/rules.ts';
import type { Database, DatabaseHandle } from '../db/client.ts';
import { createEvent, type EventInput } from '../events/events.ts';
import { createOrganization, type OrganizationInput } from '../organizations/organizations.ts';
import { createMembership, createPerson, createPost, type Role } from '../people/people.ts';
import { importPlaces } from '../places/import.ts';
import { addPlaceNames, createPlace, getPlaceByGeonamesId } from '../places/places.ts';
import type { ActingAs } from '../shared/actor.ts';
import type { LocalizedText } from '../shared/localized.ts';
import { type CitationInput, createSource } from '../sources/sources.ts';
import { getFact, setFact } from '../system/facts.ts';
import { SEED_SOURCES, type SeedSource } from './sources.ts';

/** GeoNames places the demo refers to, with the spellings the seed articles use. */
export const DEMO_GEONAMES = {
  smara: { id: 2461874, names: { ar: 'السمارة', fr: 'Smara', en: 'Smara' } },
  ndjamena: { id: 2427123, names: { ar: 'أنجامينا', fr: 'N’Djamena', en: "N'Djamena" } },
  niamey: { id: 2440485, names: { ar: 'نيامي', fr: 'Niamey', en: 'Niamey' } },
  agadez: { id: 2448085, names: { ar: 'أغاديز', fr: 'Agadez', en: 'Agadez' } },
  timbuktu: { id: 2449067, names: { ar: 'تمبكتو', fr: 'Tombouctou', en: 'Timbuktu' } },
  portoNovo: { id: 2392087, names: { ar: 'بورطو نوفو', fr: 'Porto-Novo', en: 'Porto-Novo' } },
  banjul: { id: 2413876, names: { ar: 'بانجول', fr: 'Banjul', en: 'Banjul' } },
  vijayawada: { id: 1253184, names: { ar: 'فيجاياوادا', fr: 'Vijayawada', en: 'Vijayawada' } },
  parakou: { id: 2392204, names: { ar: 'باراكو', fr: 'Parakou', en: 'Parakou' } },
  brikama: { id: 2413753, names: { ar: 'بريكاما', fr: 'Brikama', en: 'Brikama' } },
  ivry: { id: 3012621, names: { fr: 'Ivry-sur-Seine', en: 'Ivry-sur-Seine', ar: 'إيفري سور سين' } },
  dakar: { id: 2253354, names: { ar: 'داكار', fr: 'Dakar', en: 'Dakar' } },
  tangier: { id: 2530335, names: { ar: 'طنجة', fr: 'Tanger', en: 'Tangier' } },
  tindouf: { id: 2476301, names: { ar: 'تندوف', fr: 'Tindouf', en: 'Tindouf' } },
} as const satisfies Record<string, { id: number; names: LocalizedText }>;

const ACTOR: ActingAs = { actor: 'demo-loader' };

export interface DemoLoadResult {
  loaded: boolean;
  agreements: number;
  organizations: number;
  people: number;
}

/**
 * Loads the demo registry: every fact of the five seed articles, each citing its article.
 * GeoNames places it needs are imported first if the gazetteer lacks them. Runs once per database.
 */
export async function loadDemo(handle: DatabaseHandle): Promise<DemoLoadResult> {
  if (await getFact(handle.db, 'demo_loaded'))
    return { loaded: false, agreements: 0, organizations: 0, people: 0 };
  const ids = Object.values(DEMO_GEONAMES).map((place) => place.id);
  const missing: number[] = [];
  for (const id of ids) if (!(await getPlaceByGeonamesId(handle.db, id))) missing.push(id);
  if (missing.length > 0) await importPlaces(handle, { geonamesIds: missing });
  return handle.db.transaction(async (tx) => {
    const result = await buildDemo(tx as unknown as Database);
    await setFact(tx as unknown as Database, 'demo_loaded', { at: new Date().toISOString(), ...result });
    return { loaded: true, ...result };
  });
}

async function buildDemo(tx: Database) {
  const sourceIds = {} as Record<SeedSource, string>;
  for (const [key, source] of Object.entries(SEED_SOURCES)) {
    sourceIds[key as SeedSource] = (await createSource(tx, ACTOR, source)).id;
  }
  const cite = (source: SeedSource, quote: string): CitationInput => ({ sourceId: sourceIds[source], quote });
  const counts = { agreements: 0, organizations: 0, people: 0 };

  // ---------------------------------------------------------------- places
  const placeIds = {} as Record<keyof typeof DEMO_GEONAMES, string>;
  for (const [key, { id, names }] of Object.entries(DEMO_GEONAMES)) {
    const place = await getPlaceByGeonamesId(tx, id);
    if (!place) throw new Error(`GeoNames place ${id} is missing from the gazetteer`);
    await addPlaceNames(tx, ACTOR, place.id, names);
    placeIds[key as keyof typeof DEMO_GEONAMES] = place.id;
  }
  const amgala = await createPlace(tx, ACTOR, {
    name: 'Amgala',
    names: { ar: 'أمكالة', fr: 'Amgala', en: 'Amgala' },
    alternateNames: ['Amkala', 'Amgala'],
    countryCode: 'EH',
    otherCountryCodes: ['MA'],
    featureCode: 'PPL',
    note: 'Rural commune of Smara province; not in the GeoNames cities-500 list. Coordinates not yet sourced.',
    sources: [
      cite(
        'smaraAmkalaAr',
        'وقعت جماعتا السمارة وأمكالة، اليوم الجمعة 31 أكتوبر 2025، عشر اتفاقيات توأمة مع مدن دولية',
      ),
    ],
  });
  const keurMassar = await createPlace(tx, ACTOR, {
    name: 'Keur Massar',
    names: { ar: 'كور ماسار', fr: 'Keur Massar', en: 'Keur Massar' },
    countryCode: 'SN',
    featureCode: 'PPL',
    note: 'Not in the GeoNames cities-500 list. Coordinates not yet sourced.',
    sources: [
      cite(
        'smaraAmkalaFr',
        'elle a signé des accords de jumelage avec Keur Massar (Sénégal), Parakou (Bénin) et Brikama (Gambie)',
      ),
    ],
  });
  const auserdCamp = await createPlace(tx, ACTOR, {
    name: 'Auserd (refugee camp)',
    names: { ar: 'مخيم أوسرد', fr: 'Camp de réfugiés d’Aousserd', en: 'Auserd refugee camp' },
    alternateNames: ['Auserd', 'Aousserd', 'Awserd'],
    countryCode: 'DZ',
    featureCode: 'PPL',
    note: 'A wilaya of the Sahrawi refugee camps near Tindouf (Algeria); not the town of Aousserd in Western Sahara.',
    sources: [cite('ivryMejik', 'the wali of Auserd, Mohamed Sheikh Amghizlet')],
  });
  const mejik = await createPlace(tx, ACTOR, {
    name: 'Mejik',
    names: { ar: 'ميجك', fr: 'Mijek', en: 'Mejik' },
    alternateNames: ['Mijek', 'Miyek'],
    countryCode: 'DZ',
    featureCode: 'PPL',
    note: 'A daira of the Auserd wilaya of the Sahrawi refugee camps near Tindouf; the source calls it a Sahrawi city.',
    sources: [cite('ivryMejik', 'the city of Mejik in the Sahrawi refugee camps')],
  });
  await createPlace(tx, ACTOR, {
    name: 'Smara (refugee camp)',
    names: { ar: 'مخيم السمارة', fr: 'Camp de réfugiés de Smara', en: 'Smara refugee camp' },
    alternateNames: ['Smara', 'Es-Semara'],
    countryCode: 'DZ',
    featureCode: 'PPL',
    note: 'A wilaya of the Sahrawi refugee camps near Tindouf (Algeria). Not the city of Smara in Western Sahara (GeoNames 2461874).',
  });

  // ---------------------------------------------------------------- organizations
  const organization = async (input: OrganizationInput) => {
    counts.organizations++;
    return (await createOrganization(tx, ACTOR, input)).id;
  };
  const smaraQuote = cite(
    'smaraAmkalaFr',
    'La commune de Smara a conclu des accords avec les villes d’N’Djamena (Tchad), Niamey et Agadez (Niger), Tombouctou (Mali), Porto-Novo (Bénin), Banjul (Gambie) et Vijayawada (Inde).',
  );
  const smara = await organization({
    kind: 'local_authority',
    subkind: 'commune',
    name: { fr: 'Commune de Smara', ar: 'جماعة السمارة', en: 'Commune of Smara' },
    alternateNames: ['Smara', 'Es-Semara'],
    countryCode: 'EH',
    placeId: placeIds.smara,
    description: {
      en: 'The source places Smara in Morocco; ISO 3166 files it under Western Sahara (EH).',
      fr: 'La source situe Smara au Maroc ; l’ISO 3166 la classe au Sahara occidental (EH).',
      ar: 'يضع المصدر السمارة في المغرب؛ ويصنفها معيار ISO 3166 ضمن الصحراء الغربية (EH).',
    },
    sources: [smaraQuote],
  });
  const amkala = await organization({
    kind: 'local_authority',
    subkind: 'rural_commune',
    name: { fr: 'Commune d’Amkala', ar: 'جماعة أمكالة', en: 'Commune of Amgala' },
    alternateNames: ['Amkala', 'Amgala'],
    countryCode: 'EH',
    placeId: amgala.id,
    sources: [
      cite(
        'smaraAmkalaFr',
        'Quant à la commune d’Amkala, elle a signé des accords de jumelage avec Keur Massar (Sénégal), Parakou (Bénin) et Brikama (Gambie)',
      ),
    ],
  });
  const smaraProvince = await organization({
    kind: 'local_authority',
    subkind: 'province',
    name: { fr: 'Province de Smara', ar: 'إقليم السمارة', en: 'Smara Province' },
    countryCode: 'EH',
    placeId: placeIds.smara,
    sources: [cite('smaraAmkalaFr', 'en présence du Gouverneur de la province de Smara, Ibrahim Boutomilat')],
  });
  const partner = (
    name: LocalizedText,
    subkind: OrganizationInput['subkind'],
    countryCode: string,
    placeKey: keyof typeof DEMO_GEONAMES | null,
    placeId?: string,
  ) =>
    organization({
      kind: 'local_authority',
      subkind,
      name,
      countryCode,
      placeId: placeId ?? (placeKey ? placeIds[placeKey] : null),
      sources: [smaraQuote],
    });
  const ndjamena = await partner(
    { fr: 'Ville de N’Djamena', en: "City of N'Djamena", ar: 'مدينة أنجامينا' },
    'city',
    'TD',
    'ndjamena',
  );
  const niamey = await partner(
    { fr: 'Ville de Niamey', en: 'City of Niamey', ar: 'مدينة نيامي' },
    'city',
    'NE',
    'niamey',
  );
  const agadez = await partner(
    { fr: 'Commune d’Agadez', en: 'Commune of Agadez', ar: 'بلدية أغاديز' },
    'commune',
    'NE',
    'agadez',
  );
  const timbuktu = await partner(
    { fr: 'Commune de Tombouctou', en: 'Commune of Timbuktu', ar: 'بلدية تمبكتو' },
    'commune',
    'ML',
    'timbuktu',
  );
  const portoNovo = await partner(
    { fr: 'Ville de Porto-Novo', en: 'City of Porto-Novo', ar: 'مدينة بورطو نوفو' },
    'city',
    'BJ',
    'portoNovo',
  );
  const banjul = await partner(
    { fr: 'Ville de Banjul', en: 'City of Banjul', ar: 'بلدية بانجول' },
    'city',
    'GM',
    'banjul',
  );
  const vijayawada = await partner(
    { fr: 'Municipalité de Vijayawada', en: 'Vijayawada Municipality', ar: 'بلدية فيجاياوادا' },
    'municipality',
    'IN',
    'vijayawada',
  );
  const amkalaQuote = cite(
    'smaraAmkalaAr',
    'في المقابل، أبرمت جماعة أمكالة ثلاث اتفاقيات مع مدن: كور ماسار (السنغال)، باراكو (البنين)، وبريكاما (غامبيا).',
  );
  const keur = await organization({
    kind: 'local_authority',
    subkind: 'commune',
    name: { fr: 'Commune de Keur Massar', en: 'Commune of Keur Massar', ar: 'جماعة كور ماسار' },
    countryCode: 'SN',
    placeId: keurMassar.id,
    sources: [amkalaQuote],
  });
  const parakou = await organization({
    kind: 'local_authority',
    subkind: 'commune',
    name: { fr: 'Commune de Parakou', en: 'Commune of Parakou', ar: 'بلدية باراكو' },
    countryCode: 'BJ',
    placeId: placeIds.parakou,
    sources: [amkalaQuote],
  });
  const brikama = await organization({
    kind: 'local_authority',
    subkind: 'town',
    name: { fr: 'Brikama', en: 'Brikama', ar: 'بريكاما' },
    countryCode: 'GM',
    placeId: placeIds.brikama,
    sources: [amkalaQuote],
  });

  const ivryQuote = cite(
    'ivryMejik',
    'A "Protocol of friendship and cooperation" between the city hall of Ivry-sur-Seine in France, and the city of Mejik in the Sahrawi refugee camps, was signed Friday by the mayor of Ivry, Philippe Bouyssou and the wali of Auserd, Mohamed Sheikh Amghizlet.',
  );
  const ivry = await organization({
    kind: 'local_authority',
    subkind: 'municipality',
    name: { fr: 'Ville d’Ivry-sur-Seine', en: 'City of Ivry-sur-Seine', ar: 'بلدية إيفري سور سين' },
    alternateNames: ['Ivry'],
    countryCode: 'FR',
    placeId: placeIds.ivry,
    sources: [ivryQuote],
  });
  const auserd = await organization({
    kind: 'local_authority',
    subkind: 'wilaya',
    name: { en: 'Wilaya of Auserd', fr: 'Wilaya d’Aousserd', ar: 'ولاية أوسرد' },
    alternateNames: ['Auserd', 'Aousserd'],
    countryCode: 'DZ',
    placeId: auserdCamp.id,
    description: {
      en: 'Refugee-camp administration of the Sahrawi camps near Tindouf; the source names it Auserd.',
      fr: 'Administration d’un camp de réfugiés sahraouis près de Tindouf ; la source l’appelle Auserd.',
      ar: 'إدارة أحد مخيمات اللاجئين الصحراويين قرب تندوف؛ يسميها المصدر أوسرد.',
    },
    sources: [cite('ivryMejik', 'the wali of Auserd, Mohamed Sheikh Amghizlet')],
  });
  const mejikDaira = await organization({
    kind: 'local_authority',
    subkind: 'daira',
    name: { en: 'Daira of Mejik', fr: 'Daïra de Mijek', ar: 'دائرة ميجك' },
    alternateNames: ['Mejik', 'Mijek'],
    countryCode: 'DZ',
    placeId: mejik.id,
    parentId: auserd,
    sources: [ivryQuote],
  });

  const clubQuote = cite(
    'clubLaunch',
    'Le Conseil de coordination internationale du club, composé d’élus des communes jumelées, de représentants d’institutions partenaires et d’experts en droit international des collectivités locales, sera chargé d’assurer la cohérence stratégique et la continuité des projets tout en veillant au respect des engagements internationaux du Maroc en matière de coopération décentralisée.',
  );
  const club = await organization({
    kind: 'network',
    subkind: 'club',
    name: {
      en: 'International Club of Smara Twinned Cities',
      fr: 'Club international de Smara des villes jumelées',
      ar: 'نادي السمارة الدولي للمدن المتوأمة',
    },
    alternateNames: ['Club international des villes jumelées de Smara'],
    countryCode: 'EH',
    placeId: placeIds.smara,
    foundedOn: '2025-10-30',
    description: {
      en: 'A permanent platform for the exchange of experience, cross-border cooperation and decentralized diplomatic dialogue between twinned communes. Themes: local development, ecological transition, social cohesion, sustainable development, youth empowerment, trade, culture, tourism.',
      fr: 'Un espace permanent d’échange d’expériences, de coopération transfrontalière et de dialogue diplomatique décentralisé entre communes jumelées. Thèmes : développement local, transition écologique, cohésion sociale, développement durable, autonomisation des jeunes, commerce, culture, tourisme.',
      ar: 'منصة دائمة لتبادل التجارب والتعاون العابر للحدود والحوار الدبلوماسي اللامركزي بين الجماعات المتوأمة. المحاور: التنمية المحلية، والانتقال البيئي، والتماسك الاجتماعي، والتنمية المستدامة، وتمكين الشباب، والتجارة، والثقافة، والسياحة.',
    },
    sources: [
      cite(
        'clubLaunch',
        'La ville de Smara a accueilli, jeudi, la cérémonie de lancement officiel du Club international de Smara des villes jumelées',
      ),
      cite(
        'smaraAmkalaAr',
        'كما رحبت سيدة بإطلاق نادي السمارة الدولي للمدن المتوأمة، الذي أعلن عنه رسميا يوم الخميس',
      ),
    ],
  });
  await organization({
    kind: 'body',
    subkind: 'council',
    name: {
      en: 'International Coordination Council',
      fr: 'Conseil de coordination international',
      ar: 'مجلس التنسيق الدولي',
    },
    parentId: club,
    countryCode: 'EH',
    description: {
      en: 'Governs the Club. Seats: elected officials of the twinned communes, representatives of partner institutions, experts in the international law of local authorities. In charge of the strategic coherence and continuity of projects and of compliance with the country’s international commitments on decentralized cooperation.',
      fr: 'Assure la gestion du club. Sièges : élus des communes jumelées, représentants d’institutions partenaires, experts en droit international des collectivités locales. Chargé de la cohérence stratégique et de la continuité des projets, et du respect des engagements internationaux du pays en matière de coopération décentralisée.',
      ar: 'يشرف على إدارة النادي. المقاعد: منتخبو الجماعات المتوأمة، وممثلو المؤسسات الشريكة، وخبراء في القانون الدولي للجماعات الترابية. يتولى ضمان الانسجام الاستراتيجي واستمرارية المشاريع واحترام الالتزامات الدولية للبلد في مجال التعاون اللامركزي.',
    },
    sources: [clubQuote],
  });

  const ampcc = await organization({
    kind: 'association_of_local_authorities',
    subkind: 'national_association',
    name: {
      en: 'Moroccan Association of Communal Council Presidents',
      fr: 'Association marocaine des présidents des conseils communaux',
      ar: 'الجمعية المغربية لرؤساء مجالس الجماعات',
    },
    acronym: 'AMPCC',
    countryCode: 'MA',
    sources: [
      cite(
        'dakarSymposium',
        'President of the Moroccan Association of Communal Council Presidents (AMPCC), Mounir Lymouri',
      ),
    ],
  });
  await organization({
    kind: 'partner_institution',
    subkind: 'association',
    name: {
      en: 'Association of Friends of the Sahrawi Arab Democratic Republic',
      fr: 'Association des amis de la République arabe sahraouie démocratique',
      ar: 'جمعية أصدقاء الجمهورية العربية الصحراوية الديمقراطية',
    },
    acronym: 'AARASD',
    countryCode: 'FR',
    sources: [
      cite(
        'ivryMejik',
        'the last twinning in France with a Sahrawi city dates back 30 years, according to the Association of Friends of the Sahrawi Arab Democratic Republic (AARASD)',
      ),
    ],
  });
  const tangier = await organization({
    kind: 'local_authority',
    subkind: 'commune',
    name: { en: 'Tangier Communal Council', fr: 'Conseil communal de Tanger', ar: 'المجلس الجماعي لطنجة' },
    countryCode: 'MA',
    placeId: placeIds.tangier,
    sources: [cite('dakarSymposium', 'Lymouri, who is also President of the Tangier Communal Council')],
  });
  const ams = await organization({
    kind: 'association_of_local_authorities',
    subkind: 'national_association',
    name: {
      en: 'Mayors Association of Senegal',
      fr: 'Association des maires du Sénégal',
      ar: 'جمعية عمد السنغال',
    },
    acronym: 'AMS',
    countryCode: 'SN',
    sources: [cite('dakarSymposium', 'Head of Mayors Association of Senegal (AMS), Oumar Ba')],
  });
  const africanFund = await organization({
    kind: 'partner_institution',
    subkind: 'fund',
    name: {
      en: 'African Fund for International Decentralized Cooperation',
      fr: 'Fonds africain d’appui à la coopération internationale décentralisée',
      ar: 'الصندوق الإفريقي لدعم التعاون الدولي اللامركزي',
    },
    alternateNames: ['African Support Fund for International Decentralized Cooperation'],
    countryCode: 'MA',
    description: {
      en: 'Has implemented several projects for the benefit of African communities.',
      fr: 'A mis en œuvre plusieurs projets au bénéfice de collectivités africaines.',
      ar: 'نفذ عدة مشاريع لفائدة جماعات إفريقية.',
    },
    sources: [
      cite(
        'dakarSymposium',
        'the African Support Fund for International Decentralized Cooperation, which has implemented several projects for the benefit of African communities',
      ),
    ],
  });
  const indh = await organization({
    kind: 'partner_institution',
    subkind: 'agency',
    name: {
      en: 'National Initiative for Human Development',
      fr: 'Initiative nationale pour le développement humain',
      ar: 'المبادرة الوطنية للتنمية البشرية',
    },
    acronym: 'INDH',
    countryCode: 'MA',
    sources: [
      cite(
        'dakarSymposium',
        'the National Wali-Coordinateur of the National Initiative for Human Development  (INDH), Mohammed Dardouri',
      ),
    ],
  });
  const amci = await organization({
    kind: 'partner_institution',
    subkind: 'agency',
    name: {
      en: 'Moroccan Agency for International Cooperation',
      fr: 'Agence marocaine de coopération internationale',
      ar: 'الوكالة المغربية للتعاون الدولي',
    },
    acronym: 'AMCI',
    countryCode: 'MA',
    sources: [
      cite(
        'dakarSymposium',
        'Head of the Technical Cooperation Department at the Moroccan Agency for International Cooperation (AMCI), Amal Zaidi',
      ),
    ],
  });
  const uemoa = await organization({
    kind: 'partner_institution',
    subkind: 'international_organization',
    name: {
      en: 'West African Economic and Monetary Union',
      fr: 'Union économique et monétaire ouest-africaine',
      ar: 'الاتحاد الاقتصادي والنقدي لغرب إفريقيا',
    },
    acronym: 'UEMOA',
    sources: [
      cite('dakarSymposium', 'representatives of the West African Economic and Monetary Union (UEMOA)'),
    ],
  });
  const senegalForeignAffairs = await organization({
    kind: 'partner_institution',
    subkind: 'ministry',
    name: {
      en: 'Ministry of Foreign Affairs of Senegal',
      fr: 'Ministère des Affaires étrangères du Sénégal',
      ar: 'وزارة الشؤون الخارجية السنغالية',
    },
    countryCode: 'SN',
    sources: [cite('dakarSymposium', 'the Senegalese Minister of Foreign Affairs, Aïssata Tall Sall')],
  });
  const senegal = await organization({
    kind: 'partner_institution',
    subkind: 'government',
    name: { en: 'Republic of Senegal', fr: 'République du Sénégal', ar: 'جمهورية السنغال' },
    countryCode: 'SN',
    sources: [cite('dakarSymposium', 'held under the patronage of H.E. Senegalese President Macky Sall')],
  });
  const morocco = await organization({
    kind: 'partner_institution',
    subkind: 'government',
    name: { en: 'Kingdom of Morocco', fr: 'Royaume du Maroc', ar: 'المملكة المغربية' },
    countryCode: 'MA',
    sources: [cite('dakarSymposium', 'featuring Morocco as the guest of honor')],
  });
  const polisario = await organization({
    kind: 'partner_institution',
    subkind: 'political_organization',
    name: { en: 'Polisario Front', fr: 'Front Polisario', ar: 'جبهة البوليساريو' },
    sources: [cite('ivryMejik', 'the representative of the Polisario Front in France, Mohamed Sidati')],
  });

  // ---------------------------------------------------------------- people, posts, memberships
  const person = async (name: string, names: LocalizedText = {}, alternateNames: string[] = []) => {
    counts.people++;
    return (await createPerson(tx, ACTOR, { name, names, alternateNames })).id;
  };
  const holds = async (
    personId: string,
    organizationId: string,
    role: Role,
    label: LocalizedText,
    source: CitationInput,
  ) => {
    const post = await createPost(tx, ACTOR, { organizationId, role, label });
    await createMembership(tx, ACTOR, {
      personId,
      organizationId,
      postId: post.id,
      role,
      label,
      startDate: null,
      endDate: null,
      sources: [source],
    });
  };

  const bouyssou = await person('Philippe Bouyssou');
  await holds(
    bouyssou,
    ivry,
    'mayor',
    { en: 'Mayor of Ivry-sur-Seine', fr: 'Maire d’Ivry-sur-Seine', ar: 'عمدة إيفري سور سين' },
    ivryQuote,
  );
  const amghizlet = await person('Mohamed Sheikh Amghizlet');
  await holds(
    amghizlet,
    auserd,
    'wali',
    { en: 'Wali of Auserd', fr: 'Wali d’Aousserd', ar: 'والي أوسرد' },
    ivryQuote,
  );
  const asfari = await person('Naama Asfari');
  await createMembership(tx, ACTOR, {
    personId: asfari,
    organizationId: ivry,
    role: 'honorary_citizen',
    label: {
      en: 'Honorary citizen of Ivry-sur-Seine',
      fr: 'Citoyen d’honneur d’Ivry-sur-Seine',
      ar: 'مواطن شرفي لإيفري سور سين',
    },
    sources: [
      cite(
        'ivryMejik',
        'his town hall has named in the past, "honorary citizen", the Sahrawi activist and political prisoner, Naama Asfari',
      ),
    ],
  });
  const sidati = await person('Mohamed Sidati');
  await holds(
    sidati,
    polisario,
    'representative',
    {
      en: 'Representative of the Polisario Front in France',
      fr: 'Représentant du Front Polisario en France',
      ar: 'ممثل جبهة البوليساريو في فرنسا',
    },
    cite('ivryMejik', 'the representative of the Polisario Front in France, Mohamed Sidati'),
  );

  const boutomilat = await person('Ibrahim Boutomilat', { ar: 'إبراهيم بوتوميلات' }, [
    'Ibrahim Boutmilat',
    'Boutmilat',
  ]);
  await holds(
    boutomilat,
    smaraProvince,
    'governor',
    { en: 'Governor of Smara Province', fr: 'Gouverneur de la province de Smara', ar: 'عامل إقليم السمارة' },
    cite('smaraAmkalaFr', 'en présence du Gouverneur de la province de Smara, Ibrahim Boutomilat'),
  );
  const malikLoi = await person('Rohi Malik Loi', { ar: 'روهي مالك لوي' });
  await holds(
    malikLoi,
    banjul,
    'mayor',
    { en: 'Mayor of Banjul', fr: 'Mairesse de Banjul', ar: 'رئيسة بلدية بانجول' },
    cite('smaraAmkalaFr', 'La mairesse de Banjul, Rohi Malik Loi, a salué cet accord'),
  );
  const asarid = await person('Mostafa Asarid', { ar: 'المصطفى أساريد' });
  await holds(
    asarid,
    agadez,
    'mayor',
    { en: 'Mayor of Agadez', fr: 'Maire d’Agadez', ar: 'رئيس بلدية أغاديز' },
    cite('smaraAmkalaFr', 'le maire d’Agadez, Mostafa Asarid'),
  );
  const sida = await person('Fatima Sida', { ar: 'فاطمة سيدة' });
  await holds(
    sida,
    amkala,
    'president',
    {
      en: 'President of the Commune of Amgala',
      fr: 'Présidente de la commune d’Amkala',
      ar: 'رئيسة جماعة أمكالة',
    },
    cite('smaraAmkalaAr', 'رئيسة جماعة أمكالة، فاطمة سيدة'),
  );
  const chrif = await person('Moulay Brahim Chrif');
  await holds(
    chrif,
    smara,
    'council_president',
    {
      en: 'President of the Smara communal council',
      fr: 'Président du conseil communal de Smara',
      ar: 'رئيس المجلس الجماعي للسمارة',
    },
    cite('clubLaunch', 'Moulay Brahim Chrif, président du conseil communal de Smara'),
  );
  const tindina = await person('Yahia Tindina');
  await holds(
    tindina,
    timbuktu,
    'mayor',
    { en: 'Mayor of Timbuktu', fr: 'Maire de Tombouctou', ar: 'عمدة تمبكتو' },
    cite('clubLaunch', 'Yahia Tindina, maire de Tombouctou'),
  );
  const choudhary = await person('Pankaj Choudhary');
  await holds(
    choudhary,
    vijayawada,
    'representative',
    {
      en: 'Representative of Vijayawada Municipality',
      fr: 'Représentant de la municipalité de Vijayawada',
      ar: 'ممثل بلدية فيجاياوادا',
    },
    cite('clubLaunch', 'Pankaj Choudhary, représentant de la municipalité de Vijayawada (Inde)'),
  );

  const lymouri = await person('Mounir Lymouri');
  await holds(
    lymouri,
    ampcc,
    'president',
    {
      en: 'President of AMPCC',
      fr: 'Président de l’AMPCC',
      ar: 'رئيس الجمعية المغربية لرؤساء مجالس الجماعات',
    },
    cite(
      'dakarSymposium',
      'President of the Moroccan Association of Communal Council Presidents (AMPCC), Mounir Lymouri',
    ),
  );
  await holds(
    lymouri,
    tangier,
    'council_president',
    {
      en: 'President of the Tangier Communal Council',
      fr: 'Président du conseil communal de Tanger',
      ar: 'رئيس المجلس الجماعي لطنجة',
    },
    cite('dakarSymposium', 'Lymouri, who is also President of the Tangier Communal Council'),
  );
  const tallSall = await person('Aïssata Tall Sall');
  await holds(
    tallSall,
    senegalForeignAffairs,
    'minister',
    {
      en: 'Minister of Foreign Affairs of Senegal',
      fr: 'Ministre des Affaires étrangères du Sénégal',
      ar: 'وزيرة الشؤون الخارجية السنغالية',
    },
    cite('dakarSymposium', 'the Senegalese Minister of Foreign Affairs, Aïssata Tall Sall'),
  );
  const ba = await person('Oumar Ba');
  await holds(
    ba,
    ams,
    'president',
    {
      en: 'Head of the Mayors Association of Senegal',
      fr: 'Président de l’Association des maires du Sénégal',
      ar: 'رئيس جمعية عمد السنغال',
    },
    cite('dakarSymposium', 'Head of Mayors Association of Senegal (AMS), Oumar Ba'),
  );
  const mackySall = await person('Macky Sall');
  await holds(
    mackySall,
    senegal,
    'president',
    { en: 'President of Senegal', fr: 'Président de la République du Sénégal', ar: 'رئيس جمهورية السنغال' },
    cite('dakarSymposium', 'held under the patronage of H.E. Senegalese President Macky Sall'),
  );
  const dardouri = await person('Mohammed Dardouri');
  await holds(
    dardouri,
    indh,
    'coordinator',
    {
      en: 'National Wali-Coordinator of INDH',
      fr: 'Wali-coordinateur national de l’INDH',
      ar: 'الوالي المنسق الوطني للمبادرة الوطنية للتنمية البشرية',
    },
    cite(
      'dakarSymposium',
      'the National Wali-Coordinateur of the National Initiative for Human Development  (INDH), Mohammed Dardouri',
    ),
  );
  const ameur = await person('Mostafa Ameur');
  await holds(
    ameur,
    africanFund,
    'project_manager',
    {
      en: 'Project Manager of the African Fund for International Decentralized Cooperation',
      fr: 'Chef de projet du Fonds africain d’appui à la coopération internationale décentralisée',
      ar: 'مدير مشروع الصندوق الإفريقي لدعم التعاون الدولي اللامركزي',
    },
    cite(
      'dakarSymposium',
      'Project Manager of the African Fund for International Decentralized Cooperation, Mostafa Ameur',
    ),
  );
  const souadZaidi = await person('Souad Zaidi');
  await holds(
    souadZaidi,
    ampcc,
    'secretary_general',
    {
      en: 'Secretary General of AMPCC',
      fr: 'Secrétaire générale de l’AMPCC',
      ar: 'الكاتبة العامة للجمعية المغربية لرؤساء مجالس الجماعات',
    },
    cite('dakarSymposium', 'Secretary General of the AMPCC, Souad Zaidi'),
  );
  const ziane = await person('Said Ziane');
  await holds(
    ziane,
    indh,
    'coordinator',
    {
      en: 'National Coordinator of INDH',
      fr: 'Coordinateur national de l’INDH',
      ar: 'المنسق الوطني للمبادرة الوطنية للتنمية البشرية',
    },
    cite('dakarSymposium', 'INDH National Coordinator, Said Ziane'),
  );
  const amalZaidi = await person('Amal Zaidi');
  await holds(
    amalZaidi,
    amci,
    'head_of_department',
    {
      en: 'Head of the Technical Cooperation Department, AMCI',
      fr: 'Cheffe du département de la coopération technique, AMCI',
      ar: 'رئيسة قسم التعاون التقني بالوكالة المغربية للتعاون الدولي',
    },
    cite(
      'dakarSymposium',
      'Head of the Technical Cooperation Department at the Moroccan Agency for International Cooperation (AMCI), Amal Zaidi',
    ),
  );

  // Members of the Club: the two communes that launched it and the cities they twinned with.
  const clubMembership = cite(
    'smaraAmkalaFr',
    'se félicitant du lancement officiel du Club international des villes jumelées de Smara, qui constituera une nouvelle plateforme pour l’échange d’expériences',
  );
  for (const member of [
    smara,
    amkala,
    ndjamena,
    niamey,
    agadez,
    timbuktu,
    portoNovo,
    banjul,
    vijayawada,
    keur,
    parakou,
    brikama,
  ]) {
    await createMembership(tx, ACTOR, {
      organizationId: club,
      memberOrganizationId: member,
      role: 'member',
      sources: [clubMembership],
    });
  }

  // ---------------------------------------------------------------- events
  const event = async (input: EventInput) => (await createEvent(tx, ACTOR, input)).id;
  const smaraCeremony = await event({
    kind: 'signing_ceremony',
    title: {
      en: 'Signing of twinning agreements by the communes of Smara and Amgala',
      fr: 'Signature d’accords de jumelage par les communes de Smara et d’Amkala',
      ar: 'توقيع جماعتي السمارة وأمكالة اتفاقيات توأمة',
    },
    description: {
      en: 'Held during the celebrations of the 50th anniversary of the Green March, in the presence of the governor of Smara province.',
      fr: 'Dans le cadre des célébrations du cinquantième anniversaire de la Marche Verte, en présence du gouverneur de la province de Smara.',
      ar: 'في إطار الاحتفالات بالذكرى الخمسين للمسيرة الخضراء، بحضور عامل إقليم السمارة.',
    },
    status: 'held',
    startDate: '2025-10-31',
    endDate: '2025-10-31',
    timezone: 'Africa/Casablanca',
    placeId: placeIds.smara,
    organizerId: smara,
    participants: [
      { organizationId: smara, role: 'host' },
      { organizationId: amkala, role: 'host' },
      { personId: boutomilat, role: 'attendee' },
      { personId: malikLoi, role: 'speaker' },
      { personId: asarid, role: 'speaker' },
      { personId: sida, role: 'speaker' },
    ],
    sources: [
      cite(
        'smaraAmkalaAr',
        'السمارة – وقعت جماعتا السمارة وأمكالة، اليوم الجمعة 31 أكتوبر 2025، عشر اتفاقيات توأمة مع مدن دولية',
      ),
      cite(
        'smaraAmkalaFr',
        'Ces accords, signés dans le cadre des célébrations du cinquantième anniversaire de la Marche Verte victorieuse, en présence du Gouverneur de la province de Smara, Ibrahim Boutomilat',
      ),
    ],
  });
  await event({
    kind: 'launch',
    title: {
      en: 'Launch of the International Club of Smara Twinned Cities',
      fr: 'Lancement officiel du Club international de Smara des villes jumelées',
      ar: 'إطلاق نادي السمارة الدولي للمدن المتوأمة',
    },
    status: 'held',
    startDate: '2025-10-30',
    endDate: '2025-10-30',
    timezone: 'Africa/Casablanca',
    placeId: placeIds.smara,
    organizerId: smara,
    participants: [
      { organizationId: club, role: 'organizer' },
      { personId: boutomilat, role: 'attendee' },
      { personId: chrif, role: 'speaker' },
      { personId: tindina, role: 'speaker' },
      { personId: choudhary, role: 'speaker' },
    ],
    sources: [
      cite(
        'clubLaunch',
        'La cérémonie de lancement, marquée par la présence du gouverneur de la province de Smara, Ibrahim Boutmilat',
      ),
      cite('smaraAmkalaAr', 'نادي السمارة الدولي للمدن المتوأمة، الذي أعلن عنه رسميا يوم الخميس'),
    ],
  });
  const ivryCeremony = await event({
    kind: 'signing_ceremony',
    title: {
      en: 'Signing of the Ivry-sur-Seine – Mejik protocol of friendship and cooperation (part 1)',
      fr: 'Signature du protocole d’amitié et de coopération Ivry-sur-Seine – Mijek (première partie)',
      ar: 'توقيع بروتوكول الصداقة والتعاون بين إيفري سور سين وميجك (الجزء الأول)',
    },
    description: {
      en: 'Attended by several friendly mayors of twinned cities, civil society, French solidarity associations, Sahrawi diaspora associations, artists, human rights associations, jurists and lawyers. The article is datelined Paris and does not say where the protocol was signed.',
      fr: 'En présence de plusieurs maires amis de villes jumelées, de la société civile, d’associations françaises de solidarité, d’associations de la diaspora sahraouie, d’artistes, d’associations de défense des droits humains, de juristes et d’avocats. L’article est daté de Paris et ne dit pas où le protocole a été signé.',
      ar: 'بحضور عدد من العمد الأصدقاء لمدن متوأمة، وممثلين عن المجتمع المدني، وجمعيات التضامن الفرنسية، وجمعيات الجالية الصحراوية، وفنانين، وجمعيات حقوق الإنسان، وحقوقيين ومحامين. المقال مؤرخ في باريس ولا يذكر مكان التوقيع.',
    },
    status: 'held',
    startDate: '2022-11-25',
    endDate: '2022-11-25',
    timezone: 'Europe/Paris',
    organizerId: ivry,
    participants: [
      { personId: bouyssou, role: 'signatory' },
      { personId: amghizlet, role: 'signatory' },
      { personId: sidati, role: 'speaker' },
    ],
    sources: [ivryQuote],
  });
  const delegation = await event({
    kind: 'delegation_visit',
    title: {
      en: 'Ivry-sur-Seine municipal delegation to the Sahrawi refugee camps',
      fr: 'Délégation municipale d’Ivry-sur-Seine dans les camps de réfugiés sahraouis',
      ar: 'زيارة وفد بلدية إيفري سور سين إلى مخيمات اللاجئين الصحراويين',
    },
    description: {
      en: 'A trip of finding, exchange and friendship led by Mayor Bouyssou, to sign the second part of the protocol during the celebrations of the 47th anniversary of the proclamation of the SADR.',
      fr: 'Un voyage de découverte, d’échange et d’amitié conduit par le maire Philippe Bouyssou, pour signer la seconde partie du protocole lors des célébrations du 47e anniversaire de la proclamation de la RASD.',
      ar: 'رحلة استكشاف وتبادل وصداقة يقودها العمدة فيليب بويسو، لتوقيع الجزء الثاني من البروتوكول خلال احتفالات الذكرى السابعة والأربعين لإعلان الجمهورية الصحراوية.',
    },
    status: 'planned',
    startDate: '2023-02-20',
    endDate: '2023-03-01',
    timezone: 'Africa/Algiers',
    placeId: auserdCamp.id,
    organizerId: ivry,
    participants: [
      { organizationId: ivry, role: 'organizer' },
      { personId: bouyssou, role: 'delegation_head' },
    ],
    sources: [
      cite(
        'ivryMejik',
        'a trip of finding, exchange and friendship with the Sahrawi people is scheduled to the Refugee Camps from 20 February to 1 March, 2023 to accompany the municipal delegation led by Mayor Bouyssou, in order to proceed with the signing of the second part of the mentioned protocol',
      ),
    ],
  });
  await event({
    kind: 'symposium',
    title: {
      en: 'International symposium on solidarity with communes and mayors affected by the security crisis in Burkina Faso, Mali and Niger',
      fr: 'Colloque international de solidarité avec les communes et les maires touchés par la crise sécuritaire au Burkina Faso, au Mali et au Niger',
      ar: 'الندوة الدولية للتضامن مع الجماعات والعمد المتضررين من الأزمة الأمنية في بوركينا فاسو ومالي والنيجر',
    },
    description: {
      en: 'Theme: “Together for Greater Solidarity and Compassion with Sahelian Communes”. Two days; Morocco guest of honour. Aims: an inter-communal solidarity fund for communes in fragile Sahelian zones; a network of communes affected by the crisis; direct support to mayors; awareness among local elected representatives. The article gives no year: the office-holders it names place it in 2023.',
      fr: 'Thème : « Ensemble pour plus de solidarité et de compassion avec les communes sahéliennes ». Deux jours ; le Maroc invité d’honneur. Objectifs : un fonds de solidarité intercommunal pour les communes des zones sahéliennes fragiles ; un réseau des communes touchées par la crise ; un appui direct aux maires ; la sensibilisation des élus locaux. L’article ne donne pas l’année : les fonctions des personnes citées la situent en 2023.',
      ar: 'الشعار: «معًا من أجل مزيد من التضامن والتعاطف مع الجماعات الساحلية». يومان؛ المغرب ضيف شرف. الأهداف: صندوق تضامن بين الجماعات لفائدة جماعات المناطق الساحلية الهشة؛ شبكة للجماعات المتضررة من الأزمة؛ دعم مباشر للعمد؛ توعية المنتخبين المحليين. لا يذكر المقال السنة: مناصب الأشخاص المذكورين تحددها في 2023.',
    },
    status: 'held',
    startDate: '2023-07-20',
    endDate: '2023-07-21',
    timezone: 'Africa/Dakar',
    placeId: placeIds.dakar,
    participants: [
      { organizationId: morocco, role: 'guest_of_honour' },
      { personId: mackySall, role: 'patron' },
      { personId: lymouri, role: 'speaker' },
      { personId: tallSall, role: 'attendee' },
      { personId: ba, role: 'attendee' },
      { organizationId: uemoa, role: 'attendee' },
      { organizationId: ampcc, role: 'attendee' },
      { personId: lymouri, role: 'delegation_member' },
      { personId: dardouri, role: 'delegation_member' },
      { personId: ameur, role: 'delegation_member' },
      { personId: souadZaidi, role: 'delegation_member' },
      { personId: ziane, role: 'delegation_member' },
      { personId: amalZaidi, role: 'delegation_member' },
    ],
    sources: [
      cite(
        'dakarSymposium',
        'highlighted, on July 20 in Dakar, the importance that Morocco attaches to the security situation in the Sahel region',
      ),
      cite(
        'dakarSymposium',
        'The symposium aims to set up an inter-communal solidarity fund for communes in fragile Sahelian zones',
      ),
    ],
  });

  // ---------------------------------------------------------------- agreements
  const twinning = async (
    local: { id: string; name: LocalizedText },
    partnerId: string,
    partnerName: LocalizedText,
    themes: Theme[],
    sources: CitationInput[],
  ) => {
    counts.agreements++;
    const part: PartInput = {
      kind: 'original',
      signedOn: '2025-10-31',
      signingPlaceId: placeIds.smara,
      signingEventId: smaraCeremony,
      signatories: [
        {
          personId: boutomilat,
          role: 'witness',
          postLabel: {
            en: 'Governor of Smara Province',
            fr: 'Gouverneur de la province de Smara',
            ar: 'عامل إقليم السمارة',
          },
        },
      ],
    };
    await createAgreement(tx, ACTOR, {
      type: 'twinning' satisfies AgreementType,
      title: {
        en: `Twinning agreement between ${local.name.en} and ${partnerName.en}`,
        fr: `Accord de jumelage entre ${local.name.fr} et ${partnerName.fr}`,
        ar: `اتفاقية توأمة بين ${local.name.ar} و${partnerName.ar}`,
      },
      themes,
      status: 'signed',
      statusReason: 'Recorded from the press: signed in Smara on Friday 31 October 2025',
      parties: [{ organizationId: local.id }, { organizationId: partnerId }],
      parts: [part],
      sources,
    });
  };
  const smaraParty = { id: smara, name: { en: 'Smara', fr: 'Smara', ar: 'السمارة' } };
  const amkalaParty = { id: amkala, name: { en: 'Amgala', fr: 'Amkala', ar: 'أمكالة' } };
  const smaraSources = [
    cite(
      'smaraAmkalaAr',
      'ووقعت جماعة السمارة سبع اتفاقيات توأمة مع مدن: أنجامينا (تشاد)، نيامي (النيجر)، أغاديز (النيجر)، تمبكتو (مالي)، بورطو نوفو (البنين)، بانجول (غامبيا)، وفيجاياوادا (الهند).',
    ),
    smaraQuote,
  ];
  const governance: Theme[] = ['governance', 'local_development'];
  await twinning(smaraParty, ndjamena, DEMO_GEONAMES.ndjamena.names, governance, smaraSources);
  await twinning(smaraParty, niamey, DEMO_GEONAMES.niamey.names, governance, smaraSources);
  await twinning(
    smaraParty,
    agadez,
    DEMO_GEONAMES.agadez.names,
    [...governance, 'trade', 'culture', 'tourism'],
    [
      ...smaraSources,
      cite(
        'smaraAmkalaFr',
        'le maire d’Agadez, Mostafa Asarid, a indiqué que l’accord permettra à sa ville de bénéficier de l’expérience de Smara dans la gestion des territoires sahariens et de renforcer les échanges commerciaux, culturels et touristiques.',
      ),
    ],
  );
  await twinning(smaraParty, timbuktu, DEMO_GEONAMES.timbuktu.names, governance, smaraSources);
  await twinning(smaraParty, portoNovo, DEMO_GEONAMES.portoNovo.names, governance, smaraSources);
  await twinning(
    smaraParty,
    banjul,
    DEMO_GEONAMES.banjul.names,
    [...governance, 'culture'],
    [
      ...smaraSources,
      cite(
        'smaraAmkalaFr',
        'La mairesse de Banjul, Rohi Malik Loi, a salué cet accord, soulignant que les habitants des deux communes partagent des cultures et traditions similaires',
      ),
    ],
  );
  await twinning(smaraParty, vijayawada, DEMO_GEONAMES.vijayawada.names, governance, smaraSources);
  const amkalaSources = [amkalaQuote];
  await twinning(
    amkalaParty,
    keur,
    { en: 'Keur Massar', fr: 'Keur Massar', ar: 'كور ماسار' },
    governance,
    amkalaSources,
  );
  await twinning(amkalaParty, parakou, DEMO_GEONAMES.parakou.names, governance, amkalaSources);
  await twinning(amkalaParty, brikama, DEMO_GEONAMES.brikama.names, governance, amkalaSources);

  // Announced without named parties: recorded as described, unidentified parties.
  const pendingQuote = [
    cite(
      'smaraAmkalaFr',
      'tandis que des accords supplémentaires avec des villes américaines et sénégalaises sont en cours de finalisation.',
    ),
    cite(
      'smaraAmkalaAr',
      'وينتظر أن تستكمل قريبا اتفاقيات إضافية مع مدن أمريكية وسنغالية، بعد الانتهاء من الإجراءات الإدارية اللازمة لتوقيعها رسميا.',
    ),
  ];
  const localSide = {
    description: {
      en: 'Commune of Smara or of Amgala (the sources do not say which)',
      fr: 'Commune de Smara ou d’Amkala (les sources ne précisent pas)',
      ar: 'جماعة السمارة أو جماعة أمكالة (لم تحدد المصادر)',
    },
    countryCode: 'EH',
  };
  for (const [partnerDescription, countryCode] of [
    [
      {
        en: 'American cities (not named)',
        fr: 'Villes américaines (non nommées)',
        ar: 'مدن أمريكية (غير مسماة)',
      },
      null,
    ],
    [
      {
        en: 'Senegalese cities (not named)',
        fr: 'Villes sénégalaises (non nommées)',
        ar: 'مدن سنغالية (غير مسماة)',
      },
      'SN',
    ],
  ] as const) {
    counts.agreements++;
    await createAgreement(tx, ACTOR, {
      type: 'twinning',
      title: {
        en: `Further twinning agreements with ${partnerDescription.en.replace(' (not named)', '')} (announced)`,
        fr: `Accords de jumelage supplémentaires avec des ${partnerDescription.fr.replace(' (non nommées)', '').toLowerCase()} (annoncés)`,
        ar: `اتفاقيات توأمة إضافية مع ${partnerDescription.ar.replace(' (غير مسماة)', '')} (معلن عنها)`,
      },
      description: {
        en: 'Announced on 31 October 2025 as pending administrative procedures; the number of agreements and the cities are not named.',
        fr: 'Annoncés le 31 octobre 2025, en cours de finalisation administrative ; ni le nombre d’accords ni les villes ne sont précisés.',
        ar: 'أعلن عنها في 31 أكتوبر 2025 في انتظار استكمال الإجراءات الإدارية؛ لم يحدد عدد الاتفاقيات ولا المدن.',
      },
      status: 'awaiting_approval',
      statusReason: 'Announced as pending administrative procedures before official signing',
      parties: [localSide, { description: partnerDescription, countryCode }],
      sources: pendingQuote,
    });
  }

  counts.agreements++;
  await createAgreement(tx, ACTOR, {
    type: 'friendship_cooperation_protocol',
    title: {
      en: 'Protocol of friendship and cooperation between Ivry-sur-Seine and Mejik',
      fr: 'Protocole d’amitié et de coopération entre Ivry-sur-Seine et Mijek',
      ar: 'بروتوكول الصداقة والتعاون بين إيفري سور سين وميجك',
    },
    themes: ['solidarity', 'culture'],
    description: {
      en: 'According to AARASD, the previous twinning of a French city with a Sahrawi city dates back 30 years.',
      fr: 'Selon l’AARASD, le précédent jumelage d’une ville française avec une ville sahraouie remonte à 30 ans.',
      ar: 'حسب جمعية أصدقاء الجمهورية الصحراوية، يعود آخر توأمة بين مدينة فرنسية ومدينة صحراوية إلى 30 سنة.',
    },
    status: 'partially_signed',
    statusReason:
      'Part 1 signed on Friday 25 November 2022; part 2 planned during the delegation of 20 February – 1 March 2023',
    parties: [{ organizationId: ivry }, { organizationId: mejikDaira }],
    parts: [
      {
        kind: 'original',
        title: { en: 'First part', fr: 'Première partie', ar: 'الجزء الأول' },
        signedOn: '2022-11-25',
        signingEventId: ivryCeremony,
        signatories: [
          {
            personId: bouyssou,
            partyOrganizationId: ivry,
            role: 'signatory',
            postLabel: { en: 'Mayor of Ivry', fr: 'Maire d’Ivry', ar: 'عمدة إيفري' },
          },
          {
            personId: amghizlet,
            partyOrganizationId: mejikDaira,
            role: 'signatory',
            postLabel: { en: 'Wali of Auserd', fr: 'Wali d’Aousserd', ar: 'والي أوسرد' },
          },
        ],
      },
      {
        kind: 'further_part',
        title: { en: 'Second part', fr: 'Seconde partie', ar: 'الجزء الثاني' },
        plannedFrom: '2023-02-20',
        plannedTo: '2023-03-01',
        signingEventId: delegation,
      },
    ],
    sources: [
      ivryQuote,
      cite(
        'ivryMejik',
        'The signing of the mentioned protocol is a historic event, since the last twinning in France with a Sahrawi city dates back 30 years, according to the Association of Friends of the Sahrawi Arab Democratic Republic (AARASD).',
      ),
    ],
  });
  return counts;
}
