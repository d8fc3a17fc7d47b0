import { describe, expect, it } from 'vitest';
import { PreconditionFailedError } from '../shared/errors.ts';
import { assertVersion } from '../shared/versions.ts';
import { etag, parseIfMatch } from './preconditions.ts';

describe('If-Match', () => {
  it('reads *, one entity tag or a list, and no header as no precondition', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('*')).toBe('*');
    expect(parseIfMatch(' * ')).toBe('*');
    expect(parseIfMatch('"3"')).toEqual([3]);
    expect(parseIfMatch('"3", "5" ,"8"')).toEqual([3, 5, 8]);
    expect(parseIfMatch(etag(42))).toEqual([42]);
  });

  it('names no version with weak tags, tags that are not versions, or a malformed header', () => {
    for (const header of ['W/"3"', '"three"', '"0"', '"03"', '"-1"', '3', '', '"12345678901"']) {
      expect(parseIfMatch(header), header).toEqual([]);
    }
  });
});

describe('the version check', () => {
  it('passes without a precondition, with *, or with the current version', () => {
    expect(() => assertVersion(undefined, 4)).not.toThrow();
    expect(() => assertVersion('*', 4)).not.toThrow();
    expect(() => assertVersion([3, 4], 4)).not.toThrow();
  });

  it('refuses any other, naming the current version', () => {
    for (const expected of [[3], [], [5, 6]]) {
      const error = (() => {
        try {
          assertVersion(expected, 4);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(PreconditionFailedError);
      expect(error).toMatchObject({ code: 'record.changed', currentVersion: 4, params: { version: 4 } });
    }
  });
});
