import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake model does for one request. */
export interface Script {
  /** Text pieces streamed one after the other (a non-streaming request gets them joined). */
  chunks: string[];
  /** Pause before each piece (ms). */
  delayMs?: number;
  /** Pause before the response starts (ms): a provider that hangs. */
  firstByteDelayMs?: number;
  /** Stop sending and close the connection after this many pieces, with no end of stream. */
  cutAfter?: number;
  /** `finish_reason` / `done_reason` of the last chunk; `none`: the stream ends properly but never says why. */
  finish?: 'stop' | 'length' | 'none';
  /** An HTTP error instead of an answer. */
  status?: number;
  usage?: { prompt: number; completion: number };
}

/** One request the fake received. */
export interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
  /** System and user messages joined: what the model was shown. */
  prompt: string;
}

export interface FakeLlmServer {
  /** `http://127.0.0.1:port` */
  url: string;
  received: Received[];
  /** The script for the next requests: a fixed one, or one per request (from what it was shown). */
  script(next: Script | ((request: Received) => Script)): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(req: IncomingMessage): Promise<any> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return JSON.parse(Buffer.concat(parts).toString('utf8') || '{}');
}

async function streamOpenAi(res: ServerResponse, script: Script, model: string, streaming: boolean): Promise<void> {
  if (!streaming) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'chatcmpl-fake',
        object: 'chat.completion',
        created: 0,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: script.chunks.join('') }, finish_reason: script.finish ?? 'stop' }],
        usage: { prompt_tokens: script.usage?.prompt ?? 100, completion_tokens: script.usage?.completion ?? 20, total_tokens: (script.usage?.prompt ?? 100) + (script.usage?.completion ?? 20) },
      }),
    );
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
  const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
  const chunk = (delta: Record<string, unknown>, finish: string | null) => ({
    id: 'chatcmpl-fake',
    object: 'chat.completion.chunk',
    created: 0,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
  send(chunk({ role: 'assistant', content: '' }, null));
  for (const [i, piece] of script.chunks.entries()) {
    if (script.cutAfter !== undefined && i >= script.cutAfter) {
      res.socket?.destroy();
      return;
    }
    if (script.delayMs) await sleep(script.delayMs);
    if (res.destroyed) return;
    send(chunk({ content: piece }, null));
  }
  if (script.finish !== 'none') send(chunk({}, script.finish ?? 'stop'));
  const usage = script.usage ?? { prompt: 100, completion: 20 };
  send({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model, choices: [], usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion } });
  res.write('data: [DONE]\n\n');
  res.end();
}

async function streamOllama(res: ServerResponse, script: Script, model: string): Promise<void> {
  res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
  const line = (data: unknown) => res.write(`${JSON.stringify(data)}\n`);
  for (const [i, piece] of script.chunks.entries()) {
    if (script.cutAfter !== undefined && i >= script.cutAfter) {
      res.socket?.destroy();
      return;
    }
    if (script.delayMs) await sleep(script.delayMs);
    if (res.destroyed) return;
    line({ model, created_at: new Date(0).toISOString(), message: { role: 'assistant', content: piece }, done: false });
  }
  const usage = script.usage ?? { prompt: 100, completion: 20 };
  line({
    model,
    created_at: new Date(0).toISOString(),
    message: { role: 'assistant', content: '' },
    done: true,
    done_reason: script.finish ?? 'stop',
    total_duration: 1,
    prompt_eval_count: usage.prompt,
    eval_count: usage.completion,
  });
  res.end();
}

/**
 * A local OpenAI-compatible chat-completions endpoint (`/v1/chat/completions`, Azure's
 * `/openai/deployments/{name}/chat/completions`) and Ollama's `/api/chat`, on 127.0.0.1 port 0, answering what each
 * test scripts: streamed pieces, delays, a cut connection, an HTTP error. Records every request.
 */
export async function startFakeLlmServer(): Promise<FakeLlmServer> {
  const received: Received[] = [];
  let next: Script | ((request: Received) => Script) = { chunks: ['Aucune réponse scriptée.'] };
  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = (req.url ?? '/').split('?')[0]!;
      const messages: Array<{ role: string; content: unknown }> = body.messages ?? [];
      const prompt = messages.map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))).join('\n\n');
      const request: Received = { path, headers: req.headers, body, prompt };
      received.push(request);
      const script = typeof next === 'function' ? next(request) : next;
      if (script.firstByteDelayMs) await sleep(script.firstByteDelayMs);
      if (res.destroyed) return;
      if (script.status) {
        res.writeHead(script.status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'scripted failure', type: 'server_error' } }));
        return;
      }
      if (path === '/api/chat') return streamOllama(res, script, String(body.model ?? 'fake'));
      if (/\/chat\/completions$/.test(path)) return streamOpenAi(res, script, String(body.model ?? 'fake'), body.stream === true);
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `no route ${path}` } }));
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    script(script) {
      next = script;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Splits a text into pieces of a few characters, as a model streams tokens. */
export function tokens(text: string, size = 7): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
