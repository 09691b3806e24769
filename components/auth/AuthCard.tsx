import type { ReactNode } from "react";
import { Card } from "../ui/Card";

export function AuthCard({ title, subtitle, children, footer }: { title: string; subtitle: ReactNode; children: ReactNode; footer: ReactNode }) {
  return (
    <div className="space-y-6">
      <div className="space-y-2 text-center">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 dark:text-white">{title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{subtitle}</p>
      </div>
      <Card className="space-y-6">{children}</Card>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">{footer}</p>
    </div>
  );
}
