import type { HistoryNote } from '../../../src/agreements/history.ts';
import type { AgreementStatus } from '../../../src/agreements/lifecycle.ts';
import type { AgreementType, Theme } from '../../../src/agreements/rules.ts';
import type { OrganizationKind } from '../../../src/organizations/kinds.ts';
import { ROLES, type Role } from '../../../src/people/roles.ts';
import { oneOf } from './forms.ts';

/** Message ids of the registry's controlled vocabularies, written out so every id is visible in code. */
export const STATUS_LABELS: Record<AgreementStatus, string> = {
  proposed: 'status.proposed',
  negotiating: 'status.negotiating',
  awaiting_approval: 'status.awaiting_approval',
  approved: 'status.approved',
  partially_signed: 'status.partially_signed',
  signed: 'status.signed',
  in_force: 'status.in_force',
  suspended: 'status.suspended',
  ended: 'status.ended',
  withdrawn: 'status.withdrawn',
};

/** What an entry of the status history says (src/agreements/history.ts), with its part's {number}. */
export const HISTORY_NOTE_LABELS: Record<HistoryNote, string> = {
  recorded: 'history.recorded',
  part_added: 'history.part_added',
  part_signed: 'history.part_signed',
  changed: 'history.changed',
};

export const STATUS_COLORS: Record<AgreementStatus, string> = {
  // Dark enough for white text (WCAG AA), and told apart on the map.
  proposed: '#4b5563',
  negotiating: '#6d28d9',
  awaiting_approval: '#92400e',
  approved: '#0e7490',
  partially_signed: '#1d4ed8',
  signed: '#15803d',
  in_force: '#166534',
  suspended: '#9a3412',
  ended: '#57534e',
  withdrawn: '#b91c1c',
};

export const TYPE_LABELS: Record<AgreementType, string> = {
  twinning: 'type.twinning',
  friendship_cooperation_protocol: 'type.friendship_cooperation_protocol',
  cooperation_agreement: 'type.cooperation_agreement',
  memorandum_of_understanding: 'type.memorandum_of_understanding',
  other: 'type.other',
};

export const THEME_LABELS: Record<Theme, string> = {
  local_development: 'theme.local_development',
  ecological_transition: 'theme.ecological_transition',
  social_cohesion: 'theme.social_cohesion',
  sustainable_development: 'theme.sustainable_development',
  youth_empowerment: 'theme.youth_empowerment',
  trade: 'theme.trade',
  culture: 'theme.culture',
  tourism: 'theme.tourism',
  education: 'theme.education',
  health: 'theme.health',
  water_sanitation: 'theme.water_sanitation',
  agriculture: 'theme.agriculture',
  urban_planning: 'theme.urban_planning',
  governance: 'theme.governance',
  solidarity: 'theme.solidarity',
  peace_security: 'theme.peace_security',
  sport: 'theme.sport',
  gender_equality: 'theme.gender_equality',
  digital: 'theme.digital',
};

export const KIND_LABELS: Record<OrganizationKind, string> = {
  local_authority: 'kind.local_authority',
  association_of_local_authorities: 'kind.association_of_local_authorities',
  network: 'kind.network',
  body: 'kind.body',
  partner_institution: 'kind.partner_institution',
};

export const ROLE_LABELS: Record<Role, string> = {
  mayor: 'role.mayor',
  deputy_mayor: 'role.deputy_mayor',
  council_president: 'role.council_president',
  president: 'role.president',
  vice_president: 'role.vice_president',
  governor: 'role.governor',
  wali: 'role.wali',
  secretary_general: 'role.secretary_general',
  minister: 'role.minister',
  representative: 'role.representative',
  project_manager: 'role.project_manager',
  coordinator: 'role.coordinator',
  head_of_department: 'role.head_of_department',
  chair: 'role.chair',
  member: 'role.member',
  expert: 'role.expert',
  activist: 'role.activist',
  honorary_citizen: 'role.honorary_citizen',
  other: 'role.other',
};

/** The message id of a role the API names; `role.other` for one this version of the registry does not list. */
export function roleLabel(role: string): string {
  const known = oneOf(ROLES, role);
  return known ? ROLE_LABELS[known] : 'role.other';
}
