/** URLs of docs pages, built in one place so every link and test agrees. */
export const docsHref = {
  catalog: () => "/docs",
  api: (api: string) => `/docs/${encodeURIComponent(api)}`,
  version: (api: string, version: string) => `/docs/${encodeURIComponent(api)}/${encodeURIComponent(version)}`,
  operation: (api: string, version: string, operation: string) =>
    `/docs/${encodeURIComponent(api)}/${encodeURIComponent(version)}/${encodeURIComponent(operation)}`,
  diff: (api: string, from?: string, to?: string) =>
    `/docs/${encodeURIComponent(api)}/diff${from && to ? `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}` : ""}`,
};
