/**
 * Triage classifier benchmark (npm run bench:classify):
 *  1. NLBSE'24 issue report classification: per project, a stratified 50/50 split of the public
 *     training CSV (seeded), train on one half, macro-F1 on the other, next to the published
 *     fastText / RoBERTa / SetFit figures on the official test split (which we do not have);
 *  2. the settings tried (each over several splits), so the defaults are a measured choice;
 *  3. the shipped model: 5-fold cross-validation on the shipped corpus;
 *  4. training time and items classified per second (single thread).
 * Data: ../shared/data/feedback (or --data DIR). Prints Markdown for docs/benchmarks.md.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parse } from "csv-parse/sync";
import { corpusExamples, readShippedCorpus } from "../../lib/triage/classifier/corpus";
import { score, stratifiedFolds, stratifiedHalves, type Scores } from "../../lib/triage/classifier/evaluation";
import { Classifier, DEFAULT_TRAINING_OPTIONS, loadClassifier, shippedClassifier, type TrainingExample, type TrainingOptions } from "../../lib/triage/classifier/index";
import { categoryOfLabel, textOfRecord } from "../../lib/triage/classifier/training-file";
import { fmt, printTable, summarize, waitForQuiet } from "./lib";

const SPLIT_SEED = 1;
const ROBUSTNESS_SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);
const SETTING_SEEDS = [1, 2, 3, 4, 5];
const BASELINES = ["fasttext", "roberta", "setfit"] as const;

type Issue = TrainingExample & { repo: string };

function dataDirectory(): string {
  const at = process.argv.indexOf("--data");
  const dir = at >= 0 ? process.argv[at + 1]! : join(process.cwd(), "..", "shared", "data", "feedback");
  if (!existsSync(join(dir, "nlbse2024__issues_train.csv"))) {
    throw new Error(`${dir}/nlbse2024__issues_train.csv not found; pass --data <directory holding the NLBSE'24 files>`);
  }
  return dir;
}

function readIssues(dir: string): Issue[] {
  const records = parse(readFileSync(join(dir, "nlbse2024__issues_train.csv")), { columns: true }) as Record<string, string>[];
  // The same text and label mapping as `classify --train`, plus the repo column the protocol splits by.
  return records.map((record, i) => {
    const text = textOfRecord(record);
    const label = categoryOfLabel(record.label ?? "");
    if (!text || !label || !record.repo) throw new Error(`nlbse2024__issues_train.csv: record ${i + 1} lacks a repo, text or known label`);
    return { text, label, repo: record.repo };
  });
}

type Published = Record<string, Record<string, number>>; // model → repo (and "overall") → macro-F1
function readPublished(dir: string): Published {
  const published: Published = {};
  for (const model of BASELINES) {
    const file = join(dir, `nlbse2024__${model}_results.json`);
    if (!existsSync(file)) continue;
    const results = JSON.parse(readFileSync(file, "utf8")) as Record<string, { average: { "f1-score": number } }>;
    published[model] = Object.fromEntries(Object.entries(results).map(([repo, r]) => [repo, r.average["f1-score"]]));
  }
  return published;
}

/** One classifier per project, trained on half of its issues, scored on the other half. */
function nlbseProtocol(issues: Issue[], seed: number, options: Partial<TrainingOptions> = {}): Map<string, Scores> {
  const byRepo = new Map<string, Scores>();
  for (const repo of [...new Set(issues.map((issue) => issue.repo))]) {
    const { train, test } = stratifiedHalves(
      issues.filter((issue) => issue.repo === repo),
      (issue) => issue.label,
      seed,
    );
    const classifier = Classifier.train(train, options);
    byRepo.set(
      repo,
      score(
        test.map((issue) => issue.label),
        test.map((issue) => classifier.classify(issue.text).category),
      ),
    );
  }
  return byRepo;
}

const meanF1 = (scores: Map<string, Scores>) => [...scores.values()].reduce((sum, s) => sum + s.macroF1, 0) / scores.size;

function crossValidate(examples: (TrainingExample & { own?: boolean })[], options: Partial<TrainingOptions>, seed: number) {
  const folds = stratifiedFolds(examples, (example) => example.label, 5, seed);
  const expected: string[] = [];
  const predicted: string[] = [];
  const ownExpected: string[] = [];
  const ownPredicted: string[] = [];
  folds.forEach((test, i) => {
    const classifier = Classifier.train(
      folds.filter((_, j) => j !== i).flat(),
      options,
    );
    for (const example of test) {
      const category = classifier.classify(example.text).category;
      expected.push(example.label);
      predicted.push(category);
      if (example.own) {
        ownExpected.push(example.label);
        ownPredicted.push(category);
      }
    }
  });
  return { all: score(expected, predicted), own: score(ownExpected, ownPredicted) };
}

const SETTINGS: [string, Partial<TrainingOptions>][] = [
  ["defaults: softmax, words + pairs, stemmed, no stopword removal, min df 2, sublinear tf, L2 1e-4", {}],
  ["complement naive Bayes (alpha 0.3) instead of softmax", { algorithm: "complement-nb" }],
  ["English stopwords removed (stopword package)", { tfidf: { ...DEFAULT_TRAINING_OPTIONS.tfidf, stopwords: "english" } }],
  ["not stemmed", { tfidf: { ...DEFAULT_TRAINING_OPTIONS.tfidf, stem: false } }],
  ["single words only", { tfidf: { ...DEFAULT_TRAINING_OPTIONS.tfidf, ngramMax: 1 } }],
  ["words, pairs and triples", { tfidf: { ...DEFAULT_TRAINING_OPTIONS.tfidf, ngramMax: 3 } }],
  ["min df 1", { tfidf: { ...DEFAULT_TRAINING_OPTIONS.tfidf, minDf: 1 } }],
  ["raw tf (not sublinear)", { tfidf: { ...DEFAULT_TRAINING_OPTIONS.tfidf, sublinearTf: false } }],
  ["L2 1e-3", { l2: 1e-3 }],
  ["L2 1e-5", { l2: 1e-5 }],
];

function timeIt<T>(run: () => T, repeats: number): { result: T; medianMs: number } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    result = run();
    times.push(performance.now() - started);
  }
  return { result, medianMs: summarize(times).p50 };
}

function itemsPerSecond(classifier: Classifier, texts: string[], minimumMs = 2000): number {
  for (const text of texts.slice(0, 200)) classifier.classify(text); // warm-up
  let classified = 0;
  const started = performance.now();
  while (performance.now() - started < minimumMs) {
    for (const text of texts) classifier.classify(text);
    classified += texts.length;
  }
  return classified / ((performance.now() - started) / 1000);
}

function machine(): string {
  const model = readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.+)$/m)?.[1] ?? os.cpus()[0]?.model ?? "?";
  const cores = execFileSync("nproc", { encoding: "utf8" }).trim();
  return `${cores} × ${model}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`;
}

async function main(): Promise<void> {
  const dir = dataDirectory();
  const issues = readIssues(dir);
  const published = readPublished(dir);
  console.log(`# Triage classifier benchmark\n\nmachine: ${machine()}\ndate: ${new Date().toISOString()}`);

  // 1. NLBSE protocol, fixed split.
  const nlbse = nlbseProtocol(issues, SPLIT_SEED);
  const row = (repo: string, ours: number) => [repo, fmt(ours, 3), ...BASELINES.map((model) => fmt(published[model]?.[repo] ?? NaN, 3))];
  printTable(
    ["project", "ours (TF-IDF + softmax)", "fastText", "RoBERTa", "SetFit"],
    [...[...nlbse].map(([repo, s]) => row(repo, s.macroF1)), row("overall", meanF1(nlbse))],
    `NLBSE'24 macro-F1 per project. Ours: trained on a stratified half of the public training split, tested on the other half (seed ${SPLIT_SEED}). Baselines: published, on the official test split.`,
  );
  const perClass = ["bug", "feature_request", "question"].map((label) => {
    const values = [...nlbse.values()].map((s) => s.perClass[label]!);
    const mean = (pick: (c: (typeof values)[number]) => number) => fmt(values.reduce((sum, c) => sum + pick(c), 0) / values.length, 3);
    return [label, mean((c) => c.precision), mean((c) => c.recall), mean((c) => c.f1)];
  });
  printTable(["class", "precision", "recall", "F1"], perClass, "Per class, mean over the 5 projects (same split)");

  const acrossSeeds = ROBUSTNESS_SEEDS.map((seed) => meanF1(nlbseProtocol(issues, seed)));
  const spread = summarize(acrossSeeds);
  console.log(`Mean macro-F1 over ${ROBUSTNESS_SEEDS.length} different splits (seeds 1–${ROBUSTNESS_SEEDS.length}): ${fmt(spread.mean, 3)} (min ${fmt(spread.min, 3)}, max ${fmt(spread.max, 3)})\n`);

  // 2 + 3. Settings on both data sets.
  const corpus = readShippedCorpus();
  const shippedExamples = [...corpus.ownExamples.map((example) => ({ ...example, own: true })), ...corpus.promiseNfr];
  const settingRows = SETTINGS.map(([name, options]) => {
    const nlbseMean = SETTING_SEEDS.reduce((sum, seed) => sum + meanF1(nlbseProtocol(issues, seed, options)), 0) / SETTING_SEEDS.length;
    const cv = crossValidate(shippedExamples, options, SPLIT_SEED);
    return [name, fmt(nlbseMean, 3), fmt(cv.all.macroF1, 3), fmt(cv.own.accuracy, 3)];
  });
  printTable(
    ["setting (one change from the defaults)", `NLBSE mean macro-F1 (seeds 1–${SETTING_SEEDS.length})`, "shipped corpus 5-fold macro-F1", "own examples 5-fold accuracy"],
    settingRows,
    "Settings tried",
  );

  const cv = crossValidate(shippedExamples, {}, SPLIT_SEED);
  printTable(
    ["category", "precision", "recall", "F1", "examples"],
    Object.entries(cv.all.perClass).map(([label, s]) => [label, fmt(s.precision, 3), fmt(s.recall, 3), fmt(s.f1, 3), s.support]),
    `Shipped corpus (${corpus.ownExamples.length} own examples + ${corpus.promiseNfr.length} PROMISE NFR requirements), 5-fold cross-validation (seed ${SPLIT_SEED}): ` +
      `accuracy ${fmt(cv.all.accuracy, 3)}, macro-F1 ${fmt(cv.all.macroF1, 3)}; on the own API feedback examples alone: accuracy ${fmt(cv.own.accuracy, 3)}, macro-F1 ${fmt(cv.own.macroF1, 3)}`,
  );

  const withoutPromise = crossValidate(
    corpus.ownExamples.map((example) => ({ ...example, own: true })),
    {},
    SPLIT_SEED,
  );
  console.log(
    `Own examples trained without the PROMISE NFR rows (same 5-fold protocol): accuracy ${fmt(withoutPromise.own.accuracy, 3)}, macro-F1 ${fmt(withoutPromise.own.macroF1, 3)}\n`,
  );

  // 4. Speed, on a quiet machine.
  const busy = await waitForQuiet("bench:classify", 15, 60_000);
  const shippedTraining = timeIt(() => Classifier.train(corpusExamples(corpus), {}, corpus.sha256), 3);
  const nlbseTraining = timeIt(() => Classifier.train(issues), 3);
  const modelJson = readFileSync("lib/triage/classifier/shipped-model.json", "utf8");
  const loading = timeIt(() => loadClassifier(modelJson), 5);
  const shipped = await shippedClassifier();
  const shortTexts = corpus.ownExamples.map((example) => example.text);
  const longTexts = issues.map((issue) => issue.text);
  const medianLength = (texts: string[]) => summarize(texts.map((text) => text.length)).p50;
  printTable(
    ["what", "figure"],
    [
      ["other work on the machine before measuring", `${fmt(busy, 0)} % CPU`],
      [`train the shipped model (${corpusExamples(corpus).length} examples)`, `${fmt(shippedTraining.medianMs / 1000, 2)} s`],
      [`train on the NLBSE training CSV (${issues.length} issues)`, `${fmt(nlbseTraining.medianMs / 1000, 2)} s`],
      [`shipped model file`, `${fmt(modelJson.length / 1024, 0)} KiB, ${shipped.classes.length} categories`],
      ["load the shipped model (parse JSON + build)", `${fmt(loading.medianMs, 1)} ms`],
      [`classify short reports (median ${medianLength(shortTexts)} characters)`, `${fmt(itemsPerSecond(shipped, shortTexts), 0)} items/s`],
      [`classify GitHub issues (median ${medianLength(longTexts)} characters)`, `${fmt(itemsPerSecond(shipped, longTexts), 0)} items/s`],
    ],
    "Speed (one thread; medians of 3–5 runs)",
  );
}

main().catch((error: unknown) => {
  console.error(`bench:classify: ${(error as Error).message}`);
  process.exitCode = 1;
});
