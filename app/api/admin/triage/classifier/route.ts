import { defineRoute } from "@/lib/http/route";
import { classifierStatus, retrainClassifier, revertToShipped } from "@/lib/triage/retrain";

/** Staff: which category model is active, its figures, and how many categories staff confirmed. */
export const GET = defineRoute({ access: "staff" }, async ({ actor }) => classifierStatus(actor));

/** Admins: retrain from the staff-confirmed categories (a couple of seconds); 409 below 20 of them. */
export const POST = defineRoute({ access: "staff" }, async ({ actor, ip }) => retrainClassifier(actor, { ip }));

/** Admins: use the shipped model again; answers 200 and changes nothing when it is already in use. */
export const DELETE = defineRoute({ access: "staff" }, async ({ actor, ip }) => revertToShipped(actor, { ip }));
