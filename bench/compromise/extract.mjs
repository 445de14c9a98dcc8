// Runs compromise on text files and prints, one JSON line per file, its
// people, places and organizations as UTF-8 byte spans with a cluster id, in
// the form `plotgraph-eval litbank --predictions FILE` reads:
//   {"file": PATH, "mentions": [{"begin", "end", "kind", "entity"}]}
//
// usage: node extract.mjs [--cluster=normal|lastname] FILE...
//
// compromise has no coreference, so mentions are clustered the way a user of
// it would: --cluster=normal (default) puts mentions with the same normalized
// text in one entity; --cluster=lastname also merges a one-word person
// mention into the latest earlier person whose first or last word it equals
// ("Jarndyce" -> "Mr. Jarndyce", "Esther" -> "Esther Summerson").
import { readFileSync } from 'node:fs'
import nlp from 'compromise'

const args = process.argv.slice(2)
const cluster = (args.find((a) => a.startsWith('--cluster=')) ?? '--cluster=normal').slice(10)
const files = args.filter((a) => !a.startsWith('--'))
if (!['normal', 'lastname'].includes(cluster) || files.length === 0) {
  console.error('usage: node extract.mjs [--cluster=normal|lastname] FILE...')
  process.exit(2)
}

// byteAt[i]: UTF-8 byte offset of UTF-16 code unit i (i may be text.length).
function utf8Offsets(text) {
  const byteAt = new Array(text.length + 1)
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    byteAt[i] = bytes
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c < 0xdc00) bytes += 4 // high surrogate: the whole pair
    else if (c >= 0xdc00 && c < 0xe000) bytes += 0 // low surrogate: counted above
    else bytes += 3
  }
  byteAt[text.length] = bytes
  return byteAt
}

function extract(file) {
  const text = readFileSync(file, 'utf8')
  const byteAt = utf8Offsets(text)
  const doc = nlp(text)
  const mentions = []
  for (const [kind, matches] of [
    ['character', doc.people()],
    ['place', doc.places()],
    ['organization', doc.organizations()],
  ]) {
    for (const match of matches.json({ offset: true })) {
      // Term offsets exclude the punctuation and spaces around words, which
      // the match offset includes ("Mary ." -> "Mary"); terms without a
      // letter or digit (a closing quote on its own) are dropped.
      const terms = match.terms.filter((t) => /[\p{L}\p{N}]/u.test(t.text))
      if (terms.length === 0) continue
      const start = terms[0].offset.start
      const last = terms[terms.length - 1].offset
      const end = last.start + last.length
      const span = text.slice(start, end)
      if (!span.startsWith(terms[0].text) || !span.endsWith(terms.at(-1).text))
        throw new Error(`${file}: offset ${start} does not point at "${match.text}"`)
      const name = terms.map((t) => t.normal || t.text.toLowerCase()).join(' ')
      mentions.push({ begin: byteAt[start], end: byteAt[end], kind, name })
    }
  }
  mentions.sort((a, b) => a.begin - b.begin || a.end - b.end)
  return { file, mentions: clusterMentions(mentions) }
}

function clusterMentions(mentions) {
  const entityOf = new Map() // kind + name -> entity id
  let entities = 0
  const people = [] // earlier person mentions, latest last: { words, entity }
  return mentions.map(({ begin, end, kind, name }) => {
    let entity = entityOf.get(kind + '\t' + name)
    if (entity === undefined && cluster === 'lastname' && kind === 'character' && !name.includes(' ')) {
      const earlier = people.findLast((p) => p.words.length > 1 && (p.words[0] === name || p.words.at(-1) === name))
      entity = earlier?.entity
    }
    if (entity === undefined) entity = entities++
    if (!entityOf.has(kind + '\t' + name)) entityOf.set(kind + '\t' + name, entity)
    if (kind === 'character') people.push({ words: name.split(' '), entity })
    return { begin, end, kind, entity }
  })
}

for (const file of files) process.stdout.write(JSON.stringify(extract(file)) + '\n')
