/**
 * The model the product ships: trained by `npm run classify -- --write-shipped-model` from the
 * corpus in prisma/demo/classifier/ and committed as shipped-model.json next to this file. It is
 * loaded on first use only, so importing the triage code costs nothing until something is
 * classified.
 */
import { Classifier, type ClassifierJson } from "./model";

export const SHIPPED_MODEL_FILE = "lib/triage/classifier/shipped-model.json";

let loading: Promise<Classifier> | undefined;

export function shippedClassifier(): Promise<Classifier> {
  loading ??= import("./shipped-model.json").then((module) => Classifier.fromJSON((module.default ?? module) as unknown as ClassifierJson));
  return loading;
}
