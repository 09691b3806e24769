import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPeople, type People } from "../../test/people";
import { db } from "../db";
import { Conflict, Forbidden, NotFound } from "../errors";
import { categorize } from "./categorize";
import { classifierStatus, retrainClassifier, revertToShipped } from "./retrain";

// The ClassifierModel table is shared with every test file running at the same time, and their
// intake categorizes with the newest row: the retrained model lives only as long as the test that
// needs it, and its staff examples teach one made-up word only, so other texts keep their category.

const tag = `rt${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const people = {} as People;
/** A word the shipped corpus has never seen; the shipped model calls this text a bug. */
const ZORBLAX_TEXT = "The zorblax fails";

async function confirmZorblaxAsDocumentation(count: number, visibility: "public" | "security" = "public") {
  await db.triageItem.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      kind: "report" as const,
      visibility,
      title: `Zorblax ${i} fails`,
      body: "The zorblax fails again.",
      category: "documentation" as const,
      categoryByStaff: true,
      labels: [tag],
    })),
  });
}

beforeAll(async () => {
  Object.assign(people, await createPeople(`retrain-${tag}`));
}, 120_000);

afterAll(async () => {
  await revertToShipped(people.admin);
  await db.triageItem.deleteMany({ where: { labels: { has: tag } } });
});

describe("who may retrain the category model", () => {
  it("lets admins retrain and revert, refuses other staff, and hides the action from everyone else", async () => {
    for (const who of ["triager", "security"] as const) {
      await expect(retrainClassifier(people[who])).rejects.toBeInstanceOf(Forbidden);
      await expect(revertToShipped(people[who])).rejects.toBeInstanceOf(Forbidden);
    }
    for (const who of ["developer", "partner"] as const) {
      await expect(retrainClassifier(people[who])).rejects.toBeInstanceOf(NotFound);
      await expect(revertToShipped(people[who])).rejects.toBeInstanceOf(NotFound);
      await expect(classifierStatus(people[who])).rejects.toBeInstanceOf(NotFound);
    }
    expect(await classifierStatus(people.triager)).toMatchObject({ canRetrain: false, minimumConfirmedItems: 20 });
    expect(await classifierStatus(people.admin)).toMatchObject({ canRetrain: true });
  });
});

describe("retraining from staff-confirmed categories", () => {
  it("refuses while fewer than 20 categories are confirmed, saying how many there are", async () => {
    const error = await retrainClassifier(people.admin).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    const [, sofar] = /^Confirm or correct at least 20 categories first; (\d+) so far\.$/.exec((error as Conflict).message) ?? [];
    expect(Number(sofar)).toBeLessThan(20);
    expect(await db.classifierModel.count()).toBe(0);
  });

  it("learns what staff taught it, reports the figures, audits them, and the shipped model comes back on revert", async () => {
    expect((await categorize(ZORBLAX_TEXT)).category).toBe("bug");
    await confirmZorblaxAsDocumentation(20);
    await confirmZorblaxAsDocumentation(2, "security");

    const { metrics, status } = await retrainClassifier(people.admin, { ip: "203.0.113.55" });

    expect((await categorize(ZORBLAX_TEXT)).category).toBe("documentation");
    expect(metrics.staffItems).toBeGreaterThanOrEqual(22);
    expect(metrics.folds).toBe(5);
    // Out of fold the new model knows the word; the shipped model calls these items bugs.
    expect(metrics.macroF1New).toBeGreaterThan(metrics.macroF1Current);
    expect(status.active).toMatchObject({ source: "retrained", trainedBy: { id: people.admin.id }, staffItems: metrics.staffItems, figures: { macroF1New: metrics.macroF1New } });

    const row = await db.classifierModel.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(row).toMatchObject({ examples: metrics.staffItems, createdById: people.admin.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "triage.classifier.retrain", actorId: people.admin.id, ip: "203.0.113.55" } });
    expect(audit).toMatchObject({ targetId: row.id, data: { staffItems: metrics.staffItems, macroF1New: metrics.macroF1New, macroF1Current: metrics.macroF1Current } });

    // A triager learns the figures but not how many security items went in.
    const seenByTriager = await classifierStatus(people.triager);
    expect(seenByTriager.active).toMatchObject({ source: "retrained", staffItems: null, figures: { macroF1New: metrics.macroF1New } });
    expect((await classifierStatus(people.admin)).confirmedItems - seenByTriager.confirmedItems).toBeGreaterThanOrEqual(2);

    const reverted = await revertToShipped(people.admin, { ip: "203.0.113.56" });
    expect(reverted.removedModels).toBe(1);
    expect(reverted.status.active).toMatchObject({ source: "shipped" });
    expect((await categorize(ZORBLAX_TEXT)).category).toBe("bug");
    expect(await db.auditLog.count({ where: { action: "triage.classifier.revert", actorId: people.admin.id, ip: "203.0.113.56" } })).toBe(1);

    // Nothing left to revert: nothing changes and nothing is audited.
    expect((await revertToShipped(people.admin, { ip: "203.0.113.57" })).removedModels).toBe(0);
    expect(await db.auditLog.count({ where: { action: "triage.classifier.revert", ip: "203.0.113.57" } })).toBe(0);
  });
});
