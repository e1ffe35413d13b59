import type { z } from 'zod';
import { AppError } from './errors.js';

/**
 * Validates input at an edge (HTTP body, activity, review) with its zod schema and returns the typed value, or
 * throws an `invalid_request` AppError naming the first problem and its path — which the server sends as a 400.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new AppError('invalid_request', `${prefix}${issue.message}`, { path: issue.path.join('.') || undefined });
}
