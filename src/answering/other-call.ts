import type { PassageRetriever } from '../core/passage-retriever.js';
import type { Question } from '../core/question.js';
import { analyzeTerms } from '../text/analyze-french.js';

/** Call ordinals as index terms, and the French word a heading uses for each. */
const ORDINALS: Readonly<Record<string, string>> = { premi: 'premier', deuxiem: 'deuxième', troisiem: 'troisième' };
/** Words for a call itself: « et pour le deuxième appel ? », "and the second round?". */
const CALL_TERMS: ReadonlySet<string> = new Set(['ami', 'appel', 'vagu', 'call', 'round', 'one']);
const ORDINAL_WORDS = /\b(?:premier|première|1er|deuxième|second|seconde|2e|troisième|3e)\b/giu;

function ordinalOf(text: string): string | undefined {
  return analyzeTerms(text).flatMap((t) => t.alternatives).find((a) => a in ORDINALS);
}

/**
 * « Au premier AMI, le jury a choisi combien de villes ? » then « Et pour le deuxième ? »: the same question about the
 * other call. The previous question's best section is found again, and its heading, with the call changed, is the
 * query (« Combien de villes ont été retenues au deuxième AMI ? »), so the follow-up reaches the matching section
 * of the other call rather than any section that shares a word. Null when the follow-up names no other call.
 */
export async function otherCallQuery(retriever: PassageRetriever, question: Question): Promise<string | null> {
  const previous = question.context.turns.at(-1);
  if (!previous || previous.kind !== 'knowledge') return null;
  // « et le deuxième, il a été lancé quand ? » asks a question of its own: only a bare change of call is followed.
  const own = analyzeTerms(question.text).filter((t) => !t.alternatives.some((a) => a in ORDINALS || CALL_TERMS.has(a)));
  if (own.length > 0) return null;
  const wanted = ordinalOf(question.text);
  const before = ordinalOf(previous.question);
  if (!wanted || !before || wanted === before) return null;
  const [top] = await retriever.search(previous.question, 1);
  const heading = top?.headingPath.at(-1);
  if (!heading || ordinalOf(heading) !== before) return null;
  return heading.replace(ORDINAL_WORDS, ORDINALS[wanted]!);
}
