import "server-only";
import { forbidden, notFound } from "next/navigation";
import { Forbidden, NotFound } from "../errors";
import { isUnstorableTextError } from "./unstorable-text";

/**
 * Runs a domain read for a page, turning NotFound/Forbidden into the portal's 404/403 pages. An
 * address with text the database cannot hold (%00) names nothing: 404 too.
 */
export async function forPage<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFound) notFound();
    if (error instanceof Forbidden) forbidden();
    if (isUnstorableTextError(error)) notFound();
    throw error;
  }
}
