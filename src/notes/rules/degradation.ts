// A model degrading in production, described concretely (the guide's red
// flag "never handled a model degrading"): a real case (something got worse,
// not "models drift all the time" or what they would do), a measure of how
// much, how it was noticed, and what was done.
import type { Finding } from '../types.js';
import { finding, lower, matching, opening, type Answer } from './common.js';
import { pastPerfect } from './claims.js';
import { NUM, PART_OF } from './numbers.js';

/** Something that happened: a drop, a change for the worse, an alert that fired. */
const EVENT = [
  /\b(?:dropped|drop|fell|fall|declined|decreased|degraded|doubled|halved|plummeted|spiked|shifted|jumped|slipped|sank|paged|tripled|quadrupled|rose|increased|grew|worsened|deteriorated|climbed|soared)\b/,
  // A movement with its size, in any tense: a non-native speaker's "my chart jump from 15 to 40" is the same event
  // as "jumped" (a bare present tense alone, "when performance decreases", is a general statement).
  /\b(?:jumps?|rises?|climbs?|spikes?|doubles?|drops?|falls?|goes|go|comes?|decreases?|increases?|grows?) (?:\w+ ){0,2}(?:from|by) (?:about |around |almost |nearly )?\d/,
  /\b(?:became|become|got|grew|came|come|coming|went|going|was|were) (?:\w+ ){0,3}(?:bigger|higher|larger|worse|lower|smaller)\b|\bkept (?!(?:every|some|no|any)thing\b)\w+ing\b/,
  /\b(?:went|go|goes|going|gone) wrong\b|\b(?:became|become|got|was|were) too \w+|\b(?:weren't|wasn't|were not|was not) (?:great|good|as good|right)\b|\b(?:were|was|looked|got) (?:bad|poor|off|wrong)\b/,
  // Off by an amount ("20 percent too high", "twenty minutes early"), or worse than before ("one in three against one in ten before").
  new RegExp(String.raw`(?<![\p{L}\p{N}])${NUM} ?(?:%|percent|per cent|points?|minutes?|mins?|hours?|hrs?|days?) (?:too )?(?:higher|lower|high|low|more|less|worse|above|below|off|early|late|out|under|over|short|down|up)\b`, 'u'),
  new RegExp(String.raw`\b(?:up|down) from (?:about |around |roughly |nearly |almost )?${NUM}`, 'u'),
  /\b(?:against|compared (?:with|to)|versus|vs) (?:[\w-]+ ){0,6}(?:before|previously|last (?:year|month|week))\b/,
  /\b(?:was|were|became|got|ran|running|came out) (?:[\w-]+ ){0,3}too (?:high|low|slow|late|early|many|few|much|often|fast|soon|big|small|long|short|cheap|expensive|loud|quiet|hot|cold)\b|\b(?:running|ran|run) late\b|\bmore and more\b|\bfewer and fewer\b|\bless and less\b/,
  /\b(?:went|gone|going|came) (?:down|up)\b|\b(?:go|goes|come|comes) (?:down|up) (?:to|by|from) (?:about |around )?\d|\bwent from\b|\bgo(?:es)? from \S+ (?:to|until)\b|\bcome back\b|\bfrom (?:about |around |roughly |nearly |almost |just over |just under |over |under )?\d+(?:[.,]\d+)? ?(?:%|percent)? ?(?:to|until|till) (?:about |around |roughly |nearly |almost |just over |just under |over |under |more than |less than |above |below )?\d/,
  /\b(?:got|get|became|become|becomes|gets|getting|went|felt|feel|feels|seemed|seems|looked|looks) (?:\w+ )?worse\b/,
  /\b(?:started|starts|began|begin|begins) (?:to )?(?!(?:at|with|in|on|as|a|an|the|my|our|working|work)\b)\w+/,
  /\b(?:alert|alerting|alarm|monitor|pager)\b.{0,40}\bfired\b|\bfired\b.{0,20}\b(?:alert|alarm)\b/,
  /\b(?:over|under)-?(?:valu|estimat|predict|pric|forecast|count|book|order|stock|staff)\w*/,
  /\b(?:twice|double|triple|half|(?:\d+|two|three|four|five|six|ten|a hundred) times) (?:the|as|what|higher|lower|more|less)\b/,
  /\b(?:by|of) (?:about |around |almost |nearly )?\d+(?:[.,]\d+)? ?(?:percent|%|points?)\b/,
  // The model making wrong calls: flagging what was fine, still pricing by the old plan, drifting, going off.
  /\b(?:flag|mark|reject|block|ban|send|call|approv|pass|miss)\w* (?:[\w-]+ ){0,3}(?:that|which|who) (?:were|was) (?:\w+ )?(?:fine|ok|okay|healthy|normal|legitimate|genuine|correct|good)\b|\b(?:had |has )?(?:marked|called|rated|labell?ed|passed) (?:them |it |as )?(?:fine|ok|okay|healthy|normal|safe)\b/,
  /\bstill [a-z]+ing (?:[\w-]+ ){0,4}(?:old|previous|outdated|former|usual)\b|(?<!\b(?:when|whenever|if|once|as) (?:it|they|models?|the model) )\b(?:drifted|went stale|gone stale|decayed)\b|\b(?:go|goes|went|gone|going) (?:off|haywire|stale)\b|\b(?:was|were) (?:\w+ ){0,2}too (?:cheap|expensive|big|small|long|short)\b/,
  // Gone bad in any words: "went badly wrong", "stopped working", "under by forty percent", "lost thirty percent accuracy",
  // "looked random", "was scaled wrong", "the letters were going to the wrong people", "went from like one in ten".
  /\b(?:went|go|goes|gone|going) (?:\w+ )?(?:bad|badly|wrong|haywire|stale|south|downhill|sideways)\b|\b(?:stopped|stop|stops|stopping) (?:working|being (?:\w+ )?(?:accurate|useful|right|reliable))\b/,
  /\b(?:under|over|out|off|short) by\b|\blost (?:[\w-]+ ){0,3}(?:accuracy|precision|recall|performance|points?|percent|per cent|%)|\b(?:were|was|looked|got|seemed|came out) (?:\w+ )?(?:random|nonsense|weird|strange|odd|garbage|rubbish|wrong|wrongly)\b|\bmade no sense\b/,
  /\b(?:much |way |far |a lot |well )(?:earlier|later|longer|shorter|more|fewer|less|higher|lower|bigger|smaller|faster|slower) than (?:it|the model|the forecast|predicted|expected|forecast)\b|\b(?:went|go|goes|going|gone|sent|were going|was going) to (?:the )?wrong\b|\b(?:tanked|nosedived|cratered|dipped|collapsed|plunged|took a (?:hit|dive|nosedive))\b|\ball over the place\b|\bway off\b/,
  new RegExp(String.raw`\b(?:go|goes|went|gone|going|come|came|jump\w*|ris\w*|rose|climb\w*|f[ae]ll\w*|drop\w*) from (?:about |around |roughly |some )?(?:${NUM}|${PART_OF})`, 'u'),
  // Worse said with how much in words ("got a lot worse", "quite a lot worse", "much worse"), or no longer good.
  /\b(?:much|a lot|lots|a bit|a little|far|way|noticeably|quite a bit|quite a lot|slightly|significantly|considerably|definitely) worse\b|\b(?:not|no longer) (?:so |as |that |very )?(?:good|accurate|reliable) any ?more\b/,
  // Off or wrong with a softener between ("went a bit off", "went a bit wrong"), or felt so ("the prices felt off").
  /\b(?:went|go|goes|gone|going) (?:a bit |a little |slightly |quite |really |way )(?:off|wrong|bad|haywire)\b|\b(?:felt|feel|feels|seemed|seems) (?:a bit |really |totally )?(?:off|wrong|random|weird|strange|generous|harsh)\b/,
  // Too late or too low as it came ("the alerts came too late", "the forecasts came in too low"), late by an amount.
  /\b(?:came|come|comes|coming) (?:in |out )?too (?:high|low|late|early|many|few|much|often)\b|\b(?:late|early) by (?:about |around |roughly |nearly |almost |over )?\d|\bended up (?:[\w-]+ ){0,4}(?:late|early|wrong|off|out|too)\b/,
  // Many more of the wrong calls ("rejected many more good gears", "start flagging the wrong people"), or none at all ("went quiet").
  /\b(?:many|much|a lot|lots|loads|far|way) more["'’]? (?:[\w"'’-]+ ){0,2}(?:good|right|correct|healthy|fine|wrong|false|real|genuine)\b|\b(?:flag|mark|send|pick|call|reject|block|target|pric)\w* (?:the |a )?wrong\b|\b(?:went|gone|go|goes) (?:quiet|silent)\b/,
  // Starting to go wrong in the present or as a participle ("the model start to reject", "starting to miss events").
  /(?<!\b(?:would|could|might|will|may|can|to|'d|’d) )\b(?:start|starting) (?:to )?(?!(?:at|with|in|on|as|a|an|the|my|our|by|working|work|from|off|out)\b)(?:reject|miss|flag|fail|drift|predict|over|under|mark|send|get|go|call|block|pass|lag|slip)\w*/,
  // Stopped agreeing with what was measured ("stopped matching the reference stations"); an alert that fired ("our alert fire").
  /\b(?:stopped|stop|stops) (?:matching|agreeing|lining up|making sense)\b|\b(?:alerts?|alarms?) (?:\w+ )?(?:went off|triggered|tripped|fire)\b/,
  // Worse than a norm said beside it ("against a 10-minute target", "when before it was closer to three in four"), or a
  // measure before and after ("91% before, 78% after", "92% -> 71%").
  /\bagainst (?:a |an |the |our |its )?(?:[\w-]+ )?(?:target|norm|normal|usual|baseline|limit|goal)\b|\b(?:when|where|while|whereas) (?:before|previously|normally|usually) (?:it|they|that|this) (?:was|were|had been)\b|\d ?%? ?(?:->|→|=>) ?\d/,
  new RegExp(String.raw`\b(?:went|gone|jumped|rose|climbed|fell|dropped|slipped|slip) (?:up |down )?to (?:about |around |roughly |nearly |almost |over |under )?(?:${NUM}|${PART_OF})|\bslip\w* from\b|${NUM} ?%? before,? (?:and )?(?:about )?${NUM} ?%? after\b`, 'u'),
  // Late by an amount in words ("late by about forty minutes"); a count of misses out of all, or caught only so many
  // ("missed 3 of 5 failures", "the model had flagged only forty"); a count against one before ("eleven stock-outs in
  // May against five in April"); wrong far more often ("wrong a lot more", "running out far more often").
  new RegExp(String.raw`\b(?:late|early|out|off|short|over|under) by (?:about |around |roughly |nearly |almost |over )?${NUM}|\bmissed (?:about |around |nearly |almost )?${NUM} (?:of|out of|in) ${NUM}\b|\b(?:flagged|caught|found|spotted|detected|picked up) only (?:about |around )?${NUM}\b|\bagainst (?:about |around |roughly |only |just )?${NUM} (?:[\w-]+ ){0,3}(?:in|the|before|previously|last)\b`, 'u'),
  /\b(?:wrong|off|late|out|failing|missing) (?:a lot |much |far |way |many times )more\b|\b(?:far|much|a lot|way|many times) more often\b/,
  // Wrong calls said in other words: a share of what the model sent or picked being wrong ("about a third of the jobs
  // it sent crews to were puddles"), what was fine marked wrong ("marked right answers as wrong"), what was bad said
  // fine ("a dead tree the model had said was fine"), out by a unit ("a full band out"), a loss in money.
  new RegExp(String.raw`(?:${PART_OF}|${NUM} ?(?:%|percent|per cent)|${NUM} (?:in|of|out of) ${NUM}) of (?:the |its |all )?(?:[\w-]+ ){0,2}(?:it|the model|they) (?:[\w-]+ ){0,3}?(?:sent|flagged|picked|marked|called|recommended|chose|approved|passed|suggested|routed|predicted)\b`, 'u'),
  /\b(?:marked|flagged|called|rated|labell?ed|classed|counted|scored|treated) ["'’]?(?:[\w"'’-]+ ){0,4}(?:right|correct|good|genuine|healthy|fine|legitimate|valid) (?:[\w-]+ )?as (?:wrong|bad|incorrect|faulty|fraud\w*|spam|invalid|fake|defective)\b|\b(?:had |has )?(?:said|thought|judged|predicted) (?:them |it )?(?:was|were|to be) (?:fine|ok|okay|healthy|normal|safe)\b/,
  /\b(?:was|were|came out) (?:a |an )?(?:full |whole )?(?:band|grade|class|notch|level|step|size|category)s? (?:out|off|too \w+)\b|[£$€] ?\d[\d,.]*k? (?:[\w-]+ ){0,2}(?:lost|wasted|written off)\b|\blost (?:about |around |over )?[£$€] ?\d/,
  // At the wrong time ("charging at the wrong times"), ran out, off in a way ("forecasts too optimistic"), no longer
  // matching what was seen ("the forecasts didn't match market prices"), a season come early.
  /\b(?:at|on|to|for|in) the wrong (?:[\w-]+ )?(?:times?|days?|hours?|moments?|places?|people|customers|prices?|levels?)\b|\b(?:ran|run|running|runs) out\b|\btoo (?:optimistic|pessimistic|generous|harsh|conservative|aggressive|eager|cautious)\b|\b(?:didn't|did not|no longer|stopped|don't|doesn't) (?:match|line up with|agree with|fit)\b|\b(?:came|arrived|started|began) (?:about |around |almost |nearly )?(?:[\w-]+ (?:days?|weeks?|months?) )?(?:early|late)\b/,
  // Gone bad with what followed ("degrading after the annual code update"); a measure before and after with its noun
  // between ("accepted 91% of its suggestions before, 78% after").
  new RegExp(String.raw`\bdegrad(?:ed|ing) (?:after|when|since|once|following)\b|${NUM} ?%? (?:[\w-]+ ){1,4}before,? (?:and )?(?:about )?${NUM} ?%? after\b`, 'u'),
  // A count against the usual one ("raising ~30 alerts a day instead of 2-3"); off by an amount in a weight or size
  // ("predictions ran ~2 kg heavy"), or so as it came ("carcass weights came in light").
  new RegExp(String.raw`(?<![\p{L}\p{N}])${NUM} ?(?:%|[\w-]+ ){0,4}instead of (?:the )?(?:usual |normal |expected |about |around |roughly )*~?${NUM}`, 'u'),
  new RegExp(String.raw`\b(?:ran|run|runs|running|came (?:in|out)|comes? (?:in|out)|coming (?:in|out)|were|was|ended up) (?:about |around |roughly |nearly |almost |over |~)?(?:${NUM} ?[\w%]*|a bit|a little|way|far|much) (?:too )?(?:heavy|light|heavier|lighter)\b|\b(?:came|come|comes|coming) (?:in|out) (?:too )?(?:heavy|light|short|low|high)\b`, 'u'),
];
/**
 * What would happen or could happen ("if something shifted a lot"), what they would do ("what I will do is monitor ... so
 * it never becomes too stale"), and what it never does, are no case.
 */
const CONDITIONAL = /\b(?:if|whenever|in case|unless)\b[^,.;:]*|\bwhat (?:i|we) (?:will|would|'d|'ll) do\b[^.]*|\b(?:so (?:that )?)?(?:it|they|the model) (?:never|won't|will not|doesn't|does not) [^,.;:]*/g;
/**
 * No case in a sentence: the interviewer's question written in the notes ("Q: a model that degraded?", "asked for a
 * model that degraded,"), the question's word said back ("Hmm, degraded."), a supposition ("Say it went from three to
 * six", "If it did, I'd compare ..."), an interviewer's note that none was given ("no case of it getting worse").
 */
const QUESTION = /(?:^|\s)q: [^?]*\??|\b(?:when |once |if )?asked (?:(?:him|her|them|again|later|twice|once more|directly|specifically) )*(?:about|for|what|how|whether|which|if)\b[^,.;:]*/g;
const SUPPOSED = /^(?:[-*+•]\s*)?(?:a: ?)?(?:and |but |so |then |ok(?:ay)?,? |well,? )?(?:(?:let's|lets|let us) )?(?:say|suppose|supposing|imagine|hypothetically)\b.*|^(?:[-*+•]\s*)?(?:a: ?)?(?:and |but |so |then )?(?:if|in case|should it|were it to)\b(?! (?:i|we) (?:remember|recall)| memory serves)(?=[^.]*\b(?:i|we)(?:'d| would| will|'ll| could| might)\b).*/;
const NO_CASE_SAID = /\bno (?:real |actual |concrete |specific )?(?:case|example|instance)s?\b[^.;]*/g;
/** The question's word said back, with nothing of the answer in the sentence. */
const ECHO = /^(?:(?:hmm+|um+|uh+|ok(?:ay)?|right|so|well|yes|yeah|mm+)[,.]? )*(?:a |the )?(?:model )?(?:degraded|degrading|degradation|drift(?:ed)?)\W*$/;
const DENIES = [
  // None of theirs has ("None of mine has degraded yet").
  /\b(?:none|neither|nothing) of (?:mine|ours|hers|his|theirs|my [\w-]+|our [\w-]+|them) (?:has |have |had |ever |really |yet |actually )*(?:degraded|drifted|gone (?:wrong|bad|stale))\b/,
  // None of theirs degraded, said in a note or hedged ("no production model of hers has degraded that she knows of", "I
  // wouldn't say any of my models degraded"), or an interviewer's note that no case came.
  /\bno (?:[\w-]+ ){0,2}models? (?:of (?:mine|ours|hers|his|theirs|my|our|\w+) )?(?:has |have |had |ever |really )*(?:degraded|drifted|failed|gone (?:wrong|bad|stale))\b|\b(?:wouldn't|would not|can't|cannot|couldn't|could not) (?:really )?say (?:that )?(?:any|one) of (?:my|our|the) (?:[\w-]+ )?models? (?:has |have |had |ever |really )*(?:degraded|drifted|failed)\b|^(?:[-*+•]\s*)?no (?:real |actual |concrete |specific )?(?:case|example|instance)\b/,
  /\bnone of (?:my|our|the|his|her|their) (?:\w+ )?models? (?:has |have |had |ever |really )*(?:degraded|drifted|failed|gone (?:wrong|bad|stale))\b|\b(?:i've|i have|we've|we have) been lucky\b/,
  /\b(?:i|we)\b(?: \w+){0,2} (?:haven't|have not|never|didn't|did not|not yet|don't|do not)\b(?: \w+){0,4} (?:seen|had|have|happened|deployed|production|experienced|degrade|degraded)\b/,
  /\b(?:shouldn't|should not|won't|will not|doesn't|does not|don't|do not) (?:really )?degrade\b/,
  // Said of the model itself ("it hasn't degraded", "it's never gone wrong as such", "the model never drifted").
  /\b(?:hasn't|has not|haven't|have not|hadn't|had not|didn't|did not|never|not) (?:really |actually |ever |yet |once |noticeably )*(?:degraded|drifted|decayed|gone (?:wrong|bad|stale|off)|went (?:wrong|bad|stale|off)|got(?:ten)? worse|degrade|drift)\b/,
  /\bnever (?:an|a) (?:issue|problem)\b|\b(?:it|that|this) (?:has )?never happened\b|\b(?:it|that|this) (?:hasn't|has not|hadn't|had not|didn't|did not) (?:really |yet |actually )?(?:happen|happened|come up)\b/,
];

/** Drift said of all models ("it degraded over time, as all models do"): no case, unless a number makes it one. */
const GENERAL_CLAIM = /\b(?:as|like) (?:all|any|every|most) (?:other )?models? (?:do|does|will)\b|\b(?:models?|they|it) (?:\w+ )?(?:degrade[sd]?|drift(?:s|ed)?) over time\b/;

/** A measure: a named metric, or a quantity that moved. */
const METRIC = [
  /\b(?:accuracy|precision|recall|auc|f1|error|errors|mae|rmse|mape|latency|conversion|click-?through|ctr|revenue|share of|rates?|distribution|loss|calibration|psi)\b/,
  // "ninety per cent", "45%", "£40,000": digits or words.
  new RegExp(String.raw`(?<![\p{L}\p{N}])${NUM} ?(?:%|(?:per ?cent|percent|points?|pp|pounds|dollars|euros|grand)\b)|[£$€] ?\d`, 'u'),
  // "twenty minutes late", "by 9 minutes": a time is a measure, but not how long it took to notice or lasted ("it took us
  // nine days to find it", "for two weeks").
  new RegExp(String.raw`(?<!\b(?:took|take|takes|taking|for|within|after|lasted|over|in)(?: us| me| them| him| her)?(?: about| around| almost| nearly| roughly| over| the| the next| the first| a)? )(?<![\p{L}\p{N}])${NUM} ?(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|ms|days?)\b`, 'u'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])${NUM}(?:[-–]${NUM})? (?:[\w-]+ ){0,2}too (?:low|high|long|short|late|early|many|few|much|little)\b`, 'u'),
  // An amount in any unit that was off ("about 30 cm too low", "three hundred words" against "a hundred and twenty"), or a count
  // of bad outcomes in a period ("closed the beds twice in a month"), or a count out of a sample ("on twenty panels ... missed nine").
  new RegExp(String.raw`(?<![\p{L}\p{N}])${NUM} ?(?:cm|mm|m|km|kg|g|tonnes?|words?|lines?|litres?|liters?|degrees?|°|kilos?|metres?|meters?|miles?|feet|inches|orders?|cases?|calls?|visits?|complaints?|units?|items?)(?: \w+){0,2}? (?:too (?:low|high|long|short|late|early|many|few|much|little)|more|fewer|less|over|under|short|off)\b|\b(?:closed|shut|failed|broke|crashed|missed|ran out|complained|went down|overflowed|flooded|rejected|returned)(?: [\w-]+){0,4} (?:${PART_OF}|${NUM} times) (?:in|a|per|within) (?:a |one |the same )?(?:day|week|fortnight|month|season|year)\b|\b(?:on|of|out of) ${NUM} (?:[\w-]+ ){0,6}?(?:missed|got wrong|wrong|flagged|caught) ${NUM}\b|\b(?:average|mean|median|typical) (?:\w+ ){0,3}(?:went|came|come|comes|go|goes|was|were|is|rose|fell|dropped)(?: \w+){0,3}? (?:to |from |at |back to )?(?:about |around |roughly )?${NUM}`, 'u'),
  // "one job in three", "eight of every ten"; "about half the outbreaks", "twice as many complaints", "had doubled".
  new RegExp(String.raw`(?<![\p{L}\p{N}])${NUM} (?:[\w-]+ ){0,2}(?:in|out of|of every|of|from) (?:every )?${NUM}(?![\p{L}\p{N}])`, 'u'),
  new RegExp(String.raw`\b${PART_OF} (?:as many|as much|as often|as long|more|fewer|less|higher|lower|bigger|smaller|too)\b|\b(?:only|just) (?:about |around |roughly )?${PART_OF} (?:the|of|what)\b|\b(?:about|around|roughly|nearly|almost|over|under) ${PART_OF} of (?:the|all|our|its|their)\b|\bby (?:about |around |roughly |nearly |almost |over )?${PART_OF}\b|\b(?:doubled|halved|tripled|quadrupled)\b`),
  // Against what is normal ("zero alerts in six weeks, when we'd normally get two or three a month"), or a range of how
  // far off ("30 to 40 landings late").
  new RegExp(String.raw`\b(?:normally|usually|typically) (?:[\w'’-]+ ){0,3}(?:about |around |roughly )?${NUM}\b|\b(?:zero|no) [\w-]+ in ${NUM} (?:days|weeks|months)\b|(?<![\p{L}\p{N}])${NUM} ?(?:[-–]|to) ?${NUM} (?:[\w-]+ )?(?:late|early|short|off|out|too \w+)\b`, 'u'),
  // How many of all it was wrong on ("a full band out on about a third of homes"), or caught only so many ("of a hundred
  // and twenty trees that died, the model had flagged only forty").
  new RegExp(String.raw`\b(?:on|for|in|of) (?:about |around |roughly |nearly |almost |over |under )?(?:half|a third|a quarter|two thirds|three quarters|a fifth|a tenth) of\b|\b(?:flagged|caught|found|detected|spotted|picked up) only (?:about |around )?${NUM}(?![\p{L}\p{N}])`, 'u'),
  // "from about 15 alerts a day to nearly 40": a quantity that moved, whatever its unit.
  new RegExp(String.raw`\bfrom (?:about |around |roughly |some )?${NUM}(?: [\w-]+){0,4} (?:to|until|till) (?:about |around |almost |nearly |roughly |over |under )?${NUM}`, 'u'),
  // A count against the usual one ("~30 alerts a day instead of 2-3"), an amount off in weight ("~2 kg heavy").
  new RegExp(String.raw`(?<![\p{L}\p{N}])${NUM} ?(?:%|[\w-]+ ){0,4}instead of (?:the )?(?:usual |normal |expected |about |around |roughly )*~?${NUM}|(?<![\p{L}\p{N}])${NUM} ?(?:kg|g|kilos?|grams?|tonnes?|lbs?|pounds|ounces|oz) (?:too )?(?:heavy|light|heavier|lighter)\b`, 'u'),
];

/** What was seen going wrong: the trouble itself, not its cause. */
const SEEN = String.raw`(?:it|this|that|them|the (?:[\w-]+ )?(?:problem|issue|drop|drift|gap|errors?|change|shift|difference|dip|spike|jump|rise|fall|slide|trouble))`;
/** How it was noticed. */
const DETECTION = [
  // People saying so ("the crews said they kept being sent to lamps that were fine", "the owners rang to say").
  /\b(?:crews?|staff|customers?|users?|drivers?|owners?|managers?|growers?|teams?|people|clients?|nurses?|doctors?|engineers?|agents?|[a-z]{3,}(?:ers|ors|ists))\b (?:all |also |then |kept |started |eventually )?(?:said|saying|told|telling|complained|mentioned|asked|rang|phoned|emailed|messaged|texted|warned|called (?:us|me|in|up|the|our|my))\b|\b(?:rang|rung|called|phoned|emailed|wrote|messaged|texted) (?:in |up )?to (?:say|tell|complain|ask|report)\b|\b(?:[a-z]{3,}(?:er|or|ist|ian)s?|director|manager|staff|crews?|customers?|users?|people|team|nurses?|doctors?|owners?) (?:\w+ )?(?:saw|spotted|noticed|caught) (?:it|this|that|the|a|an)\b/,
  // Someone by their role saying so, one or many, in a slip of tense too ("the gate supervisor told him", "the
  // stallholders telled our sales guy", "a cashier tell us").
  /\b(?:the|a|an|our|my|one|some|their|its|his|her|two|three|several|a few) (?:[\w'-]+ ){0,2}[a-z]{3,}(?:er|or|ist|ian|ant|ent)s? (?:all |also |then |eventually |finally |first |kept )?(?:said|told|telled|tolded|sayed|tell|tells|complained|complain|complains|warned|mentioned)\b/,
  // Found by themselves or by a check of their own ("found it himself in a comparison he ran weekly", "caught the drop
  // in the monthly report"); not the cause found ("found the bug in the join").
  new RegExp(String.raw`\b(?:found|find|finds|spotted|spot|spots|saw|see|sees|caught|catch|catched|noticed|notice|picked up) ${SEEN} (?:(?:myself|ourselves|first|early|early on|quickly)\b|(?:[\w-]+ ){0,2}?(?:in|on|through|from|during|at|with|via|by) (?:a |an |the |my |our |their )?(?:[\w-]+ ){0,3}?(?:comparisons?|checks?|reports?|reviews?|audits?|dashboards?|spot-checks?|reconciliations?|charts?|plots?|graphs?|spreadsheets?|sheets?|figures|stats|statistics|back-?tests?|evaluations?)\b)`),
  // Someone ringing or writing, whoever they are ("the hut wardens rang the depot").
  /\b(?:the|a|an|our|one|some|two|three|several|a few) (?:[a-z-]+ ){0,2}[a-z]{3,} (?:all |also |then |eventually )?(?:rang|phoned|emailed|messaged|texted)\b/,
  // Someone telling the candidate or the team, by any channel ("started messaging the support channel", "rang me", "came to me").
  /\b(?:started|kept|keeps?|began|start) (?:telling|messaging|calling|emailing|ringing|texting|phoning|complaining|reporting|writing)\b|\b(?:call|phon|email|messag|text|ring|rang|rung|ping|forward|came to|come to|wrote to|writ)\w* (?:me|us|(?:the|our|my) (?:[\w-]+ )?(?:team|channel|desk|line|support|inbox))\b/,
  // Someone noticing or telling ("the drivers noticed first", "told the depot manager", "flagged it in our weekly review").
  // Someone else noticing says by whom ("the drivers noticed first", "the grid operator flagged the gap"); "we noticed" alone says nothing.
  /(?<!\b(?:we|i|it|model|models|system|tool|which|that|and|nobody|no one|never|didn't|hadn't|not)(?: (?:also|then|still|wrongly|just|first))? )\b(?:noticed|notices|notice|spotted|spots|flagged (?:it|the|this|that)|raised (?:it|the|this|that)|caught (?:it|the|this|that))\b|\btold (?:the |our |my )?(?:[\w-]+ ){0,2}(?:manager|team|desk|office|boss|lead|depot|support)\b|\bin (?:our|the|a) (?:weekly |monthly |daily )?(?:review|stand-?up|meeting)\b/,
  /\bpicked (?:it |this |that |the [\w-]+ )?up\b|\blit up\b|\bwhen (?:i|we) (?:checked|looked)\b|\b(?:realis|realiz|discover)(?:ed|ing)\b/,
  /\bnoticed?\b(?: \w+){0,3}? (?:when|while|in|on|because|that|from|through|after|during|at|by)\b/,
  /\b(?:alert(?:s|ed|ing)?|alarm|dashboards?|monitor(?:s|ed|ing)?|complain(?:ed|ts?|s)?|reported|(?<!\b(?:it|model|system|tool|they) )caught|catched|spotted|found out|flagged by|emailed|told us|told about|raised it|fired|showed|on-call|pager|paged)\b/,
  /\b(?:we|i|they|someone|somebody|a customer|the team) (?:saw|see|seen)\b/,
  /\b(?:called|phoned|emailed|messaged|wrote to|told|telling|tells|asked|pinged|escalated to) (?:us|me|the team)\b|\bescalat\w*|\bcomplaints?\b|(?<!\b(?:boards?|sensors?|it|they|meters?|devices?|machines?|scanners?|probes?) )\breports?\b/,
];

/**
 * Monitoring that did not notice it: set up afterwards ("added an alert if the retrain fails", "now there's an alert"),
 * or not there ("nobody had an alert on it"). Monitoring set up before the trouble ("I'd set up a drift report myself
 * and it showed ...", "we had already added a check") is how it was noticed.
 */
const SET_UP_SINCE =
  /(?<!\b(?:had|already) (?:already |myself |ourselves )?)\b(?:added|add|adding|set up|put in|introduced|built|created|wrote)\b (?:[\w-]+ ){0,4}(?:alerts?|alarms?|monitor\w*|dashboards?|checks?|charts?|reports?)\b[^,.;]*|\bnow (?:there's|there is|we have|we've got|it has) (?:an? |the )?(?:[\w-]+ )?(?:alerts?|alarms?|monitor\w*|dashboards?|checks?)\b[^,.;]*|\b(?:that|the) (?:check|alert|alarm) has fired\b/g;
/**
 * A note's heading for the part asked about ("how it was noticed: ...", "how it was noticed / how bad it got: neither
 * said"): the interviewer's words, not how it was noticed; what follows the heading may say it.
 */
const HEADING = /\bhow (?:it|this|that|they|the (?:[\w-]+ )?(?:problem|issue|drop|drift|model)) (?:was|were|got|had been) (?:first )?(?:noticed|spotted|found|caught|detected|picked up|discovered|seen)\b/g;
const NOT_THERE = /\b(?:no|nobody had an?|didn't have an?|without|never had an?|there was no|there were no|wasn't any|weren't any)\b (?:[\w-]+ ){0,2}(?:alerts?|alarms?|monitoring|dashboards?|checks?)\b/g;

/** What was done about it (by the candidate or their team, concretely). */
/** Done to the model or its data, in any tense ("rebuilt", "I rebuild", "run again"): a slip of tense changes nothing. */
const DONE = String.raw`(?:retrain(?:ed|ing|s)?|re-?fit(?:ted|ting|s)?|roll(?:ed|s)? (?:it |them |the [\w-]+ )?back|rollback|revert|fix|patch|add|chang|replac|recalibrat|rebuil[dt]|updat|switch|set up|introduc|remov|disabl|hotfix|cut|collect|label|relabel|rewr(?:ote|ite|itten)|re-?r[au]n|r[au]n (?:\w+ )?again|backfill|exclud|filter|remap|map|retun|tun|fine-?tun|adjust|lower|rais|reweight|put in|mov|split|segment|block|paus|cap|correct|clean|deduplicat|pin|rebalanc|train|deploy|ship|re-?sampl|reprocess|recomput|realign|rescal)(?:e|es|ed|d|s|ped|ned|led)?`;
/** By the candidate or the team, in a later clause of theirs ("..., and added the fare type"), or with the subject dropped ("Retrained it."). */
const ACTION = [
  new RegExp(String.raw`\b(?:i|we)\b(?: [\w'-]+,?){0,3} ${DONE}\b`),
  new RegExp(String.raw`\b(?:i|we)\b.*\b(?:and|then) (?:also |then |like )?${DONE}\b`),
  // One of a list of acts after theirs ("I resampled the data to match, retrained, and ...").
  new RegExp(String.raw`\b(?:i|we)\b [^.;]*, (?:then |also )?${DONE}(?:,| and\b|\W*$)`),
  new RegExp(String.raw`^(?:[-*+•]\s*)?(?:a: ?)?(?:(?:so|then|and|just|we just),? )*${DONE}\b`),
  // An interviewer's label for what was done, with something after it ("action: blended old and new clay while
  // retraining"); "action: none" or a pending one ("what was done: still looking into it") is none.
  /^(?:[-*+•]\s*)?(?:action|actions|fix|the fix|response|remedy|what was done)(?: first)?\s*:\s*["'“]?(?!none\b|nothing\b|no\b|n\/a\b|not\b|unclear\b|\?)(?![^.;]*\b(?:still|discuss\w*|looking|look into|looked (?:at|into) it|keeping an eye|nothing|not yet|yet|plans?|planned|will|would|going to|hope\w*|roadmap|options|got better|sorted|dealt with)\b)[^.;]*\b(?:\w+ed|rebuilt|built|wrote|rewrote|ran|reran|put|cut|set|split|took|made|now)\b/,
  // A model of its own for the new case ("we gave the new tugs their own model").
  /\b(?:i|we) (?:gave|built|made|trained|set up) (?:[\w-]+ ){0,4}(?:its|their|a|an) (?:own |separate |new |dedicated )(?:model|version)\b/,
];
/** An interviewer's label for what was done: told in its own place, before or after the case ("fix first: ..."). */
const ACTION_LABEL = /^(?:[-*+•]\s*)?(?:action|actions|fix|the fix|response|remedy|what was done)(?: first)?\s*:/;
const WOULD_HAVE = /\b(?:i|we)(?:'d| would| could| should| might)(?: have|'ve)? [^,.;]*/g;
const CAUSE = /\b(?:after|when|because|since|as|once) (?:we|i)\b[^,;.]*/g;
/** "fixed some things": an action with nothing named. */
const EMPTY_ACTION = /\b(?:fixed|changed|updated|added|sorted|found|adjusted|tweaked|tuned|improved|cleaned|addressed|handled|tidied) (?:some |a few |few |the |all |a couple of |a bunch of )?(?:things|stuff|issues?|problems?|everything|bits|settings|it up|it out)\b|\bfixed it\b|\bsorted it\b|\bmade (?:some |a few |few )?(?:adjustments|changes|tweaks|improvements)\b|\b(?:moved|carried|kept) on\b|\bdealt with it\b|\btook care of (?:it|things)\b|\blooked into it\b|\bworked on it\b|\bmade it (?:better|work)\b|\bgot it (?:working|back)\b|\b(?:still )?(?:looking|look|looks) into it\b|\bstill (?:being )?(?:discuss\w*|investigat\w*|working on it|figuring (?:it )?out|on the roadmap)\b|\b(?:aware of it|on (?:the|our|my) (?:list|backlog|to-do list|todo list))\b/;
/** What was not done ("we changed nothing", "we didn't retrain it"): no action, though another clause may be one. */
const NOT_DONE = /\b(?:changed|fixed|did|added|retrained) nothing\b|\b(?:didn't|did not|never|haven't|hadn't|couldn't|could not|wasn't able to|weren't able to) [^,.;]*/g;

/** Findings on an answer to a question about a model that degraded in production. */
export function degradationFindings(answer: Answer): Finding[] {
  if (answer.words === 0) return [];
  const denials = matching(answer, ...DENIES);
  // "I have never seen a model that degraded" names no event.
  const events = answer.sentences.filter((s) => {
    const said = lower(s).replace(QUESTION, ' ').replace(NO_CASE_SAID, ' ').trim();
    if (denials.includes(s) || ECHO.test(said) || SUPPOSED.test(said) || (GENERAL_CLAIM.test(said) && !/\d/.test(s.norm))) return false;
    return EVENT.some((p) => p.test(said.replace(CONDITIONAL, ' ')));
  });
  if (events.length === 0) {
    const quoted = denials.length > 0 ? denials : opening(answer);
    return [finding('no_degradation_example', denials.length > 0 ? 'No real case: the answer says it has not happened, or only what they would do.' : 'No sentence describes a model getting worse: the answer stays general.', quoted)];
  }
  const out: Finding[] = [];
  // A threshold of a check set up since ("if the count jumps by more than ten percent the job stops") measures no drop.
  if (!answer.sentences.some((s) => METRIC.some((p) => p.test(lower(s).replace(CONDITIONAL, ' '))))) out.push(finding('no_metric', 'No metric or number says how much worse it got (level 4 also quantifies the impact).', events.slice(0, 2)));
  const first = answer.sentences.indexOf(events[0]);
  const heard = answer.sentences.map((s, i) => pastPerfect(lower(s)).replace(HEADING, ' ').replace(NOT_THERE, ' ').replace(i > first ? SET_UP_SINCE : /$^/g, ' ').replace(CONDITIONAL, ' '));
  if (!heard.some((t) => DETECTION.some((p) => p.test(t)))) out.push(finding('no_detection', 'The answer does not say how the problem was noticed, or by whom.', events.slice(0, 2)));
  // A cause clause ("after we changed our opening hours") is not what was done about it.
  // Nor is what they would have done ("if I'd had more time I would have retrained it").
  // What was done about it comes with or after the first sign of trouble: the model's history before ("we trained it on
  // 2019 data") is no action.
  const actions = answer.sentences
    .filter((s, i) => i >= first || ACTION_LABEL.test(lower(s)))
    .map((s) => pastPerfect(s.norm.toLowerCase()).replace(CAUSE, ' ').replace(CONDITIONAL, ' ').replace(WOULD_HAVE, ' ').replace(NOT_DONE, ' '))
    .filter((t) => ACTION.some((p) => p.test(t)) && !EMPTY_ACTION.test(t));
  if (actions.length === 0) out.push(finding('no_action', 'No concrete action is said: what was changed, retrained or rolled back.', answer.sentences.slice(-2)));
  return out;
}
