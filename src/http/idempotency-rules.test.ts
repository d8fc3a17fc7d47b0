import { describe, expect, it } from 'vitest';
import {
  ANSWER_LOST_AFTER_MS,
  callerOf,
  decide,
  IDEMPOTENCY_TTL_MS,
  isReplayable,
  jsonFingerprint,
  multipartBoundary,
  multipartFingerprint,
  parseIdempotencyKey,
  pathOf,
  pollIntervals,
  replayedHeaders,
  WAIT_FOR_FIRST_ANSWER_MS,
} from './idempotency-rules.ts';

describe('the Idempotency-Key header', () => {
  it('takes a bare key or a structured-field string', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
    expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe(
      '8e03978e-40d5-43e8-bc93-6894a57f9324',
    );
    expect(parseIdempotencyKey('"8e03978e-40d5"')).toBe('8e03978e-40d5');
    expect(parseIdempotencyKey('"a \\"quoted\\" \\\\ key"')).toBe('a "quoted" \\ key');
    expect(parseIdempotencyKey('x'.repeat(255))).toBe('x'.repeat(255));
  });

  it('refuses an empty, overlong, non-ASCII, badly quoted or repeated key', () => {
    for (const header of ['', '   ', '""', 'x'.repeat(256), 'clé', 'tab\there', '"bad"quote"', '"\\x"']) {
      expect(parseIdempotencyKey(header), JSON.stringify(header)).toBeNull();
    }
    expect(parseIdempotencyKey(['a', 'b'])).toBeNull();
  });
});

describe('whose key and which request', () => {
  it('binds a key to the token when there is one, else to the user, and to nobody anonymous', () => {
    expect(callerOf({ id: 'u1' }, { id: 't1' })).toBe('token:t1');
    expect(callerOf({ id: 'u1' }, null)).toBe('user:u1');
    expect(callerOf(null, null)).toBeNull();
    expect(pathOf('/api/agreements/1/parts?x=1')).toBe('/api/agreements/1/parts');
  });

  it('fingerprints JSON by content, whatever the order of its fields', () => {
    const one = jsonFingerprint({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } });
    expect(jsonFingerprint({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 })).toBe(one);
    expect(jsonFingerprint({ a: { c: null, d: [{ x: 1, y: 2 }, 1] }, b: 1 })).not.toBe(one);
    expect(jsonFingerprint({ b: 2, a: { d: [1, { y: 2, x: 1 }], c: null } })).not.toBe(one);
    expect(jsonFingerprint(undefined)).toBe(jsonFingerprint(null));
  });

  it('fingerprints a form by its content, not the boundary the client drew', () => {
    const form = (boundary: string, value: string) =>
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="language"\r\n\r\n${value}\r\n--${boundary}--\r\n`,
      );
    const first = multipartFingerprint(form('AAAA', 'fr'), 'AAAA');
    expect(multipartFingerprint(form('BBBBBBBB', 'fr'), 'BBBBBBBB')).toBe(first);
    expect(multipartFingerprint(Buffer.concat([form('CC', 'fr'), Buffer.from('epilogue')]), 'CC')).toBe(
      first,
    );
    expect(multipartFingerprint(form('AAAA', 'ar'), 'AAAA')).not.toBe(first);
    expect(multipartBoundary('multipart/form-data; boundary=----abc')).toBe('----abc');
    expect(multipartBoundary('multipart/form-data; charset=utf-8; boundary="q r"')).toBe('q r');
    expect(multipartBoundary('application/json')).toBeNull();
  });
});

describe('what a request under a kept key does', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const kept = (status: number | null, ageMs = 1000) => ({
    fingerprint: 'f1',
    status,
    createdAt: new Date(now.getTime() - ageMs),
  });

  it('carries on when nothing is kept, or only an expired key', () => {
    expect(decide(null, 'f1', now)).toBe('proceed');
    expect(decide(kept(201, IDEMPOTENCY_TTL_MS), 'f1', now)).toBe('proceed');
    expect(decide(kept(201, IDEMPOTENCY_TTL_MS + 1), 'f2', now)).toBe('proceed');
  });

  it('replays the first answer to the same request, refuses another, waits for one under way', () => {
    expect(decide(kept(201), 'f1', now)).toBe('replay');
    expect(decide(kept(201, IDEMPOTENCY_TTL_MS - 1), 'f1', now)).toBe('replay');
    expect(decide(kept(201), 'f2', now)).toBe('other_request');
    expect(decide(kept(null), 'f2', now)).toBe('other_request');
    expect(decide(kept(null), 'f1', now)).toBe('in_progress');
  });

  it('says the answer was lost when the record was made but its answer never stored', () => {
    expect(decide(kept(null, ANSWER_LOST_AFTER_MS - 1), 'f1', now)).toBe('in_progress');
    expect(decide(kept(null, ANSWER_LOST_AFTER_MS), 'f1', now)).toBe('answer_lost');
    expect(decide(kept(null, ANSWER_LOST_AFTER_MS), 'f2', now)).toBe('other_request');
  });

  it('keeps client errors for replay, not server errors', () => {
    expect(isReplayable(201)).toBe(true);
    expect(isReplayable(409)).toBe(true);
    expect(isReplayable(500)).toBe(false);
    expect(isReplayable(503)).toBe(false);
  });

  it('replays the headers that describe the answer, not the new answer’s own', () => {
    expect(
      replayedHeaders({
        'content-type': 'application/json; charset=utf-8',
        location: '/api/places/1',
        etag: '"1"',
        'set-cookie': ['a=b'],
        'x-request-id': 'r1',
        'content-length': 12,
      }),
    ).toEqual({ 'content-type': 'application/json; charset=utf-8', location: '/api/places/1', etag: '"1"' });
  });

  it('waits for a first answer at growing intervals, within a bound', () => {
    const intervals = pollIntervals();
    expect(intervals.reduce((sum, step) => sum + step, 0)).toBe(WAIT_FOR_FIRST_ANSWER_MS);
    expect(intervals[0]).toBe(10);
    expect(Math.max(...intervals)).toBe(250);
  });
});
