import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { PNG } from 'pngjs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTeamsManifest } from '../../../src/channels/teams/build-manifest.js';
import { ManifestValidationError, validateTeamsManifest } from '../../../src/channels/teams/validate-manifest.js';
import { writeTeamsPackage } from '../../../src/channels/teams/write-teams-package.js';

/** Temporary folders of this file, removed once it has run. */
const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Reads a zip's files through its central directory (what unzip does). */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const localName = zip.readUInt16LE(offset + 26);
    const localExtra = zip.readUInt16LE(offset + 28);
    const data = zip.subarray(offset + 30 + localName + localExtra, offset + 30 + localName + localExtra + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

interface Pixel {
  x: number;
  y: number;
  rgba: [number, number, number, number];
}

function pixels(png: PNG): Pixel[] {
  const all: Pixel[] = [];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      all.push({ x, y, rgba: [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!] });
    }
  }
  return all;
}

const BOT_ID = '0f5e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const SETTINGS = { botId: BOT_ID, publicUrl: 'https://assistant.ville-exemple.fr', version: '1.2.3' };

describe('npm run teams:package', () => {
  let files: Map<string, Buffer>;
  let manifest: Record<string, any>;

  beforeAll(async () => {
    const dir = tempDir('teams-');
    const path = await writeTeamsPackage(SETTINGS, dir);
    expect(path).toBe(join(dir, 'teams', 'cnam-territoires-teams.zip'));
    files = unzip(readFileSync(path));
    manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('writes a zip with the manifest and the two icons it names', () => {
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.bots).toEqual([expect.objectContaining({ botId: BOT_ID, scopes: expect.arrayContaining(['personal']) })]);
    expect(manifest.validDomains).toContain('assistant.ville-exemple.fr');
    expect(manifest.description.full).toMatch(/formations du Conservatoire/);
  });

  it('its manifest passes the official Teams schema shipped by @microsoft/app-manifest, read without the network', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: unknown) => {
      fetched.push(String(url));
      throw new Error('network is off in this test');
    });
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    const schema = await AppManifestUtils.fetchSchema(manifest.$schema);
    expect(await AppManifestUtils.validateAgainstSchema(manifest as never, schema)).toEqual([]);
    expect(fetched).toEqual([]);
  });

  it('when the manifest breaks the schema (a 49-character developer name), the validator names the field', async () => {
    const broken = { ...manifest, developer: { ...manifest.developer, name: 'Cnam — Conservatoire national des arts et métiers' } };
    const problems = await validateTeamsManifest(broken);
    expect(problems).toEqual([expect.stringMatching(/^\/developer\/name must NOT have more than 32 characters/)]);
  });

  it('when a setting makes the manifest invalid (a version over 256 characters), writes nothing and fails listing the problem', async () => {
    const dir = tempDir('teams-');
    const failure = writeTeamsPackage({ ...SETTINGS, version: `1.0.0-${'x'.repeat(300)}` }, dir);
    await expect(failure).rejects.toBeInstanceOf(ManifestValidationError);
    await expect(failure).rejects.toThrow(/\/version must NOT have more than 256 characters/);
    expect(existsSync(join(dir, 'teams', 'cnam-territoires-teams.zip'))).toBe(false);
  });

  it('when the manifest names a schema the package does not ship, refuses instead of fetching it', async () => {
    const other = { ...buildTeamsManifest(SETTINGS), $schema: 'https://example.org/MicrosoftTeams.schema.json' };
    await expect(validateTeamsManifest(other)).rejects.toThrow(/developer\.microsoft\.com Teams schema URL/);
    const unshipped = { ...other, $schema: 'https://developer.microsoft.com/json-schemas/teams/v9.99/MicrosoftTeams.schema.json' };
    await expect(validateTeamsManifest(unshipped)).rejects.toThrow(/ships no schema/);
  });

  it('the colour icon is a full 192×192 square whose symbol stays inside the central 120×120 safe area', () => {
    const png = PNG.sync.read(files.get('color.png')!);
    expect({ width: png.width, height: png.height }).toEqual({ width: 192, height: 192 });
    const all = pixels(png);
    expect(all.every((p) => p.rgba[3] === 255)).toBe(true);
    const background = all[0]!.rgba;
    const safe = (v: number) => v >= 36 && v < 156;
    const outside = all.filter((p) => !(safe(p.x) && safe(p.y)));
    expect(outside.filter((p) => p.rgba.join() !== background.join())).toEqual([]);
    const symbol = all.filter((p) => p.rgba.join() !== background.join());
    expect(symbol.length).toBeGreaterThan(1000);
    // The symbol uses the safe area (not a speck in the middle): it reaches near its edges.
    expect(Math.min(...symbol.map((p) => p.x))).toBeLessThanOrEqual(40);
    expect(Math.max(...symbol.map((p) => p.y))).toBeGreaterThanOrEqual(150);
  });

  it('the outline icon is 32×32, white on transparent, with 4 px of transparent padding', () => {
    const png = PNG.sync.read(files.get('outline.png')!);
    expect({ width: png.width, height: png.height }).toEqual({ width: 32, height: 32 });
    const all = pixels(png);
    const visible = all.filter((p) => p.rgba[3] > 0);
    expect(visible.filter((p) => p.rgba.slice(0, 3).join() !== '255,255,255')).toEqual([]);
    expect(all.filter((p) => p.rgba[3] === 0).length).toBeGreaterThan(512);
    expect(visible.filter((p) => p.rgba[3] === 255).length).toBeGreaterThan(100);
    const inPadding = visible.filter((p) => p.x < 4 || p.y < 4 || p.x >= 28 || p.y >= 28);
    expect(inPadding).toEqual([]);
    expect(Math.min(...visible.map((p) => p.x))).toBe(4);
  });

  it('when MicrosoftAppId is missing or not a GUID, fails with a message naming it', async () => {
    const dir = tempDir('teams-');
    await expect(writeTeamsPackage({ botId: undefined, version: '1.0.0' }, dir)).rejects.toThrow(/MicrosoftAppId is not set/);
    await expect(writeTeamsPackage({ botId: 'my-bot', version: '1.0.0' }, dir)).rejects.toThrow(/MicrosoftAppId must be a GUID/);
  });

  it('the npm script validates and writes the package, and exits 1 naming the problem when it cannot', async () => {
    const run = promisify(execFile);
    const dataDir = tempDir('teams-cli-');
    const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: 'https://assistant.ville-exemple.fr' };
    const ok = await run('npm', ['run', '-s', 'teams:package'], { env: { ...env, MicrosoftAppId: BOT_ID } });
    expect(ok.stdout).toContain(join(dataDir, 'teams', 'cnam-territoires-teams.zip'));
    expect(existsSync(join(dataDir, 'teams', 'cnam-territoires-teams.zip'))).toBe(true);
    const failed = await run('npm', ['run', '-s', 'teams:package'], { env: { ...env, MicrosoftAppId: 'not-a-guid' } }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1, stderr: expect.stringMatching(/MicrosoftAppId must be a GUID/) });
  });
});
