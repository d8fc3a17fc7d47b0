import { describe, expect, it } from 'vitest';
import { agreementExportHref, agreementListQuery } from './agreement-list-query.ts';

describe('the query of the list of agreements, from its address', () => {
  it('takes every filter the address holds, and the page', () => {
    const address = new URLSearchParams(
      'q=Smara&country=EH&status=signed&type=twinning&theme=culture&network=n1&signedFrom=2001-01-01&signedTo=2020-12-31&sort=oldest&cursor=c1',
    );
    expect(agreementListQuery(address, 25)).toEqual({
      q: 'Smara',
      country: 'EH',
      status: 'signed',
      type: 'twinning',
      theme: 'culture',
      network: 'n1',
      signedFrom: '2001-01-01',
      signedTo: '2020-12-31',
      sort: 'oldest',
      cursor: 'c1',
      limit: 25,
    });
  });

  it('leaves out what is empty and a choice the API does not know', () => {
    const query = agreementListQuery(new URLSearchParams('q=&status=lost&sort=sideways'), 25);
    expect(Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined))).toEqual({
      limit: 25,
    });
  });
});

describe('the address of the list’s download', () => {
  it('carries the filters of the address, without its page, with the format and the language', () => {
    const address = new URLSearchParams('q=Smara&status=signed&theme=lost&sort=oldest&cursor=c1');
    const href = agreementExportHref(address, 'xlsx', 'ar');
    expect(href.startsWith('/api/agreements/export?')).toBe(true);
    expect(Object.fromEntries(new URL(href, 'http://localhost').searchParams)).toEqual({
      q: 'Smara',
      status: 'signed',
      sort: 'oldest',
      format: 'xlsx',
      lang: 'ar',
    });
  });
});
