import { z } from "zod";
import { apiDetailDto } from "@/lib/catalog/dto";
import { getApiOverview } from "@/lib/catalog/read";
import { defineRoute } from "@/lib/http/route";

/** One API with its versions; 404 for APIs the caller may not see. */
export const GET = defineRoute({ access: "public", params: z.object({ api: z.string().max(100) }) }, async ({ actor, params }) =>
  apiDetailDto(await getApiOverview(actor, params.api)),
);
