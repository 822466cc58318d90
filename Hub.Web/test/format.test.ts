import assert from "node:assert/strict";
import { test } from "node:test";
import { currentHours, formatAgo, formatHours, formatHoursClock, formatTime, MaxExtrapolationMs } from "../src/format";

test("Times show in the site's time zone: London is UTC in December and UTC+1 in July", () => {
  assert.equal(formatTime("2026-12-03T10:42:13Z", "Europe/London"), "10:42:13");
  assert.equal(formatTime("2026-07-01T10:42:13Z", "Europe/London"), "11:42:13");
  assert.equal(formatTime("2026-12-03T10:42:13Z", "Australia/Sydney"), "21:42:13");
  assert.equal(formatTime("2026-12-03T00:05:00Z", "Europe/London", false), "00:05");
});

test("Run hours read with two decimals and as a meter's h:mm:ss", () => {
  assert.equal(formatHours(1251.4), "1251.40 h");
  assert.equal(formatHoursClock(1984.62), "1984:37:12");
  assert.equal(formatHoursClock(0.5), "0:30:00");
});

test("A running meter counts on from its last reading, but not past the extrapolation limit", () => {
  const meter = { hours: 100, source: "ignition", updatedAt: "2026-12-03T10:00:00Z", running: true };
  const at = (iso: string) => Date.parse(iso);
  assert.equal(currentHours(meter, at("2026-12-03T10:06:00Z")), 100.1);
  assert.equal(currentHours(meter, at("2026-12-03T12:00:00Z")), 100 + MaxExtrapolationMs / 3_600_000);
  assert.equal(currentHours({ ...meter, running: false }, at("2026-12-03T10:06:00Z")), 100);
  assert.equal(currentHours(meter, at("2026-12-03T09:59:00Z")), 100, "a screen clock behind the hub adds nothing");
});

test("Last seen reads as a short relative time", () => {
  const now = Date.parse("2026-12-03T10:42:13Z");
  assert.equal(formatAgo("2026-12-03T10:42:11Z", now), "just now");
  assert.equal(formatAgo("2026-12-03T10:41:30Z", now), "43 s ago");
  assert.equal(formatAgo("2026-12-03T10:18:13Z", now), "24 min ago");
  assert.equal(formatAgo("2026-12-03T07:42:13Z", now), "3 h ago");
  assert.equal(formatAgo("2026-11-29T10:42:13Z", now), "4 d ago");
});
