import type { AssetStatus } from "../contracts";

/** Words people read for each status (the kebab-case value stays in data-status for styling and tests). */
export const StatusLabel: Record<AssetStatus, string> = {
  available: "Available",
  "checked-out": "Checked out",
  "in-maintenance": "In maintenance",
  unavailable: "Unavailable",
  missing: "Missing",
  retired: "Retired",
};

export const AllStatuses: readonly AssetStatus[] = ["available", "checked-out", "in-maintenance", "unavailable", "missing", "retired"];
