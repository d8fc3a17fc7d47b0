/** The posts and roles people hold in organizations (a plain list, shared with the web application). */
export const ROLES = [
  'mayor',
  'deputy_mayor',
  'council_president',
  'president',
  'vice_president',
  'governor',
  'wali',
  'secretary_general',
  'minister',
  'representative',
  'project_manager',
  'coordinator',
  'head_of_department',
  'chair',
  'member',
  'expert',
  'activist',
  'honorary_citizen',
  'other',
] as const;
export type Role = (typeof ROLES)[number];
