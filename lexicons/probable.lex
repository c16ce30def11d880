# probable.lex: how much a probable claim lowers certainty, for the profiles whose cue effects are
# 3 x weight (`news` and `wikipedia`: core.lex + reporting.lex + probable.lex + the profile's
# file). `science` does not load it: its learned overlay (science-certainty.lex) grades these.
#
# "Likely", "probably" and "almost certainly" mark a sentence uncertain as surely as "may" does
# (the weight decides the label), but a probable claim is surer than a possible one: with the
# default effect (3 x weight) "almost certainly" scored 0.30 and "likely" 0.19, under "could"
# (0.40). These effects order them as people do: a flat claim 0.80 > "almost certainly", "there
# is little doubt" 0.69 > "most likely", "in all likelihood" 0.60 > "likely", "probably",
# "probable", "is expected to" 0.55 > "could" 0.40 > "may" 0.21 > "unlikely", "not likely"
# 0.19. The rated findings of Pei & Jurgens (train split, `epistemic learn --graded`) put
# "likely" and "most likely" at a third of the effect of "may", too. Pearson r with their
# ratings, default profile: dev 0.500 -> 0.503, train 0.575 -> 0.586.
@effect likely | hedge | -1.2
@effect probably | hedge | -1.2
@effect probable | hedge | -1.2
@effect most likely | hedge | -1.0
@effect in all likelihood | hedge | -1.0
@effect {almost,nearly,virtually} certainly | hedge | -0.6
@effect {almost,nearly,virtually,all but} certain | hedge | -0.6
@effect little doubt | hedge | -0.6
@effect {is,are,was,were} expected to | hedge | -1.2
@effect expected to | hedge | -1.2
