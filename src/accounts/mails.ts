import type { Mail } from '../mail/mailer.ts';
import { DEFAULT_UI_LANGUAGE, isUiLanguage, type UiLanguage } from '../shared/languages.ts';

/** The emails accounts send, in each UI language; the recipient's language is used. */
interface Template<P> {
  subject: string;
  body: (params: P) => string;
}
type Templates<P> = Record<UiLanguage, Template<P>>;

function compose<P>(
  templates: Templates<P>,
  to: string,
  language: string,
  params: P,
  kind: string,
  link?: string,
): Mail {
  const chosen: UiLanguage = isUiLanguage(language) ? language : DEFAULT_UI_LANGUAGE;
  const template = templates[chosen];
  return { to, subject: template.subject, text: template.body(params), language: chosen, kind, link };
}

const RESET: Templates<{ name: string; link: string; minutes: number }> = {
  en: {
    subject: 'Reset your Jumelage password',
    body: ({ name, link, minutes }) =>
      `Hello ${name},\n\nSomeone (you, we hope) asked to reset your Jumelage password. To choose a new one, open this link within ${minutes} minutes:\n\n${link}\n\nIf you did not ask, ignore this message: your password stays as it is.\n`,
  },
  fr: {
    subject: 'Réinitialiser votre mot de passe Jumelage',
    body: ({ name, link, minutes }) =>
      `Bonjour ${name},\n\nQuelqu’un (vous, espérons-le) a demandé à réinitialiser votre mot de passe Jumelage. Pour en choisir un nouveau, ouvrez ce lien dans les ${minutes} minutes :\n\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.\n`,
  },
  ar: {
    subject: 'إعادة تعيين كلمة مرور Jumelage',
    body: ({ name, link, minutes }) =>
      `مرحبًا ${name}،\n\nطلب أحدهم (نأمل أن تكون أنت) إعادة تعيين كلمة مرورك في Jumelage. لاختيار كلمة مرور جديدة، افتح هذا الرابط خلال ${minutes} دقيقة:\n\n${link}\n\nإن لم تطلب ذلك، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.\n`,
  },
};

export function resetMail(
  user: { email: string; displayName: string; language: string },
  link: string,
  minutes: number,
): Mail {
  return compose(
    RESET,
    user.email,
    user.language,
    { name: user.displayName, link, minutes },
    'password-reset',
    link,
  );
}

const INVITATION: Templates<{ inviter: string; link: string; days: number }> = {
  en: {
    subject: 'You are invited to Jumelage',
    body: ({ inviter, link, days }) =>
      `Hello,\n\n${inviter} invites you to Jumelage, the registry of town twinning and city cooperation. To create your account, open this link within ${days} days:\n\n${link}\n\nIf you do not know ${inviter}, ignore this message: no account is made without you.\n`,
  },
  fr: {
    subject: 'Vous êtes invité·e sur Jumelage',
    body: ({ inviter, link, days }) =>
      `Bonjour,\n\n${inviter} vous invite sur Jumelage, le registre des jumelages et de la coopération entre villes. Pour créer votre compte, ouvrez ce lien dans les ${days} jours :\n\n${link}\n\nSi vous ne connaissez pas ${inviter}, ignorez ce message : aucun compte n’est créé sans vous.\n`,
  },
  ar: {
    subject: 'دعوة للانضمام إلى Jumelage',
    body: ({ inviter, link, days }) =>
      `مرحبًا،\n\nيدعوك ${inviter} إلى Jumelage، سجل التوأمة والتعاون بين المدن. لإنشاء حسابك، افتح هذا الرابط خلال ${days} يومًا:\n\n${link}\n\nإن كنت لا تعرف ${inviter}، فتجاهل هذه الرسالة: لن يُنشأ أي حساب دونك.\n`,
  },
};

export function invitationMail(
  to: string,
  language: string,
  inviter: string,
  link: string,
  days: number,
): Mail {
  return compose(INVITATION, to, language, { inviter, link, days }, 'invitation', link);
}

const EMAIL_CONFIRM: Templates<{ name: string; link: string; hours: number }> = {
  en: {
    subject: 'Confirm your new Jumelage address',
    body: ({ name, link, hours }) =>
      `Hello ${name},\n\nTo use this address for your Jumelage account, open this link within ${hours} hours:\n\n${link}\n\nIf you did not ask for this, ignore this message.\n`,
  },
  fr: {
    subject: 'Confirmez votre nouvelle adresse Jumelage',
    body: ({ name, link, hours }) =>
      `Bonjour ${name},\n\nPour utiliser cette adresse pour votre compte Jumelage, ouvrez ce lien dans les ${hours} heures :\n\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message.\n`,
  },
  ar: {
    subject: 'أكّد عنوانك الجديد في Jumelage',
    body: ({ name, link, hours }) =>
      `مرحبًا ${name}،\n\nلاستخدام هذا العنوان لحسابك في Jumelage، افتح هذا الرابط خلال ${hours} ساعة:\n\n${link}\n\nإن لم تطلب ذلك، فتجاهل هذه الرسالة.\n`,
  },
};

export function emailConfirmMail(
  to: string,
  user: { displayName: string; language: string },
  link: string,
  hours: number,
): Mail {
  return compose(
    EMAIL_CONFIRM,
    to,
    user.language,
    { name: user.displayName, link, hours },
    'email-confirm',
    link,
  );
}

const EMAIL_NOTICE: Templates<{ name: string; newEmail: string }> = {
  en: {
    subject: 'Your Jumelage address is being changed',
    body: ({ name, newEmail }) =>
      `Hello ${name},\n\nSomeone signed in to your Jumelage account asked to move it to ${newEmail}. It changes once that address confirms. If it was not you, change your password now and tell your administrator.\n`,
  },
  fr: {
    subject: 'L’adresse de votre compte Jumelage va changer',
    body: ({ name, newEmail }) =>
      `Bonjour ${name},\n\nQuelqu’un connecté à votre compte Jumelage a demandé à le déplacer vers ${newEmail}. Le changement aura lieu quand cette adresse l’aura confirmé. Si ce n’est pas vous, changez votre mot de passe maintenant et prévenez votre administrateur.\n`,
  },
  ar: {
    subject: 'يجري تغيير عنوان حسابك في Jumelage',
    body: ({ name, newEmail }) =>
      `مرحبًا ${name}،\n\nطلب شخص مسجّل الدخول إلى حسابك في Jumelage نقله إلى ${newEmail}. يتم التغيير بعد تأكيد ذلك العنوان. إن لم تكن أنت، فغيّر كلمة مرورك الآن وأبلغ المسؤول.\n`,
  },
};

export function emailNoticeMail(
  user: { email: string; displayName: string; language: string },
  newEmail: string,
): Mail {
  return compose(
    EMAIL_NOTICE,
    user.email,
    user.language,
    { name: user.displayName, newEmail },
    'email-notice',
  );
}

const INVITED_WITH_ACCOUNT: Templates<{ name: string; inviter: string; invited: string }> = {
  en: {
    subject: 'An invitation to Jumelage for your address',
    body: ({ name, inviter, invited }) =>
      `Hello ${name},\n\n${inviter} invited ${invited} to Jumelage. You have an account with this address (or one that looks just like it), so no new account is made with it. If the invitation was meant for you, ask a platform administrator to give your account the roles it offered. If you do not know ${inviter}, ignore this message.\n`,
  },
  fr: {
    subject: 'Une invitation sur Jumelage pour votre adresse',
    body: ({ name, inviter, invited }) =>
      `Bonjour ${name},\n\n${inviter} a invité ${invited} sur Jumelage. Vous avez déjà un compte avec cette adresse (ou une adresse qui lui ressemble à s’y méprendre) : aucun nouveau compte n’est créé avec elle. Si l’invitation vous était destinée, demandez à un administrateur de la plateforme de donner à votre compte les rôles qu’elle offrait. Si vous ne connaissez pas ${inviter}, ignorez ce message.\n`,
  },
  ar: {
    subject: 'دعوة إلى Jumelage لعنوانك',
    body: ({ name, inviter, invited }) =>
      `مرحبًا ${name}،\n\nدعا ${inviter} العنوان ${invited} إلى Jumelage. لديك حساب بهذا العنوان (أو بعنوان يشبهه تمامًا)، لذا لن يُنشأ به حساب جديد. إن كانت الدعوة موجهة إليك، فاطلب من مسؤول المنصة منح حسابك الأدوار التي عرضتها. إن كنت لا تعرف ${inviter}، فتجاهل هذه الرسالة.\n`,
  },
};

/** Told to an account when someone invites its address, or a look-alike of it, instead of a sign-up link. */
export function invitedWithAccountMail(
  user: { email: string; displayName: string; language: string },
  inviter: string,
  invited: string,
): Mail {
  return compose(
    INVITED_WITH_ACCOUNT,
    user.email,
    user.language,
    { name: user.displayName, inviter, invited },
    'invitation-to-existing-account',
  );
}

const FAILED_SIGN_INS: Templates<{ name: string; failures: number; minutes: number }> = {
  en: {
    subject: 'Failed sign-ins to your Jumelage account',
    body: ({ name, failures, minutes }) =>
      `Hello ${name},\n\nThere were ${failures} failed attempts to sign in to your Jumelage account in the last ${minutes} minutes. Further attempts from the same places are slowed down; you can still sign in as usual. If it was not you, consider changing your password and turning on two-factor sign-in.\n`,
  },
  fr: {
    subject: 'Échecs de connexion à votre compte Jumelage',
    body: ({ name, failures, minutes }) =>
      `Bonjour ${name},\n\n${failures} tentatives de connexion à votre compte Jumelage ont échoué ces ${minutes} dernières minutes. Les tentatives suivantes venant des mêmes endroits sont ralenties ; vous pouvez toujours vous connecter normalement. Si ce n’était pas vous, pensez à changer votre mot de passe et à activer la connexion en deux étapes.\n`,
  },
  ar: {
    subject: 'محاولات فاشلة لتسجيل الدخول إلى حسابك في Jumelage',
    body: ({ name, failures, minutes }) =>
      `مرحبًا ${name}،\n\nفشلت ${failures} محاولات لتسجيل الدخول إلى حسابك في Jumelage خلال آخر ${minutes} دقيقة. تُبطَّأ المحاولات التالية الآتية من الأماكن نفسها، ويمكنك تسجيل الدخول كالمعتاد. إن لم تكن أنت، ففكّر في تغيير كلمة مرورك وتفعيل تسجيل الدخول بخطوتين.\n`,
  },
};

/** Tells the owner that their account's sign-in throttle started. */
export function failedSignInsMail(
  user: { email: string; displayName: string; language: string },
  failures: number,
  minutes: number,
): Mail {
  return compose(
    FAILED_SIGN_INS,
    user.email,
    user.language,
    { name: user.displayName, failures, minutes },
    'failed-sign-ins',
  );
}
