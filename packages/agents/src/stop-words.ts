/** Words that say nothing about what a question is about: English function words and chat filler. */

/** Lower case, with a straight apostrophe. Negations are not here: they become the term `not`;
 * nor are polarity words (on, off), which tell "turn on" from "turn off". */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any anyone anything are as at be because been before
  being both but by can could did do does doing done each either else etc even ever every for from
  further get gets getting got had has have having he hello her here hey hi him his how i i'd i'll i'm
  i've if in into is it it's its just know let let's like may me might mine more most much must my
  myself need needs no nor now of ok okay once one only or other our ours out over own please
  quick quickly really said same say she should so some someone something still such sure tell than
  thank thanks that that's the their theirs them then there there's these they this those though
  through thx to too try trying under until up us very via want wanted wants was way we we're were
  what what's whatever when where which while who whom whose why will with within without would yes
  yet you you're your yours`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
