import "server-only";
import { db } from "../db";
import { suggestDuplicates } from "./duplicates";

// Duplicates on intake: shortly after an item is filed, a background job looks for the earlier
// item it most likely repeats and keeps it (with its score) on the item, where the queue and the
// item page show it. Kept off the filing request, which stays one statement. A security item may
// point to any earlier item; other items never point to a security item, so the hint cannot
// reveal one to staff who may not see it.

const LOOKBACK_MS = 86_400_000;
const MIN_SCORE = 0.5;

export async function checkNewItemsForDuplicates(now = new Date(), batch = 50): Promise<{ checked: number; found: number }> {
  const items = await db.triageItem.findMany({
    where: { duplicateCheckedAt: null, createdAt: { gte: new Date(now.getTime() - LOOKBACK_MS) } },
    orderBy: { createdAt: "asc" },
    take: batch,
    select: { id: true, title: true, body: true, apiId: true, operationSlug: true, visibility: true, createdAt: true },
  });
  let found = 0;
  for (const item of items) {
    const [best] = await suggestDuplicates(item, item.visibility === "security", 1, item.createdAt);
    const likely = best && best.score >= MIN_SCORE ? best : null;
    // Conditional: another instance may have checked it meanwhile.
    const { count } = await db.triageItem.updateMany({
      where: { id: item.id, duplicateCheckedAt: null },
      data: { duplicateCheckedAt: now, possibleDuplicateId: likely?.id ?? null, possibleDuplicateScore: likely?.score ?? null },
    });
    if (count && likely) found++;
  }
  return { checked: items.length, found };
}
