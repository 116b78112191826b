/** Turns a passage's raw search score and term coverage into a confidence between 0 and 1. */

/**
 * How much a passage's raw score must reach, per unit of matched query weight, to count as a
 * strong match: roughly a term found in the heading, the title and the text of a section.
 */
const STRONG_SCORE_PER_WEIGHT = 12;

/**
 * Confidence that a passage answers the question. Coverage (the share of the question's
 * weighted, rarity-weighted terms the passage contains) carries most of it, so a question about
 * something the help centre never mentions scores near 0 however the ranking turns out. The raw
 * score against what the matched terms could score at best (`queryWeight`: their importance
 * times their number, as MiniSearch multiplies by it) separates a heading match from a passing
 * mention.
 */
export function passageConfidence(input: { coverage: number; score: number; queryWeight: number }): number {
  if (input.coverage <= 0 || input.score <= 0 || input.queryWeight <= 0) return 0;
  const strength = Math.min(1, input.score / (STRONG_SCORE_PER_WEIGHT * input.queryWeight));
  const confidence = input.coverage * (0.6 + 0.4 * strength);
  return Math.round(Math.min(1, confidence) * 1000) / 1000;
}
