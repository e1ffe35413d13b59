import type { Answer } from '../core/answer.js';
import { CitationList } from '../core/citation-list.js';
import type { Question } from '../core/question.js';
import { centreAnswer } from './centre-answer.js';
import type { CentreFinder } from './centre-finder.js';
import { lookupPlace, regionalCentres, regionCodeOf, type PlaceTarget } from './centre-target.js';
import { haversineKm } from './haversine-km.js';
import { toCentreHit } from './lookup-parts.js';
import { siteLine } from './site-lines.js';
import { territoryOf, territoryPhrase } from './territory.js';

/**
 * « Où est le centre régional du Cnam en Occitanie ? »: the directory's regional-centre rows of the place's région,
 * with status and address as the sources give them (an address of 2009 says so), and the regional centre's website
 * when a source shows it; or that none is known. `lookup.area` is the région, `lookup.intent` `regional-centre`.
 */
export function composeRegionalCentreAnswer(finder: CentreFinder, question: Question, target: PlaceTarget): Answer | null {
  const fr = question.language === 'fr';
  const code = regionCodeOf(finder, target);
  const region = code ? finder.index.regionByCode.get(code) : undefined;
  if (!region) return null;
  const territory = territoryOf(finder.index, 'region', region);
  const where = territoryPhrase(territory, question.language);
  const citations = new CitationList();
  const rows = regionalCentres(finder, region.code);
  const parts: string[] = [];
  if (rows.length > 0) {
    parts.push([
      fr
        ? `D'après l'annuaire des sites du Cnam, ${rows.length > 1 ? 'les centres régionaux connus' : 'le centre régional connu'} ${where} :`
        : `According to the Cnam sites directory, the known regional centre${rows.length > 1 ? 's' : ''} ${where}:`,
      ...rows.map((s) => `- ${siteLine(finder, citations, s, question.language, { town: true })}`),
    ].join('\n'));
    if (rows.some((s) => s.site.status !== 'open')) {
      parts.push(fr
        ? "Un statut « non confirmé » veut dire que mes sources ne disent pas si ce centre est toujours à cette adresse."
        : 'A status "not confirmed" means my sources do not say whether this centre is still at that address.');
    }
  } else {
    parts.push(fr
      ? `Je ne connais pas le centre régional du Cnam ${where} : l'annuaire de cet assistant n'en donne ni le lieu ni l'adresse.`
      : `I don't know the Cnam regional centre ${where}: this assistant's directory gives neither its town nor its address.`);
  }
  const website = finder.notes.regionalWebsites.get(region.code);
  if (website) {
    const marker = citations.cite([website.source]);
    parts.push(fr ? `Le site du ${website.publisher} : ${website.url} ${marker}.` : `The ${website.publisher} website: ${website.url} ${marker}.`);
  } else if (rows.length === 0) {
    parts.push(fr ? 'Le site national du Cnam : https://www.cnam.fr.' : "The Cnam's national website: https://www.cnam.fr.");
  }
  const from = target.type === 'town' ? target.locality : finder.index.communeByInsee.get(region.chefLieu);
  const base = lookupPlace(finder, target);
  return centreAnswer(question, parts, citations, rows.length > 0 ? 0.85 : 0.7, {
    place: target.type === 'town' ? base.place : null,
    area: { type: 'region', code: region.code, name: region.name },
    intent: 'regional-centre',
    inTown: target.type === 'town' ? rows.some((s) => s.commune.insee === target.locality.insee) : rows.length > 0,
    centres: rows.map((s) => toCentreHit(s, from ? haversineKm(from, s.commune) : 0)),
  });
}
