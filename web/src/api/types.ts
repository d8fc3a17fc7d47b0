import type { components, paths } from './schema';

// Names for the shapes the web application sends and reads, taken from the operations of the
// server's OpenAPI document (never written by hand): when the API changes, `npm run api:types`
// regenerates schema.d.ts and every form or page that no longer fits is a type error.

/** RFC 9457 problem details: how the server answers every error. */
export type Problem = components['schemas']['Problem'];

/** An agreement as read by its id, with everything an editor shows. */
export type Agreement = paths['/api/agreements/{id}']['get']['responses'][200]['content']['application/json'];

/** What recording a new agreement takes. */
export type AgreementInput = paths['/api/agreements']['post']['requestBody']['content']['application/json'];

/** What an edit of an agreement's details takes. */
export type AgreementChanges =
  paths['/api/agreements/{id}']['patch']['requestBody']['content']['application/json'];

/** The filters, order and page of the list of agreements. */
export type AgreementListQuery = NonNullable<paths['/api/agreements']['get']['parameters']['query']>;

/** An organization as read by its id. */
export type Organization =
  paths['/api/organizations/{id}']['get']['responses'][200]['content']['application/json'];

/** What recording a new organization takes. */
export type OrganizationInput =
  paths['/api/organizations']['post']['requestBody']['content']['application/json'];

/** What an edit of an organization takes. */
export type OrganizationChanges =
  paths['/api/organizations/{id}']['patch']['requestBody']['content']['application/json'];

/** A source cited for a record, with the passage quoted. */
export type Citation = components['schemas']['Citation'];

/** A place on the map of links. */
export type MapPoint = components['schemas']['MapPoint'];

/** One agreement drawn as a link between two places. */
export type AgreementLink = components['schemas']['AgreementLink'];

/** A name an import left for review, with its candidates and the pairs it holds back. */
export type ImportReview = components['schemas']['ImportReview'];

/** A place offered for a name under review, with why. */
export type ImportReviewCandidate = components['schemas']['ImportReviewCandidate'];
