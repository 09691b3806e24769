import type { z } from "zod";
import { Invalid, type FieldErrors } from "../errors";
import { queueQueryInput, queueQuerySchema, type QueueQuery } from "./queue-query";

/** zod's issues keyed by the address parameter ("priority", not "priority.0"), as the filter bar names them. */
export function queueQueryErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_");
    if (!out[key]?.includes(issue.message)) (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** An address's queue query, validated: a bad filter is a 422 naming the parameter and what it accepts. */
export function parseQueueQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): QueueQuery {
  const parsed = queueQuerySchema.safeParse(queueQueryInput(params));
  if (!parsed.success) throw new Invalid("Check the queue's filters.", queueQueryErrors(parsed.error));
  return parsed.data;
}
