import { Button } from "@/components/ui/Button";
import { inputClasses, labelClasses } from "@/components/ui/Field";

/** Narrows the overview to one API: a plain GET form, so it works without JavaScript. */
export function ApiScopeForm({ apis, current }: { apis: { slug: string; name: string }[]; current?: string }) {
  if (apis.length === 0) return null;
  return (
    <form method="get" action="/admin" className="flex items-end gap-2">
      <div className="space-y-1">
        <label htmlFor="overview-api" className={labelClasses}>
          API
        </label>
        <select id="overview-api" name="api" defaultValue={current ?? ""} className={`${inputClasses} w-56 max-w-full`}>
          <option value="">All APIs</option>
          {apis.map((api) => (
            <option key={api.slug} value={api.slug}>
              {api.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Show
      </Button>
    </form>
  );
}
