// Failure discussed (the guide's red flag "avoids discussing failure"):
// something went wrong, the candidate's own part in it, and what they do
// differently since. Patterns read meaning, not grammar: "I not checked",
// "was my mistake" and "I didn't checked" own a failure as well as
// "I didn't check".
import type { Sentence } from '../sentences.js';
import type { Finding } from '../types.js';
import { finding, lower, matching, opening, type Answer } from './common.js';

const WENT_WRONG =
  /\b(?:fail(?:ed|ure|s|ing)?|went (?:badly|wrong)|go(?:es)? wrong|got (?:it )?wrong|mistakes?|my fault|broke|broken|crash(?:ed|ing|es)?|bugs?|outage|incident|deleted|lost|missed|late|wrong|overestimat\w*|underestimat\w*|unhappy|cancel+ed|no difference|(?:didn't|did not) (?:really )?(?:work|go)|issues|problems|bad|poor|garbage|replaced|worse|disappointing|unusable|rejected|complained|empty|nobody used|no one used|never used|never (?:really |actually )?(?:got|was|were) (?:used|adopted|launched|picked up)|(?:kind of |sort of |quietly |just )?(?:died|fizzled(?: out)?)|switched (?:it )?off|shut (?:it )?down|abandoned|scrapped|rolled back|wasted|backfired|over budget|behind schedule|(?:wasn't|weren't|was not|were not) (?:documented|tested|checked|ready|used)|took a long time|leak\w*|skipped|forgot|threw away|throw away|misclassif\w*|not ready|off by|garbled|nonsense|useless|fell over|slipped|burn(?:ed|t)? out|quit|blind spots?|flop(?:ped|s)?|mixed up|mix-?up|double-?counted|miscount\w*|wrongly|by mistake|angry|furious|livid|fuming|upset)\b|\b(?:way|far|badly|wildly|massively|hugely) (?:under|over|off)\b/;
/**
 * A result out of all proportion ("came out 3.8 times too high", "a thousand times too big"), or an outcome said as
 * "not a fun Monday": something went wrong, in whatever words.
 */
const WENT_WRONG_SAID = /\b(?:over|under)-?(?:booked|ordered|stocked|estimated|predicted|flagged|charged|fed|filled|staffed|sold|shot|priced|quoted|counted)\b|\b(?:was|were|got|came out|ended up|went) (?:\w+ )?too (?!much\b)\w+|(?<!\b(?:we|i|they) )\b(?:got|slipped|went) (?:straight )?through\b(?! (?:it|this|that|them|everything|all of it)\b)|\b(?:poured|thrown|written|wiped) (?:away|off|out)\b|\bsat (?:there )?for (?:\w+ )?(?:hours|days|weeks|months)\b|\b(?:nobody|no one|no-one) (?:noticed|caught|spotted)\b|\b(?:muted|ignored|stopped (?:using|trusting|reading|opening)) (?:it|them|the \w+)\b|\bshowed (?:green|red|amber|normal|fine|safe)\b|\bsent (?:[\w-]+ ){1,3}to (?:the )?wrong\b|\bdidn't stand a chance\b|\b(?:came|comes|come|ended up|fell|was|were|ran) (?:out |up )?(?:[\d.]+ ?(?:%|percent|per cent) |about [\w%-]+ |a (?:bit|lot|third|quarter|fifth|tenth) |way |far )?short\b|\bdropped (?:[\w-]+ ){0,4}(?:rows|records|orders|customers|lines|entries|files|events|payments)\b|\b(?:corrupt\w*|duplicat\w*|truncat\w*|overwr(?:ote|itten|ite)|silently)\b|\b(?:was|were|went|came|ended up) (?:actually |really |still )?down\b|\bturned out\b|\b(?:didn't|did not|never|failed to) (?:catch|notice|spot|flag|caught|noticed|spotted|flagged) (?:it|this|that|them|the)\b|\b\d+(?:[.,]\d+)? ?(?:%|[a-z]+ )?instead of (?:the )?(?:usual |normal |expected |planned )?(?:about |around )?\d|\b(?:came out|was|were|ended up|got) (?:about |nearly |almost |roughly )?(?:double|twice|triple|half) (?!as\b)|\bcounted (?:[\w-]+ ){0,3}twice\b|\b(?:twice|double|triple|(?:three|four|five|ten|a hundred|\d+) times) (?:the|as much|as many|what)\b|\b(?:times |far |way |much )?too (?:high|low|big|small|large|many|few|much|little|early|late|cheap|expensive|long|short|slow)\b|\b(?:was|were|is) not (?:a )?(?:fun|good|great|pretty|nice|happy)\b|\b(?:wasn't|weren't|isn't) (?:a )?(?:fun|good|great|pretty|nice|happy)\b|\bwho were (?:just |perfectly |completely |totally )?(?:fine|good|innocent|honest|legitimate)\b/;
/**
 * A failure told as an event, with no word of failure in it: a model's or an app's wrong output to many or for a
 * while ("scored every café as high risk for two weeks", "sent callers to the general queue for a fortnight"); a
 * measure that fell ("sales of the bundles actually dropped"); goods or people held, stranded, kept waiting or sent
 * where nothing was ("exports held at the port", "stops that didn't exist any more", "trams that weren't coming");
 * stock run out; records that did not match; stale data used ("an old file"); a thing that went unnoticed, stopped
 * updating, vanished or never got used; someone catching it, or work redone because of it ("had to retag them by
 * hand"); a change made without telling anyone; the local paper.
 */
const WENT_WRONG_EVENT = new RegExp(
  [
    /(?:\b(?:scor|flagg|mark|rat|class|classifi|labell?|tagg|treat|rout|show|list|pric)(?:ed|ing)|\b(?:sent|sending|showed|shown|told|gave|giving))\b(?: \S+){1,8}? (?:as|to|into) (?:\S+ ){0,6}?for (?:a|an|one|two|three|four|five|six|\d+|the (?:whole|first|last|next)|nearly|almost|about|over) (?:[\w-]+ )?(?:days?|weeks?|months?|season|weekend|quarter|year|fortnight|morning|afternoon|night)\b/,
    /\b(?:scored|flagged|marked|rated|class(?:ed|ified)|labell?ed|tagged|treated|sent|routed|priced)\b (?:every|all(?: the| of the| our)?|each|many|most|half(?: the| of the)?) (?:\S+ ){0,7}?(?:as|into)\b/,
    /\b(?:sales|sign-?ups|traffic|revenue|bookings|conversions?|uptake|usage|accuracy|recall|precision|clicks|orders|attendance|footfall|margins?|income|engagement|retention|[\w-]+ per (?:hour|day|week|shift))\b(?: [\w'-]+){0,4}? (?:actually |then |quickly |sharply |just )?(?:dropped|fell|plunged|sank|slumped|dipped|went down|(?:were|was|stayed|went) flat|flatlined)\b/,
    /\b(?:ran|run|running|sold) out\b|\bout of stock\b|\bstock-?outs?\b/,
    /\b(?:held|stuck|stranded|impounded|detained|quarantined) (?:up |back )?(?:at|in) (?:the )?(?:port|border|customs|docks?|gates?|warehouse|depot|airport|harbou?r|yard|quay)\b|\b(?:were|was|got|been|left) (?:held up|stranded|turned away|left waiting)\b/,
    /\bwaiting (?:like |for |about |around |nearly |over |up to )*(?:an? |\w+ )?(?:hours?|days|weeks)\b|\b(?:weren't|were not|wasn't|was not|never) (?:coming|arriving|turning up|showing up)\b|\b(?:never|didn't|did not) (?:came|arrived|arrive|come|turn(?:ed)? up|show(?:ed)? up)\b/,
    /\b(?:didn't|did not|don't|do not|doesn't|does not|never) (?:match|add up|tally|line up|reconcile)\b|\b(?:(?:didn't|did not|doesn't|does not|don't|do not|not) exist(?:s|ing)? any ?more|no longer exist(?:ed|s)?)\b/,
    /\b(?:an?|the|our|their) (?:old|stale|outdated|out-of-date|out of date|expired) (?:file|timetable|map|list|data|dataset|feed|export|copy|snapshot|extract|prices?|price list|schedule|rota|codes?|dates?|addresses)\b/,
    // The same said of it after the noun ("the data we bought was outdated", "the file was two years out of date").
    /\b(?:file|timetable|map|list|data|dataset|feed|export|copy|snapshot|extract|prices|price list|schedule|rota|codes|dates|addresses)\b(?: [\w'-]+){0,6}? (?:was|were|had been|turned out(?: to be)?) (?:already |badly |hopelessly |(?:\w+ ){1,2}(?=out of date))?(?:stale|outdated|out-of-date|out of date|expired|obsolete)\b/,
    /\b(?:went|gone|go|stayed|was|were|passed|slipped) (?:\w+ )?(?:unnoticed|undetected|unreported|unflagged)\b|\b(?:vanished|disappeared|went missing|was missing|were missing)\b/,
    /\bnever (?:made it|got|came|went) (?:in|into|inside|onto|on to|through|across)\b|\b(?:was|were|got) caught\b/,
    /\bstopped (?:updating|alerting|working|running|sending|loading|refreshing|arriving|flagging|firing|using|looking|reading|trusting|opening|checking)\b/,
    /\bnever (?:really |actually )?(?:get|gets|got|was|were|been|be|being) (?:used|adopted|launched|picked up|looked at|opened|read)\b|\b(?:was|were|got) (?:quietly |eventually )?(?:shelved|binned|mothballed)\b|\b(?:didn't|did not|never|failed to) (?:really |quite |even )?(?:take off|catch on|beat|deliver)\b/,
    /\b(?:caught|spotted) (?:it|this|that|them)\b|\b(?:found|noticed) (?:it|this|that|them) (?:\w+ ){0,3}(?:later|afterwards|after)\b/,
    /\bhad to (?:re-\w+|re(?:tag|label|check|do|work|build|run|process|issue|send|book|schedule|classify|score|review|submit|print|pack|ship|code|import|load|enter|type|fund|imburse)\w*|refund|recall|apologi[sz]e|compensate|withdraw|scrap|write off|pay (?:back|out)|phone|ring round|warn)\b/,
    /\bwithout (?:telling|warning|notifying|informing|asking) (?:anyone|anybody|us|them|me|the \w+)\b|\bwithout (?:any )?(?:notice|warning)\b/,
    /\b(?:made|hit|ended up in|got into) the (?:local |national |evening )?(?:paper|papers|news|press|headlines)\b|\b(?:was|were|got|it's) (?:a bit |quite |really |pretty |very )?(?:messy|a mess|chaos|chaotic)\b/,
    /\b(?:learned|learnt|picked up on|keyed on|latched on to) (?:[\w'-]+ ){1,5}instead of\b|\blooked (?:[\w%.-]+ ){0,3}(?:good|great|fine|accurate|perfect|right|ok|okay|brilliant) (?:until|till)\b/,
    // A slip of tense or form says it as well ("it didn't worked", "never really get used", "we losed fifteen").
    /\b(?:didn't|did not|doesn't|does not) (?:really )?work(?:ed|s)\b|\blosed\b/,
  ]
    .map((p) => p.source)
    .join('|'),
);
/** Trouble named only in general words ("didn't go as planned", "various issues") names no failure. */
const VAGUE_TROUBLE = /\b(?:didn't|did not) (?:really |quite |entirely |exactly )?go (?:(?:entirely |quite |exactly |really )?(?:as|according to|to) plan(?:ned)?|the way (?:we|i|they|anyone|everyone) (?:had )?(?:planned|hoped|wanted|expected|intended))\b|\b(?:various|some|a few|several|many|the usual|different) (?:issues|problems|challenges|setbacks|difficulties)\b/g;
/** An interviewer's note that no failure came ("no failure given", "never named a real failure"): none, whatever else was said. */
const NONE_NOTED = /^(?:[-*+•]\s*)?(?:but |so )?no (?:real |actual |concrete |genuine |specific )?(?:failure|mistake)s? (?:was |were )?(?:given|named|offered|described|said|mentioned)\b|\b(?:never|didn't|did not|couldn't|could not) (?:actually |really )?(?:name|give|offer|describe) (?:a|any|one) (?:real |actual |concrete |genuine )?(?:failure|mistake)\b/;
/**
 * A strength offered as the failure (care, standards, effort, ownership, a model too good): a disguised strength names
 * no failure, whatever the candidate owns in telling it ("I spent six extra weeks", "I said yes to three projects").
 */
const STRENGTHS = [
  /\bperfectionist\b|\bwork too (?:hard|much)\b|\bcar(?:e|ing) (?:a bit |a little |way |far )?too much\b|\bmy (?:biggest |main |only |real )?(?:weakness|problem is that i'm too)\b|\b(?:take|took|taking|takes) on too much\b|\bwant to help everyone\b/,
  // Standards, polish and thoroughness offered as the failure ("I hold my work to a really high standard").
  /\b(?:hold|holds|held|holding) (?:myself|me|my [\w-]+) to (?:a )?(?:\w+ )?high standards?\b|\b(?:my|too) high standards\b|\btoo high (?:a )?standards?\b|\b(?:spend|spent|spending) too (?:long|much time) (?:polishing|perfecting|checking|refining)\b|\b(?:too|overly) (?:detail[- ]oriented|thorough|demanding|dedicated|committed|honest)\b|\btake too much ownership\b/,
  // A model or a piece of work too good ("it worked too well", "the forecast being too good").
  /\b(?:worked|works|did|performed|went|was|being|were|been) (?:far |way |almost |just |maybe )?too (?:well|good|accurate|successful)\b/,
];
const DEFLECTS = [
  /\b(?:can't|cannot|can not|couldn't|don't|do not) (?:really )?(?:think of|think about|remember|recall)\b/,
  /\b(?:never|didn't|did not|don't|do not|haven't|have not) (?:really )?(?:have|had|see|seen|call|experienced)(?: any| a)? (?:real |big |major )?failures?\b/,
  /\b(?:don't|do not) think (?:i've|i have|i ever|i) (?:really |ever )?(?:had|failed)\b/,
  /\b(?:have |has |had )?gone (?:pretty |quite |very |really |fairly )?(?:smoothly|well)\b|\b(?:it was|was|as) a (?:big |real |great )?success\b|\blike everyone\b|\b(?:everyone|we all) makes? mistakes\b|\blearning opportunit\w*|\bi(?:'m| am) (?:too|overly) [\w-]+|\bno mistakes\b/,
  ...STRENGTHS,
  // The story closed by saying it was none ("So not really a failure, more that I pushed through", "so it is not really
  // a failure, no"); not a failure of one thing said to be another's ("not a failure of the model but of my checks").
  /(?:\bnot|n't) (?:really |exactly |quite |actually |truly |so much |as such )?(?:a |an )?(?:real |actual |proper |true |big |genuine )?failure\b(?! (?:of|in|on|by|from|for)\b)(?!,? but (?:the|my|our|its|their|his|her)\b)/,
  // "Nothing's failed that I can think of", "not that I can remember".
  /\b(?:nothing|none|not one|not that)\b[^.]{0,40}\b(?:i|we) can (?:think of|remember|recall)\b|\bnothing(?:'s| has)? (?:really |ever )?(?:failed|gone wrong|went wrong|broken|broke)\b/,
  // "Nothing I've built has really failed", "I haven't really had one yet".
  /\bnothing (?:[\w']+ ){1,3}(?:has |have |had |was |were |is )?(?:really |ever |actually )?(?:failed|failing|gone wrong|went wrong|going wrong|broken|broke)\b|\b(?:haven't|have not|never|didn't|did not) (?:really |actually )?(?:had|have) one\b(?= yet| so far| really|\W*$| at\b| in\b| like\b| that\b)/,
  /\bnothing (?:what |that )?i(?:'d| would) call (?:a )?failure\b|\b(?:don't|do not|never|wouldn't|would not|try not to) (?:really |actually )?(?:see|call|count|view|think of|class|consider) (?:things|anything|it|that|them|mistakes|setbacks|those|any of (?:it|them|that)) (?:as )?(?:a )?failures?\b|\b(?:have|has|had) (?:all )?been (?:a )?(?:big |real |great )?success(?:es|ful)?\b|\bnot (?:really )?(?:see|call) (?:anything|it) (?:as )?(?:a )?failure\b|\bdidn't really have failures\b/,
];

const OWNS = [
  /\b(?:my|mine)\b(?: \w+){0,2} (?:mistake|fault|call|decision|error|part|responsibility|doing|choice|idea)\b|\b(?:mistake|fault|error|decision) (?:was|is) mine\b/,
  /\b(?:on me|i own(?:ed)? (?:up|it))\b/,
  /\b(?:it's|it is|it was|that's|that was|that one's) (?:all |entirely |completely )?mine\b|\bi was (?:the )?(?:lead|responsible|in charge|owner)\b|\bi (?:take|took|have taken|had taken)(?: full| the)? (?:blame|responsibility)\b/,
  // What went wrong called theirs ("that was my config", "it was my code", "that was entirely me"), not the setting of the story ("it was my first job").
  /\b(?:it|that|this|which)(?:'s| is| was| were)(?: all| entirely| completely| totally| really)? (?:my|me|on me)\b(?! (?:first|last|second|third|old|previous|new|current|former|job|role|team|company|internship|manager|boss|lead|colleague|client|customer|friend|project|week|day|year|month)s?\b)/,
  // The thing that went wrong called theirs ("that scheme was mine", "the cause was mine"), or a gap they left.
  /\b(?:the|that|this) (?:[\w-]+ ){1,2}(?:was|is|were) (?:all |entirely |completely |really )?mine\b|\b(?:a|the|that) (?:gap|hole|mistake|bug|error|oversight|slip) (?:that )?i (?:left|made|introduced|caused|wrote|missed|let through)\b/,
  // The cause told after the event as an act of theirs before it ("I'd changed the distance feature to kilometres",
  // "he said he had dropped the storm days"), a test or a check too narrow ("I only tested it with my own phrases",
  // "I tested them only on the last quarter"), a step left out ("released it without rerunning"), or a call made
  // too soon ("I called it early").
  /\bi(?:'d| had) (?:\w+ )?(?:changed|set|used|left|removed|dropped|switched|turned|moved|added|renamed|hard-?coded|copied|pointed|trained|deployed|pushed|shipped|released|merged|swapped|taken|took|picked|chosen|joined|filtered|excluded|treated|cut|trimmed|capped|tuned|only)\b/,
  /\bi (?:only (?:tested|checked|validated|trained|tried|looked|ran|used|asked)|(?:tested|checked|validated|trained|tried|ran) (?:[\w'-]+ ){1,4}only)\b|\bi (?:\w+ ){1,6}?without (?:first |ever |properly |even )?(?:re-?)?[a-z]+ing\b|\bi (?:called|stopped|ended|launched|shipped|released|pulled|closed|declared|signed off) (?:it|this|that|them|the [\w-]+) (?:far |way |much )?(?:too )?(?:early|soon|prematurely)\b/,
  /\bi made (?:a|the|one|some|that) (?:\w+ )?(?:call|mistake|error|decision|choice|assumption|judgement|judgment)\b/,
  /\bi(?:'d|'ve)? (?:had |have |was |am )?(?:probably |really |definitely |honestly |clearly |just |simply )?(?:didn't|did not|never|not|hadn't|had not|wasn't|was not|forgot|skipped|skip|missed|chose|choose|decided|decide|insisted|pushed for|picked|pick|assumed|underestimated|overestimated|overlooked|ignored|promised|said yes|should have|shouldn't have|was the one|made a mistake|made the mistake|got it wrong|was wrong|messed up|broke|deleted|delete)\b/,
  // A wrong act the candidate did: without checking, instead of, the wrong one, too low, by mistake.
  /\bi (?:(?!(?:and|but|so|because|when|while|which|who|that|then|after|before|until)\b)[\w'-]+ ){1,8}?(?:without (?:checking|testing|asking|looking|validating|telling)|instead of|the wrong|(?<!\b(?:work(?:ed|ing|s)?|stay(?:ed|ing|s)?) )too (?:low|high|early|late|small|big|tight|loose|aggressive)|by (?:mistake|accident)|wrongly)\b/,
  // A setting or a value they got wrong ("I set the cancellation window wrong").
  /\bi (?:set|put|got|typed|entered|configured|labell?ed|mapped|coded|wrote|read|had|made) (?:[\w'-]+ ){1,4}wrong\b/,
  /\bi (?:\w+ )?(?:mixed up|mixed|confused|misread|miscalculated|mislabell?ed|misconfigured|overwrote|hard-?coded|leaked|swapped)\b/,
  // The agent named in the passive ("left in by me"), or a misjudgement owned ("I thought it wouldn't matter").
  // A later act of theirs in the same breath that let it happen ("I'd seen the spread in the samples and ignored it").
  /\bi\b[^.;]*\band (?:then |just |still |simply )?(?:ignored|overlooked|dismissed|skipped|forgot|never (?:checked|tested|asked|looked)|didn't (?:check|test|ask|look))\b/,
  /\bby me\b|\bi (?:\w+ )?(?:thought|figured|believed|expected|assumed|judged) (?:that )?(?:[\w-]+ ){0,4}?(?:[\w-]+'d|would|wouldn't|didn't|did not|won't|was|were|could|couldn't) \w+/,
];
/**
 * A note's heading for the part asked about ("his own part: none mentioned", "asked his own part: ..."), read in the
 * candidate's voice as "my own part": the interviewer's words, not the candidate's; what follows may own it.
 */
const OWN_HEADING = /^(?:[-*+•]\s*)?(?:i )?(?:(?:when |once )?asked (?:about |for )?)?(?:(?:my|his|her|their|own) )*(?:part|role|share|responsibility|ownership)(?: in (?:it|that|this|the failure))?\s*[:?]/;
/** What follows the heading says no part ("none mentioned", "nothing said", "not really something we could have caught"). */
const NO_PART = /^\W*(?:none|nothing|no|not|n\/a|unclear|never|didn't|did not|couldn't|could not|wasn't|was not|\?)\b/;
/**
 * An interviewer's note that the candidate's own part was not said ("no word on his own part", "no mention of anything
 * she decided", "never said what he did"): none, whatever the notes' subject-less lines seem to own.
 */
const PART_NOT_SAID = /^(?:[-*+•]\s*)?(?:but |and |still |yet )?(?:(?:no|not a|not one|never a|nothing) (?:single )?(?:word|mention|sign|talk|comment|account|hint|detail)s?(?: at all)? (?:of|on|about|as to|regarding)|nothing (?:said )?(?:on|about)|(?:never|didn't|did not|doesn't|does not) (?:say|said|mention|explain|name|own|address)) (?:(?:his|her|their|the candidate's|any) (?:own )?(?:part|role|share|responsibility|doing|decisions?|mistakes?|call)s?|(?:anything|what) (?:he|she|they) (?:himself |herself |themselves )?(?:\w+ )?(?:decided|did|chose|got wrong|could have done|should have done|might have done))\b/;
/** A part said as doing what was asked ("I implemented what was specified"): a defence, not their part. */
const DEFENCE = /\b(?:what|as) (?:was|were|i was|we were|they|the \w+) (?:specified|asked(?: for)?|told|requested|agreed|signed off|wanted|given|handed|sent|provided|supplied)\b|\b(?:what|whatever) (?:they|the \w+|\w+) (?:gave|handed|sent|supplied) (?:me|us)\b|\bfollowed (?:the )?(?:spec|specification|requirements|instructions|process|brief)\b|\bdid (?:my|our) (?:job|part)\b/;
/** A change the candidate made themselves ("I lowered the threshold"): their part when it comes before what went wrong. */
const OWN_ACT = /\bi (?:\w+ )?(?:lowered|raised|changed|pushed|deployed|shipped|released|merged|turned (?:off|on)|removed|dropped|switched|approved|signed off|rushed|launched|rolled out)\b/;

const CHANGED = [
  // A note's label for what changed since ("- since: insists on code review", "- after: a daily check").
  /^(?:[-*+•] ?)?(?:since(?: then)?|after(?: that)?|afterwards|now|since that)\s*:/,
  // "- change: now the treasurer confirms the list", not "- what changed: 'be more careful'" nor "- change: none", nor a
  // lesson learned with no habit in it ("- what changed: 'I learned a lot from it'"; "I learned to ..." is one).
  /^(?:[-*+•] ?)?(?:changes?|what (?:i |has |have )?changed|(?:what i do )?differently)\s*:(?!\W*(?:none|nothing|no|not|n\/a|be|to be|i'm|i am|just|more|try(?:ing)? to|(?:i (?:have |'ve )?)?(?:learned|learnt)(?! to\b)|a lot|lessons?)\b)/,
  /\b(?:since then|since that (?:time|day)|afterwards|from then(?: on)?|from now on|from (?:that|this) (?:time|day|moment|point)(?: on)?|ever since)\b/,
  /\b(?:now|nowadays|these days|after (?:this|that)|today)\b,? (?:always |usually |first |also |every time )?(?:(?:before|when|whenever|if|for|on|in|with|at|during) [^.]{0,60}?,? )?(?:i|we|my|our|all|every|the team|each|a|an|any|no|nothing|anything|everything)\b/,
  // A habit kept since: "I dry-run every delete first", "we check each file before".
  /\b(?:i|we) (?:now |always )?(?:[\w-]+ ){1,2}(?:every|each|all|any) [\w-]+(?: [\w-]+)? (?:first|before|beforehand|now)\b/,
  /\b(?:rule|check|test|checklist|review|alert|policy|step|gate)s? (?:was|were|is|are|has been|have been|got) (?:\w+ )?(?:introduced|added|put in place|set up|created|made)\b/,
  // A habit said as the first thing they do: "now the first thing I do on any new dataset is ...".
  /\bthe (?:first|last) (?:thing|step) (?:i|we) (?:now |always )?(?:do|take)\b/,
  // A change said impersonally: "it was decided that every alert would be reviewed by two people".
  /\bit was (?:decided|agreed|made a rule)\b|\b(?:is|are) now (?:\w+ )?(?:reviewed|checked|tested|signed off|approved|validated|required)\b|\b(?:would|will|must) (?:now |always |from then on )?be (?:reviewed|checked|tested|signed off|approved|validated|double-checked)\b/,
  /\b(?:i|we) (?:now|always|never) (?:\w+ )?(?:now|since)\b|\b(?:i|we) now\b/,
  /\bnext time,? i\b(?!'d\b|'ll probably\b| would\b| might\b| could\b| should\b| may\b| will probably\b| probably\b)|\bi (?:learned|learnt) to (?:always|never|check|test|ask|write|run|split|review)\b/,
  /\b(?:the team|everyone|all the team|all team) (?:now|adopted|uses?)\b/,
  // The way it is done now ("now the join is on barrel and year", "now the treasurer confirms the list"), or a habit
  // with "now" at its end ("I do ask vendors for a data dictionary up front now"), not a state ("now the model is fine").
  /\bnow,? the [\w'-]+(?: [\w'-]+)? (?!(?:is|are) (?:fine|ok|okay|better|good|great|working|back|stable|right)\b)(?:is|are|gets?|runs?|checks?|confirms?|reviews?|signs?|goes|has|have|must|only|needs?)\b/,
  /^\W*(?:(?:and|so|but) )?(?:i|we) (?:do |always )?(?!(?:am|are|is|was|were|have|had|feel|think|know|understand|see|realise|realize|guess|believe|get|got|hope|try)\b)[a-z]+ (?:[\w'-]+ ){1,10}(?:now|these days|nowadays)\W*$/,
  // "What I do now is ...", "I don't deploy on Fridays any more".
  /\bwhat (?:i|we) (?:do|did) (?:now|differently|since|these days|today)\b|\b(?:i|we) (?:don't|do not|won't|never) \w+\b.*\bany ?more\b|\b(?:i|we) no longer \w+/,
];

/** A change told as a habit since ("I started writing a schema check before every load"): only after what went wrong. */
const CHANGED_LATER = /\b(?:i|we) (?:started|stopped|added|introduced|changed|built|wrote|set up|created|made it a rule|adopted|switched|moved|began)\b.*\b(?:since|now|every|always|before any|(?<!\b(?:that|this|the|my|his|her) )rule)\b/;

/**
 * The same said with a grammar slip ("What I does differently: I adds ..."), in the candidate's own words only: an
 * interviewer's "what she does differently:" turned to the first person heads a note, whatever follows.
 */
const CHANGED_SLIP = /\bwhat (?:i|we) does (?:now|differently|since|these days|today)\b/;

/** A change that is only a general lesson in a short sentence ("Since then I'm more careful.", "Now I'm a lot more careful about things before I commit."). */
/** A general lesson said of checking ("I double-check things", "I check things two times"). */
const CHECK_LESSON = /^\W*(?:(?:and|so|now|so now) )*(?:i|we) (?:now |always |just )?(?:double-?check|check|test|review|verify)(?:ing)? (?:things|stuff|everything|my work|my stuff)(?: (?:twice|two times|again|more|carefully|properly|better|now))*\W*$/;
/** A sentence every clause of which is a general lesson ("So now I'm just more careful, and I double-check things."). */
const generalOnly = (t: string) => GENERAL_LESSON.test(t) || t.split(/,\s*|\s+and\s+/).every((c) => CHECK_LESSON.test(c) || GENERAL_LESSON.test(c));
const GENERAL_LESSON = /\b(?:more|extra|very|much more|a lot more|a bit more|far more|way more) (?:careful|cautious|attentive|thorough|mindful|aware)(?: (?:about|with) (?:things|everything|stuff|it|that|this|what i do))?(?: (?:now|before i \w+|in general|these days|from now on|going forward))*\W*$|\bpay (?:more )?attention\b|\bcommunicat\w* (?:more|better)\b|\b(?:test|check|plan|review|prepare|validate|verify|think|document|double-check)(?:ing)? (?:things |stuff |everything |it |my work )?(?:through )?(?:a (?:bit|lot|little) |much |even |way )?(?:more|better|harder|earlier)(?: (?:carefully|thoroughly|often|closely))?(?: (?:before|next time|in future|going forward|from now on)\b[^.]{0,20})?\W*$/;

/** The candidate led the work ("I led the rollout"): then "we hadn't checked" is their part too. */
const LED = /\bi (?:led|ran|owned|managed|headed|was in charge of|was responsible for|was leading|was running)\b/;
const WE_OWN = /\bwe (?:had |have )?(?:hadn't|had not|didn't|did not|never|forgot|skipped|missed|ignored|overlooked|rushed|assumed|chose|decided)\b/;

/** Sentences that put the failure on others (quoted when the candidate's own part is missing). */
const BLAMES = /\b(?:team|manager|management|client|vendor|library|legal|they|others?|product manager|the data)\b.*\b(?:gave|kept|changed|took|was|were|cancel+ed|asked|had|not mature)\b|\bmistakes were made\b|\bwasn't much i could\b|\bcould not do much\b/;

/**
 * What the interviewer pressed for, in a note ("pushed for one example: ...", "pressed for something he got wrong"):
 * theirs, not the candidate's; a candidate's "pushed for the launch" stays.
 */
const PRESSED = /\b(?:when |once |if )?(?:i )?(?:pushed|pressed|probed)(?: (?:me|him|her|them|again|twice|further|harder))? (?:for|on) (?:a |an |one |any |some )?(?:real |concrete |specific |actual |single |other |more )*(?:examples?|failures?|mistakes?|instances?|cases?|stor(?:y|ies)|something|details?|specifics|project|moment|decision|one)\b[^,.;:]*/g;
/**
 * A sentence as the failure rules read it: a note without what the interviewer pressed for, and with "hers" or a
 * closing "his" ("she said the cause was hers", "the call was his", by now "my") as the candidate's "mine".
 */
const read = (s: Sentence): string => (s.note ? lower(s).replace(PRESSED, ' ').replace(/\bhers\b|\bmy(?=\s*(?:[.,;:!?)"”]|$))/g, 'mine') : lower(s));

/** Findings on an answer to a question about a failure or a mistake. */
export function failureFindings(answer: Answer): Finding[] {
  if (answer.words === 0) return [];
  const deflects = matching(answer, ...DEFLECTS);
  const strengths = matching(answer, ...STRENGTHS);
  const wrong = answer.sentences.filter((s) => [WENT_WRONG, WENT_WRONG_SAID, WENT_WRONG_EVENT].some((p) => p.test(read(s).replace(VAGUE_TROUBLE, ' '))));
  const firstWrong = wrong.length > 0 ? answer.sentences.indexOf(wrong[0]) : -1;
  // Asides set off by commas ("I set it myself, from the data, without asking") do not break a pattern.
  // A heading for their part with something said under it owns it ("his part: 'I trusted last year's rate'").
  // Under it (or in the next sentence, after "his part?"), an act of theirs owns it, unless it says none or is a defence.
  const ownsSaid = (t: string, next: string) => {
    if (!OWN_HEADING.test(t)) return OWNS.some((p) => p.test(t.replace(/,/g, '')));
    const under = t.replace(OWN_HEADING, ' ').trim() || next;
    return !NO_PART.test(under) && !DEFENCE.test(under) && (/^\W*i\b/.test(under) || OWNS.some((p) => p.test(under.replace(/,/g, ''))));
  };
  const owns = [...answer.sentences.filter((s, i) => ownsSaid(read(s), answer.sentences[i + 1] ? read(answer.sentences[i + 1]!) : '')), ...answer.sentences.slice(0, Math.max(0, firstWrong)).filter((s) => OWN_ACT.test(read(s)))];
  if (owns.length === 0 && answer.sentences.some((s) => LED.test(lower(s)))) owns.push(...matching(answer, WE_OWN));
  if (answer.sentences.some((s) => s.note && PART_NOT_SAID.test(s.text.toLowerCase().replace(/[’‘]/g, "'").trim()))) owns.length = 0;
  const noted = answer.sentences.filter((s) => s.note && NONE_NOTED.test(lower(s)));
  if (noted.length > 0) deflects.push(...noted.filter((s) => !deflects.includes(s)));
  if ((wrong.length === 0 && owns.length === 0) || (deflects.length > 0 && owns.length === 0) || strengths.length > 0 || noted.length > 0) {
    const quoted = deflects.length > 0 ? deflects : opening(answer);
    return [finding('no_failure', deflects.length > 0 ? 'The answer turns the question aside instead of naming something that went wrong.' : 'No sentence names something that went wrong.', quoted)];
  }
  const out: Finding[] = [];
  if (owns.length === 0) {
    const blames = matching(answer, BLAMES);
    out.push(finding('no_ownership', blames.length > 0 ? 'The failure is put on others or on circumstances; the candidate’s own part is not said.' : 'A failure is named, but not the candidate’s own part in it.', (blames.length > 0 ? blames : wrong).slice(0, 3)));
  }
  const later = answer.sentences.slice(firstWrong + 1).filter((s) => CHANGED_LATER.test(lower(s)));
  const changes = [...matching(answer, ...CHANGED), ...answer.sentences.filter((s) => !s.note && CHANGED_SLIP.test(lower(s))), ...later].filter((s) => !(s.words <= 15 && generalOnly(lower(s))));
  if (changes.length === 0) {
    out.push(finding('no_change', 'No specific change in how they work since is said (a general lesson does not count).', answer.sentences.slice(-2)));
  }
  return out;
}
