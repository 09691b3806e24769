import type { SecurityScheme } from "@/lib/catalog/types";

/** A security scheme in words: "API key in the `api_key` header", "HTTP Bearer token (JWT)". */
export function describeScheme(scheme: SecurityScheme | undefined): string {
  if (!scheme) return "Unknown scheme";
  switch (scheme.type) {
    case "apiKey":
      return `API key in the \`${scheme.name ?? "?"}\` ${scheme.in === "query" ? "query parameter" : scheme.in ?? "header"}`;
    case "http":
      return scheme.scheme?.toLowerCase() === "bearer"
        ? `HTTP Bearer token${scheme.bearerFormat ? ` (${scheme.bearerFormat})` : ""}`
        : `HTTP ${scheme.scheme ? scheme.scheme.charAt(0).toUpperCase() + scheme.scheme.slice(1) : ""} authentication`.replace("  ", " ");
    case "oauth2":
      return `OAuth 2.0 (${Object.keys(scheme.flows ?? {}).map((f) => f.replace(/([A-Z])/g, " $1").toLowerCase()).join(", ") || "no flows"})`;
    case "openIdConnect":
      return "OpenID Connect";
    case "mutualTLS":
      return "Mutual TLS client certificate";
    default:
      return String((scheme as { type: string }).type);
  }
}
