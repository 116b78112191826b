/** Slack's message markup as plain words: mentions, channel links, links and escapes, for the agent and tickets. */

/** Looks a user id up as a display name; undefined leaves the id. */
export type NameOf = (userId: string) => Promise<string | undefined>;

const MARKUP = /<([@#!])?([^<>|]+)(?:\|([^<>]*))?>/g;

const SPECIAL: Record<string, string> = { here: '@here', channel: '@channel', everyone: '@everyone' };

/**
 * `<@U1>` → `@Ada Lovelace`, `<#C1|general>` → `#general`, `<!here>` → `@here`,
 * `<https://x|label>` → `label (https://x)`, and `&lt;` `&gt;` `&amp;` back to characters.
 */
export async function plainSlackText(text: string, nameOf: NameOf): Promise<string> {
  const users = new Set<string>();
  for (const match of text.matchAll(MARKUP)) if (match[1] === '@' && !match[3]) users.add(match[2] ?? '');
  const names = new Map<string, string>();
  await Promise.all(
    [...users].map(async (id) => {
      const name = await nameOf(id).catch(() => undefined);
      if (name) names.set(id, name);
    }),
  );
  const replaced = text.replace(MARKUP, (_all, sigil: string | undefined, target: string, label?: string) => {
    if (sigil === '@') return `@${label || names.get(target) || target}`;
    if (sigil === '#') return `#${label || target}`;
    if (sigil === '!') {
      const [command = ''] = target.split('^');
      return label || SPECIAL[command] || `@${command}`;
    }
    if (target.startsWith('mailto:')) return label || target.slice('mailto:'.length);
    return label && label !== target ? `${label} (${target})` : target;
  });
  return replaced.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
