import { describe, expect, it } from "vitest";
import { queueQueryInput, queueQuerySchema } from "@/lib/triage/queue-query";
import {
  atRiskQuery,
  breachedQuery,
  byStatusQuery,
  newestOfKindQuery,
  openByPriorityQuery,
  openOnOperationQuery,
  queueHref,
  ratingsOfPageQuery,
} from "./queue-links";

const queueInputFromHref = (href: string) => queueQuerySchema.safeParse(queueQueryInput(new URL(href, "http://portal.test").searchParams));

describe("overview links into the queue", () => {
  it("filters to what each figure counts", () => {
    expect(queueHref(openByPriorityQuery("critical"))).toBe("/admin/triage?status=open&priority=critical");
    expect(queueHref(openByPriorityQuery("none"))).toBe("/admin/triage?status=open&priority=none");
    expect(queueHref(breachedQuery)).toBe("/admin/triage?status=open&breached=1");
    expect(queueHref(atRiskQuery)).toBe("/admin/triage?status=open&atRisk=1");
    expect(queueHref(byStatusQuery("waiting_on_reporter"))).toBe("/admin/triage?status=waiting_on_reporter");
    expect(queueHref(openOnOperationQuery("payments", "createCharge"))).toBe("/admin/triage?status=open&api=payments&operation=createCharge");
  });

  it("keeps the API the overview is narrowed to", () => {
    expect(queueHref(breachedQuery, "payments")).toBe("/admin/triage?status=open&breached=1&api=payments");
    expect(queueHref(newestOfKindQuery("rating"), "payments")).toBe("/admin/triage?kind=rating&sort=newest&api=payments");
    expect(queueHref({})).toBe("/admin/triage");
  });

  it("leaves out the operation of an API overview page", () => {
    expect(queueHref(ratingsOfPageQuery("payments", null))).toBe("/admin/triage?kind=rating&api=payments");
  });

  it("writes addresses the queue accepts", () => {
    for (const href of [queueHref(openByPriorityQuery("none"), "payments"), queueHref(atRiskQuery), queueHref(newestOfKindQuery("thread"))]) {
      expect(queueInputFromHref(href).success, href).toBe(true);
    }
  });
});
