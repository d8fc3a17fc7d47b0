import { type Static, Type } from 'typebox';
import { Organization, OrganizationListItem } from '../organizations/schemas.ts';
import { AllowedActions, Citation, Id, LocalizedText, Nullable, named, refTo } from '../shared/schemas.ts';
import { ADMISSION_BY } from './admission-rules.ts';

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

/** An agreement declared to a network by a member, and the network's word on it. */
export const AgreementDeclaration = named(
  'AgreementDeclaration',
  Type.Object({
    id: Id,
    agreementId: Id,
    agreementTitle: LocalizedText,
    network: Type.Object({ id: Id, name: LocalizedText }),
    declaredBy: Type.Object({ id: Id, name: LocalizedText }),
    status: Type.Union([Type.Literal('declared'), Type.Literal('validated'), Type.Literal('returned')], {
      description:
        'declared: the member’s word, waiting for the network’s; validated: the network vouches for it; returned: sent back to the member, with a reason',
    }),
    reason: Nullable(
      Type.String({
        description: 'Why it was returned: shown to the network and the member that declared it',
      }),
    ),
    decidedAt: Nullable(Type.String({ format: 'date-time' })),
    version: Type.Integer(),
    allowedActions: AllowedActions,
  }),
);

export const DeclarationStep = named(
  'DeclarationStep',
  Type.Object(
    {
      action: Type.Union([Type.Literal('validate'), Type.Literal('return'), Type.Literal('redeclare')]),
      reason: Type.Optional(Type.String({ maxLength: 2000 })),
    },
    { additionalProperties: false },
  ),
);

export type AgreementDeclaration = Static<typeof AgreementDeclaration>;
export type DeclarationStep = Static<typeof DeclarationStep>;

/** Who admits, suspends, reinstates and excludes a network's members. */
export const NetworkRules = named(
  'NetworkRules',
  Type.Object({
    networkId: Id,
    admissionBy: Type.Enum(ADMISSION_BY, {
      description: 'The secretariat, or a body by a resolution (then those steps cite its adopted decision)',
    }),
    admissionBodyId: Nullable(Id),
    version: Type.Integer({
      description: '0 while the network has written no rules: its secretariat decides',
    }),
  }),
);

export const NetworkRulesInput = named(
  'NetworkRulesInput',
  Type.Object(
    { admissionBy: Type.Enum(ADMISSION_BY), admissionBodyId: Type.Optional(Nullable(Id)) },
    { additionalProperties: false },
  ),
);
