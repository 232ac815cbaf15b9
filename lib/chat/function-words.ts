import { fold } from "@/lib/kernel/text/fold";

// Only grammar: the insights stopword lists also drop conversational words ("think", "meeting",
// "going"), which a question may well be about, so retrieval keeps those at a lower weight instead.
const ENGLISH = `a about above after again against all am an and any are aren't as at be because been before being
below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few
for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself
his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor
not of off on once only or other ought our ours ourselves out over own same shan't she she'd she'll she's should
shouldn't so some such than that that's the their theirs them themselves then there there's these they they'd
they'll they're they've this those through to too under until up very was wasn't we we'd we'll we're we've were
weren't what what's when when's where where's which while who who's whom why why's with won't would wouldn't you
you'd you'll you're you've your yours yourself yourselves uh um`;

const SPANISH = `a al algo algun alguna algunas alguno algunos ante antes aquel aquella aquellas aquello aquellos aqui
asi aun aunque bajo cada como con contra cual cuales cualquier cuando cuanto de del desde donde durante e el ella
ellas ello ellos en entre eran es esa esas ese eso esos esta estaba estaban estamos estan estar estas este esto
estos estoy fue fueron fui ha habia han has hasta hay haya he hemos la las le les lo los me mi mis mientras mucho
muchos muy ni nos nosotros nuestra nuestras nuestro nuestros o os otra otras otro otros para pero poco por porque
que quien quienes se sea sean ser si sido sino sobre soy su sus tal tambien tan tanto te ti tu tus u un una
unas uno unos usted ustedes vosotros y ya yo eh em`;

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `${ENGLISH} ${SPANISH}`.split(/\s+/).filter(Boolean).map(fold),
);
