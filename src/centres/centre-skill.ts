import type { Answer, LookupIntent } from '../core/answer.js';
import type { Question } from '../core/question.js';
import type { Skill } from '../core/skill.js';
import type { CentreFinder } from './centre-finder.js';
import { chooseLocality, POSTCODE_PRINCIPAL_RATIO } from './choose-locality.js';
import { composeTerritoryAnswer } from './compose-area-answer.js';
import { composeClarifyAnswer } from './compose-clarify-answer.js';
import { composeEpciAnswer } from './compose-epci-answer.js';
import { composeTownAnswer } from './compose-town-answer.js';
import { followsLookup, isCentreQuestion, isFollowUp, isNearMeQuestion, readCentreIntent, refersBack, type CentreIntent } from './centre-intent.js';
import { composeAskTownAnswer } from './compose-ask-town-answer.js';
import { composeCoursesAnswer } from './compose-courses-answer.js';
import { composeDeclineAnswer } from './compose-decline-answer.js';
import { composeEnrolmentAnswer } from './compose-enrolment-answer.js';
import { composeRegionalCentreAnswer } from './compose-regional-centre-answer.js';
import { sitesIn, type PlaceTarget } from './centre-target.js';
import { isOffTopicForSites } from '../core/off-topic-guard.js';
import { findPlace } from './find-place.js';
import { composeDirectoryAnswer, listedSites } from './compose-directory-answer.js';
import { previousListQuery, readDirectoryQuery } from './directory-query.js';
import type { PlaceReading } from './place-reading.js';
import { ordinalIndex, readReply, type Reply } from './read-reply.js';
import type { LocatedSite } from './site-directory.js';
import type { Turn } from '../core/ask-context.js';
import { territoryOf, type Territory } from './territory.js';
import type { Locality } from './locality.js';
import { placeKey } from './place-tokens.js';

/** The intents a lookup answers, as the Answer's `lookup.intent` names them. */
type LookupAnswerIntent = Exclude<CentreIntent, 'compare' | 'audience' | 'other'>;

/** `lookup.intent` of an answer for this intent (absent for a presence lookup). */
export function lookupIntentOf(intent: LookupAnswerIntent): LookupIntent | undefined {
  return intent === 'presence' ? undefined : intent;
}

/** The answer for a resolved place, by what was asked. */
/** Words by which a follow-up asks whether there is a site, or whether it is open. */
const OWN_PRESENCE = /\b(ouverte?s?|open|existe|y a-t-il|y a t il|is there|are there)\b/;

/** An address asked (not an e-mail address): « l'adresse du Cnam à Lille », "what is the address of…". */
const ASKS_ADDRESS = /\b(adresse|address)\b(?! (?:mail|e-mail|email|electronique))/;

export function answerTarget(finder: CentreFinder, question: Question, intent: LookupAnswerIntent, target: PlaceTarget): Answer | null {
  switch (intent) {
    case 'courses':
      return composeCoursesAnswer(finder, question, target);
    case 'regional-centre':
      return composeRegionalCentreAnswer(finder, question, target);
    case 'enrolment':
      return composeEnrolmentAnswer(finder, question, target);
    case 'presence':
      // « Quelle est l'adresse exacte du Cnam à Nantes ? »: when no site there has an address, that is said plainly.
      if (target.type === 'town' && ASKS_ADDRESS.test(question.folded) && !/\b(pourquoi|raison|why)\b/.test(question.folded) && !sitesIn(finder, target).some((s) => s.site.address)) {
        return composeEnrolmentAnswer(finder, question, target);
      }
      if (target.type === 'territory') return composeTerritoryAnswer(finder, question, target.territory);
      if (target.type === 'epci') return composeEpciAnswer(finder, question, target.epci);
      return composeTownAnswer(finder, question, target.locality, target.reading);
  }
}

/** Resolves a place reading (homonyms → a clarifying question) and answers it for `intent`. */
export function answerReading(finder: CentreFinder, question: Question, reading: PlaceReading, intent: LookupAnswerIntent): Answer | null {
  switch (reading.type) {
    case 'departement':
    case 'region':
      return answerTarget(finder, question, intent, { type: 'territory', territory: territoryOf(finder.index, reading.type, reading.area) });
    case 'epci':
      return answerTarget(finder, question, intent, { type: 'epci', epci: reading.epci });
    case 'locality': {
      const ratio = reading.how === 'postcode' ? POSTCODE_PRINCIPAL_RATIO : undefined;
      const choice = chooseLocality(reading.candidates, ratio);
      if (choice.type === 'ask') {
        if (choice.candidates.length === 0) return null;
        return composeClarifyAnswer(finder, question, choice.candidates, reading.postcode ?? reading.text, lookupIntentOf(intent));
      }
      // Saint-Martin (97150) and Saint-Barthélemy (97133) are one commune and one overseas collectivity: the territory.
      const territory = sameNameTerritory(finder, choice.locality);
      if (territory) return answerTarget(finder, question, intent, { type: 'territory', territory });
      // A principal commune chosen from a postal code: its neighbours are not homonyms, do not list them.
      const others = reading.how === 'postcode' ? [] : choice.others;
      const townReading = { how: reading.how, others, ...(reading.postcode ? { postcode: reading.postcode } : {}) };
      return answerTarget(finder, question, intent, { type: 'town', locality: choice.locality, reading: townReading });
    }
  }
}

/** The overseas collectivity a commune is the whole of (same name, its own « département »), or null. */
function sameNameTerritory(finder: CentreFinder, locality: Locality): Territory | null {
  const dep = finder.index.departementByCode.get(locality.dep.toLowerCase());
  if (!dep || dep.region !== dep.code || placeKey(dep.name) !== placeKey(locality.name)) return null;
  return territoryOf(finder.index, 'departement', dep);
}

/** The intent of the previous lookup, kept by an elliptical follow-up (« Quelles formations à Chalon ? » → « et à Dole ? »). */
function followedIntent(question: Question): LookupAnswerIntent {
  const previous = question.context.turns.at(-1);
  return previous?.intent && previous.intent !== 'list' ? previous.intent : 'presence';
}

/**
 * Answers "is there a Cnam centre in my town?" and its variants from the sites directory: one town (by name,
 * former name, postal code, arrondissement, with small typos), an intercommunality, a département or a region;
 * asks which commune is meant among homonyms. What is asked is read first (presence, courses, regional centre,
 * enrolment; rankings are declined, audience questions left to the knowledge), then the place, as its parameter.
 * Returns null for questions that are not about Cnam sites.
 */
export function answerCentreQuestion(finder: CentreFinder, question: Question): Answer | null {
  // The assistant asked a question (which town? which of these communes?): the message is read as the reply first.
  const previous = question.context.turns.at(-1);
  if (previous?.asked) {
    const reply = readReply(finder, question, previous);
    if (reply) return answerReply(finder, question, previous, reply);
  }
  let intent = readCentreIntent(question);
  const reading = () => findPlace(question.body, finder.index, { language: question.language, followUp: followsLookup(question) });
  if (intent === 'compare') {
    const place = reading();
    const name = place?.type === 'locality' ? (place.candidates[0]?.name ?? place.text) : place?.type === 'epci' ? place.epci.name : (place?.area.name ?? null);
    return composeDeclineAnswer(question, name);
  }
  // « un bon resto près du Cnam de Vierzon ? », « le menu de la cantine à Saint-Brieuc »: declined, whatever the town.
  if (intent === 'audience' || intent === 'other' || isOffTopicForSites(question.folded)) return null;
  // Lists and counts over the directory (« quels sites sont prévus mais pas encore ouverts ? »).
  if (intent === 'presence' || intent === 'regional-centre') {
    const directoryQuery = readDirectoryQuery(finder, question);
    if (directoryQuery) return composeDirectoryAnswer(finder, question, directoryQuery);
  }
  // « Quelles collectivités de PACA … ? » then « et pour la deuxième de la liste, on a une date d'ouverture ? »: that row's town.
  const item = listItem(finder, question);
  if (item) {
    const target = townTarget(item.commune);
    return (SINCE_WHEN.test(question.folded) ? sinceWhen(finder, question, target) : null) ?? answerTarget(finder, question, 'presence', target);
  }
  const place = reading();
  // « Quels sites sont prévus en Occitanie ? » then « et en Bretagne ? »: the same list over the new territory.
  const listed = place && intent === 'presence' && isFollowUp(question) && isCentreQuestion(question, place) ? followedList(finder, question, place) : null;
  if (listed) return listed;
  if (!place) {
    // « et les formations ? » after a lookup: the same place, the new question.
    if ((intent === 'courses' || intent === 'regional-centre' || intent === 'enrolment') && refersBack(question) && followsLookup(question)) {
      const kept = previousTarget(finder, question);
      if (kept) return answerTarget(finder, question, intent, kept);
    }
    // « L'antenne de Sedan, c'est ouvert aux jeunes ? » then « et ça propose quoi comme formations ? » or « et le pôle
    // il est où exactement ? »: the town the question before named, though the knowledge answered it.
    const address = ADDRESS.test(question.folded);
    const previous = question.context.turns.at(-1);
    if ((intent === 'courses' || address) && refersBack(question) && previous?.kind === 'knowledge') {
      const before = findPlace(previous.question, finder.index, { language: question.language });
      if (before?.type === 'locality' && before.candidates.length === 1) return answerReading(finder, question, before, address ? 'presence' : intent);
    }
    // « depuis quand ? », "since what year?" after a lookup: that place's sites, each with its opening date when known.
    if (followsLookup(question) && SINCE_WHEN.test(question.folded)) {
      const kept = previousTarget(finder, question);
      if (kept) return sinceWhen(finder, question, kept);
    }
    // « c'était dans quel appel, le 1er ou le 2e ? » after a lookup: the call of that place's sites.
    if (followsLookup(question) && CALL_ASKED.test(question.folded)) {
      const kept = previousTarget(finder, question);
      const answer = kept ? answerTarget(finder, question, 'presence', kept) : null;
      if (kept && answer) return withCalls(finder, question, kept, answer);
    }
    // « Pourriez-vous me donner l'adresse exacte ? » after a lookup: that place's sites, whose lines give the address.
    if (followsLookup(question) && ADDRESS.test(question.folded)) {
      const kept = previousTarget(finder, question);
      if (kept) return answerTarget(finder, question, 'presence', kept);
    }
    // "Is there a centre near me?": ask for the town rather than guess one.
    return isNearMeQuestion(question, intent === 'presence') ? composeAskTownAnswer(question, lookupIntentOf(intent)) : null;
  }
  // « et l'antenne de Carcassonne, elle est ouverte ? » asks presence of its own, whatever was asked before.
  // « … ? Et qui dirigeait le Cnam Hauts-de-France en 2022 ? » asks another topic: it keeps no intent, and goes to the knowledge.
  if (intent === 'presence' && isFollowUp(question) && followsLookup(question) && !OWN_PRESENCE.test(question.folded) && isCentreQuestion(question, place)) intent = followedIntent(question);
  // « Le Cnam de Sedan relève de quel AMI ? »: the call of a place's sites is the directory's (its « AMI » is no other topic).
  if (intent === 'presence' && !isCentreQuestion(question, place) && !CALL_ASKED.test(question.folded)) return null;
  // « Mon fils veut suivre un cours à Bastia : à partir de quand l'espace sera-t-il opérationnel ? » asks when it opens.
  const opening = SINCE_WHEN.test(question.folded) || OPENS_WHEN.test(question.folded);
  if (intent === 'courses' && OPENS_WHEN.test(question.folded)) intent = 'presence';
  const answer = answerReading(finder, question, place, intent);
  // « Jour exact d'ouverture de l'antenne de Saint-Brieuc ? »: led by what the sources give of the opening date.
  const town = answer?.kind === 'centre' && !answer.lookup?.area ? answer.lookup?.place : undefined;
  const locality = town ? finder.index.communeByInsee.get(town.insee) : undefined;
  if (locality && intent === 'presence' && opening) return sinceWhen(finder, question, townTarget(locality));
  // « Le centre de Cognac relève de quel AMI, le premier ou le deuxième ? »: each site's call, first.
  // « PMA a été retenue au titre de quel appel ? »: an intercommunality's sites too.
  if (answer?.kind !== 'centre' || !CALL_ASKED.test(question.folded)) return answer;
  const target: PlaceTarget | null = place.type === 'epci' ? { type: 'epci', epci: place.epci } : locality ? townTarget(locality) : null;
  return target ? withCalls(finder, question, target, answer) : answer;
}

/** A commune as the target of an answer, read exactly. */
function townTarget(locality: Locality): PlaceTarget {
  return { type: 'town', locality, reading: { how: 'exact', others: [] } };
}

/** « quel AMI ? », « le premier ou le deuxième ? », « au premier ou au deuxième AMI ? », "which call?": the call a site was selected in. */
const CALL_ASKED = /\b(?:quel(?:le)? (?:ami|appel|vague)|(?:premier|1er)(?: ami| appel)? ou (?:le |au |a l |l )?(?:deuxieme|second|2e)|which (?:call|wave|round)|(?:in )?(?:the )?first (?:call |round |wave )?or (?:in )?(?:the )?second)\b/;

const CALL_WORDS: Record<string, Record<'fr' | 'en', string>> = {
  'ami1-2019': { fr: 'retenu au premier AMI (2019)', en: 'selected in the first call (2019)' },
  'ami2-2020': { fr: 'retenu au deuxième AMI (2020-2021)', en: 'selected in the second call (2020-2021)' },
  network: { fr: 'réseau régulier du Cnam, hors programme', en: "the Cnam's regular network, outside the programme" },
  'ami-unknown': { fr: 'site du programme ; mes sources ne précisent pas au titre de quel AMI', en: 'a programme site; my sources do not say under which call' },
};

/** The lookup led by the call each of the place's sites was selected in, as the directory gives it. */
function withCalls(finder: CentreFinder, question: Question, target: PlaceTarget, answer: Answer): Answer {
  const lang = question.language;
  const lines = sitesIn(finder, target).map(({ site }) => `- **${site.name}**${lang === 'fr' ? ' :' : ':'} ${CALL_WORDS[site.wave]![lang]}.`);
  if (lines.length === 0) return answer;
  const lead = lang === 'fr' ? "Appel de chaque site, d'après l'annuaire :" : 'The call of each site, according to the directory:';
  return { ...answer, text: `${lead}\n${lines.join('\n')}\n\n${answer.text}` };
}

/** « depuis quand ? », "since what year?", « ça a ouvert quand ? »: when the sites just listed opened. */
const SINCE_WHEN = /\b(depuis quand|depuis quelle annee|depuis combien de temps|since when|since what year|how long has it|when did (?:it|they) open|ouvert(?:e|s|es)? (?:depuis )?quand|ca date de quand|(?:jour|date)(?: exacte?)? d'ouverture|opening (?:date|day))\b/;
/** The address of a site (not an e-mail address): « l'adresse exacte ? », "what's the address?", « c'est où exactement ? ». */
const ADDRESS = /\b(?:adresse(?! (?:mail|e-mail|email|electronique|courriel))|address(?! (?:mail|e-mail|email))|c'est ou exactement|ou (?:exactement|precisement)|where exactly|street)\b/;
/** « à partir de quand sera-t-il opérationnel ? », « quand ouvrira l'antenne ? », "when will it open?". */
const OPENS_WHEN = /\b(?:a partir de quand|quand|when)\b.{0,50}\b(?:operationnel\w*|ouvrira\w*|ouvrir|ouvre|ouvert\w*|fonctionnel\w*|operational|up and running|open(?:s|ing)?)\b/;
/** « le jour exact d'ouverture ? », "which day exactly?": a date to the day. */
const EXACT_DAY = /\b(jour exact|date exacte|quel jour|exact (?:day|date)|which day|what day)\b/;

/** The lookup again, led by its opening dates, or by the plain statement that the sources give none. */
function sinceWhen(finder: CentreFinder, question: Question, target: PlaceTarget): Answer | null {
  const answer = answerTarget(finder, question, 'presence', target);
  if (!answer) return answer;
  const dates = sitesIn(finder, target).map((s) => s.site.statusDate ?? '').filter(Boolean);
  const fr = question.language === 'fr';
  // A year or a month is no day: « vous avez le jour exact ? » gets the plain statement first.
  if (dates.length > 0 && (!EXACT_DAY.test(question.folded) || dates.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)))) return answer;
  const none =
    dates.length > 0
      ? fr ? "Mes sources ne donnent pas le jour exact d'ouverture ; voici ce qu'elles en disent." : 'My sources do not give the exact opening day; here is what they say.'
      : fr ? "Mes sources ne donnent pas la date d'ouverture de ce site." : 'My sources do not give the opening date of this site.';
  return { ...answer, text: `${none}\n\n${answer.text}` };
}

/** The previous directory list with the follow-up's territory or intercommunality in place of its own, or null. */
function followedList(finder: CentreFinder, question: Question, place: PlaceReading): Answer | null {
  if (place.type === 'locality') return null;
  const before = previousListQuery(finder, question);
  if (!before) return null;
  const area =
    place.type === 'epci'
      ? { level: 'epci' as const, code: place.epci.siren, name: place.epci.name }
      : (() => {
          const territory = territoryOf(finder.index, place.type, place.area);
          return { level: territory.level, code: territory.area.code, name: territory.area.name };
        })();
  return composeDirectoryAnswer(finder, question, { ...before, area });
}

/** « la deuxième de la liste », « le premier », "the second one" (not « le deuxième AMI »): a row of the list just given. */
const LIST_ITEM =
  /\b(?:le|la|l'|the)\s*(premier|premiere|1er|1ere|deuxieme|2e|2eme|second|seconde|troisieme|3e|3eme|quatrieme|4e|4eme|cinquieme|5e|5eme|first|third|fourth|fifth|dernier|derniere|last)\b(?!\s+(?:ami|appel|vague|call|wave|round|phase|session)\b)/;
/** The row of the directory list just given that a follow-up points at by its position, or null. */
function listItem(finder: CentreFinder, question: Question): LocatedSite | null {
  const ordinal = LIST_ITEM.exec(question.folded);
  const before = ordinal ? previousListQuery(finder, question) : null;
  const index = ordinal ? ordinalIndex(ordinal[1]!) : null;
  if (!before || index === null) return null;
  return listedSites(finder, before).at(index) ?? null;
}

/** The place the previous answer was about (its commune, territory or intercommunality), or null. */
function previousTarget(finder: CentreFinder, question: Question): PlaceTarget | null {
  const previous = question.context.turns.at(-1);
  if (!previous) return null;
  const { area, place } = previous;
  if (area?.type === 'epci') {
    const epci = finder.index.epcis.get(placeKey(area.name))?.find((e) => e.epci.siren === area.code)?.epci;
    return epci ? { type: 'epci', epci } : null;
  }
  if (area) {
    const found = area.type === 'departement' ? finder.index.departementByCode.get(area.code.toLowerCase()) : finder.index.regionByCode.get(area.code);
    return found ? { type: 'territory', territory: territoryOf(finder.index, area.type, found) } : null;
  }
  const locality = place ? finder.index.communeByInsee.get(place.insee) : undefined;
  return locality ? townTarget(locality) : null;
}

/** The answer to a reply: the commune chosen, the town given, or the question again with what did not match. */
function answerReply(finder: CentreFinder, question: Question, asking: Turn, reply: Reply): Answer | null {
  const asked: LookupAnswerIntent = asking.intent && asking.intent !== 'list' ? asking.intent : 'presence';
  switch (reply.type) {
    case 'choice':
      return answerTarget(finder, question, asked, townTarget(reply.locality));
    case 'place': {
      // « j'habite à Dole, quelles formations ? »: what the reply asks, else what the question it answers asked.
      const own = readCentreIntent(question);
      const intent: LookupAnswerIntent = own === 'compare' || own === 'audience' || own === 'other' || own === 'presence' ? asked : own;
      return answerReading(finder, question, reply.reading, intent);
    }
    case 'unmatched': {
      const fr = question.language === 'fr';
      const offered = reply.remaining.length > 1 ? reply.remaining : reply.candidates;
      const names = [...new Set(offered.map((c) => c.name))].join(fr ? ' ou ' : ' or ');
      const note =
        reply.reason === 'ordinal'
          ? fr ? `Je n'ai proposé que ${reply.candidates.length} communes.` : `I only offered ${reply.candidates.length} communes.`
          : reply.reason === 'several'
            ? fr ? `Plusieurs des communes proposées correspondent à « ${reply.criterion} ».` : `Several of the communes offered match "${reply.criterion}".`
            : fr ? `Aucune des communes proposées ne correspond à « ${reply.criterion} ».` : `None of the communes offered matches "${reply.criterion}".`;
      return composeClarifyAnswer(finder, question, offered, names, lookupIntentOf(asked), note);
    }
  }
}

/** Dependencies of the centre skill: the loaded finder (see `loadCentreFinder`). */
export interface CentreSkillDeps {
  finder: CentreFinder;
}

/** The centre finder as a {@link Skill}, to put in the assistant's skill list after smalltalk. */
export function createCentreSkill(deps: CentreSkillDeps): Skill {
  return {
    name: 'centres',
    answer: (question) => answerCentreQuestion(deps.finder, question),
  };
}
