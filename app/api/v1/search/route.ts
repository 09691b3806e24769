import { z } from "zod";
import { docsHref } from "@/lib/links";
import { searchCatalog } from "@/lib/catalog/search";
import { searchForum } from "@/lib/forum/search";
import { defineRoute } from "@/lib/http/route";

/** Catalog and forum search over what the caller may see. */
export const GET = defineRoute(
  { access: "public", query: z.object({ q: z.string().trim().min(1, "Give a search query.").max(200), limit: z.coerce.number().int().min(1).max(50).default(20) }) },
  async ({ actor, query }) => {
    const [hits, threads] = await Promise.all([searchCatalog(actor, query.q, query.limit), searchForum(actor, query.q, Math.min(query.limit, 10))]);
    return {
      query: query.q,
      results: hits.map((hit) => ({
        ...hit,
        url: hit.kind === "operation" ? docsHref.operation(hit.apiSlug, hit.version!, hit.slug!) : docsHref.api(hit.apiSlug),
      })),
      threads,
    };
  },
);
