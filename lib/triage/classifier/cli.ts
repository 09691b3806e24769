/**
 * The parsing behind `npm run classify` (scripts/classify.ts), kept here so it can be tested:
 * command-line options, input lines `{"text": "..."}` and output lines.
 */
import type { Classification } from "./model";

export type ClassifyCommand = { trainFile?: string; writeShippedModel: boolean };

export const CLASSIFY_USAGE = `usage: npm run --silent classify -- [--train <labelled.csv|jsonl>]
       npm run --silent classify -- --write-shipped-model

Reads JSON lines {"text": "..."} on stdin and writes {"category": "...", "confidence": 0.0} for each.
--train FILE             train on FILE first (CSV or JSON lines with text,label or title,body,label)
--write-shipped-model    retrain lib/triage/classifier/shipped-model.json from prisma/demo/classifier/`;

export function parseClassifyArgs(argv: readonly string[]): ClassifyCommand {
  const command: ClassifyCommand = { writeShippedModel: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--train") {
      const file = argv[++i];
      if (!file || file.startsWith("--")) throw new Error("--train needs a file: --train <labelled.csv|jsonl>");
      command.trainFile = file;
    } else if (arg.startsWith("--train=")) {
      command.trainFile = arg.slice("--train=".length);
      if (!command.trainFile) throw new Error("--train needs a file: --train <labelled.csv|jsonl>");
    } else if (arg === "--write-shipped-model") {
      command.writeShippedModel = true;
    } else {
      throw new Error(`unknown argument "${arg}"`);
    }
  }
  if (command.writeShippedModel && command.trainFile) throw new Error("--write-shipped-model trains on the shipped corpus and takes no --train file");
  return command;
}

/** The text of one input line, or undefined for a blank line (skipped). */
export function parseInputLine(line: string, lineNumber: number): string | undefined {
  if (line.trim() === "") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error(`stdin line ${lineNumber}: not valid JSON (expected {"text": "..."})`);
  }
  if (typeof value !== "object" || value === null || typeof (value as { text?: unknown }).text !== "string") {
    throw new Error(`stdin line ${lineNumber}: expected an object with a string "text" field`);
  }
  return (value as { text: string }).text;
}

export function formatOutputLine(result: Classification): string {
  return JSON.stringify({ category: result.category, confidence: Math.round(result.confidence * 10_000) / 10_000 });
}
