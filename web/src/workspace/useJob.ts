import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { send } from '../api/send.ts';
import type { Problem } from '../api/types.ts';

/** A job of the database queue as the workspace shows it: where it is, how far, and why it failed. */
export interface JobView {
  id: string;
  status: string;
  phase: string | null;
  done: number;
  total: number;
  result?: unknown;
  error: { code: string; message: string; field?: string } | null;
}

/** Follows a job until it ends: asks for it again every half second. */
export function useJob(id: string | null): { job: JobView | null; problem: Problem | null } {
  const [job, setJob] = useState<JobView | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    setJob(null);
    setProblem(null);
    if (!id) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const answer = await send(api.GET('/api/jobs/{id}', { params: { path: { id } } }));
      if (stopped) return;
      if (answer.problem) {
        setProblem(answer.problem);
        return;
      }
      setJob(answer.data as JobView);
      if (['queued', 'running'].includes(answer.data.status)) timer = setTimeout(ask, 500);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id]);
  return { job, problem };
}
