// A limit, the cost of a mistake or a choice between two goods (the
// trade-off part of a plain explanation), in ordinary words; and what people
// miss, which is no limit of the model.
import { NUM } from './numbers.js';
import { PEOPLE } from './plain-words.js';

const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|half|a third|a quarter)`;
/** Not the candidate's hedge ("I don't know") nor a person's reach. */
const MODEL_CANNOT = String.raw`(?<!\b(?:i|you|we) )\b(?:doesn't|does not|don't|do not|can't|cannot|won't|isn't able to)(?: really| always| fully| properly)? (?:know|see|handle|cope|capture|account for|understand|pick up|factor in|allow for|deal with|notice|tell)\b`;
export const TRADEOFF = [
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

export const PEOPLE_MISS = new RegExp(
  String.raw`\b(?:humans?|experts?|we|you|they|who(?:'s| has| have| had|'ve)?|${PEOPLE})(?: (?:might|would|could|may|can|often|usually|maybe|easily|already|never|ever))? miss(?:es|ed)?\b|\b(?:easy|easily|hard|likely|simple) to (?:miss|overlook)\b` +
    // What people missed is what the model reads ("who's missed a deadline", "missed payments").
    String.raw`|\bmissed (?:a |an |the |their |his |her |any |\d+ |two |three )?(?:deadlines?|payments?|appointments?|classes|lectures?|shifts?|doses?|bills?|visits?|sessions?|school|work|meetings?|bookings?|deliveries|collections?|calls?|check-?ins?)\b`,
  'g',
);


