import { ButtonLink } from "@/components/ui/Button";

export function ForbiddenMessage() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">403</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">You do not have access</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">Your role does not include this page. An admin can change your role if you need it.</p>
      <div className="mt-8 flex justify-center gap-3">
        <ButtonLink href="/admin">Back to the staff area</ButtonLink>
      </div>
    </div>
  );
}
