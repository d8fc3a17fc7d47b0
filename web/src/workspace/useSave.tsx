import { Text } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useSubmissionKey } from '../api/idempotency.ts';
import type { Sent } from '../api/send.ts';
import type { Problem } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import {
  type Base,
  ConflictNote,
  changedFields,
  type FormFields,
  ifMatch,
  keepEdits,
  sameFields,
} from './ConflictNote.tsx';
import { ProblemNote } from './ProblemNote.tsx';

export interface SaveOptions<Saved extends { version: number }> {
  /** The record as loaded (again, after each reload of the page), or null when the form records a new one. */
  record: Saved | null;
  /** How the form's fields read in a record, by the message id of their label: what a conflict compares. */
  fieldsOf(record: Saved): FormFields;
  /** How the form's fields read now, as the person has them. */
  mine: FormFields;
  /** Puts these values in the form's fields; `record` holds what the fields do not show. */
  fill(fields: FormFields, record: Saved): void;
  /** `record` as it is now on the server, loaded when an edit was refused as made on an old version. */
  latest(record: Saved): Promise<Sent<Saved>>;
  /** How a field's value reads in the conflict note (a code as its label). */
  show?(key: string, value: string): string;
  /** After the form moved onto a newer version of the record: the page may load again what it shows of it. */
  onRebased?(): void;
}

export interface Save<Saved> {
  /** The server's last refusal, null after a success. */
  problem: Problem | null;
  /** The refusal, the conflict with someone else's edit and its choices, and whether the edits were kept. */
  notes: ReactNode;
  /**
   * Records a new one: `post` sends `body` with an Idempotency-Key, so that sent again (a double
   * click, a retry after a lost answer) it is created once. Answers what was created, or null when refused.
   */
  create<Body, Data>(
    body: Body,
    post: (body: Body, headers: { 'idempotency-key': string }) => Promise<Sent<Data>>,
  ): Promise<Data | null>;
  /**
   * Edits the record on the version the form was loaded from (If-Match): when someone else saved
   * it meanwhile, nothing is written (412) and the notes show what changed. Answers the record as
   * saved, or null when refused.
   */
  edit(patch: (header: { 'if-match': string }) => Promise<Sent<Saved>>): Promise<Saved | null>;
}

/**
 * How a workspace form saves a record: once however often it is sent, on the version the person
 * saw, and, when someone else's edit came first, showing what changed field by field so the person
 * keeps their edits on the latest version or takes the saved record.
 */
export function useSave<Saved extends { version: number }>(options: SaveOptions<Saved>): Save<Saved> {
  const { record, fieldsOf, mine, fill, latest, show, onRebased } = options;
  const t = useT();
  const [problem, setProblem] = useState<Problem | null>(null);
  // The version the form was loaded from: its edits are saved on that version only.
  const [base, setBase] = useState<Base | null>(() =>
    record ? { version: record.version, fields: fieldsOf(record) } : null,
  );
  const [conflict, setConflict] = useState<Saved | null>(null);
  const [kept, setKept] = useState(false);
  const submission = useSubmissionKey();
  const rebase = (onto: Saved) => setBase({ version: onto.version, fields: fieldsOf(onto) });

  // The page reloads the record after the person's own changes elsewhere on it (a status, a
  // signature): when the fields are as the form loaded them, the new version is theirs to edit on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `fieldsOf` reads a record the same way on every render
  useEffect(() => {
    if (!record) return;
    setBase((current) =>
      current && sameFields(fieldsOf(record), current.fields)
        ? { ...current, version: record.version }
        : current,
    );
  }, [record]);

  const notes = (
    <>
      <ProblemNote problem={problem} />
      {conflict && base ? (
        <ConflictNote
          changes={changedFields(base.fields, fieldsOf(conflict), mine)}
          show={show}
          onKeepMine={() => {
            fill(keepEdits(base.fields, fieldsOf(conflict), mine), conflict);
            rebase(conflict);
            setConflict(null);
            setKept(true);
            onRebased?.();
          }}
          onTakeSaved={() => {
            fill(fieldsOf(conflict), conflict);
            rebase(conflict);
            setConflict(null);
            onRebased?.();
          }}
        />
      ) : null}
      {kept ? (
        <Text size="sm" role="status">
          {t('conflict.kept')}
        </Text>
      ) : null}
    </>
  );

  return {
    problem,
    notes,
    async create(body, post) {
      setKept(false);
      const answer = await post(body, submission.headers(body));
      if (answer.problem) {
        setProblem(answer.problem);
        return null;
      }
      submission.settled();
      setProblem(null);
      return answer.data;
    },
    async edit(patch) {
      if (!base || !record) throw new Error('useSave: edit() needs the record the form was loaded from');
      setKept(false);
      const answer = await patch(ifMatch(base.version));
      if (!answer.problem) {
        setProblem(null);
        setConflict(null);
        rebase(answer.data);
        return answer.data;
      }
      if (answer.response.status === 412) {
        // Someone else saved it meanwhile: nothing was written; show them what changed.
        const now = await latest(record);
        setProblem(now.problem ?? null);
        setConflict(now.data ?? null);
      } else setProblem(answer.problem);
      return null;
    },
  };
}
