import { Alert } from '@mantine/core';
import type { Problem } from '../api/client.ts';

/** The server's refusal, in the reader's language, with what it says of each field. */
export function ProblemNote({ problem }: { problem: Problem | null }) {
  if (!problem) return null;
  return (
    <Alert color="red" role="alert" title={problem.title}>
      {problem.detail ?? problem.errors?.map((error) => error.message).join(' · ')}
    </Alert>
  );
}
