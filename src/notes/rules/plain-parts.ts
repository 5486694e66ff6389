// The four parts of a plain explanation (docs/notes.md): what the model is
// for, what it reads, what it gives back, and a trade-off or limit. Each is
// a set of patterns over the filler-free, lower-case sentences. The objects
// they look for are ordinary words (a score, a list, which customers), so a
// part said only in jargon ("outputs logits") is not found. Stock phrases
// that name no decision or input ("better decisions", "lots of things") are
// taken out first.
import type { Sentence } from '../sentences.js';
import { ABSENT, ASKED, lower, withoutAbsent, type Answer } from './common.js';
import { NUM } from './numbers.js';
import { NO_MISTAKES, PEOPLE_MISS, TRADEOFF } from './plain-limits.js';
import { OUTPUT } from './plain-output.js';
import { ABSENT_HERE, PRAISE, answeredParts, isWriteUp, labelledPart, PARTS, withoutAbsences, withoutPartLabel, withoutQuestions, type Part } from './plain-asked.js';
import { ALERTS_PEOPLE, DATA_NOUNS, GENERIC, jargonData, MODEL_WORD, namelessData, NOT_GENERIC, NOT_ROLE_ER, NOT_USING, PEOPLE, ROLE, thirdPerson, VAGUE_BENEFIT } from './plain-words.js';

export { PARTS, type Part };

/**
 * "So" of a purpose ("so the planners can ...", "so that nobody has to ..."): not a story's opening "so" ("So the model
 * takes ..."), nor a consequence for the model or what it gives ("so it can wave a fault through", "so the number looks fine").
 */
const SO = String.raw`(?<!^(?:(?:ok|okay|right|yeah|yes|well|and|oh|sorry|now|anyway|um|uh) )*)\bso (?:that )?(?!(?:(?:the|our|this|a|an|every|each) )?(?:[\w-]+ )?(?:number|numbers|score|scores|count|counts|forecast|estimate|figure|total|result|results|prediction|map|list|price|it|it's|there|impacts?|value|benefits?|effects?|gains?|returns?|savings|roi|accuracy)\b)`;
/** Verbs of a decision or a piece of work that someone has to do. */
const WORK = String.raw`(?:plan|decide|choose|pick|schedule|order|book|send|allocate|prioriti[sz]e|know|find|spot|catch|work out|figure out|promise|set|price|staff|ration|sort|triage|check|review|inspect|visit|call|chase|fix|replace|release|hold|close|open|clear|grade|quote|match|assign|route|dispatch|treat|warn|stock|restock|buy|sell)`;
/** The same work as a doing word ("assigning stenographers", "rostering the dressers"). */
const WORKING = String.raw`(?:planning|deciding|choosing|picking|scheduling|allocating|assigning|prioriti[sz]ing|rostering|staffing|dispatching|routing|triaging|rationing|matching|restocking|grading|pricing)`;
/**
 * The purpose said in more ways: a decision as a question to settle ("whether to release the birds", "where to send
 * interviewers first"), the work someone has to do or wants done ("the farm has to plan the harvest", "the finance
 * team wants to spot surprise bills"), what a person by role then does ("the examiner still decides", "the physio
 * should talk to them", "the team parks at that runway end", "the manager can lease or swap quota"), how the work is
 * done with it ("that's how they plan the crews"), work it spares ("saves our grader the first look", "before this,
 * quality staff pulled ten an hour and checked them"), whom it is for ("it's for the adjudicators at the deposit
 * scheme", "- for safety officers at big events"), and what happens to the cases it marks ("the cracked ones get
 * pushed off the line").
 */
const PURPOSE_MORE = [
  /\b(?:whether|where|when|who|whom|what|which (?:[\w-]+ ){0,2}?)(?: or not)? to (?!(?:be|expect|happen|come|arrive|appear|say|do with|look for|use|make of|look like)\b)[a-z]+/,
  new RegExp(String.raw`(?<!\b(?:it|model|tool|system|algorithm)(?: \w+)? )\b(?:has|have|had|needs?|needed|wants?|wanted|must) to (?:${WORK})\b`),
  new RegExp(String.raw`\b(?:${ROLE}|${PEOPLE}|they|we) (?:still |then |now |also |just |always |only )?(?:decides?|chooses|makes the (?:final )?call|has the (?:final|last) say)\b`),
  new RegExp(String.raw`\b${ROLE} (?:should|must|needs? to|has to|have to|ought to|can|could) (?:now |then |also |just |still |first )?(?!be\b|${NOT_USING}\b)[a-z]{2,}\b`),
  new RegExp(String.raw`(?<!\b(?:from|of|with|by|into|about|via|in|on|at|to|for|over|under) )(?:^(?:[-*+•] ?)?|\b(?:the|our|their|a|an|each|every|then|and|so) )(?:(?!(?:because|since|when|whenever|if|as|cause|who|that|which)\b)[\w'-]+ ){0,2}?${ROLE} (?:then |now |also |just |first |usually |always )?(?:turns?|switches?|shuts?|adjusts?|puts?|sends?|moves?|sets?|books?|orders?|calls?|rings?|visits?|checks?|parks?|opens?|closes?|holds?|swaps?|clears?|treats?|fixes?|sprays?|digs?|feeds?|leases?|lays?|pulls?|goes|go|heads?|drives?|walks?) (?!(?:in|up|it|them|that|those|this)\b)[a-z]`),
  /\bthat's (?:how|why|when|where) (?:they|we|you|the [\w-]+|people) (?!(?:know|built|trained|made|got)\b)[a-z]+/,
  new RegExp(String.raw`\bsaves? (?:the |our |their |a |each |every )?(?:[\w'-]+ )?(?:${ROLE}|${PEOPLE}|them|us|him|her) (?:the |a |an |about |up to |around |\d|one |two |half |hours?|minutes?|days?|weeks?)`),
  new RegExp(String.raw`^(?:[-*+•] ?)?(?:and |so |but )?before(?: (?:this|that|it|now|then|the model|the tool|we built it|we had it))? (?:[\w'-]+ ){1,4}?(?:used to|had to|would|was|were|spent|did|checked|read|typed|guessed|phoned|called|went|pulled|walked|looked|forwarded|sorted)\b`),
  /\binstead of (?:after|before|waiting|having|doing|going|checking|reading|visiting|calling|guessing|seeing|sending|walking|driving|spot-checking)\b/,
  new RegExp(String.raw`(?:^[-*+•] ?|\b(?:it's|it is|it was|that's|that is|this is|these are|built|made|meant|designed|there) )for (?:a |an |the |our |their )?(?:[\w'-]+ ){0,3}?${ROLE}\b`),
  /\b(?:goes|go|went|is sent|are sent|gets? sent|is passed|are passed|is handed|are handed) to (?:a |the |our |an )?(?:[\w-]+ )?(?:person|human|people|someone|somebody) (?:to|for) [a-z]+/,
  /\b(?:is|are|gets?|got) (?:then )?(?:pushed|knocked|blown|thrown|kicked|diverted|rejected|pulled|binned|removed|set aside|moved|sent back) (?:off|into|out|onto|away|aside|to|back)\b/,
  /\b(?:kept|keep|keeps|were|are|was|always) (?:asking|ringing|calling|emailing|phoning|writing in|complaining)\b/,
  /\bdecides? (?:if|when|where|who)\b/,
  new RegExp(String.raw`\b(?:${PEOPLE}|they|we|people) (?:then |now |also |can |could )?use (?!(?:it|this|that)\b)(?:[\w'-]+ ){1,6}?to (?!(?:be|train|build|test)\b)[a-z]+`),
  // The work named as what a business does, at a note's head or after "for" ("- court reporting agency: assigning
  // stenographers to hearings", "it's for rostering the dressers"), or whom it is for, a person by "who" ("for the
  // league secretary, who used to argue about it").
  new RegExp(String.raw`(?:^[-*+•] ?(?:[\w'-]+ ){0,4}?|\bfor )${WORKING} (?:which|what|how|when|where|who|whether|the|their|our|each|every|[a-z]+s)\b`),
  /(?:^(?:[-*+•] ?)?|\b(?:it's|it is|it was|that's|that is|this is|built|made|meant|designed|there) )for (?:a |an |the |our |their )?(?:[\w'-]+ ){0,3}?[a-z]{3,} who (?!(?:is|are|was|were|has|have|had)\b)[a-z]+/,
  // Work people have no time for ("the owners don't have time to count stock"), or must do well ahead ("has to book pickers weeks ahead").
  new RegExp(String.raw`\b(?:${ROLE}|they|we|people|nobody|no one) (?:\w+ )?(?:(?:don't|do not|doesn't|does not|didn't|did not|never|can't|cannot) (?:have|has|had|get|find)|(?:have|has|had) no) (?:the |enough |any )?(?:time|hands|staff|people) to [a-z]+`),
  new RegExp(String.raw`\b(?:has|have|had|needs?|needed|must) to (?:${WORK}) (?:[\w'-]+ ){0,3}?(?:(?:a|one|two|three|four|\d+|some|several|a few|many) )?(?:days?|weeks?|months?|hours?|years?) (?:ahead|in advance|early|beforehand)\b`),
  // What happens to the one it puts first ("the first name gets the offer", "the top one gets the visit").
  /\b(?:the )?(?:first|top|highest|best)(?: [\w-]+)? (?:name|one|person|candidate|entry|pick|choice)s? (?:gets?|is given|is offered|is sent|goes)\b/,
];
const PURPOSE = [
  new RegExp(String.raw`${SO}(?:the |our |their )?(?:[\w'-]+ ){0,4}?(?:can|could|might|may|know|knows|see|sees|only|spend|spends|don't|do not|doesn't|does not|not|never|needn't|won't|no longer|decide|avoid|act|click|apply|buy|approve|focus|plan|prioriti[sz]e)\b`),
  new RegExp(String.raw`${SO}(?:the|our|their|each|every) (?:[\w'-]+ ){1,3}?(?:can|could|might|may|will|would|only|never|always|don't|doesn't|do not|does not|\w+s)\b(?<!\b(?:is|was|has|its|gets|goes)\b)`),
  new RegExp(String.raw`${SO}(?:they|we|you|${PEOPLE}) (?:still |only |always |never )?(?:can|could|might|may|will|would|know|see|keep|call|check|read|spend|focus|act|plan|miss|catch|don't|do not)\b`),
  // Told to someone named ("tells the planners how many"): not to a general "you", and not when nobody is told.
  /(?<!\b(?:never|not|don't|doesn't|didn't|won't|can't|cannot) )\b(?:tells?|telling|shows?|warns?|alerts?|gives?|sends?|lets?|says|saying) (?:to )?(?:the |our |their )?(?!you\b|anyone\b|anybody\b|a\b|an\b)(?:[\w'-]+ ){1,5}?(?:how many|how much|which|whether|what to|when to|who to|where to)\b/,
  // The decision said as what to do ("which routes to grit first", "how many staff to put on"), or the work a list directs ("a list of cows to check").
  /\b(?:which|how many|how much(?: of)?) (?:(?:the |each |every |of |their )?(?!(?:it|they|we|you|he|she|i|tends?|needs?|has|have|is|are)\b)[\w-]+ ){0,3}to (?!(?:be|do|have|get|say|use|make|expect|happen|come|arrive|appear|occur|turn up|show up)\b)[a-z]+/,
  /\b(?:list|shortlist|queue|names?|numbers?|ones?|addresses|houses|cases|people) (?:of (?:[\w'-]+ ){1,3})?to (?:check|call|visit|phone|ring|contact|chase|review|inspect|treat|see|look at|fix|email|text|prioriti[sz]e|refill|restock|empty|collect)\b/,
  // Not a story's opening \"so\" (\"So we make jigsaw puzzles\").
  new RegExp(String.raw`${SO}(?:they|we|you|${PEOPLE}) (?:\w+ )?(?!(?:had|did|was|were|got|went|made|used)\b)[a-z]+(?<!ed)\b`),
  // People acting on it; not people in a reason ("because people book and then stay home" is what the data shows).
  new RegExp(String.raw`\b(?:the |our |their )?(?:[\w'-]+ )?(?<!\b(?:because|since|when|whenever|cause|cos|as) (?:the |our |their )?(?:[\w'-]+ )?)${PEOPLE} (?:then |can |could |only |just )?(?:(?:is|are) (?:calling|checking|reviewing|reading|deciding|using|contacting|visiting|approving|ordering|planning|fixing|booking|sending|treating|inspecting|scheduling|picking|moving)\b|calls?|checks?|reviews?|reads?|decides?|uses?|acts?|contacts?|visits?|approves?|orders?|plans?|fixes?|looks at|gets?|receives?|sees?|knows?|watch(?:es)?|starts?|opens?|books?|moves?|sprays?|picks?|focus(?:es)?|works? (?:through|down|from|off|the|their)|trims?|rings?|phones?|treats?|inspects?|schedules?)\b`),
  /\b(?:use|uses|using|used) (?:it|this|our|the)(?: \w+)?(?: (?:every|each|on|at|in the|once a|twice a) \w+)? (?:to|for) \w+/,
  /\bin order to\b|\b(?:we|they|people|teams?|\w+s) use (?:it|this|the model|the tool) (?:to|for)\b|\bwithout (?:\w+ ){0,3}(?:having to|reading|checking|doing|looking)\b/,
  new RegExp(String.raw`\b(?:helps?|helping|lets?|allows?|enables?) (?:the |our |their )?(?:[\w'-]+ ){0,2}${PEOPLE}\b`),
  /\bfor (?:the |our |a )?(?!(?:model|tool|system|it)\b)(?:[\w'-]+ ){0,2}to (?:know|decide|see|find|spot|catch|choose|plan|order|call|check|focus|prioriti[sz]e|approve|act|cut|reduce|save|avoid|book|set|pick|schedule|send|make|keep|stop|sort|fix|run|give)\b/,
  // Told or given to people, or to anyone by role ("gives skippers a colour", "shows each reader twelve stories"); not
  // from them ("the pings from the drivers' phones").
  new RegExp(String.raw`\b(?:tells?|telling|shows?|warns?|alerts?|gives?|give|sends?|texts?|emails?|rings?|pings?|messages?) (?:to )?(?:the |our |their |every |each )?(?:(?!(?:from|of|by|with|about|on|in|at|off)\b)[\w'-]+ ){0,2}(?:${PEOPLE}|${ROLE})\b(?!['’])(?<!\b(?:them|him|her|us)(?= (?:low|high|lower|higher|wrong|bad|poor|worse|better|unfair|zero)\b))`),
  /\b(?:the )?(?:goal|aim|purpose|point|idea|reason)(?: of it)? (?:is|was|being)\b/,
  // A person keeps the last word on what it suggests ("the promoter sets the final price", "the nurse makes the final call").
  /\b(?:sets?|makes?|has|have|takes?|gets?) the (?:final|last) (?:price|call|decision|say|word|pick|choice|number)\b/,
  // ... or as more or fewer of something ("the volunteer team wants more readers finishing a second story").
  new RegExp(String.raw`\b(?:${PEOPLE}|we|they) (?:\w+ )?(?:wants?|wanted|needs?|needed) (?:more|fewer|less) [a-z]`),
  /\b(?:want|wanted|needed|need) to (?:reduce|increase|cut|save|stop|find|know|improve|predict|catch|avoid|lower|spot)\b/,
  /\b(?:saves?|saving|reduces?|reducing|cuts?|prevents?|avoids?)\b (?:[\w'-]+ ){0,3}(?:time|money|minutes|hours|days|calls|costs?|waste|work|typing|effort|fraud|losses|churn)\b/,
  /\bdecides? (?:in |on |about |for )?(?:which|whether|who|what|how|where|when)\b/,
  // A decision people make with it, however far the question word is ("they decide on the Friday where to park").
  /\b(?:decides?|deciding|choose|chooses|choosing|plan|plans|planning|work out|works out|figure out|pick|picks)(?: [\w-]+){0,3}? (?:where|when|what|whether|who|which(?: [\w-]+){1,2}|how (?:many|much)(?: [\w-]+){0,3}) to (?!be\b)[a-z]+/,
  /\bused (?:by|for) (?:the |our )?\w+/,
  new RegExp(String.raw`\b(?:assistant|tool|system|service|model) for (?:our |the )?(?:[\w'-]+ ){0,3}(?:${PEOPLE}|support|finance|marketing|operations)\b`),
  // A goal said as what people wanted, work spared, harm kept away, or what someone should act on.
  // ... or as the work people have to do ("the specialists have to print an estimate", "somebody has to find the ones that matter").
  new RegExp(String.raw`(?<!\b(?:why|how|what|whether|if) )\b(?:${PEOPLE}|we|they|someone|somebody) (?:\w+ )?(?:wanted|want|wanting|needed|need|needs|needing|has|have|had|must) to (?!(?:be|clean|collect|label|build|train|gather|prepare|tune|fix|learn|get the data)\b)\w+`),
  /\bhelps? (?:the |our |their |a |an |them |us )?(?:[\w'-]+ ){0,2}(?:to )?(?:spot|find|decide|catch|see|know|choose|plan|pick|work out|prioriti[sz]e|avoid|keep|sort|get|stay|save|cut|reduce)\b/,
  new RegExp(String.raw`\b(?:it's|it is|this is|this one's|built|made|meant|designed) (?:(?:it|this|them|mainly|mostly|really|just|only|all|basically|meant|built|made|designed|there|also|actually|primarily|aimed|used|intended|partly|largely) )?for (?:our |the |their |a )?(?:[\w'-]+ ){0,2}${PEOPLE}\b`),
  ALERTS_PEOPLE,
  /\b(?:instead of|rather than) (?:[\w'-]+ ){0,2}[\w-]+ing\b/,
  /\b(?:keeps?|stops?|protects?|prevents?|spares?|frees?) (?:[\w'-]+ ){0,3}(?:out of|from)\b/,
  /\b(?:should|needs? to|must|ought to|has to) (?:look at|check|review|call|see|read|visit|audit|inspect|handle|approve|investigate|follow up)\b/,
  /\b(?:sets?|plans?|decides?|chooses?|picks?|schedules?|prices?|orders?|manages?|staffs?|routes?|allocates?|budgets?|books?) (?:[\w'-]+ ){0,3}(?:with|using) (?:it|this|the model|the tool)\b/,
  // A person by role acting, with or on what it gives ("she builds the morning rota from that", "counter staff quote a
  // ready-by time", "volunteers take from the urgent pile first", "the subtitler corrects it"); not in a reason or a
  // relative clause ("because people book and then stay home", "builders who extend a hire"), and not building the model.
  new RegExp(String.raw`(?<!\b(?:because|since|when|whenever|cause|cos|as|if|who|that|which|where) (?:the |our |their |a |an )?(?:[\w'-]+ )?)(?<!\b${DATA_NOUNS} )(?:^|\b(?:the|our|their|a|an|each|every|his|her|its|so|then|now|and) |^[-*+•] ?)(?:[\w'-]+ )?${ROLE} (?:(?:is|are|was|were) (?=[a-z]+ing\b))?(?:then |can |could |should |must |only |just |now |also |first |mostly |usually |always |normally |simply )?(?!${NOT_USING}\b)(?!(?<!\b(?:is|are|was|were) )[a-z]+ing\b)[a-z]{2,}(?:-[a-z]{2,})?\b (?:(?:the|a|an|their|his|her|its|each|every|from|what|which|how|whether|it|them|that|those|these|in|out|up|off|through|by|on|with|one|some|all|any)\b|(?:list|lists|score|scores|number|numbers|estimate|forecast|date|warning|alert|text|report|map|ranking|grade)\b)`),
  // A person by role who can now do something with it ("if it is over point six staff can give the table to a walk-in").
  new RegExp(String.raw`\b${ROLE} (?:can|could|will|should|must) (?:now |then |also |just |still )?(?!${NOT_USING}\b)[a-z]{2,} (?:the|a|an|that|this|their|it|them)\b`),
  // An alert to a person who acts (\"it sends a text to whoever's on call\"), or what happens to the cases it marks (\"the urgent ones get seen within two weeks\").
  /\b(?:sends?|send|sending) (?:a |an )?(?:text|message|alert|email|page|call|warning) to (?:whoever|someone|somebody|the (?:[\w'-]+ ){0,2}(?:team|crew|staff|person|manager|keeper|officer|nurse|doctor|engineer))\b|\b(?:the )?(?:urgent|high-risk|risky|flagged|top|red|worst|marked|riskiest) (?:ones?|cases|items|accounts|jobs) (?:get|gets|are|is) (?:seen|called|checked|visited|sent|fixed|looked at|treated|prioriti[sz]ed|reviewed|handled)\b/,
  // The question its users bring ("farmers asked us when to sow").
  new RegExp(String.raw`\b(?:${ROLE}|they|people) (?:\w+ )?(?:asked|ask|asks|wanted to know|want to know|wants to know|need to know|needs to know)(?: us| me| for)? (?:when|where|which|how many|how much|whether|what|who) (?:[\w'-]+ ){0,3}?(?:to|should|can) \w+`),
  // A person by role who has to do something, or for whom it is done ("the audiologist has to pick", "for the revenue team to review").
  new RegExp(String.raw`\b${ROLE} (?:\w+ )?(?:has|have|had|must|needs?) to (?!be\b)\w+|\bfor (?:the |our |a |each |every )?(?:[\w'-]+ )?${ROLE} to (?!be\b)[a-z]+|\b(?:gives?|sends?|shows?|tells?|hands?) (?:her|him)\b`),
  // What people want from it ("they want a shortlist fast", "the planners need a number by Monday").
  new RegExp(String.raw`\b(?:${ROLE}|they|we) (?:\w+ )?(?:want|wants|wanted|need|needs|needed) (?:(?:a|an|the|their) (?!(?:model|system|tool|ai|algorithm)\b)[a-z]+|it|them|those)\b`),
  // "That way the ulcers get seen in days": what it makes happen.
  /\b(?:that|this) way,? (?:[\w'-]+ ){0,4}(?:can|could|get|gets|will|won't|don't|doesn't|only|no longer|never|are|is)\b/,
  // Made for its users ("a recommender for a comic shop's subscription customers"), or what it suggests is for ("to add to their list").
  new RegExp(String.raw`\b(?!${NOT_ROLE_ER}\b|worse\b)[\w-]*(?:er|or|model|tool|system|assistant|app) for (?:a |an |the |our |their )?(?:[\w'-]+ ){0,3}${ROLE}\b`),
  /\b(?:suggests?|recommends?|proposes?|picks?) (?:[\w'-]+ ){1,4}to (?:add|buy|order|read|watch|try|stock|call|visit|fix|check) (?:to |for )?(?:their|his|her|the|a)\b/,
  // Said after the role, with what it gives ("the market office sets next year's rent per position from that").
  new RegExp(String.raw`\b${ROLE} (?:then |now |also |just )?(?!${NOT_USING}\b)[a-z]{2,} (?:[\w'-]+ ){0,5}(?:from|with|using|off|on|by) (?:that|it|this|them|those|the (?:list|score|forecast|map|number|ranking))\b`),
  // For a team or a person named ("marks every account call or letter for the collections team", "the model is for him").
  new RegExp(String.raw`\bfor (?:the|our|their) (?:[\w'-]+ ){0,2}(?:team|desk|office|department|crew|staff)s?\b|\b(?:is|was|it's) (?:built |made |meant |designed |there )?for (?:him|her|them)\b`),
  // A note labelled with the aim ("- aim: people find something to watch").
  /^(?:[-*+\u2022] ?)?(?:aim|goal|purpose|point|used for|use case|users?) (?!(?:none|nothing|not|unclear)\b)/,
  // What it ranks, lists or flags, as the work to do with them ("ranks the storm-drain basins to treat each week").
  new RegExp(String.raw`\b(?:ranks|ranking|ranked|flags|flagging|picks out|sorts|suggests|recommends|prioriti[sz]es) (?:the|which|each|every|all|our|their) (?:[\w'-]+ ){1,3}?to (?:${WORK}|visit|treat|inspect|call|repair|survey|test|audit|clean|spray|water|cut|harvest|collect|empty|refill|ring|contact)\b`),
  // The work it replaces ("used to go on gut feel", "used to type every line"): the people who did it use it now.
  new RegExp(String.raw`\b(?:${ROLE}|we|they) used to (?!be\b)[a-z]+`),
  ...PURPOSE_MORE,
];

/** Not a person's doing ("you learn on the lifts", "volunteers go through bags", "what they're looking at"). */
const PERSON_ACTS = (who: string) => String.raw`(?<!\b(?:${ROLE}|${who}|they|he|she|people|someone|somebody|they're)(?: (?:are|were|is|was|all|then|also|just|still|can|could|would|will|have to|had to))? )`;
const NOT_A_PERSON = PERSON_ACTS(String.raw`you|we|i|you're|we're|i'm`);
/** Nor someone else's, though "we look at what that shop ordered" is how it was built. */
const NOT_SOMEONE_ELSE = PERSON_ACTS(String.raw`you|you're`);
/** Verbs of a model taking information in. */
const KNOWS = String.raw`screens|knows|goes on|go on|going on|runs on|run on|works (?:from|off)|work from|learns? from|learnt from|learned from|(?:is |was )?trained on|(?:is |was )?built on|built from|draws on|relies on|depends on|takes into account|takes account of|factors in|(?:is |gets )fed|is given|listens (?:to|for)|listen to|hears|measures|counts|tracks|follows|monitors|keeps an eye on|reads|read|looks at|looking at|(?:looks|looking|look)(?= (?:the|their|its|each|every|a|an|what|how|which|whether|when|where|who|past|last|previous|any|over|through|for|into|things like|things such|stuff like)\b)|(?<=\b(?:is|are|was) )looking(?= (?!(?:like|as|for|after|up|out|forward|back|around|round|about|away|over|down|into|to|at|on|through|in|ahead|good|bad|fine|great|promising|likely|set|right|wrong|odd|strange|weird|normal|suspicious|similar|different|more|less|better|worse|very|really|quite|pretty|much|a|an|the|it|them|that|this)\b)[a-z])|sees|watches|checks|compares|combines|weighs|considers|uses|use|using|takes in|takes|take|adds|add|pulls in|brings in|merges|matches`;
/** How much data, by time or count ("four years of bookings", "hours of audio"). */
const SPAN = String.raw`\b(?:years?|months?|weeks?|days?|hours?|minutes?|seasons?|decades?|thousands|hundreds|millions|dozens|lots|loads|plenty|a lot|history|\d[\d,.]*)`;
const INPUT = [
  new RegExp(String.raw`${NOT_SOMEONE_ELSE}\blook(?:s|ing)? (?:(?:at|to|into|on) ${NOT_GENERIC}|(?:how|what|which|whether|when|if)\b|(?:the|their|its|each|every|where) (?!(?:same|part|way)\b))`),
  new RegExp(String.raw`\b(?:it|this|model|tool|system|which|that|what) (?:is |are )?(?:uses?|used|using|reads?|reading|takes?|taking|checks|checking|compares|comparing|combines|scans|scanning|watches|watching|searches|search|searching|sees|listens to|listening to|weighs|weighing|considers|considering|examines|examining|analy[sz]es|analy[sz]ing|inspects|studies|looks for) ${NOT_GENERIC}`),
  /\breads (?:the|each|every|incoming|all|new|product|customer|support|their)\b/,
  new RegExp(String.raw`${NOT_A_PERSON}\b(?:goes|go|went|looks|looking) through ${NOT_GENERIC}`),
  /\b(?:takes?|taking) (?:a |an |the |every |each |all |in )?(?:photo|picture|image|email|text|record|product|transaction|order|application|document|reading|message|call|review)s?\b/,
  new RegExp(String.raw`\b(?:${NOT_A_PERSON}(?:learned|learnt|learns|learn)|trained|trains|fine-?tun\w*|fitted|fit)(?: [\w-]+){0,3} (?:from|on) (?!${NUM} (?:years?|months?|weeks?|days?)\b(?! of))(?:about |around |some |over |nearly |almost )?${NOT_GENERIC}(?:our|the|their|its|past|old|historical|labell?ed|previous|last|${NUM})`, 'u'),
  new RegExp(String.raw`\b(?:reads?|chunk\w*|index\w*|embed\w*|splits?|stores?|search\w*|scans?|pars\w*|ingest\w*|takes?|uses?|pull(?:s|ed)?|feeds?|collects?|sends?|sent|uploads?|submits?|photographs?) (?:(?!(?:no|little|without)\b)\w+ ){0,3}${DATA_NOUNS}(?![\w-])`),
  /\bbased on\b/,
  new RegExp(String.raw`\blook(?:s|ing)? (?:at |on |to |into )?(?:the |their |its |each |every |all |our )?(?:[\w-]+ ){0,2}${DATA_NOUNS}(?![\w-])`),
  // "new stores with no history" says what is missing, not what it reads.
  // "a list of titles" is what it gives; "someone checks with a meter" is a person's check; "on call" is no call.
  // What it works over, from or with: "from the sensors", "years of bookings", "a classifier on product reviews", "along with the description".
  new RegExp(
    String.raw`(?<!\b(?:list|lists|ranking|summary|map|shortlist|queue|pile|checked|checks|check|checking|confirmed|confirms|verified|verifies) )(?:\b(?:over|from|using)|${SPAN}s? of|\b${MODEL_WORD}s? (?:on|with)|\b(?:along|together|combined|plus|trained|built|fitted|fit|learned|learnt|based|goes|go|went|runs?|works?|relies|depends) (?:on|with)) (?!(?:no|little)\b|call\b)(?:the |our |their |each |every |all )?(?:[\w'-]+ ){0,2}${DATA_NOUNS}(?![\w-])`,
  ),
  /\b(?:images|photos|pictures|readings|records|history|recordings|transcripts?|scans|x-rays|data|measurements|counts|logs) (?:of|about|from|on) (?:the|each|every|their|its|a|an|our)\b/,
  // Two sources put together ("fused the soil-moisture maps with the greenness", "a join between the permits and the roads").
  /\b(?:fuses?|fused|fusing|merges?|merged|merging|joins?|joined|joining|overlays?|overlaid|overlaying|cross-?references?|cross-?referenced|links?|linked) (?:the |our |their |each |every )?(?:[\w'-]+ ){1,3}?(?:with|to|against|onto) (?:the|our|their|each|every)\b|\b(?:join|overlay|merge|match) (?:between|of) (?:the|our|their)\b/,
  /\b(?:camera|sensor|microphone|mic|scanner|scale|probe|meter|tracker|gps|thermometer|robot|counter|collar|tag|gauge|radar|logger)s? (?:[\w'-]+ ){0,3}(?:photograph|record|read|capture|take|measure|film|listen|pick|hear|sense|detect|log|count|see)s?(?: (?:\w+ )?up)?\b/,
  // What someone types in, what it is worked out from, what it listens for, and what we add to it.
  /\b(?:types?|typed|typing|enters?|entered|entering|keys?|keyed) (?:in |into (?:it|the [\w-]+) )?(?:what|the|their|his|her|each|every|a|an|all|how)\b/,
  /\b(?:worked out|works?(?: it)?(?: out)?|calculat\w*|comput\w*|deriv\w*|estimat\w*|built|build|made|judged|scored|predicted|guessed) (?:\w+ )?from (?:the |their |its |his |her |each |every |what |how |whether |past |last |our |a |an )/,
  /\blisten(?:s|ing)? (?:[\w'-]+ ){0,6}?for (?:the|a|an|any)\b/,
  /\b(?:we|you|they) (?:also )?(?:add|feed in|put in|include|combine)\b (?:the|its|their|each|every|his|her|in)\b/,
  /\bfrom (?:their|its|the|his|her) (?:history|past|records|previous|purchases?|orders?|usage)\b/,
  /\b(?:the )?(?:inputs?|features?) (?:is|are|was|were|include|includes|included) (?!stuff\b)[a-z]|\b(?:is|are|were|was) (?:the |its |our )?(?:top|main|most important|biggest|key|strongest) (?:stuff|features?|factors?|signals?|drivers?|inputs?)\b/,
  // A note with its subject dropped ("- uses building age, past violations", "- built on 3 years of call logs", "inputs: ...").
  new RegExp(String.raw`^(?:[-*+•]|\d{1,3}[.)])? ?(?:uses?|using|reads?|looks? at|takes? in|built on|trained on|learn(?:s|ed|t)? from|works? from|fed|inputs?|features?|based on|draws? on|pulls? in) (?!(?:given|only|not|never|was|were|unclear|vague)\b)${NOT_GENERIC}`),
  // What it predicts or works out from ("predicts how long each visit takes, from the breed and the coat").
  new RegExp(String.raw`\b(?:predicts?|predicting|estimates?|estimating|forecasts?|forecasting|guesses|guessing|scores?|scoring|rates?|rating|ranks?|ranking|works? out|working out|figures? out)\b(?: [\w'-]+){1,12}? from (?!(?:zero|nought|nil|one|\d+|a to|low|high)\b)(?:(?:the|their|its|his|her|each|every|a|an|how|what|whether|past|last) )?${NOT_GENERIC}[a-z]`),
  /\b(?:we|you|they|users?|customers?|people|shops?|clients?) (?:feed|feeds|fed|give|gives|gave|show|shows|showed|send|sends|sent|pass|passes|passed|hand|hands|handed|upload|uploads|uploaded|photograph|photographs|photographed|submit|submits|submitted) (?:it|us|the model|the system|the tool)\b/,
  /^(?:from|given|using|based on) .+ \b(?:it|the model|the tool|the system)\b/,
  /\b(?:given|against|compared (?:with|to)|checked against) (?:the |their |its |our |last |previous |each |every |what |that |this )(?!(?:baseline|old model|previous model|benchmark|last model)\b)/,
  /\b(?:information|data|details) (?:about|on|from) (?:the |each |every |their |its )?(?!(?:previous|past|last|earlier|prior|recent|old|older|years?|months?|before|history)\b)\w+/,
  // "What the model does is take ...", "what it looks at is ...".
  /\bwhat (?:it|the model|the tool|the system|the app|our model|the thing) (?:does|do|did) is (?:it )?(?:takes?|take|look(?:s)? at|reads?|read|uses?|use|checks?|check|compares?|compare|watch(?:es)?|combines?|goes through|go through|listens? to)\b|\bwhat (?:it|the model|the tool|the system) (?:looks at|uses|reads|takes|checks|goes on|works from) (?:is|are)\b/,
  // Sensors put in place ("cameras on the shelf edges", "a camera on the trolley"), and data counted in bulk ("thousands of photos").
  /\b(?:put|puts|placed|installed|mounted|fitted|fixed|stuck|attached|clipped) (?:[\w-]+ ){0,2}(?:cameras?|sensors?|microphones?|mics?|scanners?|probes?|meters?|trackers?|collars?|tags?|gauges?|thermometers?)\b|\b(?:a|one|the) (?:[\w-]+ )?(?:camera|sensor|microphone|scanner|probe|meter|tracker|collar|gauge|counter|tag) (?:on|in|at|over|under|inside|above|by) (?:the|each|every|our|all|a|her|his|their|its)\b/,
  new RegExp(String.raw`\b(?:thousands|hundreds|millions|dozens) (?:of )?(?:[\w-]+ )?${DATA_NOUNS}(?![\w-])`),
  // What it is given or pulls in: "it's fed the orders", "it pulls in the rota", "what goes in is".
  /(?:\bis|'s|\bare|\bgets?|\bgot) (?:fed|given|shown|sent) (?:the|their|each|every|a|an|all)\b|\bpulls? (?:in|from) (?!(?:stuff|(?:the |our )?(?:[\w-]+ )?(?:systems?|databases?|warehouse))\b)[a-z]|\bdraws? on\b|\bwhat goes (?:in|inside|into)\b|\bgoes? into (?:it|the model)\b|\b(?:it|model|system|tool) (?:tracks|follows|keeps (?:an )?eye on|keeps track of)\b/,
  // The model, or a note's dropped subject, taking something in by any verb of knowing or reading ("it knows bin days",
  // "goes on the room temperature", "learns from what people clicked", "is looking where the rubbish was reported"); not
  // what it cannot take in ("it doesn't know about roadworks"), and not data named by nothing but its amount or owner.
  new RegExp(String.raw`(?:^(?:[-*+•] ?)?|\b(?:${MODEL_WORD}|this|app|which|that|we built|i built)(?: (?:also|only|just|then|first|mainly|mostly|really|basically))? (?:is |are |was )?)(?:${KNOWS})(?! like\b| as if\b| away\b| (?:each|every) (?!${DATA_NOUNS}(?![\w-]))[\w-]+(?: and\b| every\b| each\b|[.!?]|$)) (?!(?:(?:at|into|on|to|from|in|off|for|through|about) )?(?:stuff|nothing|it|lots|things(?! like| such)|a lot|loads|many|various|different|all (?:sorts|kinds)|everything|good|bad|fine|ok|okay|right|wrong|great|the same|similar|different|strange|odd|weird|normal|suspicious|real|fake)\b)${NOT_GENERIC}(?:the |their |its |each |every |a |an |what |how |which |whether |when |where |who |past |last |previous |any )?[a-z][\w'-]*`),
  // It works something out, answers or writes from something ("works that out from what you've bought", "answers from our aftercare sheet").
  new RegExp(String.raw`\b(?:works?|worked|figures?|figured) (?:\w+ )?out (?:\w+ )?from ${NOT_GENERIC}[a-z]|\b(?:answers|writes|drafts|replies|quotes|suggests|picks|chooses|recommends)(?: [\w'-]+){0,4}? (?:only |just )?from (?:our|the|their|its|what|how|each|every) (?!stuff\b)`),
  // Information gathered: what it asks ("asks the caller six quick questions"), what we measure, count, pull or take,
  // what someone drops in, what goes past a camera, what the hazard is driven by, what a model is fitted to.
  new RegExp(
    String.raw`\b(?:it|model|app|tool|form|questionnaire|chatbot|assistant|bot) (?:also |first |then )?asks? (?:(?:them|you|us|the [\w-]+|[\w-]+s) )?(?:how|what|whether|if|about|for|which|when|where|a few|some|six|\d+|one|two|three|four|five|the|their|his|her)\b` +
      String.raw`|\b(?:we|they|i) (?:also |then |now )?(?:measure|count|record|log|collect|track|weigh|scan|photograph|film|sample|survey|test|gather) (?:in )?(?!(?:it|them|that|this|a look|time|care|stuff|the risk|a while|at|in|on|from|for)\b)(?:the |their |all |each |every |a |an )?[a-z]` +
      String.raw`|\b(?:drops?|feeds?|loads?|uploads?|pops?) (?:the |a |an |their |his |her )?(?:[\w'-]+ ){0,3}?in\b(?! (?:the|a|an|order|place|charge|one|two|three|groups?|piles?)\b)` +
      String.raw`|\b(?:go|goes|went|pass|passes|come|comes|run|runs) (?:past|under|through|in front of) (?:a|the) (?:[\w-]+ )?(?:camera|sensor|scanner|reader|scale|probe|microphone)s?\b` +
      String.raw`|\b(?:driven|informed) by (?:the|their|its|each|how|what|whether)\b|\b(?:fit|fits|fitted) (?:[\w-]+ ){0,4}to (?:the|our|their|each)\b|\bused (?:an? |the |our )?(?:[\w-]+ ){0,3}?to (?:read|look at|scan|go through|check|listen to|watch) (?:each|every|the|all|their|incoming|new)\b|\busing (?:their|its|each|every|his|her) (?!(?:own|model|tool)\b)[a-z]` +
      String.raw`|\bwhat (?:the |a )?(?:[\w-]+ )?(?:radar|camera|sensor|microphone|scanner|probe|meter|tracker)s? (?:sees?|hears?|picks? up|records?|measures?)\b`,
  ),
  // A device named, then what it takes in ("every camel has an RFID tag, a little radio chip, and it records speed and heart rate").
  /\b(?:cameras?|sensors?|microphones?|mics?|scanners?|probes?|meters?|trackers?|collars?|tags?|chips?|gauges?|loggers?|counters?|scales?|thermometers?|beacons?)\b[^.]{0,80}?\b(?:it|they|which|that) (?:also |then |just )?(?:records?|measures?|logs?|senses?|picks? up|counts?|tracks?|detects?|captures?|reads?) (?!(?:it|them|nothing|stuff|everything|anything)\b)[a-z]/,
  // Devices that send what they sense ("the machines report their sales overnight").
  /\b(?:machines?|devices?|sensors?|meters?|cameras?|phones?|trackers?|tags?|collars?|probes?|units?|scales?|tills?) (?:\w+ )?(?:report|reports|send|sends|log|logs|record|records|upload|uploads|stream|streams) (?:in |back )?(?:their|its|the|each|every|a|an|how|what|when|where|whether)\b/,
];

INPUT.push(
  // Data named with the span it covers ("we took the permits from the last five years", "permits of last five years").
  new RegExp(String.raw`\b(?:took|take|takes|taking|used|use|uses|using|pulled|gathered|collected|fed|feeds?) (?:in )?(?:the |our |their |all (?:the )?|every |each )?(?!stuff\b)(?:[\w'-]+ ){1,3}?(?:from|of|over|for) (?:the )?(?:last|past|previous) (?:${NUM} |few |couple of |several )?(?:years?|months?|weeks?|days?|seasons?|decades?)\b`, 'u'),
);

export const PART_PATTERNS: Readonly<Record<Part, readonly RegExp[]>> = { purpose: PURPOSE, input: INPUT, output: OUTPUT, tradeoff: TRADEOFF };

/** A note's label that is the interviewer's question ("- on mistakes:", "- asked when it gets it wrong:"), the label taken off. */
const ASKED_TOPIC = /^(\s*(?:[-*+•]\s*)?)(?:(?:when |once )?asked|on|about)\b[^:;.!?]{0,50}:\s*/;

/** A clause that goes on from the one before with another question word ("or what they decide with it"). */
const GOES_ON = /^\s*(?:[-*+•]\s*)?(?:or|and|nor) (?:what|who|whom|how|which|whether|where|when|why|if)\b/;
/**
 * Sentences that only go on with a note of absence the asides between broke up: "never said who acts on the forecast
 * (airlines? ATC?) or what they decide with it" is read in pieces at each "?", and its last piece is as absent as its first.
 */
function absentGoingOn(sentences: readonly Sentence[]): Set<Sentence> {
  const out = new Set<Sentence>();
  sentences.forEach((s, i) => {
    if (!GOES_ON.test(lower(s))) return;
    for (let j = i - 1; j >= 0; j--) {
      const t = lower(sentences[j]!);
      if (ABSENT.test(t) || ABSENT_HERE.test(t) || out.has(sentences[j]!)) {
        out.add(s);
        return;
      }
      if (!/\?[\s)"”']*$/.test(t)) return;
    }
  });
  return out;
}

/** A note labelled with the limit that gives only praise ("- limits or mistakes: it's very good, the owner is happy"): no limit. */
function praisedOnly(text: string): boolean {
  if (labelledPart(text) !== 'tradeoff') return false;
  const clauses = withoutAbsences(withoutAbsent(withoutPartLabel(text))).split(/[,;]| and | but /).filter((c) => /[a-z]/.test(c));
  const praise = (c: string) => (PRAISE.test(c) || /\bspot on\b|\bworks\b|\bloves?\b|\b(?:catches|gets|finds) (?:most|almost all|nearly all|all)\b/.test(c)) && c.trim().split(/\s+/).length <= 8 && !/\b(?:not|no|but|low|high|slow|strict|miss\w*|wrong|only|without|never|except|unless|can't|cannot|doesn't|isn't|worse|less|too)\b/.test(c);
  return clauses.length > 0 && clauses.every(praise);
}

/**
 * The sentences as the part patterns read them: lower case, notes of absence and stock phrases left out, and for the
 * input, data named only in the answer's unexplained `terms` read as naming nothing.
 */
export function partTexts(answer: Answer, part: Part, terms: readonly string[] = []): string[] {
  const clean = (t: string) => thirdPerson(t.replace(ASKED, ' ').replace(/[,:;]/g, '').replace(/\s+/g, ' ').replace(GENERIC, ' ').replace(/\s+/g, ' '));
  // What people miss ("patterns humans might miss") is no limit of the model. The interviewer's question in a note ("- on
  // mistakes: ...", "- asked when it gets it wrong: ...") names the part without saying it: only the answer after it counts.
  if (part === 'tradeoff') {
    const goesOn = absentGoingOn(answer.sentences);
    return answer.sentences.map((s) => {
      const t = lower(s).replace(/["“”]/g, '').replace(ASKED_TOPIC, '$1');
      return goesOn.has(s) || praisedOnly(t) ? '' : clean(withoutAbsences(withoutAbsent(t))).replace(PEOPLE_MISS, ' ').replace(NO_MISTAKES, ' ');
    });
  }
  // A question says no part; in a write-up "she" is the candidate, not someone who uses the model.
  const writeUp = isWriteUp(answer);
  const voiced = (t: string) => (writeUp ? t.replace(/\b(?:he|she)\b/g, 'the candidate') : t);
  // A note is a list item, its own clause, even where the reader took its bullet off.
  const item = (s: Sentence) => (s.note && !/^\s*[-*+•]/.test(s.norm) ? `- ${lower(s)}` : lower(s));
  const inJargon = (t: string) => (part === 'input' ? jargonData(t, terms) : t);
  // A note labelled with another part says that part, not what it reads or gives ("- inputs: how long the battery held
  // up", "- mistakes: the seller gets a warning"); whom it is for is often said beside them ("- output: a list the officer checks").
  // People in a note of inputs ("- inputs: which days the doctor visits") are data, not whom it is for.
  const ownPart = (t: string) => (part === 'purpose' ? labelledPart(t) !== 'input' : (labelledPart(t) ?? part) === part);
  const goesOn = absentGoingOn(answer.sentences);
  const texts = answer.sentences.map((s) => {
    if (goesOn.has(s)) return '';
    const t = withoutQuestions(item(s).replace(/["“”]/g, ''));
    return ownPart(t) ? clean(withoutAbsences(voiced(inJargon(withoutPartLabel(t))))).replace(VAGUE_BENEFIT, ' ') : '';
  });
  // Data named only by its amount, owner or age says no information.
  return part === 'input' ? texts.map(namelessData) : texts;
}

/**
 * The parts an explanation says in ordinary words, or says in answer to the interviewer's question or a note's label;
 * `terms`, the answer's unexplained terms, name no input.
 */
export function partsSaid(answer: Answer, terms: readonly string[] = []): Set<Part> {
  const asked = answeredParts(answer, terms);
  return new Set(PARTS.filter((part) => asked.has(part) || partTexts(answer, part, terms).some((t) => PART_PATTERNS[part].some((p) => p.test(t)))));
}

