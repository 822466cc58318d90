import assert from "node:assert/strict";
import { test } from "node:test";
import { retryDelayMs } from "../src/wall/retry";

test("Reconnecting never gives up and settles on 15 to 20 seconds between tries", () => {
  assert.deepEqual([0, 1, 2, 3].map(n => retryDelayMs(n)), [0, 2000, 5000, 10_000]);
  for (const n of [4, 50, 10_000]) {
    assert.equal(retryDelayMs(n, () => 0), 15_000);
    assert.equal(retryDelayMs(n, () => 0.999), 19_995);
  }
});
