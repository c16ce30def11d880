# Reporting cues: verbs and phrases of saying, used by attribution.
# The class is the commitment the cue carries: neutral, commit, distance, deny.
# (placeholder; the attribution work fills this in)
said | reporting | neutral | 0.5
say{,s} | reporting | neutral | 0.5
told | reporting | neutral | 0.5
according to | reporting | neutral | 0.5
