import { describe, expect, it } from 'vitest';
import { isHumanRequest } from './human-request.js';

describe('isHumanRequest', () => {
  it.each([
    'I want to talk to a human',
    'Can I speak with someone from support?',
    'connect me to an agent please',
    'get me a real person',
    'I need a human',
    'Please open a ticket',
    'can you create a support ticket for this',
    'escalate this',
    'How do I contact support?',
    'human',
    'Agent!',
    'ticket',
    "you're not a bot, right? I want a representative",
  ])('recognises "%s"', (text) => {
    expect(isHumanRequest(text)).toBe(true);
  });

  it.each([
    'How do I reset my password?',
    'How do I add an agent to my team?',
    'Does Tallyho support SSO?',
    'What does the support plan include?',
    'Who is the person responsible for billing in my account?',
    'How many people can I invite on the Team plan?',
    'Where do I find my ticket number on an invoice?',
  ])('leaves "%s" to the agent', (text) => {
    expect(isHumanRequest(text)).toBe(false);
  });
});
