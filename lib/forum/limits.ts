import type { Limit } from "../rate-limit/limiter";

// Every forum limit in one place. The abuse limits follow Discourse's defaults for new users:
// an account is "new" for its first 24 hours; staff are never new.

/** How long an account counts as new. */
export const NEW_ACCOUNT_HOURS = 24;
/** New accounts: one post (thread or reply) per 30 seconds. */
export const NEW_ACCOUNT_POST_INTERVAL: Limit = {
  name: "forum-new-account-post",
  points: 1,
  durationSeconds: 30,
  message: "New accounts can post once every 30 seconds.",
};
/** New accounts: threads and replies allowed during the first day. */
export const NEW_ACCOUNT_THREADS_FIRST_DAY = 3;
export const NEW_ACCOUNT_REPLIES_FIRST_DAY = 10;
/** New accounts: links (distinct URLs) allowed in one post. */
export const NEW_ACCOUNT_MAX_LINKS = 2;
/** Everyone: the same text posted again by the same person within this window is refused. */
export const DUPLICATE_POST_WINDOW_SECONDS = 5 * 60;

/** Everyone but staff: ceilings that only a script would reach. */
export const THREADS_PER_HOUR: Limit = { name: "forum-threads-user", points: 30, durationSeconds: 3600, message: "You have started many threads in the last hour." };
export const REPLIES_PER_HOUR: Limit = { name: "forum-replies-user", points: 120, durationSeconds: 3600, message: "You have replied a lot in the last hour." };
export const VOTES_PER_HOUR: Limit = { name: "forum-votes-user", points: 300, durationSeconds: 3600, message: "You have voted a lot in the last hour." };
export const FLAGS_PER_HOUR: Limit = { name: "forum-flags-user", points: 30, durationSeconds: 3600, message: "You have flagged many posts in the last hour." };

/** Authors may edit (and delete) their own posts for this long; staff at any time. */
export const EDIT_WINDOW_MINUTES = 30;

/** Sizes. */
export const TITLE_MIN = 5;
export const TITLE_MAX = 200;
export const THREAD_BODY_MIN = 10;
export const BODY_MAX = 20_000;
export const MAX_TAGS = 5;
export const TAG_MAX = 30;
export const FLAG_NOTE_MAX = 1_000;

/** Lists. */
export const THREADS_PER_PAGE = 20;
export const MAX_PAGE = 500;
/** Replies shown on a thread page (oldest first). */
export const REPLIES_SHOWN = 500;
/** "Related discussions" on an operation page. */
export const RELATED_ON_OPERATION_PAGE = 5;
