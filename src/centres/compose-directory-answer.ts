import type { LocatedSite } from './site-directory.js';
import type { Answer } from '../core/answer.js';
import { CitationList } from '../core/citation-list.js';
import type { Language } from '../core/ask-context.js';
import type { Question } from '../core/question.js';
import type { CentreFinder } from './centre-finder.js';
import { centreAnswer } from './centre-answer.js';
import type { DirectoryQuery } from './directory-query.js';
import { matchingSites } from './directory-query.js';
import { toCentreHit } from './lookup-parts.js';
import { directoryCaveat, siteLine } from './site-lines.js';

/** Rows listed in full; a longer list is summarised. */
const MAX_ROWS = { list: 12, count: 10 } as const;
/** Teams shows at most 10 citations per message. */
const MAX_CITATIONS = 10;

/** How to see the rest of a list that was cut: a narrower territory than the one asked, if there is one. */
const NARROWER: Record<'none' | 'region' | 'departement' | 'epci', Record<Language, string>> = {
  none: {
    fr: ' Pour la suite, précisez une région ou un département (« quels sites en Bretagne ? »).',
    en: ' For the rest, name a region or a département ("which sites in Brittany?").',
  },
  region: { fr: ' Pour la suite, précisez un département.', en: ' For the rest, name a département.' },
  departement: { fr: '', en: '' },
  epci: { fr: '', en: '' },
};

const WAVE_WORDS: Record<string, Record<Language, string>> = {
  'ami1-2019': { fr: 'du premier AMI (2019)', en: 'of the first call (2019)' },
  'ami2-2020': { fr: 'du deuxième AMI (2020-2021)', en: 'of the second call (2020-2021)' },
  network: { fr: 'du réseau régulier (hors programme)', en: 'of the regular network (outside the programme)' },
  'ami-unknown': { fr: 'du programme dont aucune source ne donne la vague', en: 'of the programme whose call no source gives' },
  programme: { fr: 'du programme « Au cœur des territoires »', en: 'of the « Au cœur des territoires » programme' },
};

/** « sites du premier AMI (2019) prévus ou retenus mais pas encore ouverts en Grand Est »: the query in words. */
function describe(query: DirectoryQuery, language: Language): string {
  const fr = language === 'fr';
  const noun = query.kinds?.includes('school')
    ? fr ? 'écoles du Cnam' : 'Cnam schools'
    : query.kinds?.includes('regional-centre')
      ? fr ? 'centres régionaux' : 'regional centres'
      : query.kinds?.includes('antenna')
        ? fr ? 'antennes' : 'antennas'
        : fr ? 'sites' : 'sites';
  const parts = [noun];
  if (query.waves) {
    const key = query.waves.length > 1 ? 'programme' : query.waves[0]!;
    parts.push(WAVE_WORDS[key]![language]);
  }
  if (query.statuses?.includes('open')) parts.push(fr ? `ouverts${query.year ? ` en ${query.year}` : ''}` : `open${query.year ? ` in ${query.year}` : ''}`);
  else if (query.statuses?.includes('moved')) parts.push(fr ? 'dont le projet a été transféré ailleurs' : 'whose project moved elsewhere');
  else if (query.statuses?.includes('unknown')) parts.push(fr ? 'dont le statut actuel est inconnu' : 'whose current status is unknown');
  else if (query.statuses?.length === 1 && query.statuses[0] === 'planned') parts.push(fr ? "en projet (ouverture annoncée, pas encore attestée)" : 'planned (opening announced, not yet attested)');
  else if (query.statuses) parts.push(fr ? 'retenus ou annoncés mais dont aucune source ne dit l’ouverture' : 'selected or announced, with no source saying they opened');
  if (query.area) parts.push(fr ? (query.area.level === 'departement' ? `dans le département ${query.area.name} (${query.area.code})` : query.area.level === 'region' ? `en ${query.area.name}` : `dans ${query.area.name}`) : `in ${query.area.name}`);
  return parts.join(' ');
}

/**
 * Answers a list or count question from the sites directory: how many sites match, then one line per site with
 * its kind, status and sources, in the user's language, with the directory's date and its caveat. A list longer
 * than the budget (or than Teams' 10 citations) gives its first rows and says how many more there are.
 */
export function composeDirectoryAnswer(finder: CentreFinder, question: Question, query: DirectoryQuery): Answer {
  const { language } = question;
  const fr = language === 'fr';
  const sites = listedSites(finder, query);
  const citations = new CitationList();
  const what = describe(query, language);
  const caveat = directoryCaveat(finder, language);
  const parts: string[] = [];
  if (sites.length === 0) {
    parts.push(fr ? `Je ne connais aucun de ces ${what}, ${caveat}.` : `I know of no ${what}, ${caveat}.`);
  } else {
    const count = sites.length === 1 ? (fr ? '1 site correspond' : '1 site matches') : fr ? `${sites.length} sites correspondent` : `${sites.length} sites match`;
    parts.push(fr ? `${capitalize(what)} : ${count}${split(sites, query, language)}, ${caveat}.` : `${capitalize(what)}: ${count}${split(sites, query, language)}, ${caveat}.`);
    const lines: string[] = [];
    for (const located of sites) {
      if (lines.length >= MAX_ROWS[query.mode] || citations.size > MAX_CITATIONS - 2) break;
      lines.push(`- ${siteLine(finder, citations, located, language, { town: true, sources: sites.length > 5 ? 1 : 2 })}`);
    }
    // « Et ces antennes sont-elles ouvertes aujourd'hui ? »: how many an opening is known for, before the lines.
    if (query.statusAsked) {
      const open = sites.filter(({ site }) => site.status === 'open').length;
      parts.push(
        open === 0
          ? fr ? `Mes sources ne confirment l'ouverture d'aucun de ces sites.` : 'My sources confirm none of these sites as open.'
          : fr ? `D'après mes sources, ${open} sur ${sites.length} ${open > 1 ? 'sont ouverts' : 'est ouvert'} ; pour les autres, elles ne confirment pas d'ouverture.` : `According to my sources, ${open} of ${sites.length} ${open > 1 ? 'are' : 'is'} open; they confirm no opening for the others.`,
      );
    }
    parts.push(lines.join('\n'));
    // Past the budget, the rows whose source is already cited are still named, by town, with that source.
    const more: string[] = [];
    let rest = 0;
    for (const located of sites.slice(lines.length)) {
      const n = located.site.sources.map((url) => citations.numberOf(url)).find((x) => x !== undefined);
      if (n === undefined) rest += 1;
      else more.push(`${located.site.town} [${n}]`);
    }
    if (more.length > 0) parts.push(fr ? `Aussi dans l'annuaire : ${more.join(', ')}.` : `Also in the directory: ${more.join(', ')}.`);
    if (rest > 0) {
      const narrower = NARROWER[query.area?.level ?? 'none'][language];
      parts.push(fr ? `… et ${rest} autre${rest > 1 ? 's' : ''}.${narrower}` : `… and ${rest} more.${narrower}`);
    }
  }
  // « combien de sites en Grand Est ? »: a project moved elsewhere is not counted, but said.
  const moved = query.statuses ? [] : matchingSites(finder, { ...query, statuses: ['moved'] });
  if (moved.length > 0) {
    const names = moved.map(({ site }) => (site.movedTo ? `${site.town} (${fr ? 'vers' : 'to'} ${site.movedTo})` : site.town)).join(', ');
    parts.push(
      fr
        ? `Sans compter ${moved.length} projet${moved.length > 1 ? 's' : ''} transféré${moved.length > 1 ? 's' : ''} ailleurs (l'annuaire compte ${sites.length + moved.length} lignes en ${moved.length > 1 ? 'les ' : "l'"}incluant) : ${names}.`
        : `Not counting ${moved.length} project${moved.length > 1 ? 's' : ''} moved elsewhere (${sites.length + moved.length} rows of the directory with ${moved.length > 1 ? 'them' : 'it'}): ${names}.`,
    );
  }
  const centres = sites.slice(0, 20).map((s) => toCentreHit(s, 0));
  return centreAnswer(question, parts, citations, 0.85, {
    place: null,
    ...(query.area ? { area: { type: query.area.level, code: query.area.code, name: query.area.name } } : {}),
    intent: 'list',
    inTown: false,
    centres,
  });
}

/** The sites a directory answer lists, in its order: « annoncés mais pas encore ouverts » gives the announced ones first. */
export function listedSites(finder: CentreFinder, query: DirectoryQuery): LocatedSite[] {
  const both = query.statuses?.includes('planned') && query.statuses.includes('selected');
  return both ? plannedFirst(matchingSites(finder, query)) : matchingSites(finder, query);
}

function plannedFirst<T extends { site: { status: string } }>(sites: readonly T[]): T[] {
  return [...sites.filter(({ site }) => site.status === 'planned'), ...sites.filter(({ site }) => site.status !== 'planned')];
}

/** « prévus mais pas encore ouverts » gathers two statuses: how many of each (« dont 9 en projet et 21 retenus… »). */
function split(sites: readonly { site: { status: string } }[], query: DirectoryQuery, language: Language): string {
  if (!query.statuses?.includes('planned') || !query.statuses.includes('selected')) return '';
  const planned = sites.filter(({ site }) => site.status === 'planned').length;
  const selected = sites.filter(({ site }) => site.status === 'selected').length;
  if (planned === 0 || selected === 0) return '';
  return language === 'fr'
    ? ` (${planned} en projet, ${selected} retenu${selected > 1 ? 's' : ''} sans ouverture connue)`
    : ` (${planned} planned, ${selected} selected with no known opening)`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
