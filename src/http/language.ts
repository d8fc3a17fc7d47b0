import Negotiator from 'negotiator';
import { UI_LANGUAGES, type UiLanguage } from '../shared/codes.ts';

/** The UI language a request prefers, from its Accept-Language header; English when none fits. */
export function negotiateLanguage(acceptLanguage: string | undefined): UiLanguage {
  const negotiator = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? 'en' } });
  return (negotiator.language([...UI_LANGUAGES]) as UiLanguage | undefined) ?? 'en';
}
