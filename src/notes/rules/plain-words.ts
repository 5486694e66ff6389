// The words the parts of a plain explanation are read with (plain-parts.ts,
// plain-output.ts, plain-asked.ts): who uses a model, stock phrases of
// benefit that name no work, data named by nothing but its amount or owner,
// and a non-native verb without its -s read as the verb it is.

/** Who uses a model's output: roles, teams and bodies, singular or plural. */
export const PEOPLE = String.raw`(?:teams?|managers?|agents?|staff|hosts?|waiters?|waitresses?|nurses?|doctors?|customers?|clients?|users?|people|us|them|sales|analysts?|buyers?|drivers?|auditors?|lawyers?|planners?|recruiters?|accountants?|engineers?|operators?|traders?|underwriters?|reviewers?|moderators?|inspectors?|technicians?|dispatchers?|clinicians?|employees?|shoppers?|callers?|students?|teachers?|editors?|sellers?|merchants?|caseworkers?|receptionists?|clerks?|keepers?|specialists?|supervisors?|officers?|scouts?|beekeepers?|growers?|farmers?|dentists?|vets?|crews?|fore(?:man|men)|coaches?|fundraisers?|librarians?|councils?|schedulers?|pharmacists?|surgeons?|radiologists?|judges?|cashiers?|pickers?|controllers?|investigators?|assessors?|valuers?|brokers?|coordinators?|administrators?|volunteers?|carers?|counsellors?|tutors?|wardens?|rangers?|guards?|couriers?|captains?|pilots?|stewards?|porters?|chefs?|landlords?|archivists?|curators?|researchers?|designers?|developers?|testers?|marketers?|advisers?|advisors?|consultants?|partners?|owners?|vendors?|suppliers?|shops?|branch(?:es)?|depots?|office|desk|techs?|reps?|medics?|paramedics?|parents?(?! (?:compan(?:y|ies)|group|firm|body|organi[sz]ation)\b)|secretar(?:y|ies)|patients|residents|members|guests|passengers|tenants|panels?(?<!(?:solar|control|side|front|back|glass|wall|door|roof) panels?)|agenc(?:y|ies)|committees?)`;
/** Machines named with an agent ending ("the scanner flags"): not people. */
export const MACHINE_AGENT = String.raw`(?:comput|scann|track|classifi|detect|predict|rank|filt|rout|recommend|sens|monit|calculat|generat|indicat|count|schedul|optimi[sz]|regress|encod|decod|transform|print|transmitt|receiv|convert|charg|heat|cool|load|feed|mix|spray|sort|sampl|count|freez|compress|dry|wash|mow|blend|cook|fry|toast|grind|roll|burn|dispens|radiat|mot|elevat|escalat|react|ventilat|incubat|convey|excavat|sprinkl|propell|thrust|cylind|carburet|transist|capacit|resist|process|accelerat|actuat|compact|extract|separat|digest|evaporat|condens|invert|adapt|chill|humidifi|purifi|shredd|crush|boil|contain|refrigerat)`;
/** Words with an agent's ending that name no one. */
export const NOT_AGENT = String.raw`(?:for|or|over|under|after|later|never|ever|whether|either|neither|rather|other|another|number|order|water|paper|together|further|per|her|list|exist|sooner|faster|better|ever)`;
/** Words ending like a role that name no one. */
export const NOT_ROLE_ER = String.raw`(?:newspaper|powder|timber|rubber|leather|silver|copper|lavender|thunder|ladder|shoulder|finger|liver|cancer|feather|fibre|fiber|meteor|interior|exterior|mirror|terror|horror|honour|honor|flavour|flavor|harbour|harbor|labour|labor|favour|favor|behaviour|behavior|vapour|vapor|humour|humor|tumour|tumor|weather|winter|summer|centre|center|letter|matter|error|errors|factor|factors|sensor|sensors|floor|door|colou?r|hour|hours|four|minor|major|prior|meter|meters|filter|filters|layer|layers|power|tower|computer|computers|container|containers|trailer|chapter|quarter|register|answer|answers|lower|higher|bigger|smaller|older|newer|longer|shorter|earlier|cheaper|larger|greater|fewer|wider|quicker|slower|easier|harder|clearer|closer|deeper|stronger|weaker|rather|corner|border|cluster|poster|folder|river|butter|litter|super|parameter|threshold|vector|vectors|tensor|encoder|decoder|transformer|classifier|regressor|detector|predictor|optimizer|optimiser|scheduler|counter|monitor|indicator|calculator|generator|router|tracker|scanner|printer|server|browser|driver's|user's|christian|median|gaussian|bayesian|boolean|histor|list|exist|mist|twist)`;
/**
 * A person by role: the listed ones, or a word with a person's ending ("the audiologist", "our negotiators", "the
 * estimator", "the harbour master", "she"), not a machine's ("the scanner") nor a word that only looks like one
 * ("number", "order", "weather") or a comparison ("longer", "cheaper").
 */
export const ROLE = String.raw`(?:${PEOPLE}|(?![a-z]*(?:${MACHINE_AGENT})(?:er|or)s?\b|${NOT_AGENT}s?\b|${NOT_ROLE_ER}\b)[a-z]{3,}(?:er|or|ist|ian)s?|[a-z]+ (?:master|mistress|lead|boss|head)s?|head of (?:the )?[a-z]+|she|he)`;
/** Verbs of building the model or of liking it: a role doing these says nothing of what the model is for. */
export const NOT_USING = String.raw`(?:types?|typed|typing|fills?|filled|filling|enters?|entered|submits?|submitted|uploads?|uploaded|sends? in|sent in|writes? in|phones? in|rings? in|calls? in|reports?|reported|are|were|is|was|have|has|had|be|been|being|do|does|did|love|loves|loved|like|likes|liked|said|says|say|think|thinks|thought|told|tell|who|that|which|would|will|and|or|but|with|of|in|on|at|to|for|trained|train|trains|built|labell?ed|label|labels|wrote|write|writes|coded|deployed|deploy|made|make|designed|tested|test|tuned|fine-tuned|wanted|want|needed|need|used|got|went|go|goes|came|come|seem|seems|happy|very|really|mostly|found|find|finds|trust|trusts|trusted|enjoy|enjoyed|enjoys|rate|rated|before|after|while|during|until|than|so|still|never|didn't|don't|doesn't|won't|can't)`;
/** An alert sent to people ("pages the stroke team", "texts the repair crew"): what it gives back, and who acts on it. */
export const ALERTS_PEOPLE = /\b(?:pages?|alerts?|notif(?:y|ies)|pings?|texts?|emails?|messages?|rings?) (?:the |a |our |their )?(?:(?!(?:from|of|by|with|about|on|in|at|off)\b)[\w-]+ ){0,2}(?:team|doctor|nurse|crew|manager|staff|on-call|engineer|driver|owner|user|customer|clerk|officer|inspector)s?\b/;
/** Benefit said only in business words ("drive smarter decisions", "gives them a lot of value and visibility"): no decision, no input. */
export const GENERIC = /\b(?:(?:helps?|helping|lets?|allows?|enables?) (?:[\w-]+ ){0,2}(?:to )?|so (?:that )?(?:[\w-]+ ){0,2}(?:can |could |will |would )?)?(?:make |makes |making |take |takes |drive |drives |driving |support |supports )?(?:(?:more |most )?(?:better|smarter|faster|quicker|wiser|good|informed|more informed|data-driven)(?: and)? )+decisions?\b(?: (?:faster|quicker|sooner))?|\b(?:(?:helps?|helping|lets?|allows?|makes?) (?:[\w-]+ ){0,2}(?:to )?)?(?:be |become |run |work |get )?(?:a lot |much |far )?more (?:efficient|productive|effective|streamlined|agile)\b|\b(?:(?:really|very|truly|super|genuinely|so) )?(?:actionable |valuable |useful |better |deeper |real )?insights?\b|\b(?:finds?|finding|figures? out|spots?|spotting|uncovers?|surfaces?|picks? up(?: on)?) (?:all sorts of |all kinds of |lots of |the |some )?(?:useful |hidden |interesting |important |meaningful |subtle |complex )?(?:patterns|trends|correlations|connections|relationships)(?: (?:in|from) (?:it|them|the data|all (?:that|of it)))?\b|\bbusiness value\b|\badds? (?:(?:more and more|more|real|a lot of|lots of|so much|huge|great|extra) )?value\b|\bdata-driven\b|\b(?:gives?|giving|brings?|provides?|offers?|delivers?) (?:them |us |you |everyone |the business |stakeholders )?(?:a lot of |lots of |more |real |great |huge |much more )?(?:(?:really|very|truly|super|genuinely|so) )?(?:better |deeper |actionable |useful |valuable |new |real )?(?:value|visibility|transparency|clarity|insights?)(?: and (?:value|visibility|transparency|clarity|insights?))*\b|\bacross the (?:organi[sz]ation|business|company)\b|\bso (?:that )?(?:the |our )?(?:business|company|organi[sz]ation|firm|club|chain|team) (?:can |could |will |would )?(?:plan|run|work|operate|perform|do) (?:better|smarter|more efficiently|well)\b|\b(?:helps?|lets?|allows?|enables?) (?:the |our |their )?(?:[\w-]+ ){0,2}(?:be|become|stay|get) (?:a lot |much |far )?(?:more )?(?:proactive|efficient|productive|effective|agile|informed|responsive|strategic|competitive)\b|\b(?:going|moving) forward\b/g;

/** How well, with nothing said of what: "better", "smarter", "where it matters most". */
export const VAGUELY = String.raw`(?:(?:much|far|a lot|way|even|so much) )?(?:better|smarter|faster|quicker|more efficiently|more effectively|more (?:proactive|productive|efficient|effective|strategic|agile|informed|responsive|confident|aligned)|ahead|where it matters(?: most)?|on what matters(?: most)?|on the right things|proactive|efficient)`;
/**
 * A benefit with no work or decision in it ("so they can plan better", "so everyone can focus where it matters most",
 * "helps the planning team work smarter", "helping them focus", "a game changer for the team", "makes their life
 * easier", "insights that managers can act on"): it names whom, at most, never what for.
 */
export const VAGUE_BENEFIT = new RegExp(
  String.raw`\bso (?:that )?(?:[\w'-]+ ){1,3}?(?:can|could|will|would) (?:plan|work|focus|operate|run|decide|engage|perform|act|be|become|get|stay|do (?:their|the|its) (?:jobs?|work))(?: ${VAGUELY})?(?= *(?:[.!]|$|and\b|but\b|in how\b))` +
    String.raw`|\b(?:helps?|helping|lets?|allows?|enables?) (?:the |our |their |them |us |people |everyone )?(?:[\w'-]+ ){0,3}?(?:to )?(?:work|plan|focus|operate|run|decide|engage|perform|act)(?: ${VAGUELY})?(?= *(?:[.!]|$|and\b|but\b))` +
    String.raw`|\b(?:a |the )?(?:real |big |huge |massive |total |complete )?(?:game[- ]?changer|difference|step up|step change|improvement|win|success)(?: for (?:the |our |their |a )?(?:[\w'-]+ ){0,3}?(?:team|business|company|organi[sz]ation|everyone|us|them|staff|people)s?)?(?: in terms of \w+)?\b` +
    String.raw`|\bmakes? (?:their |our |everyone's |people's |the team's )?(?:li(?:fe|ves)|jobs?|work|day) (?:a lot |much |so much )?easier|\bsaves? (?:a lot of |lots of |loads of )?time (?:across the board|all round|for everyone)|\b(?:that|which) (?:[\w'-]+ ){0,2}can (?:act|take action) on(?= *(?:[.!,]|$|and\b))`,
  'g',
);
/** Things a model reads, in ordinary words. */
export const DATA_NOUNS = String.raw`(?:stats|statistics|temperatures?|pressures?|counts|samples?|loggers?|gauges?|radars?|sensors?|forecasts?|timetables?|rotas?|swipes?|traffic|locations?|addresses|postcodes?|ages|sizes|weights|speeds|distances|dates|schedules|ratings|grades|attendance|absences|usage|footfall|stock levels|inventory|deliveries|shifts|appointments|inspections|repairs|faults|breakdowns|humidity|rainfall|symptoms|vitals|prescriptions|medications?|docs?|documents?|articles?|pages?|manuals?|polic(?:y|ies)|emails?|tickets?|reviews?|contracts?|records?|photos?|images?|pictures?|transcripts?|messages?|history|transactions?|readings?|orders?|logs?|notes?|questions?|applications?|invoices?|claims?|titles?|quer(?:y|ies)|descriptions?|texts?|comments?|profiles?|listings?|bookings?|sales|purchases?|payments?|calls?|receipts?|weather|prices?|figures|adverts?|ads|measurements?|recordings?|habits|visits|clicks|complaints?|posts|videos?|audio|files?|forms?|statements?|spreadsheets?|cvs?|resumes?|meters?|scans?|x-?rays?|satellites?)`;
export const NOT_GENERIC = String.raw`(?!(?:things(?! like| such)|lots|many|various|different|a lot|all kinds|everything|stuff|(?:all (?:of )?)?(?:the |our |your )?(?:relevant |available |necessary |right |internal |existing )?data|it|(?:user |customer )?behaviou?r|machine learning|ai|artificial intelligence|algorithms?|models?|deep learning|(?:the )?(?:feature vectors?|features|embeddings?|vectors|tensors|signals|inputs|patterns))\b)`;
/** Words for data that name none of it: "data", "signals", "history", "everything". */
export const DATA_HEAD = String.raw`(?:data|datasets?|information|info|signals|stuff|details|features|history|records|inputs|telemetry|feeds?|variables|fields|columns|rows|attributes|metrics|sources|everything|anything|whatever|all of it|what(?:'s| has)? (?:happened|gone on|been going on) (?:before|in the past|previously|last time)|the past(?= *(?:[.,;:!?)]|$| (?:and|or|but|so|to|is|was|it|they|we|which|that|when|because|as|for|in|of|on)\b))|past experience)`;
/** What leaves them nameless: quantity, ownership, age or kind ("all the", "our historic", "the plant", "the practice's", "a couple hundred"). */
export const VAGUE_MOD = String.raw`(?:[\w-]+'s|all|any|whatever|every|lots of|loads of|a lot of|a bunch of|a couple(?: of)?|a few|hundreds of|thousands of|millions of|dozens of|\d[\d.,]*(?: million| thousand| hundred)?|(?:a |one |two |three |several )?hundreds?|some|other|various|different|many|more|the|our|their|your|its|this|that|these|those|same|usual|normal|standard|basic|historic|historical|past|previous|old|existing|available|relevant|internal|raw|own|collected|stored|captured|customer|client|company|business|plant|process|admin|administrative|monitoring|system|operational|sign-up|live|real-time|kinds? of|sorts? of|types? of|of|from|basically|just|only|well|really)`;
/** A verb, preposition or list word before a data phrase: the phrase starts there ("uses all the data", "on our historic data"). */
export const BEFORE_DATA = String.raw`(?<=^|(?:[-*+•]|\b(?:uses?|using|used|takes?(?: in)?|taking(?: in)?|took(?: in)?|reads?|on|from|of|with|at|into|in|is|are|was|were|inputs?|looks? at|looking at|pulls?(?: in| from)?|based on|built on|trained on|fed|feeds?(?: in)?|analy[sz]es|combines|and|plus|also|about|over|learns? from|goes on|works? (?:from|off|on)|draws? on|is given|gets?|sees|knows?|has|have|collects?|captures?)) )`;
/**
 * Data named only by how much of it there is, whose it is or how old ("all the data we have on the flats", "our
 * historic data", "the plant data", "a couple hundred features from telemetry", "whatever the feed sends us",
 * "everything we hold on the resident"): it says no information, and reads as "stuff".
 */
/** Data named only in a model's own words ("the embedded event vectors", "booking-curve features"): no information a listener can follow. */
export const MODEL_DATA = new RegExp(String.raw`${BEFORE_DATA}(?:(?!(?:top|main|most|key|biggest|strongest|important)\b)[\w-]+ ){0,3}?(?:feature vectors?|vectors|embeddings|tensors|features)\b(?! (?:include|includes|included|are|were|like|such as|as|of|so|namely|in plain|when (?:asked|pushed|pressed))\b)`, 'g');
export const GENERIC_DATA = new RegExp(
  String.raw`${BEFORE_DATA}(?:${VAGUE_MOD} )*${DATA_HEAD}(?! (?:include|includes|included|are|were|is|was|like|such as|as|in plain|in plainer|when asked|when pushed|when pressed|e\.g|of|from|with|said|given|in (?:his|her|their) words)\b)(?: (?:that |which )?(?:we|they|you|it|the [\w-]+) (?:have|has|had|'ve got|hold|holds|held|are holding|keep|keeps|collect|collects|collected|capture|captures|captured|get|gets|got|store|stores|log|logs|sends?(?: us)?|track|tracks|record|records|see|sees)(?: (?:on|about|for|from|in|at|of) (?:the |our |their |a |an |each |every )?[\w'-]+)?)?(?: (?:in|from) (?:the|our) (?:system|systems|database|warehouse|crm|hotel systems))?(?![\w-])`,
  'g',
);

/** What a model is called, plainly or by its kind: what works on data. */
export const MODEL_WORD = String.raw`(?:[a-z]*(?:recommend|rank|classifi|predict|forecast|detect|schedul|estimat|optimi[sz])(?:er|or)|model|classifier|regressor|ensemble|network|forest|tree|boosting|regression|lstm|cnn|transformer|agent|system|tool|it|algorithm|pipeline)`;

/** A verb of reading whose object names nothing ("it takes in stuff", "it's based on stuff"): says no input either. */
const READS_NOTHING = /\b(?:(?:is |are |was |'s )?(?:uses?|used|using|reads?|takes?|taking|took|looks?|looking|pulls?|draws?|works?|goes|went|feeds?|fed|based|built|trained|learns?|learned|learnt|runs?|relies|depends|knows?|sees?|combines?|analy[sz]es|brings? together|collects?|captures?)(?: (?:in|at|on|from|into|off|through|to|together))? (?:well )?)?stuff\b(?: (?:and|or|plus) stuff\b)*/g;

/**
 * Nameless data as one of a list: the others are what it reads ("looks at the shop's history, what proof they sent",
 * "takes the TOC, temperature and flow"), when the next item opens as a thing does or is a kind of information.
 */
const ONE_OF_A_LIST = new RegExp(String.raw`\bstuff,? (?:(?:and|or|plus|&) )?(?=(?:the|their|its|his|her|our|a|an|each|every|any|what|how|whether|when|where|(?!(?:it|that|there|what|here|he|she|who|where|how|let)'s)[a-z]+'s|${DATA_NOUNS})(?![\w-]))`, 'g');

/** Where data comes from named in place of the data, ending the clause ("it learns from the farm", "uses the database"): no information. */
const SOURCE_ONLY = new RegExp(String.raw`${BEFORE_DATA}(?:(?:the|our|their|its|this|that|whole) )?(?:farm|business|company|firm|shop|store|plant|site|factory|organi[sz]ation|database|databases|system|systems|warehouse|platform|crm|erp|cloud|internet|web|server|servers|city|town|area|region|neighbou?rhood|market|world|country)(?= *(?:[.!?;,)/]|$))`, 'g');
/**
 * Nameless data as the first of a list whose next item is a kind of information ("reads the AIS tracks of ships in the
 * channel and the weather forecast"): the list goes on to what it reads.
 */
const LIST_GOES_ON = new RegExp(String.raw`\bstuff(?: (?:of|on|from|for|in)(?: [\w'-]+){1,5}?)?,? (?:and|plus|or|&|as well as|along with|together with) (?=(?:the |their |its |our |a |an |some )?(?:(?!(?:gives?|returns?|outputs?|produces?|makes?|puts?|sends?|flags?|scores?|ranks?|predicts?|estimates?|tells?|shows?|turns?|spits?)\b)[\w'-]+ ){0,2}${DATA_NOUNS}(?![\w-])(?! (?:systems?|databases?|software|platforms?|apps?|tools?|teams?|servers?)\b))`, 'g');

/** The text with data that names no information read as "stuff", and a verb of reading it taken out with it. */
export function namelessData(text: string): string {
  return text.replace(MODEL_DATA, 'stuff').replace(GENERIC_DATA, 'stuff').replace(SOURCE_ONLY, 'stuff').replace(ONE_OF_A_LIST, '').replace(LIST_GOES_ON, '').replace(READS_NOTHING, 'stuff');
}

/** Words after which a bare verb is no slip of agreement. */
const NOT_A_VERB = String.raw`(?:can|could|will|would|should|may|might|must|shall|is|was|were|are|am|be|been|being|has|had|have|did|does|do|not|cannot|never|only|also|just|always|often|then|still|really|so|too|very|and|or|but|if|of|in|on|at|to|for|with|by|from|as|a|an|the|this|that|it|its|one|all|each|every|which|who|what|when|where|how)`;
const BARE_VERB = new RegExp(
  String.raw`(^|\b(?:and|so|then|because|when|if|but|where|now|first|also) )(it|(?:the|our|this|their|my|a) (?:[\w-]+ )?(?:model|system|tool)) (?!${NOT_A_VERB}\b)([a-z]{2,}?)(?<![su]|ed)\b(?![-'])`,
  'g',
);

/**
 * "it look the pictures", "our model check it", "it give them": a verb without its third-person -s (a
 * non-native slip) is read as the verb it is, so the same content is found in either phrasing.
 */
export function thirdPerson(text: string): string {
  return text.replace(BARE_VERB, '$1$2 $3s');
}


const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word of a data phrase: not a small word that links or ends one, a person, or a verb of taking it in. */
const PHRASE_WORD = String.raw`(?!(?:and|or|but|so|then|which|that|who|to|it|is|are|was|were|be|the|a|an|of|with|for|from|on|in|at|by|plus|like|as|into|when|where|if|because|stuff|we|i|you|they|he|she|its|ours|theirs|uses?|using|takes?|reads?|looks?|feeds?|gets?|has|have|had|does|do|did|sees?|knows?|pulls?|checks?|combines?|estimates?|predicts?)\b)[a-z][\w'-]*(?<!ed|ing)`;
const DETERMINER = String.raw`(?:all (?:of )?)?(?:the|a|an|our|their|its|his|her|this|that|these|those|some|all|each|every|any)`;
/** Terms that name no data for this reading: a participle ("fine-tuned", "pretrained"), or a word nameless data is read by already ("features"). */
const NOT_DATA_TERM = new RegExp(String.raw`(?:ed|ing)$|^(?:${DATA_HEAD}|embeddings?|vectors?|tensors?)$`);
/** Information a listener knows by its name ("the GFS forecast", "the NWP weather"): a phrase with one says something. */
const NAMED_INFORMATION = new RegExp(String.raw`(?<![\w-])(?!(?:${DATA_HEAD})(?![\w-]))${DATA_NOUNS}(?![\w-])`);

/**
 * Data named only in terms a listener would not follow ("the ATA chapter, the PIREPs", "our MES data", "a random forest
 * on the UWFS history"): a phrase of the answer's unexplained terms (jargon.ts), with at most two ordinary words around
 * them and no kind of information a listener knows ("forecast", "photos"), says no information, and reads as "stuff"
 * as nameless data does.
 */
export function jargonData(text: string, terms: readonly string[]): string {
  const names = terms.filter((t) => !NOT_DATA_TERM.test(t));
  if (names.length === 0) return text;
  const term = String.raw`(?<![\w'-])(?:${[...names].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:s|es)?(?![\w'-])`;
  const phrase = new RegExp(
    String.raw`(?:${BEFORE_DATA}|(?<=[,;:(] ))(?:${DETERMINER} )?(?:${PHRASE_WORD} ){0,2}?${term}(?:,? (?:(?:and|or|plus|&) )?(?:${DETERMINER} )?(?:${PHRASE_WORD} )?${term})*(?: ${PHRASE_WORD}){0,2}?(?=$|[,;:.!?)]| (?:and|or|but|so|then|which|that|who|is|are|was|were|of|with|for|from|on|in|at|by|plus|as|into|when|where|if|because|[a-z]+ing)\b)`,
    'g',
  );
  const named = new RegExp(term, 'g');
  // A term that is the method run on the data ("we used ARIMA on their daily sales") is the model, not what it reads.
  const method = new RegExp(String.raw`\b(used|using|uses?|ran|runs?|running|fit|fits|fitted|trained|trains|built|builds|applied|applies|tried) (?:an? |the |our )?${term}(?: (?:model|network|forecaster))?(?= (?:on|over|across) )`, 'g');
  return text
    .replace(method, '$1 a model')
    .replace(phrase, (p) => (NAMED_INFORMATION.test(p.replace(named, ' ')) ? p : 'stuff'))
    .replace(/\bstuff(?:,? (?:(?:and|or|plus|&) )?stuff\b)+/g, 'stuff');
}
