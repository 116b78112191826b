import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_ANSWER_TEXT } from './compose-answer.js';
import { createEmbeddedAgent, type EmbeddedAgent, type EmbeddedAgentOptions } from './embedded-agent.js';
import { ask, copyHelpCentre } from './fixtures/test-helpers.js';

const PUBLIC_URL = 'http://127.0.0.1:3000';

describe('createEmbeddedAgent', () => {
  let dir: string;
  let remove: () => Promise<void>;
  const agents: EmbeddedAgent[] = [];
  const warnings: string[] = [];

  const start = async (options: Partial<EmbeddedAgentOptions> = {}) => {
    const agent = createEmbeddedAgent({
      knowledgeDir: dir,
      publicUrl: PUBLIC_URL,
      watch: false,
      onWarning: (message) => warnings.push(message),
      ...options,
    });
    agents.push(agent);
    await agent.ready;
    return agent;
  };

  beforeEach(async () => {
    ({ dir, remove } = await copyHelpCentre());
    warnings.length = 0;
  });

  afterEach(async () => {
    for (const agent of agents.splice(0)) agent.close();
    await remove();
  });

  it('answers a password question with the steps from the password article', async () => {
    const agent = await start();
    const reply = await ask(agent, 'How do I reset my password?');

    expect(reply.noAnswer).toBe(false);
    expect(reply.text).toContain('1. Go to the sign-in page and click **Forgot password?**.');
    expect(reply.text).toContain('4. Type your new password twice');
    expect(reply.text).not.toContain('## Reset it on the web');
    expect(reply.text).toMatch(
      /More in \[Reset your password\]\(http:\/\/127\.0\.0\.1:3000\/kb\/reset-your-password[^)]*\)\.$/,
    );
    const [top] = reply.sources;
    expect(top).toMatchObject({ type: 'knowledge_base', name: expect.stringContaining('Reset') });
    expect(top?.url).toBe(`${PUBLIC_URL}/kb/reset-your-password#reset-it-on-the-web`);
    expect(top?.score).toBeGreaterThan(0.6);
  });

  it('streams text deltas, then sources, then finish', async () => {
    const agent = await start();
    const reply = await ask(agent, 'How do I reset my password?');
    const types = reply.events.map((event) => event.type);

    expect(types.filter((type) => type === 'text-delta').length).toBeGreaterThan(10);
    expect(types.slice(-2)).toEqual(['sources', 'finish']);
    for (const event of reply.events) {
      if (event.type === 'text-delta') expect(event.text.trim().split(/\s+/).length).toBeLessThanOrEqual(4);
    }
  });

  it('says it does not know and lists no sources for an unrelated question (the core offers a person)', async () => {
    const agent = await start();
    const reply = await ask(agent, 'What is the capital of France?');

    expect(reply).toMatchObject({ noAnswer: true, sources: [], text: NO_ANSWER_TEXT });
    expect(reply.events.some((event) => event.type === 'sources')).toBe(false);
    // No promise of its own: the core adds the "Talk to a human" offer, so the two never contradict.
    expect(reply.text).not.toMatch(/ticket|human/i);
  });

  it('reads a short follow-up together with the question before it', async () => {
    const agent = await start();
    const first = await ask(agent, 'How do I reset my password?');
    const history = [
      { role: 'user' as const, text: 'How do I reset my password?' },
      { role: 'assistant' as const, text: first.text },
    ];
    const reply = await ask(agent, 'what about on mobile?', history);

    expect(reply.noAnswer).toBe(false);
    expect(reply.text).toContain('Open the Quillpad app on your phone and tap **Sign in**.');
    expect(reply.sources[0]?.url).toBe(`${PUBLIC_URL}/kb/reset-your-password#reset-it-in-the-mobile-app`);
  });

  it('follows a change of topic in a follow-up', async () => {
    const agent = await start();
    const history = [{ role: 'user' as const, text: 'How do I reset my password?' }];
    const reply = await ask(agent, 'what about refunds?', history);

    expect(reply.noAnswer).toBe(false);
    expect(reply.sources[0]?.url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/kb\/billing\/refunds/);
  });

  it('answers "and how long does it take?" about the topic of the conversation', async () => {
    const agent = await start();
    const history = [{ role: 'user' as const, text: 'Can I get a refund?' }];
    const reply = await ask(agent, 'and how long does it take?', history);

    expect(reply.text).toContain('5 to 10 business days');
    expect(reply.sources[0]?.name).toBe('Refunds — How long a refund takes');
  });

  it('does not repeat the last answer for a follow-up about something it does not know', async () => {
    const agent = await start();
    const history = [{ role: 'user' as const, text: 'How do I reset my password?' }];
    const reply = await ask(agent, 'what about the weather?', history);

    expect(reply.noAnswer).toBe(true);
  });

  it('gives scores between 0 and 1, best first, one source per article, at most maxSources', async () => {
    const agent = await start({ maxSources: 2 });
    for (const question of [
      'How do I reset my password?',
      'lost my phone',
      'export notes as PDF',
      'refund',
    ]) {
      const { sources } = await ask(agent, question);
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.length).toBeLessThanOrEqual(2);
      const scores = sources.map((source) => source.score);
      expect(scores).toEqual([...scores].sort((left, right) => right - left));
      for (const score of scores) expect(score >= 0 && score <= 1).toBe(true);
      const articleUrls = sources.map((source) => source.url?.replace(/#.*$/, ''));
      expect(new Set(articleUrls).size).toBe(articleUrls.length);
    }
  });

  it('keeps code blocks whole and absolute article urls as written', async () => {
    const agent = await start();
    const reply = await ask(agent, 'How do I create an API key?');

    expect(reply.text).toContain('```bash\n# list your notes\ncurl https://api.quillpad.example/v1/notes');
    expect(reply.text).toContain('$QUILLPAD_API_KEY"\n```');
    expect(reply.sources[0]?.url).toBe('https://developers.quillpad.example/api-keys#create-an-api-key');
  });

  it('answers greetings and thanks briefly, without sources', async () => {
    const agent = await start();
    for (const greeting of ['hi', 'Hello!', 'thanks!', 'thank you', 'Good morning']) {
      const reply = await ask(agent, greeting);
      expect(reply.noAnswer).toBe(false);
      expect(reply.sources).toEqual([]);
      expect(reply.text.length).toBeGreaterThan(0);
      expect(reply.text.length).toBeLessThan(120);
    }
    expect((await ask(agent, 'hi')).text).toMatch(/^Hi/);
    expect((await ask(agent, 'thanks!')).text).toMatch(/welcome/);
  });

  it('stops streaming and rejects with an AbortError when the signal aborts', async () => {
    const agent = await start();
    const controller = new AbortController();
    const request = {
      conversationId: 'c',
      botId: 'demo',
      text: 'How do I reset my password?',
      history: [],
      requester: null,
    };
    let deltas = 0;
    const reading = (async () => {
      for await (const event of agent.send(request, { signal: controller.signal })) {
        if (event.type === 'text-delta') deltas += 1;
        if (deltas === 2) controller.abort();
      }
    })();

    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(deltas).toBe(2);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const agent = await start();
    const controller = new AbortController();
    controller.abort();
    await expect(ask(agent, 'How do I reset my password?', [], controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('answers from an article added to the folder once it has re-indexed', async () => {
    const agent = await start({ watch: true });
    expect((await ask(agent, 'How do I turn on dark mode?')).noAnswer).toBe(true);

    await writeFile(
      path.join(dir, 'dark-mode.md'),
      '---\ntitle: Dark mode\n---\n\nOpen **Settings → Appearance** and choose **Dark**.\n',
    );

    await vi.waitFor(
      async () => {
        const reply = await ask(agent, 'How do I turn on dark mode?');
        expect(reply.text).toContain('choose **Dark**');
        expect(reply.sources[0]?.url).toBe(`${PUBLIC_URL}/kb/dark-mode`);
      },
      { timeout: 5000, interval: 50 },
    );
    expect(agent.articles().map((article) => article.slug)).toContain('dark-mode');
  });

  it('skips a file with broken front matter with a warning and loads the rest', async () => {
    await writeFile(path.join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\n\nNothing to see.\n');
    const agent = await start();

    expect(warnings).toEqual([expect.stringMatching(/^Skipped broken\.md: front matter is not valid YAML/)]);
    expect(agent.articles().map((article) => article.slug)).not.toContain('broken');
    expect(agent.articles()).toHaveLength(6);
    expect((await ask(agent, 'How do I reset my password?')).noAnswer).toBe(false);
  });

  it('keeps the previous index and warns when re-indexing fails', async () => {
    const agent = await start();
    await rm(dir, { recursive: true, force: true });

    await expect(agent.reindex()).rejects.toThrow();
    expect(warnings.at(-1)).toMatch(/keeping the previous index/);
    expect((await ask(agent, 'How do I reset my password?')).noAnswer).toBe(false);
  });

  it('rejects `ready` and `send` with an agent error when the folder cannot be read', async () => {
    const agent = createEmbeddedAgent({
      knowledgeDir: path.join(dir, 'missing'),
      watch: false,
      onWarning: () => {},
    });
    agents.push(agent);

    await expect(agent.ready).rejects.toMatchObject({ code: 'agent_error' });
    await expect(ask(agent, 'hello')).rejects.toMatchObject({ code: 'agent_error' });
  });

  it('refuses options that cannot work', () => {
    expect(() => createEmbeddedAgent({ knowledgeDir: '' })).toThrow(/knowledgeDir/);
    expect(() => createEmbeddedAgent({ knowledgeDir: dir, minScore: 2 })).toThrow(/minScore/);
    expect(() => createEmbeddedAgent({ knowledgeDir: dir, publicUrl: '/relative' })).toThrow(/publicUrl/);
  });
});
