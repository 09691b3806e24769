import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/AuthCard";
import { ExternalSignIn } from "@/components/auth/ExternalSignIn";
import { SignInForm } from "@/components/auth/SignInForm";
import { getActor } from "@/lib/auth/actor";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { externalSignInProviders } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

// Errors next-auth may send back here, in words a user understands.
const ERRORS: Record<string, string> = {
  RateLimited: "Too many failed sign-in attempts. Wait a few minutes and try again.",
  OAuthAccountNotLinked: "That email is already linked to another sign-in method.",
  AccessDenied: "The sign-in provider did not share a verified email address.",
  Callback: "The sign-in provider did not complete the sign-in. Try again.",
};

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getActor()) redirect(callbackUrl);
  const error = typeof params.error === "string" ? (ERRORS[params.error] ?? "Sign-in failed. Try again.") : undefined;
  const signUpHref = `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <AuthCard
      title="Sign in to Hypercare"
      subtitle="Manage your apps and keys, and follow the issues you reported."
      footer={
        <>
          New here?{" "}
          <Link href={signUpHref} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
            Create an account
          </Link>
        </>
      }
    >
      <SignInForm callbackUrl={callbackUrl} initialError={error} />
      <ExternalSignIn providers={externalSignInProviders()} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
