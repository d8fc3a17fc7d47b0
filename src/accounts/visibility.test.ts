import { describe, expect, it } from 'vitest';
import { ANONYMOUS, canRead, canReadDocument, type ReadableRecord, type Reader } from './visibility.ts';

const record = (
  visibility: ReadableRecord['visibility'],
  extra: Partial<ReadableRecord> = {},
): ReadableRecord => ({
  visibility,
  organizations: ['smara', 'porto-novo'],
  networks: ['mayors'],
  readerUserIds: [],
  readerBodyIds: [],
  ...extra,
});
const reader = (extra: Partial<Reader>): Reader => ({ ...ANONYMOUS, userId: 'someone', ...extra });

describe('who reads a record', () => {
  it('lets anyone read a public record', () => {
    expect(canRead(ANONYMOUS, record('public'))).toBe(true);
  });

  it('keeps members-only records for members of a network of the parties', () => {
    expect(canRead(ANONYMOUS, record('members'))).toBe(false);
    expect(canRead(reader({}), record('members'))).toBe(false);
    expect(canRead(reader({ networks: ['mayors'] }), record('members'))).toBe(true);
    expect(canRead(reader({ networks: ['elsewhere'] }), record('members'))).toBe(false);
  });

  it('keeps restricted records for the people and bodies named, whatever their networks', () => {
    const restricted = record('restricted', { readerUserIds: ['named'], readerBodyIds: ['council'] });
    expect(canRead(reader({ networks: ['mayors'] }), restricted)).toBe(false);
    expect(canRead(reader({ userId: 'named' }), restricted)).toBe(true);
    expect(canRead(reader({ bodies: ['council'] }), restricted)).toBe(true);
    expect(canRead(reader({ bodies: ['board'] }), restricted)).toBe(false);
  });

  it('always lets the officers of a party and platform admins read', () => {
    expect(canRead(reader({ organizations: ['smara'] }), record('restricted'))).toBe(true);
    expect(canRead(reader({ isPlatformAdmin: true }), record('restricted'))).toBe(true);
    expect(canRead({ ...ANONYMOUS, organizations: ['smara'] }, record('restricted'))).toBe(false);
  });

  it('reads a document only where both it and its agreement may be read', () => {
    const member = reader({ networks: ['mayors'] });
    expect(canReadDocument(member, record('public'), 'members')).toBe(true);
    expect(canReadDocument(member, record('public'), 'restricted')).toBe(false);
    expect(canReadDocument(ANONYMOUS, record('members'), 'public')).toBe(false);
  });
});
