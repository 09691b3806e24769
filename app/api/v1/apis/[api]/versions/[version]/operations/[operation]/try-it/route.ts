import { z } from "zod";
import { NotFound } from "@/lib/errors";
import { getTryItDocument } from "@/lib/catalog/read";
import { defineRoute } from "@/lib/http/route";

/** The one-operation OpenAPI document behind the page's "Try it" console, fetched when the console opens. */
export const GET = defineRoute(
  { access: "public", params: z.object({ api: z.string().max(100), version: z.string().max(100), operation: z.string().max(200) }) },
  async ({ actor, params }) => {
    const document = await getTryItDocument(actor, params.api, params.version, params.operation);
    if (!document) throw new NotFound("This version names no server that a browser can call.");
    return Response.json(document, { headers: { "cache-control": "private, max-age=60" } });
  },
);
