import { cn } from "../ui/cn";

/** The HTTP method as a coloured label (styles: .method-badge in app/globals.css). */
export function MethodBadge({ method, small = false }: { method: string; small?: boolean }) {
  return <span className={cn("method-badge", method, small && "small")}>{method}</span>;
}
