import type { Metadata } from "next";
import { TriageQueue } from "@/components/admin/triage/queue/TriageQueue";
import { Alert } from "@/components/ui/Alert";
import { PageHeader } from "@/components/ui/PageHeader";
import { staffPageActor } from "@/lib/auth/page-access";
import { Invalid } from "@/lib/errors";
import { queuePage } from "@/lib/triage/queue-page";
import { DEFAULT_QUEUE_QUERY, queueQueryInput } from "@/lib/triage/queue-query";
import { parseQueueQuery } from "@/lib/triage/queue-request";
import { loadTriageSettings } from "@/lib/triage/settings";

export const metadata: Metadata = { title: "Triage queue" };

/** Staff only: the first page is rendered here, then the client polls and takes over. */
export default async function TriageQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await staffPageActor("/admin/triage");
  const input = queueQueryInput(await searchParams);
  delete input.after; // a cursor is not part of the address the queue keeps
  const query = Object.keys(input).length ? new URLSearchParams(input).toString() : DEFAULT_QUEUE_QUERY;
  const settings = await loadTriageSettings();

  let initialPage = null;
  let problem: string | null = null;
  try {
    initialPage = await queuePage(actor, parseQueueQuery(new URLSearchParams(query)));
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    problem = [error.message, ...Object.entries(error.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(" ")}`)].join(" ");
  }

  return (
    <div className="space-y-6">
      <PageHeader title="Triage queue" description="Every report, negative doc rating and unanswered forum thread, most urgent first. Press ? for keyboard shortcuts." />
      {problem && <Alert tone="error">{problem} The filters were reset below.</Alert>}
      <TriageQueue initialQuery={problem ? DEFAULT_QUEUE_QUERY : query} initialPage={problem ? null : initialPage} meId={actor.id} matrix={settings.matrix} />
    </div>
  );
}
