import { z } from "zod";
import { flagDto } from "@/lib/forum/dto";
import { listFlags } from "@/lib/forum/flags";
import { defineRoute } from "@/lib/http/route";

/** Staff: flags to review (?status=open|resolved|all&page=). */
export const GET = defineRoute({ access: "staff", query: z.record(z.string(), z.string()) }, async ({ actor, query }) => {
  const { flags, ...page } = await listFlags(actor, query);
  return { flags: flags.map(flagDto), ...page };
});
