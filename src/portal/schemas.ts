import { type Static, Type } from 'typebox';
import { PlaceMatchReason } from '../places/schemas.ts';
import { Id, LocalizedText, Nullable, named, refTo } from '../shared/schemas.ts';
import { MATCH_QUALITIES, SUGGESTION_KINDS } from './ranking.ts';

/** One suggestion of the search: a record, the page it opens, and how well its names match. */
export const Suggestion = named(
  'Suggestion',
  Type.Object({
    kind: Type.Enum(SUGGESTION_KINDS, {
      description: 'The kind of page it opens (a place opens its organization)',
    }),
    id: Id,
    name: LocalizedText,
    countryCode: Nullable(Type.String()),
    date: Nullable(Type.String({ description: 'An event’s first day, an agreement’s signature' })),
    match: Type.Enum(MATCH_QUALITIES),
    place: Nullable(
      Type.Object(
        { matchedName: Type.String(), matchReason: PlaceMatchReason },
        {
          description:
            'For a record found through its place (an organization located there, an event held there): the place’s name that matched, and why',
        },
      ),
    ),
  }),
);

/**
 * What one search over everything finds: a few of each kind of record, and all of them as one list
 * of suggestions, best match first.
 */
export const PortalSearchResults = named(
  'PortalSearchResults',
  Type.Object({
    suggestions: Type.Array(refTo(Suggestion)),
    organizations: Type.Array(
      Type.Object({
        id: Id,
        kind: Type.String(),
        name: LocalizedText,
        countryCode: Nullable(Type.String()),
      }),
    ),
    places: Type.Array(
      Type.Object({
        id: Id,
        name: Type.String(),
        names: LocalizedText,
        countryCode: Type.String(),
        matchedName: Type.String(),
        matchReason: PlaceMatchReason,
      }),
    ),
    people: Type.Array(Type.Object({ id: Id, name: Type.String(), names: LocalizedText })),
    events: Type.Array(Type.Object({ id: Id, title: LocalizedText, startDate: Nullable(Type.String()) })),
    agreements: Type.Array(
      Type.Object({
        id: Id,
        title: LocalizedText,
        status: Type.String(),
        signedOn: Nullable(Type.String()),
      }),
    ),
  }),
);

/** The registry's key figures, as the reader may see them. */
export const KeyFigures = named(
  'KeyFigures',
  Type.Object({
    countryCodes: Type.Array(Type.String(), { description: 'Countries of the parties, for filters' }),
    agreements: Type.Integer(),
    organizations: Type.Integer(),
    countries: Type.Integer(),
    networks: Type.Integer(),
  }),
);

/** A located party of agreements: where the map draws it. */
export const MapPoint = named(
  'MapPoint',
  Type.Object({
    id: Id,
    name: LocalizedText,
    countryCode: Nullable(Type.String()),
    longitude: Type.Number(),
    latitude: Type.Number(),
  }),
);

/** One agreement as a link between two of its parties (MapPoint ids). */
export const AgreementLink = named(
  'AgreementLink',
  Type.Object({ agreementId: Id, status: Type.String(), type: Type.String(), from: Id, to: Id }),
);

/** The most agreements named in `undrawn`: past it, only their number is given. */
export const UNDRAWN_LISTED = 200;

export const AgreementLinks = named(
  'AgreementLinks',
  Type.Object({
    points: Type.Array(refTo(MapPoint)),
    links: Type.Array(refTo(AgreementLink)),
    undrawn: Type.Object(
      {
        total: Type.Integer({ minimum: 0 }),
        agreements: Type.Array(Type.Object({ id: Id, title: LocalizedText }), { maxItems: UNDRAWN_LISTED }),
      },
      {
        description:
          'Agreements of the same selection that no link stands for: fewer than two of their parties have a place with coordinates',
      },
    ),
  }),
);

export type PortalSearchResults = Static<typeof PortalSearchResults>;
export type Suggestion = Static<typeof Suggestion>;
export type KeyFigures = Static<typeof KeyFigures>;
export type MapPoint = Static<typeof MapPoint>;
export type AgreementLink = Static<typeof AgreementLink>;
export type AgreementLinks = Static<typeof AgreementLinks>;
