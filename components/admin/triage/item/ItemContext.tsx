import Link from "next/link";
import { Card } from "@/components/ui/Card";
import { Markdown } from "@/components/ui/Markdown";
import { attachmentHref } from "@/lib/feedback/dto";
import { IMPACT_LABELS } from "@/lib/feedback/labels";
import { docsHref } from "@/lib/links";
import type { ItemDetail } from "@/lib/triage/item-detail";

const dt = "text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400";
const dd = "mt-0.5 break-words text-sm text-slate-900 dark:text-slate-100";

/** The feedback behind the item, with the context a support engineer would otherwise ask for. */
export function ItemContext({ detail }: { detail: ItemDetail }) {
  const { item, report, api } = detail;
  const operationHref = api && item.versionLabel && item.operationSlug ? docsHref.operation(api.slug, item.versionLabel, item.operationSlug) : null;
  const facts: [string, React.ReactNode][] = [
    ["API", api ? api.name : "—"],
    ["Version", item.versionLabel ?? "—"],
    ["Operation", operationHref ? <Link className="font-mono text-brand-700 hover:underline dark:text-brand-300" href={operationHref}>{item.operationSlug}</Link> : "—"],
  ];
  if (report) {
    facts.push(
      ["Reporter's impact", IMPACT_LABELS[report.impact].label],
      ["Request id", report.requestId ? <code className="font-mono">{report.requestId}</code> : "—"],
      ["When", report.occurredAt ? report.occurredAt.toISOString().replace("T", " ").slice(0, 16) + " UTC" : "—"],
      ["Environment", report.environment ?? "—"],
      ["Report", <Link key="r" className="text-brand-700 hover:underline dark:text-brand-300" href={`/reports/${report.id}`}>#{report.number} ({report.visibility})</Link>],
    );
  }
  return (
    <Card>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label} className="min-w-0">
            <dt className={dt}>{label}</dt>
            <dd className={dd}>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6 space-y-4">
        {report ? (
          <>
            <Markdown>{report.description}</Markdown>
            {report.stepsToReproduce && <Section title="Steps to reproduce" text={report.stepsToReproduce} />}
            {report.expected && <Section title="Expected" text={report.expected} />}
            {report.actual && <Section title="Actual" text={report.actual} />}
            {report.attachments.length > 0 && (
              <div>
                <h3 className="text-sm font-semibold text-slate-900 dark:text-white">Attachments</h3>
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {report.attachments.map((a) => (
                    <li key={a.id}>
                      <a className="text-brand-700 hover:underline dark:text-brand-300" href={attachmentHref(a.id)}>{a.fileName}</a> ({Math.ceil(a.size / 1024)} KB)
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        ) : item.rating ? (
          <div className="space-y-1 text-sm">
            <p className="text-slate-700 dark:text-slate-300">
              “Not helpful” on <Link className="font-mono text-brand-700 hover:underline dark:text-brand-300" href={item.rating.pagePath}>{item.rating.pagePath}</Link>
            </p>
            <blockquote className="border-l-4 border-slate-300 pl-3 whitespace-pre-wrap text-slate-900 dark:border-slate-700 dark:text-slate-100">{item.rating.comment}</blockquote>
          </div>
        ) : item.thread ? (
          <div className="space-y-2">
            <Link className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-300" href={`/forum/t/${item.thread.number}`}>Open the thread in the forum</Link>
            <Markdown>{item.thread.body}</Markdown>
          </div>
        ) : (
          <p className="whitespace-pre-wrap text-sm">{item.body}</p>
        )}
      </div>
    </Card>
  );
}

function Section({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-900 dark:text-white">{title}</h3>
      <Markdown>{text}</Markdown>
    </div>
  );
}
