import { z } from "zod";

/** A thread number from a URL; anything else becomes NaN, which every lookup answers with 404. */
export const threadNumberParam = z.object({ number: z.string().max(20).transform((v) => (/^[1-9]\d{0,9}$/.test(v) ? Number(v) : Number.NaN)) });
/** A reply's or flag's id from a URL. */
export const idParam = z.object({ id: z.string().max(64) });
