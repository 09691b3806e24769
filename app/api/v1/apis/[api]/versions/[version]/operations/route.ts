import { z } from "zod";
import { operationDto } from "@/lib/catalog/dto";
import { getApiOverview } from "@/lib/catalog/read";
import { defineRoute } from "@/lib/http/route";

/** The operations of one version, in document order. */
export const GET = defineRoute(
  { access: "public", params: z.object({ api: z.string().max(100), version: z.string().max(100) }) },
  async ({ actor, params }) => {
    const overview = await getApiOverview(actor, params.api, params.version);
    return { api: overview.api.slug, version: overview.version.label, operations: overview.operations.map((op) => operationDto(overview.api.slug, overview.version.label, op)) };
  },
);
