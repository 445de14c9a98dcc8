// The peer's side of bench/run.sh: compromise finds people, places and
// organizations in the same records plotgraph reads, one text a line.
//
// usage: node throughput.mjs CORPUS.txt [MAX_MB]
// prints one JSON line: bytes, records, seconds, mb_per_s
import { readFileSync } from 'node:fs'
import nlp from 'compromise'

const [file, maxMb] = process.argv.slice(2)
if (!file) {
  console.error('usage: node throughput.mjs CORPUS.txt [MAX_MB]')
  process.exit(2)
}
const limit = maxMb ? Number(maxMb) * 1e6 : Infinity
const lines = readFileSync(file, 'utf8').split('\n')
const start = process.hrtime.bigint()
let bytes = 0
let records = 0
let found = 0
for (const line of lines) {
  if (bytes >= limit) break
  if (line.length === 0) continue
  const doc = nlp(line)
  found += doc.people().out('array').length + doc.places().out('array').length +
    doc.organizations().out('array').length
  bytes += Buffer.byteLength(line, 'utf8') + 1
  records += 1
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9
console.log(JSON.stringify({ bytes, records, entities: found, seconds: Number(seconds.toFixed(3)),
  mb_per_s: Number((bytes / 1e6 / seconds).toFixed(4)) }))
