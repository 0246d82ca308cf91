// Joins BenchmarkDotNet's JSON report with a graphql-js timing file and prints a Markdown table with ratios.
// Usage: node report.mjs <bdn-report-full-compressed.json> <js.json> <pairs.json>
//   pairs.json: [{ "label": "...", "dotnet": "Type.Method", "js": "js-name" }]
import { readFileSync } from 'node:fs';

const [bdnFile, jsFile, pairsFile] = process.argv.slice(2);
const bdn = JSON.parse(readFileSync(bdnFile, 'utf8'));
const js = JSON.parse(readFileSync(jsFile, 'utf8'));
const pairs = JSON.parse(readFileSync(pairsFile, 'utf8'));

const dotnet = new Map();
for (const b of bdn.Benchmarks) {
  dotnet.set(`${b.Type}.${b.Method}`, { meanNs: b.Statistics.Mean, errorNs: b.Statistics.StandardError, bytes: b.Memory?.BytesAllocatedPerOperation });
}
const reference = new Map(js.map((r) => [r.name, r]));

const us = (ns) => (ns / 1000).toFixed(2);
const bytesOf = (value) => (value === undefined || value === null ? '—' : `${value.toLocaleString('en-US')} B`);
console.log('| Operation | KtPortal (µs) | allocated / op | graphql-js (µs) | graphql-js heap growth / op | graphql-js ÷ KtPortal (time) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const { label, dotnet: d, js: j } of pairs) {
  const ours = dotnet.get(d);
  const theirs = j ? reference.get(j) : undefined;
  if (!ours) throw new Error(`no BenchmarkDotNet result for ${d}`);
  const ratio = theirs ? `${(theirs.meanMicroseconds * 1000 / ours.meanNs).toFixed(1)}×` : '—';
  console.log(`| ${label} | ${us(ours.meanNs)} | ${bytesOf(ours.bytes)} | ${theirs ? theirs.meanMicroseconds.toFixed(2) : '—'} | ${bytesOf(theirs?.allocatedBytes)} | ${ratio} |`);
}
