import "server-only";
import { promoteUnansweredThreads } from "../forum/unanswered";
import { deliverDueEmails } from "../notify/email-worker";
import { recordBreaches } from "../triage/breaches";
import { checkNewItemsForDuplicates } from "../triage/duplicate-check";
import { registerJob, startScheduler, type Job } from "./scheduler";

/**
 * The portal's background jobs, started once per server process from instrumentation.ts.
 * Add further jobs to this list (each must be safe to run on several instances at once).
 */
export const BACKGROUND_JOBS: Job[] = [
  {
    name: "email-delivery",
    everySeconds: 5,
    run: async () => {
      const { sent, retrying, failed } = await deliverDueEmails();
      if (retrying || failed) console.warn(`Email delivery: ${sent} sent, ${retrying} to retry, ${failed} given up.`);
    },
  },
  {
    // Forum threads nobody answered within FORUM_UNANSWERED_HOURS become triage items.
    name: "forum-unanswered",
    everySeconds: 300,
    run: async () => {
      await promoteUnansweredThreads(new Date());
    },
  },
  {
    // Running SLA clocks past their deadline: recorded once and told to the owner and the team.
    name: "triage-breaches",
    everySeconds: 30,
    run: async () => {
      await recordBreaches(new Date());
    },
  },
  {
    // New items: the earlier item each most likely duplicates, for the queue and the item page.
    name: "triage-duplicates",
    everySeconds: 15,
    run: async () => {
      await checkNewItemsForDuplicates(new Date());
    },
  },
];

export function startBackgroundJobs(): void {
  for (const job of BACKGROUND_JOBS) registerJob(job);
  startScheduler();
}
