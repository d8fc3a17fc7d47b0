import { countryName, exportLabel } from '../export/labels.ts';
import type { UiLanguage } from '../shared/languages.ts';
import type { ClimateZone, PopulationBand, Region } from './profile.ts';
import type { Reason, ReasonCode } from './recommender.ts';

/*
 * A suggestion's reasons as sentences in the reader's language (ar, fr, en). Pure: the server
 * writes them into its answers and the web application renders the same codes itself.
 */

const BANDS: Record<UiLanguage, Record<PopulationBand, string>> = {
  en: {
    under_10k: 'under 10,000 inhabitants',
    '10k_50k': '10,000 to 50,000 inhabitants',
    '50k_250k': '50,000 to 250,000 inhabitants',
    '250k_1m': '250,000 to 1 million inhabitants',
    over_1m: 'over 1 million inhabitants',
  },
  fr: {
    under_10k: 'moins de 10 000 habitants',
    '10k_50k': '10 000 à 50 000 habitants',
    '50k_250k': '50 000 à 250 000 habitants',
    '250k_1m': '250 000 à 1 million d’habitants',
    over_1m: 'plus d’un million d’habitants',
  },
  ar: {
    under_10k: 'أقل من 10٬000 نسمة',
    '10k_50k': 'من 10٬000 إلى 50٬000 نسمة',
    '50k_250k': 'من 50٬000 إلى 250٬000 نسمة',
    '250k_1m': 'من 250٬000 إلى مليون نسمة',
    over_1m: 'أكثر من مليون نسمة',
  },
};

const ZONES: Record<UiLanguage, Record<ClimateZone, string>> = {
  en: {
    tropical: 'tropical',
    subtropical: 'subtropical',
    temperate: 'temperate',
    cold: 'cold',
    polar: 'polar',
  },
  fr: {
    tropical: 'tropical',
    subtropical: 'subtropical',
    temperate: 'tempéré',
    cold: 'froid',
    polar: 'polaire',
  },
  ar: { tropical: 'مداري', subtropical: 'شبه مداري', temperate: 'معتدل', cold: 'بارد', polar: 'قطبي' },
};

const REGION_NAMES: Record<UiLanguage, Record<Region, string>> = {
  en: {
    AF: 'Africa',
    AN: 'Antarctica',
    AS: 'Asia',
    EU: 'Europe',
    NA: 'North America',
    OC: 'Oceania',
    SA: 'South America',
  },
  fr: {
    AF: 'Afrique',
    AN: 'Antarctique',
    AS: 'Asie',
    EU: 'Europe',
    NA: 'Amérique du Nord',
    OC: 'Océanie',
    SA: 'Amérique du Sud',
  },
  ar: {
    AF: 'أفريقيا',
    AN: 'القارة القطبية الجنوبية',
    AS: 'آسيا',
    EU: 'أوروبا',
    NA: 'أمريكا الشمالية',
    OC: 'أوقيانوسيا',
    SA: 'أمريكا الجنوبية',
  },
};

type Template = (value: string, items: string) => string;

const TEMPLATES: Record<UiLanguage, Record<ReasonCode, Template>> = {
  en: {
    partners_in_common: (n, items) => `${n} partner(s) in common: ${items}`,
    country_ties: (n, items) => `${n} existing link(s) between your country and ${items}`,
    same_population_band: (band) => `Same size: ${band}`,
    similar_population: (band) => `Similar size: ${band}`,
    same_climate: (zone) => `Same climate: ${zone}`,
    same_region: (region) => `Same region: ${region}`,
    shared_languages: (_n, items) => `Shared language(s): ${items}`,
    shared_themes: (_n, items) => `Shared theme(s): ${items}`,
    shared_networks: (_n, items) => `Same network(s): ${items}`,
  },
  fr: {
    partners_in_common: (n, items) => `${n} partenaire(s) en commun : ${items}`,
    country_ties: (n, items) => `${n} lien(s) déjà noué(s) entre votre pays et ${items}`,
    same_population_band: (band) => `Même taille : ${band}`,
    similar_population: (band) => `Taille proche : ${band}`,
    same_climate: (zone) => `Même climat : ${zone}`,
    same_region: (region) => `Même région : ${region}`,
    shared_languages: (_n, items) => `Langue(s) en commun : ${items}`,
    shared_themes: (_n, items) => `Thème(s) en commun : ${items}`,
    shared_networks: (_n, items) => `Même(s) réseau(x) : ${items}`,
  },
  ar: {
    partners_in_common: (n, items) => `شركاء مشتركون (${n}): ${items}`,
    country_ties: (n, items) => `روابط قائمة (${n}) بين بلدكم و${items}`,
    same_population_band: (band) => `الحجم نفسه: ${band}`,
    similar_population: (band) => `حجم مقارب: ${band}`,
    same_climate: (zone) => `المناخ نفسه: ${zone}`,
    same_region: (region) => `المنطقة نفسها: ${region}`,
    shared_languages: (_n, items) => `لغات مشتركة: ${items}`,
    shared_themes: (_n, items) => `محاور مشتركة: ${items}`,
    shared_networks: (_n, items) => `شبكات مشتركة: ${items}`,
  },
};

const languageNames = new Map<UiLanguage, Intl.DisplayNames>();

/** A language's name in the reader's language (Intl's), or its code. */
export function languageName(language: UiLanguage, code: string): string {
  let names = languageNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
    languageNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function populationBandLabel(language: UiLanguage, band: string): string {
  return BANDS[language][band as PopulationBand] ?? band;
}

export function climateZoneLabel(language: UiLanguage, zone: string): string {
  return ZONES[language][zone as ClimateZone] ?? zone;
}

export function regionLabel(language: UiLanguage, region: string): string {
  return REGION_NAMES[language][region as Region] ?? region;
}

/**
 * One reason as a sentence in `language`. `nameOf` gives the name of an organization the reason
 * names by id (a common partner, a network); ids it does not know are left out.
 */
export function reasonText(
  language: UiLanguage,
  reason: Reason,
  nameOf: (id: string) => string | undefined = () => undefined,
): string {
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  const number =
    typeof reason.value === 'number' ? new Intl.NumberFormat(language).format(reason.value) : reason.value;
  let value = String(number);
  let items: string[] = [];
  switch (reason.code) {
    case 'partners_in_common':
    case 'shared_networks':
      items = reason.items.map(nameOf).filter((name): name is string => Boolean(name));
      break;
    case 'country_ties':
      items = reason.items.map((code) => countryName(language, code));
      break;
    case 'shared_languages':
      items = reason.items.map((code) => languageName(language, code));
      break;
    case 'shared_themes':
      items = reason.items.map((theme) => exportLabel(language, `theme.${theme}`));
      break;
    case 'same_population_band':
    case 'similar_population':
      value = populationBandLabel(language, String(reason.value));
      break;
    case 'same_climate':
      value = climateZoneLabel(language, String(reason.value));
      break;
    case 'same_region':
      value = regionLabel(language, String(reason.value));
      break;
  }
  const text = TEMPLATES[language][reason.code](value, list.format(items));
  // A list of names the reader may not see ends the sentence at its colon.
  return items.length || !reason.items.length ? text : text.replace(/\s*:\s*$/, '');
}
