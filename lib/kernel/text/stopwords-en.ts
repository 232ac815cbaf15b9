import { fold } from "./fold";

const FUNCTION_WORDS = `a about above after again against all also am an and any are aren't as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
during each either else ever every few for from further had hadn't has hasn't have haven't having he he'd he'll he's
her here here's hers herself him himself his how how's however i i'd i'll i'm i've if in into is isn't it it'd it'll
it's its itself just let let's many may me might mine more most must mustn't my myself neither no nor not now of off
on once one only onto or other others ought our ours ourselves out over own per same shall shan't she she'd she'll
she's should shouldn't since so some such than that that'll that's the their theirs them themselves then there
there'd there'll there's these they they'd they'll they're they've this those though through thus till to too toward
towards under until up upon us very via was wasn't we we'd we'll we're we've were weren't what what's whatever when
when's where where's whether which while who who's whoever whom whose why why's will with within without won't would
wouldn't yet you you'd you'll you're you've your yours yourself yourselves
ain't aren couldn didn doesn hadn hasn haven isn mightn mustn needn shan shouldn wasn weren won wouldn would've
could've should've might've must've y'all across along among amongst behind beside besides beyond despite except
inside outside near throughout unlike versus whereas whenever wherever whichever whomever anyhow somehow
otherwise nevertheless nonetheless meanwhile hence thereby wherein whereby herein thereafter afterwards
again ago alongside beneath underneath onto amid around elsewhere everywhere nowhere none nobody noone indeed
hello hi hey morning afternoon evening goodbye good cheers`;

// Talk that carries no topic: keywords and summary scoring skip these words too.
const CONVERSATIONAL = `yeah yes yep yup no nope okay ok alright right sure well oh ah uh um uhm hmm mm mhm hm erm er
like know mean think thought guess suppose gonna wanna gotta kinda sorta sort kind thing things stuff lot lots bit
really actually basically probably maybe perhaps quite pretty just even still already also anyway anyways obviously
definitely certainly exactly totally literally sometimes something anything everything nothing someone anyone
everyone somebody anybody everybody somewhere anywhere get gets got getting go goes going went gone come comes coming
came want wants wanted say says said saying see seen saw look looks looking looked let make makes made making take
takes took put puts tell told talk talking need needs try trying tried use used using way ways good great nice fine
bad okay cool much lot little big new old first last next two three four five six seven eight nine ten
hundred thousand per cent percent kind sort whole able sure thank thanks please hello hi bye today tomorrow yesterday
time times day days week weeks moment minute minutes second seconds point question questions idea ideas part bit fact
case sense course mean means meant wait okay guys guy person people everybody sorry excuse mr mrs ms dr
send sent sending check checked checking update updated review ask asked asking call called calling email work
working worked works start started starting finish finished done doing happen happened happens agree agreed
decide decided discuss discussed mention mentioned sound sounds seem seems feel felt move moving keep give gave find
found show showed help bring write wrote read run set change changed meet meeting meetings saying told talked
different important interesting similar whatever however therefore instead rather almost enough
especially often soon later early ago far around certain else back eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety million billion half`;

// When, not what: calendar words and time of day say when something happens, never the topic.
const CALENDAR = `monday tuesday wednesday thursday friday saturday sunday january february march april june
july august september october november december year years month months date dates weekend weekends morning
mornings afternoon evening night tonight hour hours honestly frankly seriously truly hey`;

export const STOPWORDS_EN: ReadonlySet<string> = new Set(
  `${FUNCTION_WORDS} ${CONVERSATIONAL} ${CALENDAR}`.split(/\s+/).filter(Boolean).map(fold),
);
