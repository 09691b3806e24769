/**
 * Typed domain errors. Domain functions throw these; lib/http/problem.ts maps them to HTTP
 * in one place, and pages map them to notFound()/forbidden()/redirects.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly title: string;
}

/** Also used for records the actor may not see, so that ids cannot be probed. */
export class NotFound extends DomainError {
  readonly status = 404;
  readonly title = "Not found";
  constructor(message = "The requested resource does not exist.") {
    super(message);
  }
}

export class Unauthenticated extends DomainError {
  readonly status = 401;
  readonly title = "Sign-in required";
  constructor(message = "Sign in to continue.") {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly title = "Forbidden";
  constructor(message = "You do not have permission to do this.") {
    super(message);
  }
}

export class Conflict extends DomainError {
  readonly status = 409;
  readonly title = "Conflict";
}

export type FieldErrors = Record<string, string[]>;

export class Invalid extends DomainError {
  readonly status = 422;
  readonly title = "Invalid input";
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

export class PayloadTooLarge extends DomainError {
  readonly status = 413;
  readonly title = "Payload too large";
}

export class RateLimited extends DomainError {
  readonly status = 429;
  readonly title = "Too many requests";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** "14 minutes", "30 seconds": for messages that tell the user when to try again. */
export function describeWait(seconds: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (seconds < 90) return plural(Math.max(1, Math.ceil(seconds)), "second");
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return plural(minutes, "minute");
  return plural(Math.ceil(minutes / 60), "hour");
}
