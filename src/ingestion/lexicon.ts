/**
 * The words press articles use about agreements between local authorities, in Arabic, French,
 * English and Spanish: data only, read by the rules beside it. Words are written as the text
 * writes them; matching is case-insensitive and tolerant of accents and Arabic hamza forms
 * (see `fold` in text.ts), so each list holds the folded spellings.
 */

import { fold } from './text.ts';

/** Entries as the folded text spells them (text.ts): lower case, no accents, one form of each Arabic letter. */
const folded = (words: string[]): string[] => words.map((word) => fold(word));

export const LANGUAGES = ['ar', 'fr', 'en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

// An article's agreement is named by the registry's own types.
export { AGREEMENT_TYPES, type AgreementType } from '../agreements/rules.ts';

import type { AgreementType } from '../agreements/rules.ts';

export const AGREEMENT_STATUSES = ['signed', 'renewed', 'announced_pending', 'planned'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Nouns that name a signed document; its own name follows (fr, es, ar) or surrounds it (en). */
export const DOCUMENT_HEADS = folded([
  // en
  'agreement',
  'agreements',
  'pact',
  'memorandum',
  'mou',
  'protocol',
  'charter',
  'convention',
  'deal',
  'treaty',
  'letter',
  // fr
  'accord',
  'accords',
  'conventions',
  'protocole',
  'protocoles',
  'pacte',
  'charte',
  'lettre',
  // es
  'convenio',
  'convenios',
  'acuerdo',
  'acuerdos',
  'carta',
  'protocolo',
  'pacto',
  // ar
  'اتفاقيه',
  'اتفاقيات',
  'اتفاقيتي',
  'اتفاقيتين',
  'الاتفاقيه',
  'الاتفاقيات',
  'اتفاق',
  'بروتوكول',
  'مذكره',
  'ميثاق',
]);

/**
 * What a document's name says it is, the most specific first: a memorandum or letter of intent,
 * then twinning, then friendship, then cooperation or partnership. Each phrase is folded text.
 */
export const TYPE_MARKERS: Array<{ type: AgreementType; phrases: string[] }> = [
  {
    type: 'memorandum_of_understanding',
    phrases: folded([
      'memorandum of understanding',
      'mou',
      'letter of intent',
      'intent',
      'understanding',
      'intention',
      'entente',
      'memorandum',
      'protocole d accord',
      'intencion',
      'entendimiento',
      'تفاهم',
      'نوايا',
      'بروتوكول اتفاق',
    ]),
  },
  {
    type: 'twinning',
    phrases: folded([
      'jumelage',
      'jumelages',
      'twinning',
      'twin city',
      'twin town',
      'sister city',
      'sister cities',
      'sister-city',
      'hermanamiento',
      'ciudades hermanas',
      'ciudad hermana',
      'villes jumelles',
      'توامه',
      'التوامه',
      'توامة',
    ]),
  },
  {
    type: 'friendship_cooperation_protocol',
    phrases: folded(['amitie', 'friendship', 'amistad', 'صداقه', 'الصداقه']),
  },
  {
    type: 'cooperation_agreement',
    phrases: folded([
      'cooperation',
      'partenariat',
      'partnership',
      'cadre',
      'framework',
      'cooperacion',
      'colaboracion',
      'marco',
      'شراكه',
      'الشراكه',
      'تعاون',
      'للتعاون',
      'التعاون',
      'اطار',
    ]),
  },
];

/** Words for twinning on their own (a headline's "Twinning between …"), without a document noun. */
export const TWINNING_WORDS = TYPE_MARKERS.find((marker) => marker.type === 'twinning')!.phrases;

/** Verbs and nouns of a signature done: signed, initialled, sealed, concluded. */
export const SIGNING_WORDS = folded([
  // en
  'sign',
  'signs',
  'signed',
  'signing',
  'sealed',
  'inked',
  'initialled',
  'initialed',
  'concluded',
  // fr
  'signe',
  'signee',
  'signes',
  'signees',
  'signent',
  'signer',
  'signature',
  'paraphe',
  'paraphee',
  'paraphes',
  'cosigne',
  'cosignee',
  'conclu',
  'conclus',
  'conclue',
  'scelle',
  // es
  'firma',
  'firman',
  'firmo',
  'firmaron',
  'firmado',
  'firmada',
  'firmar',
  'suscribieron',
  'suscrito',
  // ar
  'وقع',
  'وقعت',
  'ووقع',
  'ووقعت',
  'وقعا',
  'توقيع',
  'التوقيع',
  'بتوقيع',
  'بالتوقيع',
  'توقعان',
  'توقع',
  'يوقع',
  'ابرمت',
  'ابرم',
  'وابرمت',
  'بالاحرف',
]);

/** A renewal of an agreement already in force. */
export const RENEWAL_WORDS = folded([
  'renew',
  'renewed',
  'renewal',
  'renews',
  'reaffirmed',
  'renouvele',
  'renouvelee',
  'renouvellement',
  'renouvelent',
  'renovaron',
  'renovacion',
  'renovado',
  'تجديد',
  'بتجديد',
  'جدد',
  'جددت',
]);

/** A signature still to come, at a stated time or occasion. */
export const PENDING_PHRASES = folded([
  'will sign',
  'will be signed',
  'to be signed',
  'set to sign',
  'expected to sign',
  'are to sign',
  'signera',
  'signeront',
  'sera signe',
  'sera signee',
  'seront signes',
  'va signer',
  'vont signer',
  'doit etre signe',
  'firmara',
  'firmaran',
  'se firmara',
  'sera firmado',
  'سيتم التوقيع',
  'سيتم توقيع',
  'سيوقع',
  'ستوقع',
  'سيوقعان',
  'من المقرر توقيع',
  'من المقرر ان',
]);

/** An intention without a time: plans, projects, wishes. */
export const PLANNED_PHRASES = folded([
  'plan to',
  'plans to',
  'planning to',
  'intend to',
  'intends to',
  'envisage',
  'envisagent',
  'envisagent de',
  'projet de jumelage',
  'ont l intention',
  'a l intention',
  'souhaitent',
  'planea',
  'planean',
  'pretende',
  'proyecto de hermanamiento',
  'يعتزم',
  'تعتزم',
  'يعتزمان',
  'مشروع توامه',
]);

/**
 * Words saying a relationship already existed before the news: "already twinned", "since 1986",
 * "entered into force", "earlier agreement".
 */
export const BACKGROUND_PHRASES = folded([
  'already',
  'since',
  'earlier agreement',
  'previous agreement',
  'has been twinned',
  'have been twinned',
  'were twinned',
  'was twinned',
  'deja',
  'depuis',
  'entretient',
  'entretiennent',
  'est jumelee',
  'sont jumelees',
  'ya',
  'desde',
  'سبق',
  'منذ',
  'حيز التنفيذ',
  'تربطها',
  'تربطهما',
]);

/** Words saying the news act is new, which a background word in the same clause does not override. */
export const NEWS_PHRASES = folded(['new', 'nouvelle', 'nouveau', 'nueva', 'nuevo', 'جديده', 'الجديده']);

/** "between", "with" and "and" in the four languages (folded). */
export const BETWEEN_WORDS = folded(['between', 'entre', 'بين']);
export const WITH_WORDS = folded(['with', 'avec', 'con', 'مع']);
export const AND_WORDS = folded(['and', 'et', 'y', 'e', 'و']);

/** Prepositions before a place where something happens (the place of signing, not a party). */
export const LOCATIVE_WORDS = folded(['a', 'in', 'at', 'en', 'au', 'في', 'here']);

/**
 * Words for the kind of a local authority around its name, which may separate two coordinated
 * names ("Sunyani and Techiman Municipal Assemblies", "la commune de X et la ville de Y").
 */
export const KIND_WORDS = folded([
  'city',
  'cities',
  'town',
  'towns',
  'municipality',
  'municipalities',
  'municipal',
  'metropolitan',
  'assembly',
  'assemblies',
  'council',
  'county',
  'district',
  'districts',
  'hall',
  'of',
  'the',
  'ville',
  'villes',
  'commune',
  'communes',
  'urbaine',
  'rurale',
  'municipalite',
  'de',
  'd',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'ciudad',
  'ciudades',
  'municipio',
  'el',
  'los',
  'مدينه',
  'مدينتي',
  'مدن',
  'بلديه',
  'بلده',
  'جماعه',
  'جماعتا',
  'جماعتي',
  'المجلس',
  'الجماعي',
  'مجلس',
  'ولايه',
  'محافظه',
  'اقليم',
  'قريه',
]);

/** Arabic words for a local authority that a place name follows (with their clitics folded). */
export const ARABIC_KIND_WORDS = folded([
  'مدينه',
  'مدن',
  'مدينتي',
  'مدينتا',
  'بلديه',
  'بلده',
  'جماعه',
  'جماعتا',
  'جماعتي',
  'ولايه',
  'محافظه',
  'اقليم',
  'قريه',
  'عاصمه',
]);

/** Plural kind words: "between A and the cities of B and C" makes A the one side, B and C the other. */
export const PLURAL_KIND_WORDS = folded(['مدينتي', 'مدن', 'villes', 'cities', 'ciudades', 'communes']);

/** Words after a capitalized name that name the authority's body rather than the place. */
export const AUTHORITY_TAIL_WORDS = folded([
  'city',
  'town',
  'municipal',
  'metropolitan',
  'assembly',
  'assemblies',
  'council',
  'district',
  'office',
  'hall',
  'county',
  'sister',
  'cities',
  'international',
  'municipality',
  'government',
  'commune',
]);

/** Words that make a name an organization that is not a local or regional authority. */
export const NON_AUTHORITY_WORDS = folded([
  'hospital',
  'hopital',
  'hospital',
  'university',
  'universite',
  'universidad',
  'school',
  'ecole',
  'association',
  'asociacion',
  'agency',
  'agence',
  'agencia',
  'ministry',
  'ministere',
  'ministerio',
  'chamber',
  'chambre',
  'camara',
  'company',
  'bank',
  'banque',
  'foundation',
  'fondation',
  'fundacion',
  'club',
  'port',
  'airport',
  'aeroport',
  'museum',
  'musee',
  'مستشفى',
  'جامعه',
  'جمعيه',
  'وكاله',
  'وزاره',
  'غرفه',
  'مؤسسه',
  'نادي',
]);

/** Words telling the place is a Sahrawi refugee-camp wilaya, not the city of the same name. */
export const CAMP_WORDS = folded([
  'camp',
  'camps',
  'wilaya',
  'campamento',
  'campamentos',
  'مخيم',
  'مخيمات',
  'ولايه',
]);
/** The country the refugee-camp wilayas lie in (near Tindouf). */
export const CAMP_COUNTRY = 'DZ';

/** Heads of a local authority, who sign for it. */
export const HEAD_ROLES = folded([
  'mayor',
  'lord mayor',
  'mayors',
  'municipal chief executive',
  'chief executive',
  'governor of the city',
  'wali',
  'maire',
  'mairesse',
  'president de la commune',
  'presidente de la commune',
  'president du conseil',
  'presidente du conseil',
  'p apc',
  'president de l apc',
  'president de l assemblee populaire communale',
  'alcalde',
  'alcaldesa',
  'vicealcalde',
  'presidente municipal',
  'executive director',
  'رئيس بلديه',
  'رئيسه بلديه',
  'رئيس مجلس',
  'رئيسه مجلس',
  'رئيسه المجلس',
  'رئيس المجلس',
  'رئيس جماعه',
  'رئيسه جماعه',
  'عمده',
  'والي',
]);

/** Clauses naming people present but not signing: hosts, witnesses, attendees. */
export const WITNESS_PHRASES = folded([
  'in the presence of',
  'witness',
  'witnesses',
  'attended by',
  'hosted by',
  'en presence',
  'en la presencia',
  'en presencia',
  'represente par',
  'representant',
  'gouverneur',
  'governor of the province',
  'prefet',
  'ministre',
  'minister',
  'ambassador',
  'ambassadeur',
  'embajador',
  'عامل',
  'سفير',
  'وزير',
]);

/** Titles before a person's name. */
export const PERSON_TITLES = folded([
  'mr',
  'mrs',
  'ms',
  'dr',
  'hon',
  'm',
  'mme',
  'sr',
  'sra',
  'don',
  'dona',
  'he',
]);

/**
 * Country adjectives (demonyms) and short forms the ISO names miss, with their country: "la ville
 * française de", "US' Tuscaloosa", "S. Korea's Dobong-gu". Arabic adjectives (الروسية) are read
 * from the country names themselves (countries.ts).
 */
export const COUNTRY_WORDS: Record<string, string> = {
  french: 'FR',
  francais: 'FR',
  francaise: 'FR',
  frances: 'FR',
  francesa: 'FR',
  moroccan: 'MA',
  marocain: 'MA',
  marocaine: 'MA',
  marroqui: 'MA',
  algerian: 'DZ',
  algerien: 'DZ',
  algerienne: 'DZ',
  tunisian: 'TN',
  tunisien: 'TN',
  tunisienne: 'TN',
  senegalese: 'SN',
  senegalais: 'SN',
  senegalaise: 'SN',
  malian: 'ML',
  malien: 'ML',
  malienne: 'ML',
  mauritanian: 'MR',
  mauritanien: 'MR',
  mauritanienne: 'MR',
  ivorian: 'CI',
  ivoirien: 'CI',
  ivoirienne: 'CI',
  spanish: 'ES',
  espagnol: 'ES',
  espagnole: 'ES',
  espanol: 'ES',
  espanola: 'ES',
  italian: 'IT',
  italien: 'IT',
  italienne: 'IT',
  german: 'DE',
  allemand: 'DE',
  allemande: 'DE',
  belgian: 'BE',
  belge: 'BE',
  british: 'GB',
  britannique: 'GB',
  american: 'US',
  americain: 'US',
  americaine: 'US',
  us: 'US',
  usa: 'US',
  chinese: 'CN',
  chinois: 'CN',
  chinoise: 'CN',
  russian: 'RU',
  russe: 'RU',
  turkish: 'TR',
  turc: 'TR',
  turque: 'TR',
  korean: 'KR',
  korea: 'KR',
  's korea': 'KR',
  japanese: 'JP',
  japonais: 'JP',
  ghanaian: 'GH',
  nigerian: 'NG',
  canadian: 'CA',
  canadien: 'CA',
  canadienne: 'CA',
  portuguese: 'PT',
  portugais: 'PT',
  mexican: 'MX',
  mexicain: 'MX',
  mexicano: 'MX',
  guatemalteco: 'GT',
  palestinian: 'PS',
  palestinien: 'PS',
  lebanese: 'LB',
  libanais: 'LB',
  drc: 'CD',
  rdc: 'CD',
  congo: 'CG',
  gambie: 'GM',
  gambia: 'GM',
  mexico: 'MX',
  tchad: 'TD',
  benin: 'BJ',
  inde: 'IN',
  niger: 'NE',
  sahrawi: 'EH',
  sahraoui: 'EH',
  صحراوي: 'EH',
  // Spanish country names the ISO lists of en/fr/ar do not spell alike.
  'estados unidos': 'US',
  espana: 'ES',
  francia: 'FR',
  marruecos: 'MA',
  argelia: 'DZ',
  alemania: 'DE',
  italia: 'IT',
  brasil: 'BR',
  peru: 'PE',
  'reino unido': 'GB',
};

/** The occasion of a signing, whose date is the signing's when the sentence of the signature gives none. */
export const CEREMONY_WORDS = folded(['ceremony', 'ceremonie', 'ceremonia', 'حفل', 'مراسيم', 'مراسم']);
