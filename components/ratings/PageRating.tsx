"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { RATING_COMMENT_MAX, RATING_REASONS, REASON_LABELS } from "@/lib/feedback/ratings-labels";
import type { RatingReason } from "@/lib/generated/prisma/enums";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { inputClasses, labelClasses } from "../ui/Field";
import { OFFLINE_FAILURE, ratingFailure, type RatingFailure } from "./rating-errors";

type Page = { api: string; version: string; operation?: string };
type Vote = { helpful: boolean; reason: RatingReason | null; comment: string | null };
type Phase = "ask" | "details" | "thanks";

const RATINGS_URL = "/api/v1/ratings";

async function send(body: Record<string, unknown>): Promise<{ ok: true; vote: Vote } | { ok: false; failure: RatingFailure }> {
  try {
    const response = await fetch(RATINGS_URL, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const json = await response.json().catch(() => null);
    if (response.ok && json) return { ok: true, vote: json as Vote };
    return { ok: false, failure: ratingFailure(response.status, response.headers.get("retry-after"), json) };
  } catch {
    return { ok: false, failure: OFFLINE_FAILURE };
  }
}

/**
 * "Was this page helpful?" at the end of a docs page. The page may come from the visitors' cache,
 * so the reader's vote (and whether they may comment) is fetched from the JSON API on mount.
 */
export function PageRating(page: Page) {
  // A new page (client-side navigation between operations) starts with a fresh widget.
  return <RatingWidget key={`${page.api}/${page.version}/${page.operation ?? ""}`} {...page} />;
}

function RatingWidget({ api, version, operation }: Page) {
  const id = useId();
  // The address the reader sees (cached pages are rendered under a rewritten one), to come back after signing in.
  const [here, setHere] = useState("/docs");
  const thanks = useRef<HTMLParagraphElement>(null);
  const details = useRef<HTMLFormElement>(null);
  /** Set once the reader votes: a slow answer to the first fetch must not overwrite the new vote. */
  const voted = useRef(false);
  const [vote, setVote] = useState<Vote | null>(null);
  const [canComment, setCanComment] = useState(false);
  const [phase, setPhase] = useState<Phase>("ask");
  const [reason, setReason] = useState<RatingReason | "">("");
  const [comment, setComment] = useState("");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<RatingFailure | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => setHere(window.location.pathname), []);

  useEffect(() => {
    const controller = new AbortController();
    const query = new URLSearchParams({ api, version, ...(operation ? { operation } : {}) });
    fetch(`${RATINGS_URL}?${query}`, { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { rating: Vote | null; canComment: boolean } | null) => {
        if (!body) return;
        setCanComment(body.canComment);
        if (!body.rating || voted.current) return;
        setVote(body.rating);
        setReason(body.rating.reason ?? "");
        setComment(body.rating.comment ?? "");
        setPhase("thanks");
      })
      .catch(() => {}); // Without it the reader can still vote; the vote then replaces the stored one.
    return () => controller.abort();
  }, [api, version, operation]);

  const hasDetails = (helpful: boolean) => !helpful || canComment;

  // When the control the reader used disappears, focus goes where the answer or the form is.
  const focusSoon = (target: () => HTMLElement | null | undefined) => requestAnimationFrame(() => target()?.focus());
  const openDetails = () => {
    setPhase("details");
    focusSoon(() => details.current?.querySelector<HTMLElement>("input:checked") ?? details.current?.querySelector<HTMLElement>("input, textarea"));
  };
  const closeDetails = () => {
    setPhase("thanks");
    focusSoon(() => thanks.current);
  };

  async function choose(helpful: boolean) {
    setFailure(null);
    voted.current = true;
    if (vote?.helpful === helpful) {
      // The same answer again: let the reader add or edit the details instead of wiping them.
      if (hasDetails(helpful)) setPhase("details");
      return;
    }
    setPending(true);
    const result = await send({ api, version, operation, helpful });
    setPending(false);
    if (!result.ok) return setFailure(result.failure);
    setVote(result.vote);
    setReason("");
    setComment("");
    setPhase(hasDetails(helpful) ? "details" : "thanks");
    setAnnouncement(hasDetails(helpful) ? "Thanks! You can tell us more below, or leave it at that." : "Thanks for your feedback!");
  }

  async function submitDetails(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!vote) return;
    setFailure(null);
    setPending(true);
    const result = await send({
      api,
      version,
      operation,
      helpful: vote.helpful,
      reason: !vote.helpful && reason ? reason : undefined,
      comment: canComment && comment.trim() ? comment : undefined,
    });
    setPending(false);
    if (!result.ok) return setFailure(result.failure);
    setVote(result.vote);
    setAnnouncement("");
    closeDetails();
  }

  const headingId = `${id}-heading`;
  const signInHref = `/signin?callbackUrl=${encodeURIComponent(here)}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-xl border border-slate-200 bg-slate-50 p-4 sm:p-5 dark:border-slate-800 dark:bg-slate-900/60">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
        <h2 id={headingId} className="text-base font-semibold text-slate-900 dark:text-white">
          Was this page helpful?
        </h2>
        <div role="group" aria-labelledby={headingId} className="flex gap-2">
          <Button type="button" variant={vote?.helpful === true ? "primary" : "secondary"} className="min-w-20" aria-pressed={vote?.helpful === true} disabled={pending} onClick={() => void choose(true)}>
            Yes
          </Button>
          <Button type="button" variant={vote?.helpful === false ? "primary" : "secondary"} className="min-w-20" aria-pressed={vote?.helpful === false} disabled={pending} onClick={() => void choose(false)}>
            No
          </Button>
        </div>
      </div>

      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>

      {phase === "details" && vote && (
        <form ref={details} onSubmit={submitDetails} className="space-y-4" aria-label="Tell us more">
          {!vote.helpful && (
            <fieldset className="space-y-2" aria-describedby={failure?.fieldErrors.reason ? `${id}-reason-error` : undefined}>
              <legend className={labelClasses}>What was wrong? (optional)</legend>
              <div className="flex flex-wrap gap-2">
                {RATING_REASONS.map((value) => (
                  <label
                    key={value}
                    className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:has-[:checked]:border-brand-400 dark:has-[:checked]:bg-brand-950"
                  >
                    <input type="radio" name={`${id}-reason`} value={value} checked={reason === value} onChange={() => setReason(value)} className="accent-brand-600" />
                    {REASON_LABELS[value]}
                  </label>
                ))}
              </div>
              {failure?.fieldErrors.reason && (
                <p id={`${id}-reason-error`} className="text-sm text-red-700 dark:text-red-400">
                  {failure.fieldErrors.reason.join(" ")}
                </p>
              )}
            </fieldset>
          )}

          {canComment ? (
            <div className="space-y-1.5">
              <label htmlFor={`${id}-comment`} className={labelClasses}>
                {vote.helpful ? "What helped? (optional)" : "What should we fix? (optional)"}
              </label>
              <textarea
                id={`${id}-comment`}
                rows={3}
                maxLength={RATING_COMMENT_MAX}
                value={comment}
                onChange={(event) => setComment(event.target.value)}
                className={inputClasses}
                aria-invalid={failure?.fieldErrors.comment ? true : undefined}
                aria-describedby={[`${id}-comment-hint`, failure?.fieldErrors.comment ? `${id}-comment-error` : ""].filter(Boolean).join(" ")}
              />
              <p id={`${id}-comment-hint`} className="text-xs text-slate-600 dark:text-slate-400">
                Plain text, up to {RATING_COMMENT_MAX.toLocaleString("en")} characters. Our documentation team reads it; other readers do not see it.
              </p>
              {failure?.fieldErrors.comment && (
                <p id={`${id}-comment-error`} className="text-sm text-red-700 dark:text-red-400">
                  {failure.fieldErrors.comment.join(" ")}
                </p>
              )}
            </div>
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Want to explain?{" "}
              <Link href={signInHref} className="font-medium text-brand-700 underline hover:no-underline dark:text-brand-300">
                Sign in
              </Link>{" "}
              to add a comment.
            </p>
          )}

          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={pending}>
              Send
            </Button>
            <Button type="button" variant="ghost" disabled={pending} onClick={closeDetails}>
              Skip
            </Button>
          </div>
        </form>
      )}

      {phase === "thanks" && vote && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <p ref={thanks} tabIndex={-1} className="text-slate-700 outline-none dark:text-slate-300">
            Thanks for your feedback! You found this page {vote.helpful ? "helpful" : "not helpful"}
            {vote.reason ? ` (${REASON_LABELS[vote.reason].toLowerCase()})` : ""}.
          </p>
          {hasDetails(vote.helpful) && (
            <button type="button" onClick={openDetails} className="font-medium text-brand-700 underline hover:no-underline dark:text-brand-300">
              {vote.comment || vote.reason ? "Edit your feedback" : "Add details"}
            </button>
          )}
        </div>
      )}

      {failure && <Alert tone="error">{failure.message}</Alert>}
    </section>
  );
}
