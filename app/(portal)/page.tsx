import { ButtonLink } from "@/components/ui/Button";
import { getActor } from "@/lib/auth/actor";
import { isStaffRole } from "@/lib/auth/roles";

export default async function HomePage() {
  const actor = await getActor();
  return (
    <div className="space-y-16">
      <section className="relative overflow-hidden rounded-3xl border border-slate-200 bg-gradient-to-br from-brand-50 via-white to-white px-6 py-14 sm:px-12 sm:py-20 dark:border-slate-800 dark:from-brand-950/70 dark:via-slate-950 dark:to-slate-950">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-700 dark:text-brand-300">Developer portal</p>
        <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl dark:text-white">
          Build on our APIs, and tell us the moment something breaks.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-slate-600 dark:text-slate-300">
          Hypercare is where developers get API access and where every report reaches the team that owns the
          endpoint, with a priority and a response clock, most of all in the weeks after a launch.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href="/docs">Browse the API docs</ButtonLink>
          {actor ? (
            <>
              <ButtonLink href="/reports" variant="secondary">My reports</ButtonLink>
              {isStaffRole(actor.role) && (
                <ButtonLink href="/admin" variant="secondary">
                  Open the staff area
                </ButtonLink>
              )}
            </>
          ) : (
            <>
              <ButtonLink href="/signup" variant="secondary">Create a developer account</ButtonLink>
              <ButtonLink href="/signin" variant="secondary">
                Sign in
              </ButtonLink>
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="how-heading" className="space-y-6">
        <h2 id="how-heading" className="text-xl font-semibold text-slate-900 dark:text-white">
          How the portal works
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {STEPS.map((step, i) => (
            <li key={step.title} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
              <span className="grid h-8 w-8 place-items-center rounded-full bg-brand-600 text-sm font-bold text-white">{i + 1}</span>
              <h3 className="mt-4 font-semibold text-slate-900 dark:text-white">{step.title}</h3>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{step.body}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

const STEPS = [
  { title: "Create an account", body: "Sign up with your email. Partners get access to partner-only APIs once our team upgrades their account." },
  { title: "Build and report", body: "Developers work against the APIs and report what goes wrong right where it goes wrong." },
  { title: "Staff close the loop", body: "Triagers, security staff and admins work every report from one staff area, with an audit trail of each action." },
];
