import { Type } from 'typebox';
import { Id, Nullable, named, Timestamp } from '../shared/schemas.ts';
import { JOB_STATUSES } from './transitions.ts';

export const Job = named(
  'Job',
  Type.Object(
    {
      id: Id,
      kind: Type.String({ description: 'What the job does, e.g. agreements_import' }),
      status: Type.Enum(JOB_STATUSES),
      phase: Nullable(Type.String({ description: 'What it is doing now, in the kind’s own words' })),
      done: Type.Integer({ minimum: 0 }),
      total: Type.Integer({ minimum: 0 }),
      result: Type.Unknown({ description: 'What it answered, once succeeded (the kind says its shape)' }),
      error: Nullable(
        Type.Object({ code: Type.String(), message: Type.String(), field: Type.Optional(Type.String()) }),
      ),
      attempts: Type.Integer({ minimum: 0 }),
      createdAt: Timestamp,
      startedAt: Nullable(Timestamp),
      finishedAt: Nullable(Timestamp),
      updatedAt: Timestamp,
    },
    {
      description:
        'Work that takes time, queued in the database and run by any instance of the server: ask it again for its progress',
    },
  ),
);
