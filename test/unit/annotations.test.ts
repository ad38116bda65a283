// Annotations: which recommendation each belongs to, stance (inferred and the user's), completion, commands and the briefing export.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { parse, type Report } from '../../server/src/model';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { codeActions } from '../../server/src/features/codeActions';
import { completions } from '../../server/src/features/completion';
import { nextTodo, nextUnanswered, notePosition, summary } from '../../server/src/features/commands';
import { documentSymbols } from '../../server/src/features/outline';
import { briefingRows, formatBriefing } from '../../server/src/features/briefing';
import * as fc from 'fast-check';
import { ACCEPTANCE, CONSIDERATION, FIRM_REJECTION, inferStance, NOTING, WORK_IN_HAND, PARTIAL, PRINCIPLE, REJECTION, stances, stanceSteps } from '../../server/src/features/stance';
import { multiplyReport, readSeed } from '../../scripts/corpus';
import { createReportService } from '../../server/src/service';
import { lines } from '../support/fixture';
import { applyWorkspaceEdit } from '../support/edits';
import { cutAtWord } from '../../server/src/features/sentences';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const annotated = readFileSync(path.join(FIXTURES, 'annotated-report.txt'), 'utf8');
const URI = 'file:///reports/annotated-report.txt';

const owners = (r: Report) => r.annotations.map((a) => [a.kind, a.recommendation === undefined ? undefined : r.recommendations[a.recommendation].number]);

describe('annotations in the model', () => {
  const r = parse(annotated);

  it('gives each annotation to the recommendation whose block it stands in, or to its explicit target', () => {
    assert.deepEqual(owners(r), [
      ['note', undefined],
      ['stance', 1],
      ['note', 1],
      ['tags', 1],
      ['todo', 1],
      ['tags', 2],
      ['done', 2],
      ['note', 2],
      ['stance', 3],
    ]);
  });

  it('keeps the recommendation and response mapping the annotations sit in', () => {
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.responses.map((i) => r.responses[i].range.start.line + 1)]), [[1, [12]], [2, [19]], [3, [25]]]);
    assert.equal(r.recommendations[0].range.end.line + 1, 7, 'annotation lines are not recommendation text');
  });

  it('does not take a line that merely contains "@" for an annotation', () => {
    const x = parse(lines('1. Write to @CommonsEd. (Paragraph 1)', '', 'Email us @ home.', 'note: not an annotation', ' @note: indented, so report text', '@notes: not a kind'));
    assert.deepEqual(x.annotations, []);
    assert.equal(x.responses[0].bodyParagraphs.length, 1);
  });

  it('resolves explicit targets by number, "Rec", "Recommendation" and paragraph, and flags unknown ones', () => {
    const x = parse(lines('1. A. (Paragraph 5)', '', '2. B. (Paragraph 6)', '', 'Text.', '@note[Rec 2]: a', '@note[Recommendation 1]: b', '@note[Paragraph 6]: c', '@note[R9]: d'));
    assert.deepEqual(owners(x), [['note', 2], ['note', 1], ['note', 2], ['note', undefined]]);
    const ds = computeDiagnostics(x, URI).filter((d) => d.code === 'unknown-target');
    assert.equal(ds.length, 1);
    assert.equal(ds[0].message, '"R9" names no recommendation in this report. Write the number of a recommendation, such as [R12], or a cited paragraph, such as [Paragraph 34].');
  });

  it('flags a stance that is not one of the six, with each valid value as a quick fix', () => {
    const ds = computeDiagnostics(r, URI).filter((d) => d.code === 'bad-stance');
    assert.equal(ds.length, 1);
    assert.equal(ds[0].message, '"maybe" is not a stance. Use one of: accepted, accepted-in-part, accepted-in-principle, under-consideration, noted, rejected.');
    const fixes = codeActions(r, URI, ds);
    assert.equal(fixes.length, 6);
    assert.equal(applyWorkspaceEdit(annotated, URI, fixes[0].edit), annotated.replace('@stance: maybe', '@stance: accepted'));
  });

  it('makes references inside annotations links', () => {
    const refs = r.references.filter((x) => x.inAnnotation).map((x) => [x.kind, x.numbers]);
    assert.deepEqual(refs, [['paragraph', [11]], ['recommendation', [2]], ['recommendation', [2]]], 'R2 in the note, and the [R2] target');
  });

  it('keeps every recommendation of the seed mapped as before when annotations are added everywhere', () => {
    const seed = readSeed();
    const plain = parse(seed);
    const withNotes = seed
      .split('\n')
      .map((l) => (/^\d+\. /.test(l) ? `${l}\n@note: read this\n@stance: noted` : /^Paragraph \d+:/.test(l) ? `@todo: check\n${l}\n@tags: x` : l))
      .join('\n');
    const after = parse(withNotes);
    const mapping = (x: Report) => x.recommendations.map((rec) => [rec.number, rec.paragraphs, rec.responses.map((i) => x.responses[i].kind + (x.responses[i].headingTitle ?? ''))]);
    assert.deepEqual(mapping(after), mapping(plain));
    assert.ok(after.annotations.length > 100);
  });
});

describe('stance', () => {
  it('infers each kind from the wording and keeps the deciding phrase', () => {
    assert.deepEqual(inferStance('We do not accept the finding. We agree that X.'), { stance: 'rejected', phrase: 'We do not accept the finding' });
    assert.deepEqual(inferStance('While we disagree with the premise, we agree that more can be done.').stance, 'accepted-in-part');
    assert.deepEqual(inferStance('We welcome the report and agree with it.').stance, 'accepted');
    assert.deepEqual(inferStance('We will consider this in the review.').stance, 'under-consideration');
    assert.deepEqual(inferStance('The Commission notes the Committee\'s view.').stance, 'noted');
    assert.deepEqual(inferStance('We do not consider it necessary to legislate.').stance, 'rejected');
    // Or not helpful, proportionate or workable: "We do not think that a percentage target would be helpful".
    assert.deepEqual(['We do not think that a percentage target would be helpful.', 'We do not believe a ban is proportionate at this time.', 'The Department does not consider a second register workable.'].map((t) => inferStance(t).stance), ['rejected', 'rejected', 'rejected']);
    // No deciding words: unclear, not noted (issue 14: a wrong stance is worse than an unknown one).
    assert.deepEqual(inferStance('Funding rose by 4%.'), { stance: 'unclear', phrase: undefined });
    assert.deepEqual(inferStance(''), { stance: 'no-response' });
  });

  it('reads a decision label that says what was done, that it is being considered, when, or in part', () => {
    const stanceOf = (reply: string) => briefingRows(parse(`1. The Department should act. (Paragraph 3)\n\n${reply} More follows.\n`), 'file:///r.txt')[0].inferredStance;
    assert.deepEqual(['Accepted and implemented.', 'Agreed and implemented.', 'Kept under review.', 'Being considered.'].map(stanceOf), ['accepted', 'accepted', 'under-consideration', 'under-consideration']);
    // Or only when ("Not accepted at this time"), or the part with a comma before it ("Accepted, in part").
    assert.deepEqual(['Not accepted at this time.', 'Not agreed at present.', 'Accepted, in part.', 'Agreed, in part.'].map(stanceOf), ['rejected', 'rejected', 'accepted-in-part', 'accepted-in-part']);
    // Or how far it has gone ("Accepted and completed", "Agreed and in progress").
    assert.deepEqual(['Accepted and completed.', 'Agreed and in progress.', 'Accepted and under way.'].map(stanceOf), ['accepted', 'accepted', 'accepted']);
    // Words after it that are no time make no label: "Accepted practice is …" decides nothing.
    assert.equal(stanceOf('Accepted practice is to publish.'), 'unclear');
  });

  it('takes the decision a heading gives the recommendations under it, where a reply\'s own words decide nothing', () => {
    const rec = (n: number, reply: string) => [`${n}. The Department should do thing ${n}. (Paragraph ${n + 10})`, '', reply, ''];
    const r = parse(lines(
      'Government response', '', 'Part A: Recommendations the Government accepts', '', ...rec(1, 'Work has begun.'), ...rec(3, 'We do not accept this recommendation.'),
      '## Recommendations not accepted', '', ...rec(2, 'The budget was set at the Spending Review.'), 'Recommendations accepted in principle', '', ...rec(4, 'A review will follow.'),
      'Chapter 3: Recommendations on funding', '', ...rec(5, 'Funding rose by 4%.'),
    ));
    assert.deepEqual(briefingRows(r, 'file:///h.txt').map((x) => [x.number, x.inferredStance]), [[1, 'accepted'], [3, 'rejected'], [2, 'rejected'], [4, 'accepted'], [5, 'unclear']]);
  });

  it('reads a decision said of the recommendation itself, in the passive or as what was done', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('This recommendation is accepted.'), 'accepted');
    assert.equal(stanceOf('The recommendations are agreed, and work has begun.'), 'accepted');
    assert.equal(stanceOf('This recommendation has been implemented.'), 'accepted');
    assert.equal(stanceOf('This recommendation has already been implemented.'), 'accepted');
    assert.equal(stanceOf('The Department has already implemented this recommendation.'), 'accepted');
    assert.equal(stanceOf('The Department will implement this recommendation in full.'), 'accepted');
    assert.equal(stanceOf('We will not be able to implement this recommendation.'), 'rejected');
    assert.equal(stanceOf('The Government cannot commit to this recommendation at this time.'), 'rejected');
    assert.equal(stanceOf('We cannot implement this recommendation in full.'), 'accepted-in-part');
    assert.equal(stanceOf('NHS England will implement the recommendation.'), 'accepted');
    // Who decides by a department's or ministry's full name, a minister, or a devolved executive.
    assert.deepEqual([
      'The Department for Education accepts this recommendation.', 'The Ministry of Defence does not accept this recommendation.',
      'The Department for Levelling Up, Housing and Communities agrees.', 'The Secretary of State agrees with the Committee.',
      'The Minister accepts this recommendation.', 'The Northern Ireland Executive notes this recommendation.', 'UK Research and Innovation agrees.',
    ].map(stanceOf), ['accepted', 'rejected', 'accepted', 'accepted', 'accepted', 'noted', 'accepted']);
    assert.equal(stanceOf('The recommendation is rejected.'), 'rejected');
    assert.equal(stanceOf('This recommendation is not accepted.'), 'rejected');
    assert.equal(stanceOf('We are unable to accept this recommendation.'), 'rejected');
    assert.equal(stanceOf('We will not be taking this recommendation forward.'), 'rejected');
    assert.equal(stanceOf('The Government partly agrees with this recommendation.'), 'accepted-in-part');
    assert.equal(stanceOf('This recommendation is accepted in part.'), 'accepted-in-part');
    assert.equal(stanceOf('The recommendation is partially accepted, as set out below.'), 'accepted-in-part');
    assert.equal(stanceOf('These recommendations have been partly implemented.'), 'accepted-in-part');
    // The same as a label opening the reply's sentence, with no "this … is".
    assert.deepEqual(['Recommendation accepted.', 'Recommendation not accepted. Funds suffice.', 'Recommendations partially accepted.', '1. Recommendation noted.', 'Recommendation rejected.'].map(stanceOf), [
      'accepted', 'rejected', 'accepted-in-part', 'noted', 'rejected',
    ]);
    // …not of another's recommendation in a sentence of its own.
    assert.equal(stanceOf("The Committee's recommendation agreed with the sector's evidence."), 'unclear');
    // What is not said of the recommendation decides nothing.
    assert.equal(stanceOf('The principle is accepted widely in the sector.'), 'unclear');
    assert.equal(stanceOf('Funding has been implemented through the new formula.'), 'unclear');
  });

  it('reads taking a recommendation forward, or not, and not implementing it', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('We are taking this forward and will report next year.'), 'accepted');
    assert.equal(stanceOf('The Government will take this recommendation forward through the new strategy.'), 'accepted');
    assert.equal(stanceOf('The Government will not be taking this forward.'), 'rejected');
    assert.equal(stanceOf('We will not take this forward at present.'), 'rejected');
    assert.equal(stanceOf('We will not be implementing this recommendation.'), 'rejected');
    assert.equal(stanceOf('The Department does not intend to implement this recommendation.'), 'rejected');
    // Taking forward something else decides nothing.
    assert.equal(stanceOf('Local authorities are taking the work forward.'), 'unclear');
  });

  it('reads what is said of the recommendation over what is said of something else in the same sentence', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The Government agrees that rural transport is important but does not accept the recommendation.'), 'rejected');
    assert.equal(stanceOf('The Government does not agree with the Committee’s analysis, but accepts the recommendation.'), 'accepted-in-part');
    assert.equal(stanceOf('Although we cannot accept this recommendation in full, we accept the principle behind it.'), 'accepted-in-part');
    assert.equal(stanceOf('We note the Committee’s recommendation and agree with it.'), 'accepted');
    // A refusal after "but", of whoever agreed or noted first: in part beside agreement, a rejection beside noting.
    assert.equal(stanceOf('The Government agrees with the aim of this recommendation but does not accept that a new body is needed.'), 'accepted-in-part');
    assert.equal(stanceOf('The Government notes the recommendation but has no plans to change the current approach.'), 'rejected');
    assert.equal(stanceOf('The Department welcomes the report but does not intend to legislate.'), 'rejected');
    // Disputing what the Committee found is a rejection beside agreement, not of the recommendation outright.
    assert.equal(stanceOf('We do not accept the Committee\'s characterisation, but agree that more can be done.'), 'accepted-in-part');
    assert.equal(stanceOf('The Government does not accept the Committee\'s analysis.'), 'rejected');
    // …and rejecting it too, said either way ("we reject", "the Government rejects").
    assert.equal(stanceOf('The Government rejects the Committee\'s characterisation of the scheme, but accepts the recommendation.'), 'accepted-in-part');
    assert.equal(stanceOf('We reject the Committee\'s assessment, but we agree that the guidance should be updated.'), 'accepted-in-part');
    assert.equal(stanceOf('We reject the Committee\'s characterisation of the scheme.'), 'rejected');
    assert.equal(stanceOf('The Government is not in a position to accept this recommendation.'), 'rejected');
    assert.equal(stanceOf('The Government has decided not to proceed with this proposal.'), 'rejected');
    assert.equal(stanceOf('The Government is content to accept this recommendation.'), 'accepted');
    assert.equal(stanceOf('We are happy to accept the recommendation, subject to funding.'), 'accepted');
    assert.equal(stanceOf('We are content to do this.'), 'accepted');
    assert.equal(stanceOf('The Department has no objection to this recommendation.'), 'accepted');
    assert.equal(stanceOf('The Department intends to take this forward in the next Parliament.'), 'accepted');
    assert.equal(stanceOf('We are unable to agree to this request.'), 'rejected');
    // A devolved government's ministers speak as "we" does; a past acceptance is one.
    assert.equal(stanceOf('Scottish Ministers agree with the Committee.'), 'accepted');
    assert.equal(stanceOf('Scottish Ministers do not support this recommendation.'), 'rejected');
    assert.equal(stanceOf('Welsh Ministers note the recommendation.'), 'noted');
    assert.equal(stanceOf('Ministers acknowledge the Committee\'s concerns.'), 'noted');
    assert.equal(stanceOf('Scottish Ministers concur with the Committee.'), 'accepted');
    assert.equal(stanceOf('Welsh Ministers do not accept this recommendation.'), 'rejected');
    assert.equal(stanceOf('The Government accepted this recommendation in its response to the consultation.'), 'accepted');
    assert.equal(stanceOf('The Government has accepted all of the review\'s recommendations.'), 'unclear');
    // Rejecting a claim is not rejecting the recommendation.
    assert.equal(stanceOf('The Government rejects the suggestion that funding has fallen.'), 'unclear');
    assert.equal(stanceOf('The Government rejects this recommendation.'), 'rejected');
  });

  it('reads being minded to accept, committed to doing it, not intending to pursue it, not committing to part, looking into it, its being under review', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The Government is minded to accept this recommendation.'), 'accepted');
    assert.equal(stanceOf('We are committed to doing this.'), 'accepted');
    assert.equal(stanceOf('We are already taking this forward.'), 'accepted');
    assert.equal(stanceOf('This is not something the Government intends to pursue.'), 'rejected');
    assert.equal(stanceOf('We would not support a statutory duty.'), 'rejected');
    assert.equal(stanceOf('The Government agrees with the spirit of this recommendation but cannot commit to the timescale.'), 'accepted-in-part');
    assert.equal(stanceOf('We will look into this and report back to the Committee.'), 'under-consideration');
    assert.equal(stanceOf('We will give this recommendation further thought.'), 'under-consideration');
    assert.equal(stanceOf('This is under review.'), 'under-consideration');
    assert.equal(stanceOf('This recommendation is being reviewed as part of the spending review.'), 'under-consideration');
    // Other things under review decide nothing of the recommendation.
    assert.equal(stanceOf('The guidance is under review.'), 'unclear');
    // Still not: being committed to a wider aim, which decides nothing of the recommendation.
    assert.equal(stanceOf('We are committed to improving outcomes for every child.'), 'noted');
  });

  it('reads not accepting a claim with agreement after it as in part, and being unable to support the recommendation as a rejection', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The Government does not accept that the system is failing, but agrees that more can be done and will publish guidance.'), 'accepted-in-part');
    assert.equal(stanceOf('We do not accept that the scheme has failed, but we agree that it should be reviewed.'), 'accepted-in-part');
    // Alone, not accepting what the recommendation rests on declines it.
    assert.equal(stanceOf('We do not accept that a new body is needed.'), 'rejected');
    assert.equal(stanceOf('The Department does not accept that a statutory duty would help.'), 'rejected');
    assert.equal(stanceOf('The Government cannot support this recommendation.'), 'rejected');
    assert.equal(stanceOf('We are unable to support these recommendations.'), 'rejected');
    assert.equal(stanceOf('We are not able to commit to this.'), 'rejected');
  });

  it('reads "agreed" in part or in principle as "accepted" is', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The recommendation was agreed in part.'), 'accepted-in-part');
    assert.equal(stanceOf('Agreed in principle.'), 'accepted');
    assert.equal(stanceOf('The Government agreed in principle to the proposal.'), 'accepted');
  });

  it('reads endorsing, concurring, being content with or supportive of, seeing no need, not being minded to, and giving consideration', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The Department is content with this recommendation.'), 'accepted');
    assert.equal(stanceOf('The Scottish Government is supportive of this recommendation.'), 'accepted');
    assert.equal(stanceOf('The MoD endorses this recommendation.'), 'accepted');
    assert.equal(stanceOf('We concur with the Committee.'), 'accepted');
    assert.equal(stanceOf('The Government is not minded to accept this recommendation.'), 'rejected');
    assert.equal(stanceOf('It would not be appropriate to accept this recommendation.'), 'rejected');
    assert.equal(stanceOf('The Government is unable to agree to this recommendation.'), 'rejected');
    assert.equal(stanceOf('We do not believe that a new regulator is required.'), 'rejected');
    assert.equal(stanceOf('The Government does not see the need for a statutory code.'), 'rejected');
    assert.equal(stanceOf('We see no need for a further review.'), 'rejected');
    assert.equal(stanceOf('We agree with the principle but not the detail of this recommendation.'), 'accepted-in-part');
    // Sharing the aim, then a reservation: in part (not the rejection the reservation alone would be); sharing it alone decides nothing.
    assert.equal(stanceOf('The Government shares the Committee’s aim and is working to close hotels as quickly as possible, but cannot commit to a date.'), 'accepted-in-part');
    assert.equal(stanceOf('We share the ambition of this recommendation but do not agree that legislation is needed.'), 'accepted-in-part');
    assert.equal(stanceOf('We share the Committee’s ambition. Work is under way.'), 'unclear');
    assert.equal(stanceOf('The Government supports the principle of this recommendation but does not believe legislation is needed.'), 'accepted-in-part');
    // Taken forward, said of the recommendation or by who answers, or not; to be considered, said of it.
    assert.equal(stanceOf('This is being taken forward through the Media Act 2024.'), 'accepted');
    assert.equal(stanceOf('We will take forward this recommendation.'), 'accepted');
    assert.equal(stanceOf('The Government will not take forward this recommendation.'), 'rejected');
    assert.equal(stanceOf('This will not be taken forward.'), 'rejected');
    assert.equal(stanceOf('The Government does not intend to take forward the recommendation.'), 'rejected');
    assert.equal(stanceOf('Other work is being taken forward by the Department.'), 'unclear');
    assert.equal(stanceOf('This will be considered as part of the Spending Review.'), 'under-consideration');
    // Regretting that it cannot, or being happy to agree.
    assert.equal(stanceOf('I regret that we cannot do so while contracts are being negotiated.'), 'rejected');
    assert.equal(stanceOf('I am afraid that the Department is unable to publish this.'), 'rejected');
    assert.equal(stanceOf('We regret that the data are late.'), 'unclear');
    assert.equal(stanceOf('I am happy to agree to this.'), 'accepted');
    // A recommendation's parts answered in a list, each item opening with its decision: all alike, or in part.
    assert.equal(stanceOf('(a) Agreed. A timetable will follow. (b) Agreed. Teachers will be consulted. (c) Not agreed. It will be funded from existing budgets.'), 'accepted-in-part');
    assert.equal(stanceOf('(a) Agreed. A timetable will follow.\n(b) Accepted. Teachers will be consulted.'), 'accepted');
    assert.equal(stanceOf('i) Not accepted. ii) Rejected.'), 'rejected');
    assert.equal(stanceOf('The Government will give careful consideration to this proposal.'), 'under-consideration');
    assert.equal(stanceOf('We will look at this as part of the review.'), 'under-consideration');
    assert.equal(stanceOf('The Government will respond to this recommendation in due course.'), 'under-consideration');
    assert.equal(stanceOf('I have asked officials to consider this.'), 'under-consideration');
    assert.equal(stanceOf('The Minister has asked the Department to look at how this could work.'), 'under-consideration');
    assert.equal(stanceOf('I have asked the Committee to consider this.'), 'unclear');
    assert.equal(stanceOf('The Department acknowledges this recommendation.'), 'noted');
    // A minister's letter in the first person singular.
    assert.equal(stanceOf('I agree, and the evaluation will be published in the spring.'), 'accepted');
    assert.equal(stanceOf('I do not accept this recommendation.'), 'rejected');
    assert.equal(stanceOf('I note the Committee\'s view.'), 'noted');
    // A list's numeral is no "I": "(i) agree a timetable" decides nothing.
    assert.equal(stanceOf('The Department will (i) agree a timetable and (ii) publish it.'), 'unclear');
    // Another body that "will look at" something as it inspects decides nothing.
    assert.equal(stanceOf('Ofsted will look at the strength of the Local Offer as part of its inspection.'), 'unclear');
  });

  it('reads being in agreement, declining, no (current) plans, accepting parts of a recommendation', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The Government is in agreement with this recommendation.'), 'accepted');
    assert.equal(stanceOf('We are in full agreement with the Committee.'), 'accepted');
    assert.equal(stanceOf('The Government declines this recommendation.'), 'rejected');
    assert.equal(stanceOf('We decline to do so.'), 'rejected');
    assert.equal(stanceOf('The Government will not be adopting this recommendation.'), 'rejected');
    assert.equal(stanceOf('We are unable to agree with this recommendation.'), 'rejected');
    assert.equal(stanceOf('There are no plans to change the law.'), 'rejected');
    assert.equal(stanceOf('The Government has no current plans to legislate.'), 'rejected');
    assert.equal(stanceOf('The Government accepts parts of this recommendation.'), 'accepted-in-part');
    // A decline that is not a decision decides nothing.
    assert.equal(stanceOf('The number of apprentices declines each year.'), 'unclear');
  });

  it('reads not concurring and "It is not the Government\'s intention to …" as rejecting', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('We do not concur.'), 'rejected');
    assert.equal(stanceOf('The MoD does not concur with this recommendation.'), 'rejected');
    assert.equal(stanceOf('It is not the Government\u2019s intention to legislate.'), 'rejected');
    assert.equal(stanceOf('It is not our intention to set a target.'), 'rejected');
    // Beside agreement, in part.
    assert.equal(stanceOf('The Government accepts the need for guidance. It is not our intention to legislate.'), 'accepted-in-part');
  });

  it('reads a decision in the past, as a progress report gives it: agreed, disagreed, did not accept or agree', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The government agreed with this recommendation.'), 'accepted');
    assert.equal(stanceOf('HMRC agreed to the Committee\u2019s recommendation and published its plan.'), 'accepted');
    assert.equal(stanceOf('The government disagreed with this recommendation.'), 'rejected');
    assert.equal(stanceOf('The Department did not accept this recommendation.'), 'rejected');
    assert.equal(stanceOf('The Department did not agree with the Committee.'), 'rejected');
    assert.equal(stanceOf('We have accepted this recommendation and work is under way.'), 'accepted');
    assert.equal(stanceOf('I agreed to the Committee\u2019s request.'), 'accepted');
    assert.equal(stanceOf('The Government has agreed to implement this recommendation.'), 'accepted');
    assert.equal(stanceOf('This recommendation was accepted.'), 'accepted');
    assert.equal(stanceOf('The Government has not accepted this recommendation.'), 'rejected');
    assert.equal(stanceOf('The Department has rejected this recommendation.'), 'rejected');
    assert.equal(stanceOf('This recommendation was not accepted.'), 'rejected');
    assert.equal(stanceOf('We rejected this recommendation.'), 'rejected');
    // Rejecting a claim is not rejecting the recommendation, in the past as now.
    assert.equal(stanceOf('The Government rejected the suggestion that funding has fallen.'), 'unclear');
    // Agreeing with something else, and a rejection of a claim, are not the recommendation's decision.
    assert.equal(stanceOf('The Government agreed with the Committee\u2019s analysis of the figures.'), 'unclear');
    assert.equal(stanceOf('The Government agreed with this recommendation in part.'), 'accepted-in-part');
  });

  it('reads agreeing to do what was asked as acceptance, and agreeing to think about it as no more', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The Department has agreed to publish the data each year.'), 'accepted');
    assert.equal(stanceOf('The Home Office agrees to set up an independent panel.'), 'accepted');
    assert.equal(stanceOf('Ofsted agreed to carry out a survey of schools.'), 'accepted');
    assert.equal(stanceOf('The Department has agreed to review the framework.'), 'under-consideration');
    assert.equal(stanceOf('The Government agreed to consider the case for a levy.'), 'unclear');
    assert.equal(stanceOf('The Government agrees to the principle but not the detail of this recommendation.'), 'accepted-in-part');
  });

  it('reads having implemented a recommendation as acceptance, and not being persuaded of the case for it as a rejection; supporting its aim alone decides nothing', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    // (A reply that supports the aim often goes on to do something else: "… Supervised toothbrushing is being extended.")
    assert.equal(stanceOf('The Government supports the aim of this recommendation. Supervised toothbrushing is being extended.'), 'unclear');
    assert.equal(stanceOf('The MoD has implemented this recommendation.'), 'accepted');
    assert.equal(stanceOf('The Government is not persuaded of the case for a new regulator.'), 'rejected');
  });

  it('reads a body no list names accepting the recommendation as acceptance, but not accepting its aim alone', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('Education Scotland accepts this recommendation and will update its guidance.'), 'accepted');
    assert.equal(stanceOf('Public Health Wales agrees with the recommendations.'), 'accepted');
    assert.equal(stanceOf('Social Care Wales partially accepts this recommendation.'), 'accepted-in-part');
    assert.equal(stanceOf('Education Scotland accepts the recommendation\u2019s aim.'), 'unclear');
    assert.equal(stanceOf('Transport Scotland does not accept this recommendation.'), 'rejected');
  });

  it('reads having no plans for what was asked as a rejection, said of the body as "it" too', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The Ministry of Justice keeps legal aid under review. It has no plans for a separate review of legal aid for detainees.'), 'rejected');
    assert.equal(stanceOf('The Government has no plans for legislation.'), 'rejected');
    assert.equal(stanceOf('There are currently no plans for a statutory register.'), 'rejected');
  });

  it('reads not intending, after what was done, as a rejection ("has considered this and does not intend to …")', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The Scottish Government has considered this carefully and does not intend to provide such an exemption.'), 'rejected');
    assert.equal(stanceOf('We have reviewed the evidence and do not propose to change the threshold.'), 'rejected');
  });

  it('reads not supporting what was asked as a rejection, and not supporting a claim as no decision', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The Government does not support a trial. We believe it could be counterproductive.'), 'rejected');
    assert.equal(stanceOf('We do not support this recommendation.'), 'rejected');
    assert.equal(stanceOf('The Department did not support a statutory register.'), 'rejected');
    assert.equal(stanceOf('The Government does not support the suggestion that funding has fallen.'), 'unclear');
    assert.equal(stanceOf('The evidence does not support a change.'), 'unclear');
  });

  it('reads who decides with their initials in brackets after the name ("The Department for Education (DfE) accepts …")', () => {
    assert.equal(inferStance('The Department for Education (DfE) accepts this recommendation.').stance, 'accepted');
    assert.equal(inferStance('The Ministry of Defence (MoD) does not accept this recommendation.').stance, 'rejected');
  });

  /** The response and stance of a recommendation with `label` alone on the line after it. */
  const read = (label: string) => {
    const r = briefingRows(parse(lines('7. The Department should publish a plan. (Paragraph 12)', '', label, '', '8. The Department should review funding. (Paragraph 15)', '', 'Agreed.')), 'file:///t.txt');
    return [r[0].response, r[0].inferredStance];
  };

  it('reads "Declined", "Support in principle" and "Accepted (in part)" as decision labels, alone on the line after a recommendation too', () => {
    assert.deepEqual(read('Declined'), ['Declined', 'rejected']);
    assert.deepEqual(read('Decline. The Department has no plans to publish one.'), ['Decline. The Department has no plans to publish one.', 'rejected']);
    assert.deepEqual(read('Support in principle'), ['Support in principle', 'accepted']);
    assert.deepEqual(read('Accepted (in part). The plan will cover schools only.'), ['Accepted (in part). The plan will cover schools only.', 'accepted-in-part']);
  });

  it('reads "Accepted with qualification", "Qualified acceptance" and "Considering" as decision labels', () => {
    assert.deepEqual(read('Accepted with qualification. The plan will cover schools only.'), ['Accepted with qualification. The plan will cover schools only.', 'accepted-in-part']);
    assert.deepEqual(read('Qualified acceptance'), ['Qualified acceptance', 'accepted-in-part']);
    assert.deepEqual(read('Considering. The Department will decide by the spring.'), ['Considering. The Department will decide by the spring.', 'under-consideration']);
    // A sentence that opens with the word decides nothing by it.
    assert.equal(read('Considering the cost, the Department has chosen another approach.')[1], 'unclear');
  });

  it('reads "Agree with caveats", "Does not accept", "Not taken forward" and "Acknowledged" as decision labels', () => {
    assert.deepEqual(read('Agree with caveats. The plan will cover schools only.'), ['Agree with caveats. The plan will cover schools only.', 'accepted-in-part']);
    assert.deepEqual(read('Does not accept.'), ['Does not accept.', 'rejected']);
    assert.deepEqual(read('Will not be taken forward. A plan exists.'), ['Will not be taken forward. A plan exists.', 'rejected']);
    assert.deepEqual(read('Not taken forward'), ['Not taken forward', 'rejected']);
    assert.deepEqual(read('Acknowledged. The Department will reflect on it.'), ['Acknowledged. The Department will reflect on it.', 'noted']);
    // Words that go on as a sentence decide nothing by them.
    assert.equal(read('Acknowledged experts wrote the plan.')[1], 'unclear');
  });

  it('reads still considering, giving a recommendation active consideration, and reflecting on it, as under consideration', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The Government is still considering this recommendation.'), 'under-consideration');
    assert.equal(stanceOf('The Government is giving this recommendation active consideration.'), 'under-consideration');
    assert.equal(stanceOf('The Government will reflect carefully on this recommendation.'), 'under-consideration');
    // A decision in the same reply comes first.
    assert.equal(stanceOf('Having reflected on this recommendation, the Government does not accept it.'), 'rejected');
    assert.equal(stanceOf('The Government accepts this recommendation and is giving the recommendation careful consideration as to timing.'), 'accepted');
  });

  it('reads adopting or acting on a recommendation, seeing no case for it, and accepting one part but not another', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The Government will adopt this recommendation.'), 'accepted');
    assert.equal(stanceOf('We will act on these recommendations.'), 'accepted');
    assert.equal(stanceOf('The Government does not intend to adopt this recommendation.'), 'rejected');
    assert.equal(stanceOf('We will adopt a different approach to funding.'), 'unclear');
    assert.equal(stanceOf('We see no case for a statutory duty.'), 'rejected');
    assert.equal(stanceOf('The Department sees no reason to change the guidance.'), 'rejected');
    assert.equal(stanceOf('The Government accepts part (a) of this recommendation but not part (b).'), 'accepted-in-part');
    // A body whose name ends with what it is, whichever kind: an institute decides as an agency does.
    assert.equal(stanceOf('The Alan Turing Institute accepts this recommendation.'), 'accepted');
  });

  it('gives a reply that only refers to another ("See response to recommendation 1.") that recommendation\'s stance, also after an edit of the other', () => {
    const text = lines(
      'Recommendation 1', '', 'The Department should publish a plan. (Paragraph 12)', '', 'Government response', '', 'The Government accepts this recommendation.', '',
      'Recommendation 2', '', 'The Department should publish the data. (Paragraph 14)', '', 'Government response', '', 'Please see our response to recommendation 1.', '',
      'Recommendation 3', '', 'The Department should consult. (Paragraph 15)', '', 'Government response', '', 'See recommendation 9.',
    );
    const read = (r: Report) => stances(r).map((x) => x.inferred.stance);
    assert.deepEqual(read(parse(text)), ['accepted', 'accepted', 'unclear']);
    assert.equal(stances(parse(text))[1].inferred.phrase, 'as recommendation 1: The Government accepts this recommendation');
    // The other reply edited: the referring one follows it, as a fresh parse reads it.
    const edited = text.replace('The Government accepts this', 'The Government rejects this');
    assert.deepEqual(read(parse(edited, { previous: parse(text) })), ['rejected', 'rejected', 'unclear']);
    // Referred to in other words: "Please refer to …", "This is addressed in our response to …", "See 1 above",
    // "Covered under …", "As …", "Same as …".
    for (const refers of ['Please refer to the response to recommendation 1 above.', 'This is addressed in our response to Recommendation 1.', 'See 1 above.', 'Covered under recommendation 1.', 'As recommendation 1.', 'Same as recommendation 1.', 'See our response to recommendations 1.']) {
      assert.equal(read(parse(text.replace('Please see our response to recommendation 1.', refers)))[1], 'accepted', refers);
    }
    // A reply that goes on in its own words after naming another's is not a reference.
    assert.equal(read(parse(text.replace('Please see our response to recommendation 1.', 'As set out in our response to recommendation 1, we keep bursaries under review each year.')))[1], 'unclear');
  });

  it('gives a reply that points to the one above ("As above.", "See above.") that one\'s stance, a run of them the first\'s', () => {
    const text = lines(
      'Recommendation 1', '', 'The Department should publish a plan. (Paragraph 12)', '', 'Government response', '', 'The Government does not accept this recommendation.', '',
      'Recommendation 2', '', 'The Department should publish the data. (Paragraph 14)', '', 'Government response', '', 'As above.', '',
      'Recommendation 3', '', 'The Department should consult. (Paragraph 15)', '', 'Government response', '', 'See the response above.', '',
      'Recommendation 4', '', 'The Department should report. (Paragraph 16)', '', 'Government response', '', 'The Department is considering this.', '',
      'Recommendation 5', '', 'The Department should review it. (Paragraph 17)', '', 'Government response', '', 'Same as above.',
    );
    const read = (r: Report) => stances(r).map((x) => x.inferred.stance);
    assert.deepEqual(read(parse(text)), ['rejected', 'rejected', 'rejected', 'under-consideration', 'under-consideration']);
    assert.equal(stances(parse(text))[1].inferred.phrase, 'as the reply above: The Government does not accept this recommendation');
    // The first reply edited: those that point to it follow it.
    const edited = text.replace('does not accept this', 'accepts this');
    assert.deepEqual(read(parse(edited, { previous: parse(text) })), ['accepted', 'accepted', 'accepted', 'under-consideration', 'under-consideration']);
    // Above a reply that decides nothing, it decides nothing.
    assert.deepEqual(read(parse(text.replace('The Government does not accept this recommendation.', 'Funding was set out in the spending review.'))).slice(0, 3), ['unclear', 'unclear', 'unclear']);
  });

  it('reads wording spaced unevenly as it reads it spaced evenly: runs of spaces, tabs and no-break spaces', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The Government  accepts this recommendation.'), 'accepted');
    assert.equal(stanceOf('The MoD does not\taccept the recommendation.'), 'rejected');
    assert.equal(stanceOf('The Government\u00a0partially accepts this recommendation.'), 'accepted-in-part');
    assert.equal(stanceOf('We will  consider   this carefully and report back.'), 'under-consideration');
    // Spacing is not wording: nothing that decides stays unclear.
    assert.equal(stanceOf('Local  authorities are  taking the work forward.'), 'unclear');
  });

  it('reads not supporting the recommendation, not being persuaded, and having noted it', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.equal(stanceOf('The Government does not support this recommendation.'), 'rejected');
    assert.equal(stanceOf('We do not support this recommendation.'), 'rejected');
    assert.equal(stanceOf('The Government is not persuaded that a new body is needed.'), 'rejected');
    assert.equal(stanceOf('We are not convinced that this is necessary.'), 'rejected');
    assert.equal(stanceOf('The Department and NHS England accept this recommendation.'), 'accepted');
    assert.deepEqual(['Recommendation 4 is accepted.', 'Recommendations 4 and 5 are accepted.', 'Recommendation 4 is not accepted.', 'Recommendation 4 was rejected.'].map(stanceOf), ['accepted', 'accepted', 'rejected', 'rejected']);
    assert.equal(stanceOf('The Department and NHS England do not accept this recommendation.'), 'rejected');
    assert.equal(stanceOf('The Government remains unconvinced that a statutory duty is necessary.'), 'rejected');
    assert.equal(stanceOf('We are unpersuaded of the case for a new regulator.'), 'rejected');
    assert.equal(stanceOf('The Government has noted the Committee’s recommendation.'), 'noted');
    assert.equal(stanceOf('The Government takes note of the Committee’s views.'), 'noted');
    assert.equal(stanceOf('We have taken careful note of the evidence.'), 'noted');
  });

  it('reads a decision by a body the list of who decides does not name: an acronym, or a name that ends with what it is or its nation', () => {
    const stanceOf = (text: string) => inferStance(text).stance;
    assert.deepEqual(inferStance('UKRI accepts this recommendation and will fund the centres.'), { stance: 'accepted', phrase: 'UKRI accepts this recommendation and will fund the centres' });
    assert.equal(stanceOf('The ONS does not accept this recommendation.'), 'rejected');
    assert.equal(stanceOf('The Environment Agency agrees with the Committee.'), 'accepted');
    assert.equal(stanceOf('HM Government accepts the recommendation.'), 'accepted');
    assert.equal(stanceOf('NHSBT partially accepts this recommendation.'), 'accepted-in-part');
    assert.equal(stanceOf('The UK Space Agency rejects the proposal.'), 'rejected');
    // Or a name that ends with the nation it serves; and agreeing to do what was asked, not to think about it.
    assert.equal(stanceOf('Education Scotland has agreed to update its guidance.'), 'accepted');
    assert.equal(stanceOf('Historic England accepts this recommendation.'), 'accepted');
    assert.equal(stanceOf('The Environment Agency has agreed to publish the data.'), 'accepted');
    assert.equal(stanceOf('Arts Council England has agreed to consider this.'), 'unclear');
    assert.equal(stanceOf('Ministers in England agree.'), 'unclear');
    // The Committee's own views, a word at the start of a sentence, or a pronoun decide nothing.
    assert.equal(stanceOf('The Committee agrees that funding is short.'), 'unclear');
    assert.equal(stanceOf('It accepts that funding is short.'), 'unclear');
    assert.equal(stanceOf('Which accepts the premise of the report.'), 'unclear');
    // An acceptance the list reads decides first; a named body's decides before wording that only considers.
    assert.equal(stanceOf('The ONS rejects the proposal. We accept this recommendation.'), 'accepted');
    assert.equal(stanceOf('UKRI accepts this recommendation and will consider how to fund it.'), 'accepted');
  });

  it('finds, with one scan for all kinds, the same earliest phrase as trying each pattern in turn', () => {
    // The reference: every pattern on its own, the earliest match kept, ties to the earlier pattern.
    const earliest = (patterns: readonly RegExp[], text: string) => {
      let best: { phrase: string; at: number } | undefined;
      for (const re of patterns) {
        const m = re.exec(text);
        if (m && (!best || m.index < best.at)) best = { phrase: cutAtWord(m[0].trim(), 160), at: m.index };
      }
      return best;
    };
    for (const kind of [FIRM_REJECTION, REJECTION, ACCEPTANCE, PARTIAL, PRINCIPLE, CONSIDERATION, NOTING, WORK_IN_HAND]) {
      for (const re of kind) assert.ok(!re.global && !re.sticky, `${re} keeps no state between calls`);
    }
    // Where nothing decides, wording spaced unevenly is read again with single spaces.
    const reference = (text: string) => {
      const once = eachInTurn(text);
      return once.stance === 'unclear' && /\s\s|[^\S ]/.test(text) ? eachInTurn(text.replace(/\s+/g, ' ')) : once;
    };
    const eachInTurn = (text: string) => {
      if (!text.trim()) return { stance: 'no-response' };
      const firm = earliest(FIRM_REJECTION, text);
      if (firm) return { stance: 'rejected', phrase: firm.phrase };
      const partial = earliest(PARTIAL, text);
      if (partial) return { stance: 'accepted-in-part', phrase: partial.phrase };
      const principle = earliest(PRINCIPLE, text);
      if (principle) return { stance: 'accepted', phrase: principle.phrase };
      const reject = earliest(REJECTION, text);
      const accept = earliest(ACCEPTANCE, text);
      if (reject && accept) return { stance: 'accepted-in-part', phrase: reject.at < accept.at ? reject.phrase : accept.phrase };
      if (reject) return { stance: 'rejected', phrase: reject.phrase };
      if (accept) return { stance: 'accepted', phrase: accept.phrase };
      const consider = earliest(CONSIDERATION, text);
      if (consider) return { stance: 'under-consideration', phrase: consider.phrase };
      const noting = earliest(NOTING, text) ?? earliest(WORK_IN_HAND, text);
      return noting ? { stance: 'noted', phrase: noting.phrase } : { stance: 'unclear', phrase: undefined };
    };
    const words = ['we', 'We', 'do not', "don't", 'accept', 'agree', 'agrees', 'reject', 'disagree', 'in part', 'partially', 'in principle',
      'the Department', 'Ofsted', 'welcome', 'and', 'will', 'consider', 'considering', 'consideration', 'note', 'notes', "the Committee's",
      'acknowledge', 'is', 'are', 'unnecessary', 'necessary', 'think', 'propose to', 'review', 'explore', 'looking', 'address this concern',
      'already in place', 'sufficiently robust', 'implement', 'this', 'the recommendation', '.', ',', 'funding', 'intend to', 'plan to',
      'feel', 'believe', 'needed', 'appropriate', 'right', 'there is already sufficient', 'already exist', 'addresses', 'DfE', 'the Government',
      'accepts', 'strongly', 'fully', 'cannot', 'can not', 'partially', 'agreed', 'in discussion about', 'discussions on', 'exploring', 'look at how',
      'to look at further', 'provide further detail', 'carefully', 'actively', 'under consideration', 'including consideration', 'the Trust'];
    // Each pattern's own wording, so that every pattern matches in some cases.
    const phrases = ['we will implement', 'we do not accept', 'we reject', 'we disagree', 'we do not agree', "we don't propose to", 'is unnecessary',
      'address this concern', 'we accept', 'the Department agrees', 'we welcome it and agree', 'accepts in part', 'partially agree',
      'agree in principle', 'will consider', 'is considering', 'under consideration', 'in discussions about', 'are looking', 'to look at whether',
      'will provide further detail', 'to review', 'we note', "notes the Committee's", "we welcome the Committee's", 'we acknowledge',
      'do not think it necessary', 'there are already sufficient', 'sufficiently robust', 'already in place to address',
      'the Government does not accept', 'the Ministry disagrees', 'DHSC notes', 'the MoD rejects', 'the department partially agrees',
      'we have introduced', 'we are also investing', 'the Government has it in place', 'responsibility for it sits with', 'are required to'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...phrases)), { maxLength: 30 }), fc.constantFrom(' ', '  ', '\n'), (parts, gap) => {
        const text = parts.join(gap);
        assert.deepEqual(inferStance(text), reference(text));
      }),
      { numRuns: 5000 },
    );
    const seed = parse(readSeed());
    for (const rec of seed.recommendations) {
      const text = rec.responses.map((i) => seed.paragraphs.filter((_, p) => seed.responses[i].bodyParagraphs.includes(p)).map((p) => seed.lines.slice(p.range.start.line, p.range.end.line + 1).join(' ')).join(' ')).join(' ');
      assert.deepEqual(inferStance(text), reference(text));
    }
  });

  it('infers in steps on a large report, with the same stances as at once, kept for the model when done', () => {
    const text = multiplyReport(readSeed(), 20);
    const report = parse(text);
    const steps = stanceSteps(report);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    assert.ok(pauses >= 2, `paused ${pauses} times over about 1 MB of responses`);
    assert.deepEqual(step.value, stances(parse(text)));
    assert.equal(stances(report), step.value, 'the stances are cached for the model');
    // Abandoned half-way, the steps leave nothing behind: the next call starts again.
    const fresh = parse(text);
    stanceSteps(fresh).next();
    assert.deepEqual(stances(fresh), step.value);
  });

  it('prepares a report in steps whose results the features then use, and nothing for other documents', () => {
    const service = createReportService();
    const doc = { uri: 'file:///r.txt', languageId: 'committee-report', version: 1, getText: () => multiplyReport(readSeed(), 20) };
    let turns = 0;
    for (const _ of service.prepare(doc)) turns++;
    assert.ok(turns >= 5, `${turns} steps: model, acronyms, definitions and the stances in several`);
    const report = service.getReport(doc)!;
    assert.equal(stances(report), stanceSteps(report).next().value, 'the stances were kept for the model');
    const prose = { uri: 'file:///notes.txt', languageId: 'plaintext', version: 1, getText: () => 'Just a note.' };
    assert.equal([...service.prepare(prose)].length, 0);
  });

  it('lets the user\'s @stance override the inference while keeping both', () => {
    const s = stances(parse(annotated));
    assert.deepEqual(s.map((x) => [x.inferred.stance, x.user]), [['rejected', 'rejected'], ['under-consideration', undefined], ['accepted', undefined]]);
  });

  it('agrees with the hand-labelled stances of the seed on at least 36 of 38 responses', () => {
    const labels = JSON.parse(readFileSync(path.join(FIXTURES, 'seed-stances.json'), 'utf8')).labels as { recommendation: number; stance: string }[];
    const inferred = stances(parse(readSeed()));
    assert.equal(labels.length, 38);
    const disagreements = labels.filter((l) => inferred[l.recommendation - 1].inferred.stance !== l.stance).map((l) => l.recommendation);
    // Measured: 36 of 38. The two the wording misleads: 21 (agrees it matters, does not commit) and 31 (values the roles, declines legislation).
    assert.deepEqual(disagreements, [21, 31]);
  });
});

describe('outline with annotations', () => {
  it('lists annotations under their recommendation and shows stance and open to-dos in the detail', () => {
    const [, recs] = documentSymbols(parse(annotated));
    const r1 = recs.children![0];
    assert.equal(r1.name, '1. The Department should publish a scorecard for every…');
    assert.equal(r1.detail, 'Paragraph 10 · answered (rejected (yours, as inferred)) · 1 to-do');
    assert.deepEqual(r1.children!.map((c) => c.name), [
      'Stance: rejected',
      'Note: Points to LAIT data instead of a scorecard. Compare R2 and…',
      'Tags: accountability, data',
      'Response to recommendation 1',
      'To-do: ask DfE for SEN2 timeliness figures by 5 Dec',
    ]);
  });
});

describe('completion in annotation lines', () => {
  it('offers the kinds after "@", the stance values after "@stance:", and known tags after "@tags:"', () => {
    assert.deepEqual(completions('@', { line: 0, character: 1 }, []).map((c) => c.label), ['@note', '@stance', '@tags', '@todo', '@done', '@ignore', '@report', '@rec', '@answers', '@not-a-recommendation', '@kept', '@missed', '@progress']);
    const stance = completions('@stance: acc', { line: 3, character: 12 }, []);
    assert.equal(stance.length, 6);
    assert.deepEqual(stance[0].textEdit, { range: { start: { line: 3, character: 9 }, end: { line: 3, character: 12 } }, newText: 'accepted' });
    assert.deepEqual(completions('@tags: data, ', { line: 0, character: 13 }, ['data', 'funding']).map((c) => c.label), ['funding']);
    assert.deepEqual(completions('The text', { line: 0, character: 4 }, ['data']), []);
  });
});

describe('annotation commands', () => {
  const r = parse(annotated);
  it('puts a new note after the recommendation and its annotation lines', () => {
    assert.deepEqual(notePosition(r, { line: 6, character: 3 }), { position: { line: 9, character: 27 }, recommendation: 1 });
    assert.deepEqual(notePosition(r, { line: 0, character: 0 }), { message: 'Put the cursor on a recommendation or its response to add a note to it.' });
  });
  it('goes to the next unanswered recommendation and the next open to-do, wrapping round', () => {
    const x = parse(lines('1. A. (Paragraph 1)', '', '2. B. (Paragraph 2)', '', 'Paragraph 2: B.', '', 'Yes.', '@todo: one'));
    assert.deepEqual(nextUnanswered(x, { line: 5, character: 0 }), { range: x.recommendations[0].numberRange });
    assert.deepEqual(nextTodo(x, { line: 0, character: 0 }), { range: x.annotations[0].range });
    assert.deepEqual(nextUnanswered(r, { line: 0, character: 0 }), { message: 'Every recommendation in this report has a response.' });
  });
  it('summarises recommendations, unanswered ones and to-dos', () => {
    assert.deepEqual(summary(r), { recommendations: 3, unanswered: 0, todos: 1 });
    assert.deepEqual(summary(parse(readSeed())), { recommendations: 38, unanswered: 1, todos: 0 });
  });
});

describe('briefing rows', () => {
  it('give a reply\'s words without Markdown\'s bold markers, as a report written in Markdown has them about a heading inside a reply', () => {
    const r = parse(lines(
      '**The Government should publish a ten-year plan for adult social care.**', '', 'The Government agrees that a plan is needed.', '', '**Funding**', '', 'The plan will set out __funding__ for ten years.', '',
      '**The Government should introduce a minimum wage for care workers.**', '', 'The Government does not accept this recommendation. A ** marker alone stays.',
    ));
    assert.deepEqual(briefingRows(r, URI).map((x) => x.response), [
      'The Government agrees that a plan is needed. Funding The plan will set out funding for ten years.',
      'The Government does not accept this recommendation. A ** marker alone stays.',
    ]);
  });

  it('give a reply set in italics without its markers, but keep italics inside a sentence (a quotation\'s) as written', () => {
    const r = parse(lines(
      '1. The Department should set out a plan for heat pumps. (Paragraph 18)', '', '*The Government agrees. A plan will follow in 2026.*', '',
      '2. The Department should extend the scheme. (Paragraph 24)', '', '_Not accepted._ The scheme is funded to 2028.', '',
      '3. The Department should review the levy. (Paragraph 30)', '', 'The Act says that \'*a review must be held*\' every five years, and one is under way.',
    ));
    assert.deepEqual(briefingRows(r, URI).map((x) => x.response), [
      'The Government agrees. A plan will follow in 2026.',
      'Not accepted. The scheme is funded to 2028.',
      'The Act says that \'*a review must be held*\' every five years, and one is under way.',
    ]);
  });
});

describe('briefing export (golden files)', () => {
  for (const format of ['md', 'csv', 'json'] as const) {
    it(`matches test/fixtures/annotated-briefing.${format}`, () => {
      const expected = readFileSync(path.join(FIXTURES, `annotated-briefing.${format}`), 'utf8');
      assert.equal(formatBriefing(parse(annotated), URI, 'annotated-report.txt', format), expected);
    });
  }
});
