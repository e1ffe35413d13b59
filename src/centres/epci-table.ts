import type { GazetteerEpci } from './gazetteer.js';
import { inseeText } from './insee-code.js';
import type { CommuneColumns, EpciColumns } from './packed-gazetteer.js';

/** The intercommunalities; a {@link GazetteerEpci} (with its member list) is made when one is looked up. */
export class EpciTable {
  constructor(private readonly epcis: EpciColumns, private readonly communes: CommuneColumns) {}

  get size(): number {
    return this.epcis.length;
  }

  /** EPCI `i` with its members' INSEE codes (in commune order). */
  epci(i: number): GazetteerEpci {
    const { epcis } = this;
    const members: string[] = [];
    for (let m = epcis.memberStart[i]!; m < epcis.memberStart[i + 1]!; m++) members.push(inseeText(this.communes.insee[epcis.members[m]!]!));
    return { siren: epcis.siren[i]!, name: epcis.name[i]!, type: epcis.type[i]!, members };
  }
}
