// Reports generated from random models, rendered in each layout of the family (hard-wrapped, with page furniture,
// hyphenation and CRLF where a layout has them), parsed, and compared with the model they were made from.
// FUZZ_RUNS sets the number of cases per layout (npm run fuzz runs many more).
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parse } from '../../server/src/model';
import { stances, type InferredStance } from '../../server/src/features/stance';

const RUNS = Math.max(50, Math.floor((Number(process.env.FUZZ_RUNS) || 3000) / 10));

type Stance = Exclude<InferredStance, 'no-response' | 'unclear'>;

interface GenRec {
  /** A letter after the number, in layouts that use them ("2a"). */
  letter: string;
  paragraphs: number[];
  words: string[];
  stance?: Stance;
}
interface GenPart {
  ordinal: string;
  department: string;
  title: string;
  recs: GenRec[];
}
interface GenReport {
  parts: GenPart[];
  crlf: boolean;
  width: number;
  /** Where a page break falls, as a share of the lines. */
  pageEvery: number;
  hyphenate: boolean;
}

/** Words that decide no stance and look like no heading, label or acronym. */
const VOCABULARY = ['publish', 'guidance', 'funding', 'schools', 'councils', 'targets', 'waiting', 'times', 'strategy', 'cycling',
  'routes', 'hospitals', 'staffing', 'training', 'report', 'annually', 'evidence', 'children', 'families', 'budget', 'estate', 'survey',
  'transport', 'housing', 'safeguarding', 'inspection', 'framework', 'statistics', 'measures', 'delivery', 'outcomes', 'quarterly'];
const ORDINALS = ['First', 'Second', 'Ninth', 'Tenth', 'Twenty-first', 'Thirtieth'];
const DEPARTMENTS = ['Department for Education', 'Ministry of Justice', 'HM Treasury', 'Department for Transport'];

const WORDING: Record<Stance, string[]> = {
  accepted: ['The Government accepts this recommendation.', 'We agree with the Committee.', 'The Department agrees with this recommendation.'],
  rejected: ['The Government does not accept this recommendation.', 'We reject this recommendation.', 'The Department disagrees with the Committee.'],
  'under-consideration': ['We will consider this recommendation.', 'The Department will consider the options.'],
  noted: ['The Department notes the Committee’s recommendation.', 'We note the recommendation.'],
  'accepted-in-part': ['We partially agree with this recommendation.', 'The Government accepts this recommendation in part.'],
};
const LABEL: Record<Stance, string[]> = {
  accepted: ['Agree', 'Accepted', 'Agreed'],
  rejected: ['Disagree', 'Not accepted', 'Rejected'],
  'under-consideration': ['Under consideration', 'Under review'],
  noted: ['Noted'],
  'accepted-in-part': ['Partially accepted', 'Accepted in part'],
};
const STANCES = Object.keys(WORDING) as Stance[];

const recArb = (withLetters: boolean) =>
  fc.record({
    letter: withLetters ? fc.constantFrom('', '', 'a') : fc.constant(''),
    paragraphs: fc.oneof(fc.tuple(fc.integer({ min: 1, max: 300 })).map((t) => t as number[]), fc.integer({ min: 1, max: 299 }).map((n) => [n, n + 1])),
    words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 3, maxLength: 30 }),
    stance: fc.option(fc.constantFrom(...STANCES), { nil: undefined, freq: 5 }),
  });

const reportArb = (opts: { parts?: boolean; letters?: boolean } = {}) =>
  fc.record({
    parts: fc.array(
      fc.record({
        ordinal: fc.constantFrom(...ORDINALS),
        department: fc.constantFrom(...DEPARTMENTS),
        title: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 2, maxLength: 4 }).map((w) => w.join(' ').replace(/^./, (c) => c.toUpperCase())),
        recs: fc.array(recArb(!!opts.letters), { minLength: 1, maxLength: 7 }),
      }),
      { minLength: 1, maxLength: opts.parts ? 3 : 1 },
    ),
    crlf: fc.boolean(),
    width: fc.integer({ min: 45, max: 95 }),
    pageEvery: fc.integer({ min: 6, max: 15 }),
    hyphenate: fc.boolean(),
  });

/** A generated choice that is the same each time for the same inputs, so that a failing case shrinks and replays. */
const pick = <T>(xs: readonly T[], seed: number): T => xs[Math.abs(seed) % xs.length];
const sentence = (r: GenRec) => `The Department should ${r.words.join(' ')}`;
const cite = (r: GenRec, word = 'Paragraph') => `(${word}${r.paragraphs.length > 1 ? 's' : ''} ${r.paragraphs.join(' and ')})`;
const answer = (r: GenRec, k: number) => pick(WORDING[r.stance!], k + r.words.length);
const label = (r: GenRec, k: number) => pick(LABEL[r.stance!], k + r.words.length);
const allRecs = (g: GenReport) => g.parts.flatMap((p) => p.recs);
/** A heading's title from a recommendation's first words: "Publish guidance". */
const title = (r: GenRec) => r.words.slice(0, 2).join(' ').replace(/^./, (c) => c.toUpperCase());

/** The recommendations listed at the front, then the heading over the replies that follow them. */
const frontList = (g: GenReport) => ['Summary of recommendations', '', ...allRecs(g).map((r, i) => `${i + 1}. ${sentence(r)}. ${cite(r)}`), '', 'Government responses', ''];

/** Renders each recommendation with its number (1, 2, … in the one part) as the layout writes it. */
type Layout = (g: GenReport) => string[];

/**
 * `grouped`: a layout whose recommendations are only numbered, where those listed one after another are answered
 * together by the response that follows them (the seed's groups): a recommendation with no response of its own then
 * shares the next one.
 */
const LAYOUTS: Record<string, { render: Layout; cites: boolean; grouped?: boolean; parts?: boolean; letters?: boolean; pdf?: boolean; first?: number; everyAnswered?: boolean }> = {
  numbered: {
    cites: true,
    grouped: true,
    render: (g) => allRecs(g).flatMap((r, i) => [`${i + 1}. ${sentence(r)}. ${cite(r)}`, '', ...(r.stance ? [answer(r, i), ''] : [])]),
  },
  headed: {
    cites: false,
    render: (g) =>
      allRecs(g).flatMap((r, i) => [
        pick([`Recommendation ${i + 1}`, `Recommendation ${i + 1}:`, `## Recommendation ${i + 1}`], i),
        '',
        pick([`${sentence(r)}.`, `${i + 1}. ${sentence(r)}.`], i + r.words.length),
        '',
        ...(r.stance ? [pick(['Government response', 'Government Response', '## Response'], i), '', answer(r, i), ''] : []),
      ]),
  },
  inline: {
    cites: true,
    render: (g) =>
      allRecs(g).flatMap((r, i) => [
        pick([`Recommendation ${i + 1}: ${sentence(r)} ${cite(r, 'paragraph')}.`, `**Recommendation ${i + 1}.** ${sentence(r)}. ${cite(r)}`], i),
        '',
        ...(r.stance ? [answer(r, i), ''] : []),
      ]),
  },
  parenthesised: {
    cites: false,
    grouped: true,
    render: (g) =>
      allRecs(g).flatMap((r, i) => [`(${i + 1}) We recommend that ${sentence(r).slice(4)}.`, '', ...(r.stance ? [pick(["The Government's Response", 'Government reply'], i), '', answer(r, i), ''] : [])]),
  },
  'labelled replies': {
    cites: true,
    grouped: true,
    render: (g) =>
      allRecs(g).flatMap((r, i) => [
        // A converter renumbers every item "1." in some documents; the number then comes from the order.
        `${pick([String(i + 1), '1'], g.width) === '1' ? 1 : i + 1}. “${sentence(r)}.” ${cite(r)}`,
        '',
        ...(r.stance ? [pick([`DHSC response: ${label(r, i)}`, `Government response: ${label(r, i)}. ${answer(r, i)}`], i), ''] : []),
      ]),
  },
  'numbered replies': {
    cites: true,
    render: (g) =>
      allRecs(g).flatMap((r, i) => [`${i + 1}. ${sentence(r)}. ${cite(r)}`, '', ...(r.stance ? [`${i + 1}.1 ${answer(r, i)}`, '', `${i + 1}.2 The Department will ${r.words.slice(0, 3).join(' ')}.`, ''] : [])]),
  },
  'treasury minute': {
    cites: false,
    parts: true,
    letters: true,
    render: (g) =>
      g.parts.flatMap((p) => [
        `${p.ordinal} Report of Session 2024–25`, p.department, p.title, '',
        ...p.recs.flatMap((r, i) => [
          `${i + 1}. PAC conclusion: The department does not ${r.words.slice(0, 4).join(' ')}.`, '',
          `${i + 1}${r.letter}. PAC recommendation: ${sentence(r)}.`, '',
          ...(r.stance ? [`${i + 1}.1 ${answer(r, i)}`, '', `Target implementation date: March 202${(i % 4) + 5}`, ''] : []),
        ]),
      ]),
  },
  'progress table': {
    cites: true,
    render: (g) => {
      const rows = allRecs(g).map((r, i) => `${i + 1}.That the Department ${r.words.join(' ')} ${cite(r, 'Para')}${r.stance ? ` ${label(r, i)}` : ''}`);
      const header = 'No. Recommendation Government reply';
      // The column headings again at the top of each page, every three rows.
      return [header, ...rows.flatMap((row, i) => (i > 0 && i % 3 === 0 ? [header, row] : [row]))];
    },
  },
  'PDF copy': {
    cites: true,
    grouped: true,
    pdf: true,
    render: (g) => allRecs(g).flatMap((r, i) => [`${i + 1}. ${sentence(r)}. ${cite(r)}`, ...(r.stance ? [answer(r, i)] : [])]),
  },
  'headed with a title': {
    cites: true,
    render: (g) =>
      allRecs(g).flatMap((r, i) => [
        // A short title between the number and the citation, the words on the line under it, the reply after a blank line.
        `Recommendation ${i + 1}${pick([':', ' –'], i)} ${title(r)} ${cite(r, 'paragraph')}`,
        `${sentence(r)}.`,
        '',
        ...(r.stance ? [answer(r, i), ''] : []),
      ]),
  },
  'R numbers': {
    cites: true,
    grouped: true,
    // Numbered from 4, as a response to part of a report is: the number is read, not the place.
    first: 4,
    render: (g) => allRecs(g).flatMap((r, i) => [`${pick(['R', 'Rec '], i)}${i + 4} ${sentence(r)}. ${cite(r)}`, '', ...(r.stance ? [answer(r, i), ''] : [])]),
  },
  'Committee asks': {
    cites: false,
    render: (g) =>
      allRecs(g).flatMap((r, i) => [
        `The Committee ${pick(['asks the Department to', 'calls on the Department to', 'urges the Department to', 'believes that the Department should'], i)} ${r.words.join(' ')}.`,
        '',
        ...(r.stance ? [answer(r, i), ''] : []),
      ]),
  },
  'front list': {
    cites: true,
    // Every one answered, under its heading again (a recommendation with no stance of its own is noted).
    everyAnswered: true,
    render: (g) => [...frontList(g), ...allRecs(g).flatMap((r, i) => [`Recommendation ${i + 1}`, ...pick([[], ['']], i), answer({ ...r, stance: r.stance ?? 'noted' }, i), ''])],
  },
  'front list, decided': {
    cites: true,
    everyAnswered: true,
    // The replies under "Recommendation 1 – Accepted": the decision beside the number, the words under it.
    render: (g) => [
      ...frontList(g),
      ...allRecs(g).flatMap((r, i) => {
        const decided = { ...r, stance: r.stance ?? 'noted' };
        return [`Recommendation ${i + 1}${pick([' – ', ': ', ' - '], i)}${label(decided, i)}`, `The Department will ${r.words.slice(0, 3).join(' ')}.`, ''];
      }),
    ],
  },
  'headed, decided': {
    cites: false,
    // The decision beside the number ("Recommendation 1 (Accepted)", "Recommendation 2 – Not accepted"), the words
    // under it, then a reply that neither decides nor speaks in the answerer's voice.
    render: (g) =>
      allRecs(g).flatMap((r, i) => {
        const decision = r.stance ? pick([` (${label(r, i)})`, ` – ${label(r, i)}`, `: ${label(r, i)}`], i) : '';
        return [`Recommendation ${i + 1}${decision}`, '', `${sentence(r)}.`, '', ...(r.stance ? ['Work on this is set out in the annual report.', ''] : [])];
      }),
  },
  'answered in turn': {
    cites: false,
    grouped: true,
    // Numbered with no citation, each answered by the paragraph after it, with no heading: an inquiry's response.
    render: (g) => {
      // Read so where two or more are answered in turn.
      fc.pre(allRecs(g).filter((r) => r.stance).length >= 2);
      return allRecs(g).flatMap((r, i) => [`${i + 1}. ${pick([`That the Department ${r.words.join(' ')}`, `${sentence(r)}`], i)}.`, '', ...(r.stance ? [answer(r, i), ''] : [])]);
    },
  },
  'named by heading': {
    cites: false,
    // No recommendation's words: "Response to recommendation 1" over each reply (one with no stance of its own is noted).
    everyAnswered: true,
    render: (g) => [
      'Government response to the Committee', '',
      ...allRecs(g).flatMap((r, i) => [`${pick(['Response to recommendation', 'Government response to recommendation', 'Reply to recommendation'], i)} ${i + 1}`, '', answer({ ...r, stance: r.stance ?? 'noted' }, i), '']),
    ],
  },
  'set apart, no citations': {
    cites: false,
    // No numbers and no citations: each recommendation in bold, italics or quotation marks, its reply (if any) in plain
    // words. Read where two or more have a reply.
    render: (g) => {
      fc.pre(allRecs(g).filter((r) => r.stance).length >= 2);
      return [
        'Government response to the Committee', '',
        ...allRecs(g).flatMap((r, i) => {
          const [open, close] = pick([['**', '**'], ['_', '_'], ['“', '”']], i);
          return [`${open}${sentence(r)}.${close}`, '', ...(r.stance ? [answer(r, i), ''] : [])];
        }),
      ];
    },
  },
  'headed, reply in voice': {
    cites: false,
    // "Recommendation 1" over the words, the reply after them with no heading, opening in the answerer's own voice.
    render: (g) =>
      allRecs(g).flatMap((r, i) => [`Recommendation ${i + 1}`, '', `${sentence(r)}.`, '', ...(r.stance ? [`${pick(['We will', 'The Government will', 'The Department will'], i)} write to the Committee. ${answer(r, i)}`, ''] : [])]),
  },
  'split over paragraphs': {
    cites: true,
    grouped: true,
    // Its number on a first paragraph that cites nothing, its citation at the end of the next, as a page break leaves it.
    render: (g) =>
      allRecs(g).flatMap((r, i) => [`${i + 1}. The Department has not yet ${r.words.slice(0, 3).join(' ')}.`, '', `${sentence(r)}. ${cite(r)}`, '', ...(r.stance ? [answer(r, i), ''] : [])]),
  },
  'cited, no blank lines': {
    cites: true,
    grouped: true,
    // No numbers and no blank lines, as text copied from a PDF or a web page gives a letter: each recommendation ends at
    // its citation, and its reply runs on to the next one.
    render: (g) => ['Government response to the Committee', ...allRecs(g).flatMap((r, i) => [`${pick(['', '“', '_'], i)}${sentence(r)}.${pick(['', '”', '_'], i)} ${cite(r)}`, ...(r.stance ? [answer(r, i)] : [])])],
  },
  bulleted: {
    cites: true,
    grouped: true,
    // A letter that bullets each recommendation, its citation at its end, the reply after it.
    render: (g) => ['Dear Chair,', '', 'I respond to each of the recommendations below.', '', ...allRecs(g).flatMap((r, i) => [`${pick(['•', '-', '●'], i)} ${sentence(r)}. ${cite(r)}`, '', ...(r.stance ? [answer(r, i), ''] : [])])],
  },
  markdown: {
    cites: true,
    grouped: true,
    render: (g) => ['# Government response', '', '## Recommendations', '', ...allRecs(g).flatMap((r, i) => [pick([`**${i + 1}.** ${sentence(r)}. ${cite(r)}`, `> ${i + 1}. ${sentence(r)}. ${cite(r)}`], i), '', ...(r.stance ? [answer(r, i), ''] : [])])],
  },
};

/** Hard-wraps each paragraph at `width`, sometimes cutting a long word with a hyphen. */
function wrap(paragraphs: string[], width: number, hyphenate: boolean): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    let line = '';
    for (const word of p.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        if (hyphenate && word.length >= 9 && /^[a-z]+$/.test(word) && line.length + 6 <= width) {
          out.push(`${line} ${word.slice(0, 4)}-`);
          line = word.slice(4);
          continue;
        }
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

/**
 * A PDF's running header, every so many lines, beside a page number that counts up. A header that stands only once
 * cannot be told from text, so a copy with one page break has none.
 */
function withFurniture(lines: string[], every: number): string[] {
  if (lines.length <= every * 2) return lines;
  const out: string[] = [];
  let page = 2;
  lines.forEach((l, i) => {
    if (i > 0 && i % every === 0) out.push(page % 2 ? `Active travel: Government Response to the Committee ${page++}` : `${page++}  Active travel: Government Response to the Committee`);
    out.push(l);
  });
  return out;
}

function render(name: string, g: GenReport): string {
  const layout = LAYOUTS[name];
  let lines = layout.render(g);
  if (layout.pdf) lines = withFurniture(wrap(lines, g.width, g.hyphenate), g.pageEvery);
  return lines.join(g.crlf ? '\r\n' : '\n');
}

/** The stance each recommendation ends with: its own response's, or in a grouped layout the next response's. */
function answeredStances(recs: GenRec[], grouped: boolean): (Stance | undefined)[] {
  const out: (Stance | undefined)[] = recs.map((r) => r.stance);
  if (!grouped) return out;
  let next: Stance | undefined;
  for (let i = recs.length - 1; i >= 0; i--) {
    if (recs[i].stance) next = recs[i].stance;
    else out[i] = next;
  }
  return out;
}

/** What the parse must give back: each recommendation's label, paragraphs, part and stance. */
function expected(name: string, g: GenReport): string[] {
  const layout = LAYOUTS[name];
  const answered = answeredStances(allRecs(g), !!layout.grouped);
  let k = 0;
  return g.parts.flatMap((p, part) =>
    p.recs.map((r, i) => {
      const n = layout.parts ? i + 1 : k + (layout.first ?? 1);
      const stance = layout.everyAnswered ? (r.stance ?? 'noted') : layout.parts ? r.stance : answered[k];
      k++;
      return `${n}${layout.letters ? r.letter : ''} ${layout.cites ? r.paragraphs.join(',') : '-'} part ${layout.parts ? part : '-'} ${stance ?? 'none'}`;
    }),
  );
}

function actual(name: string, text: string): string[] {
  const layout = LAYOUTS[name];
  const report = parse(text);
  const s = stances(report);
  return report.recommendations.map(
    (r, i) => `${r.number}${layout.letters ? r.label.replace(/^\d+/, '') : ''} ${layout.cites ? r.paragraphs.join(',') : '-'} part ${layout.parts ? r.part : '-'} ${r.responses.length ? s[i].inferred.stance : 'none'}`,
  );
}

describe(`generated reports in every layout (${RUNS} cases each)`, () => {
  for (const name of Object.keys(LAYOUTS)) {
    it(`reads back the model in the ${name} layout`, () => {
      const layout = LAYOUTS[name];
      fc.assert(
        fc.property(reportArb({ parts: layout.parts, letters: layout.letters }), (g) => {
          // (A list is two or more.)
          fc.pre(!layout.everyAnswered || allRecs(g).length > 1);
          const text = render(name, g);
          assert.deepEqual(actual(name, text), expected(name, g), text);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('finds no response where the model has none, and every page header left out, in PDF copies', () => {
    fc.assert(
      fc.property(reportArb(), (g) => {
        const text = render('PDF copy', g);
        const report = parse(text);
        const headers = text.split(/\r?\n/).flatMap((l, i) => (/Active travel: Government Response/.test(l) ? [i] : []));
        assert.deepEqual(report.furniture, headers);
        for (const r of report.responses) {
          assert.ok(!headers.includes(r.range.start.line) && !headers.includes(r.range.end.line), `response at ${r.range.start.line}–${r.range.end.line}`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
