import type { Answer } from '../core/answer.js';

/** Plain-text rendering of an Answer for a terminal: text, then numbered sources. */
export function formatAnswerText(answer: Answer): string {
  const lines = [answer.text];
  if (answer.lookup?.candidates?.length) {
    lines.push('', ...answer.lookup.candidates.map((c) => `  - ${c.name} (${c.department})`));
  }
  if (answer.citations.length > 0) {
    lines.push('', 'Sources :');
    for (const c of answer.citations) {
      const details = [c.publisher, c.date].filter(Boolean).join(', ');
      lines.push(`  [${c.n}] ${c.title}${details ? ` — ${details}` : ''}`, `      ${c.url}`);
    }
  }
  if (answer.suggestions?.length) {
    lines.push('', 'Suggestions :', ...answer.suggestions.map((s) => `  • ${s}`));
  }
  lines.push('', `(${answer.kind}, confiance ${answer.confidence.toFixed(2)})`);
  return lines.join('\n');
}
