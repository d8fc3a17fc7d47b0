import { type Static, Type } from 'typebox';
import { named, refTo, Source } from '../shared/schemas.ts';

/** Every source a reader may see. */
export const SourceList = named('SourceList', Type.Object({ items: Type.Array(refTo(Source)) }));

export type SourceList = Static<typeof SourceList>;
