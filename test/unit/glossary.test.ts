// The glossary: acronym tokens and their variants, letter matching of definitions, precedence, the user glossary file, and the cards.
import { strict as assert } from 'assert';
import { acronymsInLine, findAcronyms } from '../../server/src/model/acronyms';
import { findDefinitions, matchLongForm } from '../../server/src/glossary/definitions';
import { BUILTIN_ENTRIES, definitionMap, Glossary, resolveTerm, sameExpansion } from '../../server/src/glossary/glossary';
import { parseUserGlossary } from '../../server/src/glossary/userGlossary';
import { loadGlossaryTextsWith, withTextsOnFirstUse } from '../../server/src/glossary/textsOnFirstUse';
import type { GlossaryEntry } from '../../server/src/glossary/types';
import { acronymCard } from '../../server/src/features/acronymHover';
import { addToGlossaryEdit } from '../../server/src/features/codeActions';
import { createReportService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/features/settings';
import { readSeed } from '../../scripts/corpus';
import { applyEdits } from '../support/edits';
import { getNodeValue, parseTree, type ParseError } from 'jsonc-parser';

const bases = (s: string) => acronymsInLine(s, 0).map((t) => t.base);

describe('acronym tokens', () => {
  it('reads plurals, possessives and case variants as their base', () => {
    assert.deepEqual(bases("LAs, CCGs, TSAs, EHCPs and the DSG's and DSG’s rules; WSoA and NDTi and SEN2"), ['LA', 'CCG', 'TSA', 'EHCP', 'DSG', 'DSG', 'WSoA', 'NDTi', 'SEN2']);
  });
  it('finds acronyms inside punctuation and markup', () => {
    assert.deepEqual(bases('(WSOA) Ofsted/CQC **SEND:** “EHC” [NHS] WSoA—further'), ['WSOA', 'CQC', 'SEND', 'EHC', 'NHS', 'WSoA']);
  });
  it('leaves out postcodes, names, handles and ordinary words', () => {
    assert.deepEqual(bases('London, SW1A 0AA. CooperGibson found @CommonsEd and The Send. www.gov.UK'), []);
  });
  it('skips annotation lines', () => {
    assert.deepEqual(findAcronyms(['@note: ask DfE', 'The DfE said']).map((t) => t.line), [1]);
  });
});

describe('definitions in the document (Schwartz–Hearst letter matching)', () => {
  const defs = (s: string) => findDefinitions([s]).map((d) => [d.short, d.long]);
  it('finds long forms before the short form', () => {
    assert.deepEqual(defs('produce a Written Statement of Action (WSOA) setting out'), [['WSOA', 'Written Statement of Action']]);
    assert.deepEqual(defs('Masters-level National Award in SEN Co-ordination (NASENCO), which'), [['NASENCO', 'National Award in SEN Co-ordination']]);
    assert.deepEqual(defs('all local authorities (LAs) with a deficit'), [['LA', 'local authorities']]);
    assert.deepEqual(defs('a comprehensive Ofsted/Care Quality Commission (CQC) Area'), [['CQC', 'Care Quality Commission']]);
  });
  it('finds the reverse form', () => {
    assert.deepEqual(defs('SENDIASS (SEND Information and Advice Support Service) and'), [['SENDIASS', 'SEND Information and Advice Support Service']]);
  });
  it('finds a glossary\'s lines, the short form first and its words after a tab, spaces, a colon or a dash, and not a sentence that opens with one', () => {
    const lines = ['Annex A: Glossary', 'EUTR\tEU Timber Regulation', 'FRC  Forest risk commodities', 'Defra: Department for Environment, Food and Rural Affairs', 'SRO – Senior Responsible Owner', 'DfE  Department for Education accepts this.', 'PAC  Public Accounts'];
    const expected = [['EUTR', 'EU Timber Regulation'], ['FRC', 'Forest risk commodities'], ['Defra', 'Department for Environment, Food and Rural Affairs'], ['SRO', 'Senior Responsible Owner']];
    // In one pass over the text, and line by line (as after a keystroke), alike.
    const text = lines.join('\n');
    const starts = lines.map((_, i) => lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0));
    assert.deepEqual(findDefinitions(lines, text, starts).map((d) => [d.short, d.long]), expected);
    assert.deepEqual(findDefinitions(lines).map((d) => [d.short, d.long]), expected);
    assert.deepEqual(findDefinitions(lines, text, starts).map((d) => [d.line, d.start, d.end]), [[1, 0, 4], [2, 0, 3], [3, 0, 5], [4, 0, 3]]);
  });
  it('does not take "First Tier Tribunal (SEND)" as a definition of SEND, nor other near misses', () => {
    assert.deepEqual(defs('the Local Government and Social Care Ombudsman or First Tier Tribunal (SEND)—and'), []);
    assert.deepEqual(defs('the report (HC 20) and the list (SEND)'), []);
    assert.equal(matchLongForm('SEND', 'First Tier Tribunal'), undefined);
    assert.equal(matchLongForm('EHC', 'Education Health and Care'), 'Education Health and Care');
  });
});

describe('precedence and disagreement', () => {
  const docDefs = definitionMap(findDefinitions(['a Written Statement of Action (WSOA) and the Independent Parental Special Educational Advice (IPSEA).']));
  it('prefers the document to the built-in glossary, and shows both where they disagree', () => {
    const ipsea = resolveTerm('IPSEA', { glossary: new Glossary(), document: docDefs })!;
    assert.equal(ipsea.primary.source, 'document');
    assert.equal(ipsea.primary.entry.expansion, 'Independent Parental Special Educational Advice');
    assert.deepEqual(ipsea.others.map((o) => [o.source, o.entry.expansion]), [['built-in', 'Independent Provider of Special Education Advice']]);
    const wsoa = resolveTerm('WSoA', { glossary: new Glossary(), document: docDefs })!;
    assert.equal(wsoa.primary.source, 'document');
    assert.deepEqual(wsoa.others, [], 'they agree');
  });
  it('lets the user entry win over both', () => {
    const glossary = new Glossary(undefined, [{ entries: [{ term: 'WSOA', expansion: 'Written Statement of Action (our term)' }], origin: 'mine' }]);
    const r = resolveTerm('WSOA', { glossary, document: docDefs })!;
    assert.equal(r.primary.source, 'user');
    assert.deepEqual(r.others.map((o) => o.source), ['document', 'built-in']);
  });
  it('matches variants and any case of acronyms, but not ordinary words', () => {
    const g = new Glossary();
    assert.equal(g.builtinEntry('WSoA')?.entry.term, 'WSOA');
    assert.equal(g.builtinEntry('SENDCo')?.entry.term, 'SENCO');
    assert.equal(g.builtinEntry('Ofsted')?.entry.term, 'Ofsted');
    assert.equal(g.builtinEntry('Send'), undefined);
  });
  it('treats plural and case differences in expansions as agreement', () => {
    assert.ok(sameExpansion('Clinical Commissioning Groups', 'Clinical commissioning group'));
    assert.ok(sameExpansion('local authorities', 'Local authority'));
    assert.ok(!sameExpansion('Independent Parental Special Educational Advice', 'Independent Provider of Special Education Advice'));
  });
});

describe('built-in glossary', () => {
  it('has 80 or more entries, each with a term, an expansion and an explanation, and https links only', () => {
    assert.ok(BUILTIN_ENTRIES.length >= 80, `${BUILTIN_ENTRIES.length} entries`);
    for (const e of BUILTIN_ENTRIES) {
      assert.ok(e.term && e.expansion && e.explanation, e.term);
      if (e.link) assert.match(e.link, /^https:\/\//);
    }
  });
  it('covers every acronym the seed uses', () => {
    const g = new Glossary();
    const unknown = [...new Set(findAcronyms(readSeed().split('\n')).map((t) => t.base))].filter((b) => !g.knows(b));
    assert.deepEqual(unknown, []);
  });
});

describe('user glossary file', () => {
  it('reads { entries: [...] } and a bare list', () => {
    assert.deepEqual(parseUserGlossary('{"entries":[{"term":"ABC","expansion":"A B C"}]}'), { entries: [{ term: 'ABC', expansion: 'A B C', explanation: undefined, variants: undefined, link: undefined }], problems: [] });
    assert.equal(parseUserGlossary('[{"term":"ABC","expansion":"A B C"}]').entries.length, 1);
  });
  it('reports mistakes with their place and keeps the good entries, never throwing', () => {
    const text = '{"entries":[{"term":"ABC"},{"term":"DEF","expansion":"D E F","link":"javascript:alert(1)","colour":"red"},{"term":"abc","expansion":"again"}, 3]}';
    const r = parseUserGlossary(text);
    assert.deepEqual(r.entries.map((e) => [e.term, e.link]), [['DEF', undefined], ['abc', undefined]]);
    const messages = r.problems.map((p) => p.message);
    assert.ok(messages.some((m) => m === 'Entry 1 has no "expansion". Add it as text.'));
    assert.ok(messages.some((m) => m.startsWith('"link" must be an https:// address')));
    assert.ok(messages.some((m) => m.startsWith('"colour" is not a glossary field')));
    assert.ok(messages.some((m) => m.startsWith('Entry 4 should be an object')));
    assert.equal(text.slice(r.problems[0].offset, r.problems[0].offset + r.problems[0].length), '{"term":"ABC"}');
  });
  it('survives broken JSON and garbage', () => {
    for (const text of ['{"entries":[', '\u0000\u0001', 'null', '"x"', '']) {
      const r = parseUserGlossary(text);
      assert.deepEqual(r.entries, []);
    }
    assert.ok(parseUserGlossary('{"entries":[').problems.length > 0);
  });
});

describe('Add to glossary', () => {
  it('creates the file when there is none', () => {
    const edit = addToGlossaryEdit({ uri: 'file:///w/.vscode/committee-report-glossary.json' }, 'XYZ')!;
    const [create, change] = edit.documentChanges as unknown as [{ kind: string }, { edits: { newText: string }[] }];
    assert.equal(create.kind, 'create');
    assert.deepEqual(JSON.parse(change.edits[0].newText), { entries: [{ term: 'XYZ', expansion: '', explanation: '' }] });
  });
  it('appends to an existing file and changes nothing else', () => {
    const text = '{\n  // ours\n  "entries": [\n    { "term": "ABC", "expansion": "A B C" }\n  ]\n}\n';
    const edit = addToGlossaryEdit({ uri: 'file:///g.json', text }, 'XYZ')!;
    const after = applyEdits(text, edit.changes!['file:///g.json']);
    assert.ok(after.includes('// ours'));
    const parsed = parseUserGlossary(after);
    assert.deepEqual(parsed.entries.map((e) => e.term), ['ABC']);
    assert.ok(after.includes('"term": "XYZ"'));
  });
  it('adds to every shape of glossary file, in its own layout, and the entry reads back', () => {
    const cases: [string, string][] = [
      ['[\n  { "term": "ABC" }\n]\n', '[\n  { "term": "ABC" },\n  {\n    "term": "XYZ",'],
      ['{ "entries": [] }', '{ "entries": [\n  {\n    "term": "XYZ",'],
      ['{\r\n  "entries": [\r\n  ]\r\n}\r\n', '{\r\n  "entries": [\r\n    {\r\n      "term": "XYZ",'],
      ['{\n  "other": 1\n}\n', '{\n  "other": 1,\n  "entries": [\n    {\n      "term": "XYZ",'],
      ['{}', '{\n  "entries": [\n    {\n      "term": "XYZ",'],
      ['{"entries":[{"term":"ABC"}]}', '{"entries":[{"term":"ABC"}, {"term":"XYZ","expansion":"","explanation":""}]}'],
      ['{ "entries": [ { "term": "ABC" }, ] } // trailing comma', '{ "entries": [ { "term": "ABC" }, {"term":"XYZ"'],
    ];
    for (const [text, starts] of cases) {
      const edit = addToGlossaryEdit({ uri: 'file:///g.json', text }, 'XYZ');
      assert.ok(edit, text);
      const after = applyEdits(text, edit.changes!['file:///g.json']);
      assert.ok(after.startsWith(starts), `${JSON.stringify(text)} became ${JSON.stringify(after)}`);
      const errors: ParseError[] = [];
      const value = getNodeValue(parseTree(after, errors, { allowTrailingComma: true })!);
      assert.deepEqual(errors, [], after);
      const entries = Array.isArray(value) ? value : value.entries;
      assert.deepEqual({ ...entries[entries.length - 1] }, { term: 'XYZ', expansion: '', explanation: '' }, after);
      if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(after), 'CRLF kept');
    }
  });
  it('refuses to edit a file that does not parse', () => {
    assert.equal(addToGlossaryEdit({ uri: 'file:///g.json', text: '{"entries": [' }, 'XYZ'), undefined);
  });
});

describe('acronym hover cards', () => {
  const service = createReportService();
  let n = 0;
  // A new URI each time: the service caches models by URI and version.
  const doc = (text: string, languageId = 'committee-report') => ({ uri: `file:///r${++n}.txt`, languageId, version: 1, getText: () => text });
  const card = (text: string, line: number, character: number, languageId?: string) => {
    const h = service.hover(doc(text, languageId), { line, character });
    return h ? (h.contents as { value: string }).value : undefined;
  };

  it('shows the expansion in bold, what it is, its source, where the document defines it and the count', () => {
    const text = '1. A WSoA. (Paragraph 1)\n\nA Written Statement of Action (WSOA) and another WSoA.';
    const value = card(text, 0, 5)!;
    assert.match(value, /^\*\*Written Statement of Action\*\* \(WSOA\)/);
    assert.match(value, /The plan a local area must produce/);
    assert.match(value, /Source: defined in this document — \[first defined at line 3\]\(file:\/\/\/r\d+\.txt#L3\)/);
    assert.match(value, /used 3 times in this document/);
  });

  it('gives no card for things that only look like acronyms', () => {
    const text = '1. A. (Paragraph 1)\n\nWrite to SW1A 0AA, CooperGibson or @CommonsEd.';
    for (const needle of ['SW1A', 'CooperGibson', 'CommonsEd']) {
      assert.equal(card(text, 2, text.split('\n')[2].indexOf(needle) + 1), undefined, needle);
    }
  });

  it('works in a Markdown briefing without treating it as a report, and not in other languages', () => {
    const text = '# Briefing\n\nThe DSG deficit.';
    assert.match(card(text, 2, 5, 'markdown')!, /\*\*Dedicated Schools Grant\*\*/);
    assert.equal(card(text, 2, 5, 'python'), undefined);
    assert.equal(service.documentSymbols(doc(text, 'markdown')).length, 0);
  });

  it('escapes user glossary text in the card', () => {
    const glossary = new Glossary(undefined, [{ entries: [{ term: 'XYZ', expansion: '[click](command:x) <b>', explanation: '*hi*' }], origin: 'mine' }]);
    const h = service.hover(doc('1. XYZ. (Paragraph 1)'), { line: 0, character: 4 }, DEFAULT_SETTINGS, { glossary, workspace: [] })!;
    const value = (h.contents as { value: string }).value;
    assert.ok(!value.includes('](command:'));
    assert.ok(!value.includes('<b>'));
  });
});

describe("glossary: the browser's built-in entries, their explanations read on first use", () => {
  it('reads the explanations and links only when a card first asks for one, once, and keeps the entries whole', () => {
    const entries = withTextsOnFirstUse([{ term: 'WSOA', expansion: 'Written Statement of Action' }, { term: 'DSG', expansion: 'Dedicated Schools Grant' }] as GlossaryEntry[]);
    let loads = 0;
    loadGlossaryTextsWith(() => {
      loads++;
      return [['The plan a local area must produce.', ''], ['', 'https://www.gov.uk/dsg']];
    });
    const glossary = new Glossary(entries);
    assert.equal(glossary.builtinEntry('WSoA')?.entry.expansion, 'Written Statement of Action');
    assert.equal(loads, 0, 'finding and expanding a term reads no explanation');
    assert.equal(entries[0].explanation, 'The plan a local area must produce.');
    assert.equal(entries[0].link, undefined, 'an entry with no link has none');
    assert.equal(entries[1].explanation, undefined);
    assert.equal(entries[1].link, 'https://www.gov.uk/dsg');
    assert.equal(loads, 1);
    assert.deepEqual({ ...entries[0] }, { term: 'WSOA', expansion: 'Written Statement of Action', explanation: 'The plan a local area must produce.', link: undefined });
  });

  it('leaves a card with the expansion alone when the explanations cannot be read', () => {
    const entries = withTextsOnFirstUse([{ term: 'WSOA', expansion: 'Written Statement of Action' }] as GlossaryEntry[]);
    loadGlossaryTextsWith(() => {
      throw new Error('The glossary\'s explanations could not be loaded.');
    });
    const card = acronymCard({ term: 'WSOA', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } } }, { glossary: new Glossary(entries) }, 'file:///r.txt', 1);
    assert.match((card?.contents as { value: string }).value, /^\*\*Written Statement of Action\*\* \(WSOA\)\n\nSource: built-in glossary/);
  });
});
