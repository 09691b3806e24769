import { z } from "zod";
import { VERSION_STATUSES } from "@/lib/catalog/schemas";
import { apiSummaryDto } from "@/lib/catalog/dto";
import { listApis } from "@/lib/catalog/read";
import { defineRoute } from "@/lib/http/route";

/** The APIs the caller may see, with their versions. */
export const GET = defineRoute(
  { access: "public", query: z.object({ tag: z.string().max(100).optional(), status: z.enum(VERSION_STATUSES).optional() }) },
  async ({ actor, query }) => ({ apis: (await listApis(actor, query)).map(apiSummaryDto) }),
);
