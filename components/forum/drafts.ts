import { useEffect, useState } from "react";

/**
 * Form state kept in this tab's session storage, so someone whose session ran out signs in
 * again and comes back to the same text. Cleared once the post is sent.
 */
export function useDraft<T extends Record<string, string>>(key: string, initial: T): [T, (patch: Partial<T>) => void, () => void] {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const saved = sessionStorage.getItem(key);
    if (!saved) return;
    try {
      const parsed = JSON.parse(saved) as Partial<T>;
      setValue((v) => ({ ...v, ...Object.fromEntries(Object.entries(parsed).filter(([, x]) => typeof x === "string")) }));
    } catch {
      sessionStorage.removeItem(key);
    }
  }, [key]);
  const update = (patch: Partial<T>) =>
    setValue((v) => {
      const next = { ...v, ...patch };
      sessionStorage.setItem(key, JSON.stringify(next));
      return next;
    });
  const clear = () => sessionStorage.removeItem(key);
  return [value, update, clear];
}
