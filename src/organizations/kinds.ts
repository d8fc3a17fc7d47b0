/** Kinds of organization and, for each, the subkinds the registry knows. */
export const ORGANIZATION_SUBKINDS = {
  local_authority: [
    'commune',
    'rural_commune',
    'municipality',
    'city',
    'town',
    'district',
    'county',
    'intercommunality',
    'prefecture',
    'province',
    'governorate',
    'region',
    'state',
    'wilaya',
    'daira',
    'refugee_camp_administration',
  ],
  association_of_local_authorities: [
    'national_association',
    'regional_association',
    'international_association',
  ],
  network: ['club', 'network', 'platform'],
  body: ['council', 'committee', 'secretariat', 'assembly', 'board'],
  partner_institution: [
    'ministry',
    'agency',
    'fund',
    'government',
    'international_organization',
    'association',
    'political_organization',
    'media',
  ],
} as const;

export type OrganizationKind = keyof typeof ORGANIZATION_SUBKINDS;
export const ORGANIZATION_KINDS = Object.keys(ORGANIZATION_SUBKINDS) as OrganizationKind[];
export const ALL_SUBKINDS = [...new Set(Object.values(ORGANIZATION_SUBKINDS).flat())];

export function isSubkindOf(kind: OrganizationKind, subkind: string): boolean {
  return (ORGANIZATION_SUBKINDS[kind] as readonly string[]).includes(subkind);
}
