import "server-only";
import { z } from "zod";
import { db, type Db, type Tx } from "../db";
import { Conflict, Invalid, NotFound } from "../errors";
import { requireSignedIn, type Actor } from "../auth/authorize";
import { refreshDocsPages } from "../catalog/docs-cache";
import { visibleTo } from "../catalog/visibility";
import { fieldErrorsOf } from "../validation";
import { canSeeReport } from "./report-access";

export type AffectedSummary = { count: number; apps: number; you: boolean; yourApp: string | null };

const affectedInputSchema = z.object({
  app: z.string().trim().max(100, "Name your app in at most 100 characters.").optional().transform((v) => v || undefined),
});

/** How many developers (and distinct apps) a report affects, and whether the actor is one of them. */
export async function affectedSummary(actor: Actor | null, reportId: string): Promise<AffectedSummary> {
  const rows = await db.reportAffected.findMany({ where: { reportId }, select: { userId: true, appName: true } });
  const mine = actor ? rows.find((r) => r.userId === actor.id) : undefined;
  const apps = new Set(rows.map((r) => r.appName?.trim().toLowerCase()).filter(Boolean));
  return { count: rows.length, apps: apps.size, you: Boolean(mine), yourApp: mine?.appName ?? null };
}

async function publicReportFor(actor: Actor, reportId: string) {
  const report = await db.issueReport.findUnique({ where: { id: reportId }, select: { id: true, reporterId: true, visibility: true, status: true, api: { select: { visibility: true } } } });
  if (!report || !canSeeReport(actor, report, visibleTo(actor).includes(report.api.visibility))) throw new NotFound("No report with this id.");
  if (report.visibility !== "public") throw new Conflict("Only public reports can be marked as affecting you.");
  return report;
}

/**
 * "Affects me too" on a public report someone else filed, with the app it affects. Marking again
 * changes the app. Once the report is resolved or closed there is nothing left to join.
 */
export async function markAffected(actor: Actor | null, reportId: string, input: unknown): Promise<AffectedSummary> {
  const user = requireSignedIn(actor);
  const parsed = affectedInputSchema.safeParse(input ?? {});
  if (!parsed.success) throw new Invalid("Check the app name.", fieldErrorsOf(parsed.error));
  const report = await publicReportFor(user, reportId);
  if (report.reporterId === user.id) throw new Conflict("You reported this issue: it already counts for you.");
  if (report.status === "resolved" || report.status === "closed") throw new Conflict("This report is already resolved. If the problem is back, report a new issue.");
  const appName = parsed.data.app ?? null;
  await db.reportAffected.upsert({
    where: { reportId_userId: { reportId, userId: user.id } },
    create: { reportId, userId: user.id, appName },
    update: { appName },
  });
  await recountAffected(db, reportId);
  refreshDocsPages();
  return affectedSummary(user, reportId);
}

/** Takes the actor off a report's affected list. */
export async function unmarkAffected(actor: Actor | null, reportId: string): Promise<AffectedSummary> {
  const user = requireSignedIn(actor);
  await publicReportFor(user, reportId);
  await db.reportAffected.deleteMany({ where: { reportId, userId: user.id } });
  await recountAffected(db, reportId);
  refreshDocsPages();
  return affectedSummary(user, reportId);
}

/**
 * The triage queue sorts and shows "affects me too" counts: kept on the report's item in one
 * statement, counting apps as affectedSummary does (trimmed, case-insensitive).
 */
export async function recountAffected(client: Db | Tx, reportId: string): Promise<void> {
  await client.$executeRaw`
    UPDATE "TriageItem" t SET "affectedCount" = a.n, "affectedApps" = a.apps, "updatedAt" = now()
    FROM (SELECT count(*)::int AS n, count(DISTINCT lower(trim("appName")))::int AS apps FROM "ReportAffected" WHERE "reportId" = ${reportId}) a
    WHERE t."reportId" = ${reportId}`;
}
