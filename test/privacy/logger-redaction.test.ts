import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  return { lines, stream };
}

describe('logger redaction', () => {
  it('when a message or a field carries an e-mail, phone or NIR, the log line has them redacted', () => {
    const { lines, stream } = capture();
    const logger = createLogger('info', stream);
    logger.info({ question: 'Rappelez-moi au 06 12 34 56 78', user: { mail: 'jean@exemple.fr' } }, 'question de jean@exemple.fr, NIR 1 85 05 78 006 084 36');
    logger.warn('plain message for 0612345678');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(first.msg).toBe('question de [courriel], NIR [n° de sécurité sociale]');
    expect(first.question).toBe('Rappelez-moi au [téléphone]');
    expect(first.user).toEqual({ mail: '[courriel]' });
    expect(first.app).toBe('cnam-territoires');
    expect(JSON.parse(lines[1]!).msg).toBe('plain message for [téléphone]');
    // Look for the personal data itself (not bare digits, which the timestamp may contain).
    expect(lines.join('\n')).not.toMatch(/jean@|06 12|0612345678|1 85 05 78/);
  });

  it('still logs errors with their message and stack', () => {
    const { lines, stream } = capture();
    createLogger('info', stream).error({ err: new Error('boom') }, 'failed');
    const line = JSON.parse(lines[0]!) as { err: { message: string; stack: string } };
    expect(line.err.message).toBe('boom');
    expect(line.err.stack).toContain('Error: boom');
  });
});
