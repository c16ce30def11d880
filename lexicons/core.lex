# core.lex: cues shared by every profile (news, science, wikipedia).
#
# What it holds: hedges (epistemic modals, verbs, adverbs, adjectives, probability and possibility
# phrases, doubt phrases, hearsay, conditionals, investigation), boosters, negators and `block`
# look-alikes. Profile files (news.lex, science.lex, wikipedia.lex) add cues, override weights
# and set the label threshold.
#
# How the weights were derived: for each cue string, its precision as a cue on the *train* side of
# the document-level train/dev split of the Szeged-scheme corpora (wiki_szeged + szeged_bio_typed,
# dev-splits/*.train.jsonl): precision = occurrences inside an annotated cue span / all occurrences
# of the string on word boundaries (case-insensitive), smoothed towards 0.3 by one pseudo-count,
# rounded to 0.05. Cues that are rare or absent in those corpora (news hearsay, boosters, doubt
# phrases) got a weight by analogy with measured cues of the same class. A sentence is labelled
# uncertain when the noisy-or of its hedge weights reaches the profile's label threshold, so a
# weight is roughly "the chance that this occurrence is an uncertainty cue"; cues below the
# threshold only count when they co-occur. The statistics scripts are not part of the project
# (they lived in a scratch directory: per-cue counts -> stats tables -> weights).
#
# Example sentences in comments are invented.

# ---------------------------------------------------------------------------------------------
# Modal verbs
# ---------------------------------------------------------------------------------------------
# "May" mid-sentence is a month or a name ("Theresa May"); "May 5" / "May 2024" is a date; and a
# finite verb never follows the modal, so "May said", "May is" open on the name.
may                     | hedge | modal | 0.9  | case=lower !next=#num,#cap,said,says,told,tells,added,adds,admitted,insisted,replied,warned,wrote,writes,was,is,has,had,won,who,whose
may or may not          | hedge | modal | 0.95
# "the general's might", "their sheer might": the noun, after a possessive or an adjective of power;
# "the might of the storm": after an article, which no modal follows.
might                   | hedge | modal | 0.95 | case=lower !prev=#poss,his,her,their,our,your,the,sheer,naval,industrial,financial,nuclear,political,commercial,corporate,technological
might have              | hedge | modal | 0.95
# "could not" is ability denied (3 of 58 annotated in the Szeged + CoNLL bio train splits);
# "could see/hear/afford" is ability; after "if" in the same clause it is part of the conditional.
could                   | hedge | modal | 0.35 | !after=if,unless,whether !next=not,never,hardly,barely,see,hear,feel,afford
could have              | hedge | modal | 0.45
would                   | hedge | modal | 0.3  | !after=reporting
would have              | hedge | modal | 0.45
should                  | hedge | modal | 0.2
must have               | hedge | modal | 0.4  | !prev=a,an,the   # not the noun, "a must-have"
must be                 | hedge | modal | 0.15
can                     | hedge | modal | 0.1  | case=lower
will                    | hedge | modal | 0.05 | case=lower !prev=the,a,an,his,her,its,their,our,my,your,free,political,good,ill,last   # not the noun: "it lacks the will", "a last will"

# ---------------------------------------------------------------------------------------------
# Epistemic verbs (inflected forms listed)
# ---------------------------------------------------------------------------------------------
suggest{,s,ed,ing}      | hedge | epistemic-verb | 0.9
suggest{,s,ed,ing} that | hedge | epistemic-verb | 0.95
indicate{,s,d}          | hedge | epistemic-verb | 0.5
indicating              | hedge | epistemic-verb | 0.6
indicat{e,es,ed,ing} that | hedge | epistemic-verb | 0.85
imply                   | hedge | epistemic-verb | 0.85
impl{ies,ied,ying}      | hedge | epistemic-verb | 0.8
# Bare "appear" is mostly "appeared normal / in the film" (about 1 in 10 annotated in the
# Szeged train split once "appear to/that" are counted apart): a weak cue on its own.
appear{,s,ed}           | hedge | epistemic-verb | 0.3  | case=lower
appear{,s,ed} to        | hedge | epistemic-verb | 0.85
appear{,s,ed} not to    | hedge | epistemic-verb | 0.85
appear{,s,ed} unlikely  | hedge | epistemic-verb | 0.85
appear{,s,ed} likely    | hedge | epistemic-verb | 0.85
appear{,s,ed} that      | hedge | epistemic-verb | 0.9
appear{,s,ed} as if     | hedge | epistemic-verb | 0.9
appear{,s,ed} as though | hedge | epistemic-verb | 0.9
seem{,s,ed}             | hedge | epistemic-verb | 0.9
seemingly               | hedge | epistemic-adverb | 0.85
believe{,s,d}           | hedge | epistemic-verb | 0.9
believing               | hedge | epistemic-verb | 0.8
think{,s}               | hedge | epistemic-verb | 0.75 | !next=tank,tanks,-tank,-tanks,piece,pieces
i think                 | hedge | epistemic-verb | 0.85
thought                 | hedge | epistemic-verb | 0.75 | !next=about   # "She thought about the offer for a week": considering, not a belief
thought to              | hedge | epistemic-verb | 0.95
thought that            | hedge | epistemic-verb | 0.9
expect{,s}              | hedge | epistemic-verb | 0.75
expected                | hedge | epistemic-verb | 0.5
{is,are,was,were} expected to | hedge | epistemic-verb | 0.9
expected to             | hedge | epistemic-verb | 0.75
consider{,s}            | hedge | epistemic-verb | 0.35 | !next=the,a,an,its,their,his,her,our,this,these,those,whether,how,what,options,proposals,applications   # "the committee will consider the report": weighs a thing; it judges nothing
considered              | hedge | epistemic-verb | 0.7  | !prev=had,has,have,having   # "the board had considered several offers": weighed, no judgement
{is,are,was,were,be,been,widely,generally} considered | hedge | epistemic-verb | 0.85
considered to be        | hedge | epistemic-verb | 0.9
regarded as             | hedge | epistemic-verb | 0.9
viewed as               | hedge | epistemic-verb | 0.7
seen as                 | hedge | epistemic-verb | 0.5
presume{,s}             | hedge | epistemic-verb | 0.8
assume{,s,d}            | hedge | epistemic-verb | 0.6  | !next=office,power,command,control,responsibility,leadership,ownership,duties
assuming                | hedge | epistemic-verb | 0.8  | !next=office,power,command,control,responsibility,leadership,ownership,duties
suppose{,s}             | hedge | epistemic-verb | 0.55
supposed                | hedge | epistemic-verb | 0.6
supposed to             | hedge | epistemic-verb | 0.4
# (The noun, a person suspected: "terror suspects", "these suspects were", "detain suspects without".)
suspect{,s}             | hedge | epistemic-verb | 0.6  | !prev=the,a,an,one,two,three,several,main,prime,key,murder,possible,other,alleged,#num,terror,terrorist,terrorism,foreign,criminal,usual,these,those,some,many,all,detain,detaining,arrested,charged !next=were,are,was,who,whom,without,being,detained,held,face,faced
suspected               | hedge | epistemic-verb | 0.4
speculate{,s,d}         | hedge | epistemic-verb | 0.9
hypothesi{ze,zes,zed,se,ses,sed} | hedge | epistemic-verb | 0.85
postulate{,s,d}         | hedge | epistemic-verb | 0.85
propose{,s}             | hedge | epistemic-verb | 0.75
proposed                | hedge | epistemic-verb | 0.3
# A doubt denied is certainty: "we do not doubt that …", "no one doubted it", "there are no
# doubts" (SFU: "not doubt" labelled certain). "little doubt" stays a doubt: both Wikipedia
# schemes label it uncertain.
doubt{,s}               | hedge | doubt | 0.4  | neg=flip:0.4
doubted                 | hedge | doubt | 0.5  | neg=flip:0.4
little doubt            | hedge | doubt | 0.4
# "Beyond (any) doubt" is certainty (see "beyond doubt" below), and so, a little less, is the legal bar of
# proof ("the agency has proved, beyond a reasonable doubt, that …"), no doubt of its own.
beyond any doubt        | booster | certainty | 0.7  | neg=drop
beyond reasonable doubt | booster | certainty | 0.5
beyond a reasonable doubt | booster | certainty | 0.5
fear that               | hedge | epistemic-verb | 0.6
feared                  | hedge | epistemic-verb | 0.5
guess                   | hedge | epistemic-verb | 0.3
reckon{,s}              | hedge | epistemic-verb | 0.5
estimate{,s,d}          | hedge | approximator | 0.15
tend{,s} to             | hedge | epistemic-verb | 0.5
allege{,s}              | hedge | hearsay | 0.85
alleged                 | hedge | hearsay | 0.8
rumo{r,ur}ed            | hedge | hearsay | 0.8

# ---------------------------------------------------------------------------------------------
# Epistemic adverbs, hearsay adverbs
# ---------------------------------------------------------------------------------------------
probably                | hedge | epistemic-adverb | 0.95
possibly                | hedge | epistemic-adverb | 0.9
perhaps                 | hedge | epistemic-adverb | 0.9
maybe                   | hedge | epistemic-adverb | 0.9
presumably              | hedge | epistemic-adverb | 0.9
apparently              | hedge | epistemic-adverb | 0.35
conceivably             | hedge | epistemic-adverb | 0.7
potentially             | hedge | epistemic-adverb | 0.75
supposedly              | hedge | hearsay | 0.9
allegedly               | hedge | hearsay | 0.9
reportedly              | hedge | hearsay | 0.6
purportedly             | hedge | hearsay | 0.8
ostensibly              | hedge | hearsay | 0.5
hypothetically          | hedge | epistemic-adverb | 0.8

# ---------------------------------------------------------------------------------------------
# Epistemic adjectives and nouns; probable / possible phrases
# ---------------------------------------------------------------------------------------------
likely                  | hedge | probable | 0.95
unlikely                | hedge | probable | 0.95
# A probable claim denied is an improbable one, as "unlikely" is (the profiles that grade a probable
# claim's effect grade "likely" alone).
{not,not very,not so,not at all,not all that,not particularly,isn't,wasn't,aren't,weren't,hardly} likely | hedge | probable | 0.95
most likely             | hedge | probable | 0.95
# "almost certainly" grades a claim just below certainty: a hedge (3 of 3 uncertain in the
# Szeged Wikipedia train split), not the booster "certainly" with an approximator beside it.
# The adjective only before "to" or "that": "almost certain death" is no hedge.
{almost,nearly,virtually} certainly | hedge | probable | 0.7
almost certain          | hedge | probable | 0.7 | next=to,that
nearly certain          | hedge | probable | 0.7 | next=to,that
virtually certain       | hedge | probable | 0.7 | next=to,that
all but certain         | hedge | probable | 0.7 | next=to,that
in all likelihood       | hedge | probable | 0.9
likelihood              | hedge | probable | 0.3
{reduce,reduces,reduced,reducing,increase,increases,increased,increasing,lower,lowers,lowered,lowering,raise,raises,raised,raising,cut,cuts,cutting,halve,halved,double,doubled} the likelihood | block | lookalike | 0   # "reduced the likelihood of a second stroke": a measured risk changed, no doubt (Szeged wiki: 0 of 2 annotated)
probable                | hedge | probable | 0.6
probability             | hedge | probable | 0.3
# "as soon as possible", "all possible", "the highest possible" are no uncertainty (0 of 31
# such occurrences annotated in the Szeged train split).
possible                | hedge | possible | 0.55 | !prev=as,all,even,highest,maximum,always,only,every,best,lowest,minimum,greatest,smallest,largest,fastest !next=by,from
it is possible          | hedge | possible | 0.9
{is,was,it's} possible that | hedge | possible | 0.95
possibility             | hedge | possible | 0.8
possibilities           | hedge | possible | 0.3
potential               | hedge | epistemic-adjective | 0.35
putative                | hedge | epistemic-adjective | 0.6
plausible               | hedge | epistemic-adjective | 0.3
conceivable             | hedge | epistemic-adjective | 0.5
feasible                | hedge | epistemic-adjective | 0.5
apparent                | hedge | epistemic-adjective | 0.2
presumed                | hedge | epistemic-adjective | 0.8
hypothesis              | hedge | epistemic-adjective | 0.7
hypothetical            | hedge | epistemic-adjective | 0.3
assumption              | hedge | epistemic-adjective | 0.55 | !prev=this,that,these,those   # "That assumption is clearly wrong": one named before (4 of 4 certain in the CoNLL biological training data)
speculation             | hedge | hearsay | 0.35
speculative             | hedge | epistemic-adjective | 0.4
rumo{r,rs,ur,urs}       | hedge | hearsay | 0.5
allegation{,s}          | hedge | hearsay | 0.4
belief                  | hedge | epistemic-adjective | 0.4
suggestion              | hedge | epistemic-adjective | 0.55
suggestive              | hedge | epistemic-adjective | 0.6
notion                  | hedge | epistemic-adjective | 0.3
questionable            | hedge | doubt | 0.55
doubtful                | hedge | doubt | 0.7
doubtful that           | hedge | doubt | 0.7    # the whole phrase, so that attribution's "doubtful that" (reporting.lex) shares it rather than hiding the hedge
dubious                 | hedge | doubt | 0.35

# ---------------------------------------------------------------------------------------------
# Doubt and lack of knowledge
# ---------------------------------------------------------------------------------------------
unclear                 | hedge | doubt | 0.9
uncertain               | hedge | doubt | 0.8
uncertainty             | hedge | doubt | 0.4
unknown                 | hedge | doubt | 0.45
{previously,hitherto} unknown | block | lookalike | 0   # "a previously unknown species": new to science or to the record, no doubt ("hitherto unknown": 0 of 2 in the CoNLL biological data)
not clear               | hedge | doubt | 0.9
not yet clear           | hedge | doubt | 0.9
not entirely clear      | hedge | doubt | 0.9
not known               | hedge | doubt | 0.85
# "The cause of the fire is not yet known", "It is not yet known whether …" ("yet" had hidden "not
# known"); not a thing not yet discovered ("in Bach's day heel pedalling was not yet known, as …").
# Annotated data (train and dev): 3 of 3 labelled where it closes the sentence, 0 of 3 before a
# comma or a semicolon.
not yet known           | hedge | doubt | 0.85   | next=whether,if,how,what,when,where,who,whom,why,which,#stop
not sure                | hedge | doubt | 0.8
unsure                  | hedge | doubt | 0.8    # "doctors are unsure why": "not sure" in one word
# "Nobody knows how many people were inside": a lack of knowledge, as "not known" is (not
# "nobody knows better": the idiom praises; "No one knows the city better than she does", with
# words between, still reads as a hedge).
nobody {knows,knew}     | hedge | doubt | 0.85 | !next=better
no one {knows,knew}     | hedge | doubt | 0.85 | !next=better
# "less sure" lowers certainty instead of raising it as "sure" would; comparative, so weak
# ("less certain of their religion" and "less clear" are not labelled uncertain in the train
# splits): below every label threshold.
less {sure,certain,confident} | hedge | doubt | 0.3
not certain             | hedge | doubt | 0.8
# "We cannot be certain that …", "I can't be sure": the speaker's own doubt, as "not sure" is (a
# negated "sure" or "certain that" read as a flipped booster stayed under the label threshold).
{cannot,can't,can not,could not,couldn't} be certain | hedge | doubt | 0.8
{cannot,can't,can not,could not,couldn't} be sure | hedge | doubt | 0.8
# "We can't say yet whether …", "Officials could not say when the road would reopen": not
# knowing, when what follows is the open question or a reserve ("yet", "for sure"), or the claim
# held back ("we cannot say that coffee itself is the cause"); "I can't say I blame him", "I can't
# say that I blame him" and "can't say enough about her" are no doubt (no hedge data has it).
{cannot,can't,can not,could not,couldn't} say | hedge | doubt | 0.7 | next=yet,whether,if,for,with,exactly,precisely,definitively,how,when,why,what,where,who,which
{cannot,can't,can not,could not,couldn't} say that | hedge | doubt | 0.7 | !next=I,I'm,I've,I'd
# "It is too early to say whether …", "hard to tell": the answer is not known yet.
too early to {say,tell}  | hedge | doubt | 0.8
too soon to {say,tell}   | hedge | doubt | 0.8
{hard,difficult,impossible} to say | hedge | doubt | 0.7 | next=whether,if,how,what,when,why,where,who,which,yet,for,with,exactly,precisely,#stop   # not "hard to say no to him"
{hard,difficult,impossible} to tell | hedge | doubt | 0.7 | next=whether,if,how,what,when,why,where,who,which,yet,from,for   # not "hard to tell them apart"
# "far from clear" (a cue in the Szeged Wikipedia train split); "far from the truth" is none.
far from {clear,certain,conclusive,settled,proven,sure,obvious} | hedge | doubt | 0.8
not well understood     | hedge | doubt | 0.6
# Evidence or results that settle nothing lower certainty, but none of the annotated train splits
# marks them a cue (0 of 6 rows with "inconclusive" or "not conclusive" have one): a weight below
# every label threshold.
{inconclusive,not conclusive,not entirely conclusive,not fully conclusive,not yet conclusive} | hedge | doubt | 0.4
little is known         | hedge | doubt | 0.9
it is unknown           | hedge | doubt | 0.9
remains unclear         | hedge | doubt | 0.95
remain{,s} to be        | hedge | doubt | 0.9
remain{,s} to be confirmed | hedge | doubt | 0.9
# "has yet to be proven", "remains to be proven": what is not yet shown, where "proven" alone
# would boost (the Szeged annotation marks "yet to be determined / understood" and "unproven").
yet to be {proven,proved,confirmed,established,determined,understood,verified,demonstrated,shown,explained,clarified,elucidated} | hedge | doubt | 0.7
remain to be {proven,proved,shown,established,demonstrated} | hedge | doubt | 0.9
remains to be {proven,proved,shown,established,demonstrated} | hedge | doubt | 0.9
remained to be {proven,proved,shown,established,demonstrated} | hedge | doubt | 0.9
un{proven,proved}       | hedge | doubt | 0.7
unconfirmed             | hedge | doubt | 0.7
remains to be seen      | hedge | doubt | 0.95
no evidence             | hedge | doubt | 0.5
no proof                | hedge | doubt | 0.8
cannot rule out         | hedge | possible | 0.9
can't rule out          | hedge | possible | 0.9
cannot be ruled out     | hedge | possible | 0.9
cannot be excluded      | hedge | possible | 0.9
cannot exclude          | hedge | possible | 0.8
not rule out            | hedge | possible | 0.8
raises the possibility  | hedge | possible | 0.9

# ---------------------------------------------------------------------------------------------
# Conditionals and investigation
# ---------------------------------------------------------------------------------------------
# "unclear whether", "not sure if", "I doubt whether": the clause a doubt governs is one doubt with
# it, not a second hedge (certainty had counted both: 0.02 for "it was unclear whether the decline
# would go on"). Right after the doubt only: "Nobody is certain whether it will work" keeps its
# "whether", the only doubt found.
if                      | hedge | conditional | 0.6  | !after=doubt
unless                  | hedge | conditional | 0.65
whether                 | hedge | investigation | 0.95 | !after=doubt
whether or not          | hedge | investigation | 0.8
{questioned,wondered} whether | hedge | investigation | 0.95   # the reporting cues of the same words had swallowed the "whether" ("Critics questioned whether …": 6 of 6 uncertain in the hedge data; "wonder whether/if" 14 of 16)
questioning whether     | hedge | investigation | 0.95   # so too "is questioning whether …", which reporting.lex also lists (a longer reporting cue hides a hedge inside it)
questioning if          | hedge | investigation | 0.95 | prev=is,are,was,were,be,been,am,also,now,still,not,already   # not the noun's conditional: "using more intrusive questioning if there was a …"
either                  | hedge | possible | 0.1  | !next=#stop   # not the adverb closing a sentence: "nobody likes breakdowns either."
or                      | hedge | possible | 0.05
and/or                  | hedge | possible | 0.15
investigate{,s}         | hedge | investigation | 0.5
to determine            | hedge | investigation | 0.35
to confirm              | hedge | investigation | 0.35
to verify               | hedge | investigation | 0.4

# ---------------------------------------------------------------------------------------------
# Approximators: below every label threshold on their own
# ---------------------------------------------------------------------------------------------
about                   | hedge | approximator | 0.05 | next=#num
around                  | hedge | approximator | 0.05 | next=#num
roughly                 | hedge | approximator | 0.1
approximately           | hedge | approximator | 0.05
nearly                  | hedge | approximator | 0.05
almost                  | hedge | approximator | 0.05
some                    | hedge | approximator | 0.05 | next=#num
more or less            | hedge | approximator | 0.15
sort of                 | hedge | approximator | 0.1 | !prev=a,the,this,that,any,every,one,what,which
kind of                 | hedge | approximator | 0.1 | !prev=a,the,this,that,any,every,one,what,which

# ---------------------------------------------------------------------------------------------
# Boosters. Negated adverbs flip to hedges ("not necessarily"); negated verbs of proof are
# dropped rather than flipped ("did not confirm" is a negative finding, not uncertainty), and so
# are their infinitives ("a trial would be needed to prove it" asserts no proof).
# ---------------------------------------------------------------------------------------------
clearly                 | booster | certainty | 0.5
definitely              | booster | certainty | 0.6
certainly               | booster | certainty | 0.6
undoubtedly             | booster | certainty | 0.7
undeniably              | booster | certainty | 0.7
unquestionably          | booster | certainty | 0.7
no doubt                | booster | certainty | 0.6  | neg=drop
without doubt           | booster | certainty | 0.7  | neg=drop
without a doubt         | booster | certainty | 0.7  | neg=drop
beyond doubt            | booster | certainty | 0.7  | neg=drop
there is no question    | booster | certainty | 0.7  | neg=drop !next=of
there's no question     | booster | certainty | 0.7  | neg=drop !next=of
there was no question   | booster | certainty | 0.7  | neg=drop !next=of
there can be no question | booster | certainty | 0.7 | neg=drop !next=of
no question about it    | booster | certainty | 0.7  | neg=drop
without question        | booster | certainty | 0.6  | neg=drop
of course               | booster | certainty | 0.4  | neg=drop
obviously               | booster | certainty | 0.5
evidently               | booster | certainty | 0.4
surely                  | booster | certainty | 0.3
indeed                  | booster | certainty | 0.3
in fact                 | booster | certainty | 0.3  | neg=drop
always                  | booster | certainty | 0.15
necessarily             | booster | certainty | 0.4
sure                    | booster | certainty | 0.3  | !prev=make,makes,made,making
sure that               | booster | certainty | 0.3  | !prev=make,makes,made,making   # as "doubtful that": shared with reporting.lex's "sure that"
certain that            | booster | certainty | 0.5
certain to              | booster | certainty | 0.5    # "He is certain to be selected" (not "certain people")
confident that          | booster | certainty | 0.4  | neg=flip:0.8
confident               | booster | certainty | 0.4  | neg=flip:0.8 prev=am,is,are,was,were,be,been,not,feel,feels,felt,remain,remains,remained !next=in,of,about   # "We are confident the bill will pass", "not confident" (a doubt); not "confident in her ability", a trust, nor "a confident player"
# "We can be certain that …": a certainty, not the hedge "can".
can be {certain,sure}   | booster | certainty | 0.5
it is clear             | booster | certainty | 0.5
clear that              | booster | certainty | 0.4
demonstrate{,s,d}       | booster | certainty | 0.3  | neg=drop !prev=to
demonstrating           | booster | certainty | 0.3  | neg=drop
prove{,s,d,n}           | booster | certainty | 0.4  | neg=drop !prev=to !after=if,unless,whether !next=a,an,beneficial,challenging,controversial,costly,critical,crucial,deadly,decisive,difficult,disastrous,easy,effective,elusive,expensive,fatal,fruitless,futile,hard,harmful,impossible,inadequate,ineffective,insufficient,invaluable,key,less,more,pivotal,popular,problematic,successful,too,tricky,unpopular,unsuccessful,useful,very,vital   # "if proven": a condition, no certainty
# ("Integration could prove difficult", "it proved a success": "turn out", a linking verb, no certainty.)
confirm{,s,ed}          | booster | certainty | 0.2  | neg=drop !prev=to !after=if,unless,whether   # "needed to confirm", "declined to confirm": no confirmation
establish{es,ed}        | booster | certainty | 0.2  | neg=drop !prev=to !next=in,on,at,by,as,under,since,during   # not founding: "the company was established in 1990", "established as a charity"
conclusively            | booster | certainty | 0.6
irrefutabl{e,y}         | booster | certainty | 0.7

# ---------------------------------------------------------------------------------------------
# Negators
# ---------------------------------------------------------------------------------------------
not                     | negator | - | 0
no                      | negator | - | 0
never                   | negator | - | 0
cannot                  | negator | - | 0
can't                   | negator | - | 0
couldn't                | negator | - | 0
don't                   | negator | - | 0
doesn't                 | negator | - | 0
didn't                  | negator | - | 0
isn't                   | negator | - | 0
aren't                  | negator | - | 0
wasn't                  | negator | - | 0
weren't                 | negator | - | 0
won't                   | negator | - | 0
wouldn't                | negator | - | 0
shouldn't               | negator | - | 0
hasn't                  | negator | - | 0
haven't                 | negator | - | 0
hadn't                  | negator | - | 0
n't                     | negator | - | 0
hardly                  | negator | - | 0
scarcely                | negator | - | 0
barely                  | negator | - | 0
without                 | negator | - | 0
neither                 | negator | - | 0
nor                     | negator | - | 0
nobody                  | negator | - | 0
none                    | negator | - | 0
nothing                 | negator | - | 0

# ---------------------------------------------------------------------------------------------
# Look-alikes: phrases that contain a cue word but carry no uncertainty
# ---------------------------------------------------------------------------------------------
military might          | block | lookalike | 0
believe{,s,d} me        | block | lookalike | 0   # "believe me, …", "nobody believed me": trust, not a belief
{can't,cannot,couldn't,could not} believe | block | lookalike | 0   # "he could not believe what had happened": astonishment at a fact, not doubt
{can hardly,could hardly,can barely,could barely,can scarcely,could scarcely} believe | block | lookalike | 0   # "she could hardly believe it": astonishment too
economic might          | block | lookalike | 0
its might               | block | lookalike | 0
might and main          | block | lookalike | 0
with all {his,her,their,its} might | block | lookalike | 0
may day                 | block | lookalike | 0
the may                 | block | lookalike | 0
may i                   | block | lookalike | 0
suggestion {box,boxes,scheme,schemes} | block | lookalike | 0   # a place or scheme for proposals, no suggestion made
can of                  | block | lookalike | 0
cans of                 | block | lookalike | 0
appear{,s,ed,ing} in    | block | lookalike | 0
appear{,s,ed,ing} on    | block | lookalike | 0
appear{,s,ed,ing} at    | block | lookalike | 0
appear{,s,ed,ing} before | block | lookalike | 0
appear{,s,ed,ing} as    | block | lookalike | 0
appear{,s,ed,ing} with  | block | lookalike | 0
appeared in court       | block | lookalike | 0
as possible             | block | lookalike | 0
whenever possible       | block | lookalike | 0
wherever possible       | block | lookalike | 0
where possible          | block | lookalike | 0
made possible           | block | lookalike | 0
made it possible        | block | lookalike | 0
make{,s} it possible    | block | lookalike | 0
making it possible      | block | lookalike | 0
best possible           | block | lookalike | 0
highest possible        | block | lookalike | 0
lowest possible         | block | lookalike | 0
shortest possible       | block | lookalike | 0
every possible          | block | lookalike | 0
all possible            | block | lookalike | 0
likely {voter,voters,caucusgoers,caucus-goers} | block | lookalike | 0   # a poll's population ("among likely voters"), not a hedge
likely {Republican,Democratic,primary,general-election} voters | block | lookalike | 0
likely {Republican,Democratic} primary voters | block | lookalike | 0
school of thought       | block | lookalike | 0
# Taking on a post or a power, no supposition ("She assumed office in 2019", "assumed command of
# the fleet"; 3 of 3 in the Szeged and CoNLL train splits are no cue: the `!next` of "assume" and
# "assuming" above, and the commonest roles here); "presumed innocent" is a legal status.
assumed the {role,roles,presidency,throne,title,mantle,helm,leadership,chairmanship} | block | lookalike | 0
{assume,assumes,assuming} the role | block | lookalike | 0
{assume,assumes,assuming} the presidency | block | lookalike | 0
{assume,assumes,assuming} the title | block | lookalike | 0
presumed innocent       | block | lookalike | 0
until proven guilty     | block | lookalike | 0
line of thought         | block | lookalike | 0
freedom of thought      | block | lookalike | 0
food for thought        | block | lookalike | 0
second thought{,s}      | block | lookalike | 0
thought process         | block | lookalike | 0
thought{ ,-}provoking   | block | lookalike | 0
# A person's not having known a thing ("he said he had not known about any wrongdoing") is what
# the person did not know, no doubt about the claim ("It is not known whether …" is).
{had,has,have} not known | block | lookalike | 0
as expected             | block | lookalike | 0
than expected           | block | lookalike | 0
# ("weaker than feared", "better than hoped", "higher than forecast": the same comparison with
# what someone feared, hoped or forecast.)
than {feared,anticipated,hoped,forecast,predicted} | block | lookalike | 0
# A comparison with what someone expected is no hedge of its own ("faster than we expected",
# "larger than previously thought": none of the 5 in the train splits is a cue).
than {we,i,they,he,she,you,many,most,anyone,some,analysts,economists,forecasters,investors,previously,originally,initially,once,widely,first,markets,traders,the market,the markets,the bank,the city,the government,officials} expected | block | lookalike | 0
# (With "had": "more dovish than markets had expected".)
than {we,i,they,he,she,you,many,most,anyone,some,analysts,economists,forecasters,investors,markets,traders,the market,the markets,the bank,the city,the government,officials} had expected | block | lookalike | 0
than {previously,originally,initially,once,first,commonly,widely,generally} thought | block | lookalike | 0
than {previously,originally,initially,once,first,commonly,widely,generally} believed | block | lookalike | 0
as {we,i,they,he,she,you,many,most,previously,widely} expected | block | lookalike | 0
as if                   | block | lookalike | 0
what if                 | block | lookalike | 0
if any                  | block | lookalike | 0
or so                   | block | lookalike | 0
or more                 | block | lookalike | 0
or less                 | block | lookalike | 0
whether it be           | block | lookalike | 0
of course not           | block | lookalike | 0
# (A confirmation still to come confirms nothing: "Release date to be confirmed", "details are still to be
# confirmed", "will be confirmed next week"; "has been confirmed" stays a booster.)
be confirmed            | block | lookalike | 0
see {it,this,that,them,these,those} confirmed | block | lookalike | 0   # "I'd want to see this confirmed": a confirmation wished for, none made
