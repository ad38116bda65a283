#!/usr/bin/env node
// The corpus read as other copies of the same documents would give it: hard-wrapped, with no blank lines or a blank
// line after every line, indented, with page headers or a browser's printed footers, CRLF, no-break spaces, two spaces
// after a sentence, trailing spaces, bold or capital labels, Markdown headings, other reply headings, number and
// citation forms. Each variant is written beside a copy of the answer keys and scored with the corpus's own
// score.mjs, so that a rule is tried on text it was not written for. Development only: it needs ../shared/corpus and a
// build (npm run build). With --pairs, every pair of the commonest variants instead, one applied after the other (a PDF's
// copy is wrapped and has page headers both). Usage: node scripts/corpus-variants.mjs [--corpus DIR] [--only NAME]
// [--verbose] [--pairs] [--write DIR]. With --write, the variants' texts and keys are left in DIR, one folder each, and
// not scored: comparison texts for checking that a change alters no reading it should not.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const corpus = resolve(option('--corpus') ?? '../shared/corpus');
const only = option('--only');
const verbose = argv.includes('--verbose');
const pairs = argv.includes('--pairs');
const keep = option('--write');

/**
 * Each line cut at spaces to at most `width` characters, as `fold -s` does; with `hyphenate`, a word of eight letters or
 * more that crosses the edge is cut there with a hyphen, as typeset text is.
 */
function wrapLine(line, width, hyphenate = false) {
  const out = [];
  let rest = line;
  while (rest.length > width) {
    const head = /\S*$/.exec(rest.slice(0, width))[0];
    const word = head + /^\S*/.exec(rest.slice(width))[0];
    if (hyphenate && /^[a-z]{8,}$/.test(word) && head.length >= 4 && word.length - head.length >= 4) {
      out.push(rest.slice(0, width - 1) + '-');
      rest = rest.slice(width - 1);
      continue;
    }
    const cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out;
}
const lines = (t) => t.split('\n');
const wrap = (width, hyphenate = false) => (t) => lines(t).flatMap((l) => wrapLine(l.replace(/\s+$/, ''), width, hyphenate)).join('\n');
const noBlank = (t) => lines(t).filter((l) => l.trim()).join('\n');
const withPages = (t) =>
  lines(t).flatMap((l, i) => (i % 25 === 24 ? [l, '', `Page ${(i + 1) / 25} of 9`, 'Government Response to the Committee', ''] : [l])).join('\n');
const cite = (form) => (t) => t.replace(/\((?:Paragraph|Para|paragraph)s? (\d+)\)/g, (_, n) => form.replace('N', n));
const replyHeading = (label) => (t) => t.replace(/^(\**)(?:Government [Rr]esponse|Response)(:?)(\**)\s*$/gm, `$1${label}$2$3`);

const VARIANTS = {
  'wrapped at 40': wrap(40),
  'wrapped at 60': wrap(60),
  'wrapped at 90': wrap(90),
  'no blank lines, wrapped at 70': (t) => wrap(70)(noBlank(t)),
  'a blank line after every line': (t) => t.replace(/\n/g, '\n\n'),
  'wrapped at 70, a blank line after every line': (t) => noBlank(wrap(70)(t)).replace(/\n/g, '\n\n'),
  'no blank lines': noBlank,
  'indented two spaces': (t) => lines(t).map((l) => (l.trim() ? `  ${l}` : l)).join('\n'),
  'indented four spaces': (t) => lines(t).map((l) => (l.trim() ? `    ${l}` : l)).join('\n'),
  'indented with a tab': (t) => lines(t).map((l) => (l.trim() ? `\t${l}` : l)).join('\n'),
  'page headers every 25 lines': withPages,
  'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
  'no-break spaces': (t) => t.replace(/(Recommendation|Paragraph|Para) (\d)/g, '$1\u00a0$2'),
  'bold labels': (t) => t.replace(/^(Recommendations? [\w(). ]+?:|Response:|Government [Rr]esponse:?)/gm, '**$1**'),
  'Markdown headings': (t) => t.replace(/^(Government [Rr]esponse|Recommendation \d+(?: \(paragraph \d+\))?)\s*$/gm, '## $1'),
  'numbers as "N)"': (t) => t.replace(/^(\d+)\.(\s)/gm, '$1)$2'),
  'numbers as "N –"': (t) => t.replace(/^(\d+)\.(\s)/gm, '$1 –$2'),
  'citations as "(§N)"': cite('(§N)'),
  'citations as "[para N]"': cite('[para N]'),
  'citations as "(see paragraph N)"': cite('(see paragraph N)'),
  'citations as "(Paragraph N of the Report)"': cite('(Paragraph N of the Report)'),
  'wrapped at 50': wrap(50),
  'wrapped at 110': wrap(110),
  'two spaces after a sentence': (t) => t.replace(/([.!?]) (?=[A-Z])/g, '$1  '),
  'trailing spaces': (t) => lines(t).map((l) => (l ? `${l}  ` : l)).join('\n'),
  'labels in capitals': (t) => t.replace(/^(\**)(Recommendation|Government response|Government Response|Response)\b/gm, (_, a, b) => a + b.toUpperCase()),
  'reply headings "The Government’s response"': replyHeading('The Government’s response'),
  'reply headings "Government reply"': replyHeading('Government reply'),
  'reply headings "Department’s response"': replyHeading('Department’s response'),
  'straight quotes and hyphens for dashes': (t) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-'),
  'numbers as "(N)"': (t) => t.replace(/^(\d+)\.(\s)/gm, '($1)$2'),
  'numbers glued "N.The"': (t) => t.replace(/^(\d+)\.\s+/gm, '$1.'),
  'a tab after numbers': (t) => t.replace(/^(\d+)\.[ ]+/gm, '$1.\t'),
  'wrapped at 30': wrap(30),
  'bare page numbers every 25 lines': (t) => lines(t).flatMap((l, i) => (i % 25 === 24 ? [l, '', String((i + 1) / 25 + 1), ''] : [l])).join('\n'),
  'reply labels "Answer:"': replyHeading('Answer:'),
  'citations as "(para N)"': cite('(para N)'),
  'labels "Rec N:"': (t) => t.replace(/^(\**)Recommendation (\d+)/gm, '$1Rec $2'),
  'a browser\'s printed page footers': (t) => lines(t).flatMap((l, i) => (i % 30 === 29 ? [l, `https://publications.parliament.uk/pa/cm2021/report.htm    ${(i + 1) / 30}/9`] : [l])).join('\n'),
  'no-break spaces after numbers and in labels': (t) => t.replace(/^(\d+)\. /gm, '$1.\u00a0').replace(/(Government|Recommendation|Conclusion) (response|Response|\d)/g, '$1\u00a0$2'),
  'en spaces after numbers': (t) => t.replace(/^(\d+)\.\s+/gm, '$1.\u2002'),
  'labels in lower case "government response"': (t) => t.replace(/^(\**)Government [Rr]esponse/gm, '$1Government response'.toLowerCase()),
  'labels "Government Response" in title case': (t) => t.replace(/Government response/g, 'Government Response'),
  'no colon after labels': (t) => t.replace(/^(\**)(Recommendation \d+|Government [Rr]esponse|Response):/gm, '$1$2'),
  'labels "Recommendation N" split over two lines': (t) => t.replace(/^(\**)(Recommendation) (\d+)/gm, '$1$2\n$3'),
  'reply on the heading\'s line ("Government response: The …")': (t) => t.replace(/^(\**)(Government [Rr]esponse|Response)(:?)(\**)[ \t]*\n+(?=\S)/gm, '$1$2:$4 '),
  'recommendations in bold': (t) => t.replace(/^(\d+\.\s+)(.+\((?:Paragraph|Para|paragraph)s? \d+\)\.?)$/gm, '$1**$2**'),
  'recommendations in quotation marks': (t) => t.replace(/^(\d+\.\s+)(.+?)(\s*\((?:Paragraph|Para|paragraph)s? \d+\)\.?)$/gm, '$1“$2”$3'),
  'numbers alone on the line above': (t) => t.replace(/^(\d+)\.[ \t]+(?=\S)/gm, '$1.\n'),
  'reply headings "Response from the Department"': replyHeading('Response from the Department'),
  'reply headings "Ministerial response"': replyHeading('Ministerial response'),
  'numbers left out': (t) => t.replace(/^(\**)\d+\.[ \t]+(?=\S)/gm, '$1'),
  'citations before the words': (t) => t.replace(/^(\d+\.\s+)(.+?)\s*(\((?:Paragraph|Para|paragraph)s? \d+\))\.?$/gm, '$1$3 $2'),
  'a contents list at the front': (t) => {
    const heads = [...t.matchAll(/^(?:\**)((?:Recommendation|Conclusion) [\w().]+|\d+\.)[:.]?\**\s+(.{0,40})/gm)].map((m, i) => `${m[1]} ${m[2].replace(/\s+/g, ' ').trim()} ........ ${i + 3}`);
    const at = t.indexOf('\n\n');
    return at < 0 ? t : `${t.slice(0, at)}\n\nContents\n\n${heads.join('\n')}\n${t.slice(at)}`;
  },
  'labels "RN:"': (t) => t.replace(/^(\**)Recommendation (\d+)/gm, '$1R$2'),
  'recommendations in italics': (t) => t.replace(/^(\d+\.\s+)(.+\((?:Paragraph|Para|paragraph)s? \d+\)\.?)$/gm, '$1*$2*'),
  'citations as "(HC 123, para N)"': cite('(HC 123, para N)'),
  'citations as "(para. N)"': cite('(para. N)'),
  'footnote numbers after citations': (t) => t.replace(/(\((?:Paragraph|Para|paragraph)s? \d+\))/g, '$1' + '7'),
  'numbers as "N:"': (t) => t.replace(/^(\d+)\.(\s)/gm, '$1:$2'),
  'decisions in bold': (t) => t.replace(/^(Accepted|Agreed|Not accepted|Not agreed|Rejected|Noted|Accept|Reject|Partially accepted)(\.?)(?=\s)/gm, '**$1$2**'),
  'wrapped at 60, long words hyphenated': wrap(60, true),
  'web page furniture every 30 lines': (t) => lines(t).flatMap((l, i) => (i % 30 === 29 ? [l, '', 'previous page contents next page', ''] : [l])).join('\n'),
  'reply label glued to the citation': (t) => t.replace(/(\((?:Paragraph|Para|paragraph)s? \d+\)\.?)[ \t]*\n\s*\n((?:Government [Rr]esponse|Response):)/g, '$1$2'),
  'labels with a dash "Recommendation N –"': (t) => t.replace(/^(\**)Recommendation (\d+(?:[a-z]|\([a-z]\))?):/gm, '$1Recommendation $2 –'),
  'citations as "(para N refers)"': cite('(para N refers)'),
  'page numbers "- N -" every 25 lines': (t) => lines(t).flatMap((l, i) => (i % 25 === 24 ? [l, '', `- ${(i + 1) / 25 + 1} -`, ''] : [l])).join('\n'),
  'the title in capitals': (t) => { const at = t.indexOf('\n'); return at < 0 ? t : t.slice(0, at).toUpperCase() + t.slice(at); },
};

/** The variants paired by --pairs: the forms a copy most often takes, and those that change its lines' starts. */
const PAIRED = ['wrapped at 60', 'no blank lines', 'indented four spaces', 'indented with a tab', 'CRLF line ends', 'page headers every 25 lines', 'a blank line after every line', 'bold labels', "a browser's printed page footers", 'trailing spaces', 'labels in capitals', 'numbers as "N)"', 'citations as "[para N]"', 'Markdown headings', 'no-break spaces', 'two spaces after a sentence'];
if (pairs) {
  const single = { ...VARIANTS };
  for (const name of Object.keys(VARIANTS)) delete VARIANTS[name];
  PAIRED.forEach((a, i) => PAIRED.slice(i + 1).forEach((b) => (VARIANTS[`${a} + ${b}`] = (t) => single[b](single[a](t)))));
}

const work = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'corpus-variants-'));
try {
  const files = readdirSync(corpus);
  const rows = [];
  for (const [index, [name, change]] of Object.entries(VARIANTS).entries()) {
    if (only && name !== only) continue;
    // Numbered: two names may differ only in their punctuation ('numbers as "N)"', 'numbers as "(N)"').
    const dir = join(work, `${index}${name.replace(/\W+/g, '-')}`);
    execFileSync('mkdir', ['-p', dir]);
    copyFileSync(join(corpus, 'score.mjs'), join(dir, 'score.mjs'));
    for (const f of files) {
      if (f.endsWith('.json') || f.endsWith('.md')) copyFileSync(join(corpus, f), join(dir, f));
      if (f.endsWith('.txt')) writeFileSync(join(dir, f), change(readFileSync(join(corpus, f), 'utf8')));
    }
    if (keep) continue;
    // score.mjs exits 1 when a check fails: its report is wanted all the same.
    let out;
    try {
      out = execFileSync('node', [join(dir, 'score.mjs'), '--quiet'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    } catch (e) {
      out = String(e.stdout ?? e.message);
    }
    const last = out.trim().split('\n').pop().replace(/^corpus: /, '');
    rows.push(`${name.padEnd(46)} ${last}`);
    if (verbose) for (const l of out.trim().split('\n').slice(0, -1)) rows.push(`    ${l}`);
  }
  if (!keep) console.log(rows.join('\n'));
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
