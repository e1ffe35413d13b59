import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/core/answer.js';

const CLI = ['--disable-warning=DEP0111', '--import', 'tsx', 'src/cli/ask.ts'];

function runCli(args: string[], input?: string) {
  return spawnSync(process.execPath, [...CLI, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'info' },
    timeout: 60_000,
  });
}

describe('npm run ask', () => {
  it('when given --json, prints one Answer JSON on stdout and logs only on stderr', () => {
    const result = runCli(['--json', 'Bonjour']);
    expect(result.status).toBe(0);
    const answer = answerSchema.parse(JSON.parse(result.stdout));
    expect(answer.kind).toBe('smalltalk');
  });

  it('when given --jsonl, answers each stdin line in order, one JSON per line', () => {
    const questions = ['Bonjour', 'What can you do?', 'Quelle est la météo demain ?', 'merci'];
    const result = runCli(['--jsonl'], `${questions.join('\n')}\n\n`);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(questions.length);
    const answers = lines.map((line) => answerSchema.parse(JSON.parse(line)));
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers.map((a) => a.kind)).toEqual(['smalltalk', 'smalltalk', 'fallback', 'smalltalk']);
  });

  it('when a --jsonl line is invalid, prints an error line in its place and exits non-zero', () => {
    const result = runCli(['--jsonl'], `Bonjour\n${'x'.repeat(1001)}\nmerci\n`);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { error?: { code: string } });
    expect(lines).toHaveLength(3);
    expect(lines[1]?.error?.code).toBe('question_too_long');
  });

  it('when given a plain question, prints the text for a person', () => {
    const result = runCli(['Que', 'sais-tu', 'faire', '?']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/assistant « territoires » du Cnam/);
    expect(result.stdout).toMatch(/\(smalltalk, confiance 1\.00\)/);
  });

  it('when given no question, prints the usage and exits 2', () => {
    const result = runCli([]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Usage/);
  });

  it('when a setting is invalid, stops with one line naming the variable', () => {
    const result = spawnSync(process.execPath, [...CLI, 'Bonjour'], { encoding: 'utf8', env: { ...process.env, PORT: 'abc' } });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/PORT="abc"/);
  });
});
