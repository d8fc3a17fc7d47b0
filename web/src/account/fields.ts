import type { Problem } from '../api/client.ts';

/** What the server's refusal says of this field (a JSON pointer such as `/password`), to show at it. */
export function fieldError(problem: Problem | null, field: string): string | undefined {
  return (
    problem?.errors?.find((error) => error.field === field)?.message ??
    (problem?.field === field ? problem.detail : undefined)
  );
}

/** The refusal when it names none of these fields: shown above the form instead. */
export function otherProblem(problem: Problem | null, fields: readonly string[]): Problem | null {
  if (!problem) return null;
  return fields.some((field) => fieldError(problem, field)) ? null : problem;
}

/** The token a link from an email carries, in its query. */
export function linkToken(search: URLSearchParams): string {
  return search.get('token')?.trim() ?? '';
}
