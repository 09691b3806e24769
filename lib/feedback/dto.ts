import type { AttachmentInfo } from "./attachments";
import type { ReportDetail, ReportListItem } from "./reports";

export const reportHref = (id: string) => `/reports/${encodeURIComponent(id)}`;
export const attachmentHref = (id: string) => `/api/v1/attachments/${encodeURIComponent(id)}`;

export function attachmentDto(a: AttachmentInfo) {
  return { id: a.id, fileName: a.fileName, contentType: a.contentType, size: a.size, url: attachmentHref(a.id), createdAt: a.createdAt.toISOString() };
}

/** The public REST shape of a report: explicit, so internal columns never leak. */
export function reportDto(report: ReportDetail | ReportListItem) {
  const base = {
    id: report.id,
    number: report.number,
    url: reportHref(report.id),
    title: report.title,
    status: report.status,
    impact: report.impact,
    visibility: report.visibility,
    api: report.api.slug,
    version: report.versionLabel,
    operation: report.operationSlug,
    createdAt: report.createdAt.toISOString(),
    updatedAt: report.updatedAt.toISOString(),
  };
  if (!("description" in report)) return base;
  return {
    ...base,
    description: report.description,
    stepsToReproduce: report.stepsToReproduce,
    expected: report.expected,
    actual: report.actual,
    requestId: report.requestId,
    occurredAt: report.occurredAt?.toISOString() ?? null,
    environment: report.environment,
    timeline: report.timeline.map((e) => ({ kind: e.kind, fromStatus: e.fromStatus, toStatus: e.toStatus, body: e.body, at: e.at.toISOString() })),
    attachments: report.attachments.map(attachmentDto),
    affected: report.affected,
  };
}
