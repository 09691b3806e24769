import "server-only";
import { db } from "../db";
import { loadClassifier, shippedClassifier, type Classifier, type ClassifierJson } from "./classifier";
import type { TriageCategory } from "./classifier/categories";
import { configCache } from "./config-cache";

// The classifier that categorizes new items: the newest model an admin trained from
// staff-confirmed categories, or the one the product ships.

/** Read from the database each time: the retrain action compares against it, the cache below keeps it. */
export async function loadActiveClassifier(): Promise<Classifier> {
  const latest = await db.classifierModel.findFirst({ orderBy: { createdAt: "desc" }, select: { id: true, data: true } });
  if (!latest) return shippedClassifier();
  try {
    // Retrained rows hold { model, metrics } (lib/triage/retrain.ts).
    return loadClassifier((latest.data as unknown as { model: ClassifierJson }).model);
  } catch (error) {
    // A row this version cannot read must not stop intake: categorize with the shipped model instead.
    console.error(`Classifier model ${latest.id} does not load; using the shipped model:`, error);
    return shippedClassifier();
  }
}

const active = configCache<Classifier>(60_000, loadActiveClassifier);

export async function categorize(text: string): Promise<{ category: TriageCategory; confidence: number }> {
  const { category, confidence } = (await active.get()).classify(text);
  return { category, confidence };
}

/** After retraining: this instance uses the new model at once, others within a minute. */
export function forgetActiveClassifier(): void {
  active.clear();
}
