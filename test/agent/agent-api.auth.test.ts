import { afterEach, describe, expect, it } from 'vitest';
import { requireAgentToken } from '../../src/agent/agent-token.js';
import { AppError } from '../../src/core/errors.js';
import { AGENT_TOKEN, startAgentServer, type AgentTestServer } from './agent-test-server.js';

let server: AgentTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ENDPOINTS: Array<[string, string, unknown?]> = [
  ['POST', '/api/suggest', { question: "Qui peut candidater à l'AMI ?" }],
  ['POST', '/api/reviews', { action: 'approve' }],
  ['GET', '/api/reviews'],
  ['GET', '/api/gaps'],
  ['GET', '/api/gaps.csv'],
];

const call = (base: string, [method, path, body]: [string, string, unknown?], headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('agent API access', () => {
  it('when AGENT_TOKEN is not set, every agent endpoint is disabled with a JSON error naming AGENT_TOKEN', async () => {
    server = await startAgentServer({ token: null });
    for (const endpoint of ENDPOINTS) {
      for (const headers of [{}, { authorization: `Bearer ${AGENT_TOKEN}` }] as Array<Record<string, string>>) {
        const res = await call(server.baseUrl, endpoint, headers);
        expect(res.status, endpoint.join(' ')).toBe(404);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.message).toContain('AGENT_TOKEN is not set');
      }
    }
  });

  it('when the token is missing or wrong, every agent endpoint answers 401', async () => {
    server = await startAgentServer();
    const wrong: Array<Record<string, string>> = [{}, { authorization: 'Bearer nope' }, { authorization: `Bearer ${AGENT_TOKEN}x` }, { authorization: AGENT_TOKEN }, { authorization: `Basic ${AGENT_TOKEN}` }];
    for (const endpoint of ENDPOINTS) {
      for (const headers of wrong) {
        const res = await call(server.baseUrl, endpoint, headers);
        expect(res.status, `${endpoint.join(' ')} ${JSON.stringify(headers)}`).toBe(401);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
      }
    }
  });

  it('when the token is right, suggest answers 200 and the public /api/ask needs no token', async () => {
    server = await startAgentServer();
    const res = await call(server.baseUrl, ENDPOINTS[0]!, { authorization: `Bearer ${AGENT_TOKEN}` });
    expect(res.status).toBe(200);
    const ask = await fetch(`${server.baseUrl}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: 'Bonjour' }) });
    expect(ask.status).toBe(200);
  });
});

describe('requireAgentToken', () => {
  it('accepts the exact token only, case and length included', () => {
    expect(() => requireAgentToken('secret-token-123456', 'Bearer secret-token-123456')).not.toThrow();
    expect(() => requireAgentToken('secret-token-123456', 'bearer secret-token-123456')).not.toThrow();
    for (const header of [undefined, '', 'Bearer', 'Bearer SECRET-TOKEN-123456', 'Bearer secret-token-12345', 'Bearer secret-token-1234567']) {
      expect(() => requireAgentToken('secret-token-123456', header)).toThrow(AppError);
    }
  });
});
