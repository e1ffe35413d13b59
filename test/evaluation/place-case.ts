import type { Answer } from '../../src/core/answer.js';
import { createRequire } from 'node:module';
import { fold } from '../../src/text/fold.js';

/** Région code of each département code (Etalab), for a regional centre asked from a département. */
const REGION_OF: ReadonlyMap<string, string> = new Map(
  (createRequire(import.meta.url)('@etalab/decoupage-administratif/data/departements.json') as Array<{ code: string; region: string }>).map((d) => [d.code.toLowerCase(), d.region]),
);

/** What a step of a place conversation expects (held-out sets C and D, written from knowledge/ and Etalab data). */
export interface PlaceExpect {
  reply: 'lookup' | 'ask-town' | 'choose' | 'courses' | 'decline-ranking' | 'regional-centre' | 'not-in-knowledge' | 'knowledge' | 'refuse';
  place?: { commune?: string; departement?: string; region?: string; epci?: string } | null;
  candidates?: string[];
  formerName?: string;
  textIncludes?: string[][];
  textExcludes?: string[];
  note?: string;
}

export interface PlaceCase {
  id: string;
  category: string;
  language: 'fr' | 'en';
  steps: Array<{ say: string; expect: PlaceExpect }>;
}

const has = (text: string, needle: string) => fold(text).includes(fold(needle));

/** Whether the answer is about the expected place: its commune, or the area (département, région, EPCI) it lists. */
function placeProblem(answer: Answer, place: NonNullable<PlaceExpect['place']>): string | null {
  const lookup = answer.lookup;
  if (place.commune) return lookup?.place?.insee === place.commune ? null : `place ${lookup?.place?.insee ?? 'none'} ≠ ${place.commune}`;
  const area = lookup?.area;
  if (place.departement) {
    const code = place.departement.toLowerCase();
    // Saint-Martin and Saint-Barthélemy are one commune each.
    if (area?.type === 'departement' && area.code.toLowerCase() === code) return null;
    // Overseas collectivities (975, 977, 978, 986–988) are no département: the answer names them as a territory.
    if (code.length === 3 && area?.type === 'region' && area.code.toLowerCase() === code) return null;
    // A single-département overseas région (971–974, 976) is named either way: La Réunion (974) is région 04 too.
    if (code.length === 3 && area?.type === 'region' && REGION_OF.get(code) === area.code) return null;
    if (lookup?.place?.insee && lookup.place.insee.toLowerCase().startsWith(code) && code.length === 3) return null;
    return `area ${area?.type ?? 'none'} ${area?.code ?? ''} ≠ département ${place.departement}`;
  }
  if (place.region) {
    if (area?.type === 'region' && (area.code === place.region || fold(area.name) === fold(place.region))) return null;
    // A single-département overseas région (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte) is named either way.
    if (area?.type === 'departement' && area.code.length === 3 && fold(area.name) === fold(place.region)) return null;
    return `area ${area?.type ?? 'none'} ${area?.code ?? ''} ${area?.name ?? ''} ≠ région ${place.region}`;
  }
  if (place.epci) return area?.type === 'epci' && area.code === place.epci ? null : `area ${area?.type ?? 'none'} ${area?.code ?? ''} ≠ EPCI ${place.epci}`;
  return null;
}

const NOT_KNOWN = /ne (?:dispose|connais|trouve|sais) pas|n'ai pas|pas (?:d'information|dans mes sources|cette information)|aucune information|je ne peux pas|not in my|don't have|do not have|no information|can't find|cannot|(?:sources?|elles?) (?:consultees )?ne (?:donnent|disent|precisent|donne|dit|precise) (?:pas|ni|rien)|(?:sources?|they) (?:do|does) not (?:give|say|state)/;
const DECLINE = /ne (?:classe|compare|hierarchise)|pas de classement|ne fais pas de classement|do(?:es)? not (?:rank|compare)|don't (?:rank|compare)|no ranking/;

/** What is wrong with `answer` for this step, or null. */
export function judgePlaceStep(expect: PlaceExpect, answer: Answer): string | null {
  const text = answer.text;
  const intent = answer.lookup?.intent;
  switch (expect.reply) {
    case 'lookup':
      if (answer.kind !== 'centre') return `not a lookup (${answer.kind})`;
      if (intent && intent !== 'presence' && intent !== 'list') return `intent ${intent}`;
      break;
    case 'ask-town':
      if (answer.kind !== 'clarify' || (answer.lookup?.candidates?.length ?? 0) > 0) return `did not ask for the town (${answer.kind})`;
      break;
    case 'choose': {
      if (answer.kind !== 'clarify') return `did not offer a choice (${answer.kind})`;
      const offered = new Set((answer.lookup?.candidates ?? []).map((c) => c.insee));
      const missing = (expect.candidates ?? []).filter((c) => !offered.has(c));
      if (missing.length > 0) return `missing candidates ${missing.join(', ')}`;
      break;
    }
    case 'courses':
      if (intent !== 'courses') return `not a courses answer (${answer.kind} ${intent ?? ''})`;
      break;
    case 'regional-centre':
      if (intent !== 'regional-centre') return `not a regional-centre answer (${answer.kind} ${intent ?? ''})`;
      break;
    case 'decline-ranking':
      if (!DECLINE.test(fold(text))) return `did not decline to rank (${answer.kind})`;
      break;
    case 'not-in-knowledge':
      if (!NOT_KNOWN.test(fold(text))) return `did not say it is not known (${answer.kind})`;
      if (!/https?:\/\/|centre regional|regional cent/.test(fold(text))) return 'no door given';
      break;
    case 'knowledge':
      if (answer.kind !== 'knowledge' || answer.citations.length === 0) return `not a cited knowledge answer (${answer.kind})`;
      break;
    case 'refuse':
      if (answer.kind !== 'fallback') return `not refused (${answer.kind})`;
      break;
  }
  if (expect.place && ['lookup', 'courses', 'regional-centre', 'not-in-knowledge'].includes(expect.reply)) {
    // The regional centre of a département is its région's: an answer about that région is about the place asked.
    const region = expect.reply === 'regional-centre' && expect.place.departement ? REGION_OF.get(expect.place.departement.toLowerCase()) : undefined;
    const problem = region && answer.lookup?.area?.type === 'region' && answer.lookup.area.code === region ? null : placeProblem(answer, expect.place);
    if (problem && expect.reply !== 'not-in-knowledge') return problem;
  }
  if (expect.formerName && !has(text, expect.formerName)) return `does not mention ${expect.formerName}`;
  for (const group of expect.textIncludes ?? []) if (!group.some((alt) => has(text, alt))) return `missing ${JSON.stringify(group)}`;
  for (const bad of expect.textExcludes ?? []) if (has(text, bad)) return `says ${JSON.stringify(bad)}`;
  return null;
}
