import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isPagePath,
  isServerRenderedPath,
  PAGE_PATHS,
  recordAddressOfPage,
  SERVER_RENDERED_PATHS,
} from './pages.ts';

const ID = '0b6f3c1e-8a57-4a36-9d3e-2f1b7c9e4d21';

describe('the pages of the web application', () => {
  it('are the paths its router matches, no more and no fewer', () => {
    const app = readFileSync(new URL('../../web/src/app/App.tsx', import.meta.url), 'utf8');
    const routed = [...app.matchAll(/<Route path="([^"]+)"/g)]
      .map((match) => match[1])
      .filter((path) => path !== '*');
    expect([...routed].sort()).toEqual([...PAGE_PATHS].sort());
  });

  it('know a page by its path, a record by its id', () => {
    for (const path of [
      '/',
      '/agreements',
      `/agreements/${ID}`,
      `/organizations/${ID.toUpperCase()}`,
      '/map',
      '/workspace',
      '/workspace/agreements/new',
      '/sign-up/',
      `/people/${ID}`,
      `/events/${ID}`,
      `/meetings/${ID}`,
    ]) {
      expect(isPagePath(path), path).toBe(true);
    }
    for (const path of [
      '/nowhere',
      '/agreements/42',
      `/agreements/${ID}/extra`,
      '/organizations',
      '/mapx',
      '/people',
      `/events/${ID}/extra`,
    ]) {
      expect(isPagePath(path), path).toBe(false);
    }
  });
});

describe('the pages the server renders with their content', () => {
  it('are the public portal’s, never a form to sign in or join, nor the workspace', () => {
    for (const path of ['/', '/agreements', `/agreements/${ID}`, `/organizations/${ID}`, '/networks'])
      expect(isServerRenderedPath(path), path).toBe(true);
    for (const path of [
      '/map',
      '/sign-in',
      '/sign-up',
      '/reset-password',
      '/confirm-email',
      '/workspace',
      '/workspace/agreements/new',
      '/nowhere',
      '/agreements/42',
    ])
      expect(isServerRenderedPath(path), path).toBe(false);
  });

  it('are all pages', () => {
    for (const pattern of SERVER_RENDERED_PATHS) expect(isPagePath(pattern.replace(':id', ID))).toBe(true);
  });

  it('name the record a record page shows, by its API address', () => {
    expect(recordAddressOfPage(`/agreements/${ID}`)).toBe(`/api/agreements/${ID}`);
    expect(recordAddressOfPage(`/organizations/${ID}`)).toBe(`/api/organizations/${ID}`);
    expect(recordAddressOfPage(`/networks/${ID}`)).toBe(`/api/networks/${ID}`);
    expect(recordAddressOfPage(`/people/${ID}`)).toBe(`/api/people/${ID}`);
    expect(recordAddressOfPage(`/events/${ID}`)).toBe(`/api/events/${ID}`);
    expect(recordAddressOfPage(`/meetings/${ID}`)).toBe(`/api/meetings/${ID}`);
    for (const path of ['/agreements', `/organizations/${ID}/partners`, '/agreements/42', `/map/${ID}`]) {
      expect(recordAddressOfPage(path), path).toBeNull();
    }
  });
});
