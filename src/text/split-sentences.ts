/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION = /(?:\b[A-Z]|\bM|\bMme|\bMM|\bDr|\bSt|\bp|\bcf|\benv|\bex|\bn°|\bart)\.$/;

/**
 * Splits Markdown text into sentences. Lines of a list are sentences of their own; claim markers
 * (`[^id]`) stay with the sentence they follow, even when written after the final period.
 */
export function splitSentences(markdown: string): string[] {
  const units: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) units.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || /^(#|>?\s*$|\|)/.test(line)) {
      flush();
      continue;
    }
    if (/^([-*+]|\d+[.)])\s+/.test(line)) {
      flush();
      units.push(line);
      continue;
    }
    paragraph.push(line.replace(/^>\s*/, ''));
    // One sentence per line is the knowledge convention: a line ending a sentence ends the unit.
    if (/([.!?…»)]|\[\^[A-Za-z0-9_-]+\])\s*$/.test(line)) flush();
  }
  flush();
  const sentences: string[] = [];
  for (const unit of units) {
    const pieces = unit
      .replace(/([.!?…])((?:\s?\[\^[A-Za-z0-9_-]+\])*)\s+(?=[«"“(A-ZÀ-ÖØ-Þ0-9*[])/g, '$1$2\u0000')
      .split('\u0000');
    let pending = '';
    for (const piece of pieces) {
      const joined = pending ? `${pending} ${piece}` : piece;
      if (ABBREVIATION.test(joined.trim())) {
        pending = joined;
        continue;
      }
      pending = '';
      if (joined.trim()) sentences.push(joined.trim());
    }
    if (pending.trim()) sentences.push(pending.trim());
  }
  return sentences;
}
