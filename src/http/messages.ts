import type { UiLanguage } from '../shared/codes.ts';

/**
 * Texts the API itself writes (problem titles, schema-validation messages), in every UI
 * language. Messages of domain rules are in English for now; their codes are stable.
 */
export const MESSAGES = {
  en: {
    'problem.bad_request': 'The request is malformed',
    'problem.unauthenticated': 'Sign in first',
    'auth.wrong_credentials': 'The email address or the password is wrong',
    'problem.validation': 'Some input is not valid',
    'problem.not_found': 'Not found',
    'problem.conflict': 'The request conflicts with the current state',
    'problem.payload_too_large': 'The request body is too large',
    'problem.unsupported_media_type': 'This content type is not accepted here',
    'problem.internal': 'Something went wrong on our side',
    'problem.route_not_found': 'There is no such address in the API',
    'validation.required': 'This field is required',
    'validation.additional_property': 'This field is not known',
    'validation.type': 'Expected a value of type {type}',
    'validation.format': 'Expected the format {format}',
    'validation.enum': 'Expected one of: {values}',
    'validation.too_short': 'Too short',
    'validation.too_long': 'Too long',
    'validation.too_small': 'Too small',
    'validation.too_large': 'Too large',
    'validation.pattern': 'Not in the expected form',
    'validation.too_few_items': 'Too few items',
    'validation.too_many_items': 'Too many items',
    'validation.invalid': 'Not valid',
    'validation.malformed_json': 'The body is not valid JSON',
  },
  fr: {
    'problem.bad_request': 'La requête est mal formée',
    'problem.unauthenticated': 'Connectez-vous d’abord',
    'auth.wrong_credentials': 'L’adresse e-mail ou le mot de passe est erroné',
    'problem.validation': 'Certaines données ne sont pas valides',
    'problem.not_found': 'Introuvable',
    'problem.conflict': 'La requête est incompatible avec l’état actuel',
    'problem.payload_too_large': 'Le corps de la requête est trop volumineux',
    'problem.unsupported_media_type': 'Ce type de contenu n’est pas accepté ici',
    'problem.internal': 'Une erreur s’est produite de notre côté',
    'problem.route_not_found': 'Cette adresse n’existe pas dans l’API',
    'validation.required': 'Ce champ est obligatoire',
    'validation.additional_property': 'Ce champ est inconnu',
    'validation.type': 'Une valeur de type {type} est attendue',
    'validation.format': 'Le format {format} est attendu',
    'validation.enum': 'Valeurs possibles : {values}',
    'validation.too_short': 'Trop court',
    'validation.too_long': 'Trop long',
    'validation.too_small': 'Trop petit',
    'validation.too_large': 'Trop grand',
    'validation.pattern': 'N’a pas la forme attendue',
    'validation.too_few_items': 'Trop peu d’éléments',
    'validation.too_many_items': 'Trop d’éléments',
    'validation.invalid': 'Non valide',
    'validation.malformed_json': 'Le corps n’est pas un JSON valide',
  },
  ar: {
    'problem.bad_request': 'الطلب غير سليم البنية',
    'problem.unauthenticated': 'سجّل الدخول أولًا',
    'auth.wrong_credentials': 'البريد الإلكتروني أو كلمة المرور غير صحيحة',
    'problem.validation': 'بعض المدخلات غير صالحة',
    'problem.not_found': 'غير موجود',
    'problem.conflict': 'الطلب يتعارض مع الحالة الراهنة',
    'problem.payload_too_large': 'حجم محتوى الطلب كبير جدًا',
    'problem.unsupported_media_type': 'نوع المحتوى هذا غير مقبول هنا',
    'problem.internal': 'حدث خطأ من جهتنا',
    'problem.route_not_found': 'هذا العنوان غير موجود في الواجهة البرمجية',
    'validation.required': 'هذا الحقل إلزامي',
    'validation.additional_property': 'هذا الحقل غير معروف',
    'validation.type': 'يُنتظر قيمة من نوع {type}',
    'validation.format': 'يُنتظر التنسيق {format}',
    'validation.enum': 'القيم الممكنة: {values}',
    'validation.too_short': 'قصير جدًا',
    'validation.too_long': 'طويل جدًا',
    'validation.too_small': 'صغير جدًا',
    'validation.too_large': 'كبير جدًا',
    'validation.pattern': 'ليس على الشكل المنتظر',
    'validation.too_few_items': 'عدد العناصر قليل جدًا',
    'validation.too_many_items': 'عدد العناصر كبير جدًا',
    'validation.invalid': 'غير صالح',
    'validation.malformed_json': 'المحتوى ليس JSON صالحًا',
  },
} as const satisfies Record<UiLanguage, Record<string, string>>;

export type MessageKey = keyof (typeof MESSAGES)['en'];

export function message(language: UiLanguage, key: MessageKey, params: Record<string, string> = {}): string {
  const template: string = MESSAGES[language][key] ?? MESSAGES.en[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}
