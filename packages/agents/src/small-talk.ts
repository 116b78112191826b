/** Recognises greetings, thanks and goodbyes, which deserve a friendly word rather than a search. */

export type SmallTalkKind = 'greeting' | 'thanks' | 'goodbye' | 'acknowledgement';

const GREETINGS = [
  'hi',
  'hello',
  'hey',
  'heya',
  'hiya',
  'howdy',
  'greetings',
  'morning',
  'afternoon',
  'evening',
];
const THANKS = ['thanks', 'thank', 'thx', 'ty', 'cheers', 'appreciate', 'appreciated', 'ta'];
const GOODBYES = ['bye', 'goodbye', 'cya', 'later'];
const ACKNOWLEDGEMENTS = [
  'ok',
  'okay',
  'great',
  'perfect',
  'awesome',
  'cool',
  'nice',
  'brilliant',
  'got',
  'helps',
  'helped',
  'worked',
];
/** Words that may sit around the ones above without making the message a question. */
const FILLER = [
  'good',
  'there',
  'all',
  'team',
  'everyone',
  'folks',
  'you',
  'so',
  'very',
  'much',
  'a',
  'lot',
  'many',
  'it',
  'that',
  'this',
  'for',
  'the',
  'help',
  'your',
  'see',
  'ya',
  'again',
  'oh',
  'yes',
  'yep',
  'sure',
  'really',
  'now',
  'then',
];

const KNOWN = new Set([...GREETINGS, ...THANKS, ...GOODBYES, ...ACKNOWLEDGEMENTS, ...FILLER]);

const REPLIES: Record<SmallTalkKind, string> = {
  greeting: "Hi! I'm the help centre assistant. Ask me a question and I'll look it up for you.",
  thanks: "You're welcome! Is there anything else I can help with?",
  goodbye: 'Bye for now! Come back any time you have a question.',
  acknowledgement: 'Great. Is there anything else I can help with?',
};

/** The kind of small talk a message is, or null when it asks or says anything more. */
export function smallTalkKind(text: string): SmallTalkKind | null {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length === 0 || words.length > 8 || !words.every((word) => KNOWN.has(word))) return null;
  if (words.some((word) => THANKS.includes(word))) return 'thanks';
  if (words.some((word) => GOODBYES.includes(word))) return 'goodbye';
  if (words.some((word) => GREETINGS.includes(word))) return 'greeting';
  if (words.some((word) => ACKNOWLEDGEMENTS.includes(word))) return 'acknowledgement';
  return null;
}

/** A short friendly reply to small talk. */
export function smallTalkReply(kind: SmallTalkKind): string {
  return REPLIES[kind];
}
