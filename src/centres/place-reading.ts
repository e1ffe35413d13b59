import type { GazetteerArea, GazetteerEpci } from './gazetteer.js';
import type { Locality } from './locality.js';

/** How the place was recognised; drives the confidence and what the answer says about it. */
export type PlaceHow = 'exact' | 'former' | 'short' | 'postcode' | 'typo';

/** What {@link findPlace} understood in a question. */
export type PlaceReading =
  | {
      type: 'locality';
      /** Matching localities after qualifiers, most populous first. */
      candidates: Locality[];
      how: PlaceHow;
      /** The words that matched, as typed. */
      text: string;
      /** The postal code, when the place came from one. */
      postcode?: string;
      /** The whole message is the place (plus qualifiers): a bare place or a chosen candidate. */
      bare: boolean;
    }
  | { type: 'epci'; epci: GazetteerEpci; text: string; bare: boolean }
  | { type: 'departement' | 'region'; area: GazetteerArea; text: string; bare: boolean };
