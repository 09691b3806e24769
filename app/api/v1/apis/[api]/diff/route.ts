import { z } from "zod";
import { DIFF_RULES } from "@/lib/catalog/diff";
import { compareVersions } from "@/lib/catalog/compare-versions";
import { defineRoute } from "@/lib/http/route";

/** Operations added, removed and changed between two versions, with the rule behind each classification. */
export const GET = defineRoute(
  {
    access: "public",
    params: z.object({ api: z.string().max(100) }),
    query: z.object({ from: z.string().min(1, "Name the older version: ?from=").max(100), to: z.string().min(1, "Name the newer version: &to=").max(100) }),
  },
  async ({ actor, params, query }) => ({ ...(await compareVersions(actor, params.api, query.from, query.to)), rules: DIFF_RULES }),
);
