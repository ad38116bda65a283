// Outline, folding, selection ranges and workspace symbols from the model.
import { strict as assert } from 'assert';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { parse } from '../../server/src/model';
import { documentSymbols } from '../../server/src/features/outline';
import { foldingRanges } from '../../server/src/features/folding';
import { selectionRanges } from '../../server/src/features/selectionRanges';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { outlineText } from '../../server/src/features/outlineText';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { readSeed } from '../../scripts/corpus';
import { lines, withCursor } from '../support/fixture';

function flatten(symbols: DocumentSymbol[], out: DocumentSymbol[] = []): DocumentSymbol[] {
  for (const s of symbols) {
    out.push(s);
    flatten(s.children ?? [], out);
  }
  return out;
}

function inside(inner: DocumentSymbol['range'], outer: DocumentSymbol['range']): boolean {
  const before = (a: typeof inner.start, b: typeof inner.start) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

const FIXTURE = lines(
  'Introduction', '',
  'We are committed to improving the system for every child and young person in England.', '',
  '1. The Department should publish data. (Paragraph 10)', '',
  'We agree and will publish data.', '',
  '2. Ofsted should inspect. (Paragraph 11)', '',
  '3. The Department should fund schools. (Paragraph 12)', '',
  'Paragraph 11: Ofsted should inspect.', '',
  'Ofsted will inspect.', '',
  'Paragraph 12: The Department should fund schools.', '',
  'We already do.',
);

describe('documentSymbols', () => {
  it('nests sections → recommendations → responses, and groups recommendations answered together', () => {
    const symbols = documentSymbols(parse(FIXTURE));
    assert.deepEqual(symbols.map((s) => s.name), ['Introduction', 'Recommendations and responses']);
    const recs = symbols[1].children!;
    assert.deepEqual(recs.map((s) => s.name), ['1. The Department should publish data', 'Recommendations 2–3']);
    assert.equal(recs[0].detail, 'Paragraph 10 · answered (accepted) · 1 commitment');
    assert.deepEqual(recs[0].children!.map((c) => c.name), ['Response to recommendation 1']);
    assert.deepEqual(recs[1].children!.map((c) => c.name), [
      '2. Ofsted should inspect',
      '3. The Department should fund schools',
      'Paragraph 11: Ofsted should inspect.',
      'Paragraph 12: The Department should fund schools.',
    ]);
    assert.equal(recs[1].children![2].detail, 'answers 2');
  });

  it('keeps every child range inside its parent and every selection range inside its range (seed)', () => {
    const check = (symbols: DocumentSymbol[]) => {
      for (const s of symbols) {
        assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection range outside range`);
        for (const c of s.children ?? []) assert.ok(inside(c.range, s.range), `${c.name} outside ${s.name}`);
        check(s.children ?? []);
      }
    };
    check(documentSymbols(parse(readSeed())));
  });

  it('shows each chapter the recommendations run through beside the first, with its own recommendations and a note in its place', () => {
    const rec = (n: number, paragraph: number) => [`${n}. The Department should act on ${paragraph}. (Paragraph ${paragraph})`, '', 'Government response', '', 'We agree.', ''];
    const text = lines('Chapter 2: The state of the sector', '', ...rec(1, 15), ...rec(2, 19), 'Chapter 3: Funding', '', ...rec(1, 34), '@note: ask about the levy', '', ...rec(2, 39), 'Chapter 4: Planning', '', ...rec(1, 58));
    const symbols = documentSymbols(parse(text));
    assert.deepEqual(symbols.map((s) => [s.name, (s.detail ?? '').replace(/ · read as.*/, ''), s.children!.map((c) => c.name.slice(0, 2)).join(' ')]), [
      ['Chapter 2: The state of the sector', '2 recommendations', '1. 2.'],
      ['Chapter 3: Funding', '2 recommendations', '1. 2.'],
      ['Chapter 4: Planning', '1 recommendation', '1.'],
    ]);
    const notes = (s: DocumentSymbol) => flatten(s.children!).map((c) => c.name).filter((n) => n.startsWith('Note:'));
    assert.deepEqual(symbols.map(notes), [[], ['Note: ask about the levy'], []]);
    const check = (list: DocumentSymbol[]) => {
      for (const s of list) {
        assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection range outside range`);
        for (const c of s.children ?? []) assert.ok(inside(c.range, s.range), `${c.name} outside ${s.name}`);
        check(s.children ?? []);
      }
    };
    check(symbols);
  });

  it('lists all 38 recommendations of the seed with their paragraph and whether they are answered', () => {
    const all = flatten(documentSymbols(parse(readSeed())));
    const recs = all.filter((s) => /^\d+\. /.test(s.name));
    assert.equal(recs.length, 38);
    const r15 = recs.find((s) => s.name.startsWith('15. '))!;
    assert.match(r15.detail!, /^Paragraph 41 · no response/);
    const r18 = recs.find((s) => s.name.startsWith('18. '))!;
    assert.equal(r18.name, '18. The Department for Education should, within six months…');
    assert.equal(r18.detail, 'Paragraph 45 · answered (rejected)');
  });

  it('draws the parts of a document with icons a reader knows, not code\'s', () => {
    const seed = parse(readSeed() + '\n@note: read again\n@todo: ring the clerk\n');
    const all = flatten(documentSymbols(seed));
    const kindOf = (test: (s: DocumentSymbol) => boolean) => [...new Set(all.filter(test).map((s) => s.kind))];
    // File, Number, Constant, Struct, Array, Field, Boolean.
    assert.deepEqual(kindOf((s) => s.name.startsWith('Special Educational Needs')), [SymbolKind.File]);
    assert.deepEqual(kindOf((s) => /^\d+\. /.test(s.name)), [SymbolKind.Number]);
    assert.deepEqual(kindOf((s) => /^(?:Paragraph|Response)/.test(s.name)), [SymbolKind.Constant]);
    assert.deepEqual(kindOf((s) => /^Recommendations \d/.test(s.name)), [SymbolKind.Array]);
    assert.deepEqual(kindOf((s) => /^To-do/.test(s.name)), [SymbolKind.Boolean]);
    // No lightning bolt (Event), "abc" (String) or braces (Namespace, Module, Package, Object) anywhere.
    const codeIcons: number[] = [SymbolKind.Event, SymbolKind.String, SymbolKind.Namespace, SymbolKind.Module, SymbolKind.Package, SymbolKind.Object];
    assert.deepEqual(all.filter((s) => codeIcons.includes(s.kind)).map((s) => s.name), []);
    assert.deepEqual([...new Set(workspaceSymbols([{ uri: 'file:///s.txt', name: 's.txt', report: seed }], '').map((s) => s.kind))], [SymbolKind.Number]);
  });

  it('makes no section of a title page\'s date or imprint ("June 2024", "CP 1123", "Published 3 March 2026")', () => {
    const r = parse(lines(
      'Government Response to the Education Committee Report on Persistent Absence', '',
      'Presented to Parliament', 'by the Secretary of State for Education', 'by Command of His Majesty', '', 'June 2024', '', 'CP 1123', '',
      'This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated.', '',
      'Published 3 March 2026', '',
      'Introduction', '', 'The Government welcomes the Committee\'s report on persistent absence, and responds to each recommendation below.', '',
      'Recommendation 1: The Department should make attendance hubs permanent. (Paragraph 30)', '', 'Response: Accepted.',
    ));
    assert.deepEqual(r.sections.map((x) => x.title), ['Government Response to the Education Committee Report on Persistent Absence', 'Introduction', 'Recommendations and responses']);
  });

  it('makes a section of a heading over a short sentence ("Introduction" / "The Government welcomes the report."), not of a title page\'s short lines', () => {
    const r = parse(lines(
      'Government Response to the Transport Committee', '', 'June 2024', '', 'Introduction', '', 'The Government welcomes the Committee\'s report.', '',
      'Recommendation 1: The Department should publish a plan. (Paragraph 3)', '', 'Response: Accepted.',
    ));
    assert.deepEqual(r.sections.map((x) => x.title), ['Government Response to the Transport Committee', 'Introduction', 'Recommendations and responses']);
  });

  it('shortens titles to the configured number of words', () => {
    const [, recs] = documentSymbols(parse(FIXTURE), { ...DEFAULT_SETTINGS, outline: { shortTitleWords: 3 } });
    assert.equal(recs.children![0].name, '1. The Department should…');
  });
});

describe('foldingRanges', () => {
  it('folds sections, recommendations with their responses, and responses, one fold per start line', () => {
    const folds = foldingRanges(parse(FIXTURE));
    assert.deepEqual(folds.map((f) => [f.startLine, f.endLine]), [[0, 2], [4, 6], [8, 18], [12, 14], [16, 18]]);
  });
});

describe('selectionRanges', () => {
  it('grows from the line to the paragraph, the response, the group, the section and the document', () => {
    const { text, position } = withCursor(FIXTURE.replace('Ofsted will inspect.', 'Ofsted will |inspect.'));
    const [sel] = selectionRanges(parse(text), [position]);
    const chain: number[][] = [];
    for (let s: typeof sel | undefined = sel; s; s = s.parent) chain.push([s.range.start.line, s.range.end.line]);
    assert.deepEqual(chain, [[14, 14], [12, 14], [8, 18], [4, 18], [0, 18]]);
  });
});

describe('workspaceSymbols', () => {
  const report = parse(FIXTURE);
  const search = (q: string) => workspaceSymbols([{ uri: 'file:///r.txt', name: 'r.txt', report }], q).map((s) => s.name);
  it('finds recommendations by number, with or without "R"', () => {
    assert.deepEqual(search('2'), ['2. Ofsted should inspect']);
    assert.deepEqual(search('R3'), ['3. The Department should fund schools']);
  });
  it('finds recommendations by words of their text', () => {
    assert.deepEqual(search('department fund'), ['3. The Department should fund schools']);
    assert.deepEqual(search('nothing like this'), []);
  });
  it('stops when cancelled', () => {
    assert.deepEqual(workspaceSymbols([{ uri: 'u', name: 'n', report }], '', undefined, () => true), []);
  });
});

describe('outlineText', () => {
  it('shows each chapter the recommendations run through, as the outline does', () => {
    const rec = (n: number, paragraph: number) => [`${n}. The Department should act on ${paragraph}. (Paragraph ${paragraph})`, '', 'Government response', '', 'We agree.', ''];
    const text = outlineText(parse(lines('Chapter 2: The state of the sector', '', ...rec(1, 15), 'Chapter 3: Funding', '', ...rec(1, 34), ...rec(2, 39))));
    assert.deepEqual(text.split('\n').filter((l) => /^\S/.test(l) && /Chapter/.test(l)), ['Chapter 2: The state of the sector (line 1)', 'Chapter 3: Funding (line 9)']);
    assert.match(text, /Chapter 3: Funding \(line 9\)\n {2}1\. The Department should act on 34/);
  });

  it('prints each recommendation with its paragraph and where it is answered', () => {
    const text = outlineText(parse(FIXTURE));
    assert.match(text, /^ {2}1\. The Department should publish data \[Paragraph 10, line 5\] → answered at line 7 \(Response to recommendation 1\)$/m);
    assert.match(text, /^ {2}2\. Ofsted should inspect \[Paragraph 11, line 9\] → answered at line 13 \(Paragraph 11: Ofsted should inspect\.\)$/m);
    assert.match(text, /3 recommendations, 3 answered, 0 without a response\.$/);
  });

  it('names a reply in its recommendation’s row by its decision, or else by its first words', () => {
    const text = outlineText(parse(lines(
      '1.That the MoD look at ways to enhance the website. (Para 15) Website is being redeveloped. Updates will be sent by e-mail each month to every member.',
      '2\tThe Department should review places. (Para 16)\tIn progress\tDue in March.',
      '3.That the UK ratify the Treaty. (Para 57) Accepted',
    )));
    assert.match(text, /→ answered at line 1 \(Response: Website is being redeveloped\. Updates will be sent by…\)$/m);
    assert.match(text, /→ answered at line 2 \(Response: In progress — Due in March\.\)$/m);
    assert.match(text, /→ answered at line 3 \(Response: Accepted\)$/m);
  });
});
