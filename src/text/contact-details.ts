import { fold } from './fold.js';

/** An e-mail address or a French phone number in a sentence. */
const CONTACT_DETAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d\d){4}\b/;

/** A question asking whom to contact or how to reach someone. */
const CONTACT_QUESTION =
  /\b(contacts?|contacter|joindre|ecrire|e ?mails?|mail|courriel|adresse|telephone|phone|call|reach|interlocuteurs?|qui (appeler|contacter|joindre|ecrire)|who (can|should|do) (i|we) (ask|contact|call|write))\b/;

/** Whether a sentence gives an e-mail address or a phone number. */
export function givesContactDetails(sentence: string): boolean {
  return CONTACT_DETAIL.test(sentence);
}

/** Whether the question asks for a contact (then contact details answer it; otherwise they are beside the point). */
export function asksForContact(question: string): boolean {
  return CONTACT_QUESTION.test(fold(question).replace(/[-']/g, ' '));
}
