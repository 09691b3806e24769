import "server-only";
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { pool } from "../db";

// Plain SQL for the few paths that run on nearly every request (the acting user) or must take a
// launch day's load (filing a report). Through Prisma a raw query costs about 0.4 ms of CPU, an ORM
// lookup 1.2 ms; straight through pg 0.1 ms (measured, docs/benchmarks.md §5). Values are always
// parameters, never spliced into the text.

export type Sql = { text: string; values: unknown[] };

/** Timestamps are stored without a zone, in UTC, as Prisma writes them; pg would send local time. */
export function timestampParam(date: Date): string {
  return date.toISOString().replace("Z", "");
}

function toParam(value: unknown): unknown {
  return value instanceof Date ? timestampParam(value) : value;
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0]!;
  values.forEach((value, i) => {
    text += `$${i + 1}${strings[i + 1]}`;
  });
  return { text, values: values.map(toParam) };
}

const TIMESTAMP_OID = 1114;

/** Timestamps without a zone are UTC here (as Prisma writes them); pg would read them as local time. */
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMP_OID ? (value: string) => new Date(`${value.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** The rows of one statement. */
export async function query<T>(statement: Sql): Promise<T[]> {
  return (await pool.query({ ...statement, types })).rows as T[];
}

/** A statement composed with Prisma.sql / Prisma.join (filters built piece by piece), run the same way. */
export function fromPrismaSql(fragment: { text: string; values: unknown[] }): Sql {
  return { text: fragment.text, values: fragment.values.map(toParam) };
}

// Names of prepared statements are unique per connection here, not only per text: the embedded
// database (PGlite) is one backend shared by every connection, so names must not collide between
// processes or with those of a connection that was closed and opened again.
const connectionIds = new WeakMap<pg.PoolClient, string>();
function connectionId(client: pg.PoolClient): string {
  let id = connectionIds.get(client);
  if (!id) {
    id = randomBytes(6).toString("hex");
    connectionIds.set(client, id);
  }
  return id;
}

// The name and hash of each statement text, worked out once: the texts are few and run very often.
const statementNames = new Map<string, string>();
function statementName(name: string, text: string): string {
  let named = statementNames.get(text);
  if (!named) {
    named = `${name}_${createHash("sha1").update(text).digest("hex").slice(0, 12)}`;
    statementNames.set(text, named);
  }
  return named;
}

/**
 * The rows of a statement that runs very often with the same text, prepared once per connection
 * (parsed and, after a few runs, planned once): that halves the database's work for the
 * report-filing statement. The name carries a hash of the text, so a changed text is never run
 * under an old name.
 */
export async function preparedQuery<T>(name: string, statement: Sql): Promise<T[]> {
  const client = await pool.connect();
  try {
    return (await client.query({ ...statement, name: `${statementName(name, statement.text)}_${connectionId(client)}`, types })).rows as T[];
  } finally {
    client.release();
  }
}
