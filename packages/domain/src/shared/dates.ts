/**
 * Calendar arithmetic on `yyyy-mm-dd` strings, as whole days in the proleptic Gregorian calendar, so that
 * no time zone shifts a day. Plain integer arithmetic (days from 1970-01-01, H. Hinnant's civil-date
 * algorithms) instead of `Date` parsing and formatting: the worklists run these a few times per case for
 * thousands of cases per request (bench/README.md).
 */

/** Days from 1970-01-01 to a `yyyy-mm-dd` day; a string of any other shape is a RangeError, as `Date` would throw. */
function dayNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) throw new RangeError(`Invalid day: ${iso}`);
  // digit by digit from the character codes: the indicator report runs this ~10⁶ times for 200 000 cases
  const y = digitAt(iso, 0) * 1000 + digitAt(iso, 1) * 100 + digitAt(iso, 2) * 10 + digitAt(iso, 3);
  const m = digitAt(iso, 5) * 10 + digitAt(iso, 6);
  const d = digitAt(iso, 8) * 10 + digitAt(iso, 9);
  if (!(m >= 1 && m <= 12) || !(d >= 1 && d <= 31)) throw new RangeError(`Invalid day: ${iso}`);
  return fromCivil(y, m, d);
}

function digitAt(iso: string, index: number): number {
  const digit = iso.charCodeAt(index) - 48;
  if (!(digit >= 0 && digit <= 9)) throw new RangeError(`Invalid day: ${iso}`);
  return digit;
}

function fromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function isoOf(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

const format = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;

export function addDays(iso: string, days: number): string {
  return isoOf(dayNumber(iso) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The same day `months` later, clamped to the month's end (31.01 + 1 month → 28.02 or 29.02). */
export function addMonths(iso: string, months: number): string {
  dayNumber(iso); // the shape checked
  const months0 = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const y = Math.floor(months0 / 12);
  const m = months0 - y * 12 + 1;
  const lastDay = fromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - fromCivil(y, m, 1);
  return format(y, m, Math.min(Number(iso.slice(8, 10)), lastDay));
}

const RIGA_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Riga as `yyyy-mm-dd`, from a clock reading (one formatter for all: making one costs ~0.5 ms). */
export function isoDayInRiga(now: Date): string {
  return RIGA_DAY.format(now);
}

/** ISO weekday of a `yyyy-mm-dd` day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  return ((new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week a day falls in. */
export const mondayOf = (iso: string) => addDays(iso, 1 - isoWeekday(iso));
