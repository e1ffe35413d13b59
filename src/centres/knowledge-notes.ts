import type { Language } from '../core/ask-context.js';
import type { SourceCitation } from '../core/citation-list.js';
import { fold } from '../text/fold.js';
import type { PlaceIndex } from './place-index.js';
import { placeKey } from './place-tokens.js';
import type { SourceDocument, SourceIndex } from './source-index.js';

/** One sentence of the knowledge about the courses of a place, with the sources it cites. */
export interface CourseNote {
  /** The sentence without its `[^id]` markers. */
  text: string;
  sources: SourceCitation[];
  language: Language;
}

/** A regional centre's own website, as a knowledge source published by « Cnam <région> » shows it. */
export interface RegionalWebsite {
  /** Origin of the source page, e.g. https://www.cnam-occitanie.fr */
  url: string;
  /** The page it was read from, to cite. */
  source: SourceCitation;
  /** The publisher's name, e.g. « Cnam Occitanie ». */
  publisher: string;
}

/** What the knowledge documents say that the centre finder answers with besides the directory. */
export interface KnowledgeNotes {
  /** Sentences of sections about courses and formats that name one of `towns` (in `language` when there are any). */
  coursesAbout(towns: readonly string[], language: Language): CourseNote[];
  /**
   * Sentences of sections whose heading names one of `places` and that name it too (« Le Cnam est-il présent à La
   * Réunion et en Guyane ? » → « En 2007, un centre régional associé du Cnam existait à La Réunion… »).
   */
  presenceAbout(places: readonly string[], language: Language): CourseNote[];
  /** Regional centre websites by region code. */
  regionalWebsites: ReadonlyMap<string, RegionalWebsite>;
}

/** Headings of sections about what is taught and how: « Quels exemples de formations locales connaît-on ? ». */
const COURSE_HEADING = /formations?|formats?|cours\b|dipl[oô]mes?|courses?|training|degrees?/i;

/** A sentence of another section that names a course or a school's subject (« le Cnam de Millau proposait un BPJEPS », « l'école nationale du jeu vidéo »). */
const COURSE_SENTENCE = /\b(?:licences?|masters?|bts|bpjeps|dipl[oô]mes?|titres? professionnels?|certificats?|alternance|cours du soir|degrees?|bachelor'?s?|diplomas?)\b|[ée]cole (?:nationale|d(?:u|e|es)\b)|school of|\bprépar(?:ant|e|ait|aient) (?:le|la|les|au|aux|un|une)\b|\bformations? (?:montée|ouverte|proposée|dispensée)s?\b|\bpremière formation\b/i;

interface StoredNote extends CourseNote {
  /** Folded, with hyphens and apostrophes as spaces, padded with spaces: for whole-name search. */
  folded: string;
}

function searchable(text: string): string {
  return ` ${fold(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/**
 * Reads the documents once: the sentences of their course and format sections (one sentence a line, as the
 * knowledge format asks), each with the sources its `[^id]` markers name; and the websites of the regional
 * centres that are publishers of some source (« Cnam Occitanie » → https://www.cnam-occitanie.fr).
 */
export function createKnowledgeNotes(documents: readonly SourceDocument[], sources: SourceIndex, index: PlaceIndex): KnowledgeNotes {
  const notes: StoredNote[] = [];
  const sectionNotes: Array<StoredNote & { heading: string }> = [];
  for (const doc of documents) {
    const language: Language = doc.language === 'en' ? 'en' : 'fr';
    let inCourses = false;
    let heading = '';
    for (const line of doc.body.split('\n')) {
      const title = /^#{2,}\s+(.*)$/.exec(line);
      if (title) {
        heading = searchable(title[1]!);
        inCourses = COURSE_HEADING.test(title[1]!);
        continue;
      }
      if (line.trim().length === 0 || line.startsWith('#') || line.startsWith('>')) continue;
      const ids = [...line.matchAll(/\[\^([a-z0-9-]+)\]/g)].map((m) => m[1]!);
      const cited = ids.length > 0 ? doc.sources.filter((s) => ids.includes(s.id)) : doc.sources.length === 1 ? doc.sources : [];
      if (cited.length === 0) continue;
      const text = line.replace(/\s*\[\^[a-z0-9-]+\]/g, '').trim();
      const note = { text, sources: cited.map((s) => sources.cite(s.url)), language, folded: searchable(text) };
      if (inCourses || COURSE_SENTENCE.test(text)) notes.push(note);
      if (heading) sectionNotes.push({ ...note, heading });
    }
  }
  const regionalWebsites = new Map<string, RegionalWebsite>();
  for (const doc of documents) {
    for (const s of doc.sources) {
      const name = /^Cnam (.+)$/.exec(s.publisher)?.[1];
      const region = name ? index.regions.get(placeKey(name)) : undefined;
      if (!region || regionalWebsites.has(region.code)) continue;
      regionalWebsites.set(region.code, { url: new URL(s.url).origin, source: sources.cite(s.url), publisher: s.publisher });
    }
  }
  return {
    coursesAbout(towns, language) {
      const names = towns.map((t) => searchable(t)).filter((t) => t.trim().length > 0);
      const about = notes.filter((n) => names.some((name) => n.folded.includes(name)));
      const inLanguage = about.filter((n) => n.language === language);
      return (inLanguage.length > 0 ? inLanguage : about).map(({ text, sources: cited, language: l }) => ({ text, sources: cited, language: l }));
    },
    presenceAbout(places, language) {
      const names = places.map((t) => searchable(t)).filter((t) => t.trim().length > 0);
      const about = sectionNotes.filter((n) => names.some((name) => n.heading.includes(name) && n.folded.includes(name)));
      const inLanguage = about.filter((n) => n.language === language);
      return (inLanguage.length > 0 ? inLanguage : about).map(({ text, sources: cited, language: l }) => ({ text, sources: cited, language: l }));
    },
    regionalWebsites,
  };
}

/** « phrase [1]. »: the sentence with its markers before its final full stop, as the answers write claims. */
export function citedSentence(text: string, markers: string): string {
  const stop = /[.!?…]$/.exec(text)?.[0] ?? '.';
  return `${text.replace(/[.!?…]$/, '')} ${markers}${stop}`;
}
