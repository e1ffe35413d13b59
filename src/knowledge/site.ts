import { z } from 'zod';
import { isoDateSchema } from '../core/answer.js';
import { sourceUrlSchema } from './source-url.js';

/** Kinds of Cnam site in the directory. */
export const siteKindSchema = z.enum(['antenna', 'regional-centre', 'local-site', 'school']);
/**
 * Programme wave: the two "Au cœur des territoires" calls, a programme site whose wave no source states
 * (`ami-unknown`, e.g. Cognac), or the regular network.
 */
export const siteWaveSchema = z.enum(['ami1-2019', 'ami2-2020', 'ami-unknown', 'network']);
/** What the sources say of the site: selected (laureate), open (running), planned, moved elsewhere, or unknown. */
export const siteStatusSchema = z.enum(['selected', 'open', 'planned', 'moved', 'unknown']);

/**
 * One row of `knowledge/sites/sites.csv`. Empty CSV cells become undefined.
 * `sources` holds one or more URLs separated by " ; " (https, or http when the publisher serves no https); each
 * must appear in the front matter of a document with a section naming the site's town, so that a citation can
 * give its title, publisher and date and the source speaks of that site.
 */
export const siteSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  kind: siteKindSchema,
  town: z.string().min(1),
  insee: z.string().regex(/^(\d{5}|2[AB]\d{3})$/),
  department: z.string().min(1),
  region: z.string().min(1),
  collectivity: z.string().optional(),
  wave: siteWaveSchema,
  status: siteStatusSchema,
  statusDate: isoDateSchema.optional(),
  /** The date another source gives for the same status (the sources disagree); both are said. */
  otherStatusDate: isoDateSchema.optional(),
  /** For a `moved` project: the town it went to. */
  movedTo: z.string().min(1).optional(),
  address: z.string().optional(),
  sources: z.array(sourceUrlSchema).min(1),
  notes: z.string().optional(),
});

export type SiteKind = z.infer<typeof siteKindSchema>;
export type SiteWave = z.infer<typeof siteWaveSchema>;
export type SiteStatus = z.infer<typeof siteStatusSchema>;
export type Site = z.infer<typeof siteSchema>;
