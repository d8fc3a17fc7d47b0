import { useSyncExternalStore } from 'react';

const unchanging = () => () => {};
const readersZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
// A page rendered on the server writes moments' days in UTC; the browser writes the same while it
// takes the page over, then the reader's own.
const serversZone = () => 'UTC';

/** The time zone a moment's day is written in: the reader's, once the page is the browser's. */
export function useReaderTimeZone(): string {
  return useSyncExternalStore(unchanging, readersZone, serversZone);
}
