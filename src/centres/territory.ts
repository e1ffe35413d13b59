import type { Area } from '../core/answer.js';
import type { Language } from '../core/ask-context.js';
import type { GazetteerArea } from './gazetteer.js';
import type { PlaceIndex } from './place-index.js';

/** A département or a region as the answers name it: metropolitan, overseas département-région, or overseas collectivity. */
export interface Territory {
  level: 'departement' | 'region';
  area: GazetteerArea;
  /** `drom`: Guadeloupe, Martinique, Guyane, La Réunion, Mayotte; `com`: Saint-Martin, Polynésie française, Nouvelle-Calédonie… */
  overseas: 'drom' | 'com' | null;
}

/**
 * The territory a département or region reading stands for. An overseas collectivity (Saint-Pierre-et-Miquelon,
 * Saint-Barthélemy, Saint-Martin, Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie…) is both a
 * « département » and a « région » of the same code in the Etalab data: it is answered as a region (contract 1.2).
 */
export function territoryOf(index: PlaceIndex, level: 'departement' | 'region', area: GazetteerArea): Territory {
  if (level === 'departement' && area.region === area.code) {
    return { level: 'region', area: index.regionByCode.get(area.code) ?? area, overseas: 'com' };
  }
  if (level === 'region' && area.code.length === 3) return { level: 'region', area, overseas: 'com' };
  const overseas = level === 'departement' ? area.code.startsWith('97') : /^0[1-6]$/.test(area.code);
  return { level, area, overseas: overseas ? 'drom' : null };
}

/** The Answer's `lookup.area`. */
export function areaOf(territory: Territory): Area {
  return { type: territory.level, code: territory.area.code, name: territory.area.name };
}

/** « dans le département Cher (18) », « dans la région Bretagne », « à La Réunion (974, département d'outre-mer) »… */
export function territoryPhrase(territory: Territory, language: Language): string {
  const { area, level, overseas } = territory;
  const fr = language === 'fr';
  if (overseas === 'com') return fr ? `dans le territoire d'outre-mer ${area.name} (${area.code})` : `in ${area.name} (overseas territory, ${area.code})`;
  if (overseas === 'drom') {
    const code = level === 'departement' ? ` (${area.code})` : '';
    return fr ? `dans le département et région d'outre-mer ${area.name}${code}` : `in ${area.name} (overseas département and region${code ? `, ${area.code}` : ''})`;
  }
  if (level === 'departement') return fr ? `dans le département ${area.name} (${area.code})` : `in ${area.name} (${area.code})`;
  return fr ? `dans la région ${area.name}` : `in ${area.name}`;
}
