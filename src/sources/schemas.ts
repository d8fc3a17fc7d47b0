import { type Static, Type } from 'typebox';
import { named, PageOf, PageQuery, refTo, Source } from '../shared/schemas.ts';

/** A page of the sources a reader may see, the latest recorded first. */
export const SourcePage = named('SourcePage', PageOf(refTo(Source)));

export type SourcePage = Static<typeof SourcePage>;

export const SourceListQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });

export type SourceListQuery = Static<typeof SourceListQuery>;
