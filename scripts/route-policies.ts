import { writeFileSync } from 'node:fs';
import { renderPolicyTable } from '../src/http/policy-table.ts';

writeFileSync(new URL('../docs/route-policies.md', import.meta.url), renderPolicyTable());
console.log('docs/route-policies.md written');
