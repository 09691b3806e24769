import "server-only";
import { db, type Db } from "./db";

const TIMEOUT_MS = 3_000;

/** Whether the database answers a trivial query within 3 seconds. */
export async function checkDatabase(client: Pick<Db, "$queryRaw"> = db): Promise<{ ok: true } | { ok: false; reason: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  });
  try {
    await Promise.race([client.$queryRaw`SELECT 1`, timeout]);
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The first line only: no connection strings or stack traces in a public answer.
    return { ok: false, reason: `database ${message.split("\n")[0]!.replace(/postgres(ql)?:\/\/\S+/g, "<url>")}` };
  } finally {
    clearTimeout(timer);
  }
}
