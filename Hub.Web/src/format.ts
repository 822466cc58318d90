import type { RunHoursView } from "./contracts";

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** 24-hour wall-clock time in the site's time zone, e.g. "10:42:13". */
export function formatTime(at: Date | string | number, timeZone: string, withSeconds = true): string {
  const key = `${timeZone}|${withSeconds}`;
  let format = clockFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone, hour: "2-digit", minute: "2-digit", second: withSeconds ? "2-digit" : undefined, hourCycle: "h23",
    });
    clockFormats.set(key, format);
  }
  return format.format(new Date(at));
}

/** Day in the site's time zone, e.g. "Thu 3 Dec". */
export function formatDay(at: Date | string | number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" }).format(new Date(at));
}

/** Date and time in the site's time zone, e.g. "3 Dec 10:42". */
export function formatDateTime(at: Date | string | number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone, day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  }).format(new Date(at));
}

/** "just now", "42 s ago", "5 min ago", "3 h ago", "2 d ago"; times in the future (clock skew) read "just now". */
export function formatAgo(at: string | number | Date, nowMs: number): string {
  const seconds = Math.floor((nowMs - new Date(at).getTime()) / 1000);
  if (seconds < 5) {
    return "just now";
  }
  if (seconds < 60) {
    return `${seconds} s ago`;
  }
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    return `${minutes} min ago`;
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    return `${hours} h ago`;
  }
  return `${Math.floor(hours / 24)} d ago`;
}

/** Run hours with two decimals, e.g. "1234.57 h". */
export function formatHours(hours: number): string {
  return `${hours.toFixed(2)} h`;
}

/** Run hours as a meter reads, e.g. "1234:34:12". */
export function formatHoursClock(hours: number): string {
  const totalSeconds = Math.floor(hours * 3600 + 1e-6);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return `${h}:${pad2(m)}:${pad2(s)}`;
}

/**
 * The longest the screen counts on by itself past the hub's last reading of a running meter. Beyond it the meter
 * stops rather than invent hours (the hub stops counting ignition after a reporting gap of about this length).
 */
export const MaxExtrapolationMs = 10 * 60 * 1000;

/** Hours now: a running meter keeps counting from its last reading so the wall screen ticks between updates. */
export function currentHours(runHours: RunHoursView, nowMs: number): number {
  if (!runHours.running) {
    return runHours.hours;
  }
  const elapsed = Math.min(Math.max(nowMs - Date.parse(runHours.updatedAt), 0), MaxExtrapolationMs);
  return runHours.hours + elapsed / 3_600_000;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}
