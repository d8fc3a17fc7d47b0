import { AGREEMENT_STATUSES } from '../../../src/agreements/lifecycle.ts';
import { AGREEMENT_TYPES, THEMES } from '../../../src/agreements/rules.ts';
import type { paths } from '../api/schema';
import type { AgreementListQuery } from '../api/types.ts';
import { oneOf } from '../ui/forms.ts';

/** The filters of the list of agreements an address holds, named as the API's query names them. */
export const FILTERS = [
  'q',
  'country',
  'status',
  'type',
  'theme',
  'network',
  'validatedBy',
  'signedFrom',
  'signedTo',
  'sort',
] as const satisfies ReadonlyArray<keyof AgreementListQuery>;
export type Filter = (typeof FILTERS)[number];

const SORTS = ['newest', 'oldest'] as const satisfies ReadonlyArray<AgreementListQuery['sort']>;

/**
 * The query of one page of the list, from the address (its filters and the page's cursor). A choice
 * the API does not know (an address edited by hand) is left out, as its select shows it: “any”.
 */
export function agreementListQuery(address: URLSearchParams, limit: number): AgreementListQuery {
  const text = (name: Filter | 'cursor') => address.get(name) || undefined;
  return {
    q: text('q'),
    country: text('country'),
    status: oneOf(AGREEMENT_STATUSES, address.get('status')),
    type: oneOf(AGREEMENT_TYPES, address.get('type')),
    theme: oneOf(THEMES, address.get('theme')),
    network: text('network'),
    validatedBy: text('validatedBy'),
    signedFrom: text('signedFrom'),
    signedTo: text('signedTo'),
    sort: oneOf(SORTS, address.get('sort')),
    cursor: text('cursor'),
    limit,
  };
}

/** The query of the list's download: the same filters as the page shows, without its page. */
export type AgreementExportQuery = NonNullable<paths['/api/agreements/export']['get']['parameters']['query']>;

/**
 * The address of the whole filtered list as a file (`csv` or `xlsx`), in the reader's language:
 * the filters the address holds, as the page's own query reads them, and no cursor or page size.
 */
export function agreementExportHref(
  address: URLSearchParams,
  format: AgreementExportQuery['format'],
  lang: NonNullable<AgreementExportQuery['lang']>,
): string {
  const { cursor: _cursor, limit: _limit, ...filters } = agreementListQuery(address, 1);
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters))
    if (value !== undefined) query.set(name, String(value));
  query.set('format', format);
  query.set('lang', lang);
  return `/api/agreements/export?${query}`;
}
