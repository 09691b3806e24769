import { listCategories } from "@/lib/forum/categories";
import { categoryDto } from "@/lib/forum/dto";
import { defineRoute } from "@/lib/http/route";

/** The forum's categories the caller may see, with thread counts. */
export const GET = defineRoute({ access: "public" }, async ({ actor }) => ({ categories: (await listCategories(actor)).map(categoryDto) }));
