/** "Add to Slack": the install page and the OAuth v2 redirect, through `@slack/oauth`'s InstallProvider. */
import type { Clock } from '@frontdesk/core';
import { InstallProvider } from '@slack/oauth';
import { boltLogger } from './bolt-logger.js';
import { createInstallationStore, type InstallTarget } from './installation-store.js';
import { CollectedNodeResponse, nodeRequest } from './node-bridge.js';
import type { Sealer, SlackLogger, SlackSettings, SlackStore } from './options.js';

type OAuthSettings = NonNullable<SlackSettings['oauth']>;

/** The installer, with installations kept (sealed) in Frontdesk's store. */
export function createInstaller(options: {
  oauth: OAuthSettings;
  settings: SlackSettings;
  store: SlackStore;
  sealer: Sealer;
  clock: Clock;
  logger: SlackLogger;
  clientOptions: { slackApiUrl: string; timeout: number };
}): InstallProvider {
  const { oauth, settings } = options;
  return new InstallProvider({
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    installationStore: createInstallationStore({
      store: options.store,
      sealer: options.sealer,
      clock: options.clock,
      fallback: { workspaceId: settings.workspaceId, botId: settings.botId },
    }),
    installUrlOptions: {
      scopes: oauth.scopes,
      ...(oauth.redirectUri ? { redirectUri: oauth.redirectUri } : {}),
    },
    ...(oauth.authorizationUrl ? { authorizationUrl: oauth.authorizationUrl } : {}),
    clientOptions: options.clientOptions,
    logger: boltLogger(options.logger),
  });
}

const page = (status: number, title: string, text: string) =>
  new Response(
    `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
  );

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** `GET /slack/install`: the "Add to Slack" page; the browser gets the state cookie the redirect checks. */
export async function handleInstallPage(
  installer: InstallProvider,
  oauth: OAuthSettings,
  request: Request,
  target: InstallTarget,
): Promise<Response> {
  const response = new CollectedNodeResponse();
  await installer.handleInstallPath(nodeRequest(request), response.asNode(), undefined, {
    scopes: oauth.scopes,
    ...(oauth.redirectUri ? { redirectUri: oauth.redirectUri } : {}),
    metadata: JSON.stringify(target),
  });
  return response.toResponse();
}

/** `GET /slack/oauth_redirect`: checks the state, exchanges the code, stores the installation. */
export async function handleOAuthRedirect(installer: InstallProvider, request: Request): Promise<Response> {
  const response = new CollectedNodeResponse();
  let outcome: Response | undefined;
  await installer.handleCallback(nodeRequest(request), response.asNode(), {
    success: (installation) => {
      const name = installation.team?.name ?? installation.enterprise?.name ?? 'your Slack workspace';
      outcome = page(200, 'Frontdesk is installed', `Frontdesk now answers in ${escapeHtml(name)}.`);
    },
    failure: (error) => {
      const code = (error as { code?: string }).code ?? 'slack_oauth_error';
      outcome = page(
        400,
        'Frontdesk was not installed',
        `Slack's install did not complete (${escapeHtml(code)}).`,
      );
    },
  });
  const result = outcome ?? response.toResponse();
  // The state cookie is cleared whatever happened.
  const cookie = response.getHeader('set-cookie');
  for (const one of Array.isArray(cookie) ? cookie : cookie ? [cookie] : [])
    result.headers.append('Set-Cookie', one);
  return result;
}
