"use client";

import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { IMPACT_LABELS, VISIBILITY_LABELS } from "@/lib/feedback/labels";
import { ACCEPTED_FILE_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_REPORT } from "@/lib/feedback/attachment-limits";
import { REPORT_IMPACTS, REPORT_VISIBILITIES, reportInputSchema } from "@/lib/feedback/schemas";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { fileInputClasses, inputClasses, labelClasses, SelectField, TextField } from "../ui/Field";
import { cn } from "../ui/cn";
import { readProblem } from "../ui/problem";

type ApiChoice = { slug: string; name: string; versions: string[] };
type Context = { api?: string; version?: string; operation?: string; operationLabel?: string; pageUrl?: string };
type FieldErrors = Record<string, string[] | undefined>;

const TEXT_FIELDS = ["title", "description", "stepsToReproduce", "expected", "actual", "requestId", "occurredAt", "environment"] as const;

/**
 * The issue report form. The draft is kept in this tab's session storage, so a reporter whose
 * session ran out signs in again and comes back to the same text.
 */
export function ReportForm({ apis, context, signInHref }: { apis: ApiChoice[]; context: Context; signInHref: string }) {
  const draftKey = `report-draft:${context.api ?? ""}:${context.version ?? ""}:${context.operation ?? ""}`;
  const form = useRef<HTMLFormElement>(null);
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  const [api, setApi] = useState(context.api ?? apis[0]?.slug ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);
  const [client, setClient] = useState({ browser: "", language: "" });
  const [reportWithoutFiles, setReportWithoutFiles] = useState<{ url: string; number: number; problem: string }>();

  useEffect(() => {
    setClient({ browser: navigator.userAgent, language: navigator.language });
    const saved = sessionStorage.getItem(draftKey);
    if (!saved || !form.current) return;
    const values = JSON.parse(saved) as Record<string, string>;
    for (const [name, value] of Object.entries(values)) {
      const field = form.current.elements.namedItem(name);
      // Text inputs, textareas and selects; radio groups (RadioNodeList) are restored below.
      if ((field instanceof HTMLInputElement && field.type !== "hidden" && field.type !== "file") || field instanceof HTMLTextAreaElement) field.value = value;
    }
    for (const name of ["impact", "visibility"]) {
      const radio = form.current.querySelector<HTMLInputElement>(`input[name="${name}"][value="${values[name]}"]`);
      if (radio) radio.checked = true;
    }
  }, [draftKey]);

  // Text only: files cannot be kept across a sign-in, and the file input cannot be refilled.
  const textValues = (f: HTMLFormElement) => Object.fromEntries([...new FormData(f)].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  const saveDraft = () => form.current && sessionStorage.setItem(draftKey, JSON.stringify(textValues(form.current)));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = textValues(event.currentTarget);
    const files = new FormData(event.currentTarget).getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
    const fileProblem = checkFiles(files);
    if (fileProblem) {
      setErrors({ files: [fileProblem] });
      setMessage("Check the highlighted fields.");
      return;
    }
    const payload = {
      ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== "")),
      occurredAt: values.occurredAt ? new Date(values.occurredAt).toISOString() : undefined,
      operation: context.operation,
      pageUrl: context.pageUrl,
    };
    const local = reportInputSchema.safeParse(payload);
    if (!local.success) {
      setErrors(Object.fromEntries(local.error.issues.map((i) => [String(i.path[0]), [i.message]])));
      setMessage("Check the highlighted fields.");
      return;
    }
    setPending(true);
    setErrors({});
    setMessage(undefined);
    try {
      const response = await fetch("/api/v1/reports", {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": idempotencyKey },
        body: JSON.stringify(payload),
      });
      if (response.status === 401) {
        saveDraft();
        window.location.assign(signInHref);
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { id?: string; number?: number; url?: string; detail?: string; errors?: FieldErrors };
      if (response.ok && body.url && body.id) {
        sessionStorage.removeItem(draftKey);
        const failure = files.length > 0 ? await uploadFiles(body.id, files) : null;
        if (!failure) return window.location.assign(body.url);
        // The report exists (sending again returns it, thanks to the idempotency key); only the files are missing.
        setReportWithoutFiles({ url: body.url, number: body.number ?? 0, problem: failure });
        setPending(false);
        return;
      }
      setErrors(body.errors ?? {});
      setMessage(body.detail ?? "The report could not be sent. Try again.");
    } catch {
      setMessage("Could not reach the portal. Your text is kept; try again in a moment.");
      saveDraft();
    }
    setPending(false);
  }

  const versions = apis.find((a) => a.slug === api)?.versions ?? [];
  return (
    <form ref={form} method="post" onSubmit={onSubmit} onChange={saveDraft} className="space-y-6" noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      {reportWithoutFiles && (
        <Alert tone="warning">
          Report #{reportWithoutFiles.number} was sent, but its files were not attached: {reportWithoutFiles.problem}{" "}
          <a href={reportWithoutFiles.url} className="font-medium underline">Open the report</a> to add them there.
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="API" name="api" value={api} onChange={(e) => setApi(e.target.value)} errors={errors.api} disabled={Boolean(context.operation)}>
          {apis.map((a) => (
            <option key={a.slug} value={a.slug}>{a.name}</option>
          ))}
        </SelectField>
        <SelectField label="Version" name="version" defaultValue={context.version ?? ""} errors={errors.version} disabled={Boolean(context.operation)} key={api}>
          <option value="">Not sure / all versions</option>
          {versions.map((v) => (
            <option key={v} value={v}>{v}</option>
          ))}
        </SelectField>
        {/* Disabled selects are not submitted; keep their values. */}
        {context.operation && (
          <>
            <input type="hidden" name="api" value={api} />
            <input type="hidden" name="version" value={context.version ?? ""} />
          </>
        )}
      </div>
      <TextField label="Title" name="title" required maxLength={150} placeholder="e.g. GET /pet/{petId} answers 500 for large ids" errors={errors.title} />
      <TextArea label="What happened" name="description" rows={5} required hint="Markdown works. Paste error messages as they are." errors={errors.description} />
      <TextArea label="Steps to reproduce" name="stepsToReproduce" rows={4} errors={errors.stepsToReproduce} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextArea label="What you expected" name="expected" rows={3} errors={errors.expected} />
        <TextArea label="What happened instead" name="actual" rows={3} errors={errors.actual} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Request or correlation id" name="requestId" maxLength={200} hint="From the response headers, if you have one." errors={errors.requestId} />
        <TextField label="When it happened" name="occurredAt" type="datetime-local" errors={errors.occurredAt} />
        <TextField label="Environment" name="environment" maxLength={500} placeholder="e.g. Node 20, SDK 4.2.1" errors={errors.environment} />
      </div>
      <RadioGroup legend="Impact on you" name="impact" options={REPORT_IMPACTS.map((v) => ({ value: v, ...IMPACT_LABELS[v] }))} errors={errors.impact} />
      <RadioGroup
        legend="Who can see this report"
        name="visibility"
        defaultValue="private"
        options={REPORT_VISIBILITIES.map((v) => ({ value: v, ...VISIBILITY_LABELS[v] }))}
        errors={errors.visibility}
        note="A report about a vulnerability is always handled as a security report, whatever you choose here."
      />
      <FileField errors={errors.files} />
      <section aria-labelledby="context-heading" className="rounded-xl border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
        <h2 id="context-heading" className="font-semibold text-slate-900 dark:text-white">Sent with your report</h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-600 dark:text-slate-400">API and version</dt>
          <dd className="break-words">{apis.find((a) => a.slug === api)?.name ?? "—"} {context.version ?? ""}</dd>
          {context.operation && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">Operation</dt>
              <dd className="break-words font-mono text-xs">{context.operationLabel ?? context.operation}</dd>
            </>
          )}
          {context.pageUrl && (
            <>
              <dt className="text-slate-600 dark:text-slate-400">Page</dt>
              <dd className="break-all">{context.pageUrl}</dd>
            </>
          )}
          <dt className="text-slate-600 dark:text-slate-400">Browser</dt>
          <dd className="break-words">{client.browser || "…"}</dd>
          <dt className="text-slate-600 dark:text-slate-400">Language</dt>
          <dd>{client.language || "…"}</dd>
        </dl>
      </section>
      <Button type="submit" disabled={pending}>{pending ? "Sending…" : "Send report"}</Button>
    </form>
  );
}

function FileField({ errors }: { errors?: string[] }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor="field-files" className={labelClasses}>Attachments (optional)</label>
      <input
        id="field-files"
        name="files"
        type="file"
        multiple
        accept={ACCEPTED_FILE_TYPES}
        aria-describedby={`field-files-hint${errors?.length ? " field-files-error" : ""}`}
        className={fileInputClasses}
      />
      <p id="field-files-hint" className="text-xs text-slate-600 dark:text-slate-400">
        Up to {MAX_ATTACHMENTS_PER_REPORT} files of {MAX_ATTACHMENT_BYTES / 1024 / 1024} MB: logs (.txt, .log), HAR or JSON files, screenshots. Only you
        and our staff can open them, even on a public report. Remove tokens and cookies from HAR files first.
      </p>
      {errors?.length ? <p id="field-files-error" className="text-sm text-red-700 dark:text-red-400">{errors.join(" ")}</p> : null}
    </div>
  );
}

function checkFiles(files: File[]): string | null {
  if (files.length > MAX_ATTACHMENTS_PER_REPORT) return `Attach at most ${MAX_ATTACHMENTS_PER_REPORT} files.`;
  const large = files.find((f) => f.size > MAX_ATTACHMENT_BYTES);
  return large ? `${large.name} is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.` : null;
}

/** Uploads files to a report; the problem in words, or null when they were stored. */
export async function uploadFiles(reportId: string, files: File[]): Promise<string | null> {
  const body = new FormData();
  for (const file of files) body.append("files", file);
  try {
    const response = await fetch(`/api/v1/reports/${encodeURIComponent(reportId)}/attachments`, { method: "POST", body });
    if (response.ok) return null;
    const problem = await readProblem(response);
    return problem.errors.files?.[0] ?? problem.detail ?? `the portal answered ${response.status}.`;
  } catch {
    return "the portal could not be reached.";
  }
}

function TextArea({ label, name, hint, errors, ...props }: React.ComponentProps<"textarea"> & { label: string; name: string; hint?: string; errors?: string[] }) {
  const id = `field-${name}`;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className={labelClasses}>{label}</label>
      <textarea id={id} name={name} className={inputClasses} aria-invalid={errors?.length ? true : undefined} aria-describedby={[hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined} {...props} />
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">{hint}</p>}
      {errors?.length ? <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">{errors.join(" ")}</p> : null}
    </div>
  );
}

function RadioGroup({ legend, name, options, defaultValue, errors, note }: { legend: string; name: string; options: { value: string; label: string; hint: string }[]; defaultValue?: string; errors?: string[]; note?: string }) {
  return (
    <fieldset className="space-y-2" aria-describedby={errors?.length ? `${name}-error` : undefined}>
      <legend className={labelClasses}>{legend}</legend>
      {note && <p className="text-xs text-slate-600 dark:text-slate-400">{note}</p>}
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className={cn("flex cursor-pointer gap-3 rounded-lg border border-slate-300 p-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:bg-brand-950")}>
            <input type="radio" name={name} value={o.value} defaultChecked={o.value === defaultValue} className="mt-1 accent-brand-600" />
            <span>
              <span className="block font-medium text-slate-900 dark:text-white">{o.label}</span>
              <span className="block text-slate-600 dark:text-slate-400">{o.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {errors?.length ? <p id={`${name}-error`} className="text-sm text-red-700 dark:text-red-400">{errors.join(" ")}</p> : null}
    </fieldset>
  );
}
