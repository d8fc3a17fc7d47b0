import type { AgreementType, Theme } from '../agreements/rules.ts';
import type { EVENT_KINDS, EVENT_STATUSES } from '../events/rules.ts';
import { LABELS, type LabelKey } from '../shared/error-messages.ts';
import type { UiLanguage } from '../shared/languages.ts';

// What a downloaded list says in the reader's language: its column headers and the values of its
// enumerations. Statuses, kinds and visibilities are the labels problems use already.

type EventKind = (typeof EVENT_KINDS)[number];
type EventStatus = (typeof EVENT_STATUSES)[number];

const en = {
  'column.id': 'Identifier',
  'column.title': 'Title',
  'column.name': 'Name',
  'column.type': 'Type',
  'column.kind': 'Kind',
  'column.status': 'Status',
  'column.themes': 'Themes',
  'column.parties': 'Parties',
  'column.countries': 'Countries',
  'column.country': 'Country',
  'column.signed_on': 'Signed on',
  'column.starts_on': 'Starts on',
  'column.ends_on': 'Ends on',
  'column.visibility': 'Visibility',
  'column.acronym': 'Acronym',
  'column.website': 'Website',
  'column.founded_on': 'Founded on',
  'column.email': 'Email',
  'column.phone': 'Phone',
  'column.start_date': 'Start date',
  'column.end_date': 'End date',
  'type.twinning': 'Twinning',
  'type.friendship_cooperation_protocol': 'Friendship and cooperation protocol',
  'type.cooperation_agreement': 'Cooperation agreement',
  'type.memorandum_of_understanding': 'Memorandum of understanding',
  'type.other': 'Other',
  'theme.local_development': 'Local development',
  'theme.ecological_transition': 'Ecological transition',
  'theme.social_cohesion': 'Social cohesion',
  'theme.sustainable_development': 'Sustainable development',
  'theme.youth_empowerment': 'Youth empowerment',
  'theme.trade': 'Trade',
  'theme.culture': 'Culture',
  'theme.tourism': 'Tourism',
  'theme.education': 'Education',
  'theme.health': 'Health',
  'theme.water_sanitation': 'Water and sanitation',
  'theme.agriculture': 'Agriculture',
  'theme.urban_planning': 'Urban planning',
  'theme.governance': 'Governance',
  'theme.solidarity': 'Solidarity',
  'theme.peace_security': 'Peace and security',
  'theme.sport': 'Sport',
  'theme.gender_equality': 'Gender equality',
  'theme.digital': 'Digital',
  'event_kind.signing_ceremony': 'Signing ceremony',
  'event_kind.ceremony': 'Ceremony',
  'event_kind.forum': 'Forum',
  'event_kind.study_visit': 'Study visit',
  'event_kind.mission': 'Mission',
  'event_kind.launch': 'Launch',
  'event_kind.symposium': 'Symposium',
  'event_kind.conference': 'Conference',
  'event_kind.delegation_visit': 'Delegation visit',
  'event_kind.meeting': 'Meeting',
  'event_kind.other': 'Other',
  'event_status.planned': 'Planned',
  'event_status.held': 'Held',
  'event_status.cancelled': 'Cancelled',
} as const satisfies Record<
  | `type.${AgreementType}`
  | `theme.${Theme}`
  | `event_kind.${EventKind}`
  | `event_status.${EventStatus}`
  | `column.${string}`,
  string
>;

export type ExportLabelKey = keyof typeof en;

const fr: Record<ExportLabelKey, string> = {
  'column.id': 'Identifiant',
  'column.title': 'Titre',
  'column.name': 'Nom',
  'column.type': 'Type',
  'column.kind': 'Nature',
  'column.status': 'Statut',
  'column.themes': 'Thèmes',
  'column.parties': 'Parties',
  'column.countries': 'Pays',
  'column.country': 'Pays',
  'column.signed_on': 'Signé le',
  'column.starts_on': 'Début',
  'column.ends_on': 'Fin',
  'column.visibility': 'Visibilité',
  'column.acronym': 'Sigle',
  'column.website': 'Site web',
  'column.founded_on': 'Fondée le',
  'column.email': 'Courriel',
  'column.phone': 'Téléphone',
  'column.start_date': 'Date de début',
  'column.end_date': 'Date de fin',
  'type.twinning': 'Jumelage',
  'type.friendship_cooperation_protocol': 'Protocole d’amitié et de coopération',
  'type.cooperation_agreement': 'Accord de coopération',
  'type.memorandum_of_understanding': 'Mémorandum d’entente',
  'type.other': 'Autre',
  'theme.local_development': 'Développement local',
  'theme.ecological_transition': 'Transition écologique',
  'theme.social_cohesion': 'Cohésion sociale',
  'theme.sustainable_development': 'Développement durable',
  'theme.youth_empowerment': 'Autonomisation des jeunes',
  'theme.trade': 'Commerce',
  'theme.culture': 'Culture',
  'theme.tourism': 'Tourisme',
  'theme.education': 'Éducation',
  'theme.health': 'Santé',
  'theme.water_sanitation': 'Eau et assainissement',
  'theme.agriculture': 'Agriculture',
  'theme.urban_planning': 'Urbanisme',
  'theme.governance': 'Gouvernance',
  'theme.solidarity': 'Solidarité',
  'theme.peace_security': 'Paix et sécurité',
  'theme.sport': 'Sport',
  'theme.gender_equality': 'Égalité femmes-hommes',
  'theme.digital': 'Numérique',
  'event_kind.signing_ceremony': 'Cérémonie de signature',
  'event_kind.ceremony': 'Cérémonie',
  'event_kind.forum': 'Forum',
  'event_kind.study_visit': 'Visite d’étude',
  'event_kind.mission': 'Mission',
  'event_kind.launch': 'Lancement',
  'event_kind.symposium': 'Colloque',
  'event_kind.conference': 'Conférence',
  'event_kind.delegation_visit': 'Visite de délégation',
  'event_kind.meeting': 'Réunion',
  'event_kind.other': 'Autre',
  'event_status.planned': 'Prévu',
  'event_status.held': 'Tenu',
  'event_status.cancelled': 'Annulé',
};

const ar: Record<ExportLabelKey, string> = {
  'column.id': 'المعرّف',
  'column.title': 'العنوان',
  'column.name': 'الاسم',
  'column.type': 'النوع',
  'column.kind': 'الصنف',
  'column.status': 'الحالة',
  'column.themes': 'المجالات',
  'column.parties': 'الأطراف',
  'column.countries': 'الدول',
  'column.country': 'الدولة',
  'column.signed_on': 'تاريخ التوقيع',
  'column.starts_on': 'تاريخ البدء',
  'column.ends_on': 'تاريخ الانتهاء',
  'column.visibility': 'الظهور',
  'column.acronym': 'الاختصار',
  'column.website': 'الموقع الإلكتروني',
  'column.founded_on': 'تاريخ التأسيس',
  'column.email': 'البريد الإلكتروني',
  'column.phone': 'الهاتف',
  'column.start_date': 'تاريخ البداية',
  'column.end_date': 'تاريخ النهاية',
  'type.twinning': 'توأمة',
  'type.friendship_cooperation_protocol': 'بروتوكول صداقة وتعاون',
  'type.cooperation_agreement': 'اتفاقية تعاون',
  'type.memorandum_of_understanding': 'مذكرة تفاهم',
  'type.other': 'أخرى',
  'theme.local_development': 'التنمية المحلية',
  'theme.ecological_transition': 'الانتقال الإيكولوجي',
  'theme.social_cohesion': 'التماسك الاجتماعي',
  'theme.sustainable_development': 'التنمية المستدامة',
  'theme.youth_empowerment': 'تمكين الشباب',
  'theme.trade': 'التجارة',
  'theme.culture': 'الثقافة',
  'theme.tourism': 'السياحة',
  'theme.education': 'التعليم',
  'theme.health': 'الصحة',
  'theme.water_sanitation': 'الماء والتطهير',
  'theme.agriculture': 'الفلاحة',
  'theme.urban_planning': 'التعمير',
  'theme.governance': 'الحكامة',
  'theme.solidarity': 'التضامن',
  'theme.peace_security': 'السلم والأمن',
  'theme.sport': 'الرياضة',
  'theme.gender_equality': 'المساواة بين الجنسين',
  'theme.digital': 'الرقمنة',
  'event_kind.signing_ceremony': 'حفل توقيع',
  'event_kind.ceremony': 'حفل',
  'event_kind.forum': 'منتدى',
  'event_kind.study_visit': 'زيارة دراسية',
  'event_kind.mission': 'بعثة',
  'event_kind.launch': 'إطلاق',
  'event_kind.symposium': 'ندوة',
  'event_kind.conference': 'مؤتمر',
  'event_kind.delegation_visit': 'زيارة وفد',
  'event_kind.meeting': 'اجتماع',
  'event_kind.other': 'أخرى',
  'event_status.planned': 'مبرمج',
  'event_status.held': 'منعقد',
  'event_status.cancelled': 'ملغى',
};

const EXPORT_LABELS: Readonly<Record<UiLanguage, Readonly<Record<ExportLabelKey, string>>>> = { en, fr, ar };

/** A header or an enumerated value of a downloaded list, in `language`; an unknown value as it is. */
export function exportLabel(language: UiLanguage, key: ExportLabelKey | LabelKey | string): string {
  const own = EXPORT_LABELS[language] as Readonly<Record<string, string>>;
  const shared = LABELS[language] as Readonly<Record<string, string>>;
  return own[key] ?? shared[key] ?? key.slice(key.indexOf('.') + 1);
}

/** A country's name in `language` (Intl's, as the web app writes it), or its code when Intl has none. */
export function countryName(language: UiLanguage, code: string | null | undefined): string {
  if (!code) return '';
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    regionNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

const regionNames = new Map<UiLanguage, Intl.DisplayNames>();
