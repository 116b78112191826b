/**
 * The Teams app package of one bot: `manifest.json` (schema v1.19, filled from the bot's name and
 * description, the Microsoft app id and the server's public URL) zipped with the real icons.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

const PACKAGE_DIR = new URL('../app-package/', import.meta.url);

export interface AppPackageInput {
  /** The Microsoft app id (Azure Bot) the package talks to. */
  appId: string;
  /** The bot's name (Teams shows at most 30 characters) and description. */
  name: string;
  description: string;
  /** Where Frontdesk is reached over HTTPS; the privacy and terms pages are under it. */
  publicUrl: string;
  /** The app's version; raise it to update an uploaded package. Default 1.0.0. */
  version?: string;
}

/** Cuts text to `limit` characters, ending with "…" when cut. */
function cut(text: string, limit: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= limit ? clean : `${clean.slice(0, limit - 1).trimEnd()}…`;
}

/** The manifest for one bot, from the template in `app-package/manifest.json`. */
export function teamsAppManifest(input: AppPackageInput): Record<string, unknown> {
  const url = new URL(input.publicUrl);
  if (url.protocol !== 'https:')
    throw new Error('Teams needs an https:// public URL (FRONTDESK_PUBLIC_URL).');
  const template = readFileSync(new URL('manifest.json', PACKAGE_DIR), 'utf8')
    .replaceAll('{{MICROSOFT_APP_ID}}', input.appId)
    .replaceAll('https://{{HOST}}', url.origin)
    .replaceAll('{{HOST}}', url.host);
  const manifest = JSON.parse(template) as Record<string, unknown>;
  const description =
    input.description.trim() || 'Answers support questions with sources, and opens tickets.';
  return {
    ...manifest,
    version: input.version ?? '1.0.0',
    name: { short: cut(input.name, 30), full: cut(input.name, 100) },
    description: { short: cut(description, 80), full: cut(description, 4000) },
  };
}

/** The zip Teams uploads: `manifest.json`, `color.png` (192×192) and `outline.png` (32×32) at the top. */
export async function buildTeamsAppPackage(input: AppPackageInput): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(teamsAppManifest(input), null, 2)}\n`);
  zip.file('color.png', readFileSync(new URL('color.png', PACKAGE_DIR)));
  zip.file('outline.png', readFileSync(new URL('outline.png', PACKAGE_DIR)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
