import "server-only";
import { db } from "../db";
import { NotFound } from "../errors";
import type { Actor } from "../auth/authorize";
import { visibleTo } from "../catalog/visibility";
import type { Visibility } from "../generated/prisma/enums";
import { readableCategoryWhere, readableThreadWhere } from "./access";

export type ForumCategorySummary = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  /** The API this category is about; null for General. */
  api: { slug: string; name: string; visibility: Visibility } | null;
  threadCount: number;
};

const CATEGORY_SELECT = { id: true, slug: true, name: true, description: true, api: { select: { slug: true, name: true, visibility: true } } } as const;

/** The categories the actor may see (General first), with the number of threads they may read in each. */
export async function listCategories(actor: Actor | null): Promise<ForumCategorySummary[]> {
  const [categories, counts] = await Promise.all([
    db.forumCategory.findMany({ where: readableCategoryWhere(visibleTo(actor)), orderBy: [{ position: "asc" }, { name: "asc" }], select: CATEGORY_SELECT }),
    db.forumThread.groupBy({ by: ["categoryId"], where: readableThreadWhere(actor), _count: { _all: true } }),
  ]);
  const count = new Map(counts.map((c) => [c.categoryId, c._count._all]));
  return categories.map((c) => ({ ...c, threadCount: count.get(c.id) ?? 0 }));
}

/** One category by slug; NotFound when it does not exist or its API is hidden from the actor. */
export async function getCategory(actor: Actor | null, slug: string): Promise<ForumCategorySummary> {
  const category = await db.forumCategory.findFirst({ where: { slug, ...readableCategoryWhere(visibleTo(actor)) }, select: CATEGORY_SELECT });
  if (!category) throw new NotFound("No forum category with this name.");
  const threadCount = await db.forumThread.count({ where: { AND: [readableThreadWhere(actor), { categoryId: category.id }] } });
  return { ...category, threadCount };
}
