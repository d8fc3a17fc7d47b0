import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type ChainedRecord,
  checkRecords,
  describeBreak,
  GENESIS_HASH,
  recordHash,
  startChain,
} from './chain.ts';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function record(
  id: number,
  overrides: Partial<ChainedRecord> = {},
): Omit<ChainedRecord, 'previousHash' | 'hash'> {
  return {
    id: String(id),
    at: '2025-03-01T10:00:00.123456Z',
    actor: 'user:1',
    action: 'create',
    entityType: 'person',
    entityId: `p${id}`,
    before: null,
    after: '{"name": "Moulay Brahim Chrif"}',
    requestId: 'a2c0ffee-0000-4000-8000-000000000000',
    ip: '127.0.0.1',
    correlationId: null,
    ...overrides,
  };
}

function chain(count: number): ChainedRecord[] {
  const records: ChainedRecord[] = [];
  let previous = GENESIS_HASH;
  for (let id = 1; id <= count; id += 1) {
    const fields = record(id);
    const hash = recordHash(previous, fields);
    records.push({ ...fields, previousHash: previous, hash });
    previous = hash;
  }
  return records;
}

describe('the hash of an audit record', () => {
  it('is SHA-256 over the version, the previous hash and each field’s own SHA-256 (null as -)', () => {
    const fields = record(7);
    const expected = sha(
      [
        'jumelage-audit-1',
        GENESIS_HASH,
        sha('7'),
        sha('2025-03-01T10:00:00.123456Z'),
        sha('user:1'),
        sha('create'),
        sha('person'),
        sha('p7'),
        '-',
        sha('{"name": "Moulay Brahim Chrif"}'),
        sha('a2c0ffee-0000-4000-8000-000000000000'),
        sha('127.0.0.1'),
        '-',
      ].join('\n'),
    );
    expect(recordHash(GENESIS_HASH, fields)).toBe(expected);
  });

  it('changes with any field, with the previous hash, and tells null from empty text', () => {
    const base = recordHash(GENESIS_HASH, record(1));
    const variants = [
      recordHash(GENESIS_HASH, record(2)),
      recordHash(GENESIS_HASH, record(1, { actor: 'user:2' })),
      recordHash(GENESIS_HASH, record(1, { at: '2025-03-01T10:00:00.123457Z' })),
      recordHash(GENESIS_HASH, record(1, { before: '' })),
      recordHash(GENESIS_HASH, record(1, { correlationId: 'trace-1' })),
      recordHash('1'.repeat(64), record(1)),
      // Moving text from one field to the next is not the same record.
      recordHash(GENESIS_HASH, record(1, { entityType: 'personp1', entityId: '' })),
    ];
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });
});

describe('checking the chain', () => {
  it('holds for records chained in order, and answers where it ends', () => {
    const state = startChain();
    const records = chain(5);
    expect(checkRecords(state, records.slice(0, 2))).toBeNull();
    expect(checkRecords(state, records.slice(2))).toBeNull();
    expect(state).toEqual({ head: records[4]!.hash, lastId: '5', checked: 5 });
  });

  it('names an altered record', () => {
    const records = chain(5);
    records[2] = { ...records[2]!, actor: 'someone else' };
    const broken = checkRecords(startChain(), records);
    expect(broken).toEqual({ kind: 'altered', id: '3' });
    expect(describeBreak(broken!)).toBe('audit record 3 was altered: its content does not match its hash');
  });

  it('names the record after a deleted one, and the record before the gap', () => {
    const records = chain(5);
    records.splice(2, 1);
    const broken = checkRecords(startChain(), records);
    expect(broken).toEqual({ kind: 'unlinked', id: '4', previousId: '2' });
    expect(describeBreak(broken!)).toContain('audit record 4 does not follow record 2');
  });

  it('catches a record rewritten with a recomputed hash at the next link', () => {
    const records = chain(4);
    const forged = { ...records[1]!, actor: 'someone else' };
    records[1] = { ...forged, hash: recordHash(forged.previousHash!, forged) };
    expect(checkRecords(startChain(), records)).toEqual({ kind: 'unlinked', id: '3', previousId: '2' });
  });

  it('catches the first records deleted, and a missing hash', () => {
    expect(checkRecords(startChain(), chain(3).slice(1))).toEqual({
      kind: 'unlinked',
      id: '2',
      previousId: null,
    });
    const records = chain(2);
    records[1] = { ...records[1]!, hash: null };
    expect(checkRecords(startChain(), records)).toEqual({ kind: 'altered', id: '2' });
  });
});
