/** What replaces each kind of personal data. French, since the people reading stored records are. */
export const REDACTED = {
  email: '[courriel]',
  phone: '[téléphone]',
  nir: '[n° de sécurité sociale]',
  iban: '[IBAN]',
} as const;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/**
 * French social-security number (NIR): sex digit, year, month, département (digits, 2A or 2B), commune,
 * order number, then the 2-digit key; with or without spaces (or dots/dashes) between the groups.
 */
const NIR = /(?<![\dA-Za-z])[1-478][\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?(?:\d{2}|2[ABab])[\s.-]?\d{3}[\s.-]?\d{3}[\s.-]?\d{2}(?!\d)/g;

/**
 * French phone numbers: `0X XX XX XX XX`, `+33 X XX XX XX XX`, `(+33) X…`, `0033 …`, `+33 (0)X …`, `(0)X …`; the
 * digits in pairs, fours or not grouped, separated by spaces, dots, dashes or nothing.
 */
const PHONE = /(?<![\d+])(?:\(?(?:\+|00)33\)?[\s.-]?(?:\(0\)[\s.-]?)?|\(0\)[\s.-]?|0)[1-9](?:[\s.-]?\d){8}(?!\d)/g;

/** An IBAN (country code, two check digits, then 11 to 30 letters or digits, in groups of four or not). */
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g;

/** Replaces e-mail addresses, phone numbers and social-security numbers in `text`. */
export function redact(text: string): string {
  if (!/[\d@]/.test(text)) return text;
  // NIR before phones: a spaced NIR contains digit pairs a phone pattern could otherwise bite into.
  return text.replace(EMAIL, REDACTED.email).replace(IBAN, REDACTED.iban).replace(NIR, REDACTED.nir).replace(PHONE, REDACTED.phone);
}

/**
 * Redacts every string inside plain objects and arrays (a copy; the input is not changed). Other objects
 * (errors, dates, buffers) are returned as they are.
 */
export function redactDeep<T>(value: T): T {
  return walk(value, 0) as T;
}

function walk(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redact(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = walk(item, depth + 1);
  return out;
}
