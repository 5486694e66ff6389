// The four parts of a plain explanation (docs/notes.md): what the model is
// for, what it reads, what it gives back, and a trade-off or limit. Each is
// a set of patterns over the filler-free, lower-case sentences. The objects
// they look for are ordinary words (a score, a list, which customers), so a
// part said only in jargon ("outputs logits") is not found. Stock phrases
// that name no decision or input ("better decisions", "lots of things") are
// taken out first.
import { ASKED, lower, withoutAbsent, type Answer } from './common.js';
import { NUM } from './numbers.js';
import { answeredParts, isWriteUp, PARTS, withoutAbsences, withoutPartLabel, withoutQuestions, type Part } from './plain-asked.js';

export { PARTS, type Part };

/** Who uses a model's output: roles, teams and bodies, singular or plural. */
const PEOPLE = String.raw`(?:teams?|managers?|agents?|staff|nurses?|doctors?|customers?|clients?|users?|people|us|them|sales|analysts?|buyers?|drivers?|auditors?|lawyers?|planners?|recruiters?|accountants?|engineers?|operators?|traders?|underwriters?|reviewers?|moderators?|inspectors?|technicians?|dispatchers?|clinicians?|employees?|shoppers?|callers?|students?|teachers?|editors?|sellers?|merchants?|caseworkers?|receptionists?|clerks?|keepers?|specialists?|supervisors?|officers?|scouts?|beekeepers?|growers?|farmers?|dentists?|vets?|crews?|fore(?:man|men)|coaches?|fundraisers?|librarians?|councils?|schedulers?|pharmacists?|surgeons?|radiologists?|judges?|cashiers?|pickers?|controllers?|investigators?|assessors?|valuers?|brokers?|coordinators?|administrators?|volunteers?|carers?|counsellors?|tutors?|wardens?|rangers?|guards?|couriers?|captains?|pilots?|stewards?|porters?|chefs?|landlords?|archivists?|curators?|researchers?|designers?|developers?|testers?|marketers?|advisers?|advisors?|consultants?|partners?|owners?|vendors?|suppliers?|shops?|branch(?:es)?|depots?|office|desk)`;
/** Machines named with an agent ending ("the scanner flags"): not people. */
const MACHINE_AGENT = String.raw`(?:comput|scann|track|classifi|detect|predict|rank|filt|rout|recommend|sens|monit|calculat|generat|indicat|count|schedul|optimi[sz]|regress|encod|decod|transform|print|transmitt|receiv|convert|charg|heat|cool|load|feed|mix|spray|sort|sampl|count)`;
/** Words with an agent's ending that name no one. */
const NOT_AGENT = String.raw`(?:for|or|over|under|after|later|never|ever|whether|either|neither|rather|other|another|number|order|water|paper|together|further|per|her|list|exist|sooner|faster|better|ever)`;
/** Words ending like a role that name no one. */
const NOT_ROLE_ER = String.raw`(?:newspaper|powder|timber|rubber|leather|silver|copper|lavender|thunder|ladder|shoulder|finger|liver|cancer|feather|fibre|fiber|meteor|interior|exterior|mirror|terror|horror|honour|honor|flavour|flavor|harbour|harbor|labour|labor|favour|favor|behaviour|behavior|vapour|vapor|humour|humor|tumour|tumor|weather|winter|summer|centre|center|letter|matter|error|errors|factor|factors|sensor|sensors|floor|door|colou?r|hour|hours|four|minor|major|prior|meter|meters|filter|filters|layer|layers|power|tower|computer|computers|container|containers|trailer|chapter|quarter|register|answer|answers|lower|higher|bigger|smaller|older|newer|longer|shorter|earlier|cheaper|larger|greater|fewer|wider|quicker|slower|easier|harder|clearer|closer|deeper|stronger|weaker|rather|corner|border|cluster|poster|folder|river|butter|litter|super|parameter|threshold|vector|vectors|tensor|encoder|decoder|transformer|classifier|regressor|detector|predictor|optimizer|optimiser|scheduler|counter|monitor|indicator|calculator|generator|router|tracker|scanner|printer|server|browser|driver's|user's|christian|median|gaussian|bayesian|boolean|histor|list|exist|mist|twist)`;
/**
 * A person by role: the listed ones, or a word with a person's ending ("the audiologist", "our negotiators", "the
 * estimator", "the harbour master", "she"), not a machine's ("the scanner") nor a word that only looks like one
 * ("number", "order", "weather") or a comparison ("longer", "cheaper").
 */
const ROLE = String.raw`(?:${PEOPLE}|(?![a-z]*(?:${MACHINE_AGENT})(?:er|or)s?\b|${NOT_AGENT}s?\b|${NOT_ROLE_ER}\b)[a-z]{3,}(?:er|or|ist|ian)s?|[a-z]+ (?:master|mistress|lead|boss|head)s?|head of (?:the )?[a-z]+|she|he)`;
/** Verbs of building the model or of liking it: a role doing these says nothing of what the model is for. */
const NOT_USING = String.raw`(?:types?|typed|typing|fills?|filled|filling|enters?|entered|submits?|submitted|uploads?|uploaded|sends? in|sent in|writes? in|phones? in|rings? in|calls? in|reports?|reported|are|were|is|was|have|has|had|be|been|being|do|does|did|love|loves|loved|like|likes|liked|said|says|say|think|thinks|thought|told|tell|who|that|which|would|will|and|or|but|with|of|in|on|at|to|for|trained|train|trains|built|labell?ed|label|labels|wrote|write|writes|coded|deployed|deploy|made|make|designed|tested|test|tuned|fine-tuned|wanted|want|needed|need|used|got|went|go|goes|came|come|seem|seems|happy|very|really|mostly|found|find|finds|trust|trusts|trusted|enjoy|enjoyed|enjoys|rate|rated|before|after|while|during|until|than|so|still|never|didn't|don't|doesn't|won't|can't)`;
/** An alert sent to people ("pages the stroke team", "texts the repair crew"): what it gives back, and who acts on it. */
const ALERTS_PEOPLE = /\b(?:pages?|alerts?|notif(?:y|ies)|pings?|texts?|emails?|messages?|rings?) (?:the |a |our |their )?(?:[\w-]+ ){0,2}(?:team|doctor|nurse|crew|manager|staff|on-call|engineer|driver|owner|user|customer|clerk|officer|inspector)s?\b/;
/** Benefit said only in business words ("drive smarter decisions", "gives them a lot of value and visibility"): no decision, no input. */
const GENERIC = /\b(?:(?:helps?|helping|lets?|allows?|enables?) (?:[\w-]+ ){0,2}(?:to )?|so (?:that )?(?:[\w-]+ ){0,2}(?:can |could |will |would )?)?(?:make |makes |making |take |takes |drive |drives |driving |support |supports )?(?:(?:more |most )?(?:better|smarter|faster|quicker|wiser|good|informed|more informed|data-driven)(?: and)? )+decisions?\b(?: (?:faster|quicker|sooner))?|\b(?:(?:helps?|helping|lets?|allows?|makes?) (?:[\w-]+ ){0,2}(?:to )?)?(?:be |become |run |work |get )?(?:a lot |much |far )?more (?:efficient|productive|effective|streamlined|agile)\b|\b(?:actionable |valuable |useful )?insights?\b|\bbusiness value\b|\badds? value\b|\bdata-driven\b|\b(?:gives?|giving|brings?|provides?|offers?|delivers?) (?:them |us |you |everyone |the business |stakeholders )?(?:a lot of |lots of |more |real |great |huge |much more )?(?:value|visibility|transparency|clarity|insights?)(?: and (?:value|visibility|transparency|clarity|insights?))*\b|\bacross the (?:organi[sz]ation|business|company)\b|\bso (?:that )?(?:the |our )?(?:business|company|organi[sz]ation|firm|club|chain|team) (?:can |could |will |would )?(?:plan|run|work|operate|perform|do) (?:better|smarter|more efficiently|well)\b|\b(?:helps?|lets?|allows?|enables?) (?:the |our |their )?(?:[\w-]+ ){0,2}(?:be|become|stay|get) (?:a lot |much |far )?(?:more )?(?:proactive|efficient|productive|effective|agile|informed|responsive|strategic|competitive)\b|\b(?:going|moving) forward\b/g;

/** How well, with nothing said of what: "better", "smarter", "where it matters most". */
const VAGUELY = String.raw`(?:(?:much|far|a lot|way|even|so much) )?(?:better|smarter|faster|quicker|more efficiently|more effectively|more (?:proactive|productive|efficient|effective|strategic|agile|informed|responsive|confident|aligned)|ahead|where it matters(?: most)?|on what matters(?: most)?|on the right things|proactive|efficient)`;
/**
 * A benefit with no work or decision in it ("so they can plan better", "so everyone can focus where it matters most",
 * "helps the planning team work smarter", "helping them focus", "a game changer for the team", "makes their life
 * easier", "insights that managers can act on"): it names whom, at most, never what for.
 */
const VAGUE_BENEFIT = new RegExp(
  String.raw`\bso (?:that )?(?:[\w'-]+ ){1,3}?(?:can|could|will|would) (?:plan|work|focus|operate|run|decide|engage|perform|act|be|become|get|stay|do (?:their|the|its) (?:jobs?|work))(?: ${VAGUELY})?(?= *(?:[.!]|$|and\b|but\b|in how\b))` +
    String.raw`|\b(?:helps?|helping|lets?|allows?|enables?) (?:the |our |their |them |us |people |everyone )?(?:[\w'-]+ ){0,3}?(?:to )?(?:work|plan|focus|operate|run|decide|engage|perform|act)(?: ${VAGUELY})?(?= *(?:[.!]|$|and\b|but\b))` +
    String.raw`|\b(?:a |the )?(?:real |big |huge |massive |total |complete )?(?:game[- ]?changer|difference|step up|step change|improvement|win|success)(?: for (?:the |our |their |a )?(?:[\w'-]+ ){0,3}?(?:team|business|company|organi[sz]ation|everyone|us|them|staff|people)s?)?(?: in terms of \w+)?\b` +
    String.raw`|\bmakes? (?:their |our |everyone's |people's |the team's )?(?:li(?:fe|ves)|jobs?|work|day) (?:a lot |much |so much )?easier|\bsaves? (?:a lot of |lots of |loads of )?time (?:across the board|all round|for everyone)|\b(?:that|which) (?:[\w'-]+ ){0,2}can (?:act|take action) on(?= *(?:[.!,]|$|and\b))`,
  'g',
);
/**
 * "So" of a purpose ("so the planners can ...", "so that nobody has to ..."): not a story's opening "so" ("So the model
 * takes ..."), nor a consequence for the model or what it gives ("so it can wave a fault through", "so the number looks fine").
 */
const SO = String.raw`(?<!^(?:(?:ok|okay|right|yeah|yes|well|and|oh|sorry|now|anyway|um|uh) )*)\bso (?:that )?(?!(?:(?:the|our|this|a|an|every|each) )?(?:[\w-]+ )?(?:number|numbers|score|scores|count|counts|forecast|estimate|figure|total|result|results|prediction|map|list|price|it|it's|there)\b)`;
/** Verbs of a decision or a piece of work that someone has to do. */
const WORK = String.raw`(?:plan|decide|choose|pick|schedule|order|book|send|allocate|prioriti[sz]e|know|find|spot|catch|work out|figure out|promise|set|price|staff|ration|sort|triage|check|review|inspect|visit|call|chase|fix|replace|release|hold|close|open|clear|grade|quote|match|assign|route|dispatch|treat|warn|stock|restock|buy|sell)`;
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
  new RegExp(String.raw`\b(?:the|our|their|a|an|each|every|then|and|so) (?:[\w'-]+ )?${ROLE} (?:then |now |also |just |first |usually |always )?(?:puts?|sends?|moves?|sets?|books?|orders?|calls?|rings?|visits?|checks?|parks?|opens?|closes?|holds?|swaps?|clears?|treats?|fixes?|sprays?|digs?|feeds?|leases?|lays?|pulls?|goes|go|heads?|drives?|walks?) (?!(?:in|up|it|them|that|those|this)\b)[a-z]`),
  /\bthat's (?:how|why|when|where) (?:they|we|you|the [\w-]+|people) (?!(?:know|built|trained|made|got)\b)[a-z]+/,
  new RegExp(String.raw`\bsaves? (?:the |our |their |a |each |every )?(?:[\w'-]+ )?(?:${ROLE}|${PEOPLE}|them|us|him|her) (?:the |a |an |about |up to |around |\d|one |two |half |hours?|minutes?|days?|weeks?)`),
  new RegExp(String.raw`^(?:[-*+•] ?)?(?:and |so |but )?before(?: (?:this|that|it|now|then|the model|the tool|we built it|we had it))? (?:[\w'-]+ ){1,4}?(?:used to|had to|would|was|were|spent|did|checked|read|typed|guessed|phoned|called|went|pulled|walked|looked|forwarded|sorted)\b`),
  /\binstead of (?:after|before|waiting|having|doing|going|checking|reading|visiting|calling|guessing|seeing|sending|walking|driving|spot-checking)\b/,
  new RegExp(String.raw`(?:^[-*+•] ?|\b(?:it's|it is|it was|that's|that is|this is|these are|built|made|meant|designed|there) )for (?:a |an |the |our |their )?(?:[\w'-]+ ){0,3}?${ROLE}\b`),
  /\b(?:goes|go|went|is sent|are sent|gets? sent|is passed|are passed|is handed|are handed) to (?:a |the |our |an )?(?:[\w-]+ )?(?:person|human|people|someone|somebody) (?:to|for) [a-z]+/,
  /\b(?:is|are|gets?|got) (?:then )?(?:pushed|knocked|blown|thrown|kicked|diverted|rejected|pulled|binned|removed|set aside|moved|sent back) (?:off|into|out|onto|away|aside|to|back)\b/,
  /\b(?:kept|keep|keeps|were|are|was|always) (?:asking|ringing|calling|emailing|phoning|writing in|complaining)\b/,
  /\bdecides? (?:if|when|where|who)\b/,
];
const PURPOSE = [
  new RegExp(String.raw`${SO}(?:the |our |their )?(?:[\w'-]+ ){0,3}(?:can|could|might|may|know|knows|see|sees|only|spend|spends|don't|do not|no longer|decide|avoid|act|click|apply|buy|approve|focus|plan|prioriti[sz]e)\b`),
  new RegExp(String.raw`${SO}(?:the|our|their|each|every) (?:[\w'-]+ ){1,3}?(?:can|could|might|may|will|would|only|never|always|don't|doesn't|do not|does not|\w+s)\b(?<!\b(?:is|was|has|its|gets|goes)\b)`),
  new RegExp(String.raw`${SO}(?:they|we|you|${PEOPLE}) (?:still |only |always |never )?(?:can|could|might|may|will|would|know|see|keep|call|check|read|spend|focus|act|plan|miss|catch|don't|do not)\b`),
  // Told to someone named ("tells the planners how many"): not to a general "you", and not when nobody is told.
  /(?<!\b(?:never|not|don't|doesn't|didn't|won't|can't|cannot) )\b(?:tells?|telling|shows?|warns?|alerts?|gives?|sends?|lets?|says|saying) (?:to )?(?:the |our |their )?(?!you\b|anyone\b|anybody\b)(?:[\w'-]+ ){1,5}?(?:how many|how much|which|whether|what to|when to|who to|where to)\b/,
  // The decision said as what to do ("which routes to grit first", "how many staff to put on"), or the work a list directs ("a list of cows to check").
  /\b(?:which|how many|how much(?: of)?) (?:(?:the |each |every |of |their )?(?!(?:it|they|we|you|he|she|i|tends?|needs?|has|have|is|are)\b)[\w-]+ ){1,3}to (?!(?:be|do|have|get|say|use|make|expect|happen|come|arrive|appear|occur|turn up|show up)\b)[a-z]+/,
  /\b(?:list|shortlist|queue|names?|numbers?|ones?|addresses|houses|cases|people) (?:of (?:[\w'-]+ ){1,3})?to (?:check|call|visit|phone|ring|contact|chase|review|inspect|treat|see|look at|fix|email|text|prioriti[sz]e|refill|restock|empty|collect)\b/,
  // Not a story's opening \"so\" (\"So we make jigsaw puzzles\").
  new RegExp(String.raw`${SO}(?:they|we|you|${PEOPLE}) (?:\w+ )?(?!(?:had|did|was|were|got|went|made|used)\b)[a-z]+(?<!ed)\b`),
  // People acting on it; not people in a reason ("because people book and then stay home" is what the data shows).
  new RegExp(String.raw`\b(?:the |our |their )?(?:[\w'-]+ )?(?<!\b(?:because|since|when|whenever|cause|cos|as) (?:the |our |their )?(?:[\w'-]+ )?)${PEOPLE} (?:then |can |could |only |just )?(?:calls?|checks?|reviews?|reads?|decides?|uses?|acts?|contacts?|visits?|approves?|orders?|plans?|fixes?|looks at|gets?|receives?|sees?|knows?|watch(?:es)?|starts?|opens?|books?|moves?|sprays?|picks?|focus(?:es)?|works? (?:through|down|from|off|the|their)|trims?|rings?|phones?|treats?|inspects?|schedules?)\b`),
  /\b(?:use|uses|using|used) (?:it|this|our|the)(?: \w+)?(?: (?:every|each|on|at|in the|once a|twice a) \w+)? (?:to|for) \w+/,
  /\bin order to\b|\b(?:we|they|people|teams?|\w+s) use (?:it|this|the model|the tool) (?:to|for)\b|\bwithout (?:\w+ ){0,3}(?:having to|reading|checking|doing|looking)\b/,
  new RegExp(String.raw`\b(?:helps?|helping|lets?|allows?|enables?) (?:the |our |their )?(?:[\w'-]+ ){0,2}${PEOPLE}\b`),
  /\bfor (?:the |our |a )?(?:[\w'-]+ ){0,2}to (?:know|decide|see|find|spot|catch|choose|plan|order|call|check|focus|prioriti[sz]e|approve|act|cut|reduce|save|avoid|book|set|pick|schedule|send)\b/,
  new RegExp(String.raw`\b(?:tells?|telling|shows?|warns?|alerts?|gives?|give|sends?|texts?|emails?|rings?|pings?|messages?) (?:to )?(?:the |our |their |every |each )?(?:[\w'-]+ ){0,2}${PEOPLE}\b`),
  /\b(?:the )?(?:goal|aim|purpose|point|idea|reason)(?: of it)? (?:is|was|being)\b/,
  // A person keeps the last word on what it suggests ("the promoter sets the final price", "the nurse makes the final call").
  /\b(?:sets?|makes?|has|have|takes?|gets?) the (?:final|last) (?:price|call|decision|say|word|pick|choice|number)\b/,
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
  new RegExp(String.raw`\b(?:it's|it is|this is|this one's|built|made|meant|designed) (?:\w+ )?for (?:our |the |their |a )?(?:[\w'-]+ ){0,2}${PEOPLE}\b`),
  ALERTS_PEOPLE,
  /\b(?:instead of|rather than) (?:[\w'-]+ ){0,2}[\w-]+ing\b/,
  /\b(?:keeps?|stops?|protects?|prevents?|spares?|frees?) (?:[\w'-]+ ){0,3}(?:out of|from)\b/,
  /\b(?:should|needs? to|must|ought to|has to) (?:look at|check|review|call|see|read|visit|audit|inspect|handle|approve|investigate|follow up)\b/,
  /\b(?:sets?|plans?|decides?|chooses?|picks?|schedules?|prices?|orders?|manages?|staffs?|routes?|allocates?|budgets?|books?) (?:[\w'-]+ ){0,3}(?:with|using) (?:it|this|the model|the tool)\b/,
  // A person by role acting, with or on what it gives ("she builds the morning rota from that", "counter staff quote a
  // ready-by time", "volunteers take from the urgent pile first", "the subtitler corrects it"); not in a reason or a
  // relative clause ("because people book and then stay home", "builders who extend a hire"), and not building the model.
  new RegExp(String.raw`(?<!\b(?:because|since|when|whenever|cause|cos|as|if|who|that|which|where) (?:the |our |their |a |an )?(?:[\w'-]+ )?)(?:^|\b(?:the|our|their|a|an|each|every|his|her|its|so|then|now|and) |^[-*+•] ?)(?:[\w'-]+ )?${ROLE} (?:(?:is|are|was|were) (?=[a-z]+ing\b))?(?:then |can |could |should |must |only |just |now |also |first |mostly |usually |always |normally |simply )?(?!${NOT_USING}\b)(?!(?<!\b(?:is|are|was|were) )[a-z]+ing\b)[a-z]{2,}\b (?:(?:the|a|an|their|his|her|its|each|every|from|what|which|how|whether|it|them|that|those|these|in|out|up|off|through|by|on|with|one|some|all|any)\b|(?:list|lists|score|scores|number|numbers|estimate|forecast|date|warning|alert|text|report|map|ranking|grade)\b)`),
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
  new RegExp(String.raw`\b[\w-]*(?:er|or|model|tool|system|assistant|app) for (?:a |an |the |our |their )?(?:[\w'-]+ ){0,3}${ROLE}\b`),
  /\b(?:suggests?|recommends?|proposes?|picks?) (?:[\w'-]+ ){1,4}to (?:add|buy|order|read|watch|try|stock|call|visit|fix|check) (?:to |for )?(?:their|his|her|the|a)\b/,
  // Said after the role, with what it gives ("the market office sets next year's rent per position from that").
  new RegExp(String.raw`\b${ROLE} (?:then |now |also |just )?(?!${NOT_USING}\b)[a-z]{2,} (?:[\w'-]+ ){0,5}(?:from|with|using|off|on|by) (?:that|it|this|them|those|the (?:list|score|forecast|map|number|ranking))\b`),
  // For a team or a person named ("marks every account call or letter for the collections team", "the model is for him").
  new RegExp(String.raw`\bfor (?:the|our|their) (?:[\w'-]+ ){0,2}(?:team|desk|office|department|crew|staff)s?\b|\b(?:is|was|it's) (?:built |made |meant |designed |there )?for (?:him|her|them)\b`),
  // A note labelled with the aim ("- aim: people find something to watch").
  /^(?:[-*+\u2022] ?)?(?:aim|goal|purpose|point|used for|use case|users?) (?!(?:none|nothing|not|unclear)\b)/,
  // The work it replaces ("used to go on gut feel", "used to type every line"): the people who did it use it now.
  new RegExp(String.raw`\b(?:${ROLE}|we|they) used to (?!be\b)[a-z]+`),
  ...PURPOSE_MORE,
];

/** Things a model reads, in ordinary words. */
const DATA_NOUNS = String.raw`(?:sensors?|forecasts?|timetables?|rotas?|swipes?|traffic|locations?|addresses|postcodes?|ages|sizes|weights|speeds|distances|dates|schedules|ratings|grades|attendance|absences|usage|footfall|stock levels|inventory|deliveries|shifts|appointments|inspections|repairs|faults|breakdowns|humidity|rainfall|symptoms|vitals|prescriptions|medications?|docs?|documents?|articles?|pages?|manuals?|polic(?:y|ies)|emails?|tickets?|reviews?|contracts?|records?|photos?|images?|pictures?|transcripts?|messages?|history|transactions?|readings?|orders?|logs?|notes?|questions?|applications?|invoices?|claims?|titles?|quer(?:y|ies)|descriptions?|texts?|comments?|profiles?|listings?|bookings?|sales|purchases?|payments?|calls?|receipts?|weather|prices?|figures|adverts?|ads|measurements?|recordings?|habits|visits|clicks|complaints?|posts|videos?|audio|files?|forms?|statements?|spreadsheets?|cvs?|resumes?|meters?|scans?|x-?rays?)`;
const NOT_GENERIC = String.raw`(?!(?:things(?! like| such)|lots|many|various|different|a lot|all kinds|everything|stuff|(?:all (?:of )?)?(?:the |our |your )?(?:relevant |available |necessary |right |internal |existing )?data|it|(?:user |customer )?behaviou?r|machine learning|ai|artificial intelligence|algorithms?|models?|deep learning|(?:the )?(?:feature vectors?|features|embeddings?|vectors|tensors|signals|inputs|patterns))\b)`;
/** Words for data that name none of it: "data", "signals", "history", "everything". */
const DATA_HEAD = String.raw`(?:data|datasets?|information|info|signals|stuff|details|features|history|records|inputs|telemetry|feeds?|variables|fields|columns|rows|attributes|metrics|sources|everything|anything|whatever|all of it)`;
/** What leaves them nameless: quantity, ownership, age or kind ("all the", "our historic", "the plant", "a couple hundred"). */
const VAGUE_MOD = String.raw`(?:all|any|whatever|every|lots of|loads of|a lot of|a bunch of|a couple(?: of)?|a few|hundreds of|thousands of|millions of|dozens of|\d[\d.,]*(?: million| thousand| hundred)?|(?:a |one |two |three |several )?hundreds?|some|other|various|different|many|more|the|our|their|your|its|this|that|these|those|same|usual|normal|standard|basic|historic|historical|past|previous|old|existing|available|relevant|internal|raw|own|collected|stored|captured|customer|client|company|business|plant|process|admin|administrative|monitoring|system|operational|sign-up|live|real-time|kinds? of|sorts? of|types? of|of|from|basically|just|really)`;
/** A verb, preposition or list word before a data phrase: the phrase starts there ("uses all the data", "on our historic data"). */
const BEFORE_DATA = String.raw`(?<=(?:^|[-*+•]|\b(?:uses?|using|used|takes?(?: in)?|taking(?: in)?|took(?: in)?|reads?|on|from|of|with|at|into|in|is|are|was|were|inputs?|looks? at|looking at|pulls?(?: in| from)?|based on|built on|trained on|fed|feeds?(?: in)?|analy[sz]es|combines|and|plus|also|about|over|learns? from|goes on|works? (?:from|off|on)|draws? on|is given|gets?|sees|knows?|has|have|collects?|captures?)) )`;
/**
 * Data named only by how much of it there is, whose it is or how old ("all the data we have on the flats", "our
 * historic data", "the plant data", "a couple hundred features from telemetry", "whatever the feed sends us",
 * "everything we hold on the resident"): it says no information, and reads as "stuff".
 */
/** Data named only in a model's own words ("the embedded event vectors", "booking-curve features"): no information a listener can follow. */
const MODEL_DATA = new RegExp(String.raw`${BEFORE_DATA}(?:(?!(?:top|main|most|key|biggest|strongest|important)\b)[\w-]+ ){0,3}?(?:feature vectors?|vectors|embeddings|tensors|features)\b(?! (?:include|includes|included|are|were|like|such as|as|of|in plain|when (?:asked|pushed|pressed))\b)`, 'g');
const GENERIC_DATA = new RegExp(
  String.raw`${BEFORE_DATA}(?:${VAGUE_MOD} )*${DATA_HEAD}(?! (?:include|includes|included|are|were|is|was|like|such as|as|in plain|in plainer|when asked|when pushed|when pressed|e\.g|of)\b)(?: (?:that |which )?(?:we|they|you|it|the [\w-]+) (?:have|has|had|'ve got|hold|holds|held|are holding|keep|keeps|collect|collects|collected|capture|captures|captured|get|gets|got|store|stores|log|logs|sends?(?: us)?|track|tracks|record|records|see|sees)(?: (?:on|about|for|from|in|at|of) (?:the |our |their |a |an |each |every )?[\w'-]+)?)?(?: (?:in|from) (?:the|our) (?:system|systems|database|warehouse|crm|hotel systems))?(?![\w-])`,
  'g',
);

/** Verbs of a model taking information in. */
const KNOWS = String.raw`knows|goes on|go on|going on|runs on|run on|works (?:from|off)|work from|learns? from|learnt from|learned from|(?:is |was )?trained on|(?:is |was )?built on|built from|draws on|relies on|depends on|takes into account|takes account of|factors in|(?:is |gets )fed|is given|listens (?:to|for)|listen to|hears|measures|counts|tracks|follows|monitors|keeps an eye on|reads|read|looks at|looking at|looks|looking|look|sees|watches|checks|compares|combines|weighs|considers|uses|use|using|takes in|takes|take|adds|add|pulls in|brings in|merges|matches`;
/** How much data, by time or count ("four years of bookings", "hours of audio"). */
const SPAN = String.raw`\b(?:years?|months?|weeks?|days?|hours?|minutes?|seasons?|decades?|thousands|hundreds|millions|dozens|lots|loads|plenty|a lot|history|\d[\d,.]*)`;
/** What a model is called, plainly or by its kind: what works on data. */
const MODEL_WORD = String.raw`(?:model|classifier|regressor|network|forest|tree|boosting|regression|lstm|cnn|transformer|agent|system|tool|it|algorithm)`;
const INPUT = [
  new RegExp(String.raw`\blook(?:s|ing)? (?:(?:at|to|into|on) ${NOT_GENERIC}|(?:how|what|which|whether|when|if)\b|(?:the|their|its|each|every|where) (?!(?:same|part|way)\b))`),
  new RegExp(String.raw`\b(?:it|this|model|tool|system|which|that|what) (?:is |are )?(?:uses?|used|using|reads?|reading|takes?|taking|checks|checking|compares|comparing|combines|scans|scanning|watches|watching|searches|search|searching|sees|listens to|listening to|weighs|weighing|considers|considering|examines|examining|analy[sz]es|analy[sz]ing|inspects|studies|looks for) ${NOT_GENERIC}`),
  /\breads (?:the|each|every|incoming|all|new|product|customer|support|their)\b/,
  new RegExp(String.raw`\b(?:goes|go|went|looks|looking) through ${NOT_GENERIC}`),
  /\b(?:takes?|taking) (?:a |an |the |every |each |all |in )?(?:photo|picture|image|email|text|record|product|transaction|order|application|document|reading|message|call|review)s?\b/,
  new RegExp(String.raw`\b(?:learned|learnt|learns|learn|trained|trains|fine-?tun\w*|fitted|fit)(?: [\w-]+){0,3} (?:from|on) (?:about |around |some |over |nearly |almost )?${NOT_GENERIC}(?:our|the|their|its|past|old|historical|labell?ed|previous|last|${NUM})`, 'u'),
  new RegExp(String.raw`\b(?:reads?|chunk\w*|index\w*|embed\w*|splits?|stores?|search\w*|scans?|pars\w*|ingest\w*|takes?|uses?|feeds?|collects?|sends?|sent|uploads?|submits?|photographs?) (?:(?!(?:no|little|without)\b)\w+ ){0,3}${DATA_NOUNS}(?![\w-])`),
  /\bbased on\b/,
  new RegExp(String.raw`\blook(?:s|ing)? (?:at |on |to |into )?(?:the |their |its |each |every |all |our )?(?:[\w-]+ ){0,2}${DATA_NOUNS}(?![\w-])`),
  // "new stores with no history" says what is missing, not what it reads.
  // "a list of titles" is what it gives; "someone checks with a meter" is a person's check; "on call" is no call.
  // What it works over, from or with: "from the sensors", "years of bookings", "a classifier on product reviews", "along with the description".
  new RegExp(
    String.raw`(?<!\b(?:list|lists|ranking|summary|map|shortlist|queue|pile|checked|checks|check|checking|confirmed|confirms|verified|verifies) )(?:\b(?:over|from|using)|${SPAN}s? of|\b${MODEL_WORD}s? (?:on|with)|\b(?:along|together|combined|plus|trained|built|fitted|fit|learned|learnt|based|goes|go|went|runs?|works?|relies|depends) (?:on|with)) (?!(?:no|little)\b|call\b)(?:the |our |their |each |every |all )?(?:[\w-]+ ){0,2}${DATA_NOUNS}(?![\w-])`,
  ),
  /\b(?:images|photos|pictures|readings|records|history|recordings|transcripts?|scans|x-rays|data) (?:of|about|from) (?:the|each|every|their|its|a|an|our)\b/,
  /\b(?:camera|sensor|microphone|mic|scanner|scale|probe|meter|tracker|gps|thermometer|robot|counter|collar|tag|gauge)s? (?:[\w'-]+ ){0,3}(?:photographs|records|reads|captures|takes|measures|films|listens|picks? up|hears|senses|detects|logs|counts)\b/,
  // What someone types in, what it is worked out from, what it listens for, and what we add to it.
  /\b(?:types?|typed|typing|enters?|entered|entering|keys?|keyed) (?:in |into (?:it|the [\w-]+) )?(?:what|the|their|his|her|each|every|a|an|all|how)\b/,
  /\b(?:worked out|works?(?: it)?(?: out)?|calculat\w*|comput\w*|deriv\w*|estimat\w*|built|build|made|judged|scored|predicted|guessed) (?:\w+ )?from (?:the |their |its |his |her |each |every |what |how |whether |past |last |our |a |an )/,
  /\blisten(?:s|ing)? (?:[\w'-]+ ){0,6}?for (?:the|a|an|any)\b/,
  /\b(?:we|you|they) (?:also )?(?:add|feed in|put in|include|combine)\b (?:the|its|their|each|every|his|her|in)\b/,
  /\bfrom (?:their|its|the|his|her) (?:history|past|records|previous|purchases?|orders?|usage)\b/,
  /\b(?:the )?(?:inputs?|features?) (?:is|are|was|were|include|includes|included)\b|\b(?:is|are|were|was) (?:the |its |our )?(?:top|main|most important|biggest|key|strongest) (?:stuff|features?|factors?|signals?|drivers?|inputs?)\b/,
  // A note with its subject dropped ("- uses building age, past violations", "- built on 3 years of call logs", "inputs: ...").
  new RegExp(String.raw`^(?:[-*+•]|\d{1,3}[.)])? ?(?:uses?|using|reads?|looks? at|takes? in|built on|trained on|learn(?:s|ed|t)? from|works? from|fed|inputs?|features?|based on|draws? on|pulls? in) ${NOT_GENERIC}`),
  // What it predicts or works out from ("predicts how long each visit takes, from the breed and the coat").
  new RegExp(String.raw`\b(?:predicts?|predicting|estimates?|estimating|forecasts?|forecasting|guesses|guessing|scores?|scoring|rates?|rating|ranks?|ranking|works? out|working out|figures? out)\b(?: [\w'-]+){1,12}? from (?:(?:the|their|its|his|her|each|every|a|an|how|what|whether|past|last) )?${NOT_GENERIC}[a-z]`),
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
  /(?:\bis|'s|\bare|\bgets?|\bgot) (?:fed|given|shown|sent) (?:the|their|each|every|a|an|all)\b|\bpulls? (?:in|from)\b|\bdraws? on\b|\bwhat goes (?:in|inside|into)\b|\bgoes? into (?:it|the model)\b|\b(?:it|model|system|tool) (?:tracks|follows|keeps (?:an )?eye on|keeps track of)\b/,
  // The model, or a note's dropped subject, taking something in by any verb of knowing or reading ("it knows bin days",
  // "goes on the room temperature", "learns from what people clicked", "is looking where the rubbish was reported"); not
  // what it cannot take in ("it doesn't know about roadworks"), and not data named by nothing but its amount or owner.
  new RegExp(String.raw`(?:^(?:[-*+•] ?)?|\b(?:it|this|model|tool|system|app|algorithm|which|that|we built|i built)(?: (?:also|only|just|then|first|mainly|mostly|really|basically))? (?:is |are |was )?)(?:${KNOWS})(?! like\b| as if\b) (?!(?:(?:at|into|on|to|from|in|off|for|through|about) )?(?:stuff|nothing|it|lots|things(?! like| such)|a lot|loads|many|various|different|all (?:sorts|kinds)|everything|good|bad|fine|ok|okay|right|wrong|great|the same|similar|different|strange|odd|weird|normal|suspicious|real|fake)\b)${NOT_GENERIC}(?:the |their |its |each |every |a |an |what |how |which |whether |when |where |who |past |last |previous |any )?[a-z][\w'-]*`),
  // It works something out, answers or writes from something ("works that out from what you've bought", "answers from our aftercare sheet").
  new RegExp(String.raw`\b(?:works?|worked|figures?|figured) (?:\w+ )?out (?:\w+ )?from ${NOT_GENERIC}[a-z]|\b(?:answers|writes|drafts|replies|quotes|suggests|picks|chooses|recommends) (?:only |just )?from (?:our|the|their|its|what|how|each|every) (?!stuff\b)`),
  // Devices that send what they sense ("the machines report their sales overnight").
  /\b(?:machines?|devices?|sensors?|meters?|cameras?|phones?|trackers?|tags?|collars?|probes?|units?|scales?|tills?) (?:\w+ )?(?:report|reports|send|sends|log|logs|record|records|upload|uploads|stream|streams) (?:in |back )?(?:their|its|the|each|every|a|an|how|what|when|where|whether)\b/,
];

const OUTPUT_VERB = String.raw`(?:gives?|giving|give|produces?|outputs?|returns?|assigns?|predicts?|predicting|estimates?|guesses|guessing|guess|forecasts?|sorts?|flags?|ranks?|scores?|suggests?|drafts?|labels?|marks?|generates?|generating|recommends?|classif(?:y|ies)|says)`;
/** Everyday verbs that give back something only with their object in the same clause ("makes a list", not "makes a day, its age and when"). */
const OUTPUT_VERB_NEAR = String.raw`(?:counts?|tells?|telling|puts?|writes?|creates?|sends?|picks?|receives?|receive|makes?|make|prints?|printed|posts?|displays?)`;
const OUTPUT_OBJECT = String.raw`(?:scores?|rating|number|list|level|description|caption|quote|listing|count|total|tally|figure|map|range|summary|label|name|answer|draft|reply|grade|flag|light|red|amber|green|probability|chance|estimate|forecast|prediction|category|group|groups|rank|ranking|top|yes|which|whether|how many|how much|how likely|how long|when|where|what|who|the week|the day|the date|the time|into|price|rent|risk|warning|alert|colour|color|queue|percentage|amount|quantit(?:y|ies)|figure|total|plan|schedule|route|window|summary|report|alarm|map|chart|heat ?map|graph|sheet|shortlist|tick|star|dot|odds|likelihood|verdict|recommendation|suggestion|reply|tag)`;
/** Verbs that say what a model gives back whatever their object ("picks five products", "returns the 20 products"). */
const OUTPUT_STEMS = String.raw`(?:(?<!\bto )(?:pick|choos|select)|predict|grad|calculat|comput|estimat|guess|forecast|sort|flag|rank|scor|suggest|propos|recommend|classif|return|output|produc|generat|draft|highlight|warn|alert|mark|summari[sz]|translat|transcrib|answer|extract)`;
/** Not after a determiner, a person, a negation ("never warns") or a describing word ("past returns"). */
/** A person doing it, not the model: "so they can warn hospitals", "the retention team picks it up", "to be picked", "wasn't forecast". */
const PERSON_BEFORE = String.raw`(?<!\b(?:${PEOPLE}|person|someone|somebody|they|we|you|he|she|i|people)(?: (?:can|could|should|must|will|would|have to|has to|had to|need to|needs to|want to|wants to|then|also|just|now))? )(?<!\b(?:to be|be|wasn't|weren't|isn't|aren't|not|never) )`;
const NOT_NOUN_OR_PERSON = String.raw`(?<!(?:\b(?:the|a|an|their|his|her|its|our|my|your|any|some|no|these|those|them|him|us|you|they|we|i|people|who|never|not|don't|doesn't|didn't|won't|can't|cannot|past|previous|recent|old|earlier|historical|last|new)|'s) )`;
/**
 * Verbs that say what a model gives back whatever their object ("picks five products", "returns the 20 products"). A bare
 * form after a determiner and a word is a compound noun ("the weather forecast", "a risk score"), not the verb.
 */
const STRONG_OUTPUT = new RegExp(
  String.raw`${NOT_NOUN_OR_PERSON}${PERSON_BEFORE}(?<![\w'-])(?:${OUTPUT_STEMS}(?:s|es|ed|ing|ies)|(?<!pick|choos|select)${OUTPUT_STEMS}(?:er|ers)|(?<!\b(?:the|a|an|their|his|her|its|our|my|your|each|every|this|that) [\w-]+ )${OUTPUT_STEMS}(?:e|y)?)\b(?! (?:it |them |that )?up\b)(?! (?:it's|it is|it was|they're|there's|there is|we|i|he|she)\b)(?! (?:stuff|things|something|anything|everything|of|at|after|then|who|whom|on|in|for (?!(?:each|every|the next|a|an|all)\b))\b) (?:[\w'-]+ ){0,3}?[\w'-]+`,
);
/** An output verb whose subject is a person ("help them decide where", "has to decide who", "who write in"), or a noun ("giving history"). */
const NOT_PERSON_DOING = String.raw`(?<!(?:\b(?:to|must|should|can|could|will|would|may|might|them|him|her|us|you|they|we|i|nobody|somebody|someone|person|anyone|everyone|whoever|people|who|kids|the|a|an|their|his|its|our|my|never|not|don't|doesn't|didn't|won't|can't|cannot|help|helps|helped|helping|let|lets)|'s|\b${PEOPLE}|\b(?!${MACHINE_AGENT}|${NOT_AGENT}\b)[a-z]+(?:er|or|ist|ian)s?) )`;
const OUTPUT = [
  ALERTS_PEOPLE,
  // The model making, giving or showing something to someone: "it writes the listing", "it gives control an expected
  // wait", "it tells the site manager, for the next three mornings, the chance", "it is showing each group one map".
  new RegExp(
    String.raw`\b(?:it|model|tool|system|assistant|algorithm|app) (?:then |also |just |automatically |now |is |are )?(?!draws? (?:on|from)\b)(?:(?:write|draft|compose|create|make|produce|generate|build|print|draw|mark|colour|highlight|circle|file|route|assign|tag|label|send|text|email|post|show|display|list|return|give|hand|suggest|propose|recommend|tell|grade|calculate|compute)(?:s|es)?|writing|drafting|creating|making|producing|generating|showing|sending|giving|suggesting|telling|calculating|computing|puts together|fills in) (?:to )?(?:(?:them|us|you|him|her|the|each|every|our|a|an) )?(?:[\w'-]+ ){0,3}?(?:a|an|the|each|every|one|two|three|four|five|ten|\d+|its|their|his|her|which|what|how|whether|where|when|who)\b(?! (?:mistake|mistakes|error|errors|difference|lot|sense|headache)\b)`,
  ),
  // A case given its mark, or a verdict either way: "each car gets green, amber or red", "the manager gets a recommended rate", "it's either delivered or moved to junk".
  new RegExp(String.raw`\b(?:gets?|got|receives?|is given|are given) (?:a |an |the |its |their )?(?:[\w-]+ ){0,2}?(?:${OUTPUT_OBJECT}|recommended|suggested|predicted|estimated|expected)\b|\b(?:it's|it is|they're|they are|is|are|gets?) either (?:[\w-]+ ){1,3}or\b`),
  // The model deciding, each case or each thing ("the model decides for each egg: cracked or fine").
  /\b(?:it|model|tool|system|algorithm|which|that) (?:then |also |just |automatically )?decides? (?:for |on |about )?(?:each|every|whether|which|if|who|what|how|when|where|the|a|an)\b/,
  STRONG_OUTPUT, /\b(?:works? out|figures? out|pulls? out|fills? in)\b/, /\bshows? (?:them |the user |users |customers )?(?:the top|the best|\d+|three|five|ten)\b/,
  // What someone receives ("they get a list", "a repair crew gets a text", "gives them a likely week").
  new RegExp(String.raw`\b(?:${PEOPLE}|they|he|she|you) (?:then |now |also |each \w+ |every \w+ )?(?:gets?|got|receives?|received|sees?|saw|(?:is|are) (?:getting|receiving|seeing)|(?:are|is) (?:given|sent|shown)) (?:(?:a|an|the|\d+|one|two|three|four|five|ten|twenty|fifty|its|their)\b|(?:[\w-]+ ){0,2}${OUTPUT_OBJECT}\b)`),
  new RegExp(String.raw`\b(?:gives?|giving|hands?|sends?|shows?|texts?|emails?|messages?|mails?|posts?) (?!(?:the |our )?(?:model|system|tool|algorithm)\b)(?:to )?(?:them|him|her|us|you|(?:the|each|every|our) [\w-]+(?: [\w-]+){0,3}?) (?:a|an|the|their|its|his|her|each|every|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d+|(?:[\w-]+ ){0,2}(?:time|${OUTPUT_OBJECT}))\b`),
  // Sorting into named groups (\"it put the referral in urgent, routine or probably harmless\").
  /\b(?:puts?|sorts?|splits?|divides?|places?) (?:the |each |every |a |an )?[\w-]+ (?:in|into) (?:[\w-]+ ){0,2}[\w-]+ or\b/,
  // What comes from the model ("that window comes from the model").
  /\b(?:comes?|came) (?:straight )?(?:out )?(?:of|from) (?:the |our |this )?(?:model|system|tool|algorithm)\b/,
  // "out comes a percentage", "yes or no for each booking", an outline drawn, words typed out or underlined.
  /\b(?:goes|go|went|is put|are put|gets put|shows? up|appears?) on (?:a|the) (?:map|list|board|dashboard|screen|sheet|rota|chart) as\b|\bout (?:comes?|came|pops?|popped)\b|\b(?:comes?|came|pops?|popped) out (?:a|an|the|one|two|three|\d+)\b|\byes (?:or|and) no\b|\byes\/no\b|\b(?:types?|writes?|spells?) out\b|\b(?:underlined|highlighted|circled|outlined)\b/,
  // A mark put on things: "draws a red box round anything new", "puts a star next to a handful of names".
  /\b(?:draws?|drew|puts?|places?|adds?|sticks?) (?:a |an |the |each |every )?(?:[\w-]+ ){0,2}(?:outline|box|circle|line|ring|border|pin|star|tick|cross|mark|dot|flag|label|sticker|tag|asterisk)s? (?:around|round|on|over|next to|beside|by|against|under)\b/,
  /\b(?:it|tool|model|system|app|screen|this|display|dashboard|tablet|handheld|map|sheet|page)(?: (?!(?:but|so|then|because|while|who|which|that)\b)[\w'-]+){0,3}? (?:then |also )?(?:shows?|displays?|lists?|brings? up|pulls? up) (?:them |you |the user )?(?:which|how|whether|what|where|when|who|the|a|an|each|every|all|\d+|one|two|three|four|five|ten|twenty)\b/,
  new RegExp(String.raw`${NOT_PERSON_DOING}\b${OUTPUT_VERB}\b(?: [\w'-]+,?){0,8}? ${OUTPUT_OBJECT}\b`),
  new RegExp(String.raw`${NOT_PERSON_DOING}\b${OUTPUT_VERB_NEAR}\b(?: (?!(?:and|or|but|so|because|then|while|when|if|its|it's)\b)[\w'-]+){0,8}? ${OUTPUT_OBJECT}\b`),
  // A verdict named ("says go, maybe, or cancel", "says okay or not okay"), or a step or flag added to what it checks.
  /\bsays? (?:either )?(?:[\w-]+ ){1,5}?(?:or|maybe) (?:not )?[\w-]+\b|\b(?:maps?|mapping|turns?|turning|converts?|converting|translates?) (?:[\w'-]+ ){1,6}?(?:into|to) (?:a |an )?(?:[\w-]+ )?(?:${OUTPUT_OBJECT}|anomaly|percentage|grade|level|band|class)\b|\badds? (?:a|an) (?:[\w\"'“”-]+ ){0,3}(?:step|flag|warning|message|note|check|banner|label|prompt)\b/,
  // A mark received ("each name gets a little coloured dot").
  /\b(?:gets?|got|given|has|have) (?:a |an )(?:[\w-]+ ){0,2}(?:dot|star|tick|cross|flag|sticker|tag|colou?r)\b/, new RegExp(String.raw`\b(?:shows?|showing) (?:them|people|customers|users|you|us)\b`), /\b(?:the )?(?:outputs?|results?|outcomes?) (?:is|are|was|were)\b|\bwhat comes (?:out|back)\b|\bcomes? (?:back|out) with\b|\bspits? out\b|\bgives? (?:\w+ )?back\b|\b(?:gets?|got|receives?|received) back\b|\bwhat (?:you|they|we|people) (?:get|see) is\b|\b(?:turns?|goes|lights? up) (?:red|green|amber|orange|yellow)\b|\bpops? up\b/];

const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|half|a third|a quarter)`;
/** Not the candidate's hedge ("I don't know") nor a person's reach. */
const MODEL_CANNOT = String.raw`(?<!\b(?:i|you|we) )\b(?:doesn't|does not|don't|do not|can't|cannot|won't|isn't able to)(?: really| always| fully| properly)? (?:know|see|handle|cope|capture|account for|understand|pick up|factor in|allow for|deal with|notice|tell)\b`;
const TRADEOFF = [
  /\b(?:out|off|wrong) by\b|\bfalls? (?:down|short)\b|\bnot perfect\b|\btrade ?-?offs?\b|\bthe (?:catch|downside|cost|price|problem|risk|limit|limitation|drawback|flip side)\b(?: is| was|,)|\bat the (?:cost|expense|price) of\b|\bcosts? us\b|\bbut (?:it|this|that) (?:means|costs?)\b/,
  /\b(?:sometimes|occasionally|not always|rarely|though it|although it|underestimat\w*|overestimat\w*|misses|miss|missed|(?<!\bwhat's |\bwhat is |\banything |\bsomething )missing|misclassif\w*|gets? confused|confus\w*|struggles?|mistakes?|errors?|false (?:alarms?|positives?|negatives?)|not reliable|less reliable|unreliable|off by|wrong|fails?|failing)\b/,
  /\b(?:is not|isn't|does not|doesn't|not) (?:catch|catching|replace|work|right|always)\b/,
  /\b(?:stricter|more strict|looser|balanc\w*|lose money)\b|\b(?:raise|raised|lower|lowered|higher|lower) (?:the )?(?:threshold|cut-?off)\b|\btoo (?:much|little|many|few|high|low|generous|strict|slow|late|early)\b/,
  // What it cannot take in: "it doesn't really capture that", "it knows nothing about the weather", "it only knows the usual pattern".
  new RegExp(String.raw`${MODEL_CANNOT}|\bknows? nothing (?:about|of)\b|\bonly knows\b`),
  // How often it is wrong, in any number: "one order in fifty", "two times out of ten".
  new RegExp(String.raw`\b${NUMBER}(?: \w+)? (?:times )?(?:in|out of) (?:${NUM}|hundred)(?![\p{L}\p{N}])`, 'u'),
  // A score alone ("about 94 percent accurate", in digits or words) names no limit: like "pretty accurate", it is none.
  // A weak spot named, a choice between two goods, or a cost accepted, in ordinary words.
  /\bweak(?:ness|nesses| spots?| points?)\b|\bblind spots?\b|\bshortcomings?\b|\bcaveats?\b|\bdownsides?\b|\bdrawbacks?\b|\blimitations?\b/,
  /\b(?:it|the model|the tool|the system)(?: often| sometimes| still| usually)? (?:can't|cannot|can not|won't|isn't able to|is not able to|is unable to)\b/,
  /\b(?:prefer|prefers|preferred|favou?rs?|favou?r) (?:[\w-]+ ){1,4}(?:over|to|more than|rather than|before)\b|\b(?:worse|better|cheaper|costlier|more expensive) than\b|\bwould rather\b/,
  // A comparison of two costs however it is formed ("much more bad than", "less harmful than").
  /\b(?:much |far |a lot )?(?:more|less) (?:bad|good|harmful|costly|dangerous|serious|important|expensive|risky|painful|annoying|safe|cheap) than\b/,
  /\bmoney on the table\b|\bworth (?:paying|it)\b|\bprice (?:worth|we pay)\b|\b(?:we|they|you|shops?|stores?|it) (?:\w+ )?runs? out\b|\bruns? out (?:by|before|early|too|sooner)\b|\bshort of\b|\bbadly\b|\bmakes? (?:things )?up\b/,
  // Off from the truth: over- or under-shooting, "calmer than reality", "more are ripe than really are", "always running behind", "off quite a lot".
  /\b(?:over|under)-?(?:shoot|predict|estimat|react|promis|book|order|flag|forecast|sell|state|count|call|pric|charg|stock|staff)\w*|\bthan (?:it |they |there |what )?(?:really|actually|in reality) (?:is|are|was|were|does|do|did|happens?|needs?)\b|\bthan (?:in )?reality\b|\brunning behind\b|\b(?:lags?|lagging) behind\b|\b(?:it's|it is|it was|is|are|was|were|gets?|got|comes? out|came out) (?:(?!\w+ed\b)\w+ )?off\b(?! (?:the|a|to|duty|work|and)\b)/,
  // A weak spot said in a superlative or as no use: "weakest when", "weaker around Christmas", "not much use for new members", "a coin toss".
  /\b(?:weakest|worst|least (?:accurate|reliable|useful)|less useful|weaker|worse|poorer|less accurate|less reliable) (?:on|for|with|at|around|when|in|during|if|about|where|after|before)\b|\b(?:not|isn't|is not|of) (?:much|any|very much|a lot of) use\b|\bno use\b|\bcoin (?:toss|flip)\b|\bguesswork\b|\b(?:more or less|just|only|basically) guessing\b/,
  // Its mistakes land on the innocent ("it does hold some honest customers"), or a call that life then contradicts ("if it ticks someone who then stays").
  /\b(?:holds?|held|flags?|flagged|blocks?|blocked|rejects?|rejected|stops?|stopped|turns? away|annoys?|bothers?|accus\w+|charges?|fines?|penali[sz]es?)\b (?:[\w-]+ ){0,3}(?:honest|innocent|genuine|legitimate|perfectly (?:good|fine)|healthy)\b|\bif (?:it|the model|the tool|the system)\b[^.]{0,60}\b(?:who|that|which) (?:then|actually|really|later|in fact|turns? out|turned out)\b/,
  // A weak spot said plainly: not perfect, harsher on some people, poor on some cases, leaning one way, crying wolf.
  /\b(?:isn't|is not|wasn't|was not|not) (?:perfect|flawless|foolproof)\b|\b(?:harsher|harder|stricter|tougher|softer|kinder|worse|poorer|weaker|less accurate|less reliable) (?:on|for|with|at)\b|\bthe (?:tricky|hard|difficult|awkward|weak|bad) (?:part|bit|thing)\b|\bthe thing to (?:know|watch|bear in mind|remember)\b/,
  /\b(?:poor|bad|weak|useless|hopeless|no good|not good|not great) (?:on|at|in|with)\b|\b(?:has|have|had) no (?:idea|clue|way of knowing)\b|\b(?:invisible|blind) to\b|\b(?:leans?|leaning|tilts?|skew(?:s|ed)?|biased) (?:towards?|against)\b|\b(?:get|gets|got|are|is) left out\b|\bcr(?:y|ies|ied) wolf\b|\bjumpy\b|\bmore (?:often )?than (?:it )?(?:needs? to|necessary|needed)\b/,
  // A choice between two goods ("tighter means fewer defaults, but we'd turn away good bakeries"; "we chose to take more risk").
  /\btension\b|\bdraw (?:the )?lines?\b|\b(?:tighter|looser|stricter|more (?:tight|strict|loose|careful|cautious))(?: \w+)? means\b|\bturns? away\b|\bturned away\b|\btake (?:on )?(?:a |a bit |a little |little bit )?more risk\b|\b(?:over|under)-(?!the\b)[a-z]+/,
  /\b(?:guesses|guess|predicts|aims|errs|estimates) (?:too )?(?:low|high|short|long)\b|\bonly (?:a |an )?(?:hint|guide|suggestion|starting point)\b|\b(?:can|could|may|might) be (?:\w+ )?off\b/,
  // Limits said in other everyday ways: where it falls over or is fooled, too little history, a guess and not a promise,
  // what it assumes, where only it works, a person still checking or overriding, cases that slip through, a compromise.
  /\bfalls? over\b|\b(?:gets? |be |is )?(?:fooled|tricked|tripped up)\b|\bmix(?:es)? up\b|\bonly as good as\b|\b(?:no|not enough|too little|hardly any|very little|little) (?:history|data|examples?|past|track record)\b(?! (?:science|scientists?|engineers?|team|warehouse|pipeline)\b)|\b(?:hasn't|has not|has never|never|rarely) (?:\w+ )?seen\b/,
  /\bnot (?:a )?(?:guarantee|promise)\b|\bno guarantee\b|\b(?:only|just) (?:an? )?(?:estimate|guess|rough guess|ballpark)\b|\brough (?:guess|estimate)\b|\bassum(?:es|ing) (?:that )?\w+|\bonly works?\b|\bworks? (?:only|best) (?:for|when|if|on|with)\b|\b(?:still|always) (?:\w+ )?(?:check|checks|checked|walk|walks|confirm|confirms|double-check\w*|review|reviews|listens?|looks? at|reads?|decides?|has the final say)\b|\boverrid(?:e|es|ing|den)\b/,
  /\bslip(?:s|ped)? through\b|\bthrough the (?:cracks|net)\b|\bmiss(?:es)? out\b|\bcompromise\b|\b(?:a|the) (?:real )?choice (?:between|in it|is|was)\b|\bout of date\b|\bgo(?:es)? stale\b|\bbias(?:ed)?\b|\bnot (?:a )?100 ?(?:%|percent|per cent)\b|\b(?:slow|expensive|costly) to (?:run|train|update|retrain|compute)\b/,
  // How far off, in a unit ("it can be ten minutes under"), short of what was hoped, a lean one way ("tends to overfeed",
  // "errs on the side of gritting"), weak around some times, false alarms, and what throws it off.
  /\b(?:can be|is|was|were|are|runs?|comes? (?:in|out)|ends? up) (?:[\w-]+ ){0,2}(?:minutes?|hours?|days?|weeks?|percent|per cent|%|kilos?|points?) (?:under|over|out|off|short|early|late|too (?:high|low))\b|\b(?:lower|worse|weaker|poorer|less|slower) than (?:we |i |they |anyone )?(?:hoped|expected|wanted|liked|needed|would like)\b|\btends? to (?:over|under)-?[a-z]+|\btends? to (?:be )?(?:too|a bit|slightly|run) \w+|\berr(?:s|ed|ing)? on the side of\b|\bless good\b|\bnot as (?:good|accurate|reliable)\b|\b(?:poor|bad|weak|worse|weaker|shaky|patchy|unreliable) (?:around|during|near|when|for|after|before)\b|\bfalse (?:flags?|alerts?|alarms?|hits?|matches?|calls?|warnings?)\b|\bwastes? (?:\w+ )?(?:time|money|effort|trips?|visits?)\b|\bthrows? (?:it|them|the (?:[\w-]+ ){0,2}\w+) (?:off|out)\b|\bthe (?:cost|price|downside|catch|risk) of (?:that|this|it|doing that|being wrong|a mistake|a wrong \w+) (?:is|was|are)\b|\bfeel (?:lied to|cheated|misled|let down)\b|\btwitchy\b|^(?:catch|downside|problem|risk|weakness|limit|drawback) (?:is|was)\b|\bthe cost (?:we|they|you) (?:accept|pay|live with|take)\b|\bloses? (?:us|them|you|the \w+) (?:the |a |some |their )?\w+|\bwhen it says [^.]{0,60}? and (?:it|they|he|she) (?:doesn't|isn't|wasn't|didn't|don't)\b|\b(?:a bit |slightly |far |way )?too (?:often|soon|rarely|readily|eagerly)\b|\b(?:higher|lower|more|less|earlier|later|stricter|harsher) than (?:the |a |our )?(?:[\w-]+ )?(?:would|do|does|did|should)\b|\b(?:that|which|who) (?:were|was) (?:perfectly |actually |really )?(?:fine|ok|okay|safe|healthy)\b|^(?:[-*+\u2022] ?)?(?:limits?|limitations?|downsides?|trade-?offs?|weak(?:ness|nesses| spots?)|caveats?|costs? of (?:a )?(?:mistakes?|errors?)) (?!(?:none|nothing|not)\b)|\bthe (?:risk|danger|worry|concern)(?: \w+){0,4} (?:is|was)\b|\ba starting point\b|\bmix(?:es|ed)? (?:up )?(?:the )?(?:[\w-]+ ){1,2}(?:and|with) (?:the )?[\w-]+|\bfor no (?:real |good |obvious )?reason\b|\b(?:isn't|is not|wasn't|was not|aren't|are not) (?:very |that |so |always )?(?:great|good|brilliant|strong|reliable|accurate|clever|smart) (?:with|at|on|for|when|in|about)\b/,
];

const PEOPLE_MISS = new RegExp(
  String.raw`\b(?:humans?|experts?|we|you|they|who(?:'s| has| have| had|'ve)?|${PEOPLE})(?: (?:might|would|could|may|can|often|usually|maybe|easily|already|never|ever))? miss(?:es|ed)?\b|\b(?:easy|easily|hard|likely|simple) to (?:miss|overlook)\b` +
    // What people missed is what the model reads ("who's missed a deadline", "missed payments").
    String.raw`|\bmissed (?:a |an |the |their |his |her |any |\d+ |two |three )?(?:deadlines?|payments?|appointments?|classes|lectures?|shifts?|doses?|bills?|visits?|sessions?|school|work|meetings?|bookings?|deliveries|collections?|calls?|check-?ins?)\b`,
  'g',
);


export const PART_PATTERNS: Readonly<Record<Part, readonly RegExp[]>> = { purpose: PURPOSE, input: INPUT, output: OUTPUT, tradeoff: TRADEOFF };

/** The sentences as the part patterns read them: lower case, notes of absence and stock phrases left out. */
export function partTexts(answer: Answer, part: Part): string[] {
  const clean = (t: string) => thirdPerson(t.replace(ASKED, ' ').replace(/[,:;]/g, '').replace(/\s+/g, ' ').replace(GENERIC, ' ').replace(/\s+/g, ' '));
  // What people miss ("patterns humans might miss") is no limit of the model.
  if (part === 'tradeoff') return answer.sentences.map((s) => clean(withoutAbsent(lower(s))).replace(PEOPLE_MISS, ' '));
  // A question says no part; in a write-up "she" is the candidate, not someone who uses the model.
  const writeUp = isWriteUp(answer);
  const voiced = (t: string) => (writeUp ? t.replace(/\b(?:he|she)\b/g, 'the candidate') : t);
  const texts = answer.sentences.map((s) => clean(withoutAbsences(voiced(withoutPartLabel(withoutQuestions(lower(s).replace(/["“”]/g, ''))))).replace(VAGUE_BENEFIT, ' ')));
  // Data named only by its amount, owner or age says no information.
  return part === 'input' ? texts.map((t) => t.replace(MODEL_DATA, 'stuff').replace(GENERIC_DATA, 'stuff')) : texts;
}

/** The parts an explanation says in ordinary words, or says in answer to the interviewer's question or a note's label. */
export function partsSaid(answer: Answer): Set<Part> {
  const asked = answeredParts(answer);
  return new Set(PARTS.filter((part) => asked.has(part) || partTexts(answer, part).some((t) => PART_PATTERNS[part].some((p) => p.test(t)))));
}

/** Words after which a bare verb is no slip of agreement. */
const NOT_A_VERB = String.raw`(?:can|could|will|would|should|may|might|must|shall|is|was|were|are|am|be|been|being|has|had|have|did|does|do|not|never|only|also|just|always|often|then|still|really|so|too|very|and|or|but|if|of|in|on|at|to|for|with|by|from|as|a|an|the|this|that|it|its|one|all|each|every|which|who|what|when|where|how)`;
const BARE_VERB = new RegExp(
  String.raw`(^|\b(?:and|so|then|because|when|if|but|where|now|first|also) )(it|(?:the|our|this|their|my|a) (?:[\w-]+ )?(?:model|system|tool)) (?!${NOT_A_VERB}\b)([a-z]{2,}?)(?<![su]|ed)\b(?![-'])`,
  'g',
);

/**
 * "it look the pictures", "our model check it", "it give them": a verb without its third-person -s (a
 * non-native slip) is read as the verb it is, so the same content is found in either phrasing.
 */
function thirdPerson(text: string): string {
  return text.replace(BARE_VERB, '$1$2 $3s');
}
