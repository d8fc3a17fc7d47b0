import { describe, expect, it } from 'vitest';
import {
  answerRefusal,
  type BoardReader,
  type BoardRequest,
  canMoveRequest,
  canReadAnswer,
  canReadRequest,
  isAnswerable,
} from './board-rules.ts';

const reader = (overrides: Partial<BoardReader> = {}): BoardReader => ({
  signedIn: true,
  isPlatformAdmin: false,
  officerOf: [],
  networks: [],
  secretariatOf: [],
  ...overrides,
});
const PUBLIC: BoardReader = { ...reader(), signedIn: false };
const request: BoardRequest = {
  organizationId: 'a',
  visibility: 'members',
  status: 'open',
  until: '2030-01-01',
  networks: ['n'],
};

describe('the partner-request board', () => {
  it('shows a members-only request to members of the authority’s networks and to whoever acts for it', () => {
    expect(canReadRequest(PUBLIC, request)).toBe(false);
    expect(canReadRequest(reader(), request)).toBe(false);
    expect(canReadRequest(reader({ networks: ['n'] }), request)).toBe(true);
    expect(canReadRequest(reader({ officerOf: ['a'] }), request)).toBe(true);
    expect(canReadRequest(reader({ secretariatOf: ['n'], networks: ['n'] }), request)).toBe(true);
    expect(canReadRequest(PUBLIC, { ...request, visibility: 'public' })).toBe(true);
  });

  it('hides a withdrawn request from all but those who act for it', () => {
    const withdrawn = { ...request, visibility: 'public' as const, status: 'withdrawn' as const };
    expect(canReadRequest(PUBLIC, withdrawn)).toBe(false);
    expect(canReadRequest(reader({ networks: ['n'] }), withdrawn)).toBe(false);
    expect(canReadRequest(reader({ officerOf: ['a'] }), withdrawn)).toBe(true);
  });

  it('takes answers while open and until its last day, from officers of other authorities', () => {
    expect(isAnswerable(request, '2030-01-01')).toBe(true);
    expect(isAnswerable(request, '2030-01-02')).toBe(false);
    expect(isAnswerable({ status: 'closed', until: null }, '2026-01-01')).toBe(false);
    expect(answerRefusal(reader({ officerOf: ['b'] }), request, 'b', '2026-01-01')).toBeNull();
    expect(answerRefusal(reader({ officerOf: ['b'] }), request, 'c', '2026-01-01')).toBe('not_officer');
    expect(answerRefusal(reader({ officerOf: ['a'] }), request, 'a', '2026-01-01')).toBe('own_request');
    expect(answerRefusal(reader({ officerOf: ['b'] }), request, 'b', '2031-01-01')).toBe('not_answerable');
  });

  it('lets those who act for the request and the answering authority read an answer', () => {
    expect(canReadAnswer(reader({ officerOf: ['a'] }), request, 'b')).toBe(true);
    expect(canReadAnswer(reader({ secretariatOf: ['n'] }), request, 'b')).toBe(true);
    expect(canReadAnswer(reader({ officerOf: ['b'] }), request, 'b')).toBe(true);
    expect(canReadAnswer(reader({ officerOf: ['c'], networks: ['n'] }), request, 'b')).toBe(false);
  });

  it('moves open ⇄ closed, and to withdrawn for good', () => {
    expect(canMoveRequest('open', 'closed')).toBe(true);
    expect(canMoveRequest('closed', 'open')).toBe(true);
    expect(canMoveRequest('open', 'withdrawn')).toBe(true);
    expect(canMoveRequest('withdrawn', 'open')).toBe(false);
    expect(canMoveRequest('open', 'open')).toBe(false);
  });
});
