/**
 * An event's times as its page writes them: the local times it gives (HH:MM) in the reader's
 * language, and its time zone named in that language (Intl), on the event's first day (a zone's
 * name can change with summer time).
 */
const timeFormats = new Map<string, Intl.DateTimeFormat>();

export function formatTimeOfDay(time: string, language: string): string {
  let format = timeFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    timeFormats.set(language, format);
  }
  return format.format(new Date(`1970-01-01T${time.slice(0, 5)}:00Z`));
}

export function timeZoneName(zone: string, day: string | null, language: string): string {
  try {
    const parts = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'long' }).formatToParts(
      new Date(`${day ?? '2000-01-01'}T12:00:00Z`),
    );
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
  } catch {
    return zone;
  }
}
