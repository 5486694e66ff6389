// Numbers as people say them: in digits ("0.72", "15"), in words ("seventy",
// "forty-five", "a thousand") and as parts and multiples ("about half",
// "a third more", "twice as many"). Sources of regular expressions.

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/** A number in digits or words: `15`, `0.72`, `seventy`, `forty-five`, `a hundred`, `two thousand`. */
export const NUM = String.raw`(?:\d+(?:[.,]\d+)?|(?:(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|${UNITS})(?: (?:hundred|thousand|million))?|(?:a )?(?:hundred|thousand|million))(?![\p{L}-]))`;

/** A part or a multiple of a quantity: "half", "a third", "twice", "three times". */
export const PART_OF = String.raw`(?:half|a third|a quarter|two thirds|three quarters|a fifth|a tenth|twice|double|triple|(?:\d+|two|three|four|five|ten|a hundred|a thousand) times)`;
