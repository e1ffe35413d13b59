import type { Answer } from '../core/answer.js';
import { CitationList } from '../core/citation-list.js';
import type { Question } from '../core/question.js';
import { centreAnswer } from './centre-answer.js';
import type { CentreFinder } from './centre-finder.js';
import { lookupPlace, placePhrase, presenceBrief, regionalDoor, regionCodeOf, sitesIn, type PlaceTarget } from './centre-target.js';
import { citedSentence, type CourseNote } from './knowledge-notes.js';
import { questionKind } from '../text/question-kind.js';
import { fold } from '../text/fold.js';

/** Course sentences quoted at most. */
const MAX_NOTES = 3;

/** Word-set overlap of two sentences: near-copies from two documents are quoted once. */
function overlap(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3));
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

/** The notes about the place's towns (its sites' towns, or the town itself), near-duplicates dropped. */
function notesFor(finder: CentreFinder, target: PlaceTarget, question: Question): CourseNote[] {
  const towns = new Set(sitesIn(finder, target).map((s) => s.site.town));
  if (target.type === 'town') towns.add(target.locality.name);
  const kept: CourseNote[] = [];
  for (const note of finder.notes.coursesAbout([...towns], question.language)) {
    if (kept.length >= MAX_NOTES) break;
    if (kept.some((k) => overlap(k.text, note.text) >= 0.6)) continue;
    kept.push(note);
  }
  return kept;
}

/** « on peut suivre des cours du cnam a millau ? », "can I study at the Cnam in Millau?": answered yes or no. */
function asksYesNo(question: Question): boolean {
  // « on peut étudier quoi au Cnam de Montbéliard ? » asks what, not whether.
  if (/\b(?:quoi|quel(?:le)?s?|lesquel(?:le)?s?|what|which|how|comment|combien)\b/.test(fold(question.text))) return false;
  return questionKind(question.text) === 'yesno' || /^(?:(?:et|mais|du coup|bonjour),? )?(?:on peut|je peux|j'peux|jpeux|peut[- ]on|puis[- ]je|il y a|y a|ya|can i|can we|could i|is it possible)\b/.test(fold(question.text).trim());
}

/**
 * « Quelles formations à Chalon-sur-Saône ? »: what the knowledge documents say of the courses there (each sentence
 * cited), where the full list is published (the regional centre's website when a source shows it, else the regional
 * centre or the national site), then the presence lookup in brief. `lookup.intent` is `courses`.
 */
export function composeCoursesAnswer(finder: CentreFinder, question: Question, target: PlaceTarget): Answer {
  const fr = question.language === 'fr';
  const citations = new CitationList();
  const where = placePhrase(finder, target, question.language);
  const parts: string[] = [];
  // « on peut suivre des cours à Millau ? »: an open site there is the yes, said first with its lines.
  const yes = asksYesNo(question) && sitesIn(finder, target).some((s) => s.site.status === 'open') ? presenceBrief(finder, citations, target, question.language) : null;
  if (yes) parts.push(`${fr ? 'Oui : d' : 'Yes: a'}${yes.text.slice(1)}`);
  const notes = notesFor(finder, target, question);
  if (notes.length > 0) {
    parts.push([
      fr ? `Ce que mes sources disent des formations du Cnam ${where} :` : `What my sources say about Cnam courses ${where}:`,
      ...notes.map((n) => `- ${citedSentence(n.text, citations.cite(n.sources, n.text))}`),
    ].join('\n'));
  }
  const door = regionalDoor(finder, citations, regionCodeOf(finder, target), question.language);
  parts.push(
    notes.length > 0
      ? fr
        ? `Mes sources ne donnent pas la liste complète des formations ; pour la connaître, consultez ${door}.`
        : `My sources do not give the full list of courses; for it, see ${door}.`
      : fr
        ? `Mes sources ne donnent pas la liste des formations proposées ${where} ; pour la connaître, consultez ${door}.`
        : `My sources do not list the courses offered ${where}; for the list, see ${door}.`,
  );
  const presence = yes ?? presenceBrief(finder, citations, target, question.language);
  if (!yes) parts.push(presence.text);
  return centreAnswer(question, parts, citations, notes.length > 0 ? 0.85 : 0.75, {
    ...lookupPlace(finder, target),
    intent: 'courses',
    inTown: presence.inTown,
    centres: presence.centres,
  });
}
