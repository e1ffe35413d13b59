import { fold } from '../text/fold.js';
import type { PassageSource } from './passage-retriever.js';

/**
 * The short name of a publisher, for attributions: « Agence nationale de la cohésion des territoires
 * (ANCT) » → « ANCT », « Banque des Territoires – Localtis » → « Localtis », « AdCF (Intercommunalités
 * de France) » → « AdCF », « Département des Côtes-d'Armor (Sup'Armor) » → « Département des Côtes-d'Armor ».
 */
export function shortPublisher(source: PassageSource): string {
  const name = (source.publisher ?? source.title).trim();
  const acronym = /\(([A-Z][A-Za-z]{1,7})\)\s*$/.exec(name);
  if (acronym && /^[A-Z]{2,}/.test(acronym[1]!)) return acronym[1]!;
  let short = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const dash = short.split(/\s+[–—-]\s+/);
  if (dash.length > 1) short = dash.at(-1)!;
  return short || name;
}

/** Names by which a sentence may already name its source: short name, acronym, parts of the publisher. */
function namesOf(source: PassageSource): string[] {
  const name = source.publisher ?? source.title;
  const names = new Set<string>([shortPublisher(source)]);
  for (const m of name.matchAll(/\(([^)]+)\)/g)) names.add(m[1]!);
  for (const part of name.replace(/\([^)]*\)/g, '').split(/\s+[–—-]\s+/)) names.add(part.trim());
  // « Département des Côtes-d'Armor » is named by « Côtes-d'Armor ».
  for (const n of [...names]) {
    const tail = /\b(?:des|du|de la|de l'|de)\s+(.+)$/.exec(n);
    if (tail && tail[1]!.length >= 5) names.add(tail[1]!);
  }
  return [...names].map(fold).filter((n) => n.length >= 3);
}

/**
 * Whether a sentence already says who states it (« Selon Localtis… », « Dans un entretien de
 * l'ANCT… », « L'AdCF compte… »): the source's name appears in its opening words.
 */
export function namesItsSource(plain: string, source: PassageSource | undefined): boolean {
  const folded = fold(plain);
  if (/^(selon|d'apres|pour)\b/.test(folded)) return true;
  if (!source) return false;
  const opening = folded.split(/\s+/).slice(0, 12).join(' ');
  return namesOf(source).some((n) => opening.includes(n));
}

/** Whether a sentence opens on its source's name (« Corse Net Infos rappelle… », « Localtis écrit… »). */
export function namesSourceByName(plain: string, source: PassageSource): boolean {
  const opening = fold(plain).split(/\s+/).slice(0, 4).join(' ');
  // « le Cnam » is most often the subject of a sentence, not who reports it.
  return namesOf(source).some((n) => !/^(le )?cnam\b/.test(n) && opening.includes(n));
}
