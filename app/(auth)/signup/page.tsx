import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/AuthCard";
import { ExternalSignIn } from "@/components/auth/ExternalSignIn";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { getActor } from "@/lib/auth/actor";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { externalSignInProviders } from "@/lib/env";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: PageProps<"/signup">) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getActor()) redirect(callbackUrl);
  return (
    <AuthCard
      title="Create your developer account"
      subtitle="Free. Register apps, get API keys and tell us when something breaks."
      footer={
        <>
          Already have an account?{" "}
          <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm callbackUrl={callbackUrl} />
      <ExternalSignIn providers={externalSignInProviders()} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
