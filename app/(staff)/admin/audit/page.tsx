import type { Metadata } from "next";
import Link from "next/link";
import { AuditTable } from "@/components/admin/AuditTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { listAuditLog } from "@/lib/audit/list";
import { staffPageActor } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ searchParams }: PageProps<"/admin/audit">) {
  const actor = await staffPageActor("/admin/audit", ["admin"]);
  const params = await searchParams;
  const before = typeof params.before === "string" ? params.before : undefined;
  const { records, nextCursor } = await listAuditLog(actor, { before });
  return (
    <div className="space-y-6">
      <PageHeader title="Audit log" description="Every staff action and key operation, newest first. Records cannot be edited or deleted." />
      <AuditTable records={records} />
      {nextCursor && (
        <Link href={`/admin/audit?before=${nextCursor}`} className="inline-block text-sm font-medium text-brand-700 hover:underline dark:text-brand-300">
          Older entries →
        </Link>
      )}
    </div>
  );
}
