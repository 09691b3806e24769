/** next-auth's session cookie names: plain, or __Secure- behind https. */
export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** Every cookie name a session may use, including the chunks next-auth splits large ones into. */
export const SESSION_COOKIES = SESSION_COOKIE_NAMES.flatMap((name) => [name, `${name}.0`]);

/** The session token from a cookie store: whole, or reassembled from its chunks (name.0, name.1, …). */
export function sessionToken(cookies: { get(name: string): { value: string } | undefined }): string | null {
  for (const name of SESSION_COOKIE_NAMES) {
    const whole = cookies.get(name)?.value;
    if (whole) return whole;
    const chunks: string[] = [];
    for (let i = 0; ; i++) {
      const chunk = cookies.get(`${name}.${i}`)?.value;
      if (chunk === undefined) break;
      chunks.push(chunk);
    }
    if (chunks.length) return chunks.join("");
  }
  return null;
}
