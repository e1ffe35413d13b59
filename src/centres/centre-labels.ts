import type { Language } from '../core/ask-context.js';
import type { Site } from '../knowledge/site.js';
import type { GazetteerArea } from './gazetteer.js';

const KIND: Record<Site['kind'], Record<Language, string>> = {
  antenna: { fr: 'antenne', en: 'antenna' },
  'regional-centre': { fr: 'centre régional', en: 'regional centre' },
  'local-site': { fr: 'site local', en: 'local site' },
  school: { fr: 'école', en: 'school' },
};

/** Month names, January first. */
export const MONTHS: Record<Language, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Site kind in words. */
export function kindLabel(kind: Site['kind'], language: Language): string {
  return KIND[kind][language];
}

/** "le 13 septembre 2019" / "en septembre 2019" / "on 13 September 2019" / "in 2019". */
export function datePhrase(date: string, language: Language): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[language][Number(month) - 1] : undefined;
  if (day && monthName) return language === 'fr' ? `le ${Number(day)} ${monthName} ${year}` : `on ${Number(day)} ${monthName} ${year}`;
  if (monthName) return language === 'fr' ? `en ${monthName} ${year}` : `in ${monthName} ${year}`;
  return language === 'fr' ? `en ${year}` : `in ${year}`;
}

/** "ouvert le 13 septembre 2019", "retenu (AMI 2019)", "planned"… */
export function statusLabel(site: Pick<Site, 'status' | 'statusDate' | 'otherStatusDate' | 'movedTo' | 'wave'>, language: Language): string {
  // Where the sources disagree on the date, both: « le 21 juin 2023 ou le 22 juin 2023 selon les sources ».
  const other = site.statusDate && site.otherStatusDate ? datePhrase(site.otherStatusDate, language) : '';
  const disputed = other ? (language === 'fr' ? ` ou ${other} selon les sources` : ` or ${other}, depending on the source`) : '';
  const when = site.statusDate ? ` ${datePhrase(site.statusDate, language)}${disputed}` : '';
  const year = site.wave === 'ami1-2019' ? '2019' : '2020';
  const call = site.wave === 'network' ? '' : language === 'fr' ? ` par l'appel « Au cœur des territoires » ${year}` : ` in the « Au cœur des territoires » ${year} call`;
  const fr: Record<Site['status'], string> = {
    open: `ouvert${when ? ` (ouverture ${when.trim()})` : ''}`,
    selected: `retenu${call}${when ? `,${when}` : ''}`,
    planned: `en projet${when ? ` (annonce ${when.trim()})` : ''}`,
    moved: site.movedTo ? `projet transféré à ${site.movedTo}` : 'projet transféré ailleurs',
    unknown: 'statut non confirmé par les sources',
  };
  const en: Record<Site['status'], string> = {
    open: `open${when ? ` (opened ${when.trim()})` : ''}`,
    selected: `selected${call}${when ? `,${when}` : ''}`,
    planned: `planned${when ? ` (announced ${when.trim()})` : ''}`,
    moved: site.movedTo ? `project moved to ${site.movedTo}` : 'project moved elsewhere',
    unknown: 'status not confirmed by the sources',
  };
  return language === 'fr' ? fr[site.status] : en[site.status];
}

/** "Haute-Marne (52)". */
export function departmentLabel(departement: GazetteerArea | undefined, code: string): string {
  return departement ? `${departement.name} (${departement.code})` : code;
}

/** Kilometres with one decimal, in the language's notation ("23,4 km" / "23.4 km"). */
export function kmLabel(km: number, language: Language): string {
  const text = km.toFixed(1);
  return `${language === 'fr' ? text.replace('.', ',') : text} km`;
}

/** Rounds a distance to 0.1 km, as shown and as returned in the lookup. */
export function roundKm(km: number): number {
  return Math.round(km * 10) / 10;
}
