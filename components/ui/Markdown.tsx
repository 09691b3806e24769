import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { cn } from "./cn";

/** Where user-written Markdown may show images from: the portal's own attachments. */
export const ATTACHMENT_PATH = /^\/api\/v1\/attachments\/[A-Za-z0-9_-]+$/;

// Links never pass on the portal's authority (nofollow, ugc) or its window (noopener).
const link: Components["a"] = ({ href, children }) => {
  const external = typeof href === "string" && /^https?:\/\//.test(href);
  return (
    <a href={href} rel="nofollow ugc noopener noreferrer" {...(external ? { target: "_blank" } : {})}>
      {children}
    </a>
  );
};

const userComponents: Components = {
  a: link,
  // Other images would let a post load (and track readers through) any server: shown as a link instead.
  img: ({ src, alt }) =>
    typeof src === "string" && ATTACHMENT_PATH.test(src) ? (
      // eslint-disable-next-line @next/next/no-img-element -- an attachment of unknown size, served by the portal
      <img src={src} alt={alt ?? ""} loading="lazy" className="max-h-96 rounded-lg border border-slate-200 dark:border-slate-800" />
    ) : (
      <a href={typeof src === "string" ? src : undefined} rel="nofollow ugc noopener noreferrer" target="_blank">
        {alt ? `Image: ${alt}` : "Image"}
      </a>
    ),
};

// Imported API documents are published by staff: their images (diagrams, badges) are kept.
const documentComponents: Components = { a: link };

/**
 * The one renderer for Markdown that users and imported documents write: GitHub-flavoured
 * Markdown, raw HTML dropped, and the result passed through rehype-sanitize's GitHub schema.
 * `source` "document" is for imported OpenAPI descriptions, which may show images from anywhere.
 */
export function Markdown({ children, className, source = "user" }: { children: string | null | undefined; className?: string; source?: "user" | "document" }) {
  if (!children?.trim()) return null;
  return (
    <div className={cn("prose-hc", className)}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} skipHtml components={source === "document" ? documentComponents : userComponents}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
