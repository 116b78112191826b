// A visitor's language: the bot's widget language wins over the page's; English is no language to swap to.
import { type Bot, botSettingsSchema } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { conversationLanguage } from './visitor-language.js';

const bot = (widget: object = {}): Bot => ({
  id: 'demo',
  workspaceId: 'ws_a',
  name: 'Demo',
  enabled: true,
  agent: { kind: 'embedded', knowledgeDir: 'unused' },
  settings: botSettingsSchema.parse({ widget }),
  createdAt: 0,
  updatedAt: 0,
});

describe('conversationLanguage', () => {
  it("takes the bot's widget language, else the page's, else none (English)", () => {
    expect(conversationLanguage(bot(), 'de-AT')).toEqual({ language: 'de' });
    expect(conversationLanguage(bot({ locale: 'fr' }), 'de-AT')).toEqual({ language: 'fr' });
    expect(conversationLanguage(bot(), 'en-US')).toEqual({});
    expect(conversationLanguage(bot(), 'xx')).toEqual({});
  });
});
