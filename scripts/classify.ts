/**
 * Classifies feedback texts from the command line (see CLASSIFY_USAGE):
 *   echo '{"text": "POST /orders returns 500"}' | npm run --silent classify
 * Only results go to stdout; every message goes to stderr, and any error exits with code 1.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { CLASSIFY_USAGE, formatOutputLine, parseClassifyArgs, parseInputLine } from "../lib/triage/classifier/cli";
import { corpusExamples, readShippedCorpus } from "../lib/triage/classifier/corpus";
import { Classifier, shippedClassifier, trainClassifier } from "../lib/triage/classifier/index";
import { SHIPPED_MODEL_FILE } from "../lib/triage/classifier/shipped";
import { parseTrainingFile, trainingFormatOf } from "../lib/triage/classifier/training-file";

async function main(): Promise<void> {
  const command = parseClassifyArgs(process.argv.slice(2));
  if (command.writeShippedModel) return writeShippedModel();
  const classifier = command.trainFile ? trainFromFile(command.trainFile) : await shippedClassifier();
  await classifyStdin(classifier);
}

function trainFromFile(path: string): Classifier {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let examples;
  try {
    examples = parseTrainingFile(content, trainingFormatOf(path));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  const started = performance.now();
  const classifier = trainClassifier(examples);
  console.error(`trained on ${examples.length} examples from ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return classifier;
}

async function classifyStdin(classifier: Classifier): Promise<void> {
  const output: string[] = [];
  const flush = () => {
    if (output.length) process.stdout.write(output.join("\n") + "\n");
    output.length = 0;
  };
  let lineNumber = 0;
  try {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      const text = parseInputLine(line, ++lineNumber);
      if (text === undefined) continue;
      output.push(formatOutputLine(classifier.classify(text)));
      if (output.length >= 1000) flush();
    }
  } finally {
    // Results for the lines before a bad one are still written.
    flush();
  }
}

function writeShippedModel(): void {
  const corpus = readShippedCorpus();
  const examples = corpusExamples(corpus);
  const started = performance.now();
  const classifier = Classifier.train(examples, {}, corpus.sha256);
  const json = JSON.stringify(classifier.toJSON());
  writeFileSync(SHIPPED_MODEL_FILE, json + "\n");
  console.error(
    `${SHIPPED_MODEL_FILE}: ${examples.length} examples (${corpus.ownExamples.length} own, ${corpus.promiseNfr.length} PROMISE NFR), ` +
      `trained in ${((performance.now() - started) / 1000).toFixed(1)} s, ${(json.length / 1024).toFixed(0)} KiB`,
  );
}

main().catch((error: unknown) => {
  console.error(`classify: ${(error as Error).message}`);
  if ((error as Error).message.startsWith("unknown argument") || (error as Error).message.startsWith("--")) console.error(CLASSIFY_USAGE);
  process.exitCode = 1;
});
