/** `frontdesk bot origins list|add|remove`: the sites allowed to embed a bot's widget. */
import { type Bot, botSettingsSchema, type Store, systemClock } from '@frontdesk/core';
import { missing, workspaceOf } from './cli-admin-commands.js';
import { UsageError } from './cli-commands.js';
import { type Output, printList } from './cli-output.js';

/** `https://www.example.com/pricing` and `https://www.example.com/` both name `https://www.example.com`. */
export function toOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`Not an origin: ${text} (expected one such as https://www.example.com)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`Not an origin: ${text} (only http and https pages can embed the widget)`);
  }
  return url.origin;
}

async function loadBot(store: Store, id: string): Promise<Bot | undefined> {
  const bot = await store.getBot(await workspaceOf(store), id);
  return bot && { ...bot, settings: botSettingsSchema.parse(bot.settings) };
}

/** `frontdesk bot origins list ID`. */
export async function listOrigins(store: Store, id: string, output: Output): Promise<number> {
  const bot = await loadBot(store, id);
  if (!bot) return missing(output, 'bot', id);
  const origins = bot.settings.widget.allowedOrigins;
  printList(output, origins, [['ORIGIN', (origin) => origin]]);
  if (!output.json) output.err("The server's own origin is always allowed.\n");
  return 0;
}

/** `frontdesk bot origins add|remove ID ORIGIN...`: prints the list after the change. */
export async function changeOrigins(
  store: Store,
  id: string,
  action: 'add' | 'remove',
  given: string[],
  output: Output,
): Promise<number> {
  if (given.length === 0) throw new UsageError(`bot origins ${action} needs ID and at least one ORIGIN`);
  const origins = given.map(toOrigin);
  const bot = await loadBot(store, id);
  if (!bot) return missing(output, 'bot', id);
  const current = bot.settings.widget.allowedOrigins;
  const next =
    action === 'add'
      ? [...new Set([...current, ...origins])]
      : current.filter((origin) => !origins.includes(origin));
  if (action === 'remove') {
    const absent = origins.filter((origin) => !current.includes(origin));
    if (absent.length > 0) output.err(`Not in the list: ${absent.join(', ')}\n`);
  }
  const parsed = botSettingsSchema.safeParse({
    ...bot.settings,
    widget: { ...bot.settings.widget, allowedOrigins: next },
  });
  if (!parsed.success) {
    output.err(`${parsed.error.issues[0]?.message ?? 'Invalid origins'}\n`);
    return 1;
  }
  await store.saveBot({ ...bot, settings: parsed.data, updatedAt: systemClock.now() });
  printList(output, parsed.data.widget.allowedOrigins, [['ORIGIN', (origin) => origin]]);
  return 0;
}
