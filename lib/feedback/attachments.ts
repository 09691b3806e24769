import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db";
import { Conflict, Invalid, NotFound } from "../errors";
import { requireSignedIn, type Actor } from "../auth/authorize";
import { isStaffRole } from "../auth/roles";
import { recordAudit } from "../audit/record";
import { consume, type Limit } from "../rate-limit/limiter";
import type { ReportVisibility } from "../generated/prisma/enums";
import { MAX_ATTACHMENTS_PER_REPORT } from "./attachment-limits";
import { attachmentType, cleanFileName } from "./attachment-types";

const UPLOADS_PER_HOUR: Limit = { name: "attachments-user", points: 30, durationSeconds: 3600, message: "You have uploaded many files in the last hour." };

export type AttachmentInfo = { id: string; fileName: string; contentType: string; size: number; createdAt: Date };
export type AttachmentFile = { name: string; bytes: Uint8Array };

type ReportAccessRow = { id: string; reporterId: string; visibility: ReportVisibility; status: string };

/**
 * Who may see a report's attachments: its reporter and the staff who may see the report. Not
 * other developers, even on public reports: logs and HAR files tend to carry tokens and cookies.
 */
export function canSeeAttachments(actor: Actor | null, report: { reporterId: string; visibility: ReportVisibility }): boolean {
  if (!actor) return false;
  if (actor.id === report.reporterId) return true;
  if (report.visibility === "security") return actor.role === "security" || actor.role === "admin";
  return isStaffRole(actor.role);
}

async function reportFor(actor: Actor | null, reportId: string): Promise<ReportAccessRow> {
  const report = await db.issueReport.findUnique({ where: { id: reportId }, select: { id: true, reporterId: true, visibility: true, status: true } });
  if (!report || !canSeeAttachments(actor, report)) throw new NotFound("No report with this id.");
  return report;
}

/** Throws unless the actor may attach files to this report now; lets a route refuse before reading an upload. */
export async function checkCanAttach(actor: Actor | null, reportId: string) {
  const user = requireSignedIn(actor);
  const report = await reportFor(user, reportId);
  if (report.status === "closed") throw new Conflict("This report is closed: files can no longer be added.");
  return { user, report };
}

/**
 * Attaches files to a report: its reporter (or staff who may see it) while it is not closed; at
 * most three per report, 5 MB each, of the accepted kinds. All files or none are stored.
 */
export async function addAttachments(actor: Actor | null, reportId: string, files: AttachmentFile[]): Promise<AttachmentInfo[]> {
  const { user, report } = await checkCanAttach(actor, reportId);
  if (files.length === 0) throw new Invalid("Choose at least one file.", { files: ["Choose at least one file."] });
  const checked = await Promise.all(
    files.map(async (f) => ({ fileName: cleanFileName(f.name), contentType: await attachmentType(cleanFileName(f.name), f.bytes), bytes: f.bytes })),
  );
  await consume(UPLOADS_PER_HOUR, user.id, checked.length);
  return db.$transaction(async (tx) => {
    // Locks the report so that two uploads at once cannot pass the limit together.
    await tx.$queryRaw`SELECT id FROM "IssueReport" WHERE id = ${report.id} FOR UPDATE`;
    const existing = await tx.reportAttachment.count({ where: { reportId: report.id } });
    if (existing + checked.length > MAX_ATTACHMENTS_PER_REPORT) {
      const room = Math.max(0, MAX_ATTACHMENTS_PER_REPORT - existing);
      const message = `A report holds at most ${MAX_ATTACHMENTS_PER_REPORT} files; ${room === 0 ? "this one has no room left" : `there is room for ${room} more`}.`;
      throw new Invalid(message, { files: [message] });
    }
    const created: AttachmentInfo[] = [];
    for (const file of checked) {
      created.push(
        await tx.reportAttachment.create({
          data: {
            reportId: report.id,
            uploaderId: user.id,
            fileName: file.fileName,
            contentType: file.contentType,
            size: file.bytes.byteLength,
            sha256: createHash("sha256").update(file.bytes).digest("hex"),
            data: Buffer.from(file.bytes),
          },
          select: { id: true, fileName: true, contentType: true, size: true, createdAt: true },
        }),
      );
    }
    return created;
  });
}

/** A report's attachments, for those who may see them (an empty list for everyone else). */
export async function listAttachments(actor: Actor | null, report: { id: string; reporterId: string; visibility: ReportVisibility }): Promise<AttachmentInfo[]> {
  if (!canSeeAttachments(actor, report)) return [];
  return db.reportAttachment.findMany({
    where: { reportId: report.id },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, contentType: true, size: true, createdAt: true },
  });
}

/** One attachment's content; NotFound for anyone who may not see it, so ids cannot be probed. */
export async function getAttachment(actor: Actor | null, id: string): Promise<AttachmentInfo & { data: Uint8Array }> {
  const row = await db.reportAttachment.findUnique({
    where: { id },
    select: { id: true, fileName: true, contentType: true, size: true, createdAt: true, data: true, report: { select: { reporterId: true, visibility: true } } },
  });
  if (!row || !canSeeAttachments(actor, row.report)) throw new NotFound("No attachment with this id.");
  const { report: _report, ...attachment } = row;
  return attachment;
}

/** Removes an attachment: its uploader while the report is open, or staff who may see it (audited). */
export async function deleteAttachment(actor: Actor | null, id: string): Promise<void> {
  const user = requireSignedIn(actor);
  const row = await db.reportAttachment.findUnique({
    where: { id },
    select: { id: true, uploaderId: true, fileName: true, reportId: true, report: { select: { reporterId: true, visibility: true, status: true } } },
  });
  if (!row || !canSeeAttachments(user, row.report)) throw new NotFound("No attachment with this id.");
  const staff = isStaffRole(user.role);
  if (!staff && row.uploaderId !== user.id) throw new NotFound("No attachment with this id.");
  if (!staff && row.report.status === "closed") throw new Conflict("This report is closed: its files can no longer be removed.");
  await db.$transaction(async (tx) => {
    await tx.reportAttachment.delete({ where: { id } });
    if (staff && row.uploaderId !== user.id) {
      await recordAudit(tx, { actor: user, action: "report.attachment.delete", target: { type: "issue_report", id: row.reportId }, data: { fileName: row.fileName } });
    }
  });
}
