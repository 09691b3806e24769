import ReactMarkdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { cn } from "./cn";

const components: Components = {
  // Links leave the portal without passing on its authority or its window.
  a: ({ href, children }) => {
    const external = typeof href === "string" && /^https?:\/\//.test(href);
    return (
      <a href={href} {...(external ? { rel: "nofollow noopener noreferrer", target: "_blank" } : {})}>
        {children}
      </a>
    );
  },
};

/**
 * The one renderer for Markdown that users and imported documents write: GitHub-flavoured
 * Markdown, raw HTML dropped, and the result passed through rehype-sanitize's GitHub schema.
 */
export function Markdown({ children, className }: { children: string | null | undefined; className?: string }) {
  if (!children?.trim()) return null;
  return (
    <div className={cn("prose-hc", className)}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSanitize]} skipHtml components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
