// What a model gives back (the output part of a plain explanation): a
// score, a list, a verdict, a mark put on things, or what its judgement sets
// off, in ordinary words, with the model (not a person) doing the giving.
import { ALERTS_PEOPLE, DATA_NOUNS, MACHINE_AGENT, NOT_AGENT, PEOPLE, ROLE } from './plain-words.js';

export const OUTPUT_VERB = String.raw`(?:gives?|giving|give|produces?|outputs?|returns?|assigns?|predicts?|predicting|estimates?|guesses|guessing|guess|forecasts?|sorts?|flags?|ranks?|scores?|suggests?|drafts?|labels?|marks?|generates?|generating|recommends?|classif(?:y|ies)|says)`;
/** Everyday verbs that give back something only with their object in the same clause ("makes a list", not "makes a day, its age and when"). */
export const OUTPUT_VERB_NEAR = String.raw`(?:counts?|tells?|telling|puts?|writes?|creates?|sends?|picks?|receives?|receive|makes?|make|prints?|printed|posts?|displays?)`;
export const OUTPUT_OBJECT = String.raw`(?:scores?|rating|number|list|level|description|caption|quote|listing|count|total|tally|figure|map|range|summary|label|name|answer|draft|reply|grade|flag|light|red|amber|green|probability|chance|estimate|forecast|prediction|category|group|groups|rank|ranking|top|yes|which|whether|how many|how much|how likely|how long|when|where|what|who|the week|the day|the date|the time|into|price|rent|risk|warning|alert|colour|color|queue|percentage|amount|quantit(?:y|ies)|figure|total|plan|schedule|route|window|summary|report|alarm|map|chart|heat ?map|graph|sheet|shortlist|tick|star|dot|odds|likelihood|verdict|recommendation|suggestion|reply|tag)`;
/** Verbs that say what a model gives back whatever their object ("picks five products", "returns the 20 products"). */
export const OUTPUT_STEMS = String.raw`(?:(?<!\bto )(?:pick|choos|select)|predict|grad|calculat|comput|estimat|guess|forecast|sort|flag|rank|scor|suggest|propos|recommend|classif|return|output|produc|generat|draft|highlight|warn|alert|mark|summari[sz]|translat|transcrib|answer|extract)`;
/** Not after a determiner, a person, a negation ("never warns") or a describing word ("past returns"). */
/** A person doing it, not the model: "so they can warn hospitals", "the retention team picks it up", "to be picked", "wasn't forecast". */
export const PERSON_BEFORE = String.raw`(?<!\b(?:${PEOPLE}|person|someone|somebody|they|we|you|he|she|i|people)(?: (?:can|could|should|must|will|would|have to|has to|had to|need to|needs to|want to|wants to|then|also|just|now))? )(?<!\b(?:to be|be|wasn't|weren't|isn't|aren't|not|never) )`;
export const NOT_NOUN_OR_PERSON = String.raw`(?<!(?:\b(?:all|the|a|an|their|his|her|its|our|my|your|any|some|no|these|those|them|him|us|you|they|we|i|people|who|never|not|don't|doesn't|didn't|won't|can't|cannot|past|previous|recent|old|earlier|historical|last|new)|'s) )`;
/**
 * A kind of information or what it is about before a plural ("rain forecasts", "sales forecasts", "credit scores"): a
 * compound noun in a list of what it reads, not the verb.
 */
const COMPOUND_BEFORE = String.raw`(?<!\b(?:${DATA_NOUNS}|rain|wind|snow|frost|storm|flood|tide|demand|credit|crop|yield|energy|exam|quality|safety|risk|weekly|daily|monthly|seasonal|official|public|national|local) )`;
/**
 * Verbs that say what a model gives back whatever their object ("picks five products", "returns the 20 products"). A bare
 * form after a determiner and a word is a compound noun ("the weather forecast", "a risk score"), not the verb.
 */
export const STRONG_OUTPUT = new RegExp(
  String.raw`${NOT_NOUN_OR_PERSON}${PERSON_BEFORE}(?<![\w'-])(?:${COMPOUND_BEFORE}${OUTPUT_STEMS}(?:s|es|ies)|${OUTPUT_STEMS}(?:ed|ing)|(?<!pick|choos|select)${OUTPUT_STEMS}(?:er|ers)|(?<!\b(?:the|a|an|their|his|her|its|our|my|your|each|every|this|that) [\w-]+ )${OUTPUT_STEMS}(?:e|y)?(?! (?:is|was|were|are|has|had)\b))\b(?! (?:it |them |that )?up\b)(?! (?:it's|it is|it was|they're|there's|there is|we|i|he|she)\b)(?! (?:stuff|things|something|anything|everything|of|at|after|then|who|whom|on|in|for (?!(?:each|every|the next|a|an|all)\b))\b) (?:[\w'-]+ ){0,3}?[\w'-]+`,
);
/** An output verb whose subject is a person ("help them decide where", "has to decide who", "who write in"), or a noun ("giving history"). */
export const NOT_PERSON_DOING = String.raw`(?<!(?:\b(?:to|must|should|can|could|will|would|may|might|them|him|her|us|you|they|we|i|nobody|somebody|someone|person|anyone|everyone|whoever|people|who|kids|the|a|an|their|his|its|our|my|never|not|don't|doesn't|didn't|won't|can't|cannot|help|helps|helped|helping|let|lets)|'s|\b${PEOPLE}|\b(?!${MACHINE_AGENT}|${NOT_AGENT}\b)[a-z]+(?:er|or|ist|ian)s?) )`;
export const OUTPUT = [
  ALERTS_PEOPLE,
  // What its user sees or gets, said as a cleft ("what the manager sees is a staff count for each hour"), and a note
  // whose subject, the model, is dropped ("- gives a predicted arrival time at each stop").
  new RegExp(String.raw`\bwhat (?:the |our |their |a |each |every )?(?:[\w'-]+ ){0,2}?(?:${ROLE}|you|they|we|people) (?:gets?|sees?|receives?|(?:is|are) (?:given|shown|sent))(?: out| back)? (?:is|are|was|were)\b`),
  /^[-*+•] ?(?:then |also |just )?(?:gives?|returns?|outputs?|produces?|generates?|spits? out|hands? (?:back|over)|puts? out) (?:back )?(?:(?:them|us|you|him|her|(?:the|each|every) [\w-]+) )?(?:a|an|the|one|two|three|\d+|each|every|its|their)\b/,
  // The model making, giving or showing something to someone: "it writes the listing", "it gives control an expected
  // wait", "it tells the site manager, for the next three mornings, the chance", "it is showing each group one map".
  new RegExp(
    String.raw`\b(?:it|model|tool|system|assistant|algorithm|app) (?:then |also |just |automatically |now |is |are |can |will |would |could )?(?!draws? (?:on|from)\b)(?:(?:write|draft|compose|create|make|produce|generate|build|print|draw|mark|colour|highlight|circle|file|route|assign|tag|label|send|text|email|post|show|display|list|return|give|hand|suggest|propose|recommend|tell|say|grade|calculate|compute|set|emit)(?:s|es)?|writing|drafting|creating|making|producing|generating|showing|sending|giving|suggesting|telling|calculating|computing|puts together|fills in) (?:to )?(?:(?:them|us|you|him|her|the|each|every|our|a|an) )?(?:[\w'-]+ (?:of (?:the )?)?){0,3}?(?:a|an|the|each|every|one|two|three|four|five|ten|\d+|its|their|his|her|which|what|how|whether|where|when|who|first|draft|rough|short|full|new)\b(?! (?:mistake|mistakes|error|errors|difference|lot|sense|headache|whole|process|life|lives|job|jobs|work|things|everything)\b)`,
  ),
  // The same verbs after what it reads ("the model looks at the scan and draws a first version"), marks put on things
  // ("it circles damaged tiles"), a verdict ("gives release or hold"), its order ("puts every applicant in order").
  new RegExp(
    String.raw`\b(?:it|model|tool|system|app) (?:[\w'-]+ ){1,8}?and (?:then |also )?(?:writes?|draws?|gives?|returns?|produces?|generates?|shows?|sends?|marks?|flags?|suggests?|drafts?|puts? together|creates?) (?:them |us |you |the [\w-]+ )?(?:a|an|the|each|every|one|two|three|\d+|its|their|which|how|whether|first|draft|rough)\b(?! (?:mistake|mistakes|error|errors|difference|lot|sense|whole|process)\b)` +
      String.raw`|\b(?:it|model|tool|system|app) (?:then |also |just )?(?:circles|marks|highlights|flags|tags|labels|colours|outlines|underlines|boxes|rings|holds back|blocks|rejects|quarantines|approves|lets through) (?!(?:up|out|in|on|it|them|that|this|those|too|more|less|far|a lot|about)\b)[a-z]` +
      String.raw`|\b(?:says?|gives?|returns?|outputs?) (?:either )?(?:[\w-]+ ){1,5}?or (?!(?:so|not|something|anything)\b)[\w-]+\b|\bputs? (?:[\w'-]+ ){1,3}in (?:order|rank order|a list|a queue|a pile|piles|groups)\b`,
  ),
  // What its judgement sets off ("if it sees one, a red light comes on", "a little red dot appears next to the booking",
  // "if it sees a weed it opens that nozzle", "a puff of air knocks it off the belt").
  /\b(?:if|when|whenever|once) (?:it|the model|the system|the camera|the tool) (?:sees|spots|finds|detects|thinks|decides|reckons|flags|predicts|says|picks up|notices|hears)\b|\b(?:light|lamp|dot|flag|alarm|buzzer|beep|siren|icon|badge|marker|banner|warning|alert|pop-up|popup)s? (?:comes? on|appears?|lights? up|flashes|shines|goes off|pops up|shows up|sounds|beeps)\b|\b(?:knocks?|pushes|blows|kicks|diverts|drops) (?:it|them|the [\w-]+) (?:off|out|into|onto|aside)\b/,
  // A case given its mark, or a verdict either way: "each car gets green, amber or red", "the manager gets a recommended rate", "it's either delivered or moved to junk".
  new RegExp(String.raw`\b(?:gets?|got|receives?|is given|are given) (?:a |an |the |its |their )?(?:[\w-]+ ){0,2}?(?:${OUTPUT_OBJECT}|recommended|suggested|predicted|estimated|expected)\b|\b(?:it's|it is|they're|they are|is|are|gets?) either (?:[\w-]+ ){1,3}or\b`),
  // The model deciding, each case or each thing ("the model decides for each egg: cracked or fine").
  /\b(?:it|model|tool|system|algorithm|which|that) (?:then |also |just |automatically )?decides? (?:for |on |about )?(?:each|every|whether|which|if|who|what|how|when|where|the|a|an)\b/,
  STRONG_OUTPUT, /\b(?:works? out|figures? out|pulls? out|fills? in)\b/, /\bshows? (?:them |the user |users |customers )?(?:the top|the best|\d+|three|five|ten)\b/,
  // What someone receives ("they get a list", "a repair crew gets a text", "gives them a likely week").
  new RegExp(String.raw`\b(?:${PEOPLE}|they|he|she|you) (?:then |now |also |each \w+ |every \w+ )?(?:gets?|got|receives?|received|sees?|saw|(?:is|are) (?:getting|receiving|seeing)|(?:are|is) (?:given|sent|shown)) (?:(?:about |around |roughly |maybe |up to |some )?(?:a|an|the|\d+|one|two|three|four|five|ten|twenty|fifty|its|their)\b|(?:[\w-]+ ){0,2}${OUTPUT_OBJECT}\b)`),
  new RegExp(String.raw`\b(?:gives?|giving|hands?|sends?|shows?|texts?|emails?|messages?|mails?|posts?) (?!(?:the |our )?(?:model|system|tool|algorithm)\b)(?:to )?(?:them|him|her|us|you|(?:the|each|every|our) [\w-]+(?: [\w-]+){0,3}?) (?:a|an|the|their|its|his|her|each|every|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+|(?:[\w-]+ ){0,2}(?:time|${OUTPUT_OBJECT}))\b`),
  // Sorting into named groups (\"it put the referral in urgent, routine or probably harmless\").
  /\b(?:puts?|sorts?|splits?|divides?|places?) (?:the |each |every |a |an )?[\w-]+ (?:in|into) (?:[\w-]+ ){0,2}[\w-]+ or\b/,
  // What comes from the model ("that window comes from the model").
  /\b(?:comes?|came) (?:straight )?(?:out )?(?:of|from) (?:the |our |this )?(?:model|system|tool|algorithm)\b/,
  // "out comes a percentage", "yes or no for each booking", an outline drawn, words typed out or underlined.
  /\b(?:goes|go|went|is put|are put|gets put|shows? up|appears?) on (?:a|the) (?:map|list|board|dashboard|screen|sheet|rota|chart) as\b|\bout (?:comes?|came|pops?|popped)\b|\b(?:comes?|came|pops?|popped) out (?:a|an|the|one|two|three|\d+)\b|\byes (?:or|and) no\b|\byes\/no\b|\b(?:types?|writes?|spells?) out\b|\b(?:underlined|highlighted|circled|outlined)\b/,
  // Something made for each case ("we made a forecast per route per week"), or put up where people see it ("it puts a
  // wait time on the website for each office").
  new RegExp(String.raw`\b(?:we|i|they|it|model|tool|system) (?:then )?(?:made|make|makes|built|build|builds|produce|produced|produces|created|create|creates) (?:a|an|one|the) (?:[\w-]+ )?(?:forecast|estimate|prediction|score|number|count|figure|ranking|list|map|guess)s? (?:per|for each|for every)\b`),
  /\b(?:it|model|tool|system|app|which|that) (?:then |also |now |just )?(?:puts?|posts?|displays?|shows?) (?:up )?(?:a|an|the|each|every|one) (?:[\w'-]+ ){0,3}?(?:on|onto) (?:the|a|an|their|our|each|every|its) (?:[\w-]+ )?(?:website|site|web page|page|app|screen|board|dashboard|map|display|sign|noticeboard|phone|tablet)s?\b/,
  // A mark put on things: "draws a red box round anything new", "puts a star next to a handful of names".
  /\b(?:draws?|drew|puts?|places?|adds?|sticks?) (?:a |an |the |each |every )?(?:[\w-]+ ){0,2}(?:outline|box|circle|line|ring|border|pin|star|tick|cross|mark|dot|flag|label|sticker|tag|asterisk)s? (?:around|round|on|over|next to|beside|by|against|under)\b/,
  /\b(?:it|tool|model|system|app|screen|this|display|dashboard|tablet|handheld|map|sheet|page)(?: (?!(?:but|so|then|because|while|who|which|that)\b)[\w'-]+){0,3}? (?:then |also )?(?:shows?|displays?|lists?|brings? up|pulls? up) (?:them |you |the user )?(?:which|how|whether|what|where|when|who|the|a|an|each|every|all|\d+|one|two|three|four|five|ten|twenty)\b/,
  // Not a report of what it is for ("says it is to help the nurses plan").
  new RegExp(String.raw`${NOT_PERSON_DOING}\b${OUTPUT_VERB}\b(?!(?<=\bsays?) (?:that )?(?:it|this|the model|the tool|the system)(?:'s| is| was) (?:to|for|meant|there|used)\b)(?: [\w'-]+,?){0,8}? ${OUTPUT_OBJECT}\b`),
  new RegExp(String.raw`${NOT_PERSON_DOING}\b${OUTPUT_VERB_NEAR}\b(?: (?!(?:and|or|but|so|because|then|while|when|if|its|it's)\b)[\w'-]+){0,8}? ${OUTPUT_OBJECT}\b`),
  // A verdict named ("says go, maybe, or cancel", "says okay or not okay"), or a step or flag added to what it checks.
  /\bsays? (?:either )?(?:[\w-]+ ){1,5}?(?:or|maybe) (?:not )?[\w-]+\b|\b(?:maps?|mapping|turns?|turning|converts?|converting|translates?) (?:[\w'-]+ ){1,6}?(?:into|to) (?:a |an )?(?:[\w-]+ )?(?:${OUTPUT_OBJECT}|anomaly|percentage|grade|level|band|class)\b|\badds? (?:a|an) (?:[\w\"'“”-]+ ){0,3}(?:step|flag|warning|message|note|check|banner|label|prompt)\b/,
  // A mark received ("each name gets a little coloured dot").
  /\b(?:gets?|got|given|has|have) (?:a |an )(?:[\w-]+ ){0,2}(?:dot|star|tick|cross|flag|sticker|tag|colou?r)\b/, new RegExp(String.raw`\b(?:shows?|showing) (?:them|people|customers|users|you|us)\b`), /\b(?:the )?(?:outputs?|results?|outcomes?) (?:is|are|was|were)\b|\bwhat comes (?:out|back)\b|\bcomes? (?:back|out) with\b|\bspits? out\b|\bgives? (?:\w+ )?back\b|\b(?:gets?|got|receives?|received) back\b|\bwhat (?:you|they|we|people) (?:get|see)(?: out| back)? is\b|\b(?:turns?|goes|lights? up) (?:red|green|amber|orange|yellow)\b|\bpops? up\b/];

