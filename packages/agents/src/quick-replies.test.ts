import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AgentEvent } from '@frontdesk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedAgent, type EmbeddedAgent } from './embedded-agent.js';
import { ask } from './fixtures/test-helpers.js';

/** Two articles that both answer "my subscription", and one only about exports. */
const ARTICLES: Record<string, string> = {
  'pause-your-subscription.md': `---
title: Pause your subscription
---

Pausing your subscription keeps your notes and stops billing for up to three months.

## Pause it

Go to **Settings → Billing → Subscription** and click **Pause subscription**.
`,
  'cancel-your-subscription.md': `---
title: Cancel your subscription
---

Cancelling your subscription stops billing at the end of the current period.

## Cancel it

Go to **Settings → Billing → Subscription** and click **Cancel subscription**.
`,
  'export-your-notes.md': `---
title: Export your notes
---

Download every note as a ZIP of markdown files from **Settings → Data → Export**.
`,
};

const repliesOf = (events: AgentEvent[]) =>
  events.flatMap((event) => (event.type === 'quick-replies' ? event.replies : []));

describe('quick replies of the embedded agent', () => {
  let dir: string;
  let agent: EmbeddedAgent;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'frontdesk-quick-replies-'));
    for (const [name, text] of Object.entries(ARTICLES)) await writeFile(path.join(dir, name), text);
    agent = createEmbeddedAgent({ knowledgeDir: dir, watch: false });
    await agent.ready;
  });

  afterAll(async () => {
    agent.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('offers the title of another article that matches the question about as well', async () => {
    const reply = await ask(agent, 'What happens to billing with my subscription?');
    expect(reply.noAnswer).toBe(false);
    const quoted = reply.text.includes('**Pause your subscription**') ? 'Pause' : 'Cancel';
    const other = quoted === 'Pause' ? 'Cancel your subscription' : 'Pause your subscription';
    expect(repliesOf(reply.events)).toEqual([other]);
    // Sent before `finish`, so the core has them when it writes the reply.
    expect(reply.events.at(-2)).toEqual({ type: 'quick-replies', replies: [other] });
  });

  it("answers a tapped title from that article's opening, with nothing more to pick", async () => {
    const reply = await ask(agent, 'Cancel your subscription');
    expect(reply.text).toContain('stops billing at the end of the current period');
    expect(reply.text).not.toContain('Pausing');
    expect(reply.sources.map((source) => source.name)).toEqual(['Cancel your subscription']);
    expect(repliesOf(reply.events)).toEqual([]);
  });

  it('offers nothing when one article clearly answers', async () => {
    const reply = await ask(agent, 'How do I export my notes as a ZIP?');
    expect(reply.text).toContain('Settings → Data → Export');
    expect(repliesOf(reply.events)).toEqual([]);
  });

  it('offers "Talk to a human" after finding nothing, and nothing after small talk', async () => {
    const nothing = await ask(agent, 'Which airport is closest to your office?');
    expect(nothing.noAnswer).toBe(true);
    expect(repliesOf(nothing.events)).toEqual(['Talk to a human']);
    expect(repliesOf((await ask(agent, 'thanks!')).events)).toEqual([]);
  });

  it('offers "Talk to a human" in the language of the question', async () => {
    const german = await ask(agent, 'Welcher Flughafen ist am nächsten zu eurem Büro?');
    expect(german.noAnswer).toBe(true);
    expect(repliesOf(german.events)).toEqual(['Mit einem Menschen sprechen']);
    const spanish = await ask(agent, '¿Cuál es el aeropuerto más cercano a vuestra oficina?');
    expect(repliesOf(spanish.events)).toEqual(['Hablar con una persona']);
  });
});
