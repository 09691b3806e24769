import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ItemActions } from "@/components/admin/triage/item/ItemActions";
import { ItemContext } from "@/components/admin/triage/item/ItemContext";
import { ItemSidebar } from "@/components/admin/triage/item/ItemSidebar";
import { ItemTimeline } from "@/components/admin/triage/item/ItemTimeline";
import { Badge } from "@/components/ui/Badge";
import { staffPageActor } from "@/lib/auth/page-access";
import { NotFound } from "@/lib/errors";
import { listCannedReplies } from "@/lib/triage/canned-replies";
import { getItemDetail } from "@/lib/triage/item-detail";
import { triageQueueHref } from "@/lib/triage/links";
import { assignablePeople } from "@/lib/triage/people";
import { ALLOWED_TRANSITIONS, STATUS_LABELS, type Status } from "@/lib/triage/transitions";

export const metadata: Metadata = { title: "Triage item" };

export default async function TriageItemPage({ params }: PageProps<"/admin/triage/[number]">) {
  const { number } = await params;
  const actor = await staffPageActor(`/admin/triage/${number}`);
  if (!/^\d{1,9}$/.test(number)) notFound();
  const detail = await getItemDetail(actor, Number(number)).catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const [canned, people] = await Promise.all([listCannedReplies(actor), assignablePeople(actor, detail.item.visibility === "security")]);
  const { item } = detail;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href={triageQueueHref} className="font-medium text-brand-700 hover:underline dark:text-brand-300">
          Triage queue
        </Link>{" "}
        / T-{item.number}
      </nav>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone="neutral">{item.kind === "report" ? "Issue report" : item.kind === "rating" ? "Doc rating" : "Forum thread"}</Badge>
          <Badge tone={item.status === "new" ? "brand" : "neutral"}>{STATUS_LABELS[item.status as Status]}</Badge>
          {item.visibility === "security" && <Badge tone="danger">Security</Badge>}
          {item.hypercareWindow && <Badge tone="warning">Hypercare</Badge>}
          {item.mergedInto && (
            <span className="text-sm text-slate-700 dark:text-slate-300">
              Duplicate of{" "}
              <Link className="font-medium text-brand-700 hover:underline dark:text-brand-300" href={`/admin/triage/${item.mergedInto.number}`}>
                T-{item.mergedInto.number}
              </Link>
            </span>
          )}
        </div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
          <span className="text-slate-500 dark:text-slate-400">T-{item.number}</span> {item.title}
        </h1>
      </header>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <ItemContext detail={detail} />
          <ItemTimeline entries={detail.timeline} />
          <ItemActions
            itemId={item.id}
            kind={item.kind}
            status={item.status as Status}
            transitions={[...ALLOWED_TRANSITIONS[item.status as Status]].filter((s) => s !== "duplicate")}
            canReply={item.kind !== "rating" && detail.report?.status !== "closed"}
            canned={canned.map((c) => ({ title: c.title, body: c.body }))}
            duplicates={detail.duplicates}
            merged={item.mergedIntoId !== null}
          />
        </div>
        <ItemSidebar detail={detail} people={people} />
      </div>
    </div>
  );
}
