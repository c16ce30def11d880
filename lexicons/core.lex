# placeholder
may | hedge | modal | 0.5 | case=lower !next=#num
most likely | hedge | probable | 0.6
not clear | hedge | doubt | 0.6
clearly | booster | certainty | 0.5
not | negator | - | 0
military might | block | lookalike | 0
