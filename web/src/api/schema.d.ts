// Generated from the API's OpenAPI document by `npm run api:types`; do not edit.
export interface paths {
    "/api/admin/backup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A backup of the whole database, every record (platform admins)
         * @description The same gzip’d NDJSON stream as `jumelage backup` (README: Backup and restore), read from one consistent snapshot while the server goes on serving; `jumelage backup --server` calls it with an API token. A stream cut short lacks its trailer line, and `jumelage restore` refuses it.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The backup */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/gzip": string;
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List agreements with their parties, by date of signature (newest first unless sort=oldest) */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description ISO 3166-1 alpha-2 code
                     * @example ML
                     */
                    country?: string;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description An event at which a part of it was signed, or is to be */
                    event?: string;
                    /** @description Page size (default 50) */
                    limit?: number;
                    /** @description Record id (UUID) */
                    network?: string;
                    /** @description Record id (UUID) */
                    party?: string;
                    q?: string;
                    /** @description A person who signed a part of it */
                    signatory?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    signedFrom?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    signedTo?: string;
                    /** @description By date of signature; never-signed agreements last */
                    sort?: "newest" | "oldest";
                    status?: "proposed" | "negotiating" | "awaiting_approval" | "approved" | "partially_signed" | "signed" | "in_force" | "suspended" | "ended" | "withdrawn";
                    theme?: "local_development" | "ecological_transition" | "social_cohesion" | "sustainable_development" | "youth_empowerment" | "trade" | "culture" | "tourism" | "education" | "health" | "water_sanitation" | "agriculture" | "urban_planning" | "governance" | "solidarity" | "peace_security" | "sport" | "gender_equality" | "digital";
                    type?: "twinning" | "friendship_cooperation_protocol" | "cooperation_agreement" | "memorandum_of_understanding" | "other";
                    /** @description A network that validated it (its members declared it) */
                    validatedBy?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementPage"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record an agreement
         * @description A new agreement is `proposed` unless `status` records one already under way (e.g. `signed`, with its signed parts). The recorded status must agree with the parts and with the approval policies.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgreementInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agreement: parties, parts and signatories, approvals, status history, documents, sources */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description The version of the record, `"<version>"` (as `version` in the body): send it back in If-Match */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementDetail"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of an agreement (parties only before signature)
         * @description Send the ETag of the agreement as you loaded it in If-Match: if it changed since (any edit, transition, part, signatory, approval, document or source), the change is refused with 412.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the record as the edit was made on it (from GET or the last edit), or `*`. A stale one is refused with 412, whose problem gives `currentVersion`. Required (428 without it) for edits from a browser signed in with the session cookie (requests carrying Sec-Fetch-Site or Sec-Fetch-Mode); API tokens and other clients may omit it, and then overwrite whatever version is current. */
                    "if-match"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgreementChanges"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description The version of the record, `"<version>"` (as `version` in the body): send it back in If-Match */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/agreements/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a supervising authority's decision */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApprovalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The corrections of an agreement: confirmed ones for every reader, all for those who act for it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementCorrection"][];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Propose a correction of a signed part, saying why the recorded value is wrong
         * @description A signed part is not edited in place: the correction waits for a secretariat of a network all parties belong to, or a platform admin, other than its proposer, to confirm it.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CorrectionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementCorrection"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The networks an agreement was declared to, and whether each validated it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementDeclaration"][];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/declarations/{networkId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a declared agreement, or return it with a reason (the network’s secretariat); declare it again once corrected (the member) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the record as the edit was made on it (from GET or the last edit), or `*`. A stale one is refused with 412, whose problem gives `currentVersion`. Required (428 without it) for edits from a browser signed in with the session cookie (requests carrying Sec-Fetch-Site or Sec-Fetch-Mode); API tokens and other clients may omit it, and then overwrite whatever version is current. */
                    "if-match"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                    /** @description Record id (UUID) */
                    networkId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DeclarationStep"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementDeclaration"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload the signed text (PDF, or a PNG or JPEG scan) in one language
         * @description multipart/form-data with fields `language` (ISO 639-1), optional `partId` and `visibility`, then `file` (a PDF, PNG or JPEG, at most 20 MB). The type is read from the content, not the name.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description The signed text, as PDF, PNG or JPEG
                         */
                        file: string;
                        /**
                         * @description ISO 639-1 code
                         * @example ar
                         */
                        language: string;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        partId?: string;
                        /** @enum {unknown} */
                        visibility?: "public" | "members" | "restricted";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementDocument"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document, with its SHA-256 in the ETag and Digest headers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    documentId: string;
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/documents/{documentId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a document, with the reason: kept for its editors, struck through; gone from public pages */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    documentId: string;
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WithdrawalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a part: a further part, a renewal or an amendment */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PartInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/parts/{partId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a part; setting signedOn records its signature and updates the agreement status
         * @description A part is edited as part of its agreement: If-Match takes the ETag of the agreement, and a stale one is refused with 412.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the record as the edit was made on it (from GET or the last edit), or `*`. A stale one is refused with 412, whose problem gives `currentVersion`. Required (428 without it) for edits from a browser signed in with the session cookie (requests carrying Sec-Fetch-Site or Sec-Fetch-Mode); API tokens and other clients may omit it, and then overwrite whatever version is current. */
                    "if-match"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                    /** @description Record id (UUID) */
                    partId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PartChanges"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description The version of the record, `"<version>"` (as `version` in the body): send it back in If-Match */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/agreements/{id}/parts/{partId}/signatories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a signatory or a witness to a part */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                    /** @description Record id (UUID) */
                    partId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignatoryInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cite a source for this agreement, with the supporting passage */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CitationInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Citation"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/sources/{citationId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a citation, with the reason: kept for its editors, struck through; gone from public pages */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    citationId: string;
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WithdrawalInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an agreement to another status, saying why
         * @description proposed → negotiating → awaiting_approval → approved → partially_signed → signed → in_force ↔ suspended → ended; withdrawn from any status before signature. An illegal move, or one lacking a required approval, is 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgreementStatusChange"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description The version of the record, `"<version>"` (as `version` in the body): send it back in If-Match */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agreements/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the agreements the filters select, as CSV or XLSX
         * @description Takes the list’s filters (without `limit` and `cursor`) and answers with every item they select, in the list’s order, as a file to save: `format=csv` (UTF-8 with a byte order mark, dates as YYYY-MM-DD) or `format=xlsx` (dates as dates). Headers and enumerated values are in `lang`, or in the language Accept-Language prefers. The reader sees in it exactly what the list shows them.
         */
        get: {
            parameters: {
                query: {
                    /**
                     * @description ISO 3166-1 alpha-2 code
                     * @example ML
                     */
                    country?: string;
                    /** @description An event at which a part of it was signed, or is to be */
                    event?: string;
                    /** @description csv (UTF-8 with a byte order mark) or xlsx */
                    format: "csv" | "xlsx";
                    /** @description Language of headers and values; by default the one Accept-Language prefers */
                    lang?: "ar" | "fr" | "en";
                    /** @description Record id (UUID) */
                    network?: string;
                    /** @description Record id (UUID) */
                    party?: string;
                    q?: string;
                    /** @description A person who signed a part of it */
                    signatory?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    signedFrom?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    signedTo?: string;
                    /** @description By date of signature; never-signed agreements last */
                    sort?: "newest" | "oldest";
                    status?: "proposed" | "negotiating" | "awaiting_approval" | "approved" | "partially_signed" | "signed" | "in_force" | "suspended" | "ended" | "withdrawn";
                    theme?: "local_development" | "ecological_transition" | "social_cohesion" | "sustainable_development" | "youth_empowerment" | "trade" | "culture" | "tourism" | "education" | "health" | "water_sanitation" | "agriculture" | "urban_planning" | "governance" | "solidarity" | "peace_security" | "sport" | "gender_equality" | "digital";
                    type?: "twinning" | "friendship_cooperation_protocol" | "cooperation_agreement" | "memorandum_of_understanding" | "other";
                    /** @description A network that validated it (its members declared it) */
                    validatedBy?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every agreement the filters select, as a file to save (Content-Disposition: attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approval-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Countries whose parties need a supervising authority’s approval, and from which status */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApprovalPolicy"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approval-policies/{countryCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Require an approval for the parties of a country from a given status on */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /**
                     * @description ISO 3166-1 alpha-2 code
                     * @example ML
                     */
                    countryCode: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApprovalPolicyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApprovalPolicy"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail of one record (entity and id), or of one actor (platform admins)
         * @description Who changed what, when, from where, before and after. `actor` is `user:<id>`.
         */
        get: {
            parameters: {
                query: {
                    actor: string;
                    entity: string;
                    id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditChange"][];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change my email address: a link goes to the new one, a notice to the old one
         * @description Asks for the password again. The address changes when the link is opened.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EmailChangeInput"];
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountNotice"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a new email address with the token from the link sent to it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EmailChangeConfirmation"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConfirmedEmail"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What an invitation offers (address, roles), for the sign-up page */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvitationLookup"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationAnswer"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, and the roles they hold where */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrentAccount"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password; my other sessions are closed, and my API tokens unless I keep them */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordChangeInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password-reset link by email
         * @description The answer is the same whether or not the address has an account.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordResetRequest"];
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountNotice"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with the token from the reset email; closes every session and revokes every API token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordResetInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My open sessions (browsers and devices signed in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionList"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Close one of my sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignInInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedIn"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: closes this session and clears its cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create my account with an invitation; signs me in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignUpInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedIn"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether two-factor sign-in is on, and how many recovery codes are left */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TwoFactorStatus"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn off two-factor sign-in (not for platform admins, who must keep it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordConfirmation"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn on two-factor sign-in with a code from the app; answers the recovery codes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TwoFactorCode"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecoveryCodes"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New recovery codes, replacing all the old ones */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordConfirmation"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecoveryCodes"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start turning on two-factor sign-in: a secret for the authenticator app
         * @description Asks for the password again. Show `otpauthUri` as a QR code (or `secret` to type in), then confirm with POST /api/auth/two-factor/enable.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordConfirmation"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TwoFactorSetup"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/governance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A body’s rules (quorum, majorities, proxies), its seats by category with their holders, and vacancies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BodyGovernance"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Set a body’s rules and seat counts (its network’s secretariat) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BodyGovernanceInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BodyGovernance"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/mandates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a person a seat of the body, in a post (chair, vice-chair, secretary, treasurer, member), from a date */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MandateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BodyGovernance"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bodies/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A body’s meetings, oldest first (drafts only for its network’s secretariat) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MeetingSummary"][];
                        };
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Plan a meeting of the body (as a draft, convened later) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeetingInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corrections/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a correction, which is applied at once (a secretariat of a shared network, or an admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CorrectionDecision"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementCorrection"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corrections/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a correction (a secretariat of a shared network, or an admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CorrectionDecision"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementCorrection"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/corrections/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a correction one proposed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CorrectionDecision"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementCorrection"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ceremonies, symposiums, launches and delegations */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Page size (default 50) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventPage"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record an event */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event with participants and sources */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description The version of the record, `"<version>"` (as `version` in the body): send it back in If-Match */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of an event
         * @description Send the ETag of the event as you loaded it in If-Match: if it changed since, the change is refused with 412. Participants, when given, replace the list. Every change bumps the version, the SEQUENCE of the event in calendar feeds.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the record as the edit was made on it (from GET or the last edit), or `*`. A stale one is refused with 412, whose problem gives `currentVersion`. Required (428 without it) for edits from a browser signed in with the session cookie (requests carrying Sec-Fetch-Site or Sec-Fetch-Mode); API tokens and other clients may omit it, and then overwrite whatever version is current. */
                    "if-match"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventChanges"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description The version of the record, `"<version>"` (as `version` in the body): send it back in If-Match */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/events/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a planned event
         * @description Only a planned event can be cancelled (409 otherwise); calendar feeds then carry it as STATUS:CANCELLED.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the record as the edit was made on it (from GET or the last edit), or `*`. A stale one is refused with 412, whose problem gives `currentVersion`. Required (428 without it) for edits from a browser signed in with the session cookie (requests carrying Sec-Fetch-Site or Sec-Fetch-Mode); API tokens and other clients may omit it, and then overwrite whatever version is current. */
                    "if-match"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description The version of the record, `"<version>"` (as `version` in the body): send it back in If-Match */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cite a source for this event, with the supporting passage */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CitationInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Citation"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the events, as CSV or XLSX
         * @description Takes the list’s filters (without `limit` and `cursor`) and answers with every item they select, in the list’s order, as a file to save: `format=csv` (UTF-8 with a byte order mark, dates as YYYY-MM-DD) or `format=xlsx` (dates as dates). Headers and enumerated values are in `lang`, or in the language Accept-Language prefers. The reader sees in it exactly what the list shows them.
         */
        get: {
            parameters: {
                query: {
                    /** @description csv (UTF-8 with a byte order mark) or xlsx */
                    format: "csv" | "xlsx";
                    /** @description Language of headers and values; by default the one Accept-Language prefers */
                    lang?: "ar" | "fr" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every event the filters select, as a file to save (Content-Disposition: attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole registry (without the gazetteer and document contents) as one JSON document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Key figures: agreements, organizations and countries they join, networks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KeyFigures"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the server and its database answer (as /health/ready) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process answers (the database is not asked)
         * @description For orchestrators: restart the process only when this fails.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Liveness"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers, so requests can be served
         * @description For orchestrators and load balancers: while the database is unreachable this answers 503 with Retry-After (as every request needing it does); send traffic elsewhere, do not restart the process.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Problem details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Names an import could not settle with confidence, with their candidates, a page at a time
         * @description Open names unless `status` says otherwise, the first put under review first; `country` and `q` (part of the name or the country as the file wrote it) narrow the list; `total` counts every page. Candidates and countries are named in the reader’s language (Accept-Language).
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description ISO 3166-1 alpha-2 code
                     * @example ML
                     */
                    country?: string;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Page size (default 50) */
                    limit?: number;
                    /** @description Part of the name or country as written */
                    q?: string;
                    /** @description open unless said */
                    status?: "open" | "resolved" | "dismissed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReviewPage"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One name under review, with its candidates and the pairs it holds back */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReview"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import-reviews/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a name with a reason: the pairs it holds back are not imported */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ImportReviewDismissal"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReview"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/import-reviews/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Settle a name: pick its place, or make one cited to the list that named it
         * @description In one transaction: the name gets its place, the place its local authority, and the pairs it held back are recorded as twinnings in force citing the list, when their other side is settled too. `version` is the one the reviewer saw: a name settled meanwhile, or changed by an import since, is refused (409).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ImportReviewResolution"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReviewOutcome"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the reader may import twinning lists, and what a file may hold */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementsImportCapabilities"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Queue the preview (dryRun) or the import of a file sent before, with the columns mapped: answers the job to follow
         * @description A mapping naming a header the file does not have, or leaving a column unfound, is refused naming the field (/mapping/city1). The job’s result holds the report (names resolved, pairs, local authorities and agreements created or already there, the names left for review) and, for a preview, what becomes of the first rows.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgreementsImportRequest"];
                };
            };
            responses: {
                /** @description Work that takes time, queued in the database and run by any instance of the server: ask it again for its progress */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/agreements/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a twinning list (CSV or XLSX) to import: answers its headers, the column proposed for each, its first rows
         * @description multipart/form-data with one field `file`: a CSV (UTF-8) or XLSX file with a header line, at most 20 MB. Kept a day.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description A CSV (comma, semicolon or tab separated, UTF-8) or XLSX file with a header line
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportFile"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations I sent (all of them, for a platform admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationList"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite someone by email, with the roles they will hold
         * @description Platform admins may invite anyone to any role; a network secretariat, to roles in its own network (the network, its bodies, its member organizations). The link in the email is valid 14 days, once. The answer is the same whether or not the address, or one that looks like it, has an account: such an account is told by email instead, and a platform admin can give it the roles (POST /api/users/{id}/roles).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InvitationInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationAnswer"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an invitation not yet accepted */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job: its status, phase and progress (done of total), then its result or error */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Work that takes time, queued in the database and run by any instance of the server: ask it again for its progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a job that has not finished: a queued one never starts, a running one stops at its next step (what it did stays) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Work that takes time, queued in the database and run by any instance of the server: ask it again for its progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Agreements as links between located parties, for the map and the network graph
         * @description Given with an ETag: a request sending it back in If-None-Match is answered 304 without a body while the links it would get are the same.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Record id (UUID) */
                    network?: string;
                    /** @description Record id (UUID) */
                    organization?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AgreementLinks"];
                    };
                };
                /** @description The links are those of the entity tag sent in If-None-Match */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting: agenda, attendance with the live quorum, motions and votes (totals public, each member’s vote to the body’s members), decisions, minutes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/agenda-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an item to the agenda (multilingual title and text) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AgendaItemInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/attendance/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record a person’s registration or attendance (present, proxy with its holder, excused, absent); the answer carries the quorum */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                    /** @description Record id (UUID) */
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AttendanceInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keep a decision’s text, with the vote that adopted it and the record it decides on */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DecisionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the meeting’s invitations by email went to and whether they reached them (queued, sending, sent, failed, no address), with totals (the body’s network secretariat) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Who a meeting’s latest round of invitations went to and whether it reached them (queued, sending, sent, failed after its attempts, no_address), with the totals of every round; `jobId` is the job sending it (GET /api/jobs/{id}) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingInvitations"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Send a convened meeting’s invitations again: to everyone as a new round once the meeting changed (never a round already sent), or to those whose delivery failed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SendInvitationsInput"];
                };
            };
            responses: {
                /** @description Who a meeting’s latest round of invitations went to and whether it reached them (queued, sending, sent, failed after its attempts, no_address), with the totals of every round; `jobId` is the job sending it (GET /api/jobs/{id}) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingInvitations"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the minutes of a held meeting (text and document) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MinutesInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/motions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a motion on an agenda item (ordinary or special decision) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MotionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convene, hold, cancel a meeting, or approve its minutes at a later meeting of the body (approvedAtMeetingId) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeetingTransition"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Memberships of a person, in an organization, or of a member organization */
        get: {
            parameters: {
                query?: {
                    /** @description Record id (UUID) */
                    memberOrganization?: string;
                    /** @description Record id (UUID) */
                    organization?: string;
                    /** @description Record id (UUID) */
                    person?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Membership"][];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record that a person (or an organization) belongs to an organization, from a date to a date */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MembershipInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Membership"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/memberships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One membership, with its history (each step with the decision that took it) and, for those acting for either side, its dues */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MembershipDetail"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set or remove the fee of a membership (amount in minor units, ISO 4217 currency, period) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MembershipChanges"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Membership"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/memberships/{id}/dues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the dues of a period (2026, 2026-Q1, 2026-03), at the membership’s fee unless said */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DuesInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MembershipDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/memberships/{id}/dues/{period}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark the dues of a period paid, on a day */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DuesPaymentInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MembershipDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Take back a payment recorded by mistake: the dues are unpaid again */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MembershipDetail"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/memberships/{id}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cite a source for this membership, with the supporting passage */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CitationInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Citation"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/memberships/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A step of a membership: accept or decline a request (the side it waits for accepts; either side declines); suspend, reinstate or exclude a member (the network’s side, citing the decision where its rules give it to a body), leave (the member), or end it, on a date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MembershipTransition"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Membership"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/motions/{id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a vote on a motion, by roll call or by show of hands, while the meeting is convened */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VoteOpenInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Vote"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Networks and clubs of local authorities */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NetworkList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A network with its members and its governing bodies (e.g. the coordination council) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NetworkDetail"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The iCalendar feed of a network: its events, those of its members in force, and the meetings of its bodies once convened */
        get: {
            parameters: {
                query?: {
                    /** @description Language of titles and descriptions; by default the one Accept-Language prefers */
                    lang?: "ar" | "fr" | "en";
                };
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An iCalendar (RFC 5545) file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{id}/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agreements members declared to a network, with its word on each (validated, or waiting for it)
         * @description Oldest declaration first, a page at a time: pass `nextCursor` back as `cursor` for the next page.
         */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Page size (default 50) */
                    limit?: number;
                    status?: "declared" | "validated" | "returned";
                };
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AgreementDeclaration"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{id}/popolo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A network as one Popolo document: its people, organizations, posts and memberships, its bodies’ meetings, motions and votes
         * @description Popolo (https://www.popoloproject.com/) JSON whose objects validate against the Popolo JSON Schemas: `persons`; `organizations` (the network, its bodies with the network as `parent_id`, its member organizations), each with its name in every language among `other_names` (noted `ar`, `fr`, `en`); `posts` (each body’s chair, vice-chair, secretary and treasurer, a member post per seat category, and the posts of the organizations); `memberships` (seat holders and officers of the bodies, admitted members of the network, people in posts of its members; an organization member is named by `member`); `events` (the bodies’ meetings, drafts only for the network’s secretariat); `motions` (with the majority required and the result: `pass`, `fail` or `no_quorum`); `vote_events` with their `counts` for everyone and each member’s vote (`votes`) only for the body’s members and its network’s secretariat. Dates are ISO 8601, times in UTC. Contact details are never in it.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The language of names, labels and texts; every language’s name is among `other_names` too. By default the one Accept-Language prefers */
                    lang?: "ar" | "fr" | "en";
                };
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PopoloDocument"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/{id}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who admits, suspends, reinstates and excludes the network’s members: its secretariat, or a body */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NetworkRules"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Say who admits, suspends, reinstates and excludes the network’s members; with a body, those steps cite its adopted decision */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the record as the edit was made on it (from GET or the last edit), or `*`. A stale one is refused with 412, whose problem gives `currentVersion`. Required (428 without it) for edits from a browser signed in with the session cookie (requests carrying Sec-Fetch-Site or Sec-Fetch-Mode); API tokens and other clients may omit it, and then overwrite whatever version is current. */
                    "if-match"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NetworkRulesInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NetworkRules"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/networks/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the networks and clubs of local authorities, as CSV or XLSX
         * @description Takes the list’s filters (without `limit` and `cursor`) and answers with every item they select, in the list’s order, as a file to save: `format=csv` (UTF-8 with a byte order mark, dates as YYYY-MM-DD) or `format=xlsx` (dates as dates). Headers and enumerated values are in `lang`, or in the language Accept-Language prefers. The reader sees in it exactly what the list shows them.
         */
        get: {
            parameters: {
                query: {
                    /** @description csv (UTF-8 with a byte order mark) or xlsx */
                    format: "csv" | "xlsx";
                    /** @description Language of headers and values; by default the one Accept-Language prefers */
                    lang?: "ar" | "fr" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every network the filters select, as a file to save (Content-Disposition: attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or search organizations
         * @description With `q`, results are ranked by how well a name matches, in any script, and come in one page.
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description ISO 3166-1 alpha-2 code
                     * @example ML
                     */
                    country?: string;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    kind?: "local_authority" | "association_of_local_authorities" | "network" | "body" | "partner_institution";
                    /** @description Page size (default 50) */
                    limit?: number;
                    /** @description Record id (UUID) */
                    network?: string;
                    /** @description Record id (UUID) */
                    parent?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganizationPage"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create an organization */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganizationInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganizationDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organization, with its sources */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description The version of the record, `"<version>"` (as `version` in the body): send it back in If-Match */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganizationDetail"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of an organization
         * @description Send the ETag of the organization as you loaded it in If-Match: if it changed since, the change is refused with 412.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the record as the edit was made on it (from GET or the last edit), or `*`. A stale one is refused with 412, whose problem gives `currentVersion`. Required (428 without it) for edits from a browser signed in with the session cookie (requests carrying Sec-Fetch-Site or Sec-Fetch-Mode); API tokens and other clients may omit it, and then overwrite whatever version is current. */
                    "if-match"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrganizationChanges"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description The version of the record, `"<version>"` (as `version` in the body): send it back in If-Match */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganizationDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/organizations/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The iCalendar feed of an organization: the events it organized or took part in (for a body, its meetings once convened) */
        get: {
            parameters: {
                query?: {
                    /** @description Language of titles and descriptions; by default the one Accept-Language prefers */
                    lang?: "ar" | "fr" | "en";
                };
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An iCalendar (RFC 5545) file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/partner-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Partners a local authority might contact, with the reasons for each
         * @description Other local authorities ranked on likeness (population band, climate zone, region, languages, themes of their agreements) and on the twinning graph (partners in common, how often the two countries twin, shared networks). Only the agreements the reader may read count. Each reason has a code, its values and a sentence in the reader’s language (Accept-Language).
         */
        get: {
            parameters: {
                query?: {
                    /**
                     * @description ISO 3166-1 alpha-2 code
                     * @example ML
                     */
                    country?: string;
                    limit?: number;
                    region?: "AF" | "AN" | "AS" | "EU" | "NA" | "OC" | "SA";
                    size?: "under_10k" | "10k_50k" | "50k_250k" | "250k_1m" | "over_1m";
                    theme?: "local_development" | "ecological_transition" | "social_cohesion" | "sustainable_development" | "youth_empowerment" | "trade" | "culture" | "tourism" | "education" | "health" | "water_sanitation" | "agriculture" | "urban_planning" | "governance" | "solidarity" | "peace_security" | "sport" | "gender_equality" | "digital";
                };
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PartnerSuggestions"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The posts of an organization (mayor, wali, chair…) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Post"][];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the organizations the filters select, as CSV or XLSX
         * @description Takes the list’s filters (without `limit` and `cursor`) and answers with every item they select, in the list’s order, as a file to save: `format=csv` (UTF-8 with a byte order mark, dates as YYYY-MM-DD) or `format=xlsx` (dates as dates). Headers and enumerated values are in `lang`, or in the language Accept-Language prefers. The reader sees in it exactly what the list shows them.
         */
        get: {
            parameters: {
                query: {
                    /**
                     * @description ISO 3166-1 alpha-2 code
                     * @example ML
                     */
                    country?: string;
                    /** @description csv (UTF-8 with a byte order mark) or xlsx */
                    format: "csv" | "xlsx";
                    kind?: "local_authority" | "association_of_local_authorities" | "network" | "body" | "partner_institution";
                    /** @description Language of headers and values; by default the one Accept-Language prefers */
                    lang?: "ar" | "fr" | "en";
                    /** @description Record id (UUID) */
                    network?: string;
                    /** @description Record id (UUID) */
                    parent?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every organization the filters select, as a file to save (Content-Disposition: attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The partner-request board: what local authorities offer or seek
         * @description Open requests unless `status` says otherwise, newest first. Members-only requests are listed for signed-in members of a network the authority belongs to; `network` keeps the requests of that network’s members.
         */
        get: {
            parameters: {
                query?: {
                    kind?: "offer" | "seek";
                    /** @description Record id (UUID) */
                    network?: string;
                    /** @description Record id (UUID) */
                    organization?: string;
                    status?: "open" | "closed" | "withdrawn";
                    theme?: "local_development" | "ecological_transition" | "social_cohesion" | "sustainable_development" | "youth_empowerment" | "trade" | "culture" | "tourism" | "education" | "health" | "water_sanitation" | "agriculture" | "urban_planning" | "governance" | "solidarity" | "peace_security" | "sport" | "gender_equality" | "digital";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PartnerRequestList"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Publish what a local authority offers or seeks (an officer of it) */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PartnerRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PartnerRequest"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One partner request, with the answers the reader may read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PartnerRequest"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner-requests/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a request for another local authority (an officer of it)
         * @description The answer is read by those who act for the request and for the answering authority, no one else.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PartnerRequestAnswerInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PartnerRequest"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partner-requests/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close, reopen or withdraw a request (whoever acts for its authority) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PartnerRequestMove"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PartnerRequest"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or search people (Boutmilat finds Boutomilat) */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Page size (default 50) */
                    limit?: number;
                    /** @description Record id (UUID) */
                    organization?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonPage"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a person */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PersonInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person, with memberships and sources */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description The version of the record, `"<version>"` (as `version` in the body): send it back in If-Match */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetail"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of a person
         * @description Send the ETag of the person as you loaded it in If-Match: if it changed since, the change is refused with 412.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the record as the edit was made on it (from GET or the last edit), or `*`. A stale one is refused with 412, whose problem gives `currentVersion`. Required (428 without it) for edits from a browser signed in with the session cookie (requests carrying Sec-Fetch-Site or Sec-Fetch-Mode); API tokens and other clients may omit it, and then overwrite whatever version is current. */
                    "if-match"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PersonChanges"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        /** @description The version of the record, `"<version>"` (as `version` in the body): send it back in If-Match */
                        etag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetail"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                412: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                428: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/people/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The iCalendar feed of a person: the events they took part in, and the meetings of the bodies where they hold a seat */
        get: {
            parameters: {
                query?: {
                    /** @description Language of titles and descriptions; by default the one Accept-Language prefers */
                    lang?: "ar" | "fr" | "en";
                };
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An iCalendar (RFC 5545) file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the people the filters select, as CSV or XLSX
         * @description Takes the list’s filters (without `limit` and `cursor`) and answers with every item they select, in the list’s order, as a file to save: `format=csv` (UTF-8 with a byte order mark, dates as YYYY-MM-DD) or `format=xlsx` (dates as dates). Headers and enumerated values are in `lang`, or in the language Accept-Language prefers. The reader sees in it exactly what the list shows them. Contact details are in it where the list shows them.
         */
        get: {
            parameters: {
                query: {
                    /** @description csv (UTF-8 with a byte order mark) or xlsx */
                    format: "csv" | "xlsx";
                    /** @description Language of headers and values; by default the one Accept-Language prefers */
                    lang?: "ar" | "fr" | "en";
                    /** @description Record id (UUID) */
                    organization?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every person the filters select, as a file to save (Content-Disposition: attachment) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search places by any name in any script
         * @description Case, Latin accents and Arabic variants (harakat, tatweel, alef/hamza forms, ya/alef maqsura, ta marbuta) are normalized: تمبكتو, Tombouctou and timbuktu all find Timbuktu. Exact names first, then prefixes, then close spellings; among places of one name, the most populous and the seats of administrations first, and for a signed-in reader a place their network already touches (a member, or a public partner of one, is there) before its namesakes.
         */
        get: {
            parameters: {
                query: {
                    /**
                     * @description ISO 3166-1 alpha-2 code
                     * @example ML
                     */
                    country?: string;
                    limit?: number;
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlaceMatches"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a place GeoNames lacks (e.g. a daira of the refugee camps), citing its source */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlaceInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Place"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One place */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Place"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a post in an organization */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PostInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Post"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/press/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The articles submitted, latest first, each with its reading’s progress and its proposals counted */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Page size (default 50) */
                    limit?: number;
                    /** @description Only the articles still being read or with proposals waiting for review */
                    pending?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PressArticlePage"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Submit a press article as text: kept once, read by the extractor in a job
         * @description The language is detected when not given; the publication date read from a dateline when not given (asked for when there is none: relative dates such as “this Friday” are resolved against it). The same text submitted again (whitespace aside) answers 200 with the article already kept, and nothing is read again.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PressArticleInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmittedArticle"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmittedArticle"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/press/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One article with its text, its proposals (each field with its passages) and its background
         * @description Each pending proposal lists the agreements already recorded between the same parties that the reader may see: the one to merge into, perhaps.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PressArticle"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/press/articles/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a press article as a file: an HTML page saved from the web, a PDF with a text layer, or text
         * @description multipart/form-data: a field `file` (at most 20 MB) and, optionally, `title`, `url`, `publisher`, `published` and `language`, which win over what the page says.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description An HTML page saved from the web, a PDF with a text layer, or plain text (UTF-8)
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmittedArticle"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmittedArticle"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/press/proposals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a proposal: its places, local authorities, signatories and agreement recorded, citing the article
         * @description In one transaction, through the same use cases as manual entry: a new place is created with the passage naming it, each place gets its local authority when it has none, each signatory is found by name or created, and the agreement is recorded with its part, signatories and the article as its source. A draft given with the decision is its last correction.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PressProposalAcceptance"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PressProposalDecision"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/press/proposals/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Correct a proposal: its draft replaced as a whole, on the version the reviewer saw */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PressProposalCorrection"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PressProposalDecision"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/press/proposals/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge a proposal into an agreement already recorded: the agreement cites the article too */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PressProposalMerge"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PressProposalDecision"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/press/proposals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a proposal with a reason: nothing enters the registry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PressProposalRejection"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PressProposalDecision"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search organizations, places, people, events and agreements at once, in any script
         * @description Besides a few of each kind, `suggestions` lists them all best match first: a name equal to the query, then one beginning with it (or a word of it), then holding it, then close spellings; a place is suggested as the organization located there.
         */
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalSearchResults"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sources of the registry, the latest recorded first, a page at a time */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Page size (default 50) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SourcePage"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Record a source to cite later */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SourceInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Source"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One source */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Source"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API tokens (without their secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiTokenList"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token; its secret is in this answer only
         * @description Send it as `Authorization: Bearer <token>`. Only a signed-in session can create tokens.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApiTokenInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedApiToken"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my API tokens */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts and their roles */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ManagedUserList"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable an account: its sessions and tokens stop at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled account again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Link an account to its person in the registry (null unlinks): that person then confirms their own posts and keeps their contact details */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PersonLink"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give an account a role in a network, body or organization */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoleGrant"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/roles/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a role away from an account */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    grantId: string;
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/votes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A vote’s totals and result (public); each member’s vote for the body’s members */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Vote"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/votes/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cast your vote (a council member present), or the vote of a member whose proxy you hold; once only, while the vote is open */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description A key of your own (a UUID, say) that makes this create safe to retry: sent again with the same key and body within 24 hours, the request gets the first answer again (with `Idempotent-Replayed: true`) instead of creating a second record. The same key with another body is refused (422); while the first request is still under way, a second waits for its answer, or gets 409 with Retry-After; if the record was made but its answer lost, 409 `idempotency_key.answer_lost`. A refused or failed request leaves the key unused. */
                    "idempotency-key"?: string;
                };
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BallotInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Vote"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/votes/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a vote: its counts, the quorum and the outcome are kept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Vote"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/votes/{id}/show-of-hands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the counts of a show of hands (the secretary), before closing the vote */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ShowOfHandsInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Vote"];
                    };
                };
                /** @description Problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreements of the organizations and networks the caller works for, each with what it still needs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkspaceAgreements"];
                    };
                };
                /** @description Problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountNotice: {
            message: string;
        };
        AgendaItemInput: {
            position?: number;
            text?: components["schemas"]["LocalizedText"];
            title: components["schemas"]["LocalizedText"];
        };
        AgreementApproval: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            agreementId: string;
            authorityName: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            authorityOrganizationId: string | null;
            decidedOn: string | null;
            /** @enum {unknown} */
            decision: "approved" | "refused" | "pending";
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            note: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            partyOrganizationId: string | null;
            reference: string | null;
        };
        AgreementChanges: {
            description?: components["schemas"]["LocalizedText"];
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            endsOn?: string | null;
            parties?: {
                /**
                 * @description ISO 3166-1 alpha-2 code
                 * @example ML
                 */
                countryCode?: string | null;
                description?: components["schemas"]["LocalizedText"] | null;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                organizationId?: string | null;
            }[];
            /** @description Who reads a restricted agreement: accounts, and bodies whose council members read it */
            readers?: {
                bodyIds?: string[];
                userIds?: string[];
            };
            renewal?: ("none" | "tacit" | "by_agreement") | null;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            startsOn?: string | null;
            termMonths?: number | null;
            themes?: ("local_development" | "ecological_transition" | "social_cohesion" | "sustainable_development" | "youth_empowerment" | "trade" | "culture" | "tourism" | "education" | "health" | "water_sanitation" | "agriculture" | "urban_planning" | "governance" | "solidarity" | "peace_security" | "sport" | "gender_equality" | "digital")[];
            title?: components["schemas"]["LocalizedText"];
            /** @enum {unknown} */
            type?: "twinning" | "friendship_cooperation_protocol" | "cooperation_agreement" | "memorandum_of_understanding" | "other";
            /**
             * @description public (default): anyone; members: signed-in members of a network of a party; restricted: the readers named, the officers of the parties and platform admins
             * @enum {unknown}
             */
            visibility?: "public" | "members" | "restricted";
        };
        AgreementCorrection: {
            /** @description What the reader may do with it now */
            actions: {
                /** @description The reader may confirm or reject it */
                decide: boolean;
                /** @description The reader may withdraw it */
                withdraw: boolean;
            };
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            agreementId: string;
            /** Format: date-time */
            decidedAt: string | null;
            decidedBy: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                /** @description The account’s display name */
                name: string;
            } | null;
            decisionNote: string | null;
            /** @enum {unknown} */
            field: "signedOn";
            fromValue: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            partId: string;
            partNumber: number;
            /** Format: date-time */
            proposedAt: string;
            proposedBy: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                /** @description The account’s display name */
                name: string;
            } | null;
            reason: string;
            /** @enum {unknown} */
            status: "proposed" | "confirmed" | "rejected" | "withdrawn";
            toValue: string;
        };
        AgreementDeclaration: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            agreementId: string;
            agreementTitle: components["schemas"]["LocalizedText"];
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            /** Format: date-time */
            decidedAt: string | null;
            declaredBy: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                name: components["schemas"]["LocalizedText"];
            };
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            network: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                name: components["schemas"]["LocalizedText"];
            };
            /** @description Why it was returned: shown to the network and the member that declared it */
            reason: string | null;
            /** @description declared: the member’s word, waiting for the network’s; validated: the network vouches for it; returned: sent back to the member, with a reason */
            status: "declared" | "validated" | "returned";
            version: number;
        };
        AgreementDetail: {
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            approvals: components["schemas"]["AgreementApproval"][];
            /** Format: date-time */
            createdAt: string;
            description: components["schemas"]["LocalizedText"];
            documents: components["schemas"]["AgreementDocument"][];
            endsOn: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            parties: components["schemas"]["AgreementParty"][];
            parts: components["schemas"]["AgreementPart"][];
            /** @description The named readers of a restricted agreement */
            readers: {
                bodyIds: string[];
                userIds: string[];
            };
            renewal: string | null;
            /** @description Date the first part was signed */
            signedOn: string | null;
            sources: components["schemas"]["Citation"][];
            startsOn: string | null;
            /** @enum {unknown} */
            status: "proposed" | "negotiating" | "awaiting_approval" | "approved" | "partially_signed" | "signed" | "in_force" | "suspended" | "ended" | "withdrawn";
            termMonths: number | null;
            themes: ("local_development" | "ecological_transition" | "social_cohesion" | "sustainable_development" | "youth_empowerment" | "trade" | "culture" | "tourism" | "education" | "health" | "water_sanitation" | "agriculture" | "urban_planning" | "governance" | "solidarity" | "peace_security" | "sport" | "gender_equality" | "digital")[];
            title: components["schemas"]["LocalizedText"];
            transitions: components["schemas"]["AgreementTransition"][];
            /** @enum {unknown} */
            type: "twinning" | "friendship_cooperation_protocol" | "cooperation_agreement" | "memorandum_of_understanding" | "other";
            /** Format: date-time */
            updatedAt: string;
            /** @description Bumped by every change to the agreement: its ETag, for If-Match */
            version: number;
            /** @enum {unknown} */
            visibility: "public" | "members" | "restricted";
            /** @description On the answer of a write: what it accepted but points out */
            warnings?: components["schemas"]["RecordWarning"][];
        };
        AgreementDocument: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            agreementId: string;
            contentType: string;
            filename: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            language: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            partId: string | null;
            sha256: string;
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
            /** @enum {unknown} */
            visibility: "public" | "members" | "restricted";
            withdrawal?: components["schemas"]["Withdrawal"];
        };
        AgreementInput: {
            approvals?: components["schemas"]["ApprovalInput"][];
            description?: components["schemas"]["LocalizedText"];
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            endsOn?: string | null;
            parties: {
                /**
                 * @description ISO 3166-1 alpha-2 code
                 * @example ML
                 */
                countryCode?: string | null;
                description?: components["schemas"]["LocalizedText"] | null;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                organizationId?: string | null;
            }[];
            parts?: components["schemas"]["PartInput"][];
            /** @description Who reads a restricted agreement: accounts, and bodies whose council members read it */
            readers?: {
                bodyIds?: string[];
                userIds?: string[];
            };
            renewal?: ("none" | "tacit" | "by_agreement") | null;
            sources?: components["schemas"]["CitationInput"][];
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            startsOn?: string | null;
            /**
             * @description The status to record the agreement in (default `proposed`), under the rules of the transitions that lead there: `signed`, `in_force`, `suspended` and `ended` need every part signed, and each status on the way (approval included) must hold
             * @enum {unknown}
             */
            status?: "proposed" | "negotiating" | "awaiting_approval" | "approved" | "partially_signed" | "signed" | "in_force" | "suspended" | "ended" | "withdrawn";
            statusReason?: string;
            termMonths?: number | null;
            themes?: ("local_development" | "ecological_transition" | "social_cohesion" | "sustainable_development" | "youth_empowerment" | "trade" | "culture" | "tourism" | "education" | "health" | "water_sanitation" | "agriculture" | "urban_planning" | "governance" | "solidarity" | "peace_security" | "sport" | "gender_equality" | "digital")[];
            title: components["schemas"]["LocalizedText"];
            /** @enum {unknown} */
            type: "twinning" | "friendship_cooperation_protocol" | "cooperation_agreement" | "memorandum_of_understanding" | "other";
            /**
             * @description public (default): anyone; members: signed-in members of a network of a party; restricted: the readers named, the officers of the parties and platform admins
             * @enum {unknown}
             */
            visibility?: "public" | "members" | "restricted";
        };
        AgreementLink: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            agreementId: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            from: string;
            status: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            to: string;
            type: string;
        };
        AgreementLinks: {
            links: components["schemas"]["AgreementLink"][];
            points: components["schemas"]["MapPoint"][];
            /** @description Agreements of the same selection that no link stands for: fewer than two of their parties have a place with coordinates */
            undrawn: {
                agreements: {
                    /**
                     * Format: uuid
                     * @description Record id (UUID)
                     */
                    id: string;
                    title: components["schemas"]["LocalizedText"];
                }[];
                total: number;
            };
        };
        AgreementPage: {
            items: components["schemas"]["AgreementSummary"][];
            nextCursor: string | null;
        };
        AgreementPart: {
            extendsTermMonths: number | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @enum {unknown} */
            kind: "original" | "further_part" | "renewal" | "amendment";
            number: number;
            plannedFrom: string | null;
            plannedTo: string | null;
            signatories: components["schemas"]["AgreementSignatory"][];
            signedOn: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            signingEventId: string | null;
            signingPlace: {
                countryCode: string;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                name: string;
                names: components["schemas"]["LocalizedText"];
            } | null;
            title: components["schemas"]["LocalizedText"];
        };
        AgreementParty: {
            countryCode: string | null;
            description: components["schemas"]["LocalizedText"] | null;
            organization: {
                countryCode: string | null;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                kind: string;
                name: components["schemas"]["LocalizedText"];
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                placeId: string | null;
                subkind: string | null;
            } | null;
            position: number;
        };
        AgreementSignatory: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            partyOrganizationId: string | null;
            person: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                name: string;
                names: components["schemas"]["LocalizedText"];
            };
            postLabel: components["schemas"]["LocalizedText"];
            role: string;
        };
        AgreementsImportCapabilities: {
            /** @description import: the reader may send files and import them */
            allowedActions: "import"[];
            columns: ("city1" | "country1" | "city2" | "country2")[];
            maxFileBytes: number;
        };
        AgreementsImportRequest: {
            /** @description Only count what would be created, matched or left for review (the preview); change nothing */
            dryRun: boolean;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            fileId: string;
            mapping?: components["schemas"]["ImportColumnMapping"];
        };
        AgreementStatusChange: {
            reason: string;
            /** @enum {unknown} */
            to: "proposed" | "negotiating" | "awaiting_approval" | "approved" | "partially_signed" | "signed" | "in_force" | "suspended" | "ended" | "withdrawn";
        };
        AgreementSummary: {
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            endsOn: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            parties: components["schemas"]["AgreementParty"][];
            /** @description Date the first part was signed */
            signedOn: string | null;
            startsOn: string | null;
            /** @enum {unknown} */
            status: "proposed" | "negotiating" | "awaiting_approval" | "approved" | "partially_signed" | "signed" | "in_force" | "suspended" | "ended" | "withdrawn";
            themes: ("local_development" | "ecological_transition" | "social_cohesion" | "sustainable_development" | "youth_empowerment" | "trade" | "culture" | "tourism" | "education" | "health" | "water_sanitation" | "agriculture" | "urban_planning" | "governance" | "solidarity" | "peace_security" | "sport" | "gender_equality" | "digital")[];
            title: components["schemas"]["LocalizedText"];
            /** @enum {unknown} */
            type: "twinning" | "friendship_cooperation_protocol" | "cooperation_agreement" | "memorandum_of_understanding" | "other";
            /** @enum {unknown} */
            visibility: "public" | "members" | "restricted";
        };
        AgreementTransition: {
            actor: string;
            /** Format: date-time */
            at: string;
            fromStatus: ("proposed" | "negotiating" | "awaiting_approval" | "approved" | "partially_signed" | "signed" | "in_force" | "suspended" | "ended" | "withdrawn") | null;
            id: number;
            /** @enum {unknown} */
            note: "recorded" | "part_added" | "part_signed" | "changed";
            occurredOn: string | null;
            partNumber: number | null;
            reason: string;
            /** @enum {unknown} */
            toStatus: "proposed" | "negotiating" | "awaiting_approval" | "approved" | "partially_signed" | "signed" | "in_force" | "suspended" | "ended" | "withdrawn";
        };
        ApiToken: {
            /** @enum {unknown} */
            access: "read" | "read_write";
            /** Format: date-time */
            createdAt: string;
            expiresAt: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            lastUsedAt: string | null;
            name: string;
            prefix: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            scopeId: string | null;
        };
        ApiTokenInput: {
            /** @enum {unknown} */
            access: "read" | "read_write";
            expiresInDays?: number | null;
            name: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            scopeId?: string | null;
        };
        ApiTokenList: {
            items: components["schemas"]["ApiToken"][];
        };
        ApprovalInput: {
            authorityName?: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            authorityOrganizationId?: string | null;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            decidedOn?: string | null;
            /** @enum {unknown} */
            decision: "approved" | "refused" | "pending";
            note?: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            partyOrganizationId?: string | null;
            reference?: string | null;
        };
        ApprovalPolicy: {
            countryCode: string;
            description: string | null;
            /** @enum {unknown} */
            requiredFrom: "proposed" | "negotiating" | "awaiting_approval" | "approved" | "partially_signed" | "signed" | "in_force" | "suspended" | "ended" | "withdrawn";
        };
        ApprovalPolicyInput: {
            description?: string | null;
            /** @enum {unknown} */
            requiredFrom: "proposed" | "negotiating" | "awaiting_approval" | "approved" | "partially_signed" | "signed" | "in_force" | "suspended" | "ended" | "withdrawn";
        };
        AttendanceInput: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            proxyHolderId?: string | null;
            /** @enum {unknown} */
            status: "registered" | "present" | "proxy" | "excused" | "absent";
        };
        AuditChange: {
            action: string;
            actor: string;
            after: unknown;
            /** Format: date-time */
            at: string;
            before: unknown;
            /** @description The client’s X-Request-Id, when it sent a well-formed one (≤ 128 of A-Z a-z 0-9 . _ : -) */
            correlationId: string | null;
            entityId: string;
            entityType: string;
            id: number;
            ip: string | null;
            /** @description The server’s id of the request that made the change */
            requestId: string | null;
        };
        BallotInput: {
            /** @enum {unknown} */
            choice: "yes" | "no" | "abstain";
            /**
             * Format: uuid
             * @description The member whose proxy you hold; yourself when absent
             */
            memberId?: string;
        };
        BodyGovernance: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            bodyId: string;
            mayManage: boolean;
            rules: components["schemas"]["BodyRules"];
            seatCount: number;
            seats: {
                category: string;
                count: number;
                holders: {
                    endDate: string | null;
                    /**
                     * Format: uuid
                     * @description Record id (UUID)
                     */
                    id: string;
                    /**
                     * Format: uuid
                     * @description Record id (UUID)
                     */
                    personId: string;
                    personName: string;
                    /** @enum {unknown} */
                    post: "chair" | "vice_chair" | "secretary" | "treasurer" | "member";
                    /**
                     * Format: uuid
                     * @description Record id (UUID)
                     */
                    seatId: string;
                    startDate: string;
                }[];
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                label: components["schemas"]["LocalizedText"];
                vacant: number;
            }[];
            vacantPosts: ("chair" | "vice_chair" | "secretary" | "treasurer" | "member")[];
        };
        BodyGovernanceInput: {
            rules: components["schemas"]["BodyRules"];
            seats: {
                category: string;
                count: number;
                label?: components["schemas"]["LocalizedText"];
            }[];
        };
        /** @description Quorum as a count of members or a fraction of the seats (rounded up); majorities: simple (yes > no, abstentions not counted), absolute (yes > half of the votes cast, abstentions included), two_thirds (yes ≥ two thirds of the votes cast, abstentions included) */
        BodyRules: {
            maxProxiesPerMember: number;
            /** @enum {unknown} */
            ordinaryMajority: "simple" | "absolute" | "two_thirds";
            proxiesAllowed: boolean;
            quorum: {
                count: number;
                /** @enum {string} */
                kind: "count";
            } | {
                denominator: number;
                /** @enum {string} */
                kind: "fraction";
                numerator: number;
            };
            /** @enum {unknown} */
            specialMajority: "simple" | "absolute" | "two_thirds";
        };
        Citation: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            quote: string | null;
            source: components["schemas"]["Source"];
            withdrawal?: components["schemas"]["Withdrawal"];
        };
        CitationInput: {
            quote?: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            sourceId: string;
        } | {
            quote?: string | null;
            source: components["schemas"]["SourceInput"];
        };
        ConfirmedEmail: {
            email: string;
        };
        CorrectionDecision: {
            note?: string;
        };
        CorrectionInput: {
            /** @enum {unknown} */
            field: "signedOn";
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            partId: string;
            reason: string;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            value: string;
        };
        CreatedApiToken: {
            secret: string;
            token: components["schemas"]["ApiToken"];
        };
        CurrentAccount: {
            roles: components["schemas"]["RoleGrant"][];
            user: components["schemas"]["User"];
        };
        DecisionInput: {
            effect?: ("admit_member" | "suspend_member" | "reinstate_member" | "exclude_member" | "approve_agreement") | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            entityId?: string | null;
            entityType?: ("organization" | "membership" | "agreement" | "person") | null;
            text: components["schemas"]["LocalizedText"];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            voteEventId?: string | null;
        };
        DeclarationStep: {
            action: "validate" | "return" | "redeclare";
            reason?: string;
        };
        DuesInput: {
            amountMinor?: number;
            currency?: string;
            /** @description 2026 (yearly), 2026-Q1 (quarterly), 2026-03 (monthly) */
            period: string;
        };
        DuesPaymentInput: {
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            paidOn: string;
        };
        EmailChangeConfirmation: {
            token: string;
        };
        EmailChangeInput: {
            newEmail: string;
            /** @description The current password, again */
            password: string;
        };
        Event: {
            description: components["schemas"]["LocalizedText"];
            endDate: string | null;
            /** @description Local time (HH:MM) on the last day, in `timezone` */
            endTime: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @enum {unknown} */
            kind: "ceremony" | "signing_ceremony" | "launch" | "symposium" | "conference" | "forum" | "study_visit" | "delegation_visit" | "mission" | "meeting" | "other";
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            organizerId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId: string | null;
            purpose: components["schemas"]["LocalizedText"];
            startDate: string | null;
            /** @description Local time (HH:MM) on the first day, in `timezone` */
            startTime: string | null;
            /** @enum {unknown} */
            status: "planned" | "held" | "cancelled";
            /** @description IANA time zone, e.g. Africa/Dakar */
            timezone: string | null;
            title: components["schemas"]["LocalizedText"];
            /** @description Bumped by every change: its ETag, for If-Match, and its SEQUENCE in calendar feeds */
            version: number;
        };
        EventAgreementPart: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            agreementId: string;
            agreementTitle: components["schemas"]["LocalizedText"];
            kind: string;
            number: number;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            partId: string;
            plannedFrom: string | null;
            plannedTo: string | null;
            signedOn: string | null;
            title: components["schemas"]["LocalizedText"];
        };
        EventChanges: {
            description?: components["schemas"]["LocalizedText"];
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            endDate?: string | null;
            /** @description HH:MM */
            endTime?: string | null;
            /** @enum {unknown} */
            kind?: "ceremony" | "signing_ceremony" | "launch" | "symposium" | "conference" | "forum" | "study_visit" | "delegation_visit" | "mission" | "meeting" | "other";
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            organizerId?: string | null;
            participants?: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                organizationId?: string | null;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                personId?: string | null;
                /** @enum {unknown} */
                role: "organizer" | "host" | "guest_of_honour" | "patron" | "speaker" | "signatory" | "witness" | "delegation_head" | "delegation_member" | "participant" | "attendee";
            }[];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId?: string | null;
            purpose?: components["schemas"]["LocalizedText"];
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            startDate?: string | null;
            /** @description HH:MM */
            startTime?: string | null;
            timezone?: string | null;
            title?: components["schemas"]["LocalizedText"];
        };
        EventDetail: {
            /** @description Parts of public agreements signed, or to be signed, at this event */
            agreementParts: components["schemas"]["EventAgreementPart"][];
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            description: components["schemas"]["LocalizedText"];
            endDate: string | null;
            /** @description Local time (HH:MM) on the last day, in `timezone` */
            endTime: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @enum {unknown} */
            kind: "ceremony" | "signing_ceremony" | "launch" | "symposium" | "conference" | "forum" | "study_visit" | "delegation_visit" | "mission" | "meeting" | "other";
            organizer: {
                countryCode: string | null;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                kind: string;
                name: components["schemas"]["LocalizedText"];
            } | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            organizerId: string | null;
            participants: components["schemas"]["EventParticipant"][];
            place: {
                countryCode: string;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                name: string;
                names: components["schemas"]["LocalizedText"];
            } | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId: string | null;
            purpose: components["schemas"]["LocalizedText"];
            sources: components["schemas"]["Citation"][];
            startDate: string | null;
            /** @description Local time (HH:MM) on the first day, in `timezone` */
            startTime: string | null;
            /** @enum {unknown} */
            status: "planned" | "held" | "cancelled";
            /** @description IANA time zone, e.g. Africa/Dakar */
            timezone: string | null;
            title: components["schemas"]["LocalizedText"];
            /** @description Bumped by every change: its ETag, for If-Match, and its SEQUENCE in calendar feeds */
            version: number;
        };
        EventInput: {
            description?: components["schemas"]["LocalizedText"];
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            endDate?: string | null;
            /** @description HH:MM */
            endTime?: string | null;
            /** @enum {unknown} */
            kind: "ceremony" | "signing_ceremony" | "launch" | "symposium" | "conference" | "forum" | "study_visit" | "delegation_visit" | "mission" | "meeting" | "other";
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            organizerId?: string | null;
            participants?: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                organizationId?: string | null;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                personId?: string | null;
                /** @enum {unknown} */
                role: "organizer" | "host" | "guest_of_honour" | "patron" | "speaker" | "signatory" | "witness" | "delegation_head" | "delegation_member" | "participant" | "attendee";
            }[];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId?: string | null;
            purpose?: components["schemas"]["LocalizedText"];
            sources?: components["schemas"]["CitationInput"][];
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            startDate?: string | null;
            /** @description HH:MM */
            startTime?: string | null;
            /** @enum {unknown} */
            status?: "planned" | "held" | "cancelled";
            timezone?: string | null;
            title: components["schemas"]["LocalizedText"];
        };
        EventListItem: {
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            description: components["schemas"]["LocalizedText"];
            endDate: string | null;
            /** @description Local time (HH:MM) on the last day, in `timezone` */
            endTime: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @enum {unknown} */
            kind: "ceremony" | "signing_ceremony" | "launch" | "symposium" | "conference" | "forum" | "study_visit" | "delegation_visit" | "mission" | "meeting" | "other";
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            organizerId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId: string | null;
            purpose: components["schemas"]["LocalizedText"];
            startDate: string | null;
            /** @description Local time (HH:MM) on the first day, in `timezone` */
            startTime: string | null;
            /** @enum {unknown} */
            status: "planned" | "held" | "cancelled";
            /** @description IANA time zone, e.g. Africa/Dakar */
            timezone: string | null;
            title: components["schemas"]["LocalizedText"];
            /** @description Bumped by every change: its ETag, for If-Match, and its SEQUENCE in calendar feeds */
            version: number;
        };
        EventPage: {
            items: components["schemas"]["EventListItem"][];
            nextCursor: string | null;
        };
        EventParticipant: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            organization: {
                countryCode: string | null;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                kind: string;
                name: components["schemas"]["LocalizedText"];
            } | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            organizationId: string | null;
            person: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                name: string;
                names: components["schemas"]["LocalizedText"];
            } | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            personId: string | null;
            /** @enum {unknown} */
            role: "organizer" | "host" | "guest_of_honour" | "patron" | "speaker" | "signatory" | "witness" | "delegation_head" | "delegation_member" | "participant" | "attendee";
        };
        Health: {
            engine: string;
            /** @enum {string} */
            status: "ok";
            version: string;
        };
        HeldRole: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @enum {unknown} */
            role: "network_secretariat" | "council_member" | "municipal_officer" | "reviewer";
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            scopeId: string;
        };
        /** @description The header holding each column; a column left out is recognized by its header’s name (city1, ville 1, المدينة 1…) */
        ImportColumnMapping: {
            /** @description A header of the file, as written */
            city1?: string;
            /** @description A header of the file, as written */
            city2?: string;
            /** @description A header of the file, as written */
            country1?: string;
            /** @description A header of the file, as written */
            country2?: string;
        };
        ImportFile: {
            fileName: string;
            headers: string[];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @description The header proposed for each column, recognized by its name; null when none or several could be */
            proposed: {
                city1: string | null;
                city2: string | null;
                country1: string | null;
                country2: string | null;
            };
            /** @description Rows under the header line */
            rows: number;
            /** @description The first rows, as read */
            sample: {
                [key: string]: string;
            }[];
            /** @description Bytes */
            size: number;
        };
        ImportReview: {
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            candidates: components["schemas"]["ImportReviewCandidate"][];
            /** @description The country as the file wrote it */
            country: string;
            countryCode: string | null;
            /** @description The country recognized, in the reader’s language */
            countryName: string | null;
            /** Format: date-time */
            createdAt: string;
            dismissReason: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @description The name as the file wrote it */
            name: string;
            partners: {
                /** @description As the file wrote it */
                country: string;
                /** @description The country recognized, in the reader’s language */
                countryName: string | null;
                name: string;
                /** @description The partner’s name is itself waiting for a decision: the pair is recorded once both are settled */
                underReview: boolean;
            }[];
            /** @description The place chosen */
            place: {
                countryCode: string;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                name: string;
            } | null;
            /**
             * @description Why the import did not settle it: a country it does not know, no place of that name, several places alike, only close spellings
             * @enum {unknown}
             */
            reason: "unknown_country" | "not_found" | "ambiguous" | "close_only";
            /** Format: date-time */
            resolvedAt: string | null;
            resolvedBy: string | null;
            source: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                publisher: string | null;
                title: string;
                url: string | null;
            } | null;
            /** @enum {unknown} */
            status: "open" | "resolved" | "dismissed";
            /** Format: date-time */
            updatedAt: string;
            /** @description Send it back with a decision: a decision on an older version is refused (409) */
            version: number;
        };
        ImportReviewCandidate: {
            countryCode: string;
            /** @description The country in the reader’s language */
            countryName: string;
            featureCode: string | null;
            latitude: number | null;
            longitude: number | null;
            /**
             * @description Why it was offered: its name exactly in the country, a shortened spelling of what was written (qualifier left out), or a close spelling found by the place search
             * @enum {unknown}
             */
            match: "exact" | "shortened" | "close";
            /** @description The place’s spelling that matched the name as written */
            matchedName: string;
            /** @description The place’s name in the reader’s language when the gazetteer has one */
            name: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId: string;
            population: number;
            /** @description 1 for the likeliest: seats of higher rank, then the most populous */
            rank: number;
            seat: ("capital" | "admin1" | "admin2" | "admin3" | "admin4" | "government") | null;
        };
        ImportReviewDismissal: {
            reason: string;
            /** @description The version of the name as the reviewer saw it */
            version: number;
        };
        ImportReviewOutcome: {
            agreements: {
                created: number;
                matched: number;
            };
            /** @description Pairs still held back: their other side waits for a decision */
            heldPairs: number;
            organizations: {
                created: number;
                matched: number;
            };
            review: components["schemas"]["ImportReview"];
        };
        ImportReviewPage: {
            /** @description The decisions the reader may take on the open names of this list (resolve, dismiss) */
            allowedActions: string[];
            items: components["schemas"]["ImportReview"][];
            nextCursor: string | null;
            /** @description How many names match the filters, on every page */
            total: number;
        };
        /** @description Exactly one of placeId (a place of the gazetteer: one of the candidates, or any other the reviewer knows) and newPlace (made and cited to the list the name came from) */
        ImportReviewResolution: {
            newPlace?: {
                /**
                 * @description ISO 3166-1 alpha-2 code
                 * @example ML
                 */
                countryCode: string;
                latitude?: number | null;
                longitude?: number | null;
                name: string;
                names?: components["schemas"]["LocalizedText"];
                note?: string | null;
            };
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId?: string;
            /** @description The version of the name as the reviewer saw it */
            version: number;
        };
        Invitation: {
            acceptedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            displayName: string | null;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            grants: components["schemas"]["RoleGrant"][];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            invitedBy: string;
            language: string;
            platformAdmin: boolean;
            revokedAt: string | null;
        };
        InvitationAnswer: {
            invitation: components["schemas"]["Invitation"];
        };
        InvitationInput: {
            displayName?: string;
            email: string;
            grants: components["schemas"]["RoleGrant"][];
            /** @enum {unknown} */
            language: "ar" | "fr" | "en";
            platformAdmin?: boolean;
        };
        InvitationList: {
            items: components["schemas"]["Invitation"][];
        };
        InvitationLookup: {
            token: string;
        };
        /** @description The latest round of a meeting’s invitations by email, counted by delivery state (for the body’s network secretariat) */
        InvitationTotals: {
            failed: number;
            method: ("request" | "cancel") | null;
            noAddress: number;
            queued: number;
            round: number | null;
            sending: number;
            sent: number;
            total: number;
        };
        /** @description Work that takes time, queued in the database and run by any instance of the server: ask it again for its progress */
        Job: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            done: number;
            error: {
                code: string;
                field?: string;
                message: string;
            } | null;
            /** Format: date-time */
            finishedAt: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @description What the job does, e.g. agreements_import */
            kind: string;
            /** @description What it is doing now, in the kind’s own words */
            phase: string | null;
            /** @description What it answered, once succeeded (the kind says its shape) */
            result: unknown;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {unknown} */
            status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
            total: number;
            /** Format: date-time */
            updatedAt: string;
        };
        KeyFigures: {
            agreements: number;
            countries: number;
            /** @description Countries of the parties, for filters */
            countryCodes: string[];
            networks: number;
            organizations: number;
        };
        Liveness: {
            /** @enum {string} */
            status: "ok";
            version: string;
        };
        /**
         * @description A text in one or more languages, keyed by ISO 639-1 code
         * @example {
         *       "fr": "Tombouctou",
         *       "en": "Timbuktu",
         *       "ar": "تمبكتو"
         *     }
         */
        LocalizedText: {
            [key: string]: string;
        };
        ManagedUser: {
            /** Format: date-time */
            createdAt: string;
            disabledAt: string | null;
            displayName: string;
            email: string;
            grants: components["schemas"]["HeldRole"][];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            isPlatformAdmin: boolean;
            language: string;
            twoFactorEnabled: boolean;
            /** @description A platform admin without two-factor sign-in: admin rights wait until it is on */
            twoFactorRequired: boolean;
        };
        ManagedUserList: {
            items: components["schemas"]["ManagedUser"][];
        };
        MandateInput: {
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            endDate?: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            personId: string;
            /** @enum {unknown} */
            post?: "chair" | "vice_chair" | "secretary" | "treasurer" | "member";
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            seatId: string;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            startDate: string;
        };
        MapPoint: {
            countryCode: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            latitude: number;
            longitude: number;
            name: components["schemas"]["LocalizedText"];
        };
        Meeting: {
            agenda: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                position: number;
                text: components["schemas"]["LocalizedText"];
                title: components["schemas"]["LocalizedText"];
            }[];
            allowedActions: ("convene" | "hold" | "approve_minutes" | "cancel")[];
            attendance: {
                name: string;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                personId: string;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                proxyHolderId: string | null;
                /** @description Holds a seat on the body on the meeting’s day; a person who does not is a guest, never counted nor voting */
                seated: boolean;
                /** @enum {unknown} */
                status: "registered" | "present" | "proxy" | "excused" | "absent";
            }[];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            bodyId: string;
            decisions: {
                /** @description When its effect was carried out on its record; null while it was not */
                appliedAt: string | null;
                effect: ("admit_member" | "suspend_member" | "reinstate_member" | "exclude_member" | "approve_agreement") | null;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                entityId: string | null;
                entityType: string | null;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                motionId: string | null;
                text: components["schemas"]["LocalizedText"];
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                voteEventId: string | null;
            }[];
            /** Format: date-time */
            endsAt: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            invitations?: components["schemas"]["InvitationTotals"];
            minutes: {
                documentUrl: string | null;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                sourceId: string | null;
                text: components["schemas"]["LocalizedText"];
            } | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            minutesApprovedAtMeetingId: string | null;
            /** @enum {unknown} */
            mode: "in_person" | "online" | "hybrid";
            motions: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                agendaItemId: string;
                /** @enum {unknown} */
                decisionKind: "ordinary" | "special";
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                text: components["schemas"]["LocalizedText"];
                votes: components["schemas"]["Vote"][];
            }[];
            place: string | null;
            quorum: {
                absent: number;
                counted: number;
                excused: number;
                guests: number;
                present: number;
                proxiesNotCounted: number;
                reached: boolean;
                represented: number;
                required: number;
                seats: number;
            };
            /** Format: date-time */
            startsAt: string;
            /** @enum {unknown} */
            status: "draft" | "convened" | "held" | "minutes_approved" | "cancelled";
            timezone: string;
            title: components["schemas"]["LocalizedText"];
            url: string | null;
            version: number;
        };
        MeetingInput: {
            /** Format: date-time */
            endsAt?: string | null;
            /** @enum {unknown} */
            mode: "in_person" | "online" | "hybrid";
            place?: string | null;
            /** Format: date-time */
            startsAt: string;
            /** @example Africa/Dakar */
            timezone: string;
            title: components["schemas"]["LocalizedText"];
            /** Format: uri */
            url?: string | null;
        };
        /** @description Who a meeting’s latest round of invitations went to and whether it reached them (queued, sending, sent, failed after its attempts, no_address), with the totals of every round; `jobId` is the job sending it (GET /api/jobs/{id}) */
        MeetingInvitations: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            jobId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            meetingId: string;
            method: ("request" | "cancel") | null;
            recipients: {
                attempts: number;
                lastError: string | null;
                name: string;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                personId: string;
                /** Format: date-time */
                sentAt: string | null;
                /** @enum {unknown} */
                status: "queued" | "sending" | "sent" | "failed" | "no_address";
            }[];
            round: number | null;
            rounds: {
                round: number;
                totals: {
                    failed: number;
                    noAddress: number;
                    queued: number;
                    sending: number;
                    sent: number;
                    total: number;
                };
            }[];
            totals: {
                failed: number;
                noAddress: number;
                queued: number;
                sending: number;
                sent: number;
                total: number;
            };
        };
        MeetingSummary: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            bodyId: string;
            /** Format: date-time */
            endsAt: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            minutesApprovedAtMeetingId: string | null;
            /** @enum {unknown} */
            mode: "in_person" | "online" | "hybrid";
            place: string | null;
            /** Format: date-time */
            startsAt: string;
            /** @enum {unknown} */
            status: "draft" | "convened" | "held" | "minutes_approved" | "cancelled";
            timezone: string;
            title: components["schemas"]["LocalizedText"];
            url: string | null;
            version: number;
        };
        MeetingTransition: {
            /** @enum {unknown} */
            action: "convene" | "hold" | "approve_minutes" | "cancel";
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            approvedAtMeetingId?: string;
        };
        Membership: {
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            endDate: string | null;
            fee: components["schemas"]["MembershipFee"] | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            label: components["schemas"]["LocalizedText"];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            memberOrganizationId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            organizationId: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            personId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            postId: string | null;
            role: string;
            sources: components["schemas"]["Citation"][];
            startDate: string | null;
            /**
             * @description applied / invited: waiting for the other side; only an active membership counts
             * @enum {unknown}
             */
            status: "applied" | "invited" | "active" | "suspended" | "declined" | "left" | "excluded" | "ended";
        };
        MembershipChanges: {
            fee: components["schemas"]["MembershipFee"] | null;
        };
        MembershipDetail: {
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            dues: components["schemas"]["MembershipDues"][] | null;
            endDate: string | null;
            fee: components["schemas"]["MembershipFee"] | null;
            history: components["schemas"]["MembershipStep"][];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            label: components["schemas"]["LocalizedText"];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            memberOrganizationId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            organizationId: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            personId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            postId: string | null;
            role: string;
            sources: components["schemas"]["Citation"][];
            startDate: string | null;
            /**
             * @description applied / invited: waiting for the other side; only an active membership counts
             * @enum {unknown}
             */
            status: "applied" | "invited" | "active" | "suspended" | "declined" | "left" | "excluded" | "ended";
        };
        MembershipDues: {
            amountMinor: number;
            currency: string;
            paidOn: string | null;
            period: string;
        };
        MembershipFee: {
            amountMinor: number;
            /** @description ISO 4217 currency code */
            currency: string;
            /** @enum {unknown} */
            period: "monthly" | "quarterly" | "yearly" | "one_off";
        };
        MembershipInput: {
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            endDate?: string | null;
            fee?: components["schemas"]["MembershipFee"] | null;
            label?: components["schemas"]["LocalizedText"];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            memberOrganizationId?: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            organizationId: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            personId?: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            postId?: string | null;
            /** @enum {unknown} */
            role: "mayor" | "deputy_mayor" | "council_president" | "president" | "vice_president" | "governor" | "wali" | "secretary_general" | "minister" | "representative" | "project_manager" | "coordinator" | "head_of_department" | "chair" | "member" | "expert" | "activist" | "honorary_citizen" | "other";
            sources?: components["schemas"]["CitationInput"][];
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            startDate?: string | null;
        };
        MembershipStep: {
            /** @enum {unknown} */
            action: "create" | "accept" | "decline" | "suspend" | "reinstate" | "leave" | "exclude" | "end";
            at: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            decisionId: string | null;
            effectiveOn: string;
            fromStatus: ("applied" | "invited" | "active" | "suspended" | "declined" | "left" | "excluded" | "ended") | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            meetingId: string | null;
            /** @description Shown to those acting for either side only */
            reason: string | null;
            /** @enum {unknown} */
            toStatus: "applied" | "invited" | "active" | "suspended" | "declined" | "left" | "excluded" | "ended";
        };
        MembershipTransition: {
            /** @enum {unknown} */
            action: "accept" | "decline" | "suspend" | "reinstate" | "leave" | "exclude" | "end";
            /**
             * Format: uuid
             * @description The decision taking this step; needed for the network’s word on a member when its rules give it to a body
             */
            decisionId?: string | null;
            /**
             * Format: date
             * @description The day the step takes effect (as `on`); today when left out
             */
            effectiveOn?: string | null;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            on?: string | null;
            /** @description Why: needed to suspend or exclude */
            reason?: string | null;
        };
        MinutesInput: {
            /** Format: uri */
            documentUrl?: string | null;
            text: components["schemas"]["LocalizedText"];
        };
        MotionInput: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            agendaItemId: string;
            /** @enum {unknown} */
            decisionKind?: "ordinary" | "special";
            text: components["schemas"]["LocalizedText"];
        };
        NetworkBody: {
            acronym: string | null;
            alternateNames: string[];
            countryCode: string | null;
            description: components["schemas"]["LocalizedText"];
            foundedOn: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @enum {unknown} */
            kind: "local_authority" | "association_of_local_authorities" | "network" | "body" | "partner_institution";
            members: components["schemas"]["NetworkMember"][];
            name: components["schemas"]["LocalizedText"];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            parentId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId: string | null;
            subkind: string | null;
            website: string | null;
        };
        NetworkDetail: {
            acronym: string | null;
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            alternateNames: string[];
            bodies: components["schemas"]["NetworkBody"][];
            countryCode: string | null;
            description: components["schemas"]["LocalizedText"];
            foundedOn: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @enum {unknown} */
            kind: "local_authority" | "association_of_local_authorities" | "network" | "body" | "partner_institution";
            members: components["schemas"]["NetworkMember"][];
            name: components["schemas"]["LocalizedText"];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            parentId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId: string | null;
            sources: components["schemas"]["Citation"][];
            subkind: string | null;
            website: string | null;
        };
        NetworkList: {
            items: components["schemas"]["OrganizationListItem"][];
        };
        NetworkMember: {
            endDate: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            membershipId: string;
            organization: components["schemas"]["Organization"] | null;
            person: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                name: string;
                names: components["schemas"]["LocalizedText"];
                /** @description The organizations where the person holds a post: whom a seat’s holder comes from */
                organizations: {
                    countryCode: string | null;
                    /**
                     * Format: uuid
                     * @description Record id (UUID)
                     */
                    id: string;
                    kind: string;
                    name: components["schemas"]["LocalizedText"];
                }[];
            } | null;
            role: string;
            startDate: string | null;
        };
        NetworkRules: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            admissionBodyId: string | null;
            /**
             * @description The secretariat, or a body by a resolution (then those steps cite its adopted decision)
             * @enum {unknown}
             */
            admissionBy: "secretariat" | "body";
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            networkId: string;
            /** @description 0 while the network has written no rules: its secretariat decides */
            version: number;
        };
        NetworkRulesInput: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            admissionBodyId?: string | null;
            /** @enum {unknown} */
            admissionBy: "secretariat" | "body";
        };
        Organization: {
            acronym: string | null;
            alternateNames: string[];
            countryCode: string | null;
            description: components["schemas"]["LocalizedText"];
            foundedOn: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @enum {unknown} */
            kind: "local_authority" | "association_of_local_authorities" | "network" | "body" | "partner_institution";
            name: components["schemas"]["LocalizedText"];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            parentId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId: string | null;
            subkind: string | null;
            website: string | null;
        };
        OrganizationChanges: {
            acronym?: string | null;
            alternateNames?: string[];
            /**
             * @description ISO 3166-1 alpha-2 code
             * @example ML
             */
            countryCode?: string | null;
            description?: components["schemas"]["LocalizedText"];
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            foundedOn?: string | null;
            name?: components["schemas"]["LocalizedText"];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            parentId?: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId?: string | null;
            subkind?: ("commune" | "rural_commune" | "municipality" | "city" | "town" | "district" | "county" | "intercommunality" | "prefecture" | "province" | "governorate" | "region" | "state" | "wilaya" | "daira" | "refugee_camp_administration" | "national_association" | "regional_association" | "international_association" | "club" | "network" | "platform" | "council" | "committee" | "secretariat" | "assembly" | "board" | "ministry" | "agency" | "fund" | "government" | "international_organization" | "association" | "political_organization" | "media") | null;
            /** Format: uri */
            website?: string | null;
        };
        OrganizationDetail: {
            acronym: string | null;
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            alternateNames: string[];
            countryCode: string | null;
            description: components["schemas"]["LocalizedText"];
            foundedOn: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @enum {unknown} */
            kind: "local_authority" | "association_of_local_authorities" | "network" | "body" | "partner_institution";
            name: components["schemas"]["LocalizedText"];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            parentId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId: string | null;
            sources: components["schemas"]["Citation"][];
            subkind: string | null;
            /** @description Bumped by every change to the organization: its ETag, for If-Match */
            version: number;
            website: string | null;
        };
        OrganizationInput: {
            acronym?: string | null;
            alternateNames?: string[];
            /**
             * @description ISO 3166-1 alpha-2 code
             * @example ML
             */
            countryCode?: string | null;
            description?: components["schemas"]["LocalizedText"];
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            foundedOn?: string | null;
            /** @enum {unknown} */
            kind: "local_authority" | "association_of_local_authorities" | "network" | "body" | "partner_institution";
            name: components["schemas"]["LocalizedText"];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            parentId?: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId?: string | null;
            sources?: components["schemas"]["CitationInput"][];
            subkind?: ("commune" | "rural_commune" | "municipality" | "city" | "town" | "district" | "county" | "intercommunality" | "prefecture" | "province" | "governorate" | "region" | "state" | "wilaya" | "daira" | "refugee_camp_administration" | "national_association" | "regional_association" | "international_association" | "club" | "network" | "platform" | "council" | "committee" | "secretariat" | "assembly" | "board" | "ministry" | "agency" | "fund" | "government" | "international_organization" | "association" | "political_organization" | "media") | null;
            /** Format: uri */
            website?: string | null;
        };
        OrganizationListItem: {
            acronym: string | null;
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            alternateNames: string[];
            countryCode: string | null;
            description: components["schemas"]["LocalizedText"];
            foundedOn: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @enum {unknown} */
            kind: "local_authority" | "association_of_local_authorities" | "network" | "body" | "partner_institution";
            name: components["schemas"]["LocalizedText"];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            parentId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            placeId: string | null;
            subkind: string | null;
            website: string | null;
        };
        OrganizationPage: {
            items: components["schemas"]["OrganizationListItem"][];
            nextCursor: string | null;
        };
        OrganizationRef: {
            countryCode: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            name: components["schemas"]["LocalizedText"];
        };
        PartChanges: {
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            plannedFrom?: string | null;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            plannedTo?: string | null;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            signedOn?: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            signingEventId?: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            signingPlaceId?: string | null;
            title?: components["schemas"]["LocalizedText"];
        };
        PartInput: {
            extendsTermMonths?: number | null;
            /** @enum {unknown} */
            kind?: "original" | "further_part" | "renewal" | "amendment";
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            plannedFrom?: string | null;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            plannedTo?: string | null;
            signatories?: components["schemas"]["SignatoryInput"][];
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            signedOn?: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            signingEventId?: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            signingPlaceId?: string | null;
            title?: components["schemas"]["LocalizedText"];
        };
        PartnerRequest: {
            /** @description What the reader may do now: answer, and the statuses it may move the request to (close, open, withdraw) */
            allowedActions: string[];
            answers: components["schemas"]["PartnerRequestAnswer"][];
            /** Format: date-time */
            createdAt: string;
            description: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @enum {unknown} */
            kind: "offer" | "seek";
            languages: string[];
            organization: components["schemas"]["OrganizationRef"];
            regions: string[];
            /** @enum {unknown} */
            status: "open" | "closed" | "withdrawn";
            themes: string[];
            title: string;
            until: string | null;
            version: number;
            /** @enum {unknown} */
            visibility: "public" | "members";
        };
        PartnerRequestAnswer: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            message: string;
            organization: components["schemas"]["OrganizationRef"];
        };
        PartnerRequestAnswerInput: {
            message: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            organizationId: string;
        };
        PartnerRequestInput: {
            description?: string;
            /** @enum {unknown} */
            kind: "offer" | "seek";
            languages?: string[];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            organizationId: string;
            regions?: ("AF" | "AN" | "AS" | "EU" | "NA" | "OC" | "SA")[];
            themes?: ("local_development" | "ecological_transition" | "social_cohesion" | "sustainable_development" | "youth_empowerment" | "trade" | "culture" | "tourism" | "education" | "health" | "water_sanitation" | "agriculture" | "urban_planning" | "governance" | "solidarity" | "peace_security" | "sport" | "gender_equality" | "digital")[];
            title: string;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            until?: string | null;
            /** @enum {unknown} */
            visibility?: "public" | "members";
        };
        PartnerRequestList: {
            items: components["schemas"]["PartnerRequest"][];
        };
        PartnerRequestMove: {
            reason?: string;
            /** @enum {unknown} */
            to: "open" | "closed" | "withdrawn";
        };
        PartnerSuggestion: {
            organization: components["schemas"]["OrganizationRef"];
            populationBand: ("under_10k" | "10k_50k" | "50k_250k" | "250k_1m" | "over_1m") | null;
            reasons: components["schemas"]["SuggestionReason"][];
            score: number;
        };
        PartnerSuggestions: {
            items: components["schemas"]["PartnerSuggestion"][];
            named: components["schemas"]["OrganizationRef"][];
        };
        PasswordChangeInput: {
            /** @description The current password, again */
            currentPassword: string;
            /**
             * @description Keep my API tokens working; by default they are all revoked with the change
             * @default false
             */
            keepApiTokens?: boolean;
            newPassword: string;
        };
        PasswordConfirmation: {
            /** @description The current password, again */
            password: string;
        };
        PasswordResetInput: {
            password: string;
            token: string;
        };
        PasswordResetRequest: {
            email: string;
        };
        Person: {
            alternateNames: string[];
            email: string | null;
            gender: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            name: string;
            names: components["schemas"]["LocalizedText"];
            phone: string | null;
        };
        PersonChanges: {
            alternateNames?: string[];
            /** Format: email */
            email?: string | null;
            gender?: ("female" | "male" | "other") | null;
            name?: string;
            names?: components["schemas"]["LocalizedText"];
            phone?: string | null;
        };
        PersonDetail: {
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            alternateNames: string[];
            email: string | null;
            /** @description Events taken part in, the latest first */
            events: components["schemas"]["PersonEvent"][];
            gender: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            memberships: components["schemas"]["Membership"][];
            name: string;
            names: components["schemas"]["LocalizedText"];
            /** @description The organizations of the memberships, to name them */
            organizations: {
                countryCode: string | null;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                kind: string;
                name: components["schemas"]["LocalizedText"];
            }[];
            phone: string | null;
            sources: components["schemas"]["Citation"][];
            /** @description Bumped by every change to the person: its ETag, for If-Match */
            version: number;
        };
        PersonEvent: {
            endDate: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            kind: string;
            role: string;
            startDate: string | null;
            status: string;
            title: components["schemas"]["LocalizedText"];
        };
        PersonInput: {
            alternateNames?: string[];
            /** Format: email */
            email?: string | null;
            gender?: ("female" | "male" | "other") | null;
            name: string;
            names?: components["schemas"]["LocalizedText"];
            phone?: string | null;
            sources?: components["schemas"]["CitationInput"][];
        };
        PersonLink: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            personId: string | null;
        };
        PersonListItem: {
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            alternateNames: string[];
            email: string | null;
            gender: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            name: string;
            names: components["schemas"]["LocalizedText"];
            phone: string | null;
        };
        PersonPage: {
            items: components["schemas"]["PersonListItem"][];
            nextCursor: string | null;
        };
        Place: {
            admin1Code: string | null;
            countryCode: string;
            /** @description Metres above sea level, when known */
            elevation: number | null;
            featureCode: string | null;
            geonamesId: number | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            latitude: number | null;
            longitude: number | null;
            name: string;
            names: components["schemas"]["LocalizedText"];
            note: string | null;
            otherCountryCodes: string[];
            population: number;
            timezone: string | null;
        };
        PlaceInput: {
            alternateNames?: string[];
            /**
             * @description ISO 3166-1 alpha-2 code
             * @example ML
             */
            countryCode: string;
            elevation?: number | null;
            featureCode?: string | null;
            latitude?: number | null;
            longitude?: number | null;
            name: string;
            names?: components["schemas"]["LocalizedText"];
            note?: string | null;
            otherCountryCodes?: string[];
            population?: number;
            sources?: components["schemas"]["CitationInput"][];
            timezone?: string | null;
        };
        PlaceMatch: {
            admin1Code: string | null;
            countryCode: string;
            /** @description Metres above sea level, when known */
            elevation: number | null;
            featureCode: string | null;
            geonamesId: number | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            latitude: number | null;
            longitude: number | null;
            matchedName: string;
            /** @description Why the place was found: exact (its own name), alternate_name (another of its names, any script), prefix (a name it begins), transliteration (a name with the same sounds in another script or transliteration: تمبوكتو, Tombouctou, Timbuktu), fuzzy (a close spelling, one or two letters off) */
            matchReason: "exact" | "alternate_name" | "prefix" | "transliteration" | "fuzzy";
            name: string;
            names: components["schemas"]["LocalizedText"];
            note: string | null;
            otherCountryCodes: string[];
            population: number;
            timezone: string | null;
        };
        PlaceMatches: {
            items: components["schemas"]["PlaceMatch"][];
        };
        PopoloCount: {
            option: string;
            value: number;
        };
        PopoloDocument: {
            events: components["schemas"]["PopoloEvent"][];
            memberships: components["schemas"]["PopoloMembership"][];
            motions: components["schemas"]["PopoloMotion"][];
            organizations: components["schemas"]["PopoloOrganization"][];
            persons: components["schemas"]["PopoloPerson"][];
            posts: components["schemas"]["PopoloPost"][];
            vote_events: components["schemas"]["PopoloVoteEvent"][];
        };
        /** @description A meeting of a body, at which its motions are put */
        PopoloEvent: {
            /** @enum {string} */
            classification: "meeting";
            /**
             * Format: date-time
             * @description ISO 8601 date and time in UTC, to the second (2026-03-01T10:00:00Z)
             */
            end_date: string | null;
            id: string;
            location: string | null;
            name: string;
            organization_id: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time in UTC, to the second (2026-03-01T10:00:00Z)
             */
            start_date: string;
            /** @description draft, convened, held, minutes_approved or cancelled */
            status: string;
        };
        PopoloIdentifier: {
            identifier: string;
            /** @description `jumelage` (the record id), or `geonames` */
            scheme: string | null;
        };
        PopoloLink: {
            note: string | null;
            /** Format: uri */
            url: string;
        };
        PopoloMembership: {
            /** @description YYYY-MM-DD */
            end_date: string | null;
            id: string;
            label: string | null;
            /** @description An organization member (of a network) */
            member?: {
                /** @enum {string} */
                "@type": "Organization";
                id: string;
            };
            organization_id: string;
            person_id?: string;
            post_id: string | null;
            role: string;
            /** @description YYYY-MM-DD */
            start_date: string | null;
        };
        PopoloMotion: {
            /** @description ordinary or special: which majority of the body applies */
            classification: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time in UTC, to the second (2026-03-01T10:00:00Z)
             */
            date: string;
            id: string;
            /** @description The meeting (in `events`) */
            legislative_session_id: string;
            /** @description The body the motion is put to */
            organization_id: string;
            /** @description The majority that adopts it under the body’s rules: simple, absolute or two_thirds */
            requirement: string;
            /** @description adopted, rejected or no_quorum, once a vote on it closed */
            result: string | null;
            text: string;
        };
        PopoloOrganization: {
            /** @description The kind of organization: network, body, local_authority, association_of_local_authorities or partner_institution */
            classification: string;
            description: string | null;
            /** @description YYYY-MM-DD */
            founding_date: string | null;
            id: string;
            identifiers: components["schemas"]["PopoloIdentifier"][];
            links: components["schemas"]["PopoloLink"][];
            name: string;
            other_names: components["schemas"]["PopoloOtherName"][];
            /** @description For a body: its network */
            parent_id: string | null;
        };
        PopoloOtherName: {
            name: string;
            /** @description The language of a translated name (its ISO 639-1 code: ar, fr, en), or `alternate spelling`, or `acronym` */
            note: string | null;
        };
        PopoloPerson: {
            gender: string | null;
            id: string;
            identifiers: components["schemas"]["PopoloIdentifier"][];
            name: string;
            other_names: components["schemas"]["PopoloOtherName"][];
        };
        PopoloPost: {
            /** @description A post of the registry: its id; a body’s officer post: `<body id>/posts/<post>`; a body’s seats of a category: `<body id>/seats/<category>` */
            id: string;
            label: string;
            organization_id: string;
            /** @description The label in the other languages */
            other_label: string[];
            /** @description chair, vice_chair, secretary, treasurer, member, or a registry role */
            role: string;
        };
        PopoloVote: {
            /** @description yes, no or abstain */
            option: string;
            vote_event_id: string;
            voter_id: string;
        };
        PopoloVoteEvent: {
            /** @description roll_call or show_of_hands */
            classification: string;
            counts: components["schemas"]["PopoloCount"][];
            /**
             * Format: date-time
             * @description ISO 8601 date and time in UTC, to the second (2026-03-01T10:00:00Z)
             */
            end_date: string | null;
            id: string;
            legislative_session_id: string;
            motion_id: string;
            organization_id: string;
            /** @description adopted, rejected or no_quorum; null while open */
            result: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 date and time in UTC, to the second (2026-03-01T10:00:00Z)
             */
            start_date: string;
            /** @description Each member’s vote: only for the body’s members and its network’s secretariat (absent for everyone else) */
            votes?: components["schemas"]["PopoloVote"][];
        };
        PortalSearchResults: {
            agreements: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                signedOn: string | null;
                status: string;
                title: components["schemas"]["LocalizedText"];
            }[];
            events: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                startDate: string | null;
                title: components["schemas"]["LocalizedText"];
            }[];
            organizations: {
                countryCode: string | null;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                kind: string;
                name: components["schemas"]["LocalizedText"];
            }[];
            people: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                name: string;
                names: components["schemas"]["LocalizedText"];
            }[];
            places: {
                countryCode: string;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                matchedName: string;
                /** @description Why the place was found: exact (its own name), alternate_name (another of its names, any script), prefix (a name it begins), transliteration (a name with the same sounds in another script or transliteration: تمبوكتو, Tombouctou, Timbuktu), fuzzy (a close spelling, one or two letters off) */
                matchReason: "exact" | "alternate_name" | "prefix" | "transliteration" | "fuzzy";
                name: string;
                names: components["schemas"]["LocalizedText"];
            }[];
            suggestions: components["schemas"]["Suggestion"][];
        };
        Post: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            label: components["schemas"]["LocalizedText"];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            organizationId: string;
            role: string;
        };
        PostInput: {
            label?: components["schemas"]["LocalizedText"];
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            organizationId: string;
            /** @enum {unknown} */
            role: "mayor" | "deputy_mayor" | "council_president" | "president" | "vice_president" | "governor" | "wali" | "secretary_general" | "minister" | "representative" | "project_manager" | "coordinator" | "head_of_department" | "chair" | "member" | "expert" | "activist" | "honorary_citizen" | "other";
        };
        PressArticle: {
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            /** @description Relationships the article mentions as already existing: never proposed */
            background: {
                parties: [
                    string,
                    string
                ];
                passage: {
                    end: number;
                    start: number;
                    text: string;
                };
            }[];
            counts: {
                accepted: number;
                merged: number;
                pending: number;
                rejected: number;
            };
            /** Format: date-time */
            createdAt: string;
            error: string | null;
            format: string;
            job: {
                done: number;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                phase: string | null;
                status: string;
                total: number;
            } | null;
            language: string;
            organizations: {
                [key: string]: {
                    countryCode: string | null;
                    name: components["schemas"]["LocalizedText"];
                    placeId: string | null;
                };
            };
            places: {
                [key: string]: {
                    countryCode: string;
                    name: string;
                    names: components["schemas"]["LocalizedText"];
                };
            };
            proposals: components["schemas"]["PressProposal"][];
            published: string | null;
            publisher: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            sourceId: string;
            /** @enum {unknown} */
            status: "queued" | "extracted" | "failed";
            submittedBy: string;
            text: string;
            title: string;
            url: string | null;
        };
        PressArticleInput: {
            language?: ("ar" | "fr" | "en" | "es") | null;
            /** @description When it was published (YYYY-MM-DD, or YYYY-MM): else read from the page or its dateline */
            published?: string | null;
            publisher?: string | null;
            /** @description The article as pasted */
            text: string;
            title?: string | null;
            /** Format: uri */
            url?: string | null;
        };
        PressArticlePage: {
            /** @description The writes the reader may make to this record (e.g. update, addPart, addDocument; for a network inviteMember, manageMembers, manageBodies), from the rules the write routes apply */
            allowedActions: string[];
            items: components["schemas"]["PressArticleSummary"][];
            nextCursor: string | null;
        };
        PressArticleSummary: {
            /** Format: date-time */
            createdAt: string;
            error: string | null;
            format: string;
            job: {
                done: number;
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                id: string;
                phase: string | null;
                status: string;
                total: number;
            } | null;
            language: string;
            proposals: {
                accepted: number;
                merged: number;
                pending: number;
                rejected: number;
            };
            published: string | null;
            publisher: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            sourceId: string;
            /** @enum {unknown} */
            status: "queued" | "extracted" | "failed";
            submittedBy: string;
            title: string;
            url: string | null;
        };
        PressProposal: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            agreementId: string | null;
            confidence: number;
            draft: components["schemas"]["PressProposalDraft"];
            /** @description Agreements already recorded between the same parties: the one to merge into, perhaps */
            duplicates: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                agreementId: string;
                signedOn: string | null;
                status: string;
                title: components["schemas"]["LocalizedText"];
                type: string;
            }[];
            /** @description The extractor’s reading, kept as read: each field with its value, the passage supporting it (offsets into the text) and a confidence */
            evidence: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            position: number;
            rejectionReason: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
            reviewedBy: string | null;
            /** @enum {unknown} */
            status: "pending" | "accepted" | "merged" | "rejected";
            version: number;
        };
        PressProposalAcceptance: {
            draft?: components["schemas"]["PressProposalDraft"];
            /** @description The proposal’s version as the reviewer saw it */
            version: number;
        };
        PressProposalCorrection: {
            draft: components["schemas"]["PressProposalDraft"];
            /** @description The proposal’s version as the reviewer saw it */
            version: number;
        };
        PressProposalDecision: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            agreementId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            proposalId: string;
            /** @enum {unknown} */
            status: "pending" | "accepted" | "merged" | "rejected";
            version: number;
        };
        PressProposalDraft: {
            datePartial: string | null;
            parties: [
                {
                    newPlace: {
                        /**
                         * @description ISO 3166-1 alpha-2 code
                         * @example ML
                         */
                        countryCode: string | null;
                        name: string;
                    } | null;
                    /**
                     * Format: uuid
                     * @description Record id (UUID)
                     */
                    organizationId: string | null;
                    /**
                     * Format: uuid
                     * @description Record id (UUID)
                     */
                    placeId: string | null;
                    written: string;
                },
                {
                    newPlace: {
                        /**
                         * @description ISO 3166-1 alpha-2 code
                         * @example ML
                         */
                        countryCode: string | null;
                        name: string;
                    } | null;
                    /**
                     * Format: uuid
                     * @description Record id (UUID)
                     */
                    organizationId: string | null;
                    /**
                     * Format: uuid
                     * @description Record id (UUID)
                     */
                    placeId: string | null;
                    written: string;
                }
            ];
            placeOfSigning: string | null;
            signatories: {
                name: string;
                party: (0 | 1) | null;
                role: string | null;
                witness: boolean;
            }[];
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            signedOn: string | null;
            /** @enum {unknown} */
            status: "signed" | "renewed" | "announced_pending" | "planned";
            /** @enum {unknown} */
            type: "twinning" | "friendship_cooperation_protocol" | "cooperation_agreement" | "memorandum_of_understanding" | "other";
        };
        PressProposalMerge: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            agreementId: string;
            /** @description The proposal’s version as the reviewer saw it */
            version: number;
        };
        PressProposalRejection: {
            reason: string;
            /** @description The proposal’s version as the reviewer saw it */
            version: number;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description Stable code of what was wrong, the same in every language: a domain rule (e.g. agreement.transition_not_allowed, person.contact_details_forbidden, date.invalid) or a schema check (e.g. validation.required). detail and errors[].message say it in the language asked for with Accept-Language (ar, fr or en). */
            code?: string;
            /** @description With a 412: the version of the record now (its ETag), to load it again */
            currentVersion?: number;
            /** @description What was wrong, in the reader’s language */
            detail?: string;
            errors?: {
                /** @description Stable code, as the problem’s own code */
                code?: string;
                field: string;
                message: string;
            }[];
            /** @description JSON pointer to the offending input field */
            field?: string;
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
        RecordWarning: {
            code: string;
            /** @description JSON pointer of the field it is about */
            field: string;
            /** @description In the reader’s language */
            message: string;
        };
        RecoveryCodes: {
            /** @description Single-use codes for signing in without the app: shown this once, keep them safe */
            recoveryCodes: string[];
        };
        RoleGrant: {
            /** @enum {unknown} */
            role: "network_secretariat" | "council_member" | "municipal_officer" | "reviewer";
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            scopeId: string;
        };
        SendInvitationsInput: {
            /**
             * @description `everyone`: a changed meeting goes to every seat holder as a new round (unchanged, only to seat holders not yet invited); `failed`: the latest round’s failed invitations, and those now with an address, are sent again
             * @enum {unknown}
             */
            to: "everyone" | "failed";
        };
        Session: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            ip: string | null;
            /** Format: date-time */
            lastSeenAt: string;
            userAgent: string | null;
        };
        SessionList: {
            items: components["schemas"]["Session"][];
        };
        ShowOfHandsInput: {
            abstain: number;
            no: number;
            yes: number;
        };
        SignatoryInput: {
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            partyOrganizationId?: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            personId: string;
            postLabel?: components["schemas"]["LocalizedText"];
            /** @enum {unknown} */
            role: "signatory" | "witness";
        };
        SignedIn: {
            user: components["schemas"]["User"];
        };
        SignInInput: {
            /** @description With two-factor sign-in on: the code from the authenticator app, or a recovery code. Without it such an account gets 401 naming the field `/code`. */
            code?: string;
            email: string;
            password: string;
        };
        SignUpInput: {
            displayName: string;
            /** @enum {unknown} */
            language?: "ar" | "fr" | "en";
            password: string;
            token: string;
        };
        Source: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            kind: string;
            language: string;
            publishedOn: string | null;
            publisher: string | null;
            title: string;
            url: string | null;
        };
        SourceInput: {
            /** @enum {unknown} */
            kind: "press_article" | "official_document" | "personal_account" | "website" | "other";
            /**
             * @description ISO 639-1 code
             * @example ar
             */
            language: string;
            /**
             * Format: date
             * @description Calendar date, YYYY-MM-DD
             */
            publishedOn?: string | null;
            publisher?: string | null;
            title: string;
            /** Format: uri */
            url?: string | null;
        };
        SourcePage: {
            items: components["schemas"]["Source"][];
            nextCursor: string | null;
        };
        SubmittedArticle: {
            /** @description False when the same text was submitted before: nothing is read again */
            created: boolean;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            jobId: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            sourceId: string;
            /** @enum {unknown} */
            status: "queued" | "extracted" | "failed";
        };
        Suggestion: {
            countryCode: string | null;
            /** @description An event’s first day, an agreement’s signature */
            date: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /**
             * @description The kind of page it opens (a place opens its organization)
             * @enum {unknown}
             */
            kind: "organization" | "network" | "person" | "event" | "agreement";
            /** @enum {unknown} */
            match: "exact" | "prefix" | "contains" | "fuzzy";
            name: components["schemas"]["LocalizedText"];
            /** @description For a record found through its place (an organization located there, an event held there): the place’s name that matched, and why */
            place: {
                matchedName: string;
                /** @description Why the place was found: exact (its own name), alternate_name (another of its names, any script), prefix (a name it begins), transliteration (a name with the same sounds in another script or transliteration: تمبوكتو, Tombouctou, Timbuktu), fuzzy (a close spelling, one or two letters off) */
                matchReason: "exact" | "alternate_name" | "prefix" | "transliteration" | "fuzzy";
            } | null;
        };
        SuggestionReason: {
            /** @enum {unknown} */
            code: "partners_in_common" | "country_ties" | "same_population_band" | "similar_population" | "same_climate" | "same_region" | "shared_languages" | "shared_themes" | "shared_networks";
            /** @description What the reason names: organization ids (common partners, networks), country, language or theme codes */
            items: string[];
            /** @description The reason as a sentence in the reader’s language */
            text: string;
            /** @description A count, a population band, a climate zone or a region code, as the code says */
            value: string | number;
        };
        TwoFactorCode: {
            code: string;
        };
        TwoFactorSetup: {
            otpauthUri: string;
            secret: string;
        };
        TwoFactorStatus: {
            enabled: boolean;
            recoveryCodesLeft: number;
            required: boolean;
        };
        User: {
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            email: string;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            isPlatformAdmin: boolean;
            language: string;
            twoFactorEnabled: boolean;
            /** @description A platform admin without two-factor sign-in: admin rights wait until it is on */
            twoFactorRequired: boolean;
        };
        Vote: {
            /** @description Each member’s vote, for the body’s members and its secretariat; null for others */
            ballots: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                castById: string;
                /** @enum {unknown} */
                choice: "yes" | "no" | "abstain";
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                memberId: string;
                /** @enum {unknown} */
                mode: "in_person" | "proxy";
                name: string;
            }[] | null;
            closedAt: string | null;
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            /** @description The votes the reader may cast now, by the rule the ballots route applies: their own (a council member holding a seat on the meeting’s day, present, not yet voted), then those of the seated members whose counted proxy they hold */
            mayVoteFor: {
                /**
                 * Format: uuid
                 * @description Record id (UUID)
                 */
                memberId: string;
                /** @enum {unknown} */
                mode: "in_person" | "proxy";
            }[];
            /** @enum {unknown} */
            method: "roll_call" | "show_of_hands";
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            motionId: string;
            /** @description The reader’s own vote, however cast; null when they have none */
            myBallot: {
                /** @enum {unknown} */
                choice: "yes" | "no" | "abstain";
                /** @enum {unknown} */
                mode: "in_person" | "proxy";
            } | null;
            openedAt: string;
            quorum: {
                counted: number;
                reached: boolean;
                required: number;
            };
            /** @description Totals are public; the outcome is set when the vote closes (no_quorum: decides nothing) */
            result: {
                abstain: number;
                cast: number;
                /** @enum {unknown} */
                majority: "simple" | "absolute" | "two_thirds";
                no: number;
                outcome: ("adopted" | "rejected" | "no_quorum") | null;
                quorumReached: boolean;
                yes: number;
                yesNeeded: number;
            };
            /** @enum {unknown} */
            status: "open" | "closed";
        };
        VoteOpenInput: {
            /** @enum {unknown} */
            method: "roll_call" | "show_of_hands";
        };
        Withdrawal: {
            /** Format: date-time */
            at: string;
            by: string;
            reason: string;
        };
        WithdrawalInput: {
            reason: string;
        };
        WorkspaceAgreement: {
            endsOn: string | null;
            facts: {
                /** @description Signed texts not withdrawn */
                documents: number;
                parts: number;
                /** @description Citations not withdrawn */
                sources: number;
                unsignedParts: number;
            };
            /**
             * Format: uuid
             * @description Record id (UUID)
             */
            id: string;
            parties: components["schemas"]["AgreementParty"][];
            /** @description Date the first part was signed */
            signedOn: string | null;
            startsOn: string | null;
            /** @enum {unknown} */
            status: "proposed" | "negotiating" | "awaiting_approval" | "approved" | "partially_signed" | "signed" | "in_force" | "suspended" | "ended" | "withdrawn";
            themes: ("local_development" | "ecological_transition" | "social_cohesion" | "sustainable_development" | "youth_empowerment" | "trade" | "culture" | "tourism" | "education" | "health" | "water_sanitation" | "agriculture" | "urban_planning" | "governance" | "solidarity" | "peace_security" | "sport" | "gender_equality" | "digital")[];
            title: components["schemas"]["LocalizedText"];
            /** @description What it still needs, worked out from its facts */
            toDos: ("draft" | "awaiting_approval" | "part_unsigned" | "no_signed_document" | "no_source")[];
            /** @enum {unknown} */
            type: "twinning" | "friendship_cooperation_protocol" | "cooperation_agreement" | "memorandum_of_understanding" | "other";
            /** @description When the agreement was last changed */
            updatedAt: string;
            /** @enum {unknown} */
            visibility: "public" | "members" | "restricted";
        };
        WorkspaceAgreements: {
            items: components["schemas"]["WorkspaceAgreement"][];
            /** @description More agreements than the home lists */
            truncated: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
