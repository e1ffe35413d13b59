import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/**
 * Every setting the service reads, with its default. The only place that reads `process.env`;
 * values are passed down as arguments. Documented one by one in `.env.example`.
 */
export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATA_DIR: z.string().min(1).default('data'),
    PUBLIC_URL: z.url().optional().or(z.literal('').transform(() => undefined)),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppTenantId: optionalString,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    EMBEDDINGS_PROVIDER: z.enum(['local', 'openai', 'azure-openai', 'ollama']).default('local'),
    EMBEDDINGS_MODEL: optionalString,
    EMBEDDINGS_BASE_URL: z.url().optional().or(z.literal('').transform(() => undefined)),
    EMBEDDINGS_API_KEY: optionalString,
    DIRECT_LINE_SECRET: optionalString,
    DIRECT_LINE_DOMAIN: z.url().default('https://directline.botframework.com/v3/directline'),
    WEBCHAT_ALLOWED_ORIGINS: z
      .string()
      .default('*')
      .transform((v) => v.split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean))
      .refine((list) => list.every((o) => o === '*' || /^https?:\/\/[^/\s]+$/.test(o)), 'a comma-separated list of origins such as https://www.ville.fr, or *'),
    AGENT_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 16, 'at least 16 characters'),
    /** Public endpoints (/api/ask, Direct Line, widget): requests per minute per client IP; 0 = no limit. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(30),
    /** Requests a client may send at once before the per-minute rate applies. */
    RATE_LIMIT_BURST: z.coerce.number().int().min(1).default(30),
    /**
     * Reverse proxies in front of the service that append the client address to X-Forwarded-For (Azure App Service,
     * a load balancer…): 0 = use the socket address (direct exposure); N = the N-th address from the right.
     */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** `/api/messages` without credentials (anonymous mode): requests per minute per client IP; 0 = no limit. */
    RATE_LIMIT_MESSAGES_PER_MINUTE: z.coerce.number().int().min(0).default(120),
    /** Support-agent API (behind AGENT_TOKEN): requests per minute per client IP; 0 = no limit. */
    RATE_LIMIT_AGENT_PER_MINUTE: z.coerce.number().int().min(0).default(120),
    /**
     * Anonymous mode only: hosts a reply may be sent to (an activity's serviceUrl). Loopback by default (the Emulator
     * on this machine); with credentials, botbuilder checks the channel's signed serviceUrl instead.
     */
    ANONYMOUS_SERVICE_HOSTS: z
      .string()
      .default('localhost,127.0.0.1,[::1]')
      .transform((v) => v.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)),
    /** On SIGTERM/SIGINT: how long in-flight requests may take to finish before the process exits anyway (ms). */
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
    /**
     * Built-in Direct Line: activity reads (polls, stream openings) per minute per conversation; 0 = no limit. 300 is
     * DirectLineJS's fastest polling (every 200 ms), which must never be refused: DirectLineJS stops polling on a 429.
     */
    DIRECT_LINE_POLLS_PER_MINUTE: z.coerce.number().int().min(0).default(300),
    /** Built-in Direct Line: conversations a client address may open per minute (twice that at once); 0 = no limit. */
    DIRECT_LINE_CONVERSATIONS_PER_MINUTE: z.coerce.number().int().min(0).default(10),
    /**
     * Optional generation of knowledge answers by a language model, checked against their sources before anything is
     * shown (src/generation/). `none` (default): every answer is extractive, as without these settings.
     */
    LLM_PROVIDER: z
      .enum(['none', 'openai', 'azure-openai', 'ollama'])
      .optional()
      .or(z.literal('').transform(() => undefined))
      .transform((v) => v ?? 'none'),
    /** Model name (openai, ollama) or deployment name (azure-openai). */
    LLM_MODEL: optionalString,
    /** OpenAI-compatible base URL (e.g. Albert's …/v1), the Azure resource endpoint, or Ollama's URL. */
    LLM_BASE_URL: z.url({ protocol: /^https?$/ }).optional().or(z.literal('').transform(() => undefined)),
    LLM_API_KEY: optionalString,
    /** Azure OpenAI REST API version. */
    LLM_AZURE_API_VERSION: z.string().regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, 'expected a version such as 2024-10-21').default('2024-10-21'),
    /** Whole-answer deadline of a generation (ms); past it the extractive answer is served. */
    LLM_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(15_000),
    /** Tokens (prompt + completion) all generations may use per minute; past it answers are extractive. 0 = no limit. */
    LLM_TOKENS_PER_MINUTE: z.coerce.number().int().min(0).default(20_000),
    /**
     * PostgreSQL shared by several instances (`postgres://user:password@host:5432/db`): conversation state, Direct Line,
     * rate limits, feedback, reviews and unanswered questions all move there. Empty = SQLite and memory, one instance.
     */
    DATABASE_URL: optionalString.refine(
      (v) => v === undefined || /^postgres(ql)?:\/\/[^\s]+$/.test(v),
      'a PostgreSQL URL such as postgres://user:password@db.example.fr:5432/assistant',
    ),
    /** Connections each instance keeps to the database. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /**
     * Key that signs the built-in Direct Line's tokens. Required with DATABASE_URL (the same on every instance, so any
     * instance accepts the tokens of another); without it, a random key per process.
     */
    DIRECT_LINE_TOKEN_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, 'at least 32 characters'),
  })
  .superRefine((config, ctx) => {
    if (config.DATABASE_URL && !config.DIRECT_LINE_TOKEN_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['DIRECT_LINE_TOKEN_SECRET'],
        message: 'required when DATABASE_URL is set: the same secret (32+ characters) on every instance, so each accepts the Direct Line tokens of the others',
      });
    }
    const need = (variable: 'LLM_MODEL' | 'LLM_BASE_URL' | 'LLM_API_KEY') => {
      if (config[variable] === undefined) {
        ctx.addIssue({ code: 'custom', path: [variable], message: `required with LLM_PROVIDER=${config.LLM_PROVIDER}` });
      }
    };
    switch (config.LLM_PROVIDER) {
      case 'none':
        for (const variable of ['LLM_MODEL', 'LLM_BASE_URL', 'LLM_API_KEY'] as const) {
          if (config[variable] !== undefined) {
            ctx.addIssue({ code: 'custom', path: ['LLM_PROVIDER'], message: `${variable} is set but no LLM_PROVIDER is (openai, azure-openai or ollama)` });
            return;
          }
        }
        return;
      case 'openai':
        need('LLM_MODEL');
        need('LLM_API_KEY');
        return;
      case 'azure-openai':
        need('LLM_BASE_URL');
        need('LLM_MODEL');
        need('LLM_API_KEY');
        return;
      case 'ollama':
        need('LLM_MODEL');
        return;
    }
  });

export type Config = z.infer<typeof configSchema>;

/** Settings whose value an error message must not show. */
const SECRETS = new Set(['DATABASE_URL', 'DIRECT_LINE_TOKEN_SECRET', 'AGENT_TOKEN', 'MicrosoftAppPassword', 'DIRECT_LINE_SECRET', 'EMBEDDINGS_API_KEY']);

/** A bad setting: its message is one line naming the variable and what is expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses and validates the environment; throws a ConfigError naming the first bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const variable = String(issue.path[0] ?? 'configuration');
  const value = env[variable];
  // Secrets are named, never printed.
  const shown = SECRETS.has(variable) && value ? '(hidden)' : JSON.stringify(value ?? '');
  throw new ConfigError(`Invalid configuration: ${variable}=${shown}: ${issue.message}`);
}

/** Loads `.env` from the working directory when present (Node's own loader; no extra dependency). */
export function loadDotEnv(path = '.env'): void {
  try {
    process.loadEnvFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
