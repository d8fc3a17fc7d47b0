import type { SourceInput } from '../sources/sources.ts';

/** The five press articles Jumelage was created from. Every demo fact cites one of them. */
export const SEED_SOURCES = {
  ivryMejik: {
    kind: 'press_article',
    title: 'Twinning between French city of Ivry-sur-Seine and Sahrawi city of Mejik',
    publisher: 'SPS',
    publishedOn: '2022-11-26',
    language: 'en',
  },
  smaraAmkalaFr: {
    kind: 'press_article',
    title:
      'Les communes de Smara et d’Amkala signent des accords de jumelage avec plusieurs villes internationales',
    language: 'fr',
  },
  clubLaunch: {
    kind: 'press_article',
    title: 'Lancement officiel du Club international de Smara des villes jumelées',
    language: 'fr',
  },
  smaraAmkalaAr: {
    kind: 'press_article',
    title: 'جماعتا السمارة وأمكالة توقعان عشر اتفاقيات توأمة مع مدن دولية',
    publisher: 'نون بوست',
    publishedOn: '2025-10-31',
    language: 'ar',
  },
  dakarSymposium: {
    kind: 'press_article',
    title: 'AMPCC President: Morocco Attaches Special Interest to Security in Sahel Region',
    language: 'en',
  },
} as const satisfies Record<string, SourceInput>;

export type SeedSource = keyof typeof SEED_SOURCES;
