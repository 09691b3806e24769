/** The staff page of a triage item (T-123). */
export function triageHref(number: number): string {
  return `/admin/triage/${number}`;
}

export const triageQueueHref = "/admin/triage";
