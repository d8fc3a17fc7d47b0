import { type Static, Type } from 'typebox';
import { Id, LocalizedText, Nullable, named, refTo } from '../shared/schemas.ts';

/** What one search over everything finds: a few of each kind of record. */
export const PortalSearchResults = named(
  'PortalSearchResults',
  Type.Object({
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
      }),
    ),
    people: Type.Array(Type.Object({ id: Id, name: Type.String(), names: LocalizedText })),
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

export const AgreementLinks = named(
  'AgreementLinks',
  Type.Object({ points: Type.Array(refTo(MapPoint)), links: Type.Array(refTo(AgreementLink)) }),
);

export type PortalSearchResults = Static<typeof PortalSearchResults>;
export type KeyFigures = Static<typeof KeyFigures>;
export type MapPoint = Static<typeof MapPoint>;
export type AgreementLink = Static<typeof AgreementLink>;
export type AgreementLinks = Static<typeof AgreementLinks>;
