import type { Language } from '../core/ask-context.js';

/** The line that says one part of a message is not in the knowledge: « Sur « … » : je ne trouve pas … ». */
export function unknownPartLine(part: string, language: Language): string {
  const asked = part.replace(/\s*\?\s*$/, '');
  return language === 'fr' ? `Sur « ${asked} » : je ne trouve pas de réponse fiable dans mes sources.` : `On "${asked}": that is not in my sources.`;
}
