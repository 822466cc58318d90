import assert from "node:assert/strict";
import { test } from "node:test";
import { assetQueryString, describeProblem } from "../src/api";

test("A problem details answer reads as its title, detail and each field's errors", () => {
  assert.equal(
    describeProblem({ title: "Tag already assigned", detail: "epc:3034… belongs to Cordless drill #1" }),
    "Tag already assigned: epc:3034… belongs to Cordless drill #1");
  assert.equal(
    describeProblem({ title: "One or more validation errors occurred.", errors: { assetId: ["The assetId field is required."] } }),
    "One or more validation errors occurred. — assetId: The assetId field is required.");
  assert.equal(describeProblem({}), null);
});

test("Asset queries leave out empty filters", () => {
  assert.equal(assetQueryString({ q: "drill", status: "", site: "north-depot", zone: "", page: 2, pageSize: 25 }),
    "?q=drill&site=north-depot&page=2&pageSize=25");
  assert.equal(assetQueryString({}), "");
});
