/** Shared by playwright.config.ts and the specs: where the two app instances under test listen. */
export const PORT_A = Number(process.env.E2E_PORT) || 3100;
export const PORT_B = PORT_A + 1;
export const BASE_URL = `http://localhost:${PORT_A}`;
export const SECOND_INSTANCE_URL = `http://localhost:${PORT_B}`;
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || "hypercare-demo";
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

// Chromium flags that keep it quiet on a closed network (see FACTS.md).
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
