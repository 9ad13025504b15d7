import type { DateVariable } from './variable-defs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MS_PER_MINUTE = 60_000;

/** Wall-clock fields in the label's local time; computed with UTC methods so no host time zone leaks in. */
interface WallClock {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Applies a date variable's offset to `now` in local wall-clock time. Months and years move the
 * calendar and clamp the day (31 Jan + 1 month = 28/29 Feb), as people expect of best-before dates.
 */
export function applyDateOffset(nowMs: number, tzOffsetMinutes: number, offset: DateVariable['offset']): WallClock {
  const local = new Date(nowMs + tzOffsetMinutes * MS_PER_MINUTE);
  let year = local.getUTCFullYear() + offset.years;
  let month = local.getUTCMonth() + 1 + offset.months;
  year += Math.floor((month - 1) / 12);
  month = ((((month - 1) % 12) + 12) % 12) + 1;
  const day = Math.min(local.getUTCDate(), daysInMonth(year, month));
  const shifted = Date.UTC(year, month - 1, day, local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds())
    + (offset.days * 1440 + offset.hours * 60 + offset.minutes) * MS_PER_MINUTE;
  const d = new Date(shifted);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Longest tokens first so `MMMM` wins over `MM`. Text in [brackets] is copied as is. */
const TOKEN = /\[[^\]]*\]|YYYY|YY|MMMM|MMM|MM|M|DD|D|HH|H|mm|ss/g;

export function formatWallClock(clock: WallClock, format: string): string {
  return format.replace(TOKEN, (token) => {
    switch (token) {
      case 'YYYY': return pad(clock.year, 4);
      case 'YY': return pad(clock.year % 100, 2);
      case 'MMMM': return MONTHS[clock.month - 1]!;
      case 'MMM': return MONTHS[clock.month - 1]!.slice(0, 3);
      case 'MM': return pad(clock.month, 2);
      case 'M': return String(clock.month);
      case 'DD': return pad(clock.day, 2);
      case 'D': return String(clock.day);
      case 'HH': return pad(clock.hour, 2);
      case 'H': return String(clock.hour);
      case 'mm': return pad(clock.minute, 2);
      case 'ss': return pad(clock.second, 2);
      default: return token.slice(1, -1);
    }
  });
}

export function formatDateVariable(def: DateVariable, nowMs: number, tzOffsetMinutes: number): string {
  return formatWallClock(applyDateOffset(nowMs, tzOffsetMinutes, def.offset), def.format);
}
