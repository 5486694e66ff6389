// The cost of the model's mistakes and its limits, said in everyday words (the trade-off part of a plain
// explanation): what goes wrong when its output is off ("if it's low, the kitchen runs out at eight"), what a bad
// one means ("a bad match means a nanny leaving after a month"), a trip wasted, a change it is slow to follow, and a
// choice between two costs ("wait and you lose grass, go and you risk the cows slipping"). Read on the sentences as
// partTexts gives them: lower case, commas, colons and quotes taken out.

/** What a conditional says is off: the model's output, or the model itself. */
const OUTPUT = String.raw`(?:it|the (?:[\w-]+ )?(?:model|forecast|estimate|prediction|number|figure|count|guess|score|call|answer|time|date|price|quote|rota|level|reading|total|match|pick|rent|range))`;
/** The output on one side of the truth ("low", "short", "too hopeful"). */
const SIDE = String.raw`(?:low|high|short|long|small|big|wrong|optimistic|hopeful|pessimistic|cautious|careful|bold|generous)`;
/** Too far one way, the output's own side or its temper ("too hopeful"), not the weather's ("too hot"). */
const TOO = String.raw`too (?:low|high|short|long|small|big|early|late|slow|fast|soon|hopeful|optimistic|pessimistic|rosy|gloomy|cautious|careful|bold|generous|strict|harsh|soft|loose|tight|keen|eager|confident)\b`;
/** Hedges and linking verbs between the output and its side ("comes in a bit low", "reads high"); a side read as a
 * verb where the auxiliary was dropped ("if it short" is read "if it shorts", plain-words.ts) is the same side. */
const LINK = String.raw`(?:'s|s| is| was| are| be| comes? (?:in|out)| reads?| says?| guesses?| goes| runs| gets? it| aims)?(?: (?:a bit|a little|much|way|slightly|far|very|really|quite|too))*`;
/** A clause after it that avoids the harm, not one that suffers it ("so nobody waits", "nothing is missed"). */
const AVOIDED = String.raw`(?!\b(?:so|nothing|nobody|no one|never|don't|doesn't|won't|isn't|not|avoid\w*|prevent\w*|before|without)\b)`;
/** What the people around it suffer: running out, waiting, leaving, paying, losing, wasting. */
const HARM = String.raw`\b(?:runs? out|ran out|sells? out|sold out|late|later than|waits?|waited|waiting|queues?|(?:don't|do not|never|won't) come back|cancel\w*|complain\w*|los(?:e|es|t|ing)|wast(?:e|es|ed|ing)|angry|cross|upset|annoyed|unhappy|stuck|overrun|swamped|spoil\w*|rots?|rotting|go(?:es)? off|thrown? (?:away|out)|binned|empty|idle|short-?(?:handed|staffed)|walks? out|walked out|go(?:es)? elsewhere|pays?|paid|costs?|fined|penalt\w*|hurt|injur\w*|forget\w*|miss(?:es|ed)?|too (?:many|few|much|little))\b`;

export const COSTS = [
  // What goes wrong when its output is off: "if it's low, the kitchen runs out of prepped veg at eight", "when it's too
  // hopeful people cancel", "if it reads high on a lorry of feed wheat we pay the farmer a milling price".
  new RegExp(String.raw`\b(?:if|when|whenever) ${OUTPUT}(?: [a-z]+s)?${LINK} ${SIDE}s?\b(?:(?:${AVOIDED}[^.])*?${HARM})`),
  // Too far one way, however it is said ("if it waits too long", "when it's too hopeful", "too short an estimate").
  new RegExp(String.raw`\b(?:if|when|whenever) ${OUTPUT}(?: [a-z]+s)?${LINK} ${TOO}|\btoo (?:hopeful|optimistic|pessimistic|rosy|gloomy|bold|cautious|careful|confident)\b|\btoo (?:short|long|big|small|low|high) an? (?:estimate|forecast|guess|number|figure|time|date|price|quote)\b`),
  // What a bad output means: "a bad match means a nanny leaving after a month", "one wrong call costs us a day".
  /\b(?:bad|wrong|false|mistaken) (?:[\w-]+ )?(?:match|call|guess|pick|prediction|forecast|estimate|answer|recommendation|suggestion|pairing|placement|route)(?:e?s)? (?:can |could |would |will |may |might |does |do |often |usually )?(?:means?|costs?|leads? to|ends? (?:up )?(?:in|with))\b/,
  // A trip or a day wasted: "the installer has wasted a trip" (not "so they don't have a wasted trip").
  /\b(?:has|have|had|'ve) (?:just |then |already |now )?wasted\b|(?<!\b(?:no|fewer|less|avoids?|avoiding|saves?|saving|prevents?|stops?|cuts?|reduces?|without|don't|not|of) (?:\w+ ){0,2})\bwasted (?:trips?|visits?|journeys?|days?|mornings?|afternoons?|calls?|drives?|shifts?|hours?|weeks?)\b/,
  // A change it is slow to follow: "it's slow to catch up when a famous stall moves", "it takes weeks to adjust".
  /\b(?:it|it's|the (?:model|tool|system|forecast|estimate|score|prediction|ranking|price|rent)s?(?:'s)?)(?: (?:is|was|can be|gets|be|a bit|quite|very|rather|pretty|too|really|always|often|sometimes|still|also)){0,3} (?:slow|slows|slower|late|behind) to (?:catch up|react|adjust|adapt|notice|learn|pick up|respond|update|spot|recover|settle|follow|register|reflect)\b|\b(?:it|the (?:model|tool|system|forecast))(?: \w+){0,2} takes? (?:a while|a bit|some time|a long time|ages|weeks|months|days|a (?:few|couple of) \w+) to (?:catch up|react|adjust|adapt|notice|learn|pick up|respond|settle)\b|\bcatch(?:es)? up slowly\b/,
  // A choice between two costs ("wait and you lose grass, go and you risk the cows slipping"); the hard cases named; a
  // cost someone swallows ("the restaurant eats the cost"); a preference between two errors ("we'd rather it says later").
  /\band you (?:lose|risk|waste)\b|\bthe (?:hard|tricky|difficult|awkward) (?:ones?|cases?|calls?)\b|\b(?:eats?|ate|eating|swallows?|absorbs?) (?:the |that )?(?:cost|loss|bill)\b|'d rather(?! not)\b/,
  // How far out, in a unit, however many ("it's a day or two out in hot weeks", "is two points off either way"), not how far ahead ("three days out").
  /(?:'s|\bis|\bwas|\bcan be|\bruns?) (?:[\w-]+ ){0,2}(?:minutes?|hours?|days?|weeks?|degrees?|percent|per cent|kilos?|points?)(?: or (?:two|three|so|more) (?:out|off|under|over|short)\b(?! of\b)| (?:out|off|under|over) either way\b)/,
];
