const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

// "5 minutes ago" / "5 dakika önce" in the extension's language. Under a minute reads as "now":
// the popup is glanced at, and seconds ticking would only suggest a precision it lacks.
export function formatRelativeTime(at: Date, now: Date, languageTag: string): string {
  const format = new Intl.RelativeTimeFormat(languageTag, { numeric: 'auto' });
  const seconds = Math.round((at.getTime() - now.getTime()) / 1000);

  for (const [unit, unitSeconds] of UNITS) {
    if (Math.abs(seconds) >= unitSeconds) {
      return format.format(Math.trunc(seconds / unitSeconds), unit);
    }
  }

  return format.format(0, 'second');
}
