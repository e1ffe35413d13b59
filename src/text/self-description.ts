/**
 * A user saying who they are (folded text, apostrophes kept or as spaces): « je suis demandeur d'emploi », « jsuis au
 * chômage », "I am a student", "i'm freelance". It says who asks, not what is asked.
 */
export const SELF_DESCRIPTION_SOURCE =
  "(?:je suis|jsuis|j suis|j'suis|chuis|i am|i m|i'm|im) (?:un |une |a |an )?" +
  "(?:au chomage|sans emploi|en recherche d[ ']emploi|out of work|demandeu\\w*(?: d[ ']emploi)?|chomeu\\w*|salarie\\w*|etudiant\\w*|retraite\\w*|jeune|lyceen\\w*|adulte|independant\\w*|artisan|auto entrepreneu\\w*|job ?seeker|unemployed|employee|student|retired|self employed|freelance\\w*)";

const SELF_DESCRIPTION = new RegExp(`\\b${SELF_DESCRIPTION_SOURCE}\\b`, 'g');

/** The text without the user's words about themselves. */
export function withoutSelfDescription(folded: string): string {
  return folded.replace(SELF_DESCRIPTION, ' ');
}
