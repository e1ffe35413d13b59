import { claimSourceIds, plainMarkdown, stripClaimMarkers } from '../text/claim-markers.js';
import { analyze } from '../text/analyze-french.js';
import { fold } from '../text/fold.js';
import { splitSentences } from '../text/split-sentences.js';
import type { PassageHit, PassageSource } from '../core/passage-retriever.js';

/** A sentence of a retrieved passage that can be quoted: it has at least one citable source. */
export interface GroundedSentence {
  /** Markdown-free text, claim markers still in place. */
  marked: string;
  /** Display text without markers. */
  plain: string;
  /**
   * Its sources (named by markers, or the document's only source), each with an https URL. Empty only
   * for a statement that the sources are silent on a point ({@link GroundedSentence.absence}).
   */
  sources: PassageSource[];
  /** States what the sources do not say: quotable without a citation. */
  absence: boolean;
  /** Index terms of the sentence, for scoring against the query. */
  terms: ReadonlySet<string>;
  /** Rank of its passage among the hits (0 = best). */
  rank: number;
  /** Position in its passage (0 = first sentence). */
  position: number;
  hit: PassageHit;
}

/** « Les sources consultées ne donnent pas… »: a statement about the sources' silence, true without a citation. */
const ABSENCE =
  /\b(ne|n')\s?(donnent|mentionnent|disent|precisent|detaillent|rattachent|signalent|indiquent|citent|confirment|nomment)\b.*\b(pas|aucun|aucune|ni)\b|\baucune source ne (?:donne|mentionne|cite|indique|precise|nomme|dit)\b|\bn'ont pas pu\b|\brestent inconnu|\b(?:do|does|did) not (?:give|mention|say|specify|state|name|list|confirm|cite|report)\b|\b(?:mention|give|name|list|cite|report|say)s? (?:no|nothing)\b|\bno source\b|\bnone of the sources\b|\bcould not be read\b|\bremains? unknown\b/;

/** Whether `text` (folded) says what the sources do not give. */
export const saysAbsence = (folded: string): boolean => ABSENCE.test(folded);

const citable = (s: PassageSource | undefined): s is PassageSource => !!s && /^https?:\/\//.test(s.url);

/**
 * The quotable sentences of a passage. A sentence without markers is attributed to the document's
 * source only when it has exactly one; otherwise it is not a sourced claim and is left out.
 */
export function groundedSentences(hit: PassageHit, rank: number): GroundedSentence[] {
  const out: GroundedSentence[] = [];
  splitSentences(hit.text).forEach((raw, position) => {
    const marked = plainMarkdown(raw);
    const ids = claimSourceIds(marked);
    const sources =
      ids.length > 0
        ? ids.map((id) => hit.sources.find((s) => s.id === id)).filter(citable)
        : hit.sources.length === 1
          ? hit.sources.filter(citable)
          : [];
    const plain = stripClaimMarkers(marked);
    const absence = ids.length === 0 && ABSENCE.test(fold(plain));
    if ((sources.length === 0 && !absence) || plain.length < 3) return;
    out.push({ marked, plain, sources, absence, terms: new Set(analyze(plain)), rank, position, hit });
  });
  return out;
}
