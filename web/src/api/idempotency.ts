import { useMemo } from 'react';

/** A fresh key; getRandomValues, unlike randomUUID, works on plain-HTTP installations too. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// A file stands for itself by what the browser knows of it; JSON would make every file `{}`.
const describeFiles = (_key: string, value: unknown) =>
  value instanceof File
    ? `file:${value.name}:${value.size}:${value.type}:${value.lastModified}`
    : value instanceof Blob
      ? `blob:${value.size}:${value.type}`
      : value;

export interface SubmissionKey {
  /**
   * The Idempotency-Key header for sending `content`: the same key for the same content until it is
   * settled (a double click, a retry after a lost answer create once), a new one for other content.
   */
  headers(content: unknown): { 'idempotency-key': string };
  /** After a success: whatever is sent next is a new submission, with a new key. */
  settled(): void;
}

/** The keys of one form's submissions (see useSubmissionKey), without React. */
export function submissionKeys(): SubmissionKey {
  let pending: { content: string; key: string } | null = null;
  return {
    headers(content) {
      const text = JSON.stringify(content ?? null, describeFiles);
      if (pending?.content !== text) pending = { content: text, key: newKey() };
      return { 'idempotency-key': pending.key };
    },
    settled() {
      pending = null;
    },
  };
}

/**
 * One Idempotency-Key per submission of a form that creates something. The server keeps the first
 * answer under the key for a day and replays it to a repeat, so the record is created once.
 */
export function useSubmissionKey(): SubmissionKey {
  return useMemo(submissionKeys, []);
}
