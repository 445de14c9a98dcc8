#!/usr/bin/env python3
"""Regenerates data/verbs.tsv from Debian's WordNet and wamerican packages.

    apt-get install -y wordnet-base wamerican
    python3 data/make_verbs.py            # run from anywhere

Every single-word WordNet verb whose base form is an ordinary English word
(in /usr/share/dict/american-english) gets its inflected forms: irregular ones
from WordNet's verb.exc and data/unchanged_pasts.txt ("hit", "come"), regular ones by the spelling rules of English
(-s/-es/-ies, -ed/-ied/doubled consonant, -ing/-ying/dropped e). A generated
regular form is kept only when the word list has it, so no "stopping"/"stoping"
guesswork reaches the file. The fourth column says whether the form is also a
noun in WordNet ("visits", "plans"), which the event finder must disambiguate
by context, except the forms of data/verb_only_forms.txt ("dies"). Licences: WordNet 3.0 (Princeton, BSD-like), SCOWL (see README.md).
"""
import os
import re
import subprocess

WORDNET = "/usr/share/wordnet"
DICT = "/usr/share/dict/american-english"
HERE = os.path.dirname(os.path.abspath(__file__))


def lemmas(path):
    out = []
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            word = line.split(" ", 1)[0]
            if re.fullmatch(r"[a-z]+", word):
                out.append(word)
    return out


def exceptions(path):
    table = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and re.fullmatch(r"[a-z]+", parts[0]):
                for lemma in parts[1:]:
                    table.setdefault(lemma, []).append(parts[0])
    return table


def noun_forms(words):
    """Nouns and their regular plurals, from WordNet's noun index and noun.exc."""
    nouns = set(lemmas(f"{WORDNET}/index.noun"))
    forms = set(nouns)
    for noun in nouns:
        forms.update(third_person(noun))
    with open(f"{WORDNET}/noun.exc", encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if parts:
                forms.add(parts[0])
    return forms & words


VOWELS = "aeiou"


def third_person(verb):
    if re.search(r"(s|x|z|ch|sh|o)$", verb):
        return [verb + "es"]
    if re.search(r"[^aeiou]y$", verb):
        return [verb[:-1] + "ies"]
    return [verb + "s"]


def past(verb):
    if verb.endswith("e"):
        return [verb + "d"]
    if re.search(r"[^aeiou]y$", verb):
        return [verb[:-1] + "ied"]
    candidates = [verb + "ed"]
    if re.search(r"[^aeiou][aeiou][bcdfgklmnprstvz]$", verb):
        candidates.append(verb + verb[-1] + "ed")
    return candidates


def present_participle(verb):
    if verb.endswith("ie"):
        return [verb[:-2] + "ying"]
    if verb.endswith("e") and not re.search(r"(ee|ye|oe)$", verb):
        return [verb[:-1] + "ing", verb + "ing"]
    candidates = [verb + "ing"]
    if re.search(r"[^aeiou][aeiou][bcdfgklmnprstvz]$", verb):
        candidates.append(verb + verb[-1] + "ing")
    return candidates


def main():
    with open(DICT, encoding="utf-8", errors="replace") as f:
        words = {w.strip() for w in f if re.fullmatch(r"[a-z]+\n?", w)}
    irregular = exceptions(f"{WORDNET}/verb.exc")
    nouns = noun_forms(words)
    rows = set()
    verbs = set(lemmas(f"{WORDNET}/index.verb"))
    # "hit", "come": a past or past participle spelt like the base, which verb.exc does not list.
    with open(os.path.join(HERE, "unchanged_pasts.txt"), encoding="utf-8") as f:
        unchanged = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    # "dies", "saves": forms WordNet has as nouns too, which summaries use as verbs only.
    with open(os.path.join(HERE, "verb_only_forms.txt"), encoding="utf-8") as f:
        nouns -= {line.strip() for line in f if line.strip() and not line.startswith("#")}

    def borrowed(form, verb):
        # "hoping" is hope's, not hop's (which doubles: "hopping", "hopped").
        doubled = form[: len(verb)] + verb[-1] + form[len(verb):]
        return form[len(verb):] in ("ing", "ed") and verb + "e" in verbs and doubled in words

    def own_verb(form, verb):
        # "feed" is a verb of its own, not a past of "fee" (verb.exc lists it as both), nor "weed" of "wee".
        return form == verb + "d" and form in verbs

    for verb in sorted(verbs):
        if verb not in words:
            continue
        rows.add((verb, verb, "base"))
        if verb in unchanged:
            rows.add((verb, verb, "ed"))
        for form in third_person(verb):
            if form in words:
                rows.add((form, verb, "s"))
        known = [f for f in irregular.get(verb, []) if f in words and not own_verb(f, verb)]
        for form in known:
            shape = "ing" if form.endswith("ing") else "s" if form.endswith("s") and form != verb else "ed"
            rows.add((form, verb, shape))
        # The regular past too, though verb.exc lists another ("shown", "quarrelled"): the word
        # list is American and has "showed", "quarreled". Not another verb's past: "singed" is singe's.
        other_past = lambda form: form.endswith("ed") and form[:-1] in verbs and form[:-1] != verb
        has_irregular_past = any(not f.endswith(("ing", "s")) for f in known)
        for form in past(verb):
            if form in words and not borrowed(form, verb) and not own_verb(form, verb) and \
                    not (has_irregular_past and other_past(form)):
                rows.add((form, verb, "ed"))
        for form in present_participle(verb):
            if form in words and not borrowed(form, verb):
                rows.add((form, verb, "ing"))
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "wordnet-base"],
                             capture_output=True, text=True).stdout or "unknown"
    with open(os.path.join(HERE, "verbs.tsv"), "w", encoding="utf-8") as out:
        out.write("# verbs.tsv: English verb forms with their lemma. Generated by make_verbs.py from\n")
        out.write(f"# Debian wordnet-base {version} (WordNet 3.0) and wamerican; do not edit by hand.\n")
        out.write("# Columns: form<TAB>lemma<TAB>shape<TAB>noun\n")
        out.write("#   shape: base, s (3rd person present), ed (past or past participle), ing\n")
        out.write("#   noun: y when the form is also a noun (\"visits\", \"plans\"), else n\n")
        for form, lemma, shape in sorted(rows):
            out.write(f"{form}\t{lemma}\t{shape}\t{'y' if form in nouns else 'n'}\n")


if __name__ == "__main__":
    main()
