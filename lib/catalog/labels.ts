import type { VERSION_STATUSES, VISIBILITIES } from "./schemas";

// Words for the catalog's enums, shared by staff pages and forms (client-safe).

export const VISIBILITY_LABELS: Record<(typeof VISIBILITIES)[number], string> = {
  public: "Public",
  partner: "Partners only",
  staff: "Staff only",
};

export const VERSION_STATUS_LABELS: Record<(typeof VERSION_STATUSES)[number], string> = {
  beta: "Beta",
  current: "Current",
  deprecated: "Deprecated",
  retired: "Retired",
};
