import type { Rule } from '../accounts/policy.ts';
import { ROUTE_POLICIES } from './route-policies.ts';

const WHO: Record<Rule['kind'], string> = {
  public: 'anyone',
  signed_in: 'signed in',
  contributor: 'signed in with a role',
  platform_admin: 'platform admin',
  act_for: 'acting for the organizations concerned',
  invite: 'platform admin or network secretariat',
  press_review: 'platform admin or reviewer',
};

/** The route policy table as Markdown, for people to read (docs/route-policies.md is generated from it). */
export function renderPolicyTable(): string {
  const rows = Object.entries(ROUTE_POLICIES).map(([route, policy]) => {
    const [method, path] = route.split(' ');
    return `| \`${method}\` | \`${path}\` | ${WHO[policy.rule.kind]} | ${policy.note} |`;
  });
  return [
    '# Who may call each route',
    '',
    'Generated from `src/http/route-policies.ts` by `npm run docs:policies`; a test fails when it is out of date.',
    'Platform admins (with two-factor sign-in on) may call every route. Records that are members-only or',
    'restricted are, in addition, hidden from readers who may not see them (see `src/accounts/visibility.ts`).',
    '',
    '| Method | Route | Who | Rule |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
