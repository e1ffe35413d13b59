import type { GazetteerArrondissement } from './gazetteer.js';
import { inseeNumber, sirenNumber } from './insee-code.js';
import type { CommuneColumns, EpciColumns, FormerColumns, PackedGazetteer } from './packed-gazetteer.js';
import { packStrings } from './packed-strings.js';
import { detachedString } from './detached-string.js';
import { encodedGazetteerKey } from './gazetteer-codec.js';

/** Fields kept as strings are copied (see {@link detachedString}); the others only pass through. */
const own = detachedString;

/** The fields of one record. */
type Fields = [string, string, string, string, string, string, string, string, string, string];

/** A code of the expected form, or a loud failure (the data always has them; a silent -1 would lose a commune). */
function code(value: number, text: string): number {
  if (value < 0) throw new Error(`gazetteer: unexpected code "${text}"`);
  return value;
}

function postcodeNumber(text: string): number {
  return code(/^\d{5}$/.test(text) ? Number(text) : -1, text);
}

/** Index of `value` in `codes`, adding it: département and region codes repeat thousands of times. */
function codeIndex(codes: string[], indexOf: Map<string, number>, value: string): number {
  let i = indexOf.get(value);
  if (i === undefined) {
    i = codes.length;
    codes.push(detachedString(value));
    indexOf.set(value, i);
  }
  return i;
}

/**
 * Reads an encoded gazetteer (see `encodeGazetteer`) straight into columns: the per-record strings of each line
 * are only temporaries, so the loaded gazetteer is a few dozen objects.
 */
export function decodeGazetteer(text: string): PackedGazetteer {
  const c = { insee: [] as number[], names: [] as string[], keys: [] as string[], dep: [] as number[], region: [] as number[], population: [] as number[], lat: [] as number[], lon: [] as number[], postcodeStart: [0], postcodes: [] as number[], epci: [] as number[] };
  const depCodes: string[] = [];
  const regionCodes: string[] = [];
  const depIndex = new Map<string, number>();
  const regionIndex = new Map<string, number>();
  const f = { insee: [] as number[], names: [] as string[], keys: [] as string[], current: [] as number[], deleguee: [] as number[] };
  const e = { siren: [] as string[], name: [] as string[], type: [] as string[] };
  const types = new Map<string, string>();
  const g: PackedGazetteer = { key: detachedString(encodedGazetteerKey(text) ?? ''), communes: undefined!, communeKeys: undefined!, formers: undefined!, formerKeys: undefined!, arrondissements: [] as GazetteerArrondissement[], epcis: undefined!, departements: [], regions: [] };
  let section = '';
  // Walk the text line by line instead of splitting it all at once: lower peak memory at start.
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    from = to + 1;
    if (line.length === 0) continue;
    if (line.charCodeAt(0) === 35 /* # */) {
      section = line.slice(1);
      continue;
    }
    // Short records (a trailing empty field) give undefined fields, read as empty below.
    const r = line.split('|') as Fields;
    switch (section) {
      case 'communes': {
        c.insee.push(code(inseeNumber(r[0]), r[0]));
        c.names.push(r[1]);
        c.keys.push(r[2] || r[1]);
        c.dep.push(codeIndex(depCodes, depIndex, r[3]));
        c.region.push(codeIndex(regionCodes, regionIndex, r[4]));
        c.population.push(Number(r[5]));
        if (r[6]) for (const p of r[6].split(' ')) c.postcodes.push(postcodeNumber(p));
        c.postcodeStart.push(c.postcodes.length);
        c.lat.push(Number(r[7]));
        c.lon.push(Number(r[8]));
        c.epci.push(r[9] ? code(sirenNumber(r[9]), r[9]) : -1);
        break;
      }
      case 'formers':
        f.insee.push(code(inseeNumber(r[0]), r[0]));
        f.names.push(r[1]);
        f.keys.push(r[2]);
        f.current.push(code(inseeNumber(r[3]), r[3]));
        f.deleguee.push(r[4] === 'd' ? 1 : 0);
        break;
      case 'arrondissements':
        g.arrondissements.push({
          insee: own(r[0]), name: own(r[1]), number: Number(r[2]), parent: own(r[3]), postcodes: r[4] ? r[4].split(' ').map(own) : [],
          population: Number(r[5]), lat: Number(r[6]), lon: Number(r[7]),
        });
        break;
      case 'epcis':
        e.siren.push(own(r[0]));
        e.name.push(own(r[1]));
        e.type.push(types.get(r[2]) ?? (types.set(r[2], own(r[2])), types.get(r[2])!));
        break;
      case 'departements':
        g.departements.push({ code: own(r[0]), name: own(r[1]), chefLieu: own(r[2]), ...(r[3] ? { region: own(r[3]) } : {}) });
        break;
      case 'regions':
        g.regions.push({ code: own(r[0]), name: own(r[1]), chefLieu: own(r[2]) });
        break;
      default:
        break;
    }
  }
  const communes: CommuneColumns = {
    length: c.insee.length, insee: Int32Array.from(c.insee), names: packStrings(c.names),
    dep: Uint16Array.from(c.dep), depCodes, region: Uint16Array.from(c.region), regionCodes, population: Int32Array.from(c.population),
    lat: Float64Array.from(c.lat), lon: Float64Array.from(c.lon), postcodeStart: Int32Array.from(c.postcodeStart),
    postcodes: Int32Array.from(c.postcodes), epci: Int32Array.from(c.epci),
  };
  const formers: FormerColumns = {
    length: f.insee.length, insee: Int32Array.from(f.insee), names: packStrings(f.names),
    current: Int32Array.from(f.current), deleguee: Uint8Array.from(f.deleguee),
  };
  return { ...g, communes, communeKeys: packStrings(c.keys), formers, formerKeys: packStrings(f.keys), epcis: epciColumns(e, communes) };
}

/** EPCI columns, with each EPCI's members taken from the communes that name it (in commune order). */
function epciColumns(e: { siren: string[]; name: string[]; type: string[] }, communes: CommuneColumns): EpciColumns {
  const bySiren = new Map<number, number>();
  e.siren.forEach((siren, i) => {
    const n = sirenNumber(siren);
    // SIRENs are unique in the data; a repeated one would keep its members on its first record only.
    if (n >= 0 && !bySiren.has(n)) bySiren.set(n, i);
  });
  const counts = new Int32Array(e.siren.length + 1);
  for (let i = 0; i < communes.length; i++) {
    const epci = bySiren.get(communes.epci[i]!);
    if (epci !== undefined) counts[epci + 1]! += 1;
  }
  const memberStart = new Int32Array(e.siren.length + 1);
  for (let i = 0; i < e.siren.length; i++) memberStart[i + 1] = memberStart[i]! + counts[i + 1]!;
  const members = new Int32Array(memberStart[e.siren.length]!);
  const fill = memberStart.slice(0, e.siren.length);
  for (let i = 0; i < communes.length; i++) {
    const epci = bySiren.get(communes.epci[i]!);
    if (epci !== undefined) members[fill[epci]!++] = i;
  }
  return { length: e.siren.length, siren: e.siren, name: e.name, type: e.type, memberStart, members };
}
