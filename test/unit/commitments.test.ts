// Commitments: the sentences that promise, who promises what, and by when — each date form on a fixed clock.
import { strict as assert } from 'assert';
import { parse } from '../../server/src/model';
import { commitmentIn, commitmentStatuses, dayText, dueIn, dueText, findCommitments, sentencesAt } from '../../server/src/features/commitments';
import fc from 'fast-check';
import { clock } from '../../server/src/features/clock';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { codeActions } from '../../server/src/features/codeActions';
import { applyEdits } from '../support/edits';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createReportService } from '../../server/src/service';
import { briefingRows } from '../../server/src/features/briefing';
import { documentSymbols } from '../../server/src/features/outline';
import { readSeed } from '../../scripts/corpus';
import { run as cli } from '../../server/src/cli';
import ICAL from 'ical.js';

/** The response's own date the relative forms are read against: 20 July 2020, as the bundled report's. */
const ANCHOR = Date.UTC(2020, 6, 20);
const range = (text: string) => {
  const due = dueIn(text, ANCHOR);
  return due ? `${dayText(due.from)} – ${dayText(due.to)}` : undefined;
};

describe('commitments: due dates', () => {
  for (const [text, expected] of [
    ['We will publish it on 3 December 2020.', '3 December 2020 – 3 December 2020'],
    ['We will publish a consolidated programme in June 2026.', '1 June 2026 – 30 June 2026'],
    ['We will publish it by June 2026.', '20 July 2020 – 30 June 2026'],
    ['We expect to announce the successful schools in Autumn 2020.', '1 September 2020 – 30 November 2020'],
    ['Target implementation date: Spring 2025', '1 March 2025 – 31 May 2025'],
    ['We will report in early summer 2021.', '1 June 2021 – 1 July 2021'],
    ['The review will report in the winter of 2021.', '1 December 2021 – 28 February 2022'],
    ['We will consult in Q3 2025.', '1 July 2025 – 30 September 2025'],
    ['We will consult in the first quarter of 2026.', '1 January 2026 – 31 March 2026'],
    ['Funding will follow in the 2025-26 financial year.', '1 April 2025 – 31 March 2026'],
    ['We will fund it in 2025/26.', '1 April 2025 – 31 March 2026'],
    ['Schools will receive it in the 2024/25 academic year.', '1 September 2024 – 31 August 2025'],
    ['We will legislate by the end of 2026.', '20 July 2020 – 31 December 2026'],
    ['We will legislate in 2026.', '1 January 2026 – 31 December 2026'],
    ['We will write again to the Committee later in the year.', '20 July 2020 – 31 December 2020'],
    ['We will respond early next year.', '1 January 2021 – 30 April 2021'],
    ['We will respond next year.', '1 January 2021 – 31 December 2021'],
    ['We will do so within six months of the publication of this response.', '20 July 2020 – 20 January 2021'],
    ['We will do so within 3 weeks.', '20 July 2020 – 10 August 2020'],
    ['We will set out our plans in the coming months.', '20 July 2020 – 20 January 2021'],
    ['We will set out our plans this autumn.', '1 September 2020 – 30 November 2020'],
  ] as const) {
    it(`${text} → ${expected}`, () => assert.equal(range(text), expected));
  }

  it('says nothing of a sentence without a date', () => {
    assert.equal(dueIn('We will publish guidance in due course.', ANCHOR), undefined);
    assert.equal(dueIn('We will publish 25 case studies.', ANCHOR), undefined);
  });

  it('shows a range as its words and its last day', () => {
    assert.equal(dueText(dueIn('in Autumn 2020', ANCHOR)!), 'Autumn 2020 → by 30 November 2020');
  });
});

describe('commitments: which sentences promise', () => {
  for (const [sentence, who, action] of [
    ['We will publish a consolidated programme in June 2026.', 'we', 'publish a consolidated programme'],
    ['The Department intends to consult on the changes.', 'the Department', 'consult on the changes'],
    ['NHS England will review the guidance by March 2021.', 'NHS England', 'review the guidance'],
    ['The Welsh Government will write to the Committee within six months.', 'the Welsh Government', 'write to the Committee'],
    ['We are committed to publishing the strategy in Spring 2021.', 'we', 'publishing the strategy'],
    ['We agree and will fund a pilot.', 'we', 'fund a pilot'],
    ['The Care Quality Commission will begin inspections in April 2026.', 'the Care Quality Commission', 'begin inspections'],
    ['HM Prison and Probation Service will publish the data.', 'HM Prison and Probation Service', 'publish the data'],
    ['The Pensions Regulator will consult on the code in 2026.', 'the Pensions Regulator', 'consult on the code'],
    ['The Department for Digital, Culture, Media and Sport will publish the code.', 'the Department for Digital, Culture, Media and Sport', 'publish the code'],
  ] as const) {
    it(`"${sentence}" commits ${who} to ${action}`, () => {
      const c = commitmentIn(sentence, ANCHOR);
      assert.ok(c, 'a commitment');
      assert.equal(c.who, who);
      assert.equal(c.action, action);
    });
  }

  for (const sentence of [
    'We will continue to work with local authorities to improve outcomes.',
    'The Government continues to invest in schools.',
    'We would consider legislation if the evidence supported it.',
    'We are committed to improving outcomes for every child.',
    'The Committee will want to consider this in its next inquiry.',
    'We welcome the Committee’s report.',
    'We will not be taking this recommendation forward.',
    // Words before what a body is that name none: "service" and "council" in small letters.
    'We expect that demand for the service will grow next year.',
    'Funding for the local council will rise in 2026.',
    // A department's name runs to the words in capitals: here it is not who will publish.
    'The Ministry of Justice consulted on these proposals and will publish its response shortly.',
  ]) {
    it(`"${sentence}" is no commitment`, () => assert.equal(commitmentIn(sentence, ANCHOR), undefined));
  }

  it('finds in a report the promises of a public body named by what it is ("the Environment Agency", "the Health and Safety Executive")', () => {
    const report = parse([
      'Government response', '',
      '1. The Department should publish a map of overflows. (Paragraph 12)', '', 'The Environment Agency will publish a national map of overflows.', '',
      '2. The Department should review the guidance. (Paragraph 14)', '', 'The Health and Safety Executive will review the guidance by the end of 2026.', '',
      '3. The Department should monitor it. (Paragraph 16)', '', 'The Board will continue to monitor this.', '',
    ].join('\n'));
    assert.deepEqual(findCommitments(report, ANCHOR).map((c) => [c.recommendations, c.who, c.action, c.due?.text]), [
      [[0], 'the Environment Agency', 'publish a national map of overflows', undefined],
      [[1], 'the Health and Safety Executive', 'review the guidance', 'by the end of 2026'],
    ]);
  });
});

describe('commitments: a date before the response', () => {
  it('is when something was done, not when a promise falls due, where the response gives its own date', () => {
    const text = (received: string) => [
      'Special Report', '', `The Committee published its report on 15 March 2011. The Government's response was received on ${received} and is appended below.`, '',
      '1. The Ministry should consult on fixed costs. (Paragraph 22)', '', 'Following the consultation in November 2010, the Ministry will publish its response shortly.', '',
      '2. The Ministry should review the rules. (Paragraph 25)', '', 'The Reform Act 2010 gave us powers, and we will consult on using them.', '',
    ].join('\n');
    const read = (t: string) => findCommitments(parse(t), Date.UTC(2026, 0, 1)).map((c) => [c.who, c.due?.text]);
    assert.deepEqual(read(text('17 May 2011')), [['the Ministry', undefined], ['we', undefined]]);
    // With no date of its own, a response's dates all stand: it may be years old.
    assert.deepEqual(read(text('17 May 2011').replace(/The Government's response was received on 17 May 2011 and is appended below\./, '')), [['the Ministry', 'November 2010'], ['we', '2010']]);
  });
});

describe('commitments in the bundled report', () => {
  it('finds its five, each read against the response\'s date (20 July 2020)', () => {
    const report = parse(readSeed());
    const found = findCommitments(report, Date.UTC(2026, 11, 3));
    const summary = found.map((c) => [c.recommendations.map((i) => report.recommendations[i].number).join(','), c.range.start.line + 1, c.who, c.action, c.due ? dueText(c.due) : '']);
    // Each checked by reading: the introduction's promise to write again, two promises to consider the Committee's
    // recommendations, the competition's winners to be announced, and the Department's support for it.
    assert.deepEqual(summary, [
      ['', 104, 'we', 'write again to the Committee', 'later in the year → by 31 December 2020'],
      ['9', 204, 'we', "consider the Committee's recommendations", ''],
      ['25', 350, 'we', 'announce the successful schools', 'Autumn 2020 → by 30 November 2020'],
      ['25', 352, 'the Department', 'support them through this process', ''],
      ['33', 423, 'we', "carefully consider the Committee's recommendation", ''],
    ]);
    const autumn = found[2];
    assert.equal(report.lines[autumn.range.start.line].slice(autumn.range.start.character, autumn.range.end.character), 'Autumn 2020');
  });

  it('finds a promise a line break cuts, in a hard-wrapped report: between who and "will", between "intend" and "to" and inside a department\'s name', () => {
    const wrapped = [
      'Government Response to the Committee', '',
      '1. The Department should publish its review. (Paragraph 10)', '',
      'Government response', '',
      'We accept this recommendation. Funding was confirmed last year, and we', 'will publish the review in June 2026.', '',
      '2. The Department should consult on the rules. (Paragraph 11)', '',
      'Government response', '',
      'Agreed. We intend', 'to consult on the rules by the end of 2026.', '',
      '3. The Department should set out its plans. (Paragraph 12)', '',
      'Government response', '',
      'The Department for Digital, Culture, Media', 'and Sport will set out its plans in Spring 2026.', '',
      '4. The Department should write to the Committee. (Paragraph 13)', '',
      'Government response', '',
      'This will be considered. It will take time.', '',
    ].join('\n');
    const report = parse(wrapped);
    assert.equal(report.recommendations.length, 4, 'the fixture reads as four recommendations');
    const found = findCommitments(report, Date.UTC(2026, 0, 5)).map((c) => [c.recommendations.map((i) => report.recommendations[i].number).join(','), c.who, c.action, c.due?.text ?? '']);
    assert.deepEqual(found, [
      ['1', 'we', 'publish the review', 'June 2026'],
      ['2', 'we', 'consult on the rules', 'by the end of 2026'],
      ['3', 'the Department for Digital, Culture, Media and Sport', 'set out its plans', 'Spring 2026'],
    ]);
  });

  it('reads a Treasury Minute\'s target implementation date as a commitment of its recommendation', () => {
    const minute = [
      'Treasury Minutes', 'Government responses to the Committee of Public Accounts', '', 'Ninth Report of Session 2024–25', 'Department for Education', 'Improving school buildings', '',
      '1. PAC conclusion: The department does not know the condition of many buildings.', '', '1. PAC recommendation: The department should complete its survey.', '',
      '1.1 The government agrees with the Committee’s recommendation.', '', 'Target implementation date: Spring 2025', '',
    ].join('\n');
    const report = parse(minute);
    const found = findCommitments(report, Date.UTC(2024, 0, 10));
    const target = found.find((c) => /Target implementation/.test(c.sentence));
    assert.ok(target, JSON.stringify(found));
    assert.equal(dueText(target.due!), 'Spring 2025 → by 31 May 2025');
  });

  it('reads an action plan\'s "Timescale:", "Deadline:" or "Due date:" line as its recommendation\'s target date, as written', () => {
    const plan = [
      'Recommendation 1', '', 'The Department should publish a workforce plan. (Paragraph 12)', '', 'Response: Accepted', '', 'Timescale: Spring 2026', '',
      'Recommendation 2', '', 'The Department should review pay. (Paragraph 15)', '', 'Response: Accepted in part', '', '**Deadline:** 31 March 2027', '',
      'Recommendation 3', '', 'The Department should report. (Paragraph 18)', '', 'Response: Accepted', '', 'Due date: December 2026',
    ].join('\n');
    const report = parse(plan);
    assert.deepEqual(report.responses.map((r) => r.targetDate?.text), ['Spring 2026', '31 March 2027', 'December 2026']);
    const found = findCommitments(report, Date.UTC(2025, 0, 10));
    assert.deepEqual(found.map((c) => [c.recommendations, c.sentence, c.due && dueText(c.due)]), [
      [[0], 'Timescale: Spring 2026', 'Spring 2026 → by 31 May 2026'],
      [[1], 'Deadline: 31 March 2027', '31 March 2027 → by 31 March 2027'],
      [[2], 'Due date: December 2026', 'December 2026 → by 31 December 2026'],
    ]);
  });
});

describe('commitments out: the command-line tool', () => {
  const run = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await cli(args, { out: (s) => out.push(s), err: (s) => err.push(s), now: () => Date.UTC(2026, 11, 3, 9) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const SEED = 'seeds/send-government-response-2020.txt';

  it('writes a calendar that a maintained iCalendar parser (ical.js) reads back: one all-day event per due commitment', async () => {
    const { code, out } = await run('commitments', '--format', 'ics', SEED);
    assert.equal(code, 0);
    const calendar = new ICAL.Component(ICAL.parse(out) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.deepEqual(
      events.map((e) => [e.startDate.toString(), e.startDate.isDate, e.summary]),
      [
        ['2020-11-30', true, 'Due: We will announce the successful schools (recommendation 25)'],
        ['2020-12-31', true, 'Due: We will write again to the Committee'],
      ],
    );
    assert.match(events[1].description, /^Because of this, we will write again to the Committee later in the year with an update\.\n\nSpecial Educational Needs and Disabilities: Government Response/);
    assert.ok(out.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75), 'lines folded at 75 octets');
  });

  it('lists them soonest first as Markdown, CSV and JSON', async () => {
    const md = (await run('commitments', SEED)).out;
    assert.match(md.split('\n')[4], /^\| 2020-11-30 \| Autumn 2020 \| send-government-response-2020\.txt \| 25 \| we \| announce the successful schools \|/);
    const json = JSON.parse((await run('commitments', '--format', 'json', SEED)).out);
    assert.equal(json.commitments.length, 5);
    assert.deepEqual(json.commitments.map((c: { dueBy: string }) => c.dueBy), ['2020-11-30', '2020-12-31', '', '', '']);
    const csv = (await run('commitments', '--format', 'csv', SEED)).out;
    assert.equal(csv.split('\r\n')[0], 'report,recommendations,who,action,due,due_by,line,sentence');
  });
});

describe('commitments settled, or overdue', () => {
  const TODAY = Date.UTC(2026, 11, 3, 12);
  const saved = clock.now;
  beforeEach(() => {
    clock.now = () => TODAY;
  });
  afterEach(() => {
    clock.now = saved;
  });
  const uri = 'file:///w/seed.txt';
  const overdue = (text: string) => computeDiagnostics(parse(text), uri).filter((d) => d.code === 'commitment-overdue');

  it('finds the bundled report\'s two dated commitments overdue today, each with "Mark as kept" and "Mark as missed"', () => {
    const found = overdue(readSeed());
    assert.deepEqual(found.map((d) => [d.range.start.line + 1, d.severity]), [[104, 3], [350, 3]]);
    assert.equal(found[1].message, 'This commitment was due by 30 November 2020 ("Autumn 2020"): we will announce the successful schools. Nothing here says whether it was kept. Add "@kept: …" or "@missed: …" under its paragraph.');
    const fixes = codeActions(parse(readSeed()), uri, [found[1]]);
    assert.deepEqual(fixes.map((f) => f.title), ['Mark as kept', 'Mark as missed']);
    const edit = fixes[0].edit!.changes![uri][0];
    const text = applyEdits(readSeed(), [edit]);
    assert.equal(text.split('\n')[350], '@kept: ', 'the line goes under the paragraph');
  });

  it('a "@kept:" or "@missed:" line under the paragraph settles it; "@progress:" is shown with the finding', () => {
    const seed = readSeed().split('\n');
    const kept = [...seed.slice(0, 350), '@kept: announced 3 December 2020', ...seed.slice(350)].join('\n');
    assert.deepEqual(overdue(kept).map((d) => d.range.start.line + 1), [104]);
    const report = parse(kept);
    const statuses = commitmentStatuses(report, TODAY);
    assert.deepEqual(statuses[2], { state: 'kept', said: 'announced 3 December 2020' });
    // The introduction's paragraph runs on to line 106: the line goes under it.
    const end = findCommitments(parse(readSeed()), TODAY)[0].endLine + 1;
    assert.equal(end, 106);
    const missed = [...seed.slice(0, end), '@missed: no update was sent', ...seed.slice(end)].join('\n');
    assert.deepEqual(overdue(missed).map((d) => d.range.start.line + 1), [351]);
    const progress = [...seed.slice(0, 350), '@progress: shortlist published', ...seed.slice(350)].join('\n');
    assert.match(String(overdue(progress)[1].message), /The last progress noted: "shortlist published"\./);
  });

  it('is not overdue before its last day, and a commitment without a date never is', () => {
    clock.now = () => Date.UTC(2020, 10, 30, 12);
    assert.deepEqual(overdue(readSeed()).map((d) => d.range.start.line + 1), []);
    clock.now = () => Date.UTC(2020, 11, 1, 12);
    assert.deepEqual(overdue(readSeed()).map((d) => d.range.start.line + 1), [350]);
  });
});

describe('commitments where the user works', () => {
  const saved = clock.now;
  afterEach(() => {
    clock.now = saved;
  });

  it('the hover on a commitment\'s date shows the range it resolves to and where it stands', () => {
    clock.now = () => Date.UTC(2026, 11, 3, 12);
    const text = readSeed();
    const doc = TextDocument.create('file:///w/seed.txt', 'committee-report', 1, text);
    const line = text.split('\n')[349];
    const hover = createReportService().hover(doc, { line: 349, character: line.indexOf('Autumn 2020') + 3 });
    assert.equal((hover?.contents as { value: string }).value, '**Commitment** (recommendation 25): we will announce the successful schools\n\nAutumn 2020 → by 30 November 2020 · **overdue**');
    clock.now = () => Date.UTC(2020, 7, 1, 12);
    const early = createReportService().hover(doc, { line: 349, character: line.indexOf('Autumn 2020') + 3 });
    assert.match((early?.contents as { value: string }).value, /· \*\*due\*\*$/);
  });

  it('each recommendation\'s detail and the briefing say how many commitments it carries and the earliest due', () => {
    const report = parse(readSeed());
    const row = briefingRows(report, 'file:///w/seed.txt').find((r) => r.number === 25)!;
    assert.deepEqual([row.commitments, row.earliestDue], [2, '2020-11-30']);
    const rec = documentSymbols(report).flatMap(function all(s): typeof s[] { return [s, ...(s.children ?? []).flatMap(all)]; }).find((s) => s.name.startsWith('25. '))!;
    assert.match(rec.detail!, /· 2 commitments, earliest due 30 November 2020$/);
  });
});

describe('commitments after an edit', () => {
  it('take a paragraph the edit left alone from the version before, and read again the one it touched, as a fresh parse would', () => {
    const service = createReportService();
    let doc = TextDocument.create('file:///w/seed.txt', 'committee-report', 1, readSeed());
    const first = findCommitments(service.getReport(doc)!, Date.UTC(2026, 11, 3));
    assert.equal(first.length, 5);
    const lines = readSeed().split('\n');
    const edits: [number, string, string][] = [
      // Into the Autumn 2020 promise: its words change; then a line added above everything; then a promise written anew.
      [349, 'announce', 'name'],
      [4, 'House of Commons', 'House of Commons\nPrinted'],
      [423, 'We will carefully consider', 'We will publish the framework in June 2021 and carefully consider'],
    ];
    for (const [line, from, to] of edits) {
      const at = doc.getText().split('\n')[line].indexOf(from);
      assert.ok(at >= 0, `${from} on line ${line + 1}`);
      doc = TextDocument.update(doc, [{ range: { start: { line, character: at }, end: { line, character: at + from.length } }, text: to }], doc.version + 1);
      const kept = findCommitments(service.getReport(doc)!, Date.UTC(2026, 11, 3));
      const fresh = findCommitments(parse(doc.getText()), Date.UTC(2026, 11, 3));
      assert.deepEqual(kept, fresh, `after "${to}"`);
    }
    void lines;
    const last = findCommitments(service.getReport(doc)!, Date.UTC(2026, 11, 3));
    assert.deepEqual(last.map((c) => c.action), ['write again to the Committee', "consider the Committee's recommendations", 'name the successful schools', 'support them through this process', 'publish the framework']);
  });
});

describe('commitments: the sentence round a promising word', () => {
  /** The sentences of a whole paragraph, as one pattern splits it: the reading sentencesAt must agree with. */
  const split = (text: string) => {
    const out: { text: string; from: number; to: number }[] = [];
    const re = /[^.!?]+(?:[.!?]+(?=\s+[A-Z“"(‘']|\s*$)|[.!?]+(?=\S)[^.!?]*)*[.!?]*/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!m[0].trim()) {
        re.lastIndex++;
        continue;
      }
      const from = m.index + m[0].length - m[0].trimStart().length;
      out.push({ text: m[0].trim(), from, to: m.index + m[0].length });
    }
    return out;
  };
  const piece = fc.constantFrom('We', 'will', 'publish', 'it', 'e.g.', '3.5', 'Yes!', 'Why?', '...', '.', '?!', ' ', '  ', '\u00a0', '\u2003', '\u3000', '’', '\n', '\t', '“Q”', 'in', 'June.', '(b)', 'i.e. the', 'No.', 'x');
  it('finds, for words at any places of any paragraph, the sentences splitting the whole paragraph gives', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 6 }), (pieces, picks) => {
        const text = pieces.join(pieces.length % 2 ? ' ' : '');
        const letters = [...text].flatMap((c, i) => (/[A-Za-z]/.test(c) ? [i] : []));
        if (!letters.length) return;
        const at = [...new Set(picks.map((p) => letters[p % letters.length]))].sort((a, b) => a - b);
        const expected = split(text)
          .map((s) => ({ text: s.text, modals: at.filter((a) => a >= s.from && a < s.to).map((a) => a - s.from) }))
          .filter((s) => s.modals.length);
        assert.deepEqual(sentencesAt(text, at), expected, JSON.stringify(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
