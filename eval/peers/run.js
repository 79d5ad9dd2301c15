#!/usr/bin/env node
// Runs a peer extractor over text files and prints the JSON of
// `parallax extract --format json`, so that eval/score.py scores both alike.
//
//   node run.js --tool compromise|chrono [--published YYYY-MM-DD] FILE...
//
// --published applies to the files after it (give it again to change it);
// relative dates resolve against it.  Offsets are byte offsets, as
// parallax's.  The peers are used as their documentation shows, with no
// tuning: compromise's people(), places(), organizations(), quotations()
// and the compromise-dates plugin; chrono-node's parse() with the
// reference date.  Peers have no entity ids: an entity's id is its
// normalised name.
'use strict';

const fs = require('fs');

function usage(msg) {
  process.stderr.write(`run.js: ${msg}\n` +
    'usage: node run.js --tool compromise|chrono [--published YYYY-MM-DD] FILE...\n');
  process.exit(2);
}

// Character index (UTF-16) -> byte offset into the UTF-8 file.
function byteOffset(text, index) {
  return Buffer.byteLength(text.slice(0, index), 'utf8');
}

// A match's exact text, without the spaces and closing punctuation
// compromise keeps with a term ("last week." -> "last week").
function span(text, start, length) {
  let s = start;
  let e = start + length;
  while (e > s && /[\s.,;:!?)]/.test(text[e - 1])) e--;
  while (s < e && /\s/.test(text[s])) s++;
  return [s, e];
}

function idOf(name) {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

function pad(n) {
  return String(n).padStart(2, '0');
}

function isoDay(d) {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

// ---- compromise ---------------------------------------------------------

function compromiseEntities(doc, text) {
  const byId = new Map();
  const kinds = [['person', doc.people()], ['place', doc.places()],
    ['org', doc.organizations()]];
  for (const [type, view] of kinds) {
    for (const m of view.json({ offset: true })) {
      let [s, e] = span(text, m.offset.start, m.offset.length);
      const possessive = text.slice(s, e).match(/['’]s$/);
      if (possessive) e -= 2;
      const surface = text.slice(s, e);
      const id = idOf(surface);
      if (!id) continue;
      if (!byId.has(id)) byId.set(id, { id, type, name: surface, mentions: [] });
      byId.get(id).mentions.push({
        surface, start: byteOffset(text, s), end: byteOffset(text, e),
      });
    }
  }
  return [...byId.values()];
}

function compromiseValue(d) {
  if (!d || !d.start) return [null, 'vague'];
  const start = d.start.slice(0, 10);
  const end = d.end ? d.end.slice(0, 10) : start;
  switch (d.unit) {
    case 'day': return [start, 'day'];
    case 'month': return [start.slice(0, 7), 'month'];
    case 'year': return [start.slice(0, 4), 'year'];
    case 'week': return [`${start}/${end}`, 'week'];
    default: return [start === end ? start : `${start}/${end}`, 'span'];
  }
}

function compromiseDates(doc, text, published) {
  const opts = { timezone: 'UTC' };
  if (published) opts.today = published;
  const out = [];
  for (const m of doc.dates(opts).json({ offset: true })) {
    const [s, e] = span(text, m.offset.start, m.offset.length);
    const [value, granularity] = published ? compromiseValue(m.dates) : [null, 'vague'];
    out.push({
      surface: text.slice(s, e), start: byteOffset(text, s), end: byteOffset(text, e),
      value, granularity, rule: 'compromise-dates',
    });
  }
  return out;
}

function compromiseQuotes(doc, text) {
  const out = [];
  for (const m of doc.quotations().json({ offset: true })) {
    const [s, e] = [m.offset.start, m.offset.start + m.offset.length];
    const inner = text.slice(s, e).trim().replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, '');
    out.push({
      text: inner, start: byteOffset(text, s), end: byteOffset(text, e),
      kind: inner.split(/\s+/).length <= 3 ? 'term' : 'statement',
      speaker: null, speaker_surface: null,
    });
  }
  return out;
}

let nlp = null;

function runCompromise(text, published) {
  if (!nlp) {
    nlp = require('compromise');
    nlp.plugin(require('compromise-dates'));
  }
  const doc = nlp(text);
  return {
    entities: compromiseEntities(doc, text),
    dates: compromiseDates(doc, text, published),
    quotes: compromiseQuotes(doc, text),
  };
}

// ---- chrono -------------------------------------------------------------

function chronoValue(c) {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (c.isCertain('day') || c.isCertain('weekday')) return [`${y}-${pad(m)}-${pad(d)}`, 'day'];
  if (c.isCertain('month')) return [`${y}-${pad(m)}`, 'month'];
  if (c.isCertain('year')) return [`${y}`, 'year'];
  return [`${y}-${pad(m)}-${pad(d)}`, 'day'];
}

function runChrono(text, published) {
  const chrono = require('chrono-node');
  let ref = new Date();
  if (published) {
    const [y, m, d] = published.split('-').map(Number);
    ref = new Date(Date.UTC(y, m - 1, d, 12));
  }
  const dates = [];
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 })) {
    let [value, granularity] = chronoValue(r.start);
    if (r.end) {
      value = `${value}/${chronoValue(r.end)[0]}`;
      granularity = 'span';
    }
    if (!published) value = null;
    dates.push({
      surface: r.text, start: byteOffset(text, r.index),
      end: byteOffset(text, r.index + r.text.length),
      value, granularity, rule: 'chrono',
    });
  }
  return { entities: [], dates, quotes: [] };
}

// ---- main ---------------------------------------------------------------

function main(argv) {
  let tool = null;
  let published = null;
  const documents = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--tool') {
      tool = argv[++i];
    } else if (a === '--published') {
      published = argv[++i];
      if (!/^\d{4}-\d{2}-\d{2}$/.test(published || '')) usage('--published wants YYYY-MM-DD');
    } else if (a.startsWith('--')) {
      usage(`unknown option ${a}`);
    } else {
      if (tool !== 'compromise' && tool !== 'chrono') usage('--tool compromise|chrono first');
      const text = fs.readFileSync(a, 'utf8');
      const found = tool === 'compromise' ? runCompromise(text, published)
        : runChrono(text, published);
      documents.push({ file: a, published, ...found, numbers: [] });
    }
  }
  if (!documents.length) usage('no files');
  process.stdout.write(`${JSON.stringify({ documents }, null, 1)}\n`);
}

main(process.argv.slice(2));
