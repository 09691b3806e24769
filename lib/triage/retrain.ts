import "server-only";
import { recordAudit } from "../audit/record";
import { requireRole, requireStaff, type Actor } from "../auth/authorize";
import { db } from "../db";
import { Conflict } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { seesSecurityItems } from "./access";
import { Classifier, shippedClassifier, type ClassifierJson, type TrainingExample } from "./classifier";
import { corpusExamples, readShippedCorpus } from "./classifier/corpus";
import { score, stratifiedFolds } from "./classifier/evaluation";
import { forgetActiveClassifier, loadActiveClassifier } from "./categorize";

// The admin action behind "Automatic categories": retrain the classifier from the shipped corpus
// plus every category staff confirmed or corrected, measure it against the model in use, and make
// it the active one. Reverting deletes the retrained models so the shipped one applies again.

export const MIN_CONFIRMED_ITEMS = 20;
/** Staff decisions about real feedback count more than the written corpus: each is seen twice. */
const STAFF_EXAMPLE_REPEATS = 2;
const FOLDS = 5;
/** Fixed, so the same confirmed items always give the same folds and figures. */
const FOLD_SEED = 20_261_127;

export type RetrainMetrics = {
  /** Staff-confirmed items the model learnt from (security items included). */
  staffItems: number;
  /** Corpus texts plus the repeated staff items. */
  trainingExamples: number;
  folds: number;
  /** Macro-F1 over the staff-confirmed items, each predicted by a model that did not see it. */
  macroF1New: number;
  /** Macro-F1 of the model that was active, on the same items. */
  macroF1Current: number;
  accuracyNew: number;
  accuracyCurrent: number;
  /** Wall time of the five evaluation trainings and the final one. */
  trainingMs: number;
};

/** What a ClassifierModel row's `data` holds; categorize.ts loads `model`. */
export type StoredClassifierModel = { model: ClassifierJson; metrics: RetrainMetrics };

const confirmed = { categoryByStaff: true, category: { not: null } } satisfies Prisma.TriageItemWhereInput;

/**
 * Security items are included: the stored model holds term weights and a vocabulary of words and
 * word pairs, never an item's text or id, and it never leaves the server (the status shows figures
 * only). Leaving them out would teach the model nothing about the one category that matters most.
 */
async function staffConfirmedExamples(): Promise<TrainingExample[]> {
  const items = await db.triageItem.findMany({
    where: confirmed,
    select: { title: true, body: true, category: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return items.map((item) => ({ text: `${item.title}\n${item.body}`, label: item.category! }));
}

function withStaffWeight(corpus: readonly TrainingExample[], staff: readonly TrainingExample[]): TrainingExample[] {
  const repeated = staff.flatMap((example) => Array.from({ length: STAFF_EXAMPLE_REPEATS }, () => example));
  return [...corpus, ...repeated];
}

/** Each training holds the CPU for a few hundred milliseconds: let waiting requests run in between. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * 5-fold cross-validation on the staff-confirmed items: every item is predicted by a new model
 * trained on the corpus and the other folds, and by the model in use. The model in use may have
 * been trained on these very items (an earlier retrain), which flatters its figure.
 */
async function crossValidate(corpus: readonly TrainingExample[], staff: readonly TrainingExample[], current: Classifier) {
  const folds = stratifiedFolds(staff, (example) => example.label, FOLDS, FOLD_SEED);
  const expected: string[] = [];
  const predictedNew: string[] = [];
  const predictedCurrent: string[] = [];
  for (const [index, fold] of folds.entries()) {
    if (fold.length === 0) continue;
    const rest = folds.filter((_, other) => other !== index).flat();
    const model = Classifier.train(withStaffWeight(corpus, rest));
    for (const example of fold) {
      expected.push(example.label);
      predictedNew.push(model.classify(example.text).category);
      predictedCurrent.push(current.classify(example.text).category);
    }
    await yieldToEventLoop();
  }
  return { newScores: score(expected, predictedNew), currentScores: score(expected, predictedCurrent) };
}

// One retrain at a time per instance: a second click would only double the CPU time.
let retrainRunning = false;

export type RetrainResult = { metrics: RetrainMetrics; status: ClassifierStatus };

/** Admins: trains, evaluates and activates a model from the staff-confirmed categories. Audited. */
export async function retrainClassifier(actor: Actor | null, context: { ip?: string | null } = {}): Promise<RetrainResult> {
  const admin = requireRole(actor, "admin");
  if (retrainRunning) throw new Conflict("A retrain is already running; wait for it to finish.");
  retrainRunning = true;
  try {
    const staff = await staffConfirmedExamples();
    if (staff.length < MIN_CONFIRMED_ITEMS) {
      throw new Conflict(`Confirm or correct at least ${MIN_CONFIRMED_ITEMS} categories first; ${staff.length} so far.`);
    }
    const started = performance.now();
    const corpus = readShippedCorpus();
    const corpusTexts = corpusExamples(corpus);
    const { newScores, currentScores } = await crossValidate(corpusTexts, staff, await loadActiveClassifier());
    const trainingSet = withStaffWeight(corpusTexts, staff);
    const model = Classifier.train(trainingSet, {}, corpus.sha256);
    const metrics: RetrainMetrics = {
      staffItems: staff.length,
      trainingExamples: trainingSet.length,
      folds: FOLDS,
      macroF1New: round4(newScores.macroF1),
      macroF1Current: round4(currentScores.macroF1),
      accuracyNew: round4(newScores.accuracy),
      accuracyCurrent: round4(currentScores.accuracy),
      trainingMs: Math.round(performance.now() - started),
    };
    const data: StoredClassifierModel = { model: model.toJSON(), metrics };
    await db.$transaction(async (tx) => {
      const row = await tx.classifierModel.create({
        data: { examples: staff.length, data: data as unknown as Prisma.InputJsonObject, createdById: admin.id },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: admin,
        action: "triage.classifier.retrain",
        target: { type: "classifier_model", id: row.id },
        data: metrics,
        ip: context.ip,
      });
    });
    forgetActiveClassifier();
    return { metrics, status: await classifierStatus(admin) };
  } finally {
    retrainRunning = false;
  }
}

export type ClassifierFigures = Pick<RetrainMetrics, "folds" | "macroF1New" | "macroF1Current" | "accuracyNew" | "accuracyCurrent" | "trainingMs">;

export type ActiveClassifier =
  | { source: "shipped"; trainingExamples: number }
  | {
      source: "retrained";
      id: string;
      trainedAt: Date;
      trainedBy: { id: string; email: string; name: string | null } | null;
      /** Null for staff who do not see security items: the count includes them. */
      staffItems: number | null;
      /** Null when the row holds no readable figures. */
      figures: ClassifierFigures | null;
    };

export type ClassifierStatus = {
  active: ActiveClassifier;
  /** Items whose category staff confirmed or corrected (security items only for those who see them). */
  confirmedItems: number;
  minimumConfirmedItems: number;
  canRetrain: boolean;
};

function figuresOf(data: Prisma.JsonValue): ClassifierFigures | null {
  const metrics = (data as Partial<StoredClassifierModel> | null)?.metrics;
  if (!metrics || typeof metrics.macroF1New !== "number") return null;
  const { folds, macroF1New, macroF1Current, accuracyNew, accuracyCurrent, trainingMs } = metrics;
  return { folds, macroF1New, macroF1Current, accuracyNew, accuracyCurrent, trainingMs };
}

/** Staff: which model categorizes new items (as stored; other instances follow within a minute). */
export async function classifierStatus(actor: Actor | null): Promise<ClassifierStatus> {
  const staff = requireStaff(actor);
  const security = seesSecurityItems(staff);
  const [latest, confirmedItems] = await Promise.all([
    db.classifierModel.findFirst({ orderBy: { createdAt: "desc" }, select: { id: true, examples: true, data: true, createdAt: true, createdById: true } }),
    db.triageItem.count({ where: security ? confirmed : { ...confirmed, visibility: { not: "security" } } }),
  ]);
  let active: ActiveClassifier;
  if (latest) {
    const trainedBy = latest.createdById ? await db.user.findUnique({ where: { id: latest.createdById }, select: { id: true, email: true, name: true } }) : null;
    active = {
      source: "retrained",
      id: latest.id,
      trainedAt: latest.createdAt,
      trainedBy,
      staffItems: security ? latest.examples : null,
      figures: figuresOf(latest.data),
    };
  } else {
    active = { source: "shipped", trainingExamples: (await shippedClassifier()).trainedOn.examples };
  }
  return { active, confirmedItems, minimumConfirmedItems: MIN_CONFIRMED_ITEMS, canRetrain: staff.role === "admin" };
}

/** Admins: deletes every retrained model so the shipped one categorizes again. Nothing to delete changes nothing. */
export async function revertToShipped(actor: Actor | null, context: { ip?: string | null } = {}): Promise<{ removedModels: number; status: ClassifierStatus }> {
  const admin = requireRole(actor, "admin");
  const removedModels = await db.$transaction(async (tx) => {
    const { count } = await tx.classifierModel.deleteMany({});
    if (count > 0) {
      await recordAudit(tx, { actor: admin, action: "triage.classifier.revert", target: { type: "classifier_model" }, data: { removedModels: count }, ip: context.ip });
    }
    return count;
  });
  if (removedModels > 0) forgetActiveClassifier();
  return { removedModels, status: await classifierStatus(admin) };
}
