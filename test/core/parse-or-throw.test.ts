import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../src/core/errors.js';
import { parseOrThrow } from '../../src/core/parse-or-throw.js';

const schema = z.object({ question: z.string().min(1, 'question must not be empty'), n: z.number().optional() });

describe('parseOrThrow', () => {
  it('when the value fits the schema, returns the parsed value', () => {
    expect(parseOrThrow(schema, { question: 'Bonjour', n: 2 })).toEqual({ question: 'Bonjour', n: 2 });
  });

  it('when it does not, throws invalid_request with the first problem, its path and the prefix', () => {
    let error: unknown;
    try {
      parseOrThrow(schema, { question: '' }, 'bad body: ');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'invalid_request', message: 'bad body: question must not be empty', details: { path: 'question' } });
  });
});
