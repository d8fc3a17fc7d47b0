import type { UiLanguage } from './languages.ts';

/**
 * What each domain error says, by its stable code, in every UI language. The domain raises an
 * error with a code and named parameters (`errors.ts`); the HTTP layer writes its message in the
 * reader's language (`http/problem.ts`), the log and the command line in English.
 *
 * Placeholders are plain ICU arguments (`{id}`), the same in every language (a test checks).
 * French and Arabic are typed against the English catalog: a code missing from either, or one
 * that English does not have, does not compile. Quotes are typographic (’), never ICU's `'`.
 */
const en = {
  // Texts, codes and dates
  'text.blank': 'must not be blank',
  'text.missing': 'needs a text in at least one language',
  'country.invalid': '{value} is not an ISO 3166-1 alpha-2 country code',
  'language.invalid': '{value} is not an ISO 639-1 language code',
  'cursor.invalid': 'is not a cursor returned by this list',
  'date.invalid': '{value} is not a calendar date (YYYY-MM-DD)',
  'date.out_of_range': '{value} is outside the range {earliest}–{latest}',
  'date.before_start': '{date} is before {start}',
  'date.signed_in_future': 'a signature cannot be dated in the future: {date} has not come yet',
  'date.far_from_source':
    'part {number} is dated {date}, more than two years from the publication of its source ({published}): check the date',
  // Records that do not exist (or that the reader may not see)
  'account.not_found': 'no account {id}',
  'agreement.not_found': 'no agreement {id}',
  'document.not_found': 'no document {id} in agreement {agreementId}',
  'event.not_found': 'no event {id}',
  'membership.not_found': 'no membership {id}',
  'declaration.not_found': 'agreement {id} is not declared to network {network}',
  'network.not_found': 'no network {id}',
  'organization.not_found': 'no organization {id}',
  'part.not_found': 'no part {id} in agreement {agreementId}',
  'part.not_in_agreement': 'no part {id} in this agreement',
  'person.not_found': 'no person {id}',
  'place.not_found': 'no place {id}',
  'import_review.not_found': 'no name under review {id}',
  'press_article.not_found': 'no press article {id}',
  'press_proposal.not_found': 'no proposal {id}',
  'post.not_found': 'no post {id}',
  'citation.not_found': 'no citation {id} of this record',
  'source.not_found': 'no source {id}',
  // Access
  'access.sign_in_required': 'Sign in first',
  'access.forbidden': 'You may not do this here',
  'access.cross_site': 'Changes can only be made from Jumelage’s own pages',
  // Idempotency keys
  'idempotency_key.invalid': 'an idempotency key is 1 to 255 printable ASCII characters',
  'idempotency_key.other_request':
    'this idempotency key was used for another request: send this one with a new key',
  'idempotency_key.in_progress':
    'a request with this idempotency key is still being carried out: try again in a moment',
  'idempotency_key.answer_lost':
    'the request sent with this idempotency key was carried out, but its answer was lost: look for the record rather than sending it again',
  // Places
  'place.coordinates_incomplete': 'latitude and longitude go together',
  // Organizations
  'organization.subkind_mismatch': '{subkind} is not a subkind of {kind}',
  'organization.own_parent': 'an organization cannot be its own parent',
  'organization.body_parent_forbidden':
    'only the organization’s own officers or secretariat may add a body to it',
  'organization.out_of_reach': 'after this change you would no longer act for this organization',
  'organization.location_required': 'a local authority needs a country or a place',
  'organization.not_a_body': '{id} is not a body (council, board…)',
  // People, posts and memberships
  'person.change_forbidden': 'you may not change this person',
  'person.contact_details_forbidden':
    'contact details are changed by the person, an officer of an organization they hold a post in, or an admin',
  'post.other_organization': 'the post belongs to another organization',
  'membership.person_or_organization': 'a membership has either a person or a member organization',
  'membership.self': 'an organization cannot be a member of itself',
  'membership.neither_side': 'acts for neither side of this membership',
  'membership.transition_not_allowed': 'a membership that is {status} cannot be {action}',
  'membership.awaits_other_side': 'the {side} side answers this',
  'declaration.step_not_allowed': 'an agreement {status} with the network cannot be {action}',
  'declaration.other_side': 'this step is for {side}',
  'declaration.reason_needed': 'say why it is returned, so the member knows what to correct',
  'membership.end_in_future': 'a membership is ended on the day it ends, not before: {date} is still to come',
  'membership.reason_required':
    'say why the membership is {action}: the member is told, and it is kept in its history',
  'membership.decision_not_found': 'no decision with this id',
  'membership.decision_required':
    'the network’s rules have a body decide this: cite the decision by which the membership is {action}',
  'membership.decision_not_expected': 'this step is not one a decision takes',
  'membership.decision_other_record': 'the decision cited is about another record, not this membership',
  'membership.decision_other_effect': 'the decision cited does not say the membership is {action}',
  'membership.decision_other_body': 'the decision cited was not taken by the body the network’s rules name',
  'membership.decision_applied': 'the decision cited was carried out already',
  'network_rules.body_required': 'name the body whose resolution admits and excludes members',
  'network_rules.body_not_expected': 'a body is named only when a body admits and excludes members',
  'network_rules.body_not_of_network': 'is not a body of this network',
  'fee.currency_invalid': '{value} is not an ISO 4217 currency code',
  'fee.amount_invalid': '{value} is not a whole amount in minor units, zero or more',
  'dues.period_invalid': '{value} is not a period as this fee falls due (e.g. {example})',
  'dues.amount_required': 'the membership has no fee: say how much is due',
  'dues.currency_required': 'the membership has no fee: say in which currency',
  'dues.exists': 'dues for {period} are recorded already',
  'dues.not_found': 'no dues for {period}',
  'dues.already_paid': 'dues for {period} were paid already, on {date}',
  'dues.not_paid': 'dues for {period} are not marked paid',
  'governance.entity_not_found': 'no {type} {id}',
  'governance.agreement_not_declared':
    'this agreement was not declared to the body’s network: a member declares it by recording it',
  'governance.effect_other_record': 'this effect acts on a {type}: link the decision to one',
  // Agreements: parties and lifecycle
  'agreement.two_parties': 'an agreement has at least two parties',
  'party.organization_or_description':
    'a party is an organization or, when a source does not name it, a description',
  'party.duplicate': 'this organization is already a party',
  'agreement.transition_not_allowed': 'an agreement cannot go from {from} to {to}',
  'agreement.parts_unsigned': 'every part must be signed before the agreement is signed',
  'agreement.partially_signed_parts':
    'an agreement is partially signed when some of its parts, not all, are signed',
  'agreement.parties_unidentified':
    'every party must be identified before the agreement is approved or signed',
  'agreement.approval_required':
    'an approval by the supervising authority is required for the parties from {countries}',
  'agreement.signed_parts_status': 'an agreement with signed parts cannot be recorded as {status}',
  'agreement.recorded_unsigned':
    'an agreement recorded as {status} has been signed: give every part its date of signature',
  'agreement.reason_required': 'say why the status changes',
  'agreement.parties_signed': 'the parties of a signed agreement cannot change; record an amendment instead',
  'agreement.party_has_signatory': 'a party named by a signatory cannot be removed',
  'agreement.signed_takes_amendments': 'a signed agreement takes amendments or renewals, not further parts',
  'agreement.closed': 'the agreement is {status}',
  'agreement.readers_lose_access': 'after this change you could no longer read the agreement',
  'agreement.not_acting_for_parties': 'you do not act for the parties of this agreement',
  'agreement.not_acting_for_new_parties': 'you do not act for the parties this change would name',
  // Agreements: parts, signatories, approvals, documents
  'part.term_extension_not_renewal': 'only a renewal extends the term',
  'part.already_signed': 'part {number} was already signed on {date}',
  'part.signed_before_approval': 'a part is signed once the agreement is approved; it is {status}',
  'part.id_invalid': 'not a part id',
  'part.signed_before_earlier_part':
    'part {number}, recorded before this one, was signed on {earlier}: this one cannot have been signed earlier, on {date}',
  'part.signed_after_later_part':
    'part {number}, recorded after this one, was signed on {later}: this one cannot have been signed later, on {date}',
  // Corrections of signed records
  'partner_request.not_found': 'no partner request {id}',
  'partner_request.not_officer': 'only an officer of this local authority may do this',
  'partner_request.not_local_authority': 'only a local authority publishes on the partner-request board',
  'partner_request.until_past': 'the last day is already past',
  'partner_request.unknown_language': '{code} is not an ISO 639-1 language code',
  'partner_request.own_request': 'an authority does not answer its own request',
  'partner_request.not_answerable': 'this request no longer takes answers ({status})',
  'partner_request.transition_not_allowed': 'a request that is {from} cannot be {to}',
  'partner_request.title_required': 'give the request a title',
  'partner_request.message_required': 'write a message',
  'correction.not_found': 'no correction {id}',
  'correction.reason_required': 'say why the recorded value is wrong',
  'correction.part_not_signed': 'part {number} is not signed yet: edit it directly',
  'correction.unchanged': 'this is the value recorded already',
  'correction.pending_exists': 'a correction of this value is already waiting for a decision',
  'correction.transition_not_allowed': 'a correction that is {from} cannot be {to}',
  'correction.own_proposal':
    'a correction is confirmed or rejected by someone other than the person who proposed it',
  'correction.not_a_decider':
    'a correction is confirmed or rejected by the secretariat of a network all parties belong to, or by an admin',
  'correction.withdrawn_by_proposer': 'only the person who proposed a correction may withdraw it',
  'signatory.not_a_party': 'signs for an organization that is not a party',
  'signatory.party_required': 'a signatory signs for one of the parties',
  'approval.not_a_party': 'is not a party to this agreement',
  'approval.authority_required': 'an approval names its authority',
  'approval_policy.threshold_invalid': 'an approval is required from {statuses}',
  'document.visibility_invalid': 'visibility is one of {values}',
  'document.visibility_unreadable': 'you could not read a document with this visibility',
  'document.empty': 'the file is empty',
  'document.type_not_accepted': 'the file is {type}: send a PDF, or a scan as PNG or JPEG',
  'document.type_unknown': 'the file is not a recognised type: send a PDF, or a scan as PNG or JPEG',
  'upload.one_file': 'send one file',
  'upload.file_missing': 'the PDF is missing',
  'upload.language_required': 'say the language of the text',
  'import.file_missing': 'send the file to import, as CSV or XLSX',
  'import.file_too_large': 'the file is larger than {max} MB',
  'import.file_unreadable': 'the file is not a CSV (UTF-8) or XLSX table',
  'import.file_empty': 'the file has no row under its header line',
  'import.file_not_found': 'no file {id} to import: send it again',
  'import.column_unknown': 'the file has no column named {header}',
  'import.column_missing': 'say which column of the file holds {column}',
  'import.column_ambiguous': 'several columns could hold {column}: say which one',
  'job.not_found': 'no job {id}',
  // Press articles submitted to be read
  'intake.file_unreadable':
    'the file could not be read: send a web page saved as HTML, a PDF or a plain text file',
  'intake.pdf_without_text':
    'the PDF holds no text, only images (a scan?): paste the article’s text, or send a PDF its text can be copied from',
  'intake.file_empty': 'the file holds no text',
  'intake.text_empty': 'paste the article’s text, or send it as a file',
  'intake.text_too_long': 'the article is longer than {max} characters: keep only the article',
  'intake.published_invalid':
    '{value} is not a date of publication (YYYY-MM-DD, or YYYY-MM when the day is not known)',
  'intake.language_unsupported': '{value} is not a language press articles are read in: {languages}',
  // Events and sources
  'event.timezone_invalid': '{value} is not a time zone',
  'event.time_invalid': 'a time of day is written HH:MM',
  'event.time_without_date': 'a time needs the day it is on',
  'event.time_without_zone': 'a time needs the time zone it is in',
  'event.end_before_start': 'the event ends before it starts',
  'event.out_of_reach': 'you would no longer act for the event’s organizer',
  'event.transition_not_allowed': 'an event that is {from} cannot be {action}',
  'participant.person_or_organization': 'a participant is a person or an organization',
  'source.url_invalid': '{value} is not an http(s) address',
  'withdrawal.already_withdrawn': 'it was withdrawn already',
  'press_article.language_unknown':
    'the article’s language could not be told: say whether it is in Arabic, French, English or Spanish',
  'press_article.file_too_large': 'the file is larger than {max} MB: no press article is',
  'press_article.file_missing': 'send the article as a file in the field “file”',
  'press_article.submitted_meanwhile':
    'the same article was submitted at the same moment: open it from the list',
  'press_article.not_queued': 'this article has been read already',
  'press_proposal.already_decided': 'this proposal has been decided already',
  'press_proposal.stale': 'this proposal was corrected or decided since you opened it: reload it',
  'press_proposal.not_reviewer':
    'only the platform’s administrators and reviewers decide what enters the registry from the press',
  'press_proposal.party_unresolved': 'choose this party: a place, an organization or a new place',
  'press_proposal.new_place_country': 'a new place needs its country',
  'press_proposal.same_party': 'the two parties are the same',
  'press_proposal.signatory_party': 'say which party this person signed for, or mark them as a witness',
  'press_proposal.signing_date_needed':
    'a signed agreement needs its signing date: complete it from the article',
  'import_review.already_resolved': 'this name was settled already',
  'import_review.already_dismissed': 'this name was dismissed already: its pairs are not imported',
  'import_review.stale':
    'an import changed this name’s candidates or held pairs since you opened it (version {current}): look at it again',
  'import_review.choice_required':
    'choose one place of the gazetteer (placeId) or describe a new place (newPlace), not both',
  'withdrawal.reason_required': 'say why it is withdrawn',
  // Accounts: addresses and passwords
  'account.email_taken': 'an account with this email address, or one that looks like it, exists already',
  'account.disable_self': 'you cannot disable your own account',
  'account.person_linked_elsewhere': 'another account is linked to this person',
  'email.invisible_characters': 'an email address may not hold invisible characters or spaces',
  'email.invalid': '{value} is not an email address',
  'email.mixed_scripts': 'an email address may not mix scripts within its name or a domain label',
  'email.unchanged': 'this is the address in use already',
  'email.taken': 'another account uses this address, or one that looks like it',
  'email_change.link_invalid': 'this link is not valid: it was used already, it expired, or it was mistyped',
  'email_change.address_taken': 'another account uses this address now, or one that looks like it',
  'password.too_short': 'a password has at least {min} characters',
  'password.too_long': 'a password has at most {max} characters',
  'password.too_guessable': 'this password is too easy to guess: use a longer phrase of unrelated words',
  'password.wrong': 'the password is wrong',
  'password.too_many_attempts': 'too many wrong passwords: wait before trying again',
  'password_reset.link_invalid':
    'this reset link is not valid: it was used already, it expired, or it was mistyped',
  // Accounts: signing in, sessions, second factor, tokens
  'sign_in.too_many_failures': 'Too many failed sign-ins: try again in {seconds} seconds',
  'sign_in.wrong_credentials': 'The email address or the password is wrong',
  'sign_in.code_required': 'Enter the code from your authenticator app, or a recovery code',
  'sign_in.wrong_code': 'This code is not valid',
  'access.too_many_attempts': 'Too many attempts: try again in {seconds} seconds',
  'session.not_found': 'no open session {id}',
  'two_factor.already_on': 'two-factor sign-in is on already',
  'two_factor.already_off': 'two-factor sign-in is off already',
  'two_factor.off': 'two-factor sign-in is off',
  'two_factor.setup_not_started': 'start the set-up first',
  'two_factor.code_not_current': 'this code is not the one the app shows now',
  'two_factor.required_for_admins': 'platform admins must keep two-factor sign-in on',
  'token.cannot_change_sign_in': 'sign in with a password to change this: a token cannot',
  'token.cannot_create_tokens': 'a token cannot create tokens: sign in',
  'token.scope_forbidden': 'a token can only be scoped to a network or organization you hold a role in',
  'token.not_found': 'no token {id}',
  // Accounts: roles and invitations
  'grant.scope_not_found': 'no such network, body or organization',
  'grant.duplicate': 'this account holds this role already',
  'grant.not_found': 'no role {id} on account {userId}',
  'invitation.not_found': 'no invitation {id}',
  'invitation.scope_forbidden': 'you may only invite people to roles in the network you run',
  'invitation.link_invalid':
    'this invitation is not valid: it was used already, withdrawn, expired, or mistyped',
  'invitation.already_accepted': 'this invitation was accepted already',
  'invitation.no_longer_valid':
    'the roles of this invitation are no longer its sender’s to give; ask them for a new invitation',
  'source.closed':
    'this source is cited by records that are not public and that you do not act for: record the article as a new source',
  'governance.quorum_count_invalid': 'a quorum counts at least one member',
  'governance.quorum_exceeds_seats': 'the quorum is more than the body’s {seats} seats',
  'governance.quorum_fraction_invalid': 'a quorum fraction is a whole numerator from 1 to its denominator',
  'governance.proxies_invalid':
    'give how many proxies one member may hold: at least 1 when proxies are allowed',
  'governance.proxies_not_allowed': 'this body’s rules allow no proxies',
  'governance.proxy_holder_required': 'name the member who holds the proxy',
  'governance.proxy_holder_self': 'a member cannot hold their own proxy',
  'governance.proxy_holder_only_for_proxy': 'a proxy holder is named only for a member represented by proxy',
  'governance.vote_closed': 'this vote is closed',
  'governance.vote_by_show_of_hands': 'this vote is taken by show of hands: the secretary records its counts',
  'governance.already_voted': 'this member has voted already',
  'governance.not_present': 'only a member recorded as present votes in person',
  'governance.no_proxy': 'you hold no counted proxy of this member',
  'governance.count_invalid': 'a count is a whole number, 0 or more',
  'governance.hands_exceed_attendance': 'more hands than the {counted} members present or represented',
  'governance.meeting_transition_not_allowed': 'a meeting that is {status} cannot take the step {action}',
  'governance.invitation_transition_not_allowed':
    'an invitation that is {status} cannot take the step {action}',
  'governance.invitations_not_convened':
    'invitations to a meeting are sent while it is convened (it is {status})',
  'governance.invitations_unchanged':
    'the meeting has not changed since its invitations were sent, and every seat holder has one',
  'governance.invitations_none_failed': 'no invitation of the latest round failed or waits for an address',
  'governance.invitations_no_recipients': 'no one holds a seat of this body on the meeting’s date',
  'governance.meeting_has_open_votes': '{count} votes of this meeting are still open: close them first',
  'governance.minutes_meeting_required': 'name the later meeting at which the minutes are approved',
  'governance.minutes_meeting_not_later':
    'minutes are approved at a later meeting of the same body, under way or held',
  'governance.seat_category_twice': 'the seat category {category} is listed twice',
  'governance.seat_held': 'a seat category still held by a mandate cannot be removed',
  'governance.seat_not_of_body': 'this seat is not one of this body’s',
  'governance.person_not_found': 'no such person',
  'governance.dates_reversed': 'the end comes before the start',
  'governance.timezone_unknown': 'unknown time zone {timezone}',
  'governance.place_required': 'a meeting held in person or hybrid needs a place',
  'governance.url_required': 'an online or hybrid meeting needs its link',
  'governance.meeting_not_found': 'no meeting {id}',
  'governance.meeting_closed': 'a meeting that is {status} no longer takes this change',
  'governance.minutes_not_editable': 'minutes are written once the meeting is held (it is {status})',
  'governance.agenda_item_not_of_meeting': 'this agenda item is not on this meeting’s agenda',
  'governance.linked_record_incomplete': 'a linked record needs both its type and its id',
  'governance.vote_not_of_meeting': 'this vote was not taken at this meeting',
  'governance.motion_not_adopted': 'a decision follows an adopted motion only',
  'governance.vote_not_found': 'no vote {id}',
  'governance.motion_not_found': 'no motion {id}',
  'governance.not_a_member': 'only a member of this body votes',
  'governance.not_seated': 'only a member holding a seat on this body on the meeting’s day votes',
  'governance.proxy_giver_not_seated':
    'only a member holding a seat on this body on the meeting’s day gives a proxy',
  'governance.proxy_holder_not_seated':
    'a proxy is held by another member holding a seat on this body on the meeting’s day',
  'governance.vote_by_roll_call': 'this vote is taken by roll call: members cast their own votes',
  'governance.meeting_not_in_session': 'a vote is opened only while its meeting is convened (it is {status})',
  // Edits made on a copy that is no longer current (If-Match)
  'record.changed':
    'this record was changed by someone else after you loaded it (it is now at version {version}): load it again and redo your changes',
  'record.version_required':
    'send the version you edited in If-Match (the ETag of the record as you loaded it), so no one else’s change is overwritten',
} as const;

/** The stable code of a domain error: what clients may rely on, whatever the language. */
export type ErrorCode = keyof typeof en;

const fr: Record<ErrorCode, string> = {
  'text.blank': 'Ne doit pas être vide',
  'text.missing': 'Un texte est requis dans au moins une langue',
  'country.invalid': '« {value} » n’est pas un code de pays ISO 3166-1 alpha-2',
  'language.invalid': '« {value} » n’est pas un code de langue ISO 639-1',
  'cursor.invalid': 'Ce curseur n’a pas été fourni par cette liste',
  'date.invalid': '« {value} » n’est pas une date du calendrier (AAAA-MM-JJ)',
  'date.out_of_range': 'La date {value} est en dehors de la période du {earliest} au {latest}',
  'date.before_start': 'La date {date} est antérieure au {start}',
  'date.signed_in_future':
    'Une signature ne peut pas être datée dans le futur : le {date} n’est pas encore arrivé',
  'date.far_from_source':
    'Le volet {number} est daté du {date}, à plus de deux ans de la publication de sa source ({published}) : vérifiez la date',
  'account.not_found': 'Compte introuvable : {id}',
  'agreement.not_found': 'Accord introuvable : {id}',
  'document.not_found': 'Le document {id} n’existe pas dans l’accord {agreementId}',
  'event.not_found': 'Événement introuvable : {id}',
  'membership.not_found': 'Adhésion introuvable : {id}',
  'declaration.not_found': 'L’accord {id} n’est pas déclaré au réseau {network}',
  'network.not_found': 'Réseau introuvable : {id}',
  'organization.not_found': 'Organisation introuvable : {id}',
  'part.not_found': 'Le volet {id} n’existe pas dans l’accord {agreementId}',
  'part.not_in_agreement': 'Le volet {id} n’existe pas dans cet accord',
  'person.not_found': 'Personne introuvable : {id}',
  'place.not_found': 'Lieu introuvable : {id}',
  'import_review.not_found': 'Aucun nom à vérifier : {id}',
  'press_article.not_found': 'Aucun article de presse {id}',
  'press_proposal.not_found': 'Aucune proposition {id}',
  'post.not_found': 'Fonction introuvable : {id}',
  'citation.not_found': 'Citation introuvable : {id}',
  'source.not_found': 'Source introuvable : {id}',
  'access.sign_in_required': 'Connectez-vous d’abord',
  'access.forbidden': 'Vous n’avez pas le droit de faire ceci ici',
  'access.cross_site': 'Les modifications ne peuvent venir que des pages de Jumelage',
  'idempotency_key.invalid': 'Une clé d’idempotence compte de 1 à 255 caractères ASCII imprimables',
  'idempotency_key.other_request':
    'Cette clé d’idempotence a servi à une autre requête : envoyez celle-ci avec une nouvelle clé',
  'idempotency_key.in_progress':
    'Une requête portant cette clé d’idempotence est encore en cours : réessayez dans un instant',
  'idempotency_key.answer_lost':
    'La requête envoyée avec cette clé d’idempotence a été exécutée, mais sa réponse a été perdue : cherchez l’enregistrement plutôt que de la renvoyer',
  'place.coordinates_incomplete': 'La latitude et la longitude se renseignent ensemble',
  'organization.subkind_mismatch': '« {subkind} » n’est pas une sous-catégorie de « {kind} »',
  'organization.own_parent': 'Une organisation ne peut pas être sa propre organisation de rattachement',
  'organization.body_parent_forbidden':
    'Seuls les agents ou le secrétariat de l’organisation elle-même peuvent y rattacher une instance',
  'organization.out_of_reach': 'Après cette modification, vous n’agiriez plus pour cette organisation',
  'organization.location_required': 'Une collectivité territoriale doit avoir un pays ou un lieu',
  'organization.not_a_body': '{id} n’est pas une instance (conseil, bureau…)',
  'person.change_forbidden': 'Vous ne pouvez pas modifier cette personne',
  'person.contact_details_forbidden':
    'Les coordonnées ne peuvent être modifiées que par la personne elle-même, par un agent d’une organisation où elle exerce une fonction, ou par un administrateur',
  'post.other_organization': 'Cette fonction relève d’une autre organisation',
  'membership.person_or_organization':
    'Une adhésion concerne soit une personne, soit une organisation membre',
  'membership.self': 'Une organisation ne peut pas être membre d’elle-même',
  'membership.neither_side': 'Vous n’agissez pour aucune des deux parties de cette adhésion',
  'membership.transition_not_allowed': 'Une adhésion au statut « {status} » ne peut pas être {action}',
  'membership.awaits_other_side': 'C’est {side} qui répond',
  'declaration.step_not_allowed':
    'Un accord au statut « {status} » auprès du réseau ne peut pas être {action}',
  'declaration.other_side': 'Cette étape revient à {side}',
  'declaration.reason_needed': 'Dites pourquoi vous le renvoyez, pour que le membre sache quoi corriger',
  'membership.end_in_future':
    'Une adhésion se clôt le jour où elle prend fin, pas avant : le {date} n’est pas encore arrivé',
  'membership.reason_required':
    'Dites pourquoi l’adhésion est {action} : le membre en est informé, et le motif reste dans son historique',
  'membership.decision_not_found': 'Aucune décision ne porte cet identifiant',
  'membership.decision_required':
    'Selon les règles du réseau, une instance en décide : citez la décision par laquelle l’adhésion est {action}',
  'membership.decision_not_expected': 'Cette étape n’est pas de celles qu’une décision prend',
  'membership.decision_other_record': 'La décision citée porte sur un autre dossier que cette adhésion',
  'membership.decision_other_effect': 'La décision citée ne dit pas que l’adhésion est {action}',
  'membership.decision_other_body':
    'La décision citée n’a pas été prise par l’instance que désignent les règles du réseau',
  'membership.decision_applied': 'La décision citée a déjà été exécutée',
  'network_rules.body_required': 'Désignez l’instance dont la résolution admet et exclut les membres',
  'network_rules.body_not_expected':
    'Une instance n’est désignée que lorsqu’une instance admet et exclut les membres',
  'network_rules.body_not_of_network': 'Ce n’est pas une instance de ce réseau',
  'fee.currency_invalid': '{value} n’est pas un code de devise ISO 4217',
  'fee.amount_invalid': '{value} n’est pas un montant entier en unités mineures, positif ou nul',
  'dues.period_invalid': '{value} n’est pas une période d’échéance de cette cotisation (par ex. {example})',
  'dues.amount_required': 'L’adhésion n’a pas de cotisation : indiquez le montant dû',
  'dues.currency_required': 'L’adhésion n’a pas de cotisation : indiquez la devise',
  'dues.exists': 'La cotisation de {period} est déjà enregistrée',
  'dues.not_found': 'Aucune cotisation pour {period}',
  'dues.already_paid': 'La cotisation de {period} a déjà été payée, le {date}',
  'dues.not_paid': 'La cotisation de {period} n’est pas marquée payée',
  'governance.entity_not_found': 'Aucun enregistrement {type} {id}',
  'governance.agreement_not_declared':
    'Cet accord n’a pas été déclaré au réseau de l’instance : un membre le déclare en l’enregistrant',
  'governance.effect_other_record': 'Cet effet porte sur un enregistrement {type} : liez-y la décision',
  'agreement.two_parties': 'Un accord compte au moins deux parties',
  'party.organization_or_description':
    'Une partie est une organisation ou, lorsque la source ne la nomme pas, une description',
  'party.duplicate': 'Cette organisation est déjà partie à l’accord',
  'agreement.transition_not_allowed': 'Un accord ne peut pas passer du statut « {from} » au statut « {to} »',
  'agreement.parts_unsigned': 'Tous les volets doivent être signés avant que l’accord soit signé',
  'agreement.partially_signed_parts':
    'Un accord est partiellement signé lorsque certains de ses volets, mais pas tous, sont signés',
  'agreement.parties_unidentified':
    'Toutes les parties doivent être identifiées avant que l’accord soit approuvé ou signé',
  'agreement.approval_required':
    'L’approbation de l’autorité de tutelle est requise pour les parties des pays suivants : {countries}',
  'agreement.signed_parts_status':
    'Un accord dont des volets sont signés ne peut pas être enregistré au statut « {status} »',
  'agreement.recorded_unsigned':
    'Un accord enregistré au statut « {status} » a été signé : indiquez la date de signature de chaque volet',
  'agreement.reason_required': 'Indiquez le motif du changement de statut',
  'agreement.parties_signed':
    'Les parties d’un accord signé ne peuvent plus changer ; enregistrez plutôt un avenant',
  'agreement.party_has_signatory': 'Une partie pour laquelle un signataire a signé ne peut pas être retirée',
  'agreement.signed_takes_amendments':
    'Un accord signé reçoit des avenants ou des renouvellements, pas de volets supplémentaires',
  'agreement.closed': 'L’accord est au statut « {status} »',
  'agreement.readers_lose_access': 'Après cette modification, vous ne pourriez plus consulter l’accord',
  'agreement.not_acting_for_parties': 'Vous n’agissez pas pour les parties à cet accord',
  'agreement.not_acting_for_new_parties':
    'Vous n’agissez pas pour les parties que cette modification désignerait',
  'part.term_extension_not_renewal': 'Seul un renouvellement prolonge la durée',
  'part.already_signed': 'Le volet {number} a déjà été signé le {date}',
  'part.signed_before_approval':
    'Un volet se signe une fois l’accord approuvé ; l’accord est au statut « {status} »',
  'part.id_invalid': 'Ce n’est pas un identifiant de volet',
  'part.signed_before_earlier_part':
    'Le volet {number}, enregistré avant celui-ci, a été signé le {earlier} : celui-ci ne peut pas avoir été signé plus tôt, le {date}',
  'part.signed_after_later_part':
    'Le volet {number}, enregistré après celui-ci, a été signé le {later} : celui-ci ne peut pas avoir été signé plus tard, le {date}',
  'partner_request.not_found': 'Demande de partenariat introuvable : {id}',
  'partner_request.not_officer': 'Seul un agent de cette collectivité peut faire cela',
  'partner_request.not_local_authority':
    'Seule une collectivité territoriale publie sur le tableau des demandes',
  'partner_request.until_past': 'La date limite est déjà passée',
  'partner_request.unknown_language': '{code} n’est pas un code de langue ISO 639-1',
  'partner_request.own_request': 'Une collectivité ne répond pas à sa propre demande',
  'partner_request.not_answerable': 'Cette demande ne reçoit plus de réponses ({status})',
  'partner_request.transition_not_allowed': 'Une demande {from} ne peut pas passer à {to}',
  'partner_request.title_required': 'Donnez un titre à la demande',
  'partner_request.message_required': 'Écrivez un message',
  'correction.not_found': 'Correction introuvable : {id}',
  'correction.reason_required': 'Indiquez pourquoi la valeur enregistrée est fausse',
  'correction.part_not_signed': 'Le volet {number} n’est pas encore signé : modifiez-le directement',
  'correction.unchanged': 'C’est déjà la valeur enregistrée',
  'correction.pending_exists': 'Une correction de cette valeur attend déjà une décision',
  'correction.transition_not_allowed': 'Une correction {from} ne peut pas être {to}',
  'correction.own_proposal':
    'Une correction est confirmée ou rejetée par une autre personne que celle qui l’a proposée',
  'correction.not_a_decider':
    'Une correction est confirmée ou rejetée par le secrétariat d’un réseau dont toutes les parties sont membres, ou par un administrateur',
  'correction.withdrawn_by_proposer': 'Seule la personne qui a proposé une correction peut la retirer',
  'signatory.not_a_party': 'Signe pour une organisation qui n’est pas partie à l’accord',
  'signatory.party_required': 'Un signataire signe pour l’une des parties',
  'approval.not_a_party': 'N’est pas partie à cet accord',
  'approval.authority_required': 'Une approbation indique l’autorité qui l’a donnée',
  'approval_policy.threshold_invalid':
    'Une approbation est exigée à partir de l’un de ces statuts : {statuses}',
  'document.visibility_invalid': 'La visibilité est l’une des suivantes : {values}',
  'document.visibility_unreadable': 'Vous ne pourriez pas consulter un document ayant cette visibilité',
  'document.empty': 'Le fichier est vide',
  'document.type_not_accepted':
    'Le fichier est de type {type} : envoyez un PDF, ou une numérisation en PNG ou en JPEG',
  'document.type_unknown':
    'Le type du fichier n’est pas reconnu : envoyez un PDF, ou une numérisation en PNG ou en JPEG',
  'upload.one_file': 'Envoyez un seul fichier',
  'upload.file_missing': 'Le fichier PDF est manquant',
  'upload.language_required': 'Indiquez la langue du texte',
  'import.file_missing': 'Envoyez le fichier à importer, en CSV ou XLSX',
  'import.file_too_large': 'Le fichier dépasse {max} Mo',
  'import.file_unreadable': 'Le fichier n’est pas un tableau CSV (UTF-8) ou XLSX',
  'import.file_empty': 'Le fichier n’a aucune ligne sous sa ligne d’en-tête',
  'import.file_not_found': 'Aucun fichier {id} à importer : envoyez-le de nouveau',
  'import.column_unknown': 'Le fichier n’a pas de colonne nommée {header}',
  'import.column_missing': 'Indiquez quelle colonne du fichier contient {column}',
  'import.column_ambiguous': 'Plusieurs colonnes pourraient contenir {column} : indiquez laquelle',
  'job.not_found': 'Aucune tâche {id}',
  'intake.file_unreadable':
    'Le fichier n’a pas pu être lu : envoyez une page web enregistrée en HTML, un PDF ou un fichier texte',
  'intake.pdf_without_text':
    'Le PDF ne contient pas de texte, seulement des images (une numérisation ?) : collez le texte de l’article, ou envoyez un PDF dont on peut copier le texte',
  'intake.file_empty': 'Le fichier ne contient aucun texte',
  'intake.text_empty': 'Collez le texte de l’article, ou envoyez-le dans un fichier',
  'intake.text_too_long': 'L’article dépasse {max} caractères : ne gardez que l’article',
  'intake.published_invalid':
    '« {value} » n’est pas une date de publication (AAAA-MM-JJ, ou AAAA-MM si le jour n’est pas connu)',
  'intake.language_unsupported':
    '« {value} » n’est pas une langue dans laquelle les articles sont lus : {languages}',
  'event.timezone_invalid': '« {value} » n’est pas un fuseau horaire',
  'event.time_invalid': 'Une heure s’écrit HH:MM',
  'event.time_without_date': 'Une heure demande le jour où elle tombe',
  'event.time_without_zone': 'Une heure demande le fuseau horaire où elle est donnée',
  'event.end_before_start': 'L’événement finit avant de commencer',
  'event.out_of_reach': 'Vous n’agiriez plus pour l’organisateur de l’événement',
  'event.transition_not_allowed': 'Un événement au statut « {from} » ne peut pas être {action}',
  'participant.person_or_organization': 'Un participant est une personne ou une organisation',
  'source.url_invalid': '« {value} » n’est pas une adresse http(s)',
  'withdrawal.already_withdrawn': 'Il a déjà été retiré',
  'press_article.language_unknown':
    'La langue de l’article n’a pas pu être reconnue : indiquez s’il est en arabe, en français, en anglais ou en espagnol',
  'press_article.file_too_large': 'Le fichier dépasse {max} Mo : aucun article de presse n’est si long',
  'press_article.file_missing': 'Envoyez l’article comme fichier dans le champ « file »',
  'press_article.submitted_meanwhile':
    'Le même article a été soumis au même moment : ouvrez-le depuis la liste',
  'press_article.not_queued': 'Cet article a déjà été lu',
  'press_proposal.already_decided': 'Cette proposition a déjà été tranchée',
  'press_proposal.stale':
    'Cette proposition a été corrigée ou tranchée depuis que vous l’avez ouverte : rechargez-la',
  'press_proposal.not_reviewer':
    'Seuls les administrateurs de la plateforme et les relecteurs décident de ce qui entre au registre depuis la presse',
  'press_proposal.party_unresolved': 'Choisissez cette partie : un lieu, une organisation ou un nouveau lieu',
  'press_proposal.new_place_country': 'Un nouveau lieu a besoin de son pays',
  'press_proposal.same_party': 'Les deux parties sont identiques',
  'press_proposal.signatory_party':
    'Indiquez pour quelle partie cette personne a signé, ou marquez-la comme témoin',
  'press_proposal.signing_date_needed':
    'Un accord signé a besoin de sa date de signature : complétez-la d’après l’article',
  'import_review.already_resolved': 'Ce nom a déjà été tranché',
  'import_review.already_dismissed': 'Ce nom a déjà été écarté : ses paires ne sont pas importées',
  'import_review.stale':
    'Un import a changé les candidats ou les paires de ce nom depuis que vous l’avez ouvert (version {current}) : regardez-le de nouveau',
  'import_review.choice_required':
    'Choisissez un lieu du répertoire (placeId) ou décrivez un nouveau lieu (newPlace), pas les deux',
  'withdrawal.reason_required': 'Indiquez le motif du retrait',
  'account.email_taken':
    'Un compte existe déjà avec cette adresse e-mail ou avec une adresse qui lui ressemble',
  'account.disable_self': 'Vous ne pouvez pas désactiver votre propre compte',
  'account.person_linked_elsewhere': 'Un autre compte est déjà rattaché à cette personne',
  'email.invisible_characters': 'Une adresse e-mail ne peut contenir ni caractères invisibles ni espaces',
  'email.invalid': '« {value} » n’est pas une adresse e-mail valide',
  'email.mixed_scripts':
    'Une adresse e-mail ne peut pas mêler plusieurs systèmes d’écriture, ni dans son identifiant, ni dans un élément du nom de domaine',
  'email.unchanged': 'Cette adresse est déjà celle de votre compte',
  'email.taken': 'Un autre compte utilise cette adresse ou une adresse qui lui ressemble',
  'email_change.link_invalid':
    'Ce lien n’est pas valide : il a déjà été utilisé, il a expiré ou il a été mal recopié',
  'email_change.address_taken':
    'Un autre compte utilise désormais cette adresse ou une adresse qui lui ressemble',
  'password.too_short': 'Le mot de passe doit comporter au moins {min} caractères',
  'password.too_long': 'Le mot de passe doit comporter au plus {max} caractères',
  'password.too_guessable':
    'Ce mot de passe est trop facile à deviner : choisissez une phrase plus longue, faite de mots sans rapport entre eux',
  'password.wrong': 'Le mot de passe est erroné',
  'password.too_many_attempts': 'Trop de mots de passe erronés : veuillez patienter avant de réessayer',
  'password_reset.link_invalid':
    'Ce lien de réinitialisation n’est pas valide : il a déjà été utilisé, il a expiré ou il a été mal recopié',
  'sign_in.too_many_failures': 'Trop d’échecs de connexion : réessayez dans {seconds} secondes',
  'sign_in.wrong_credentials': 'L’adresse e-mail ou le mot de passe est erroné',
  'sign_in.code_required': 'Saisissez le code de votre application d’authentification, ou un code de secours',
  'sign_in.wrong_code': 'Ce code n’est pas valide',
  'access.too_many_attempts': 'Trop de tentatives : réessayez dans {seconds} secondes',
  'session.not_found': 'Session ouverte introuvable : {id}',
  'two_factor.already_on': 'La connexion à deux facteurs est déjà activée',
  'two_factor.already_off': 'La connexion à deux facteurs est déjà désactivée',
  'two_factor.off': 'La connexion à deux facteurs n’est pas activée',
  'two_factor.setup_not_started': 'Commencez d’abord la configuration',
  'two_factor.code_not_current': 'Ce code n’est pas celui qu’affiche actuellement l’application',
  'two_factor.required_for_admins':
    'Les administrateurs de la plateforme doivent garder la connexion à deux facteurs activée',
  'token.cannot_change_sign_in':
    'Connectez-vous avec votre mot de passe pour modifier ce paramètre : un jeton d’API ne le permet pas',
  'token.cannot_create_tokens': 'Un jeton d’API ne permet pas de créer des jetons : connectez-vous',
  'token.scope_forbidden':
    'Un jeton ne peut être limité qu’à un réseau ou à une organisation où vous exercez un rôle',
  'token.not_found': 'Jeton introuvable : {id}',
  'grant.scope_not_found': 'Aucun réseau, aucune instance ni aucune organisation ne porte cet identifiant',
  'grant.duplicate': 'Ce compte détient déjà ce rôle',
  'grant.not_found': 'Le rôle {id} n’existe pas pour le compte {userId}',
  'invitation.not_found': 'Invitation introuvable : {id}',
  'invitation.scope_forbidden':
    'Vous ne pouvez inviter des personnes qu’à des rôles dans le réseau que vous gérez',
  'invitation.link_invalid':
    'Cette invitation n’est pas valide : elle a déjà été utilisée, elle a été retirée ou elle a expiré, ou le lien a été mal recopié',
  'invitation.already_accepted': 'Cette invitation a déjà été acceptée',
  'invitation.no_longer_valid':
    'Les fonctions proposées par cette invitation ne relèvent plus de la personne qui l’a envoyée ; demandez-lui une nouvelle invitation',
  'source.closed':
    'Cette source est citée par des fiches non publiques pour lesquelles vous n’agissez pas : enregistrez l’article comme nouvelle source',
  'governance.quorum_count_invalid': 'Un quorum compte au moins un membre',
  'governance.quorum_exceeds_seats': 'Le quorum dépasse les {seats} sièges de l’instance',
  'governance.quorum_fraction_invalid':
    'Une fraction de quorum a un numérateur entier de 1 à son dénominateur',
  'governance.proxies_invalid':
    'Indiquez combien de procurations un membre peut détenir : au moins 1 si les procurations sont permises',
  'governance.proxies_not_allowed': 'Le règlement de cette instance ne permet pas les procurations',
  'governance.proxy_holder_required': 'Indiquez le membre qui détient la procuration',
  'governance.proxy_holder_self': 'Un membre ne peut pas détenir sa propre procuration',
  'governance.proxy_holder_only_for_proxy':
    'Un mandataire ne se nomme que pour un membre représenté par procuration',
  'governance.vote_closed': 'Ce vote est clos',
  'governance.vote_by_show_of_hands':
    'Ce vote se fait à main levée : le secrétaire en enregistre les décomptes',
  'governance.already_voted': 'Ce membre a déjà voté',
  'governance.not_present': 'Seul un membre noté présent vote en personne',
  'governance.no_proxy': 'Vous ne détenez aucune procuration comptée de ce membre',
  'governance.count_invalid': 'Un décompte est un nombre entier, 0 ou plus',
  'governance.hands_exceed_attendance':
    'Plus de mains levées que les {counted} membres présents ou représentés',
  'governance.meeting_transition_not_allowed':
    'Une réunion au statut « {status} » ne peut pas passer par l’étape « {action} »',
  'governance.invitation_transition_not_allowed':
    'Une invitation à l’état « {status} » ne peut pas passer par l’étape « {action} »',
  'governance.invitations_not_convened':
    'Les convocations à une réunion partent tant qu’elle est convoquée (elle est « {status} »)',
  'governance.invitations_unchanged':
    'La réunion n’a pas changé depuis l’envoi des convocations, et chaque membre siégeant a la sienne',
  'governance.invitations_none_failed':
    'Aucune convocation du dernier envoi n’a échoué ni n’attend d’adresse',
  'governance.invitations_no_recipients': 'Personne ne siège dans cette instance à la date de la réunion',
  'governance.meeting_has_open_votes':
    '{count} votes de cette réunion sont encore ouverts : clôturez-les d’abord',
  'governance.minutes_meeting_required': 'Indiquez la réunion ultérieure où le procès-verbal est approuvé',
  'governance.minutes_meeting_not_later':
    'Un procès-verbal est approuvé lors d’une réunion ultérieure de la même instance, en cours ou tenue',
  'governance.seat_category_twice': 'La catégorie de sièges {category} figure deux fois',
  'governance.seat_held': 'Une catégorie de sièges encore occupée par un mandat ne peut pas être retirée',
  'governance.seat_not_of_body': 'Ce siège n’appartient pas à cette instance',
  'governance.person_not_found': 'Personne introuvable',
  'governance.dates_reversed': 'La fin précède le début',
  'governance.timezone_unknown': 'Fuseau horaire inconnu : {timezone}',
  'governance.place_required': 'Une réunion en présentiel ou hybride a besoin d’un lieu',
  'governance.url_required': 'Une réunion en ligne ou hybride a besoin de son lien',
  'governance.meeting_not_found': 'Réunion introuvable : {id}',
  'governance.meeting_closed': 'Une réunion au statut « {status} » n’accepte plus ce changement',
  'governance.minutes_not_editable':
    'Le procès-verbal s’écrit une fois la réunion tenue (elle est « {status} »)',
  'governance.agenda_item_not_of_meeting': 'Ce point n’est pas à l’ordre du jour de cette réunion',
  'governance.linked_record_incomplete': 'Un dossier lié a besoin de son type et de son identifiant',
  'governance.vote_not_of_meeting': 'Ce vote n’a pas eu lieu lors de cette réunion',
  'governance.motion_not_adopted': 'Une décision ne suit qu’une motion adoptée',
  'governance.vote_not_found': 'Vote introuvable : {id}',
  'governance.motion_not_found': 'Motion introuvable : {id}',
  'governance.not_a_member': 'Seul un membre de cette instance vote',
  'governance.not_seated': 'Seul un membre qui siège dans cette instance le jour de la réunion vote',
  'governance.proxy_giver_not_seated':
    'Seul un membre qui siège dans cette instance le jour de la réunion donne procuration',
  'governance.proxy_holder_not_seated':
    'Une procuration est détenue par un autre membre qui siège dans cette instance le jour de la réunion',
  'governance.vote_by_roll_call': 'Ce vote se fait par appel nominal : chaque membre vote lui-même',
  'governance.meeting_not_in_session':
    'Un vote ne s’ouvre que pendant que sa réunion est convoquée (elle est « {status} »)',
  'record.changed':
    'Cette fiche a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte (elle en est à la version {version}) : rechargez-la et refaites vos modifications',
  'record.version_required':
    'Envoyez dans If-Match la version que vous avez modifiée (l’ETag de la fiche telle que vous l’avez chargée), pour n’écraser la modification de personne',
};

const ar: Record<ErrorCode, string> = {
  'text.blank': 'يجب ألا يكون فارغًا',
  'text.missing': 'يلزم نص بلغة واحدة على الأقل',
  'country.invalid': '«{value}» ليس رمز بلد وفق معيار ISO 3166-1 alpha-2',
  'language.invalid': '«{value}» ليس رمز لغة وفق معيار ISO 639-1',
  'cursor.invalid': 'هذا المؤشر لم يصدر عن هذه القائمة',
  'date.invalid': '«{value}» ليس تاريخًا صحيحًا بالصيغة YYYY-MM-DD',
  'date.out_of_range': 'التاريخ {value} خارج الفترة الممتدة من {earliest} إلى {latest}',
  'date.before_start': 'التاريخ {date} سابق لتاريخ {start}',
  'date.signed_in_future': 'لا يمكن أن يكون تاريخ التوقيع في المستقبل: تاريخ {date} لم يحلّ بعد',
  'date.far_from_source':
    'تاريخ الجزء {number} هو {date}، أي على بُعد أكثر من سنتين من تاريخ نشر مصدره ({published}): تحقّق من التاريخ',
  'account.not_found': 'لا يوجد حساب بالمعرّف {id}',
  'agreement.not_found': 'لا توجد اتفاقية بالمعرّف {id}',
  'document.not_found': 'لا توجد الوثيقة {id} في الاتفاقية {agreementId}',
  'event.not_found': 'لا يوجد حدث بالمعرّف {id}',
  'membership.not_found': 'لا توجد عضوية بالمعرّف {id}',
  'declaration.not_found': 'لم يُصرَّح بالاتفاقية {id} لدى الشبكة {network}',
  'network.not_found': 'لا توجد شبكة بالمعرّف {id}',
  'organization.not_found': 'لا توجد منظمة بالمعرّف {id}',
  'part.not_found': 'لا يوجد الجزء {id} في الاتفاقية {agreementId}',
  'part.not_in_agreement': 'لا يوجد الجزء {id} في هذه الاتفاقية',
  'person.not_found': 'لا يوجد شخص بالمعرّف {id}',
  'place.not_found': 'لا يوجد مكان بالمعرّف {id}',
  'import_review.not_found': 'لا يوجد اسم قيد المراجعة بالمعرّف {id}',
  'press_article.not_found': 'لا يوجد مقال صحفي بالمعرّف {id}',
  'press_proposal.not_found': 'لا يوجد اقتراح بالمعرّف {id}',
  'post.not_found': 'لا يوجد منصب بالمعرّف {id}',
  'citation.not_found': 'لا يوجد استشهاد بالمعرّف {id}',
  'source.not_found': 'لا يوجد مصدر بالمعرّف {id}',
  'access.sign_in_required': 'سجّل الدخول أولًا',
  'access.forbidden': 'لا يحق لك القيام بهذا هنا',
  'access.cross_site': 'لا يمكن إجراء التعديلات إلا من صفحات Jumelage نفسها',
  'idempotency_key.invalid': 'مفتاح عدم التكرار من 1 إلى 255 حرفًا مطبوعًا من ASCII',
  'idempotency_key.other_request': 'استُعمل مفتاح عدم التكرار هذا لطلب آخر: أرسل هذا الطلب بمفتاح جديد',
  'idempotency_key.in_progress': 'ما زال طلب يحمل مفتاح عدم التكرار هذا قيد التنفيذ: أعد المحاولة بعد لحظة',
  'idempotency_key.answer_lost':
    'نُفّذ الطلب المرسل بمفتاح عدم التكرار هذا، لكن جوابه ضاع: ابحث عن السجل بدل إرساله من جديد',
  'place.coordinates_incomplete': 'يُدخَل خط العرض وخط الطول معًا',
  'organization.subkind_mismatch': '«{subkind}» ليس صنفًا فرعيًا من «{kind}»',
  'organization.own_parent': 'لا يمكن أن تكون المنظمة تابعة لنفسها',
  'organization.body_parent_forbidden': 'لا يُلحق هيئةً بمنظمة إلا موظفوها أو أمانتها',
  'organization.out_of_reach': 'بعد هذا التعديل لن تعود تتصرف باسم هذه المنظمة',
  'organization.location_required': 'يجب تحديد بلد أو مكان للجماعة الترابية',
  'organization.not_a_body': '{id} ليست هيئة (مجلس، مكتب…)',
  'person.change_forbidden': 'لا يحق لك تعديل بيانات هذا الشخص',
  'person.contact_details_forbidden':
    'لا يغيّر بيانات الاتصال إلا الشخص نفسه، أو موظف منظمة يشغل فيها منصبًا، أو مشرف المنصة',
  'post.other_organization': 'هذا المنصب تابع لمنظمة أخرى',
  'membership.person_or_organization': 'تخص العضوية إما شخصًا وإما منظمة عضوًا',
  'membership.self': 'لا يمكن أن تكون المنظمة عضوًا في نفسها',
  'membership.neither_side': 'لا تتصرف باسم أي من طرفي هذه العضوية',
  'membership.transition_not_allowed': 'لا يمكن {action} عضوية في حالة «{status}»',
  'membership.awaits_other_side': 'الرد على هذا من شأن {side}',
  'declaration.step_not_allowed': 'لا يمكن {action} اتفاقية في حالة «{status}» لدى الشبكة',
  'declaration.other_side': 'هذه الخطوة من شأن {side}',
  'declaration.reason_needed': 'اذكر سبب الإرجاع ليعرف العضو ما يصحّحه',
  'membership.end_in_future': 'تُنهى العضوية في يوم انتهائها لا قبله: تاريخ {date} لم يحلّ بعد',
  'membership.reason_required': 'اذكر سبب {action} العضوية: يُبلَّغ به العضو ويُحفظ في سجلّها',
  'membership.decision_not_found': 'لا يوجد قرار بهذا المعرّف',
  'membership.decision_required': 'تُسند قواعد الشبكة هذا إلى هيئة: اذكر القرار الذي تقرّر به {action} العضوية',
  'membership.decision_not_expected': 'ليست هذه الخطوة مما يتّخذه قرار',
  'membership.decision_other_record': 'القرار المذكور يخص سجلًا آخر لا هذه العضوية',
  'membership.decision_other_effect': 'القرار المذكور لا يقضي بـ{action} العضوية',
  'membership.decision_other_body': 'القرار المذكور لم تتخذه الهيئة التي تسمّيها قواعد الشبكة',
  'membership.decision_applied': 'القرار المذكور نُفِّذ من قبل',
  'network_rules.body_required': 'سمِّ الهيئة التي يقبل قرارها الأعضاء ويستبعدهم',
  'network_rules.body_not_expected': 'لا تُسمّى هيئة إلا إذا كانت هيئة هي التي تقبل الأعضاء وتستبعدهم',
  'network_rules.body_not_of_network': 'ليست هيئة من هيئات هذه الشبكة',
  'fee.currency_invalid': '{value} ليس رمز عملة وفق ISO 4217',
  'fee.amount_invalid': '{value} ليس مبلغًا صحيحًا بالوحدات الصغرى، صفرًا أو أكثر',
  'dues.period_invalid': '{value} ليست فترة استحقاق لهذا الاشتراك (مثلًا {example})',
  'dues.amount_required': 'لا اشتراك لهذه العضوية: اذكر المبلغ المستحق',
  'dues.currency_required': 'لا اشتراك لهذه العضوية: اذكر العملة',
  'dues.exists': 'مستحقات {period} مسجّلة من قبل',
  'dues.not_found': 'لا مستحقات لـ{period}',
  'dues.already_paid': 'دُفعت مستحقات {period} من قبل، في {date}',
  'dues.not_paid': 'مستحقات {period} غير مسجّلة مدفوعة',
  'governance.entity_not_found': 'لا يوجد سجل {type} بالمعرّف {id}',
  'governance.agreement_not_declared': 'لم يُصرَّح بهذا الاتفاق لدى شبكة الهيئة: يصرّح به العضو عند تسجيله',
  'governance.effect_other_record': 'هذا الأثر يخص سجلًا من نوع {type}: اربط القرار به',
  'agreement.two_parties': 'للاتفاقية طرفان على الأقل',
  'party.organization_or_description': 'الطرف منظمة، أو وصفٌ لها إن لم يسمّها المصدر',
  'party.duplicate': 'هذه المنظمة طرف في الاتفاقية من قبل',
  'agreement.transition_not_allowed': 'لا يمكن أن تنتقل الاتفاقية من حالة «{from}» إلى حالة «{to}»',
  'agreement.parts_unsigned': 'يجب توقيع جميع الأجزاء قبل توقيع الاتفاقية',
  'agreement.partially_signed_parts': 'تكون الاتفاقية موقعة جزئيًا عندما يكون بعض أجزائها، لا كلها، موقعًا',
  'agreement.parties_unidentified': 'يجب تحديد جميع الأطراف قبل الموافقة على الاتفاقية أو توقيعها',
  'agreement.approval_required':
    'تلزم موافقة سلطة الوصاية بالنسبة إلى الأطراف من البلدان التالية: {countries}',
  'agreement.signed_parts_status': 'لا يمكن تسجيل اتفاقية لها أجزاء موقعة في حالة «{status}»',
  'agreement.recorded_unsigned': 'الاتفاقية المسجلة في حالة «{status}» قد وُقّعت: أدخل تاريخ توقيع كل جزء منها',
  'agreement.reason_required': 'اذكر سبب تغيير الحالة',
  'agreement.parties_signed': 'لا يمكن تغيير أطراف اتفاقية موقعة؛ سجّل تعديلًا بدلًا من ذلك',
  'agreement.party_has_signatory': 'لا يمكن حذف طرف وقّع باسمه أحد الموقِّعين',
  'agreement.signed_takes_amendments': 'تقبل الاتفاقية الموقعة تعديلات أو تجديدات، لا أجزاء إضافية',
  'agreement.closed': 'الاتفاقية في حالة «{status}»',
  'agreement.readers_lose_access': 'بعد هذا التغيير لن يكون بإمكانك الاطلاع على الاتفاقية',
  'agreement.not_acting_for_parties': 'لا تتصرف باسم أطراف هذه الاتفاقية',
  'agreement.not_acting_for_new_parties': 'لا تتصرف باسم الأطراف التي سيعيّنها هذا التغيير',
  'part.term_extension_not_renewal': 'لا يمدّد المدةَ إلا التجديد',
  'part.already_signed': 'وُقِّع الجزء {number} من قبل بتاريخ {date}',
  'part.signed_before_approval': 'يُوقَّع الجزء بعد الموافقة على الاتفاقية؛ وهي الآن في حالة «{status}»',
  'part.id_invalid': 'ليس معرّف جزء',
  'part.signed_before_earlier_part':
    'الجزء {number}، المسجَّل قبل هذا الجزء، وُقّع في {earlier}: لا يمكن أن يكون هذا الجزء قد وُقّع قبله، في {date}',
  'part.signed_after_later_part':
    'الجزء {number}، المسجَّل بعد هذا الجزء، وُقّع في {later}: لا يمكن أن يكون هذا الجزء قد وُقّع بعده، في {date}',
  'partner_request.not_found': 'لا يوجد طلب شراكة بالمعرّف {id}',
  'partner_request.not_officer': 'لا يقوم بهذا إلا موظف في هذه الجماعة',
  'partner_request.not_local_authority': 'لا تنشر في لوحة طلبات الشراكة إلا الجماعات الترابية',
  'partner_request.until_past': 'آخر أجل قد مضى',
  'partner_request.unknown_language': '{code} ليس رمز لغة وفق ISO 639-1',
  'partner_request.own_request': 'لا تجيب الجماعة على طلبها',
  'partner_request.not_answerable': 'لم يعد هذا الطلب يقبل الردود ({status})',
  'partner_request.transition_not_allowed': 'لا يمكن لطلب حالته «{from}» أن يصبح «{to}»',
  'partner_request.title_required': 'أعطِ الطلب عنوانًا',
  'partner_request.message_required': 'اكتب رسالة',
  'correction.not_found': 'لا يوجد تصحيح بالمعرّف {id}',
  'correction.reason_required': 'اذكر سبب خطأ القيمة المسجّلة',
  'correction.part_not_signed': 'الجزء {number} لم يوقَّع بعد: عدّله مباشرة',
  'correction.unchanged': 'هذه هي القيمة المسجّلة أصلًا',
  'correction.pending_exists': 'هناك تصحيح لهذه القيمة ينتظر قرارًا',
  'correction.transition_not_allowed': 'لا يمكن لتصحيح حالته «{from}» أن يصبح «{to}»',
  'correction.own_proposal': 'يؤكّد التصحيحَ أو يرفضه شخصٌ غير الذي اقترحه',
  'correction.not_a_decider': 'يؤكّد التصحيحَ أو يرفضه سكرتاريةُ شبكةٍ تنتمي إليها جميع الأطراف، أو مشرفٌ',
  'correction.withdrawn_by_proposer': 'لا يسحب التصحيحَ إلا من اقترحه',
  'signatory.not_a_party': 'يوقّع باسم منظمة ليست طرفًا في الاتفاقية',
  'signatory.party_required': 'يوقّع الموقِّع باسم أحد الأطراف',
  'approval.not_a_party': 'ليست طرفًا في هذه الاتفاقية',
  'approval.authority_required': 'تُذكر في الموافقة السلطةُ التي أصدرتها',
  'approval_policy.threshold_invalid': 'تُشترط الموافقة ابتداءً من إحدى الحالات التالية: {statuses}',
  'document.visibility_invalid': 'الإتاحة إحدى القيم التالية: {values}',
  'document.visibility_unreadable': 'لن يكون بإمكانك الاطلاع على وثيقة بهذه الإتاحة',
  'document.empty': 'الملف فارغ',
  'document.type_not_accepted': 'الملف من نوع {type}: أرسل ملف PDF، أو نسخة ممسوحة بصيغة PNG أو JPEG',
  'document.type_unknown': 'نوع الملف غير معروف: أرسل ملف PDF، أو نسخة ممسوحة بصيغة PNG أو JPEG',
  'upload.one_file': 'أرسل ملفًا واحدًا',
  'upload.file_missing': 'ملف PDF مفقود',
  'upload.language_required': 'حدّد لغة النص',
  'import.file_missing': 'أرسل الملف المراد استيراده بصيغة CSV أو XLSX',
  'import.file_too_large': 'حجم الملف يتجاوز {max} ميغابايت',
  'import.file_unreadable': 'الملف ليس جدولًا بصيغة CSV (UTF-8) أو XLSX',
  'import.file_empty': 'لا يحتوي الملف على أي سطر تحت سطر العناوين',
  'import.file_not_found': 'لا يوجد ملف {id} للاستيراد: أرسله مجددًا',
  'import.column_unknown': 'لا يحتوي الملف على عمود باسم {header}',
  'import.column_missing': 'حدّد عمود الملف الذي يحتوي على {column}',
  'import.column_ambiguous': 'قد تحتوي عدة أعمدة على {column}: حدّد أيها',
  'job.not_found': 'لا توجد مهمة {id}',
  'intake.file_unreadable': 'تعذّرت قراءة الملف: أرسل صفحة ويب محفوظة بصيغة HTML، أو ملف PDF، أو ملفًا نصيًا',
  'intake.pdf_without_text':
    'لا يحتوي ملف PDF على نص، بل على صور فقط (نسخة ممسوحة؟): الصق نص المقال، أو أرسل ملف PDF يمكن نسخ نصه',
  'intake.file_empty': 'لا يحتوي الملف على أي نص',
  'intake.text_empty': 'الصق نص المقال، أو أرسله في ملف',
  'intake.text_too_long': 'يتجاوز المقال {max} حرف: احتفظ بالمقال وحده',
  'intake.published_invalid': '«{value}» ليس تاريخ نشر (YYYY-MM-DD، أو YYYY-MM إذا لم يُعرف اليوم)',
  'intake.language_unsupported': '«{value}» ليست لغة تُقرأ بها المقالات: {languages}',
  'event.timezone_invalid': '«{value}» ليست منطقة زمنية',
  'event.time_invalid': 'تُكتب الساعة بالصيغة HH:MM',
  'event.time_without_date': 'تحتاج الساعة إلى اليوم الذي تقع فيه',
  'event.time_without_zone': 'تحتاج الساعة إلى المنطقة الزمنية التي تُعطى فيها',
  'event.end_before_start': 'ينتهي الحدث قبل أن يبدأ',
  'event.out_of_reach': 'لن تعود تتصرف باسم منظم الحدث',
  'event.transition_not_allowed': 'لا يمكن لحدث في حالة «{from}» أن يصير {action}',
  'participant.person_or_organization': 'المشارك شخص أو منظمة',
  'source.url_invalid': '«{value}» ليس عنوان http(s)',
  'withdrawal.already_withdrawn': 'سبق سحبه',
  'press_article.language_unknown':
    'تعذّر التعرف على لغة المقال: حدّد هل هو بالعربية أم الفرنسية أم الإنجليزية أم الإسبانية',
  'press_article.file_too_large': 'يتجاوز الملف {max} ميغابايت: لا يبلغ مقال صحفي هذا الحجم',
  'press_article.file_missing': 'أرسل المقال ملفًا في الحقل «file»',
  'press_article.submitted_meanwhile': 'قُدّم المقال نفسه في اللحظة ذاتها: افتحه من القائمة',
  'press_article.not_queued': 'سبقت قراءة هذا المقال',
  'press_proposal.already_decided': 'سبق البتّ في هذا الاقتراح',
  'press_proposal.stale': 'عُدّل هذا الاقتراح أو بُتّ فيه منذ أن فتحته: أعد تحميله',
  'press_proposal.not_reviewer': 'لا يقرر ما يدخل السجل من الصحافة إلا مديرو المنصة والمراجعون',
  'press_proposal.party_unresolved': 'اختر هذا الطرف: مكانًا أو هيئة أو مكانًا جديدًا',
  'press_proposal.new_place_country': 'يحتاج المكان الجديد إلى بلده',
  'press_proposal.same_party': 'الطرفان متطابقان',
  'press_proposal.signatory_party': 'حدّد الطرف الذي وقّع عنه هذا الشخص، أو اجعله شاهدًا',
  'press_proposal.signing_date_needed': 'تحتاج الاتفاقية الموقعة إلى تاريخ توقيعها: أكمله من المقال',
  'import_review.already_resolved': 'سبق البتّ في هذا الاسم',
  'import_review.already_dismissed': 'سبق استبعاد هذا الاسم: لا تُستورد أزواجه',
  'import_review.stale':
    'غيّر استيرادٌ مرشحي هذا الاسم أو أزواجه منذ أن فتحتموه (الإصدار {current}): راجعوه من جديد',
  'import_review.choice_required':
    'اختاروا مكانًا من الدليل (placeId) أو صِفوا مكانًا جديدًا (newPlace)، لا الاثنين معًا',
  'withdrawal.reason_required': 'اذكر سبب السحب',
  'account.email_taken': 'يوجد من قبل حساب بهذا البريد الإلكتروني أو بعنوان يشبهه',
  'account.disable_self': 'لا يمكنك تعطيل حسابك بنفسك',
  'account.person_linked_elsewhere': 'هذا الشخص مرتبط بحساب آخر',
  'email.invisible_characters': 'لا يجوز أن يتضمن عنوان البريد الإلكتروني أحرفًا غير مرئية أو مسافات',
  'email.invalid': '«{value}» ليس عنوان بريد إلكتروني صالحًا',
  'email.mixed_scripts':
    'لا يجوز أن يجمع عنوان البريد الإلكتروني بين أكثر من نظام كتابة في اسم المستخدم أو في أحد أجزاء اسم النطاق',
  'email.unchanged': 'هذا هو العنوان المستعمل حاليًا في حسابك',
  'email.taken': 'يستعمل حساب آخر هذا العنوان أو عنوانًا يشبهه',
  'email_change.link_invalid':
    'هذا الرابط غير صالح: إما أنه استُعمل من قبل، أو انتهت صلاحيته، أو نُسخ بشكل خاطئ',
  'email_change.address_taken': 'أصبح حساب آخر يستعمل هذا العنوان أو عنوانًا يشبهه',
  'password.too_short': 'يجب ألا يقل طول كلمة المرور عن {min} حرفًا',
  'password.too_long': 'يجب ألا يزيد طول كلمة المرور على {max} حرفًا',
  'password.too_guessable': 'كلمة المرور هذه سهلة التخمين: استعمل عبارة أطول من كلمات لا رابط بينها',
  'password.wrong': 'كلمة المرور غير صحيحة',
  'password.too_many_attempts': 'محاولات كثيرة بكلمة مرور خاطئة: انتظر قبل إعادة المحاولة',
  'password_reset.link_invalid':
    'رابط إعادة تعيين كلمة المرور غير صالح: إما أنه استُعمل من قبل، أو انتهت صلاحيته، أو نُسخ بشكل خاطئ',
  'sign_in.too_many_failures': 'محاولات دخول فاشلة كثيرة: أعد المحاولة بعد {seconds} ثانية',
  'sign_in.wrong_credentials': 'البريد الإلكتروني أو كلمة المرور غير صحيحة',
  'sign_in.code_required': 'أدخل الرمز الظاهر في تطبيق المصادقة، أو أحد رموز الاسترداد',
  'sign_in.wrong_code': 'هذا الرمز غير صالح',
  'access.too_many_attempts': 'محاولات كثيرة جدًا: أعد المحاولة بعد {seconds} ثانية',
  'session.not_found': 'لا توجد جلسة مفتوحة بالمعرّف {id}',
  'two_factor.already_on': 'الدخول بعاملين مفعّل من قبل',
  'two_factor.already_off': 'الدخول بعاملين معطّل من قبل',
  'two_factor.off': 'الدخول بعاملين غير مفعّل',
  'two_factor.setup_not_started': 'ابدأ الإعداد أولًا',
  'two_factor.code_not_current': 'هذا الرمز ليس الرمز الذي يعرضه التطبيق الآن',
  'two_factor.required_for_admins': 'يجب على مشرفي المنصة إبقاء الدخول بعاملين مفعّلًا',
  'token.cannot_change_sign_in': 'سجّل الدخول بكلمة المرور لتغيير هذا الإعداد: لا يتيح ذلك رمز الوصول',
  'token.cannot_create_tokens': 'لا يتيح رمز الوصول إنشاء رموز وصول أخرى: سجّل الدخول',
  'token.scope_forbidden': 'لا يمكن حصر رمز الوصول إلا في شبكة أو منظمة لك فيها دور',
  'token.not_found': 'لا يوجد رمز وصول بالمعرّف {id}',
  'grant.scope_not_found': 'لا توجد شبكة أو هيئة أو منظمة بهذا المعرّف',
  'grant.duplicate': 'لهذا الحساب هذا الدور من قبل',
  'grant.not_found': 'لا يوجد الدور {id} في الحساب {userId}',
  'invitation.not_found': 'لا توجد دعوة بالمعرّف {id}',
  'invitation.scope_forbidden': 'لا يمكنك دعوة أشخاص إلا إلى أدوار في الشبكة التي تديرها',
  'invitation.link_invalid':
    'هذه الدعوة غير صالحة: إما أنها استُعملت من قبل، أو سُحبت، أو انتهت صلاحيتها، أو نُسخ رابطها بشكل خاطئ',
  'invitation.already_accepted': 'قُبلت هذه الدعوة من قبل',
  'invitation.no_longer_valid': 'لم تعد الأدوار المقترحة في هذه الدعوة من صلاحية مرسلها؛ اطلب منه دعوة جديدة',
  'source.closed': 'يستشهد بهذا المصدر سجلات غير عامة لا تتصرف باسمها: سجّل المقال مصدرًا جديدًا',
  'governance.quorum_count_invalid': 'يضم النصاب عضوًا واحدًا على الأقل',
  'governance.quorum_exceeds_seats': 'النصاب أكبر من مقاعد الهيئة وعددها {seats}',
  'governance.quorum_fraction_invalid': 'بسط كسر النصاب عدد صحيح من 1 إلى مقامه',
  'governance.proxies_invalid':
    'حدّد عدد التوكيلات التي يحملها العضو الواحد: واحد على الأقل إذا كانت التوكيلات مسموحًا بها',
  'governance.proxies_not_allowed': 'لا يسمح نظام هذه الهيئة بالتوكيلات',
  'governance.proxy_holder_required': 'حدّد العضو الذي يحمل التوكيل',
  'governance.proxy_holder_self': 'لا يحمل العضو توكيل نفسه',
  'governance.proxy_holder_only_for_proxy': 'لا يُذكر حامل التوكيل إلا لعضو ممثَّل بتوكيل',
  'governance.vote_closed': 'هذا التصويت مغلق',
  'governance.vote_by_show_of_hands': 'يجري هذا التصويت برفع الأيدي: يسجّل الكاتب نتائجه',
  'governance.already_voted': 'صوّت هذا العضو من قبل',
  'governance.not_present': 'لا يصوّت حضوريًا إلا عضو مسجَّل حاضرًا',
  'governance.no_proxy': 'لا تحمل توكيلًا محسوبًا من هذا العضو',
  'governance.count_invalid': 'العدد رقم صحيح، صفر أو أكثر',
  'governance.hands_exceed_attendance':
    'الأيدي المرفوعة أكثر من الأعضاء الحاضرين أو الممثَّلين وعددهم {counted}',
  'governance.meeting_transition_not_allowed': 'لا يمكن لاجتماع في حالة «{status}» أن يمر بالخطوة «{action}»',
  'governance.invitation_transition_not_allowed':
    'لا يمكن لدعوة في حالة «{status}» أن تمر بالخطوة «{action}»',
  'governance.invitations_not_convened': 'تُرسَل الدعوات إلى الاجتماع ما دام منعقدًا بدعوة (حالته «{status}»)',
  'governance.invitations_unchanged': 'لم يتغير الاجتماع منذ إرسال دعواته، ولكل شاغل مقعد دعوته',
  'governance.invitations_none_failed': 'لم تفشل أي دعوة من آخر إرسال ولا تنتظر أي منها عنوانًا',
  'governance.invitations_no_recipients': 'لا أحد يشغل مقعدًا في هذه الهيئة في تاريخ الاجتماع',
  'governance.meeting_has_open_votes': 'ما زال {count} من تصويتات هذا الاجتماع مفتوحًا: أغلقها أولًا',
  'governance.minutes_meeting_required': 'حدّد الاجتماع اللاحق الذي يُصادَق فيه على المحضر',
  'governance.minutes_meeting_not_later': 'يُصادَق على المحضر في اجتماع لاحق للهيئة نفسها، جارٍ أو منعقد',
  'governance.seat_category_twice': 'فئة المقاعد {category} مذكورة مرتين',
  'governance.seat_held': 'لا يمكن حذف فئة مقاعد ما زال يشغلها انتداب',
  'governance.seat_not_of_body': 'هذا المقعد ليس من مقاعد هذه الهيئة',
  'governance.person_not_found': 'لا يوجد هذا الشخص',
  'governance.dates_reversed': 'النهاية تسبق البداية',
  'governance.timezone_unknown': 'منطقة زمنية غير معروفة: {timezone}',
  'governance.place_required': 'يحتاج الاجتماع الحضوري أو المختلط إلى مكان',
  'governance.url_required': 'يحتاج الاجتماع عن بعد أو المختلط إلى رابطه',
  'governance.meeting_not_found': 'لا يوجد اجتماع بالمعرّف {id}',
  'governance.meeting_closed': 'لم يعد الاجتماع في حالة «{status}» يقبل هذا التغيير',
  'governance.minutes_not_editable': 'يُكتب المحضر بعد انعقاد الاجتماع (حالته «{status}»)',
  'governance.agenda_item_not_of_meeting': 'هذا البند ليس في جدول أعمال هذا الاجتماع',
  'governance.linked_record_incomplete': 'يحتاج السجل المرتبط إلى نوعه ومعرّفه معًا',
  'governance.vote_not_of_meeting': 'لم يجر هذا التصويت في هذا الاجتماع',
  'governance.motion_not_adopted': 'لا يترتب قرار إلا على مقترح معتمد',
  'governance.vote_not_found': 'لا يوجد تصويت بالمعرّف {id}',
  'governance.motion_not_found': 'لا يوجد مقترح بالمعرّف {id}',
  'governance.not_a_member': 'لا يصوّت إلا عضو في هذه الهيئة',
  'governance.not_seated': 'لا يصوّت إلا عضو يشغل مقعدًا في هذه الهيئة يوم الاجتماع',
  'governance.proxy_giver_not_seated': 'لا يمنح التوكيل إلا عضو يشغل مقعدًا في هذه الهيئة يوم الاجتماع',
  'governance.proxy_holder_not_seated': 'لا يحمل التوكيل إلا عضو آخر يشغل مقعدًا في هذه الهيئة يوم الاجتماع',
  'governance.vote_by_roll_call': 'يجري هذا التصويت بالمناداة: يصوّت كل عضو بنفسه',
  'governance.meeting_not_in_session':
    'لا يُفتح التصويت إلا أثناء انعقاد اجتماعه بعد الدعوة إليه (حالته «{status}»)',
  'record.changed':
    'عدّل شخص آخر هذا السجل بعد أن فتحته (صار في النسخة {version}): أعد تحميله ثم أعد إدخال تعديلاتك',
  'record.version_required':
    'أرسل في If-Match النسخة التي عدّلتها (وسم ETag للسجل كما حمّلته)، كي لا تُمحى تعديلات غيرك',
};

export const ERROR_MESSAGES: Readonly<Record<UiLanguage, Readonly<Record<ErrorCode, string>>>> = {
  en,
  fr,
  ar,
};

/**
 * Names of values that messages mention (statuses, kinds, sides), as they read inside a sentence.
 * Each is written for the messages that use it: in French an adhésion is « acceptée ».
 */
const enLabels = {
  'agreement_status.proposed': 'proposed',
  'agreement_status.negotiating': 'negotiating',
  'agreement_status.awaiting_approval': 'awaiting approval',
  'agreement_status.approved': 'approved',
  'agreement_status.partially_signed': 'partially signed',
  'agreement_status.signed': 'signed',
  'agreement_status.in_force': 'in force',
  'agreement_status.suspended': 'suspended',
  'agreement_status.ended': 'ended',
  'agreement_status.withdrawn': 'withdrawn',
  'membership_status.applied': 'applied',
  'membership_status.invited': 'invited',
  'membership_status.active': 'active',
  'membership_status.declined': 'declined',
  'membership_status.ended': 'ended',
  'membership_status.suspended': 'suspended',
  'membership_status.left': 'left',
  'membership_status.excluded': 'excluded',
  'membership_action.accept': 'accepted',
  'membership_action.decline': 'declined',
  'membership_action.end': 'ended',
  'membership_action.suspend': 'suspended',
  'membership_action.reinstate': 'reinstated',
  'membership_action.leave': 'left',
  'membership_action.exclude': 'excluded',
  'membership_side.organization': 'organization',
  'membership_side.member': 'member',
  'membership_side.other': 'other',
  'declaration_status.declared': 'declared',
  'declaration_status.validated': 'validated',
  'declaration_status.returned': 'returned',
  'declaration_action.validate': 'validated',
  'declaration_action.return': 'returned',
  'declaration_action.redeclare': 'declared again',
  'declaration_side.network': 'the network’s secretariat',
  'declaration_side.member': 'the member that declared it',
  'declaration_side.record': 'a change of the agreement itself',
  'declaration_action.amend': 'reopened',
  'organization_kind.local_authority': 'local authority',
  'organization_kind.association_of_local_authorities': 'association of local authorities',
  'organization_kind.network': 'network',
  'organization_kind.body': 'body',
  'organization_kind.partner_institution': 'partner institution',
  'visibility.public': 'public',
  'visibility.members': 'members',
  'visibility.restricted': 'restricted',
  'correction_status.proposed': 'proposed',
  'correction_status.confirmed': 'confirmed',
  'correction_status.rejected': 'rejected',
  'correction_status.withdrawn': 'withdrawn',
} as const;

/** A value named in a message, translated like the message. */
export type LabelKey = keyof typeof enLabels;

const frLabels: Record<LabelKey, string> = {
  'agreement_status.proposed': 'proposé',
  'agreement_status.negotiating': 'en négociation',
  'agreement_status.awaiting_approval': 'en attente d’approbation',
  'agreement_status.approved': 'approuvé',
  'agreement_status.partially_signed': 'partiellement signé',
  'agreement_status.signed': 'signé',
  'agreement_status.in_force': 'en vigueur',
  'agreement_status.suspended': 'suspendu',
  'agreement_status.ended': 'terminé',
  'agreement_status.withdrawn': 'retiré',
  'membership_status.applied': 'demandée',
  'membership_status.invited': 'proposée',
  'membership_status.active': 'active',
  'membership_status.declined': 'refusée',
  'membership_status.ended': 'terminée',
  'membership_status.suspended': 'suspendue',
  'membership_status.left': 'quittée',
  'membership_status.excluded': 'exclue',
  'membership_action.accept': 'acceptée',
  'membership_action.decline': 'refusée',
  'membership_action.end': 'terminée',
  'membership_action.suspend': 'suspendue',
  'membership_action.reinstate': 'rétablie',
  'membership_action.leave': 'quittée',
  'membership_action.exclude': 'exclue',
  'membership_side.organization': 'l’organisation',
  'membership_side.member': 'le membre',
  'membership_side.other': 'l’autre partie',
  'declaration_status.declared': 'déclaré',
  'declaration_status.validated': 'validé',
  'declaration_status.returned': 'renvoyé',
  'declaration_action.validate': 'validé',
  'declaration_action.return': 'renvoyé',
  'declaration_action.redeclare': 'déclaré à nouveau',
  'declaration_side.network': 'au secrétariat du réseau',
  'declaration_side.member': 'au membre qui l’a déclaré',
  'declaration_side.record': 'la modification de l’accord lui-même',
  'declaration_action.amend': 'rouvert',
  'organization_kind.local_authority': 'collectivité territoriale',
  'organization_kind.association_of_local_authorities': 'association de collectivités',
  'organization_kind.network': 'réseau',
  'organization_kind.body': 'instance',
  'organization_kind.partner_institution': 'institution partenaire',
  'visibility.public': 'publique',
  'visibility.members': 'réservée aux membres',
  'visibility.restricted': 'restreinte',
  'correction_status.proposed': 'proposée',
  'correction_status.confirmed': 'confirmée',
  'correction_status.rejected': 'rejetée',
  'correction_status.withdrawn': 'retirée',
};

const arLabels: Record<LabelKey, string> = {
  'agreement_status.proposed': 'مقترحة',
  'agreement_status.negotiating': 'قيد التفاوض',
  'agreement_status.awaiting_approval': 'في انتظار الموافقة',
  'agreement_status.approved': 'موافق عليها',
  'agreement_status.partially_signed': 'موقعة جزئيًا',
  'agreement_status.signed': 'موقعة',
  'agreement_status.in_force': 'سارية',
  'agreement_status.suspended': 'معلقة',
  'agreement_status.ended': 'منتهية',
  'agreement_status.withdrawn': 'مسحوبة',
  'membership_status.applied': 'طلب انضمام',
  'membership_status.invited': 'دعوة',
  'membership_status.active': 'سارية',
  'membership_status.declined': 'مرفوضة',
  'membership_status.ended': 'منتهية',
  'membership_status.suspended': 'معلّقة',
  'membership_status.left': 'منسحبة',
  'membership_status.excluded': 'مستبعدة',
  'membership_action.accept': 'قبول',
  'membership_action.decline': 'رفض',
  'membership_action.end': 'إنهاء',
  'membership_action.suspend': 'تعليق',
  'membership_action.reinstate': 'إعادة',
  'membership_action.leave': 'الانسحاب من',
  'membership_action.exclude': 'استبعاد',
  'membership_side.organization': 'المنظمة المنضمّ إليها',
  'membership_side.member': 'العضو',
  'membership_side.other': 'الطرف الآخر',
  'declaration_status.declared': 'مصرَّح بها',
  'declaration_status.validated': 'مصادَق عليها',
  'declaration_status.returned': 'مُرجَعة',
  'declaration_action.validate': 'المصادقة على',
  'declaration_action.return': 'إرجاع',
  'declaration_action.redeclare': 'إعادة التصريح ب',
  'declaration_side.network': 'أمانة الشبكة',
  'declaration_side.member': 'العضو الذي صرّح بها',
  'declaration_side.record': 'تعديل الاتفاقية نفسها',
  'declaration_action.amend': 'إعادة فتح',
  'organization_kind.local_authority': 'جماعة ترابية',
  'organization_kind.association_of_local_authorities': 'جمعية جماعات ترابية',
  'organization_kind.network': 'شبكة',
  'organization_kind.body': 'هيئة',
  'organization_kind.partner_institution': 'مؤسسة شريكة',
  'visibility.public': 'عمومية',
  'visibility.members': 'للأعضاء فقط',
  'visibility.restricted': 'مقيدة',
  'correction_status.proposed': 'مقترَح',
  'correction_status.confirmed': 'مؤكَّد',
  'correction_status.rejected': 'مرفوض',
  'correction_status.withdrawn': 'مسحوب',
};

export const LABELS: Readonly<Record<UiLanguage, Readonly<Record<LabelKey, string>>>> = {
  en: enLabels,
  fr: frLabels,
  ar: arLabels,
};

/** A value for a placeholder: written as is, translated (a label), or a list joined the language's way. */
export type ErrorParam =
  | string
  | number
  | { readonly label: LabelKey }
  | { readonly list: ReadonlyArray<string | { readonly label: LabelKey }>; readonly join: 'and' | 'or' };

export type ErrorParams = Readonly<Record<string, ErrorParam>>;

/** A status, kind or side named in a message, translated with it. */
export function label(key: LabelKey): { readonly label: LabelKey } {
  return { label: key };
}

/** Values listed as alternatives ("a, b or c"). */
export function anyOf(items: ReadonlyArray<string | { readonly label: LabelKey }>): ErrorParam {
  return { list: items, join: 'or' };
}

/** Values listed together ("a, b and c"). */
export function allOf(items: ReadonlyArray<string | { readonly label: LabelKey }>): ErrorParam {
  return { list: items, join: 'and' };
}

function paramText(language: UiLanguage, value: ErrorParam): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if ('label' in value) return LABELS[language][value.label];
  const items = value.list.map((item) => paramText(language, item));
  return new Intl.ListFormat(language, { type: value.join === 'or' ? 'disjunction' : 'conjunction' }).format(
    items,
  );
}

/** Fills a template's `{name}` placeholders; one without a value stays as written. */
export function formatMessage(language: UiLanguage, template: string, params: ErrorParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : paramText(language, value);
  });
}

/** The message of a domain error in `language`. */
export function errorMessage(language: UiLanguage, code: ErrorCode, params: ErrorParams = {}): string {
  return formatMessage(language, ERROR_MESSAGES[language][code], params);
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(en, value);
}
