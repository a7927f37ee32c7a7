#!/usr/bin/python3
"""Dump ICU's CLDR spellout (RBNF) forms of 0..1000 for calcha locales.

The independent reference against which calcha's word tables (n2words plus
the rewrites in src/spelling.ts) are measured. Runs under Debian's
/usr/bin/python3 with python3-icu (PyICU), no other dependency:

    /usr/bin/python3 scripts/cldr-spellout.py fr-FR zh-Hans-CN hbo-IL > cldr.json

Output (stdout, one JSON object, keys sorted, so the same ICU gives the same bytes):

    { "icu": "72.1",
      "locales": {
        "<calcha tag>": {
          "icuLocale": "fr" | null,        # the RBNF data ICU actually used; null = ICU lacks it
          "requested": "fr_FR",            # the ICU locale asked for
          "fallback": "en",                # only when icuLocale is null: what ICU fell back to
          "ruleSets": { "%spellout-numbering": ["zéro", "un", ...1001 forms, 0..1000], ... },
          "excludedRuleSets": { "%spellout-cardinal-genitive": "case", ... } } } }

Forms are exactly what ICU writes: nothing is stripped (soft hyphens U+00AD,
spaces, hyphens and accents stay; calcha's wordKey folds them when comparing).

Locale mapping. Each calcha tag (BCP 47) is handed to ICU whole
(Locale.forLanguageTag: zh-Hans-CN -> zh_Hans_CN, sr-Latn-RS -> sr_Latn_RS,
nb-NO -> nb_NO, fil-PH -> fil_PH) and ICU's own resource fallback picks the
most specific RBNF data it has (zh_Hans_CN -> zh, sr_Latn_RS -> sr_Latn,
nb_NO -> nb, pt_BR -> pt, fr_CH -> fr_CH, es_MX -> es_MX, en_GB -> en_001).
The locale ICU actually loaded (ULOC_ACTUAL_LOCALE) is reported.

ICU does not fail on a locale it lacks: it silently falls back to the process
default locale (en_US_POSIX -> English rules). Such a result is rejected and
reported as "icuLocale": null (never compared against English rules) unless
the data ICU used is of the same language AND the same script as the tag
(scripts compared after adding likely subtags, so am-Latn-ET is rejected even
if ICU were to fall back to Ethiopic-script "am", and zh-Hant-TW would be
rejected if it fell back to Simplified "zh"). The root locale is never accepted.

Rule sets taken: public rule sets named %spellout-numbering*, %spellout-cardinal*
or %spellout-construct*, whose suffix words (split on "-") are all in TAKEN:
  masculine feminine neuter common reale   grammatical genders (reale = Swedish
                                           common gender, "en")
  personal                                 Polish masculine-personal gender
                                           (dwaj, trzej, pięciu) - nominative
  standalone                               Hebrew forms used without a noun
  financial                                zh/ja/ko financial numerals (壹贰, 壱弐)
  alternate2                               Chinese 两 for 2
  sinokorean native attributive            Korean number systems (일/하나/한)
  verbose                                  en, hu "one hundred and one", "egyszáz";
                                           taken only when it differs from the set
                                           without "-verbose" for at least one
                                           value in 0..1000; an identical copy is
                                           excluded as "duplicate"
and none in EXCLUDED:
  year, latn                      -year/-year-latn read 1999 as "nineteen
                                  ninety-nine": dates, not cardinals
  days                            zh %spellout-numbering-days: day of month (初一, 廿一)
  construct                       Hebrew construct state (שלושת): a bound form
                                  before a noun, not a citation form
  genitive dative accusative instrumental locative ablative prepositional
  partitive essive translative inessive elative illative adessive allative
  abessive comitative instructive vocative animate
                                  grammatical cases (pl, ru, fi ...): a number
                                  typed as an answer is nominative
  plural                          ru/fi plural sets (одни, yhdet): agreement with
                                  pluralia tantum; the -plural-<case> sets are cases too
  n r s m                         German %spellout-cardinal-n/-r/-s/-m: the
                                  inflected "ein" (einen, einer, eines, einem),
                                  i.e. accusative/dative/genitive and strong forms
Ordinals (%spellout-ordinal*) never match the name patterns. A suffix word in
neither list is excluded with a warning on stderr, so that a newer ICU cannot
slip an unreviewed set into the reference unnoticed.
"""

import json
import sys

import icu

LARGEST = 1000
PREFIXES = ("%spellout-numbering", "%spellout-cardinal", "%spellout-construct")

TAKEN = {
    "masculine", "feminine", "neuter", "common", "reale", "personal",
    "standalone", "financial", "alternate2", "sinokorean", "native",
    "attributive", "verbose",
}
EXCLUDED = {
    "year": "year", "latn": "year", "days": "day of month",
    "construct": "construct state",
    "plural": "plural agreement",
    "n": "inflected ein", "r": "inflected ein", "s": "inflected ein", "m": "inflected ein",
}
for case in (
    "genitive dative accusative instrumental locative ablative prepositional partitive "
    "essive translative inessive elative illative adessive allative abessive comitative "
    "instructive vocative animate"
).split():
    EXCLUDED[case] = "case"


def suffix_words(name):
    for prefix in PREFIXES:
        if name == prefix:
            return [] if prefix != "%spellout-construct" else ["construct"]
        if name.startswith(prefix + "-"):
            words = name[len(prefix) + 1:].split("-")
            return words if prefix != "%spellout-construct" else ["construct", *words]
    return None


def script_of(locale):
    maximized = icu.Locale(locale.getName())
    maximized.addLikelySubtags()
    return maximized.getScript()


def forms(rbnf, rule_set):
    rbnf.setDefaultRuleSet(rule_set)
    return [str(rbnf.format(value)) for value in range(LARGEST + 1)]


def spellout(tag):
    requested = icu.Locale.forLanguageTag(tag)
    rbnf = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, requested)
    actual = rbnf.getLocale(icu.ULocDataLocaleType.ACTUAL_LOCALE)
    entry = {"requested": requested.getName()}
    known = (
        actual.getName() not in ("", "root")
        and actual.getLanguage() == requested.getLanguage()
        and script_of(actual) == script_of(requested)
    )
    if not known:
        entry.update(icuLocale=None, fallback=actual.getName() or "root", ruleSets={}, excludedRuleSets={})
        return entry
    names = [rbnf.getRuleSetName(i) for i in range(rbnf.getNumberOfRuleSetNames())]
    taken, excluded = {}, {}
    for name in names:
        words = suffix_words(str(name))
        if words is None:
            continue  # ordinals and anything else outside the three prefixes
        bad = [w for w in words if w in EXCLUDED]
        unknown = [w for w in words if w not in EXCLUDED and w not in TAKEN]
        if bad:
            excluded[name] = EXCLUDED[bad[0]]
        elif unknown:
            excluded[name] = "unreviewed suffix " + "-".join(unknown)
            print(f"cldr-spellout: {tag}: {name} has an unreviewed suffix, excluded", file=sys.stderr)
        else:
            taken[name] = forms(rbnf, name)
    for name in [n for n in taken if n.endswith("-verbose")]:
        base = name[: -len("-verbose")]
        if base in taken and taken[base] == taken[name]:
            del taken[name]
            excluded[name] = "duplicate of " + base
    entry.update(icuLocale=actual.getName(), ruleSets=taken, excludedRuleSets=excluded)
    return entry


def main(tags):
    if not tags:
        print("usage: cldr-spellout.py LOCALE [LOCALE ...]  (calcha BCP 47 tags)", file=sys.stderr)
        return 2
    result = {"icu": icu.ICU_VERSION, "locales": {tag: spellout(tag) for tag in tags}}
    json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
