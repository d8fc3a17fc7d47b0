import type { Mail } from '../mail/mailer.ts';
import type { UiLanguage } from '../shared/codes.ts';

/** The emails accounts send, in each UI language; the recipient's chosen language is used. */
const RESET: Record<
  UiLanguage,
  { subject: string; body: (name: string, link: string, minutes: number) => string }
> = {
  en: {
    subject: 'Reset your Jumelage password',
    body: (name, link, minutes) =>
      `Hello ${name},\n\nSomeone (you, we hope) asked to reset your Jumelage password. To choose a new one, open this link within ${minutes} minutes:\n\n${link}\n\nIf you did not ask, ignore this message: your password stays as it is.\n`,
  },
  fr: {
    subject: 'Réinitialiser votre mot de passe Jumelage',
    body: (name, link, minutes) =>
      `Bonjour ${name},\n\nQuelqu’un (vous, espérons-le) a demandé à réinitialiser votre mot de passe Jumelage. Pour en choisir un nouveau, ouvrez ce lien dans les ${minutes} minutes :\n\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.\n`,
  },
  ar: {
    subject: 'إعادة تعيين كلمة مرور Jumelage',
    body: (name, link, minutes) =>
      `مرحبًا ${name}،\n\nطلب أحدهم (نأمل أن تكون أنت) إعادة تعيين كلمة مرورك في Jumelage. لاختيار كلمة مرور جديدة، افتح هذا الرابط خلال ${minutes} دقيقة:\n\n${link}\n\nإن لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.\n`,
  },
};

export function resetMail(
  user: { email: string; displayName: string; language: string },
  link: string,
  minutes: number,
): Mail {
  const language = (['ar', 'fr', 'en'].includes(user.language) ? user.language : 'en') as UiLanguage;
  const template = RESET[language];
  return {
    to: user.email,
    subject: template.subject,
    text: template.body(user.displayName, link, minutes),
    language,
  };
}
