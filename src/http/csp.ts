/**
 * Content-Security-Policy headers as data. A browser keeps the first of two directives with the
 * same name and ignores the second, so a stricter rule appended after a page's own is silently
 * lost: policies are merged directive by directive instead, one directive each.
 */

export type ContentSecurityPolicy = Map<string, string[]>;

/** Parses a policy: directive names are case-insensitive; of a repeated directive the first wins, as in browsers. */
export function parseCsp(header: string): ContentSecurityPolicy {
  const policy: ContentSecurityPolicy = new Map();
  for (const part of header.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, values);
  }
  return policy;
}

export function formatCsp(policy: ContentSecurityPolicy): string {
  return [...policy].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** The base policy with each directive of `overrides` replacing the base's directive of that name. */
export function mergeCsp(base: string, overrides: Record<string, string[]>): string {
  const policy = parseCsp(base);
  for (const [name, values] of Object.entries(overrides)) policy.set(name.toLowerCase(), values);
  return formatCsp(policy);
}
