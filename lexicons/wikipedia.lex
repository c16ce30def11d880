# wikipedia.lex: overlay for the `wikipedia` profile (core.lex + reporting.lex +
# probable.lex + wikipedia.lex).
# Target: CoNLL-2010 Task 1 Wikipedia scheme, where weasel words count as uncertainty:
# unsourced attribution ("some critics argue", "many believe", "it is said"), vague quantifiers
# over people ("some", "many", "most"), and peacock-like generalisations ("is considered",
# "widely", "one of the most", "best known").
#
# Weights: this corpus has sentence labels only, so a cue's weight is the share of train
# sentences containing it (as the matcher resolves it) that are labelled uncertain, on the train
# side of the document-level split of the CoNLL-2010 Wikipedia training labels
# (dev-splits/conll2010_wiki_train_partial.train.jsonl; base rate 0.29), smoothed by one
# pseudo-count at 0.3 and rounded to 0.05. Overrides of core entries are listed when they have
# >= 5 sentences and differ from the core weight by > 0.1. Added weasel cues use the same
# statistic. The label threshold was chosen on the same train split.

@set label-threshold 0.575

# --- weasel cues (sentence-share statistic above) ---
some                    | hedge | weasel | 0.6 | !next=#num
many                    | hedge | weasel | 0.6
most                    | hedge | weasel | 0.4
some people             | hedge | weasel | 0.95
many people             | hedge | weasel | 0.6
some critics            | hedge | weasel | 0.95
some scholars           | hedge | weasel | 0.8
some have               | hedge | weasel | 0.9
many have               | hedge | weasel | 0.8
while others            | hedge | weasel | 0.9
others have             | hedge | weasel | 0.5
by some                 | hedge | weasel | 0.8
by many                 | hedge | weasel | 0.8
in some                 | hedge | weasel | 0.75
in many                 | hedge | weasel | 0.7
according to some       | hedge | weasel | 0.65
critics                 | hedge | weasel | 0.65
critics have            | hedge | weasel | 0.7
scholars                | hedge | weasel | 0.8
historians              | hedge | weasel | 0.55
experts                 | hedge | weasel | 0.6
observers               | hedge | weasel | 0.7
analysts                | hedge | weasel | 0.8
commentators            | hedge | weasel | 0.7
researchers             | hedge | weasel | 0.5
it has been             | hedge | weasel | 0.75 | !prev=of,for,to,with,about,from,on,in,by,at,into,upon   # "no trace of it has been found": "it" an object, not the impersonal subject
# An impersonal passive of saying or believing, with an adverb or none between: "it is often
# said", "it has often been claimed", "it is also believed": 45 of the 47 such sentences of the
# CoNLL-2010 Wikipedia train split are labelled uncertain (36 of 38 in the Szeged one); the past
# "it was said" is narrative (0 of 2), left out.
it is {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it is often {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it is sometimes {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it is commonly {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it is widely {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it is generally {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it is also {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it is frequently {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it is popularly {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it is long {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it is usually {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it is still {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has been often {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has been sometimes {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has been commonly {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has been widely {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has been generally {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has been also {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has been frequently {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has been popularly {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has been long {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has been usually {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has been still {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had been often {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had been sometimes {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had been commonly {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had been widely {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had been generally {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had been also {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had been frequently {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had been popularly {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had been long {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had been usually {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had been still {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has often been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has long been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has sometimes been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has also been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has commonly been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has frequently been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has widely been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it has generally been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had often been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had long been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had sometimes been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had also been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had commonly been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had frequently been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had widely been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
it had generally been {said,claimed,believed,thought,suggested,reported,alleged,argued,speculated,rumoured,rumored,assumed}| hedge | weasel | 0.85
{is,are,was,were} thought | hedge | weasel | 0.9
{is,are,were} believed  | hedge | weasel | 0.85
said to                 | hedge | weasel | 0.55
are said                | hedge | weasel | 0.6
widely                  | hedge | weasel | 0.65
widely {regarded,considered,believed,seen} | hedge | weasel | 0.9
{generally,often} considered | hedge | weasel | 0.85
arguably                | hedge | weasel | 0.85
argue{,s}               | hedge | weasel | 0.7
argued                  | hedge | weasel | 0.55
claim                   | hedge | weasel | 0.5
well known              | hedge | weasel | 0.7
well-known              | hedge | weasel | 0.7
best known              | hedge | weasel | 0.65
best-known              | hedge | weasel | 0.7
most notable            | hedge | weasel | 0.9
most popular            | hedge | weasel | 0.85
most famous             | hedge | weasel | 0.55
finest                  | hedge | weasel | 0.85
one of the most         | hedge | weasel | 0.65
one of the best         | hedge | weasel | 0.7
of the most             | hedge | weasel | 0.6
renowned                | hedge | weasel | 0.65
influential             | hedge | weasel | 0.65
notable                 | hedge | weasel | 0.55
rarely                  | hedge | weasel | 0.65
largely                 | hedge | weasel | 0.55
theories                | hedge | weasel | 0.7
theory                  | hedge | weasel | 0.55
opinions                | hedge | weasel | 0.7
interpretation          | hedge | weasel | 0.6
criticized              | hedge | weasel | 0.65
controversial           | hedge | weasel | 0.5
reported                | hedge | hearsay | 0.65
so-called               | hedge | weasel | 0.8
legend                  | hedge | hearsay | 0.7
accused                 | hedge | hearsay | 0.8
recent                  | hedge | weasel | 0.5

# --- overrides of core/weasel entries from the sentence-share statistic (>= 5 sentences) ---
@weight alleged | hedge | 0.65   # train: 7 of 10 sentences uncertain
@weight allegedly | hedge | 0.75   # train: 12 of 15 sentences uncertain
@weight apparent | hedge | 0.55   # train: 7 of 12 sentences uncertain
@weight appear to | hedge | 0.20   # train: 1 of 5 sentences uncertain
@weight appears to | hedge | 0.55   # train: 5 of 9 sentences uncertain
@weight are considered | hedge | 0.70   # train: 9 of 12 sentences uncertain
@weight argues | hedge | 0.55   # train: 3 of 5 sentences uncertain
@weight assume | hedge | 0.40   # train: 2 of 5 sentences uncertain
@weight be considered | hedge | 0.70   # train: 9 of 12 sentences uncertain
@weight believe | hedge | 0.50   # train: 23 of 48 sentences uncertain
@weight believed | hedge | 0.45   # train: 7 of 16 sentences uncertain
@weight believes | hedge | 0.20   # train: 1 of 5 sentences uncertain
@weight consider | hedge | 0.65   # train: 12 of 18 sentences uncertain
@weight considered | hedge | 0.50   # train: 11 of 21 sentences uncertain
@weight critics | hedge | 0.50   # train: 17 of 32 sentences uncertain
@weight estimates | hedge | 0.40   # train: 2 of 5 sentences uncertain
@weight i think | hedge | 0.20   # train: 1 of 5 sentences uncertain
@weight indicate | hedge | 0.05   # train: 0 of 6 sentences uncertain
@weight it is possible | hedge | 0.70   # train: 10 of 14 sentences uncertain
kind of                 | hedge | approximator | 0.45 | !prev=a,the,this,that,any,every,one,what,which   # train: 5 of 11 sentences uncertain
@weight likely | hedge | 0.35   # train: 12 of 35 sentences uncertain
might                   | hedge | modal | 0.60 | case=lower   # train: 16 of 27 sentences uncertain
@weight notable | hedge | 0.40   # train: 5 of 13 sentences uncertain
@weight perhaps | hedge | 0.60   # train: 14 of 22 sentences uncertain
@weight possibility | hedge | 0.20   # train: 1 of 6 sentences uncertain
@weight potentially | hedge | 0.40   # train: 2 of 5 sentences uncertain
@weight presumably | hedge | 0.75   # train: 7 of 9 sentences uncertain
@weight proposed | hedge | 0.55   # train: 6 of 10 sentences uncertain
@weight regarded as | hedge | 0.60   # train: 11 of 18 sentences uncertain
@weight reportedly | hedge | 0.30   # train: 4 of 13 sentences uncertain
@weight rumors | hedge | 0.30   # train: 2 of 7 sentences uncertain
@weight seem | hedge | 0.45   # train: 5 of 11 sentences uncertain
@weight seems | hedge | 0.65   # train: 11 of 16 sentences uncertain
@weight should | hedge | 0.35   # train: 19 of 58 sentences uncertain
@weight sort of | hedge | 0.55   # train: 5 of 9 sentences uncertain
@weight suggest that | hedge | 0.80   # train: 6 of 7 sentences uncertain
@weight suggested | hedge | 0.35   # train: 3 of 9 sentences uncertain
@weight suggested that | hedge | 0.75   # train: 5 of 6 sentences uncertain
@weight suggests | hedge | 0.60   # train: 4 of 6 sentences uncertain
@weight suggests that | hedge | 0.55   # train: 3 of 5 sentences uncertain
@weight supposedly | hedge | 0.65   # train: 6 of 9 sentences uncertain
@weight think | hedge | 0.55   # train: 7 of 12 sentences uncertain
@weight thought | hedge | 0.40   # train: 5 of 13 sentences uncertain
@weight was considered | hedge | 0.30   # train: 3 of 10 sentences uncertain
@weight were considered | hedge | 0.65   # train: 5 of 7 sentences uncertain
@weight whether | hedge | 0.70   # train: 16 of 23 sentences uncertain
@weight whether or not | hedge | 0.55   # train: 3 of 5 sentences uncertain

# --- hedges that carry no weasel signal here: off ---
# In this scheme the core's modals, conditionals, alternatives and approximators mark a sentence
# uncertain no more often than the base rate (train 1713 of 5913 sentences, 0.29), yet their weights
# added up with real weasel cues to false positives. Train, sentences with the cue (uncertain of
# all), before this change: or 188/687, either 12/53, if 32/150, unless 2/8, and/or 3/15;
# may 111/433, can 66/228, could 16/61, will 47/150, must be 5/27, would have 6/18;
# possible 17/60, potential 4/18; almost 22/86, nearly 4/13, about 6/20, around 6/20,
# approximately 6/38, roughly 1/10. Turning them off: 5-fold CV on train (weights and threshold
# relearned by `epistemic learn` on 4 folds, 5th scored) F1 60.96 -> 62.61 (P 55.3 -> 58.8,
# R 68.0 -> 67.0); on all of train 62.6 -> 64.2. Longer cues that contain them ("may or may not",
# "could have") stay.
or                      | off
either                  | off
if                      | off
unless                  | off
and/or                  | off
may                     | off
can                     | off
could                   | off
will                    | off
must be                 | off
would have              | off
possible                | off
potential               | off
almost                  | off
nearly                  | off
about                   | off
around                  | off
approximately           | off
roughly                 | off

# --- look-alikes of the vague quantifiers: degree, comparison and time, not vague people ---
# Train (sentences with the phrase, uncertain of all): as many 7/22, so many 3/8, how many 1/5,
# many times 1/8, many more 0/5; in most 3/20, for most 0/11, most common 2/12, most often 1/6;
# some time 1/6, some extent 1/4. With "may have" below: 5-fold CV on train 62.61 -> 63.02
# (P 58.8 -> 59.6, R 67.0 -> 66.8); all of train 64.2 -> 64.8.
as many                 | block | lookalike | 0
so many                 | block | lookalike | 0
how many                | block | lookalike | 0
too many                | block | lookalike | 0
many times              | block | lookalike | 0
many more               | block | lookalike | 0
in most                 | block | lookalike | 0
for most                | block | lookalike | 0
most common             | block | lookalike | 0
most often              | block | lookalike | 0
at most                 | block | lookalike | 0
for the most part       | block | lookalike | 0
some time               | block | lookalike | 0
some extent             | block | lookalike | 0
some degree             | block | lookalike | 0

# --- speculation about the past: "may" is off above, "may have" is not (train 28/48) ---
may have                | hedge | modal | 0.6

# --- weak weasel/peacock words: below the threshold alone, they count when two co-occur ---
several                 | hedge | weasel | 0.4
important               | hedge | weasel | 0.4
significant             | hedge | weasel | 0.45
highly                  | hedge | weasel | 0.45
generally               | hedge | weasel | 0.5
sometimes               | hedge | weasel | 0.4
typically               | hedge | weasel | 0.4
commonly                | hedge | weasel | 0.4
numerous                | hedge | weasel | 0.35
famous                  | hedge | weasel | 0.5
popular                 | hedge | weasel | 0.35
excellent               | hedge | weasel | 0.5
