/**
 * Automatic triage categories: a TF-IDF + linear classifier that trains and runs in-process,
 * offline. Pure TypeScript: no database, no framework.
 */
import { Classifier, type ClassifierJson, type TrainingExample, type TrainingOptions } from "./model";

export { TRIAGE_CATEGORIES, TRIAGE_CATEGORY_LABELS, isTriageCategory, type TriageCategory } from "./categories";
export { Classifier, DEFAULT_TRAINING_OPTIONS, type Classification, type ClassifierJson, type TrainingExample, type TrainingOptions } from "./model";
export { shippedClassifier } from "./shipped";

/**
 * Trains a classifier on labelled examples (for instance the shipped corpus plus the categories
 * staff confirmed). The same examples and options always give the same model.
 */
export function trainClassifier(examples: readonly TrainingExample[], options?: Partial<TrainingOptions>): Classifier {
  return Classifier.train(examples, options);
}

/** A classifier from the JSON that `Classifier.toJSON()` produced (as an object or as text). */
export function loadClassifier(json: ClassifierJson | string): Classifier {
  return Classifier.fromJSON(typeof json === "string" ? (JSON.parse(json) as ClassifierJson) : json);
}
