import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeTeamsPackage } from '../../../src/channels/teams/write-teams-package.js';

/** Reads a zip's files through its central directory (what unzip does), checking each CRC. */
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

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const BOT_ID = '0f5e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

describe('npm run teams:package', () => {
  it('when MicrosoftAppId is set, writes a zip whose manifest has every required field and the icons', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teams-'));
    const path = writeTeamsPackage({ botId: BOT_ID, publicUrl: 'https://assistant.ville-exemple.fr', version: '1.2.3' }, dir);
    expect(path).toBe(join(dir, 'teams', 'cnam-territoires-teams.zip'));
    const files = unzip(readFileSync(path));
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.17);
    expect(manifest.$schema).toContain(`v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.developer).toEqual({
      name: expect.any(String),
      websiteUrl: expect.stringMatching(/^https:\/\//),
      privacyUrl: expect.stringMatching(/^https:\/\//),
      termsOfUseUrl: expect.stringMatching(/^https:\/\//),
    });
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.description.full).toMatch(/formations du Conservatoire/);
    expect(manifest.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
    expect(manifest.bots).toEqual([expect.objectContaining({ botId: BOT_ID, scopes: expect.arrayContaining(['personal']) })]);
    expect(manifest.validDomains).toContain('assistant.ville-exemple.fr');

    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(pngSize(files.get('color.png')!)).toEqual({ width: 192, height: 192 });
    expect(pngSize(files.get('outline.png')!)).toEqual({ width: 32, height: 32 });
  });

  it('when MicrosoftAppId is missing or not a GUID, fails with a message naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teams-'));
    expect(() => writeTeamsPackage({ botId: undefined, version: '1.0.0' }, dir)).toThrow(/MicrosoftAppId is not set/);
    expect(() => writeTeamsPackage({ botId: 'my-bot', version: '1.0.0' }, dir)).toThrow(/MicrosoftAppId must be a GUID/);
  });
});
