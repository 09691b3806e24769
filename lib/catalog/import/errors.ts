import { Invalid } from "../../errors";

export type SourceLocation = { file: string; pointer?: string; line?: number };

export function describeLocation(location: SourceLocation): string {
  const parts = [location.file];
  if (location.line) parts.push(`line ${location.line}`);
  if (location.pointer !== undefined) parts.push(`at ${location.pointer || "/"}`);
  return parts.join(", ");
}

/** A document that cannot be imported, with where the problem is. Nothing is saved. */
export class ImportError extends Invalid {
  constructor(
    problem: string,
    readonly location: SourceLocation,
  ) {
    super(`${problem} (${describeLocation(location)})`, { document: [`${problem} (${describeLocation(location)})`] });
  }
}
