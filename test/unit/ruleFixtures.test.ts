// Every layout rule's own fixtures (its `examples`): the rule reads them, and typing into its blocks gives the same
// model by the keystroke path as a fresh parse. Lines are lengthened first, so that the keystroke path is taken:
// a short line could be page furniture, and an edit there is always read again from the start, which hides bugs.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parse, type Report } from '../../server/src/model';
import { matchLine, RULES, TEXT_RULE } from '../../server/src/model/rules';
import { computeDiagnostics } from '../../server/src/features/diagnostics';

const RUNS = Math.max(30, Math.floor((Number(process.env.FUZZ_RUNS) || 3000) / 30));

/** Words put into the middle of a line: long enough that the line cannot be page furniture. */
const FILLER = 'as the Committee set out at some length in its report and in the evidence that it heard from witnesses over many months';
const LONG = 141;

/** The fixture with each line of prose (in a block a keystroke may patch) made longer than furniture can be. */
function lengthen(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const words = line.split(' ');
      if (line.length >= LONG || words.length < 6 || !matchLine(line).owner.props.stableUnderKeystroke) return line;
      return [...words.slice(0, 3), FILLER, ...words.slice(3)].join(' ');
    })
    .join('\n');
}

/** The lines of the paragraphs the rule's blocks made. */
function linesOf(report: Report, rule: string): number[] {
  return report.paragraphs.filter((p) => p.rule === rule).flatMap((p) => p.lines);
}

const INSERTS = ['a', 'Z', ' ', '.', '(', ')', '7', 'the ', 'Accepted', '(Paragraph 9)', 'Response:', '**', '@', ' 12.'];

for (const rule of [...RULES, TEXT_RULE]) {
  describe(`layout rule ${rule.name}: its fixtures`, function () {
    this.timeout(0);

    it('has some, and its rule reads blocks of them as its own (or, for page furniture, leaves its lines out)', () => {
      assert.ok(rule.examples.length > 0);
      for (const example of rule.examples) {
        const report = parse(example);
        const own = rule.props.furniture ? report.furniture.filter((i) => matchLine(report.lines[i]).rule === rule.name) : linesOf(report, rule.name);
        assert.ok(own.length > 0, example);
      }
    });

    it('reads them lengthened as it reads them', () => {
      for (const example of rule.examples) {
        const [short, long] = [parse(example), parse(lengthen(example))];
        assert.deepEqual(
          long.recommendations.map((r) => [r.label, r.paragraphs, r.responses.length]),
          short.recommendations.map((r) => [r.label, r.paragraphs, r.responses.length]),
        );
      }
    });

    it('gives the same model typed into, by the keystroke path, as parsed afresh', () => {
      let patched = 0;
      const texts = rule.examples.map(lengthen);
      const stroke = fc.record({ line: fc.nat(), column: fc.nat(), remove: fc.integer({ min: 0, max: 2 }), insert: fc.constantFrom(...INSERTS) });
      fc.assert(
        fc.property(fc.nat(texts.length - 1), fc.array(stroke, { minLength: 1, maxLength: 5 }), (which, strokes) => {
          const lines = texts[which].split('\n');
          let previous = parse(texts[which]);
          for (const k of strokes) {
            const own = linesOf(previous, rule.name);
            if (!own.length) return;
            const i = own[k.line % own.length];
            const c = k.column % (lines[i].length + 1);
            lines[i] = lines[i].slice(0, c) + k.insert + lines[i].slice(c + k.remove);
            const text = lines.join('\n');
            const incremental = parse(text, { previous });
            const full = parse(text);
            assert.deepEqual(incremental, full);
            // (Each recommendation's words and title are made when asked for, not kept: compared here as read.)
            assert.deepEqual(incremental.recommendations.map((x) => [x.text, x.shortTitle]), full.recommendations.map((x) => [x.text, x.shortTitle]));
            assert.deepEqual(
              computeDiagnostics(incremental, 'file:///x.txt').map((d) => [d.code, d.range, d.message]),
              computeDiagnostics(full, 'file:///x.txt').map((d) => [d.code, d.range, d.message]),
            );
            // A model the keystroke path made shares the previous version's annotations; a fresh parse makes its own.
            if (incremental.annotations === previous.annotations) patched++;
            previous = incremental;
          }
        }),
        { numRuns: RUNS },
      );
      if (rule.props.stableUnderKeystroke) assert.ok(patched > 0, `the keystroke path was never taken for ${rule.name}`);
    });
  });
}
