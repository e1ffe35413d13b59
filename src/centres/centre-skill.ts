import type { Answer } from '../core/answer.js';
import type { Question } from '../core/question.js';
import type { Skill } from '../core/skill.js';
import type { CentreFinder } from './centre-finder.js';
import { chooseLocality, POSTCODE_PRINCIPAL_RATIO } from './choose-locality.js';
import { composeAreaAnswer } from './compose-area-answer.js';
import { composeClarifyAnswer } from './compose-clarify-answer.js';
import { composeEpciAnswer } from './compose-epci-answer.js';
import { composeTownAnswer } from './compose-town-answer.js';
import { followsLookup, isCentreQuestion, isNearMeQuestion } from './centre-intent.js';
import { composeAskTownAnswer } from './compose-ask-town-answer.js';
import { findPlace } from './find-place.js';
import { composeDirectoryAnswer } from './compose-directory-answer.js';
import { readDirectoryQuery } from './directory-query.js';

/**
 * Answers "is there a Cnam centre in my town?" and its variants from the sites directory: one town (by name,
 * former name, postal code, arrondissement, with small typos), an intercommunality, a département or a region;
 * asks which commune is meant among homonyms. Returns null for questions that are not about Cnam sites.
 */
export function answerCentreQuestion(finder: CentreFinder, question: Question): Answer | null {
  // Lists and counts over the directory (« quels sites sont prévus mais pas encore ouverts ? »).
  const directoryQuery = readDirectoryQuery(finder, question);
  if (directoryQuery) return composeDirectoryAnswer(finder, question, directoryQuery);
  const reading = findPlace(question.text, finder.index, { language: question.language, followUp: followsLookup(question) });
  // "Is there a centre near me?": ask for the town rather than guess one.
  if (!reading) return isNearMeQuestion(question) ? composeAskTownAnswer(question) : null;
  if (!isCentreQuestion(question, reading)) return null;
  switch (reading.type) {
    case 'departement':
    case 'region':
      return composeAreaAnswer(finder, question, reading.type, reading.area);
    case 'epci':
      return composeEpciAnswer(finder, question, reading.epci);
    case 'locality': {
      const ratio = reading.how === 'postcode' ? POSTCODE_PRINCIPAL_RATIO : undefined;
      const choice = chooseLocality(reading.candidates, ratio);
      if (choice.type === 'ask') {
        if (choice.candidates.length === 0) return null;
        return composeClarifyAnswer(finder, question, choice.candidates, reading.postcode ?? reading.text);
      }
      // A principal commune chosen from a postal code: its neighbours are not homonyms, do not list them.
      const others = reading.how === 'postcode' ? [] : choice.others;
      return composeTownAnswer(finder, question, choice.locality, { how: reading.how, others, ...(reading.postcode ? { postcode: reading.postcode } : {}) });
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
