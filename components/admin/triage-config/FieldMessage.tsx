/** A field's error messages under it, with the id its control points to through aria-describedby. */
export function FieldMessage({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700 dark:text-red-400">
      {messages.join(" ")}
    </p>
  );
}

/** The errors whose field path starts with `prefix` ("calendar.days" also takes "calendar.days.2"). */
export function errorsUnder(errors: Record<string, string[] | undefined>, prefix: string): string[] | undefined {
  const messages = Object.entries(errors)
    .filter(([key]) => key === prefix || key.startsWith(`${prefix}.`))
    .flatMap(([, m]) => m ?? []);
  return messages.length ? [...new Set(messages)] : undefined;
}
