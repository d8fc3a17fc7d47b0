/**
 * A wall-clock time in a named time zone (what a secretary types: 17:00 in Smara) as the moment it
 * is, and back. Plain functions over Intl: no time zone data of our own.
 */

/** The zone's offset from UTC at `moment`, in milliseconds (east positive). */
function offsetAt(moment: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(moment));
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(moment / 1000) * 1000;
}

/**
 * The moment (ISO 8601, UTC) of `local` (YYYY-MM-DDTHH:mm, as a datetime-local field gives it) in
 * `zone`; null when either cannot be read. A time skipped by a change of offset reads as the
 * moment after the change; a repeated one as its first occurrence.
 */
export function zonedToInstant(local: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  try {
    const first = wall - offsetAt(wall, zone);
    const second = wall - offsetAt(first, zone);
    return new Date(second).toISOString();
  } catch {
    return null;
  }
}

/** `instant` as a datetime-local field shows it (YYYY-MM-DDTHH:mm) in `zone`. */
export function instantToZoned(instant: string, zone: string): string {
  const moment = Date.parse(instant);
  const wall = new Date(moment + offsetAt(moment, zone));
  return wall.toISOString().slice(0, 16);
}
