import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listAgreements } from '../agreements/reading.ts';
import { AgreementListQuery, type AgreementSummary } from '../agreements/schemas.ts';
import { listEvents } from '../events/events.ts';
import type { Event } from '../events/schemas.ts';
import { readerOfRequest } from '../http/reader.ts';
import { listNetworks } from '../networks/networks.ts';
import { listOrganizations } from '../organizations/organizations.ts';
import { type Organization, OrganizationQuery } from '../organizations/schemas.ts';
import { listPeople, withVisibleContacts } from '../people/people.ts';
import { type Person, PersonListQuery } from '../people/schemas.ts';
import type { UiLanguage } from '../shared/languages.ts';
import { pickLocalized } from '../shared/localized.ts';
import { MAX_PAGE_SIZE } from '../shared/pagination.ts';
import { PageQuery } from '../shared/schemas.ts';
import { countryName, exportLabel } from './labels.ts';
import {
  allPages,
  type ExportColumn,
  exportLanguage,
  exportQuery,
  exportResponses,
  replyWithExport,
} from './lists.ts';

// Each list of the registry as a file: GET /api/<list>/export?format=csv|xlsx with the list's own
// filters. Each reads its list page after page with the list's own code, for the same reader, so a
// file never holds a record the list would not show them.

const EXPORT_DESCRIPTION =
  'Takes the list’s filters (without `limit` and `cursor`) and answers with every item they select, ' +
  'in the list’s order, as a file to save: `format=csv` (UTF-8 with a byte order mark, dates as ' +
  'YYYY-MM-DD) or `format=xlsx` (dates as dates). Headers and enumerated values are in `lang`, or in ' +
  'the language Accept-Language prefers. The reader sees in it exactly what the list shows them.';

const localized = (language: UiLanguage, text: Record<string, string | undefined>) =>
  pickLocalized(text, language) ?? '';
const joined = (values: Iterable<string>) => [...values].filter(Boolean).join('; ');

export function agreementColumns(language: UiLanguage): ExportColumn<AgreementSummary>[] {
  const label = (key: string) => exportLabel(language, key);
  return [
    { header: label('column.id'), width: 38, value: (item) => item.id },
    { header: label('column.title'), width: 48, value: (item) => localized(language, item.title) },
    { header: label('column.type'), value: (item) => label(`type.${item.type}`) },
    { header: label('column.status'), value: (item) => label(`agreement_status.${item.status}`) },
    {
      header: label('column.themes'),
      width: 36,
      value: (item) => joined(item.themes.map((theme) => label(`theme.${theme}`))),
    },
    {
      header: label('column.parties'),
      width: 48,
      value: (item) =>
        joined(
          item.parties.map((party) =>
            party.organization
              ? localized(language, party.organization.name)
              : localized(language, party.description ?? {}),
          ),
        ),
    },
    {
      header: label('column.countries'),
      width: 30,
      value: (item) =>
        joined(
          new Set(
            item.parties.map((party) =>
              countryName(language, party.countryCode ?? party.organization?.countryCode),
            ),
          ),
        ),
    },
    { header: label('column.signed_on'), date: true, value: (item) => item.signedOn },
    { header: label('column.starts_on'), date: true, value: (item) => item.startsOn },
    { header: label('column.ends_on'), date: true, value: (item) => item.endsOn },
    { header: label('column.visibility'), value: (item) => label(`visibility.${item.visibility}`) },
  ];
}

function organizationColumns(language: UiLanguage): ExportColumn<Organization>[] {
  const label = (key: string) => exportLabel(language, key);
  return [
    { header: label('column.id'), width: 38, value: (item) => item.id },
    { header: label('column.name'), width: 48, value: (item) => localized(language, item.name) },
    { header: label('column.acronym'), width: 12, value: (item) => item.acronym },
    { header: label('column.kind'), value: (item) => label(`organization_kind.${item.kind}`) },
    { header: label('column.country'), value: (item) => countryName(language, item.countryCode) },
    { header: label('column.website'), width: 36, value: (item) => item.website },
    { header: label('column.founded_on'), date: true, value: (item) => item.foundedOn },
  ];
}

function personColumns(language: UiLanguage): ExportColumn<Person>[] {
  const label = (key: string) => exportLabel(language, key);
  return [
    { header: label('column.id'), width: 38, value: (item) => item.id },
    {
      header: label('column.name'),
      width: 36,
      value: (item) => pickLocalized(item.names, language) ?? item.name,
    },
    { header: label('column.email'), width: 32, value: (item) => item.email },
    { header: label('column.phone'), width: 20, value: (item) => item.phone },
  ];
}

function eventColumns(language: UiLanguage): ExportColumn<Event>[] {
  const label = (key: string) => exportLabel(language, key);
  return [
    { header: label('column.id'), width: 38, value: (item) => item.id },
    { header: label('column.title'), width: 48, value: (item) => localized(language, item.title) },
    { header: label('column.kind'), value: (item) => label(`event_kind.${item.kind}`) },
    { header: label('column.status'), value: (item) => label(`event_status.${item.status}`) },
    { header: label('column.start_date'), date: true, value: (item) => item.startDate },
    { header: label('column.end_date'), date: true, value: (item) => item.endDate },
  ];
}

const AgreementExportQuery = exportQuery(AgreementListQuery);
const OrganizationExportQuery = exportQuery(OrganizationQuery);
const PersonExportQuery = exportQuery(PersonListQuery);
const EventExportQuery = exportQuery(Type.Object({ ...PageQuery }, { additionalProperties: false }));
const NetworkExportQuery = exportQuery(Type.Object({}, { additionalProperties: false }));

export const listExportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;

  app.get(
    '/agreements/export',
    {
      schema: {
        tags: ['agreements'],
        summary: 'Download the agreements the filters select, as CSV or XLSX',
        description: EXPORT_DESCRIPTION,
        querystring: AgreementExportQuery,
        response: exportResponses('agreement', 422),
      },
    },
    async (request, reply) => {
      const { format, lang, ...filters } = request.query;
      const language = exportLanguage(request, lang);
      const reader = await readerOfRequest(request);
      const rows = await allPages((cursor) =>
        listAgreements(db(), { ...filters, limit: MAX_PAGE_SIZE, cursor }, reader),
      );
      return replyWithExport(request, reply, {
        name: 'agreements',
        format,
        language,
        columns: agreementColumns(language),
        rows,
      });
    },
  );

  app.get(
    '/organizations/export',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Download the organizations the filters select, as CSV or XLSX',
        description: EXPORT_DESCRIPTION,
        querystring: OrganizationExportQuery,
        response: exportResponses('organization', 422),
      },
    },
    async (request, reply) => {
      const { format, lang, ...filters } = request.query;
      const language = exportLanguage(request, lang);
      const rows = await allPages((cursor) =>
        listOrganizations(db(), { ...filters, limit: MAX_PAGE_SIZE, cursor }),
      );
      return replyWithExport(request, reply, {
        name: 'organizations',
        format,
        language,
        columns: organizationColumns(language),
        rows,
      });
    },
  );

  app.get(
    '/people/export',
    {
      schema: {
        tags: ['people'],
        summary: 'Download the people the filters select, as CSV or XLSX',
        description: `${EXPORT_DESCRIPTION} Contact details are in it where the list shows them.`,
        querystring: PersonExportQuery,
        response: exportResponses('person', 422),
      },
    },
    async (request, reply) => {
      const { format, lang, ...filters } = request.query;
      const language = exportLanguage(request, lang);
      // Each page's contact details hidden as the list hides them.
      const rows = await allPages(async (cursor) => {
        const page = await listPeople(db(), { ...filters, limit: MAX_PAGE_SIZE, cursor });
        return { ...page, items: await withVisibleContacts(db(), request.principal, page.items) };
      });
      return replyWithExport(request, reply, {
        name: 'people',
        format,
        language,
        columns: personColumns(language),
        rows,
      });
    },
  );

  app.get(
    '/networks/export',
    {
      schema: {
        tags: ['networks'],
        summary: 'Download the networks and clubs of local authorities, as CSV or XLSX',
        description: EXPORT_DESCRIPTION,
        querystring: NetworkExportQuery,
        response: exportResponses('network', 422),
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const language = exportLanguage(request, lang);
      const rows = await allPages(async () => ({ items: await listNetworks(db()), nextCursor: null }));
      return replyWithExport(request, reply, {
        name: 'networks',
        format,
        language,
        columns: organizationColumns(language),
        rows,
      });
    },
  );

  app.get(
    '/events/export',
    {
      schema: {
        tags: ['events'],
        summary: 'Download the events, as CSV or XLSX',
        description: EXPORT_DESCRIPTION,
        querystring: EventExportQuery,
        response: exportResponses('event', 422),
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const language = exportLanguage(request, lang);
      const rows = await allPages((cursor) => listEvents(db(), { limit: MAX_PAGE_SIZE, cursor }));
      return replyWithExport(request, reply, {
        name: 'events',
        format,
        language,
        columns: eventColumns(language),
        rows,
      });
    },
  );
};
