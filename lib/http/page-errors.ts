import "server-only";
import { forbidden, notFound } from "next/navigation";
import { Forbidden, NotFound } from "../errors";

/** Runs a domain read for a page, turning NotFound/Forbidden into the portal's 404/403 pages. */
export async function forPage<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFound) notFound();
    if (error instanceof Forbidden) forbidden();
    throw error;
  }
}
