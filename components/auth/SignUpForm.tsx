"use client";

import { useState, type FormEvent } from "react";
import { PASSWORD_MIN_LENGTH, signUpSchema } from "@/lib/auth/schemas";
import { Alert } from "../ui/Alert";
import { Button } from "../ui/Button";
import { TextField } from "../ui/Field";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { signInWithPassword } from "./password-sign-in";

type FieldErrors = Record<string, string[] | undefined>;

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    // The same schema the server uses; the server also checks password strength.
    const local = signUpSchema.safeParse(values);
    if (!local.success) {
      setErrors(Object.fromEntries(local.error.issues.map((i) => [String(i.path[0]), [i.message]])));
      setMessage(undefined);
      return;
    }
    setPending(true);
    setErrors({});
    setMessage(undefined);
    try {
      const response = await fetch("/api/account", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(values),
      });
      if (response.status === 201) {
        const signedIn = await signInWithPassword(local.data.email, local.data.password);
        window.location.assign(signedIn.ok ? safeCallbackPath(callbackUrl) : "/signin");
        return;
      }
      const problem = (await response.json().catch(() => ({}))) as { detail?: string; errors?: FieldErrors };
      setErrors(problem.errors ?? {});
      setMessage(problem.detail ?? "Could not create the account. Try again.");
    } catch {
      setMessage("Could not reach the portal. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-5" noValidate>
      {message && <Alert tone="error">{message}</Alert>}
      <TextField label="Name" name="name" autoComplete="name" hint="Optional. Shown to staff when you report an issue." errors={errors.name} />
      <TextField label="Email" name="email" type="email" autoComplete="email" required errors={errors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A phrase of unrelated words works well; common passwords are refused.`}
        errors={errors.password}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
