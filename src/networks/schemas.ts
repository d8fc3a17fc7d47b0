import { type Static, Type } from 'typebox';
import { Organization, OrganizationListItem } from '../organizations/schemas.ts';
import { AllowedActions, Citation, Id, LocalizedText, Nullable, named, refTo } from '../shared/schemas.ts';

/** A member of a network or of one of its bodies: an organization or a person, in a role. */
export const NetworkMember = named(
  'NetworkMember',
  Type.Object({
    membershipId: Id,
    role: Type.String(),
    startDate: Nullable(Type.String()),
    endDate: Nullable(Type.String()),
    organization: Nullable(refTo(Organization)),
    person: Nullable(
      Type.Object({
        id: Id,
        name: Type.String(),
        names: LocalizedText,
        organizations: Type.Array(
          Type.Object({
            id: Id,
            kind: Type.String(),
            name: LocalizedText,
            countryCode: Nullable(Type.String()),
          }),
          { description: 'The organizations where the person holds a post: whom a seat’s holder comes from' },
        ),
      }),
    ),
  }),
);

/** A governing body of a network (the coordination council…), with its own members. */
export const NetworkBody = named(
  'NetworkBody',
  Type.Object({ ...Organization.properties, members: Type.Array(refTo(NetworkMember)) }),
);

/** A network with its members, its governing bodies and its sources. */
export const NetworkDetail = named(
  'NetworkDetail',
  Type.Object({
    ...Organization.properties,
    members: Type.Array(refTo(NetworkMember)),
    bodies: Type.Array(refTo(NetworkBody)),
    sources: Type.Array(refTo(Citation)),
    allowedActions: AllowedActions,
  }),
);

export const NetworkList = named(
  'NetworkList',
  Type.Object({ items: Type.Array(refTo(OrganizationListItem)) }),
);

export type NetworkMember = Static<typeof NetworkMember>;
export type NetworkBody = Static<typeof NetworkBody>;
export type NetworkDetail = Static<typeof NetworkDetail>;
