import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmbeddedAgent, type EmbeddedAgent } from './embedded-agent.js';
import { ask } from './fixtures/test-helpers.js';

const DEMO_KNOWLEDGE = fileURLToPath(new URL('../../../examples/knowledge', import.meta.url));

describe('embedded agent on the demo help centre (en, de, fr, es)', () => {
  let agent: EmbeddedAgent;

  beforeAll(async () => {
    agent = createEmbeddedAgent({ knowledgeDir: DEMO_KNOWLEDGE, watch: false });
    await agent.ready;
  });
  afterAll(() => agent.close());

  it('tells "turn on two-factor" from "turn off two-factor"', async () => {
    const on = await ask(agent, 'turn on two-factor');
    const off = await ask(agent, 'turn off two-factor');
    expect(on.sources[0]?.url).toBe('/kb/two-factor-authentication#set-up-two-factor-authentication');
    expect(off.sources[0]?.url).toBe('/kb/two-factor-authentication#turn-off-two-factor-authentication');
  });

  it('answers a German question from the German article, in German', async () => {
    const reply = await ask(agent, 'wie kann ich mein abo kündigen');
    expect(reply.sources[0]?.url).toMatch(/^\/kb\/de\/cancel-your-subscription/);
    expect(reply.text).toMatch(/^Das habe ich in \*\*Abonnement kündigen/);
  });

  it('answers from an English article with a note in the asker’s language when there is no translation', async () => {
    const reply = await ask(agent, 'cómo conecto slack con tallyho');
    expect(reply.sources[0]?.url).toMatch(/^\/kb\/slack-integration/);
    expect(reply.text).toMatch(/^Lo siento, este artículo solo está disponible en inglés\./);
  });

  it('says it does not know in the asker’s language', async () => {
    const reply = await ask(agent, 'wo ist mein paket');
    expect(reply.noAnswer).toBe(true);
    expect(reply.text).toMatch(/^Dazu habe ich im Hilfe-Center nichts gefunden/);
  });

  it('understands a typo and a synonym', async () => {
    const reply = await ask(agent, 'i want my money back for the yeerly plan');
    expect(reply.sources[0]?.url).toMatch(/^\/kb\/refund-policy/);
  });
});
