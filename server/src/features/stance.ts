// The Government's stance on each recommendation: inferred from the response's wording, and the user's own `@stance:`.
import type { Report } from '../model';
import { annotationsByRecommendation } from './annotations';
import { responseBodyText } from './responseText';
import { previousVersion } from '../model';
import { decisionAt, verdictOf } from '../model/verdicts';
import { BODY_KINDS, expandNumberList, NUMBER_LIST } from '../model/patterns';
import { cutAtWord } from './sentences';
import { navIndex } from './navIndex';

export const STANCE_VALUES = ['accepted', 'accepted-in-part', 'accepted-in-principle', 'under-consideration', 'noted', 'rejected'] as const;
export type StanceValue = (typeof STANCE_VALUES)[number];
/** 'unclear': the response has words, but none that decide; a wrong stance is worse than an unknown one. */
export type InferredStance = Exclude<StanceValue, 'accepted-in-principle'> | 'no-response' | 'unclear';

export interface Inference {
  stance: InferredStance;
  /** The words that decided it, as written in the response. */
  phrase?: string;
}

export interface RecommendationStance {
  inferred: Inference;
  /** The user's `@stance:` value when it is a valid one. */
  user?: StanceValue;
}

/** The name after a department, ministry or minister ("… for Education", "… of Housing, Communities and Local Government"): a few words. */
const OF_NAME = String.raw`(?: (?:of|for) [\w&'’-]+(?:,? (?:and |of |for |the )?[\w&'’-]+){0,5}?)?`;
/**
 * Who decides, when not "we": "the Government", "the Welsh Government", "the Department" (for Education), "the Ministry"
 * (of Defence), "the Minister", "the Secretary of State", "the Agency", "the Commission", "DfE", "DHSC", "NHS England",
 * "Ofsted" … (the patterns ignore case); its initials may follow in brackets, "the Department for Education (DfE)".
 */
const WHO = String.raw`(?:we|the (?:(?:Welsh|Scottish|UK|Northern Ireland) )?(?:Government|MoD|Treasury|Home Office|Cabinet Office|Executive|Agency|Commission|Authority|Regulator|Inspectorate|Board|Service|(?:Department|Ministry|Minister|Secretary of State)${OF_NAME})|(?:Welsh|Scottish) Ministers|UKRI|UK Research and Innovation|DfE|DHSC|DWP|DfT|DESNZ|DEFRA|DCMS|DSIT|DBT|FCDO|MHCLG|DLUHC|MoD|MoJ|HMT|HM Treasury|HMRC|HMPPS|Ofsted|Ofqual|Ofgem|Ofwat|Ofcom|CQC|UKHSA|NHS England|NHS Improvement|Homes England|Natural England|Historic England|Sport England|Public Health England)(?: \([A-Za-z]{2,8}\))?`;
/**
 * Who speaks in the plural or the first person: "we", in a minister's letter "I", and a devolved government's
 * ministers ("Scottish Ministers agree").
 */
const SPEAKERS = String.raw`(?:we|I|(?:(?:Welsh|Scottish|UK) )?Ministers)`;
const who = (rest: string) => new RegExp(String.raw`\b${WHO} ${rest}\b[^.]*`, 'i');

/** What the Committee found, which a response may dispute without rejecting the recommendation: "the Committee's characterisation". */
const CLAIM = String.raw` the Committee['’]s (?:characterisation|analysis|assessment|view|conclusions?|findings?|criticisms?|description)\b`;

/**
 * What a response may reject without rejecting the recommendation: a claim ("rejects the suggestion that funding has
 * fallen") or what the Committee found ("we reject the Committee's characterisation").
 */
const DISPUTED = String.raw` (?:the|any) (?:suggestion|claim|assertion|view|idea|premise|characterisation|criticism|notion|argument)s?\b|${CLAIM}`;

/**
 * Rejections of the recommendation itself: they decide even when the response agrees with something else. Who speaks
 * in the first person may be "we" or, in a minister's letter, "I" ("I agree", "I do not accept …").
 */
export const FIRM_REJECTION = [
  new RegExp(String.raw`\b${SPEAKERS} (?:do not|don't|cannot|can ?not|are unable to|are not able to|am unable to|am not able to) accept\b(?![^.]{0,40}\bin full\b|${CLAIM}| that\b)[^.]*`, 'i'),
  // Said of the recommendation, whoever says it, after agreeing with something else ("… is important but does not
  // accept the recommendation").
  /\b(?:do not|does not|don't|doesn't|cannot|can ?not|(?:is|are) (?:unable|not (?:able|in a position)) to) accept (?:this|the|these) recommendations?\b(?!['’]s|[^.]{0,20}\bin full\b)[^.]*/i,
  /\b(?:(?:this|the|these) recommendations? (?:is|are|was|were|(?:has|have) been)|recommendations? \d{1,3}(?:(?:,| and| to) \d{1,3})* (?:is|are|was|were|(?:has|have) been)|(?<![a-z] )recommendations?) (?:not accepted|not agreed|rejected)\b[^.]*/i,
  /\bwill not (?:be )?(?:taking|take) (?:this|these|the recommendations?|(?:this|these) recommendations?) forward\b[^.]*/i,
  /\b(?:will not|do not|does not|cannot|can ?not|(?:is|are|am) (?:unable|not able) to) (?:be able to )?(?:be )?(?:intend to )?implement(?:ing)? (?:this|the|these) recommendations?\b(?![^.]{0,40}\bin full\b)[^.]*/i,
  // "The Government cannot commit to this recommendation at this time".
  /\b(?:cannot|can ?not|(?:is|are|am) (?:unable|not able|not in a position) to) commit to (?:this|the|these) recommendations?\b[^.]*/i,
  new RegExp(String.raw`\b${SPEAKERS} (?:have |had )?reject(?:ed)?\b(?!${DISPUTED})[^.]*`, 'i'),
  // "… is not minded to accept …", "It would not be appropriate to accept …", "… is unable to agree to this recommendation".
  /\b(?:is|are|am) not minded to (?:accept|agree to|implement|adopt)\b[^.]*/i,
  /\bwould not be appropriate to (?:accept|implement|adopt)\b[^.]*/i,
  /\b(?:is|are|am) (?:unable|not able) to agree to (?:this|the|these) (?:recommendations?|requests?|proposals?)\b[^.]*/i,
  who(String.raw`(?:(?:does not|doesn't|did not|didn't|cannot|can ?not|is unable to) accept|(?:has not|hasn't|had not) accepted)(?![^.]{0,40}\bin full\b|${CLAIM}| that\b)`),
  who(String.raw`(?:rejects|(?:has |had )?rejected)(?!${DISPUTED})`),
];
/** Rejections that, beside agreement elsewhere, make a partial acceptance. */
export const REJECTION = [
  new RegExp(String.raw`\b${SPEAKERS} (?:do not|don't) (?:agree|concur)\b[^.]*`, 'i'),
  new RegExp(String.raw`\b${SPEAKERS} disagree\b[^.]*`, 'i'),
  who(String.raw`(?:does not|doesn't|did not|didn't) (?:agree|concur)`),
  // "It is not the Government's intention to legislate", "It is not our intention to …".
  /\bit is not (?:the (?:Government|Department|Ministry)['’]s|our|its) intention to\b[^.]*/i,
  who('disagree[sd]'),
  // "We do not think that a percentage target would be helpful", "… does not believe a review is necessary".
  /\b(?:do not|does not|don't|doesn't) (?:consider|feel|think|believe)\b[^.]{0,80}\b(?:necessary|needed|appropriate|right|required|warranted|justified|helpful|useful|proportionate|practicable|feasible|desirable|workable)\b[^.]*/i,
  // "The Government does not see the need for …", "We see no need for …".
  /\b(?:(?:do not|does not|don't|doesn't) see (?:the |a |any )?|sees? no )need\b[^.]*/i,
  // "We see no case for a statutory duty", "The Department sees no reason to …".
  /\bsees? no (?:case|reason|justification)\b[^.]*/i,
  new RegExp(String.raw`\b${SPEAKERS} (?:do not|don't) (?:propose|intend|plan) to\b[^.]*`, 'i'),
  who(String.raw`(?:does not|doesn't) (?:propose|intend|plan) to`),
  // "The Government does not support a trial", "We do not support this recommendation" (not a claim it disputes: "… does
  // not support the suggestion that …").
  new RegExp(String.raw`\b${SPEAKERS} (?:do not|don't|did not|didn't) support\b(?!${DISPUTED})[^.]*`, 'i'),
  who(String.raw`(?:does not|doesn't|did not|didn't) support(?!${DISPUTED})`),
  // "The Government has no plans to …", "… for a separate review"; "It has no plans …" after the body is named.
  who(String.raw`(?:has|have) no (?:current |immediate )?(?:plans?|intention) (?:to|for)`),
  /\bit has no (?:current |immediate )?(?:plans?|intention) (?:to|for)\b[^.]*/i,
  // "There are no plans to change the law", "There are currently no plans to …".
  /\bthere (?:are|is) (?:currently |at present )?no (?:current )?(?:plans?|intention) (?:to|for)\b[^.]*/i,
  // "The Government declines this recommendation", "We decline to do so", "… will not be adopting this recommendation".
  new RegExp(String.raw`\b${SPEAKERS} decline\b[^.]*`, 'i'),
  who('declines'),
  /\bwill not be (?:adopting|implementing|accepting|taking forward) (?:this|the|these) recommendations?\b[^.]*/i,
  // "The Government will not take forward this recommendation", "This will not be taken forward".
  /\b(?:will not|won't|does not|do not|doesn't|don't) (?:intend to )?take forward (?:this|the|these) recommendations?\b[^.]*/i,
  /\b(?:this|it|(?:this|the|these) recommendations?) (?:will not|is not|are not|won't) (?:be )?(?:being )?taken forward\b[^.]*/i,
  /\b(?:is|are|am) (?:unable|not able) to agree with (?:this|the|these) recommendations?\b[^.]*/i,
  // Said after "but", of whoever agreed or noted first: "… agrees with the aim of this recommendation but does not
  // accept that a new body is needed", "… notes the recommendation but has no plans to change …".
  // Or after what was done: "… has considered this carefully and does not intend to provide such an exemption".
  /\b(?:but|and) (?:(?:does|do) not|doesn't|don't|cannot|can ?not) (?:accept|agree|support|propose|intend|plan|commit)\b[^.]*/i,
  /\bbut (?:has|have) no (?:plans?|intention) to\b[^.]*/i,
  // "I regret that we cannot do so", "I am afraid that the Department is unable to …".
  /\b(?:regret|afraid) that\b[^.]{0,40}?\b(?:cannot|can ?not|(?:is|are|am) unable to|(?:is|are|am) not able to|will not be able to)\b[^.]*/i,
  // "We are not able to commit to this", "… cannot commit to doing so".
  /\b(?:cannot|can ?not|(?:is|are|am) (?:unable|not able|not in a position) to) commit to (?:this|it|doing (?:this|so))\b[^.]*/i,
  // Disputing what the Committee found, not its recommendation: in part beside agreement ("We do not accept the
  // Committee's characterisation, but agree that more can be done"); decided not to go on with it.
  new RegExp(String.raw`\b(?:(?:do not|does not|don't|doesn't|cannot|can ?not) accept|rejects?)${CLAIM}[^.]*`, 'i'),
  /\b(?:has|have) decided not to (?:proceed|take|implement|accept|adopt|pursue)\b[^.]*/i,
  new RegExp(String.raw`\b${SPEAKERS} (?:do not|don't|cannot|can ?not|are unable to|am unable to) support (?:this|the|these) recommendations?\b[^.]*`, 'i'),
  who(String.raw`(?:does not|doesn't|cannot|can ?not|is unable to) support (?:this|the|these) recommendations?`),
  // Not accepting a claim ("does not accept that the system is failing"): a rejection, unless agreement follows ("…,
  // but agrees that more can be done"), when it is one in part.
  // (Said by whoever: a pattern that opens with who speaks is tried at every position, and costs the whole reading.)
  /\b(?:do not|does not|don't|doesn't|cannot|can ?not) accept that\b[^.]*/i,
  /\b(?:is|are|am|remains?) (?:not |un)(?:persuaded|convinced) (?:that\b|of the (?:case|need) for\b)[^.]*/i,
  // "This is not something the Government intends to pursue", "We would not support a statutory duty".
  /\bnot something (?:that )?(?:the \w+|we) (?:intends?|plans?|proposes?|wishes?|wants?) to\b[^.]*/i,
  new RegExp(String.raw`\b${SPEAKERS} would not support\b[^.]*`, 'i'),
  who('would not support'),
  /\b(?:is|are) unnecessary\b[^.]*/i,
  /\b(?:there (?:is|are) already sufficient|sufficiently robust|already (?:in place|exist)[^.]{0,40}\baddress)\b[^.]*/i,
  /\baddress(?:es)? this concern\b[^.]*/i,
];

/**
 * What one agrees to do, as the verb after "agreed to" gives it: a deed ("publish", "carry out"), not thinking about it
 * ("consider", "review", …, which is under consideration) nor agreeing to a thing ("the", "this", "it").
 */
const TO_DO = String.raw`(?!consider|review|explore|look|examine|reflect|discuss|think|keep|the\b|this\b|these\b|that\b|it\b)[a-z]+`;

export const ACCEPTANCE = [
  // (Also done: "We have accepted this recommendation", "I agreed …".)
  new RegExp(String.raw`\b${SPEAKERS} (?:do |fully |strongly |have |had )?(?:agree|accept)(?:e?d)?\b[^.]*`, 'i'),
  who(String.raw`(?:fully |strongly )?(?:agrees|accepts)`),
  // Whoever answers, when what is accepted is the recommendation: "Education Scotland accepts this recommendation",
  // "Public Health Wales agrees with the recommendations" (a body no list names; "does not accept" reads "accept").
  /\b(?:fully |strongly )?(?:accepts|agrees with) (?:this|the|these|the Committee['’]s) recommendations?\b(?!['’]s)[^.]*/i,
  // Two who answer together: "The Department and NHS England accept this recommendation". (Found where "accept" is,
  // who accepts read behind it: a pattern that started at "and" would be tried at every "and" of every response, which
  // cost a tenth of the seed's stance inference.)
  /\b(?:accept|agree with) (?:this|the|these|the Committee['’]s) recommendations?\b(?!['’]s)(?<=\band (?:the )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4} (?:both |fully )?(?:accept|agree with) (?:this|the|these|the Committee['’]s) recommendations?)[^.]*/i,
  // "The Government is in agreement with this recommendation", "We are in full agreement with the Committee".
  /\b(?:is|are|am) in (?:full |broad )?agreement with (?:this|the|these|our) (?:recommendations?|Committee)\b[^.]*/i,
  // "The Government accepted this recommendation in its response to the consultation", "… has accepted the recommendation".
  // So in the past, as a progress report puts it: "The government agreed with this recommendation", "… agreed to the
  // Committee's recommendation".
  who(String.raw`(?:(?:has|had) (?:already )?)?(?:accepted|agreed (?:with|to)(?: implement)?) (?:this|the|these|the Committee['’]s) recommendations?`),
  // Agreeing to do what was asked: "The Department has agreed to publish the data", "The Home Office agrees to set up
  // …" (not to think about it: "has agreed to consider", "… to review", which are under consideration, below).
  who(String.raw`(?:(?:has|had) (?:already )?)?agree[sd]? to ${TO_DO}`),
  /\bwe (?:welcome|note)\b[^.]{0,120}\band (?:agree|accept)\b[^.]*/i,
  // "…, but agree that more can be done".
  /\bbut (?:also )?agrees? that\b[^.]*/i,
  // "… does not agree with the Committee's analysis, but accepts the recommendation".
  /\b(?:but|yet|and) (?:accepts?|agrees? with) (?:this|the|these) recommendations?\b(?!['’]s)[^.]*/i,
  /\bwe will implement\b[^.]*/i,
  // "The Government will adopt this recommendation", "We will act on these recommendations".
  new RegExp(String.raw`\b${SPEAKERS} will (?:fully )?(?:adopt|act on) (?:this|the|these) recommendations?\b[^.]*`, 'i'),
  who(String.raw`will (?:fully )?(?:implement|adopt|act on) (?:this|the|these) recommendations?`),
  // "The Government is content to accept this recommendation", "We are happy to accept …", "We are content to do this".
  /\b(?:is|are|am) (?:content|happy|pleased|willing) to (?:accept\b|agree\b|implement\b|do (?:this|so)\b)[^.]*/i,
  // "The Government is minded to accept this recommendation", "We are committed to doing this".
  /\b(?:is|are|am) minded to (?:accept|agree to|implement|adopt)\b[^.]*/i,
  /\b(?:is|are|am) (?:fully )?committed to (?:doing|delivering|implementing) (?:this|so|that|it)\b[^.]*/i,
  // "We are taking this forward" ("… will not be taking this recommendation forward" is a rejection, above).
  who(String.raw`(?:is|are|will be|will|intends? to|plans? to) (?:already )?(?:taking|take) (?:this|the|these) (?:recommendations? )?forward`),
  // Taken forward, said of it: "This is being taken forward through the Act", "The recommendation will be taken
  // forward"; "We will take forward this recommendation".
  /\b(?:this|it|(?:this|the|these) recommendations?) (?:is|are|will be|has been|have been) (?:being )?taken forward\b[^.]*/i,
  /\b(?:will take|(?:is|are) taking) forward (?:this|the|these) recommendations?\b[^.]*/i,
  // Said of the recommendation itself: "This recommendation is accepted", "Recommendation 4 is accepted", "… has
  // (already) been implemented", or as a label opening a sentence, "Recommendation accepted." (not "the Committee's
  // recommendation agreed by …").
  /\b(?:(?:this|the|these) recommendations? (?:is|are|was|were|(?:has|have) (?:already )?been)|recommendations? \d{1,3}(?:(?:,| and| to) \d{1,3})* (?:is|are|was|were|(?:has|have) (?:already )?been)|(?<![a-z] )recommendations?) (?:accepted|agreed|implemented)\b[^.]*/i,
  /\b(?:has|have) (?:already |now |fully )?implemented (?:this|the|these) recommendations?\b[^.]*/i,
  new RegExp(String.raw`\b${SPEAKERS} (?:fully |strongly )?support (?:this|the|these) recommendations?\b[^.]*`, 'i'),
  who(String.raw`(?:fully |strongly )?supports (?:this|the|these|the Committee['’]s) (?:recommendations?|proposals?)`),
  /\bwelcomes? (?:this|the|these) recommendations?\b[^.]{0,120}\band will\b[^.]*/i,
  // "… is content with this recommendation", "… is supportive of …", "… endorses the Committee's recommendation", "We concur".
  /\b(?:is|are) (?:content with|(?:fully |very )?supportive of) (?:this|the|these) recommendations?\b[^.]*/i,
  /\bwe (?:fully )?endorse (?:this|the|these|the Committee['’]s) recommendations?\b[^.]*/i,
  who(String.raw`(?:fully )?endorses (?:this|the|these|the Committee['’]s) recommendations?`),
  new RegExp(String.raw`\b${SPEAKERS} concur\b[^.]*`, 'i'),
  // "The Department has no objection to this recommendation".
  /\bno objection to (?:this|the|these) recommendations?\b[^.]*/i,
  who('concurs'),
];
export const PARTIAL = [
  /\b(?:accept(?:s|ed)?|agree[sd]?(?: with)?|support(?:s|ed)?) (?:(?:this|the|these) (?:recommendations?|proposals?) )?(?:in part|partially)\b[^.]*/i,
  /\b(?:partially|partly) (?:accept|agree|support)s?\b[^.]*/i,
  // "The Government accepts parts of this recommendation", "… accepts some of the recommendations".
  /\b(?:accept|agree with|support)s? (?:parts|some) of (?:this|the|these) recommendations?\b[^.]*/i,
  /\b(?:(?:this|the|these) recommendations? (?:is|are|has been|have been)|(?<![a-z] )recommendations?) (?:partially|partly) (?:accepted|agreed|supported|implemented)\b[^.]*/i,
  /\b(?:cannot|can ?not|do not|does not|don't|doesn't|(?:is|are) unable to|will not be able to) (?:accept|implement)\b[^.]{0,40}\bin full\b[^.]*/i,
  // "We agree with the principle but not the detail of this recommendation".
  /\b(?:agree|accept|support)s?\b[^.]{0,80}\bbut not (?:the|that|all|with|every|its|parts?)\b[^.]*/i,
  // "The Government shares the Committee's aim …, but cannot commit to a date", "… supports the principle of this
  // recommendation but does not believe legislation is needed": the aim, not all that was asked.
  /\b(?:shares?|supports?) (?:the|this|that|its|the Committee['’]s) (?:aims?|ambitions?|objectives?|goals?|principle|intent|spirit)\b[^.]{0,120}\bbut\b[^.]*/i,
];
export const PRINCIPLE = [/\b(?:accept(?:s|ed)?|agree[sd]?) (?:this |the recommendation )?in principle\b[^.]*/i];
export const CONSIDERATION = [
  /\bwill (?:carefully |further )?consider\b[^.]*/i,
  /\b(?:is|are) (?:actively |currently |still |now |carefully )?considering\b[^.]*/i,
  /\b(?:under|including) consideration\b[^.]*/i,
  /\bin discussions? (?:about|on)\b[^.]*/i,
  /\b(?:is|are) (?:looking|exploring)\b[^.]*/i,
  /\bto look at (?:further|how|whether)\b[^.]*/i,
  /\bwill provide further detail\b[^.]*/i,
  /\b(?:will|to) (?:review|explore)\b[^.]*/i,
  /\bwill keep\b[^.]{0,40}\bunder (?:review|consideration)\b[^.]*/i,
  // "This is under review", "This recommendation is being reviewed" (of the recommendation, not of other things).
  /\b(?:this|it|this recommendation|the recommendation) (?:is|remains) (?:currently |now |still )?(?:under review|being reviewed)\b[^.]*/i,
  // "This will be considered as part of the Spending Review", "The recommendation will be looked at …".
  /\b(?:this|it|this recommendation|the recommendation) will be (?:carefully |further )?(?:considered|reviewed|explored|looked at)\b[^.]*/i,
  // "… will give careful consideration to …", "We will look at this …" (not another body that "will look at the
  // strength of …" as it inspects), "… will respond … in due course".
  /\b(?:give|giving|given) (?:careful |further |full |serious |active )?consideration to\b[^.]*/i,
  // "… is giving this recommendation active consideration", "… will reflect carefully on this recommendation".
  /\b(?:give|giving) (?:this|these|the|that) (?:recommendations?|proposals?) (?:careful |further |full |serious |active )?consideration\b[^.]*/i,
  /\bwill (?:carefully |further )?reflect (?:carefully |further )?on (?:this|these|the|that|its|their|it|how|whether)\b[^.]*/i,
  /\bwe will (?:also )?look (?:again )?at\b[^.]*/i,
  /\bwill respond\b[^.]{0,60}\bin due course\b[^.]*/i,
  // "We will look into this", "… will give this recommendation further thought".
  /\bwill look into\b[^.]*/i,
  /\b(?:give|giving) (?:this|these|the|that|it) (?:recommendations? |proposals? )?(?:careful |further |more )?thought\b[^.]*/i,
  // "I have asked officials to consider this", "The Minister has asked the Department to look at how …".
  /\b(?:have|has) asked (?:my |our |the )?(?:officials|Department|\w+ officials|\w+ team)\b[^.]{0,40}?\bto (?:consider|review|look (?:at|into)|explore|examine)\b[^.]*/i,
];
export const NOTING = [
  /\b(?:we |the \w+ )?notes? the Committee's\b[^.]*/i,
  new RegExp(String.raw`\b${SPEAKERS} note\b[^.]*`, 'i'),
  who('notes'),
  who(String.raw`(?:has|have) noted (?:this|the|these|the Committee['’]s) recommendations?`),
  /\b(?:(?:this|the|these) recommendations? (?:is|are|has been|have been)|(?<![a-z] )recommendations?) noted\b[^.]*/i,
  who(String.raw`(?:takes|take|has taken|have taken) (?:careful )?note of`),
  /\bwe welcome the Committee's\b[^.]*/i,
  new RegExp(String.raw`\b${SPEAKERS} acknowledge\b[^.]*`, 'i'),
  who('acknowledges'),
];
/**
 * A response that only sets out work in hand or arrangements already in place ("we have introduced", "we are also
 * investing", "the Government has … in place", "responsibility … sits with local authorities", "local authorities are
 * required to") takes no view on the recommendation: noted, when nothing else decides.
 */
export const WORK_IN_HAND = [
  /\bwe (?:have|are|will continue to) (?:already |also |now )?(?:introduced|published|provided|funded|invested|investing|launched|established|set out|committed|increased|announced|working|providing|delivering|supporting|continuing)\b[^.]*/i,
  who(String.raw`(?:has|have) (?:already )?(?:introduced|published|provided|funded|invested|launched|established|set out|committed|increased|announced)`),
  who(String.raw`(?:is|are) (?:already |also )?(?:working|investing|providing|delivering|supporting|committed)`),
  who(String.raw`(?:has|have) [^.]{0,60}\bin place`),
  /\bresponsibility for\b[^.]{0,100}\b(?:sits|rests|lies) with\b[^.]*/i,
  /\b(?:is|are) (?:already )?required (?:by law )?to\b[^.]*/i,
];

/**
 * Who decides, named where the list above does not reach: an acronym ("UKRI", "the ONS", "NHSBT": two capitals or
 * more in one word), a body's name that ends with what it is ("the Environment Agency"), or with the nation it serves
 * ("Education Scotland", "Historic England", "Arts Council England"). An acronym is told by its capitals, so these are read with case, in a scan of their own, made only where
 * the patterns above found no acceptance or rejection.
 */
const NAMED_BODY = String.raw`(?:[Tt]he )?(?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?: [A-Z][a-z]+){0,2}|(?:[A-Z][a-z]+ ){1,4}(?:${BODY_KINDS})|(?:[A-Z][a-z]+ ){1,3}(?:England|Scotland|Wales))`;
const NAMED_DECISION = new RegExp(
  String.raw`\b${NAMED_BODY} (?:(?<part>(?:accepts|agrees with) (?:this|the) recommendation in part|partially (?:accepts|agrees))|(?<reject>(?:does not|doesn't|cannot|is unable to) accept|rejects|(?:does not|doesn't) agree|disagrees)|(?<accept>(?:fully |strongly )?(?:accepts|agrees)(?! (?:with )?(?:the|this|these) recommendations?['’]s)|(?:has |had )?agreed to ${TO_DO}|(?:fully |strongly )?supports (?:this|the|these) (?:recommendations?|proposals?)))\b[^.]*`,
  'g',
);

/** The first decision a body named by `NAMED_BODY` states in `text`, if any. */
function namedDecision(text: string): Inference | undefined {
  NAMED_DECISION.lastIndex = 0;
  const m = NAMED_DECISION.exec(text);
  if (!m) return undefined;
  const stance: InferredStance = m.groups!.part ? 'accepted-in-part' : m.groups!.reject ? 'rejected' : 'accepted';
  return { stance, phrase: detached(cutAtWord(m[0].trim(), 160)) };
}

/** What a decision label ("Accepted.", "Not agreed", "Under consideration") says: the model's one verdict table. */
export function stanceOfLabel(label: string): InferredStance | undefined {
  return verdictOf(label);
}

/**
 * A copy of a short piece of a long string that does not keep the long one alive: V8 makes a slice a view of its
 * parent, and the phrases kept for the outline would otherwise hold every response's words in memory.
 */
function detached(s: string): string {
  return (' ' + s).slice(1);
}

/** The kinds of decisive wording, in the order `inferStance` weighs them. */
const KINDS = [FIRM_REJECTION, PARTIAL, PRINCIPLE, REJECTION, ACCEPTANCE, CONSIDERATION, NOTING, WORK_IN_HAND];
const [FIRM, PART, PRINCIPLED, REJECT, ACCEPT, CONSIDER, NOTE, IN_HAND] = KINDS.map((_, i) => i);
/**
 * The kinds the one scan looks for. Work in hand, which decides only when nothing else does, is looked for by a
 * second scan, and only in a response where the first found nothing: most responses never need it.
 */
const SCANNED = KINDS.length - 1;

/** A pattern without its trailing "rest of the sentence", which matches wherever what comes before it does. */
function head(re: RegExp): string {
  return re.source.endsWith('[^.]*') ? re.source.slice(0, -'[^.]*'.length) : re.source;
}

/**
 * The heads of `patterns` as one alternation, those that start with who decides ("the Government …", "DfE …")
 * folded into one alternative that names who once: each "the" in a response is then tried once, not once per pattern.
 * Every head starts with a word boundary; the alternation asserts it once, before all of them, which more than halves
 * the scan (V8 then tests one boundary at each place rather than one per alternative: 51 → 23 ms over the 100×
 * report's responses).
 */
function anyOf(patterns: readonly RegExp[]): RegExp {
  let heads = patterns.map(head).map((h) => {
    if (!h.startsWith(String.raw`\b`)) throw new Error(`A stance pattern must start at a word boundary: ${h}`);
    return h.slice(2);
  });
  const folded: string[] = [];
  // (And those that start with who speaks in the first person or the plural, "we", "I", "Scottish Ministers".)
  for (const named of [`${WHO} `, `${SPEAKERS} `]) {
    const byWho = heads.filter((h) => h.startsWith(named)).map((h) => h.slice(named.length));
    heads = heads.filter((h) => !h.startsWith(named));
    if (byWho.length) folded.push(`${named}(?:${byWho.map((h) => `(?:${h})`).join('|')})`);
  }
  return new RegExp(String.raw`\b(?:${[...folded, ...heads].map((h) => `(?:${h})`).join('|')})`, 'gi');
}

/** Finds every place where a scanned kind's wording starts: one scan of the text for all of them together. */
const ANY_KIND = anyOf(KINDS.slice(0, SCANNED).flat());
/** The same for work in hand alone. */
const ANY_IN_HAND = anyOf(WORK_IN_HAND);
/**
 * Each kind's patterns as one alternation, tried only at a place `ANY_KIND` found. Where several alternatives match
 * at the same place, the earlier pattern wins, as when each pattern is tried in turn.
 */
const KIND_AT = KINDS.map((patterns) => new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), 'iy'));

/**
 * Where each kind's wording first appears in `text` (-1 where it does not), from one scan: every place where some
 * kind's wording starts is visited in turn, and each kind not yet found is tried there. Stops at a firm rejection,
 * which decides on its own. Work in hand is looked for only when no other kind was found.
 */
function firstOfEachKind(text: string): number[] {
  const first = KINDS.map(() => -1);
  let missing = SCANNED;
  ANY_KIND.lastIndex = 0;
  for (let m = ANY_KIND.exec(text); m && missing > 0 && first[FIRM] < 0; m = ANY_KIND.exec(text)) {
    const at = m.index;
    for (let k = 0; k < SCANNED; k++) {
      if (first[k] >= 0) continue;
      KIND_AT[k].lastIndex = at;
      if (KIND_AT[k].test(text)) {
        first[k] = at;
        missing--;
      }
    }
    // Wording of another kind may start inside this match ("the Government accepts in part").
    ANY_KIND.lastIndex = at + 1;
  }
  if (missing === SCANNED) {
    ANY_IN_HAND.lastIndex = 0;
    const m = ANY_IN_HAND.exec(text);
    if (m) first[IN_HAND] = m.index;
  }
  return first;
}

/** The words of kind `k` that start at `at`, as the phrase to show. */
function phraseAt(text: string, k: number, at: number): string {
  KIND_AT[k].lastIndex = at;
  return detached(cutAtWord(KIND_AT[k].exec(text)![0].trim(), 160));
}

/**
 * Classifies a response: by its decision label when it has one ("Accepted.", "DHSC response: Agree"), else by its
 * wording, keeping the earliest decisive phrase of the winning kind; unclear when nothing decides.
 */
export function inferStance(text: string, label?: string): Inference {
  const byLabel = label !== undefined ? stanceOfLabel(label) : undefined;
  if (byLabel) return { stance: byLabel, phrase: detached(label!.trim()) };
  if (!text.trim()) return { stance: 'no-response' };
  const items = decidedItems(text);
  if (items) return items;
  const inferred = byWording(text);
  // Wording spaced unevenly ("does not  accept", a table's cells flattened with runs of spaces, a tab, a no-break
  // space) is read again with single spaces; only where nothing decided, so that most responses pay no second look.
  return inferred.stance === 'unclear' && UNEVEN_SPACE.test(text) ? byWording(text.replace(/\s+/g, ' ')) : inferred;
}

/** A list's letter or small Roman numeral in brackets, and the space after it: "(a) ", "ii) ". */
const ITEM_MARK = /(?:^|\s)\(?(?:[a-z]|[ivx]{1,4})\)[ \t]+/g;
/** How many of a response's items are read for their decisions. */
const MAX_ITEMS = 26;

/**
 * A reply that answers a recommendation's parts in a list, each item opening with its decision ("(a) Agreed. …",
 * "(b) Agreed. …", "(c) Not agreed. …"): the decision of all of them where they agree, accepted in part where some are
 * accepted and some not; undefined unless two items or more so open.
 */
function decidedItems(text: string): Inference | undefined {
  if (text.indexOf(') ') < 0) return undefined;
  const found: { stance: InferredStance; text: string }[] = [];
  ITEM_MARK.lastIndex = 0;
  for (let m = ITEM_MARK.exec(text), n = 0; m && n < MAX_ITEMS; m = ITEM_MARK.exec(text), n++) {
    const decision = decisionAt(text, m.index + m[0].length);
    const stance = decision && verdictOf(decision.text);
    if (stance) found.push({ stance, text: decision.text });
  }
  if (found.length < 2) return undefined;
  const all = found[0].stance;
  if (found.every((f) => f.stance === all)) return { stance: all, phrase: detached(found[0].text) };
  const some = (s: InferredStance) => found.some((f) => f.stance === s || (s === 'accepted' && f.stance === 'accepted-in-part'));
  return some('accepted') && some('rejected') ? { stance: 'accepted-in-part', phrase: detached(found.map((f) => f.text).join('; ')) } : undefined;
}

/** Space that reads as one space: two or more together, a tab, a no-break or other wide space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

/** A response's stance from its wording alone. */
function byWording(text: string): Inference {
  const first = firstOfEachKind(text);
  const decided = (stance: InferredStance, k: number): Inference => ({ stance, phrase: phraseAt(text, k, first[k]) });
  if (first[FIRM] >= 0) return decided('rejected', FIRM);
  if (first[PART] >= 0) return decided('accepted-in-part', PART);
  if (first[PRINCIPLED] >= 0) return decided('accepted', PRINCIPLED);
  const reject = first[REJECT];
  const accept = first[ACCEPT];
  if (reject >= 0 && accept >= 0) return decided('accepted-in-part', reject < accept ? REJECT : ACCEPT);
  if (reject >= 0) return decided('rejected', REJECT);
  if (accept >= 0) return decided('accepted', ACCEPT);
  const named = namedDecision(text);
  if (named) return named;
  if (first[CONSIDER] >= 0) return decided('under-consideration', CONSIDER);
  if (first[NOTE] >= 0) return decided('noted', NOTE);
  return first[IN_HAND] >= 0 ? decided('noted', IN_HAND) : { stance: 'unclear', phrase: undefined };
}

/** The words of a recommendation's response(s): heading titles and body text. */
export function responseWords(report: Report, recIndex: number): string {
  return report.recommendations[recIndex].responses
    // A label's words ("DHSC response: Agree") are the response's own, and in its text already.
    .map((i) => [report.responses[i].leadRange ? '' : (report.responses[i].headingTitle ?? ''), responseBodyText(report, i)].join(' '))
    .join(' ');
}

/**
 * The decision label of a recommendation's first response that has one; "Accepted in part" where its parts are
 * answered apart, one accepted and another rejected ("… to recommendation 3(a)": Accepted; "… 3(b)": Not accepted).
 */
export function stanceLabelOf(report: Report, recIndex: number): string | undefined {
  let first: string | undefined;
  for (const i of report.recommendations[recIndex].responses) {
    const label = report.responses[i].stanceLabel?.text;
    if (!label) continue;
    first ??= label;
    const a = verdictOf(first);
    const b = verdictOf(label);
    if ((a === 'rejected' && b?.startsWith('accepted')) || (b === 'rejected' && a?.startsWith('accepted'))) return 'Accepted in part';
  }
  return first;
}

export function isStanceValue(value: string): value is StanceValue {
  return (STANCE_VALUES as readonly string[]).includes(value);
}

interface Inferred {
  /** Recommendation's first line → where its response words came from, and the result. */
  byLine: Map<number, { source: string; inference: Inference }>;
  stances: RecommendationStance[];
}

const cache = new WeakMap<Report, Inferred>();

/**
 * Where a recommendation's response words come from: for each response, its heading line and its body lines, as line
 * numbers passed through `line` (which gives -1 for a line that changed). Equal sources over unchanged lines mean
 * equal words, so a previous version's inference can be reused without keeping the words themselves (on a big report
 * they would be most of its text again).
 */
function wordSource(report: Report, recIndex: number, line: (n: number) => number): string | undefined {
  let out = '';
  for (const i of report.recommendations[recIndex].responses) {
    const r = report.responses[i];
    out += 'r';
    if (r.kind === 'inline') {
      // A table row's status: its words are on the recommendation's own line.
      const at = line(r.range.start.line);
      if (at < 0) return undefined;
      out += `i${at}`;
    }
    if (r.headingRange) {
      const at = line(r.headingRange.start.line);
      if (at < 0) return undefined;
      out += `h${at}`;
    }
    const body = r.bodyParagraphs.length === 0 && r.jointWith !== undefined ? report.responses[r.jointWith] : r;
    for (const p of body.bodyParagraphs) {
      out += 'p';
      for (const n of report.paragraphs[p].lines) {
        const at = line(n);
        if (at < 0) return undefined;
        out += `,${at}`;
      }
    }
  }
  return out;
}

const same = (n: number) => n;

/**
 * The previous version's inference for a recommendation, when its response words come from the same unchanged lines:
 * after a keystroke only the edited response is classified again.
 */
function reusedInference(report: Report, recIndex: number, group: string): Inference | undefined {
  const before = previousVersion(report);
  const old = before && cache.get(before.report);
  if (!old) return undefined;
  const line = before.map(report.recommendations[recIndex].range.start.line);
  const hit = line >= 0 ? old.byLine.get(line) : undefined;
  return hit && hit.source === wordSource(report, recIndex, before.map) + group ? hit.inference : undefined;
}

/** The numbers of the recommendations that share each set of responses (by their indexes, joined). */
function numbersByResponses(report: Report): Map<string, Set<number>> {
  const groups = new Map<string, Set<number>>();
  for (const rec of report.recommendations) {
    const key = rec.responses.join(',');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = new Set()));
    group.add(rec.number);
  }
  return groups;
}

/** How many recommendations sharing words, and how many characters of them, are read for each: 50 × 20,000 at most. */
const MAX_EACH = 50;
const MAX_EACH_WORDS = 20_000;
/** "recommendations 1 and 2", "Recommendation 3", "recommendations 4–6", in a response's words. */
const NAMED = new RegExp(String.raw`\b[Rr]ecommendations?\s+(${NUMBER_LIST})\b`, 'g');
/** Where one sentence of a response's words ends and the next begins. */
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z“"‘(])/;

/**
 * The sentences of words several recommendations share that speak of recommendation `number`: from each sentence that
 * names it (with others of `group` or not) to the next that names some of `group`; or, where none names it, those
 * before any names one ("We welcome the Committee's report."), or else all of them. Undefined when no sentence names
 * one of `group`: then the words as a whole decide for every one of them, as for a response that answers one.
 */
function wordsAbout(words: string, number: number, group: ReadonlySet<number>): string | undefined {
  NAMED.lastIndex = 0;
  const names = NAMED.test(words);
  // (matchAll reads on from where the search stopped.)
  NAMED.lastIndex = 0;
  if (!names) return undefined;
  let about: number[] | undefined;
  const mine: string[] = [];
  const before: string[] = [];
  for (const sentence of words.split(SENTENCE_BREAK)) {
    const named = [...sentence.matchAll(NAMED)].flatMap((m) => expandNumberList(m[1])).filter((n) => group.has(n));
    if (named.length) about = named;
    if (!about) before.push(sentence);
    else if (about.includes(number)) mine.push(sentence);
  }
  if (!about) return undefined;
  if (mine.length) return mine.join(' ');
  return before.length ? before.join(' ') : words;
}

/** How many characters of response words are classified between two pauses of `stanceSteps`. */
const STEP_CHARS = 500_000;

/**
 * The stances of every recommendation, inferred in steps: the generator pauses after each stretch of about
 * STEP_CHARS characters of response words, so that a server can answer other requests in between on a large report.
 * Its return value is the stances, cached for the model once all are inferred.
 */
export function* stanceSteps(report: Report): Generator<void, RecommendationStance[]> {
  const found = cache.get(report);
  if (found) return found.stances;
  const notes = annotationsByRecommendation(report);
  const byLine = new Map<number, { source: string; inference: Inference }>();
  const all: RecommendationStance[] = new Array(report.recommendations.length);
  // Recommendations with the same responses have the same words and the same inference: read once, however many
  // recommendations one response answers (reading them for each took time in the square of the group's size) — but
  // where the words name some of them ("We accept recommendations 1 and 2 … We do not accept recommendation 3"), each
  // is read from the sentences about it.
  const byResponses = new Map<string, { source: string; inference: Inference }>();
  const groups = numbersByResponses(report);
  let read = 0;
  for (let i = 0; i < report.recommendations.length; i++) {
    const rec = report.recommendations[i];
    let key = rec.responses.join(',');
    let done = byResponses.get(key);
    if (!done) {
      const group = groups.get(key)!;
      // Read for each of a few (a bounded work; a larger group's words decide for all of them as a whole). Which
      // recommendations share the words decides what each reads of them: reused only among the same.
      const each = group.size > 1 && group.size <= MAX_EACH;
      const tag = each ? `|${[...group].join(',')}` : '';
      let inference = reusedInference(report, i, tag);
      if (!inference) {
        const words = responseWords(report, i);
        read += words.length;
        const about = each && words.length <= MAX_EACH_WORDS ? wordsAbout(words, rec.number, group) : undefined;
        if (about !== undefined) key += `#${rec.number}`;
        inference = inferStance(about ?? words, stanceLabelOf(report, i));
      } else if (each) key += `#${rec.number}`;
      done = { source: wordSource(report, i, same)! + tag, inference };
      byResponses.set(key, done);
    }
    const inference = done.inference;
    byLine.set(rec.range.start.line, done);
    const userValue = [...notes[i]].reverse().find((a) => a.kind === 'stance' && isStanceValue(a.value.toLowerCase()))?.value.toLowerCase();
    all[i] = { inferred: inference, user: userValue as StanceValue | undefined };
    if (read >= STEP_CHARS) {
      read = 0;
      yield;
    }
  }
  const stances = withHeadedStances(report, withReferredStances(report, all));
  cache.set(report, { byLine, stances });
  return stances;
}

/**
 * A reply that only refers to another ("See response to recommendation 11.", "Please see our reply to recommendation
 * 4", "This is addressed in our response to recommendation 1") takes that recommendation's stance, where its own
 * words decide nothing; one that points to the reply above ("As above.") takes that one's. Worked out after every
 * stance is read, and never kept for the next version: an edit of the other reply changes it.
 */
function withReferredStances(report: Report, all: RecommendationStance[]): RecommendationStance[] {
  const out = all.map((s, i) => {
    if (s.inferred.stance !== 'unclear') return s;
    const m = REFERS_TO.exec(responseWords(report, i));
    if (!m) return s;
    const number = m[1] ?? m[2];
    const other = navIndex(report).recommendationsByNumber.get(Number(number))?.[0];
    const referred = other !== undefined && other !== i ? all[other].inferred : undefined;
    if (!referred || referred.stance === 'unclear' || referred.stance === 'no-response') return s;
    return { ...s, inferred: { stance: referred.stance, phrase: `as recommendation ${number}${referred.phrase ? `: ${referred.phrase}` : ''}` } };
  });
  // "As above.", "See above.": the reply before's stance, in order, so that a run of them all take the first's.
  for (let i = 1; i < out.length; i++) {
    const before = out[i - 1].inferred;
    if (out[i].inferred.stance !== 'unclear' || before.stance === 'unclear' || before.stance === 'no-response' || !AS_ABOVE.test(responseWords(report, i))) continue;
    out[i] = { ...out[i], inferred: { stance: before.stance, phrase: `as the reply above${before.phrase ? `: ${before.phrase}` : ''}` } };
  }
  return out;
}

/**
 * A reply that opens by pointing to the one above it: "As above.", "See above", "Same as above", "See the response
 * above", "As for the previous recommendation".
 */
const AS_ABOVE = /^\s*(?:(?:please\s+)?see|(?:the\s+)?same\s+as|as(?:\s+(?:for|per))?)\s+(?:(?:the\s+|our\s+)?(?:Government['’]s\s+)?(?:response|reply|answer)\s+)?(?:above|(?:to\s+)?the\s+previous\s+recommendation)\b/i;

/**
 * A reply under a heading that says what was decided of the recommendations under it ("Part B: Recommendations the
 * Government does not accept", "Recommendations accepted in principle", "Rejected recommendations") takes that
 * decision, where its own words decide nothing: a response may sort its replies so rather than say it in each.
 */
function withHeadedStances(report: Report, all: RecommendationStance[]): RecommendationStance[] {
  let heading: Inference | undefined;
  let r = 0;
  const out = all.slice();
  for (let p = 0; p < report.paragraphs.length && r < all.length; p++) {
    const paragraph = report.paragraphs[p];
    if (paragraph.rule === 'section-heading') {
      const words = report.lines[paragraph.lines[0]].trim();
      const stance = headingDecision(words);
      heading = stance && { stance, phrase: `under "${words}"` };
    }
    for (; r < all.length && report.recommendations[r].paragraphIndex <= p; r++) if (heading && all[r].inferred.stance === 'unclear') out[r] = { ...all[r], inferred: heading };
  }
  return out;
}

/** The words that decide in such a heading, as they begin: accept(ed), agree(d), support(ed), reject(ed), partially, under (consideration), note(d). */
const HEADING_WORD = '(accept|agree|support|reject|partially|under|note)';
/**
 * A heading over recommendations that decides them: "[Part B:] Recommendations [the Government] [does] not accept[ed]",
 * "… partially accepted", "… under consideration", "Noted recommendations" (1 or 3: "not", 2 or 4: the word, 5: what
 * follows it).
 */
const HEADED = new RegExp(String.raw`^\W*(?:(?:part|section|annex|chapter)\s+\w{1,4}\W+)?(?:recommendations?\s+(?:(?:the\s+government|we)\s+)?(?:(?:do|does|are|is)\s+)?(not\s+)?${HEADING_WORD}|(not\s+)?${HEADING_WORD}\w*\s+recommendations?\b)([^.]{0,40})$`, 'i');

function headingDecision(words: string): InferredStance | undefined {
  const m = HEADED.exec(words);
  if (!m) return undefined;
  const word = (m[2] ?? m[4]).toLowerCase();
  if (m[1] || m[3] || word === 'reject') return 'rejected';
  if (word === 'under') return 'under-consideration';
  if (word === 'note') return 'noted';
  return word.startsWith('part') || /\bin part\b/i.test(m[5]) ? 'accepted-in-part' : 'accepted';
}

/**
 * A reply that opens by referring to another recommendation's: "See response to recommendation 11", "Please see R4",
 * "Please refer to the response to recommendation 1 above", "This is addressed in our response to recommendation 1",
 * "Covered under recommendation 1", "As recommendation 1", "Same as recommendation 1", "See 1 above" (the number: group
 * 1 or 2).
 */
const REFERS_TO = /^\s*(?:(?:Please\s+)?(?:see|refer\s+to)|(?:(?:This|These|It)\s+(?:is|are|has\s+been|have\s+been)\s+)?(?:addressed|covered|answered|dealt\s+with|set\s+out)\s+(?:in|by|under|at)|(?:(?:the\s+)?same\s+)?as(?:\s+(?:for|with|in|per))?)\s+(?:(?:the\s+|our\s+)?(?:Government['’]s\s+)?(?:response|reply|answer)s?\s+(?:to|at|under)\s+)?(?:(?:recommendation|R)s?\s*(\d{1,3})\b|(\d{1,3})\s+above\b)/i;

export function stances(report: Report): RecommendationStance[] {
  const steps = stanceSteps(report);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** "rejected" or "accepted (yours; inferred: rejected)". */
export function stanceLabel(s: RecommendationStance): string {
  const inferred = s.inferred.stance.replace(/-/g, ' ');
  if (!s.user) return inferred;
  const user = s.user.replace(/-/g, ' ');
  return s.user === s.inferred.stance ? `${user} (yours, as inferred)` : `${user} (yours; inferred: ${inferred})`;
}
