import { normalizeName } from '../shared/names.ts';

export interface NameVariant {
  /** The spelling to look up, normalized as place names are. */
  normalized: string;
  /** True when a part of what was written was left out to find it (a qualifier, a region). */
  shortened: boolean;
}

/**
 * The spellings to try for a place as a list writes it, most faithful first: as written ("Halle
 * (Saale)" is a GeoNames name), then without its qualifiers in brackets ("Dębica (rural gmina)",
 * "Esch (Haaren)"), then before a comma ("Bayside, New South Wales"), then each side of a dash
 * or a slash, the last first ("Haaren – Esch" is Esch, in Haaren).
 */
export function nameVariants(text: string): NameVariant[] {
  const variants: NameVariant[] = [];
  const add = (spelling: string, shortened: boolean) => {
    const normalized = normalizeName(spelling);
    if (normalized && !variants.some((variant) => variant.normalized === normalized))
      variants.push({ normalized, shortened });
  };
  const written = text.trim();
  add(written, false);
  const unbracketed = written.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ').trim();
  add(unbracketed, unbracketed !== written);
  const beforeComma = unbracketed.split(',')[0]!.trim();
  add(beforeComma, true);
  // "Haaren – Esch", "Tukums – Kandava": a unit, then the place within it; the place first.
  for (const part of beforeComma.split(/\s+(?:--?|–|—)\s+|\s*\/\s*/).reverse()) add(part, true);
  return variants;
}

/** The key of a name as written with its country (as written): the same place twice in a file is looked up once. */
export function writtenKey(name: string, country: string): string {
  return `${normalizeName(name)}|${normalizeName(country)}`;
}
