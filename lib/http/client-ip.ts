/**
 * The client's IP address for rate limits. Behind a proxy that appends to X-Forwarded-For
 * (nginx's $proxy_add_x_forwarded_for, cloud load balancers), the rightmost entry is the one
 * the proxy saw; without a proxy, Next.js fills the header from the socket.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
