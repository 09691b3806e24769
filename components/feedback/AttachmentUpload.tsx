"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ACCEPTED_FILE_TYPES } from "@/lib/feedback/attachment-limits";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { fileInputClasses } from "../ui/Field";
import { uploadFiles } from "./ReportForm";

/** Adds files to an open report (its reporter or staff). */
export function AttachmentUpload({ reportId, room }: { reportId: string; room: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const files = new FormData(form).getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
    if (files.length === 0) return setError("Choose a file first.");
    setPending(true);
    setError(null);
    const problem = await uploadFiles(reportId, files);
    setPending(false);
    if (problem) return setError(problem);
    form.reset();
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3 sm:flex-row sm:items-center">
      <label htmlFor="more-files" className="sr-only">Files to attach</label>
      <input
        id="more-files"
        name="files"
        type="file"
        multiple
        accept={ACCEPTED_FILE_TYPES}
        className={fileInputClasses}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="shrink-0">
        {pending ? "Uploading…" : `Attach (room for ${room})`}
      </Button>
      {error && <Alert tone="error" className="sm:basis-full">{error}</Alert>}
    </form>
  );
}
