import type { Prisma } from "../generated/prisma/client";
import type {
  HttpMethod,
  NormalizedOperation,
  NormalizedParameter,
  NormalizedRequestBody,
  NormalizedResponse,
  SecurityRequirement,
} from "./types";

/** The columns that hold a normalized operation. */
export const STORED_OPERATION = {
  slug: true,
  method: true,
  path: true,
  operationId: true,
  summary: true,
  description: true,
  tags: true,
  deprecated: true,
  security: true,
  parameters: true,
  requestBody: true,
  responses: true,
} as const satisfies Prisma.OperationSelect;

type StoredOperation = Prisma.OperationGetPayload<{ select: typeof STORED_OPERATION }>;

/** A stored row back in the normalized shape that pages, samples and the diff read. */
export function toNormalizedOperation(row: StoredOperation): NormalizedOperation {
  return {
    slug: row.slug,
    method: row.method as HttpMethod,
    path: row.path,
    ...(row.operationId ? { operationId: row.operationId } : {}),
    ...(row.summary ? { summary: row.summary } : {}),
    ...(row.description ? { description: row.description } : {}),
    tags: row.tags,
    deprecated: row.deprecated,
    security: row.security as SecurityRequirement[],
    parameters: row.parameters as NormalizedParameter[],
    requestBody: (row.requestBody as NormalizedRequestBody | null) ?? null,
    responses: row.responses as NormalizedResponse[],
  };
}
