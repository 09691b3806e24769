/**
 * Reading labelled training data: CSV with `text,label` or NLBSE's `title,body,label` columns, or
 * JSON lines with the same keys. Labels from issue trackers (bug, feature, enhancement, question)
 * are mapped to triage categories; the seven category names are accepted as they are.
 */
import { parse } from "csv-parse/sync";
import { isTriageCategory, type TriageCategory } from "./categories";
import type { TrainingExample } from "./model";

const TRACKER_LABELS: Record<string, TriageCategory> = {
  bug: "bug",
  defect: "bug",
  feature: "feature_request",
  enhancement: "feature_request",
  "feature request": "feature_request",
  "feature-request": "feature_request",
  question: "question",
};

/** The triage category a label names, or undefined when it names none. */
export function categoryOfLabel(label: string): TriageCategory | undefined {
  const normalised = label.trim().toLowerCase();
  if (isTriageCategory(normalised)) return normalised;
  return TRACKER_LABELS[normalised];
}

type LabelledRecord = { text?: unknown; title?: unknown; body?: unknown; label?: unknown };

/** The text of a record: `text`, or else title and body joined (NLBSE's columns). */
export function textOfRecord(record: LabelledRecord): string | undefined {
  if (typeof record.text === "string") return record.text;
  const parts = [record.title, record.body].filter((part): part is string => typeof part === "string" && part !== "");
  return parts.length ? parts.join("\n") : undefined;
}

export type TrainingFormat = "csv" | "jsonl";

export function trainingFormatOf(path: string): TrainingFormat {
  if (/\.csv$/i.test(path)) return "csv";
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return "jsonl";
  throw new Error(`${path}: unknown training file type (expected .csv or .jsonl)`);
}

/** Parses a whole training file; throws with the record's line number when one is unusable. */
export function parseTrainingFile(content: string, format: TrainingFormat): TrainingExample[] {
  return format === "csv" ? parseTrainingCsv(content) : parseTrainingJsonl(content);
}

function parseTrainingCsv(content: string): TrainingExample[] {
  let records: { record: LabelledRecord; line: number }[];
  try {
    // With `info`, each record comes with where it ended, for error messages.
    const parsed = parse(content, {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: LabelledRecord; info: { lines: number } }[];
    records = parsed.map(({ record, info }) => ({ record, line: info.lines }));
  } catch (error) {
    throw new Error(`invalid CSV: ${(error as Error).message}`);
  }
  if (records.length === 0) throw new Error("the CSV file holds no records");
  const columns = Object.keys(records[0]!.record);
  if (!columns.includes("label") || !(columns.includes("text") || columns.includes("title") || columns.includes("body"))) {
    throw new Error(`the CSV file needs columns text,label or title,body,label (found: ${columns.join(",")})`);
  }
  return records.map(({ record, line }) => toExample(record, `line ${line}`));
}

function parseTrainingJsonl(content: string): TrainingExample[] {
  const examples: TrainingExample[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new Error(`line ${index + 1}: not valid JSON`);
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) throw new Error(`line ${index + 1}: expected a JSON object`);
    examples.push(toExample(record as LabelledRecord, `line ${index + 1}`));
  });
  if (examples.length === 0) throw new Error("the file holds no examples");
  return examples;
}

function toExample(record: LabelledRecord, where: string): TrainingExample {
  const text = textOfRecord(record);
  if (text === undefined || text.trim() === "") throw new Error(`${where}: no text (expected "text", or "title" and "body")`);
  if (typeof record.label !== "string") throw new Error(`${where}: no label`);
  const label = categoryOfLabel(record.label);
  if (!label) throw new Error(`${where}: unknown label "${record.label}" (expected bug, feature, enhancement, question or a triage category)`);
  return { text, label };
}
