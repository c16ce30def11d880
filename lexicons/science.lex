# science.lex: overlay for the `science` profile (core.lex + reporting.lex + science.lex).
# Target: CoNLL-2010 Task 1 biological scheme (BioScope abstracts and full papers). In this scheme
# investigation ("to determine", "investigate"), conditional "if" and "little is known" are
# mostly NOT cues, while "should", "would", "possible", "indicate that" nearly always are.
#
# Weights: each override below is the cue's precision on the train side of the document-level
# split of the CoNLL-2010 biological training set (dev-splits/conll2010_bio_train.train.jsonl):
# fires of the core entry (as the matcher resolves it: blocks, longest match) that overlap an
# annotated cue span / all its fires, smoothed by one pseudo-count at 0.3, rounded to 0.05.
# Only entries with >= 3 fires whose precision differs from the core weight by > 0.1 are listed.
# The label threshold was chosen on the same train split (best F1 of the uncertain class); a
# sentence is uncertain when its hedge strength is >= the threshold, so a lone cue weighing
# exactly 0.45 does not fire here.

@set label-threshold 0.46

# --- overrides from train precision ---
@weight appear to | hedge | 1.00   # train: 31 of 31 fires
appeared                | hedge | epistemic-verb | 0.30 | case=lower   # train: 4 of 13 fires
@weight appears to | hedge | 1.00   # train: 78 of 78 fires
@weight are considered | hedge | 0.20   # train: 1 of 5 fires
@weight assume | hedge | 0.25   # train: 2 of 8 fires
@weight assuming | hedge | 0.55   # train: 3 of 5 fires
@weight be considered | hedge | 0.40   # train: 2 of 5 fires
@weight consider | hedge | 0.10   # train: 0 of 3 fires
@weight expected | hedge | 0.20   # train: 2 of 11 fires
@weight hypothetical | hedge | 0.15   # train: 1 of 8 fires
@weight if | hedge | 0.15   # train: 13 of 81 fires
@weight indicate | hedge | 0.30   # train: 5 of 16 fires
@weight indicate that | hedge | 1.00   # train: 130 of 130 fires
@weight indicated | hedge | 0.05   # train: 1 of 24 fires
@weight indicates | hedge | 0.10   # train: 2 of 25 fires
@weight indicating that | hedge | 1.00   # train: 59 of 59 fires
@weight investigate | hedge | 0.05   # train: 0 of 33 fires
@weight is considered | hedge | 0.35   # train: 2 of 6 fires
@weight likelihood | hedge | 0.10   # train: 0 of 3 fires
@weight little is known | hedge | 0.05   # train: 0 of 13 fires
@weight no evidence | hedge | 0.35   # train: 2 of 6 fires
@weight not known | hedge | 0.65   # train: 9 of 13 fires
@weight possible | hedge | 0.85   # train: 49 of 56 fires
@weight postulated | hedge | 0.35   # train: 2 of 6 fires
@weight probability | hedge | 0.05   # train: 0 of 14 fires
@weight remain to be | hedge | 0.10   # train: 0 of 3 fires
@weight remains to be | hedge | 0.50   # train: 4 of 8 fires
@weight yet to be determined | hedge | 0.05   # train: 0 of 2 sentences ("the genomes of most species have yet to be determined")
@weight should | hedge | 0.75   # train: 22 of 29 fires
@weight thought | hedge | 0.10   # train: 0 of 3 fires
@weight to confirm | hedge | 0.05   # train: 0 of 5 fires
@weight to determine | hedge | 0.05   # train: 0 of 55 fires
@weight unless | hedge | 0.05   # train: 0 of 7 fires
# Nor an exception after "if" / "whether" in the clause: "whether X could ...", "even if X, it
# could be ..." are annotated cues here (8 of the 9 that rule rejects on the train split).
could                   | hedge | modal | 0.35 | !next=not,never,hardly,barely,see,hear,feel,afford
# No reported-speech exception here: in research writing "would" after a reporting cue ("found
# in more ... than would be expected", "admitted that it would fail") is still a cue (4 of 5).
would                   | hedge | modal | 0.75   # train: 19 of 25 fires

# --- biomedical cues absent from core (weights from the same statistic where counts allow) ---
putatively              | hedge | epistemic-adverb | 0.8
predicted               | hedge | epistemic-verb | 0.15
infer{,s,red}           | hedge | epistemic-verb | 0.5
indication              | hedge | epistemic-adjective | 0.5
implicat{es,ing}        | hedge | epistemic-verb | 0.3
raising the possibility | hedge | possible | 0.9
raise{,s} the possibility | hedge | possible | 0.9
remains to be elucidated | hedge | doubt | 0.7
not been elucidated     | hedge | doubt | 0.6
elusive                 | hedge | doubt | 0.4
issue is raised         | hedge | doubt | 0.6
raises the question     | hedge | doubt | 0.7
@weight whether or not | hedge | 0.9
consistent with         | hedge | epistemic-adjective | 0.05
# The authors' hope for what their work will do ("we hope to learn what proteins GATA-1 binds",
# "it is our hope that it will help"): a wish, no finding (the train split's one "hope" is a cue;
# "hope" as a verb of a third person's report is reporting.lex's).
we hope{,d}             | hedge | epistemic-verb | 0.8
our hope                | hedge | epistemic-verb | 0.8
it is hoped             | hedge | epistemic-verb | 0.8

# --- phrases of research writing, mined on the train split (abstracts + full articles); the
# counts are matches of the phrase that overlap an annotated cue / all its matches there ---
predicted to            | hedge | epistemic-verb | 0.8 | prev=is,are,be,therefore,thus,also
# A noun of supposition with its content ("the possibility / hypothesis / assumption that ...",
# "one possibility is") states an uncertain proposition (34 of 36); the same noun pointing back
# to one stated before ("this possibility", "these hypotheses", "that assumption") is no cue
# (0 of 16), nor, mostly, "the possibility of" an action (1 of 6).
possibility             | hedge | possible | 0.65 | !prev=this,that,these,those,two,both   # train: 16 of 24 fires
possibilities           | hedge | possible | 0.3  | !prev=this,that,these,those,two,both
possibility that        | hedge | possible | 0.95 | !prev=this,that,these,those,two,both
possibility {is,was}    | hedge | possible | 0.85 | !prev=this,that,these,those,two,both
possibility of          | hedge | possible | 0.3
# Without its content clause the noun names a hypothesis rather than states one ("the hypothesis
# of decreased receptor numbers", "an earlier hypothesis", "the RAG transposon hypothesis"): 1 of
# 10 fires over 8 train documents (abstracts and articles alike).
hypothesis              | hedge | epistemic-adjective | 0.15 | !prev=this,that,these,those,two,both
hypotheses              | hedge | epistemic-adjective | 0.15 | !prev=this,that,these,those,two,both
hypothesis that         | hedge | epistemic-adjective | 0.9
# Statistical terms: "multiple hypothesis testing", "the null hypothesis" (0 of 2, one article).
{null,alternative,alternate} hypothesis | block | lookalike | 0
{null,alternative,alternate} hypotheses | block | lookalike | 0
hypothesis {test,tests,testing} | block | lookalike | 0
assumption              | hedge | epistemic-adjective | 0.55 | !prev=this,that,these,those,two,both
assumption that         | hedge | epistemic-adjective | 0.9
# "the idea / notion that ..." states the supposed proposition like "the hypothesis that" (8 of 13
# over both subsets); pointing back ("this idea") is no cue.
{idea,notion} that       | hedge | epistemic-adjective | 0.65 | !prev=this,that,these,those
# A present-tense prediction of a gene's or protein's property is a hedge ("is predicted to
# contain", 5 of 5); "a protein predicted to contain" is not; past-tense "were predicted to"
# reports a computational result (none on the train split; not a cue in the CoNLL guidelines).
# Counterfactual or speculative perfect: as strong as the bare modal here (3 of 3).
@weight would have | hedge | 0.75
@weight could have | hedge | 0.75
# The noun "potential" ("the potential to", "membrane potential", "potential of") is no cue
# (0 of 35 with these next words); the adjective is ("a potential role", 39 of 85).
potential               | hedge | epistemic-adjective | 0.35 | !next=to,of,in,for,and,are,is,as,after
potential role{,s}      | hedge | epistemic-adjective | 0.75   # 9 of 12
# The noun "potential" after a noun or adjective that says which ("membrane potential",
# "therapeutic potential", "its transforming potential") is a capacity, not a possibility (0 of 15
# over 12 train documents).
{membrane,action,redox,electrochemical,oncogenic,tumorigenic,leukemogenic,metastatic,invasive,malignant,transforming,proliferative,replicative,differentiation,developmental,therapeutic,full,coding,transactivation,transactivating,activation,growth,inflammatory,cytotoxic} potential | block | lookalike | 0
# With an indefinite article it presents a candidate not yet shown ("a potential target", "as a
# potential regulator": 17 of 27 over both subsets, 3 of 3 in the train articles).
{a,an} potential        | hedge | epistemic-adjective | 0.65 | !next=to,of,in,for,and,are,is,as,after
# Predicative "unknown" (what is not known yet) is a cue more often than attributive "unknown
# proteins" (13 of 21 against 23 of 58 for all uses).
{is,are,was,were,remain,remains,still,largely} unknown | hedge | doubt | 0.65
# As "not rule out" (core).
{did,does,do} not exclude | hedge | possible | 0.8
# "assume that" introduces the assumption (7 of 7); bare "assume" is half that.
assume{,s,d} that       | hedge | epistemic-verb | 0.9
# "X has been proposed to ..." (3 of 5); bare "proposed" (a method proposed by) less (8 of 20).
proposed to             | hedge | epistemic-verb | 0.6
# "either ... or" after a modal offers alternatives ("it can be either X or Y", 3 of 4); after
# other words it mostly enumerates ("on either strand", 30 of 177 for all uses).
be either               | hedge | possible | 0.7 | prev=can,could,will,would,may,might,must
{can,could,will,would,may,might} either | hedge | possible | 0.7
# After the determiner "no" an epistemic adjective counts what is absent ("no apparent effect",
# "no likely candidate was detected"): the sentence denies, it does not hedge (0 of 5, in 5 train
# documents, 2 of them full articles).
no {apparent,likely,probable,possible,potential,putative,plausible,obvious} | block | lookalike | 0
# "not necessarily" restricts a claim ("does not necessarily depend on", "is not necessarily the
# case") and is no cue in this scheme (0 of 8, in 6 train documents, 4 of them full articles):
# negated, the booster is dropped rather than turned into a hedge.
necessarily             | booster | certainty | 0.4 | neg=drop
# "X, if not all, ..." / "a major, if not the only, site" widens the claim as an approximation
# does ("most, if not all"), a cue here (2 of 2, in 2 documents); the conditional "if not treated"
# has a verb after it.
if not {all,most,many,every,exclusively,entirely,completely,solely,primarily,mainly,always,identical} | hedge | approximator | 0.8
if not the {only,sole,main,major,primary,principal,most} | hedge | approximator | 0.8
# "an organism not known to have ..." is no doubt (0 of 2); "it is not known whether" is.
not known to            | block | lookalike | 0
# Convention, not opinion, in research writing: "often regarded as the currency of" (0 of 3).
@weight regarded as | hedge | 0.3
@weight viewed as | hedge | 0.3
# "X can lead to Y" states a possible consequence (6 of 7); "can" alone is mostly ability (50 of 408).
can lead                | hedge | modal | 0.8 | case=lower
# Passive "could be detected / observed / seen" reports what an experiment showed, mostly
# "no X could be detected" (1 of 14).
could be {detected,observed,seen,found,identified,visualized,demonstrated,measured,reproduced,obtained,isolated,distinguished,recovered,confirmed} | block | lookalike | 0
# The same for passives of experimental manipulation ("the phenotype could be restored by",
# "binding could be blocked with"): what the experiment achieved, not a possibility (0 of 17 fires
# on the train split: 17 in abstracts, 1 in the full articles).
could be {eliminated,mimicked,documented,activated,improved,phosphorylated,generated,blocked,determined,transactivated,prevented,reversed,restored,inhibited,inferred,rescued} | block | lookalike | 0
# Discourse formulae, not uncertainty (0 of 4).
should be {noted,emphasized,emphasised,mentioned,pointed out,stressed,kept in mind,remembered} | block | lookalike | 0
# Passive "were considered" in methods is "taken into account" (see "are considered" above).
@weight {were,was,been} considered | hedge | 0.2
theoretically possible  | block | lookalike | 0
no guarantee            | hedge | doubt | 0.8
# Lack of proof or of conclusive evidence leaves the claim open (rare: 2 of 2 in the train articles).
unproven                | hedge | doubt | 0.8
no {clear,conclusive,definitive} evidence | hedge | doubt | 0.7
look{,s,ed} as if       | hedge | epistemic-verb | 0.9
# A round number followed by "or so" is an approximation ("the remaining 40 or so genes"), a cue
# in this scheme (1 of 1 on the train split); "or so" after a word ("or so it seems") is not one.
or so                   | hedge | approximator | 0.8 | prev=#num
raise{,s,d} an interesting question | hedge | doubt | 0.7

# "if" opening an indirect question after a verb of investigation or knowledge ("to determine if",
# "we tested if", "we do not know if") is the "whether" of the guidelines, a cue like it (train:
# 8 of 8 in the abstracts, 1 of 1 in the articles; "whether" after the same verbs 35 of 35);
# conditional "if" stays off. Not after a passive ("cells were examined if they showed lesions")
# nor before "necessary", "needed", ... ("checked if necessary").
{determine,determined,determines,determining,test,tested,tests,testing,examine,examined,examines,examining,investigate,investigated,investigates,investigating,assess,assessed,assesses,assessing,ask,asked,asks,asking,see,check,checked,checks,checking,know,knew,ascertain,ascertained,establish,established,verify,verified,explore,explored,evaluate,evaluated,wonder,wondered,find out,found out} if | hedge | investigation | 0.9 | !prev=were,are,been,be !next=necessary,needed,required,appropriate,so,any
to {determine,test,examine,investigate,assess,ask,see,check,know,ascertain,establish,verify,explore,evaluate,find out} if | hedge | investigation | 0.9 | !next=necessary,needed,required,appropriate,so,any

# Nouns and participles of verbs that are cues here (suggest, propose, speculate, hypothesize,
# postulate) with their content clause state the proposition as a supposition, like "the
# hypothesis that" (train: 5 of 5, "the suggestion that", "consistent with suggestions that",
# "support to the proposal that", "the model proposing that"); pointing back ("this suggestion
# that ...") is excluded as for "possibility".
suggestions             | hedge | epistemic-adjective | 0.55
{suggestion,suggestions,proposal,speculation,speculations} that | hedge | epistemic-adjective | 0.9 | !prev=this,that,these,those
{proposing,speculating,hypothesizing,hypothesising,postulating} that | hedge | epistemic-verb | 0.9
speculatively           | hedge | epistemic-adverb | 0.8

# Cues of biomedical writing absent from the train split (0 occurrences there, so they cannot cost
# precision on it), by the guidelines' classes: a possibility left open ("could not be excluded",
# as core's "cannot be excluded"), an epistemic adjective with its content clause ("it is plausible
# / conceivable that"; bare "conceivable" and "plausible" are weaker), epistemic adverbs
# ("tentatively identified", "plausibly"), and "hint at / that" (a weaker "suggest").
{could,can} not be excluded  | hedge | possible | 0.9
{could,can} not be ruled out | hedge | possible | 0.9
{could,can} not exclude      | hedge | possible | 0.8
{could,can} not rule out     | hedge | possible | 0.8
{plausible,conceivable} that | hedge | possible | 0.9
plausibly               | hedge | epistemic-adverb | 0.8
tentatively             | hedge | epistemic-adverb | 0.7
hint{,s,ed} at          | hedge | epistemic-verb | 0.8
hint{,s,ed} that        | hedge | epistemic-verb | 0.8

# (No rule for "it has been estimated that": its only support was a dev article, and the dev
# split stays unseen; plain "estimated" is switched off by the learned lexicon, 0 of 7.)

# --- core entries too rare in the matcher run above; string-level precision on the same split ---
@weight considered | hedge | 0.25   # 5 of 20 occurrences annotated
@weight feasible | hedge | 0.4

# --- certainty markers of research writing (graded certainty, Pei & Jurgens scheme) ---
# Reporting a statistical result, or its absence, reads as certain; a call for more research as
# less certain. These move the certainty score (their effects are learned from rated findings)
# and, being boosters or weight-0 hedges, never change the uncertain label.
significant{,ly}              | booster | certainty | 0.2 | neg=keep
statistically significant{,ly} | booster | certainty | 0.3 | neg=keep
no significant                | booster | certainty | 0.3
no statistically significant  | booster | certainty | 0.3
{was,were} no                 | booster | certainty | 0.2
{did,does,do} not differ      | booster | certainty | 0.2
no difference{,s}             | booster | certainty | 0.2
we found                      | booster | certainty | 0.1
found that                    | booster | certainty | 0.1
{show,shows,showed,shown} that | booster | certainty | 0.2 | neg=drop
further research              | hedge | doubt | 0
more research                 | hedge | doubt | 0
future {research,studies}     | hedge | doubt | 0
{need,needs,needed} to        | hedge | doubt | 0
