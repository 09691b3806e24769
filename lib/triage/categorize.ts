import "server-only";
import { db } from "../db";
import { loadClassifier, shippedClassifier, type Classifier, type ClassifierJson } from "./classifier";
import type { TriageCategory } from "./classifier/categories";
import { configCache } from "./config-cache";

// The classifier that categorizes new items: the newest model an admin trained from
// staff-confirmed categories, or the one the product ships.

const active = configCache<Classifier>(60_000, async () => {
  const latest = await db.classifierModel.findFirst({ orderBy: { createdAt: "desc" }, select: { data: true } });
  return latest ? loadClassifier(latest.data as unknown as ClassifierJson) : shippedClassifier();
});

export async function categorize(text: string): Promise<{ category: TriageCategory; confidence: number }> {
  const { category, confidence } = (await active.get()).classify(text);
  return { category, confidence };
}

/** After retraining: this instance uses the new model at once, others within a minute. */
export function forgetActiveClassifier(): void {
  active.clear();
}
