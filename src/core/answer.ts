import { z } from 'zod';

/**
 * Version of the public Answer contract. Bump the minor number for additive changes,
 * the major number for anything a client could break on.
 */
export const ANSWER_VERSION = '1.3';

/** ISO 8601 calendar date, full (YYYY-MM-DD) or reduced precision (YYYY-MM, YYYY) when the source gives no day. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY-MM-DD (or YYYY-MM / YYYY)');

export const answerKindSchema = z.enum(['centre', 'knowledge', 'clarify', 'smalltalk', 'fallback']);

export const citationSchema = z.object({
  n: z.number().int().positive(),
  title: z.string().min(1),
  /** https, or http when the publisher serves no https (contract 1.2). */
  url: z.url({ protocol: /^https?$/ }),
  publisher: z.string().min(1).optional(),
  date: isoDateSchema.optional(),
  excerpt: z.string().min(1).optional(),
});

export const placeSchema = z.object({
  name: z.string().min(1),
  insee: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'expected an INSEE commune code'),
  department: z.string().min(1),
});

export const centreSchema = z.object({
  name: z.string().min(1),
  town: z.string().min(1),
  insee: z.string().min(1),
  distanceKm: z.number().nonnegative(),
  kind: z.string().optional(),
  status: z.string().optional(),
  address: z.string().optional(),
});

/** Set when a support agent approved or corrected this answer (contract 1.1). */
export const reviewedSchema = z.object({
  /** The agent's identifier. */
  by: z.string().min(1),
  /** When the review was made (ISO 8601 date-time, UTC). */
  at: z.iso.datetime(),
});

/**
 * Set when a language model phrased this answer (contract 1.3): every sentence of it passed the check against the
 * sources it cites. Absent for extractive answers.
 */
export const generatedSchema = z.object({
  /** `openai` (any OpenAI-compatible endpoint), `azure-openai` or `ollama`. */
  provider: z.string().min(1),
  /** The model or deployment name. */
  model: z.string().min(1),
});

/** A territory a lookup is about (contract 1.2): a département, a région (or overseas collectivity) or an intercommunality. */
export const areaSchema = z.object({
  type: z.enum(['departement', 'region', 'epci']),
  /** INSEE code (département, région) or SIREN (intercommunality). */
  code: z.string().min(1),
  name: z.string().min(1),
});

/** What a place question asks (contract 1.2). */
export const lookupIntentSchema = z.enum(['presence', 'courses', 'regional-centre', 'enrolment', 'list']);

export const lookupSchema = z.object({
  place: placeSchema.nullable(),
  /** The territory asked about, when it is not one commune (1.2). */
  area: areaSchema.optional(),
  /** What was asked about the place (1.2); absent means presence / nearest sites. */
  intent: lookupIntentSchema.optional(),
  inTown: z.boolean(),
  centres: z.array(centreSchema),
  candidates: z.array(placeSchema).optional(),
});

/** The one shape every channel renders. Validated in tests and at the HTTP edge. */
export const answerSchema = z
  .object({
    question: z.string(),
    kind: answerKindSchema,
    text: z.string().min(1),
    confidence: z.number().min(0).max(1),
    citations: z.array(citationSchema),
    lookup: lookupSchema.optional(),
    suggestions: z.array(z.string().min(1)).optional(),
    reviewed: reviewedSchema.optional(),
    generated: generatedSchema.optional(),
  })
  .superRefine((answer, ctx) => {
    const numbers = answer.citations.map((c) => c.n);
    numbers.forEach((n, i) => {
      if (n !== i + 1) ctx.addIssue({ code: 'custom', path: ['citations', i, 'n'], message: 'citations are numbered 1..N in order' });
    });
    for (const match of answer.text.matchAll(/\[(\d+)\]/g)) {
      const n = Number(match[1]);
      if (!numbers.includes(n)) {
        ctx.addIssue({ code: 'custom', path: ['text'], message: `marker [${n}] has no citation` });
      }
    }
    if (answer.generated && answer.kind !== 'knowledge') {
      ctx.addIssue({ code: 'custom', path: ['generated'], message: 'only knowledge answers are generated' });
    }
    if (answer.kind === 'centre' && !answer.lookup) {
      ctx.addIssue({ code: 'custom', path: ['lookup'], message: 'a centre answer carries its lookup' });
    }
  });

export type AnswerKind = z.infer<typeof answerKindSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Place = z.infer<typeof placeSchema>;
export type CentreHit = z.infer<typeof centreSchema>;
export type Lookup = z.infer<typeof lookupSchema>;
export type Area = z.infer<typeof areaSchema>;
export type LookupIntent = z.infer<typeof lookupIntentSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Reviewed = z.infer<typeof reviewedSchema>;
export type Generated = z.infer<typeof generatedSchema>;
