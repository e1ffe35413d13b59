/** Longest question the assistant accepts, in characters. */
export const MAX_QUESTION_LENGTH = 1000;
