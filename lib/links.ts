/** URLs of docs pages, built in one place so every link, API answer and test agrees. */
export const docsHref = {
  catalog: () => "/docs",
  api: (api: string) => `/docs/${encodeURIComponent(api)}`,
  version: (api: string, version: string) => `/docs/${encodeURIComponent(api)}/${encodeURIComponent(version)}`,
  operation: (api: string, version: string, operation: string) =>
    `/docs/${encodeURIComponent(api)}/${encodeURIComponent(version)}/${encodeURIComponent(operation)}`,
  diff: (api: string, from?: string, to?: string) =>
    `/docs/${encodeURIComponent(api)}/diff${from && to ? `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}` : ""}`,
};

/** The portal's own JSON API addresses that pages call from the browser. */
export const apiHref = {
  tryItDocument: (api: string, version: string, operation: string) =>
    `/api/v1/apis/${encodeURIComponent(api)}/versions/${encodeURIComponent(version)}/operations/${encodeURIComponent(operation)}/try-it`,
};
