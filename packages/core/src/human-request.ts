/** Recognises a person asking for a human, in the usual phrasings, without firing on product questions. */
import { isButtonText } from './button-labels.js';

const PATTERNS: RegExp[] = [
  // "talk to a human", "speak with someone from support", "connect me to an agent", "get me a real person"
  /\b(talk|speak|chat|connect|transfer|put|get|reach|escalate)\b[^.?!]{0,40}\b(human|humans|person|people|someone|somebody|agent|representative|rep|operator|staff|support team|support agent|real person|live agent)\b/i,
  // "I want / need / would like a human"
  /\b(want|need|like|prefer|request)\b[^.?!]{0,20}\b(a|an|the|some|real|live)\s+(human|person|representative|operator|live agent|human agent|support agent)\b/i,
  // "open / create / file / raise a ticket"
  /\b(open|create|file|raise|submit|log|make)\b[^.?!]{0,20}\b(ticket|support request|support case)\b/i,
  // "escalate this", "please escalate"
  /\bescalat(e|ion)\b/i,
  // "contact support", "contact a human"
  /\bcontact\b[^.?!]{0,15}\b(support|human|person|agent|someone)\b/i,
  // "is this a bot?", "are you a real person"
  /\b(not|no)\s+(a\s+)?(bot|robot|ai)\b/i,
];

/** A message that is only one of these words is a request for a human too. */
const SINGLE_WORDS =
  /^(human|agent|person|support|ticket|escalate|operator|representative|help desk|helpdesk)[\s.!?]*$/i;

/** True when the text asks for a person rather than an answer. */
export function isHumanRequest(text: string): boolean {
  const trimmed = text.trim();
  // The "Talk to a human" button's text in any of the widget's languages.
  if (isButtonText('talkToHuman', trimmed)) return true;
  if (SINGLE_WORDS.test(trimmed)) return true;
  return PATTERNS.some((pattern) => pattern.test(trimmed));
}
