# Reporting cues: verbs and phrases of saying, used by attribution (`epistemic` finds the source
# phrase next to each one: "Kirby said", "said Kirby", "according to the ministry").
# The class is the commitment the cue carries for the author:
#   neutral  - the author only relays ("said", "told");
#   commit   - the author endorses what is reported ("confirmed", "acknowledged", "noted");
#   distance - the author keeps a distance ("claimed", "alleged");
#   deny     - the source asserts the negation ("denied").
# The weight is unused by scoring (reporting cues are not hedges); 0.5 by convention.
# A cue also listed as a hedge or booster in core.lex ("alleged", "confirmed") stays a hedge or
# booster for certainty; attribution still reads its commitment from here.

# --- neutral: verbs of saying ---------------------------------------------------------------
said                    | reporting | neutral  | 0.5
say{,s}                 | reporting | neutral  | 0.5
saying                  | reporting | neutral  | 0.5
quoted as saying        | reporting | neutral  | 0.5   # "the agency was quoted as saying"
as saying               | reporting | neutral  | 0.5   # "the FT quoted an insider as saying": the one quoted
telling                 | reporting | neutral  | 0.5   | tags=quotes !prev=is,are,was,were,be,been,am,very,most,more,less,particularly,especially,quite,so,too,a,the,in
told                    | reporting | neutral  | 0.5
{is,are,was,were} telling | reporting | neutral | 0.5 | !next=that,how,what,why,when,whether,in,of,about,#stop,#comma   # "Trump is telling a town hall that …"; not "It is telling that …", "That is telling."
# "…, an inquest has heard", "The court heard that …": what was said before a court or a
# hearing, its source the court (British court reporting). Not anyone's hearing: "She heard that
# the ferry would close" is no report.
{heard,has heard,had heard} | reporting | neutral | 0.5 | prev=court,inquest,trial,jury,jurors,tribunal,hearing,inquiry,magistrates
tell{,s}                | reporting | neutral  | 0.5
according to            | reporting | neutral  | 0.5   | !prev=went,go,goes,going,gone,rank,ranks,ranked,ranking,vary,varies,varied,varying,differ,differs,differed,sorted,grouped,classified,graded,rated,adjusted,divided,priced,scaled,weighted,arranged,categorised,categorized,organised,organized,act,acts,acted,acting,behave,behaves,behaved,tailored,proceed,proceeded,proceeding,allocated,distributed,assigned,calculated,modelled,modeled,designed,built,governed,played,paid,treated,judged,perform,performs,performed,recite,recited,sung,run,runs,operate,operates,operated,differently !next=plan,schedule,script,need,needs,merit,merits,seniority,size,age,preference,taste   # "went according to plan", "prices vary according to the size": a manner, not a source
in the words of         | reporting | neutral  | 0.5   # "In the words of one participant, …": the source after the cue, as with "according to"
as {reported,noted,stated,explained,described,argued,suggested,pointed out,observed} by | reporting | neutral  | 0.5   # "As noted by Brown (2020), most studies …": the source after the cue, as with "according to"
add{s,ed}               | reporting | neutral  | 0.5
wrote                   | reporting | neutral  | 0.5
write{s}                | reporting | neutral  | 0.5
reported                | reporting | neutral  | 0.5   | !next=from !prev=user,credit,annual,earnings,a,an,the   # "Lerer reported from Los Angeles.": a byline; "user reports": a noun; "a reported $85m": an adjective
reports                 | reporting | neutral  | 0.5   | !next=from,say,said,says,state,stated,suggest,suggested,suggests,claim,claimed,claims,indicate,indicated,indicates,show,showed,shows !prev=#poss,user,credit,annual,earnings,a,an,the,those,these,such,other,some,many,several,any,no,his,her,their,its,our,my,your,recent,earlier,previous,initial,unconfirmed,conflicting,published,about,after,against,amid,at,before,by,despite,during,following,for,from,in,into,on,over,to,under,without   # "Initial reports suggested …", "newspaper reports claim …": a noun before its verb; "dismissed those reports as …": a noun after a determiner; "outrage at reports that …", "amid reports": a noun after a preposition
stated                  | reporting | neutral  | 0.5
explain{s,ed}           | reporting | neutral  | 0.5
asked                   | reporting | neutral  | 0.5   | !next=not   # "who asked not to be named": a request, reporting nothing
ask{s}                  | reporting | neutral  | 0.5
replied                 | reporting | neutral  | 0.5
replies                 | reporting | neutral  | 0.5   | !prev=the,a,no,his,her,their,its,our,my,your,two,three,several,many,written
responded               | reporting | neutral  | 0.5   | tags=quotes !next=to,by,with,in,quickly
responded that          | reporting | neutral  | 0.5
responds that           | reporting | neutral  | 0.5
retorted that           | reporting | neutral  | 0.5
shot back that          | reporting | neutral  | 0.5
fired back that         | reporting | neutral  | 0.5
continued that          | reporting | neutral  | 0.5
boasted that            | reporting | neutral  | 0.5
bragged that            | reporting | neutral  | 0.5
{boasts,brags,boasting,bragging} that | reporting | neutral | 0.5   # "Trump brags that's good news for Republicans."
lamented that           | reporting | neutral  | 0.5
bemoaned that           | reporting | neutral  | 0.5
scoffed that            | reporting | neutral  | 0.5
surmised that           | reporting | neutral  | 0.5
opined that             | reporting | neutral  | 0.5
posted that             | reporting | neutral  | 0.5
emailed that            | reporting | neutral  | 0.5
texted that             | reporting | neutral  | 0.5
charged that            | reporting | neutral  | 0.5
marveled that           | reporting | neutral  | 0.5
repeated that           | reporting | neutral  | 0.5
questioned whether      | reporting | neutral  | 0.5
wondered whether        | reporting | neutral  | 0.5
demanded that           | reporting | neutral  | 0.5
proclaimed that         | reporting | neutral  | 0.5
exclaimed that          | reporting | neutral  | 0.5
whispered that          | reporting | neutral  | 0.5
remembered that         | reporting | neutral  | 0.5
records that            | reporting | neutral  | 0.5   | prev=chronicle,chronicles,annals,diary,history,register,log,archive,ledger,minutes,inscription,entry,account,book,letter,census   # "The Anglo-Saxon Chronicle records that …": a document's account; not the noun, "paper records that Linick questioned"
understands that        | reporting | neutral  | 0.5   # "The committee understands that …", "BBC Sport understands that …"
# "The BBC understands …", "BBC Sport understands Morgan is …": a newsroom's own sources, with no
# "that" (British news usage); after a newsroom's word only ("he understands the league" is no report).
understands             | reporting | neutral  | 0.5   | prev=bbc,sport,news,times,guardian,telegraph,independent,observer,post,journal,reuters,herald,mirror,sun,mail,express,itv,sky,politico,axios,cnn,nbc,abc,cbs
ruled                   | reporting | neutral  | 0.5   | !next=out,on,by,in,the,a,an,as,against,for,him,her,them,it,his,their,its,#cap,over,with,from,to,off,#num,upon,unconstitutional,illegal,invalid,void   # a court's or a referee's ruling ("the court ruled that …", "…, a court has ruled."); not "ruled out", "ruled by", "ruled against", "ruled Davenport out", "ruled the contract void": PolNeAR train +1 matched, dev +2 for +1 attributed, BBC 20 sentences (courts, Law Lords, tribunals, a jury, referees; two "they" now the judges or the commission that ruled)
ruling that            | reporting | neutral  | 0.5   | prev=#comma   # "A judge blocked the law, ruling that it would burden …": the participle after a comma reports for the subject, as "saying" does; not the noun, "a ruling that …"
expressed hope that     | reporting | neutral  | 0.5
expressed concern that  | reporting | neutral  | 0.5
continued               | reporting | neutral  | 0.5   | tags=quotes !next=to,on,in,through,until,its,his,her,their,the,a
recalled                | reporting | neutral  | 0.5
tweeted                 | reporting | neutral  | 0.5
tweeting                | reporting | neutral  | 0.5   | !prev=#poss,the,a,an,his,her,their,its,our,my,your,of,about,for,from,in,on,stop,stopped,quit,habit   # "…, tweeting that …", "quashed rumors … by tweeting that …"; not "his tweeting", "stopped tweeting"
announced               | reporting | neutral  | 0.5
argue{s,d}              | reporting | neutral  | 0.5
suggested               | reporting | neutral  | 0.5
declared                | reporting | neutral  | 0.5   | !next=victory,bankruptcy,war,an,a,the,his,her,their !prev=#poss,the,his,her,their,its,our,my,your,openly   # "the party's declared aims": an adjective
predicted               | reporting | neutral  | 0.5
estimated               | reporting | neutral  | 0.5
warn{s,ed}              | reporting | neutral  | 0.5
cautioned               | reporting | neutral  | 0.5
urged                   | reporting | neutral  | 0.5
observed                | reporting | neutral  | 0.5
remarked                | reporting | neutral  | 0.5
commented               | reporting | neutral  | 0.5
quipped                 | reporting | neutral  | 0.5
joked                   | reporting | neutral  | 0.5
shouted                 | reporting | neutral  | 0.5
yelled                  | reporting | neutral  | 0.5
promised                | reporting | neutral  | 0.5
vowed                   | reporting | neutral  | 0.5
pledged                 | reporting | neutral  | 0.5   | tags=quotes !next=to,his,her,their,the,a,an,support,million,billion,#num
countered               | reporting | neutral  | 0.5
complained              | reporting | neutral  | 0.5
mused                   | reporting | neutral  | 0.5
put{,s} it              | reporting | neutral  | 0.5   | !next=up,into,onto,down,back,away,out,off,through,together,forward,aside,behind,over,under,across,around,there,here   # "as X put it", "as X puts it" ("in a statement", "on Twitter"); not "she put it back"
put{,s}                 | reporting | neutral  | 0.5   | prev=estimates,figures,forecasts,projections,calculations,polls,counts,tallies,police,organisers,organizers !next=out,up,on,off,in,down,forward,together,pressure   # "Subsequent estimates put the figure closer to 54,000", "Police put the crowd at 5,000": a figure reported (not "A rough estimate puts the cost at …", the author's own reckoning)
in a statement          | reporting | neutral  | 0.5
citing                  | reporting | neutral  | 0.5
quoting                 | reporting | neutral  | 0.5

# Verbs that report a stance, a finding or a position rather than words spoken: PolNeAR, the
# attribution corpus, annotates these as attributions too ("Kirby believes that …", "the
# senator accused Russia of …"), and they tell whose view a sentence gives.
agreed                  | reporting | neutral  | 0.5   | !next=to,a,an   # "agreed to leave their loans", "agreed a content deal": an act agreed, not words
concluded               | reporting | neutral  | 0.5
conclude{s}             | reporting | neutral  | 0.5
stressed                | reporting | neutral  | 0.5
emphasized              | reporting | neutral  | 0.5
emphasised              | reporting | neutral  | 0.5
maintained              | reporting | neutral  | 0.5   | tags=quotes   # "maintained his lead": a claim only with "that"
maintained that         | reporting | neutral  | 0.5
# "The court held that …", "Local legend holds that …": a ruling or a received view; not "held that
# post", "holds that record" (a thing held).
{holds,held} that       | reporting | neutral  | 0.5   | !next=post,posts,seat,seats,record,records,title,titles,job,jobs,office,position,positions,view,views,belief,beliefs,opinion,opinions,line,lead,rank,role,stake,land,property,ground,distinction,honour,honor,power,spot,place,share,shares,account,mark,way,note,pose,promise,balance,course
asserted                | reporting | neutral  | 0.5
testified               | reporting | neutral  | 0.5
describe{s,d}           | reporting | neutral  | 0.5
characterized           | reporting | neutral  | 0.5
accused                 | reporting | neutral  | 0.5   | !next=of,in,by   # "the man accused of buying the guns": the accused, not the accuser
touted                  | reporting | neutral  | 0.5
predict{s}              | reporting | neutral  | 0.5
# "forecast" as a verb of saying with its clause only ("Mr. Putin forecast that the economy
# would …", "analysts had forecast that …"); not the noun ("the forecast that …", "its
# forecast that …"), nor a forecast of a thing ("forecast growth of 2%").
forecast{,s,ed} that    | reporting | neutral  | 0.5   | !prev=#poss,the,a,an,this,that,these,those,its,their,his,her,our,my,your,no,any,some,every,each,weather,economic,latest,new,official,previous,earlier,gloomy,optimistic,rosy,bleak,budget,growth,sales,profit,profits,earnings,revenue
suggest{s}              | reporting | neutral  | 0.5
estimates               | reporting | neutral  | 0.5   | !prev=by,on,of,from,with,to,conservative,the,these,those,its,his,her,their,our,latest,new,early,initial,some,most,and,#poss,modern,recent,official,current,previous,earlier,subsequent,independent,rough,best,preliminary,revised,other,higher,lower,various,many,several,different,such,conflicting,upper,central !next=of,vary,varied,range,ranged,differ,differed,suggest,suggested,put,show,showed,are,were,have,had   # "by conservative estimates", "Modern estimates of the numbers vary": a noun
# The plain form for a plural subject ("Analysts at Baird estimate the company shipped …"); a noun
# after a determiner, a quantity's adjective or a preposition ("a rough estimate", "the best
# estimate of"), or before its own verb ("the estimate is", "estimate puts").
estimate                | reporting | neutral  | 0.5   | !prev=i,we,you,to,will,would,could,can,may,might,do,did,does,should,must,cannot,not,a,an,the,this,that,these,those,its,his,her,their,our,my,your,#poss,#num,rough,best,conservative,initial,latest,new,early,official,preliminary,first,revised,lower,higher,low,high,by,on,of,from,with,and,some,any,no,one,every,each,government,independent,current,previous,earlier,final,own,cost,budget,price !next=of,for,is,was,puts,put,suggests,suggested,shows,showed,from,by,at,in,and,has,had,will,would
wondered                | reporting | neutral  | 0.5
called for              | reporting | neutral  | 0.5
# "Rubio called the statement 'offensive'", "Ayotte called on others to …": a stance (PolNeAR
# train: +47 sentences matched, +34 attributed outside gold content, which mostly leaves such
# stances unannotated). A participle after a common noun ("a group called …") and "called him"
# with no name or quotation after it (a telephone call) are filtered in code, and so is "called a"
# or "called an" with no quotation in the words after it ("called a press conference", "called an
# election"; "called a second booster 'premature at best'" reports).
called                  | reporting | neutral  | 0.5   | !prev=so,was,were,is,are,be,been,being,the,a,an,his,her,their,its,our,my,your,phone,conference,#num,and,no,many,few,recent,several,repeated,growing,new !next=off,up,in,into,back,out,my,his,their,our,#num
calls                   | reporting | neutral  | 0.5   | !prev=so,was,were,is,are,be,been,being,the,a,an,his,her,their,its,our,my,your,phone,conference,#num,and,no,many,few,recent,several,repeated,growing,new,#poss,democratic,republican,public !next=off,up,in,into,back,out,my,his,their,our,#num
calls for               | reporting | neutral  | 0.5   | !prev=so,was,were,is,are,be,been,being,the,a,an,his,her,their,its,our,my,your,phone,conference,#num,and,no,many,few,recent,several,repeated,growing,new,#poss,democratic,republican,public   # "Trump calls for …", as "called for"
posted                  | reporting | neutral  | 0.5   | tags=quotes !next=a,an,the,his,her,their,photo,photos,video,videos,on,online,#num
# "Harris posted on X that the bill was …": a post on a platform reports; "posted on Facebook a photo of …" does not.
# (PolNeAR train +2 matched for +2 sources: "video posted on social media of the scene", a church's post; dev and BBC unchanged.)
posted on X             | reporting | neutral  | 0.5   | !next=a,an,the,his,her,their,its,photo,photos,video,videos,pictures,#num
posted on Twitter       | reporting | neutral  | 0.5   | !next=a,an,the,his,her,their,its,photo,photos,video,videos,pictures,#num
posted on Facebook      | reporting | neutral  | 0.5   | !next=a,an,the,his,her,their,its,photo,photos,video,videos,pictures,#num
posted on Instagram     | reporting | neutral  | 0.5   | !next=a,an,the,his,her,their,its,photo,photos,video,videos,pictures,#num
posted on social media  | reporting | neutral  | 0.5   | !next=a,an,the,his,her,their,its,photo,photos,video,videos,pictures,#num
went on to say          | reporting | neutral  | 0.5
{had,has,have} this to say | reporting | neutral | 0.5   # "The Brookings paper had this to say: '…'"
{had,has,have} the following to say | reporting | neutral | 0.5
pointed to              | reporting | neutral  | 0.5   # "Kirby pointed to the delays as proof that …"
ordered                 | reporting | neutral  | 0.5   | !next=a,an,#num,more   # "ordered a review", "ordered 30 projects halted": an order given, not words
sees                    | reporting | neutral  | 0.5   | !next=to,off   # "Kirby sees the vote as …"; not "sees to that", "Martinez sees off Vinci challenge" (defeats)
recognize{s,d}          | reporting | neutral  | 0.5
highlighted             | reporting | neutral  | 0.5
portrayed               | reporting | neutral  | 0.5
made clear              | reporting | neutral  | 0.5   # "Kirby made clear that …"
made it clear           | reporting | neutral  | 0.5
made the case           | reporting | neutral  | 0.5
took aim at             | reporting | neutral  | 0.5
# A state of mind with "that", after a form of "be", "feel", "remain" or "seem" ("Aides are
# confident that …", "Clinton has long been frustrated that …"): the subject's view, as "believes
# that" (`tags=predicate`; with no such verb before it, as in "Parents concerned that … can call",
# no one's). "Worried" is a verb too: its entry below reads both ways (`tags=verb+predicate`:
# "Regulators worried that …", "Residents are worried that …"). PolNeAR train: +16 sentences
# matched, +18 attributed (the two outside gold content read right: "his donors remain confident
# that he will win"). "Sure" came later ("And she is sure that keeping Santilli in jail will …"); not
# "certain", whose "It is certain that …" has no one for subject.
{concerned,hopeful,optimistic,pessimistic,convinced,frustrated,upset,adamant,confident,sure,afraid,fearful,skeptical,sceptical,doubtful,angry,furious,disappointed,pleased,encouraged,heartened,alarmed} that | reporting | neutral | 0.5 | tags=predicate
{pledged,pledges} that  | reporting | neutral  | 0.5
spoke about             | reporting | neutral  | 0.5
talks about             | reporting | neutral  | 0.5
# "Kirby declined to say whether …", "declined to comment on …": the source's stance.
declined to             | reporting | neutral  | 0.5
# "Reid would not say whether …", "Stewart wouldn't say when …": the same stance.
{would,will,did} not say | reporting | neutral | 0.5
{wouldn't,won't,didn't} say | reporting | neutral | 0.5   # (curly apostrophes match too)
refused to say          | reporting | neutral  | 0.5
elaborated              | reporting | neutral  | 0.5
answered                | reporting | neutral  | 0.5
think{s}                | reporting | neutral  | 0.5
believe{s,d}            | reporting | neutral  | 0.5
feel{s}                 | reporting | neutral  | 0.5   | !next=alive,fine,sick,tired,well,better,worse,safe,lucky,blessed,honored,honoured,welcome,free,right,pain,pressure,like   # "feels alive and well": a state; "it feels like a lucky accident": a likeness
know{s}                 | reporting | neutral  | 0.5
# The plain forms report for a third person ("strategists think", "many believe"); after "I",
# "we" or "you", or an auxiliary, they are the author's voice or a question ("Do you think").
{think,believe}         | reporting | neutral  | 0.5   | !prev=i,we,you,to,will,would,could,can,may,might,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,really,also,just,still,always,never,often,sometimes,usually,all,both,actually,generally !next=tank,tanks,-tank,-tanks
{argue,warn,suggest,predict,conclude,complain,explain,write,indicate} | reporting | neutral | 0.5 | !prev=i,we,you,to,will,would,could,can,may,might,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,really,also,just,still,always,never,often,sometimes,usually,all,both,actually,generally
# "add" has no plain form above ("add{s,ed}"): "Analysts add that …", as "warn", with "that" only:
# "add to", "add 2%", "add more content" add a thing.
add                     | reporting | neutral  | 0.5   | case=lower !prev=i,we,you,to,will,would,could,can,may,might,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,really,also,just,still,always,never,often,sometimes,usually,all,both,actually,generally next=that
# "caution" likewise, with "that" only ("the authors caution that …"); the noun before "that" is
# rarer still, after an article or a verb of urging ("urged caution that …").
caution                 | reporting | neutral  | 0.5   | case=lower !prev=i,we,you,to,will,would,could,can,may,might,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,really,also,just,still,always,never,often,sometimes,usually,all,both,actually,generally,the,a,an,of,with,some,more,great,extreme,urged,urge,urges,urging,exercise,exercised,exercising,advised,advise,advises,counselled,counseled next=that
# Emphatic "did" and "does" before a plain form report as its past and present do: "But he did
# add that …", "the EC did warn the two were …", "Connors does admit that …": the plain forms'
# lines keep "do" out of their subjects ("I do think" is the author's voice) but not "did" and
# "does", which stand right before a verb only for emphasis ("did he think" has the subject
# between). "Stress" has no plain form of its own, and "point out" one before "that" only (below):
# with "did" and "does" here.
# (Not as "did think", "did suggest" …: a longer reporting cue would hide the hedge inside it.)
{did,does} stress       | reporting | neutral  | 0.5
{did,does} point out    | reporting | commit   | 0.5
agree                   | reporting | neutral  | 0.5   | !prev=i,we,you,to,will,would,could,can,may,might,did,does,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,really,also,just,still,always,never,often,sometimes,usually,all,both,actually,generally !next=to,a,an,#num   # "Brightwell and Castor agree $8 billion merger", "agree to talks": an act agreed, as with "agreed"
hope{s,d}               | reporting | neutral  | 0.5   | !prev=#poss,british,english,irish,scottish,welsh,american,french,german,spanish,italian,australian,olympic,medal,title,oscar,the,a,an,no,of,and,in,with,new,any,some,little,high,false,their,his,her,its,our,my,your,last,only,great,to,will,would,could,can,may,might,did,does,do,should,must,cannot !next=for   # "Cannabis hopes for drug firm", "hoped for a deal": a thing wished for, no words reported
fear{s,ed}              | reporting | neutral  | 0.5   | !prev=#poss,expressed,voiced,the,a,an,no,of,and,in,with,any,some,their,his,her,its,our,my,amid,over,growing,raised,sparked,allay,ease,worst,biggest,greatest,deepest,such,these,those,to,will,would,could,can,may,might,did,does,do,should,must,cannot !next=over,about,grow,grew,mount,mounted,rise,rose,remain,persist,ease,eased,linger,surface,emerge,among
expect{s,ed}            | reporting | neutral  | 0.5   | !next=to !prev=is,are,was,were,be,been,being,as,than,widely,not,had,has,have,the,an,what,more,less,such,most,least,long,much,better,worse,#poss
worr{y,ies,ied}         | reporting | neutral  | 0.5   | tags=verb+predicate !next=have,has,had,are,were,is,was !prev=a,an,very,more,most,increasingly,visibly,deeply,the,health,their,his,her,its,our,my,your,no,any,new,growing,security,money,financial,of,amid,despite,fresh,renewed,mounting,rising,lingering,continuing,allay,allayed,ease,eased,easing,inflation,supply,debt   # "Health worries have dogged …", "a welter of worries about …": a noun; "a worried spouse": an adjective
# The plain forms for a third person ("strategists hope", "many fear"), as for "think" above.
hope                    | reporting | neutral  | 0.5   | case=lower !prev=british,english,irish,scottish,welsh,american,french,german,spanish,italian,australian,olympic,medal,title,oscar,i,we,you,to,will,would,could,can,may,might,did,does,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,really,also,just,still,always,never,often,sometimes,usually,all,both,actually,generally,the,a,an,no,of,and,in,with,new,any,some,little,high,false,their,his,her,its,our,my,your,last,only,great,s,let's,let’s !next=for
expect                  | reporting | neutral  | 0.5   | case=lower !next=to !prev=is,are,was,were,be,been,being,as,than,widely,had,has,have,what,more,less,i,we,you,to,will,would,could,can,may,might,did,does,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,really,also,just,still,always,never,often,sometimes,usually,all,both,actually,generally,the,a,an,no,of,and,in,with,new,any,some,little,high,false,their,his,her,its,our,my,your,last,only,great,s,let's,let’s
fear                    | reporting | neutral  | 0.5   | case=lower !next=of,for,and !prev=i,we,you,to,will,would,could,can,may,might,did,does,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,really,also,just,still,always,never,often,sometimes,usually,all,both,actually,generally,the,a,an,no,of,and,in,with,new,any,some,little,high,false,their,his,her,its,our,my,your,last,only,great,greatest,biggest,worst,deepest,real,genuine,growing,widespread,public,s,let's,let’s

# Verbs that tag a quotation reliably ("'…,' he blasted") but give no sentence of their own to
# their subject ("Trump praised the ruling" reports no claim): `tags=quotes`.
praised                 | reporting | neutral  | 0.5   | tags=quotes
defended                | reporting | neutral  | 0.5   | tags=quotes
blasted                 | reporting | neutral  | 0.5   | tags=quotes
dismissed               | reporting | neutral  | 0.5   | tags=quotes
denounced               | reporting | neutral  | 0.5   | tags=quotes
blamed                  | reporting | neutral  | 0.5   | tags=quotes
echoed                  | reporting | neutral  | 0.5   | tags=quotes
reiterated              | reporting | neutral  | 0.5   # own sentences too: PolNeAR train +13 attributed, 9 right
condemned               | reporting | neutral  | 0.5   | tags=quotes
slammed                 | reporting | neutral  | 0.5   | tags=quotes
mocked                  | reporting | neutral  | 0.5   | tags=quotes
expressed               | reporting | neutral  | 0.5   | tags=quotes
refused                 | reporting | neutral  | 0.5   | tags=quotes
endorsed                | reporting | neutral  | 0.5   | tags=quotes
criticized              | reporting | neutral  | 0.5   | tags=quotes
questioned              | reporting | neutral  | 0.5   | tags=quotes
declined                | reporting | neutral  | 0.5   | tags=quotes
cited                   | reporting | neutral  | 0.5   | !next=involved,include,included,includes,were,was,are,is,above,below,earlier,here,in,as   # "The cases cited involved …", "cited as a factor": a participle; own sentences too ("He cited polling data showing …"): PolNeAR train +28 attributed, 20 right
voiced                  | reporting | neutral  | 0.5   | tags=quotes
reminded                | reporting | neutral  | 0.5   | tags=quotes
scoffed                 | reporting | neutral  | 0.5   | tags=quotes
snapped                 | reporting | neutral  | 0.5   | tags=quotes
fumed                   | reporting | neutral  | 0.5   | tags=quotes
laughed                 | reporting | neutral  | 0.5   | tags=quotes
boasted                 | reporting | neutral  | 0.5   | tags=quotes
bragged                 | reporting | neutral  | 0.5   | tags=quotes
lamented                | reporting | neutral  | 0.5   | tags=quotes
recounted               | reporting | neutral  | 0.5   | tags=quotes
retorted                | reporting | neutral  | 0.5   | tags=quotes
shot back               | reporting | neutral  | 0.5   | tags=quotes
fired back              | reporting | neutral  | 0.5   | tags=quotes
pleaded                 | reporting | neutral  | 0.5   | tags=quotes
demanded                | reporting | neutral  | 0.5   | tags=quotes
exclaimed               | reporting | neutral  | 0.5   | tags=quotes
whispered               | reporting | neutral  | 0.5   | tags=quotes
proclaimed              | reporting | neutral  | 0.5   | tags=quotes
interjected             | reporting | neutral  | 0.5   | tags=quotes
opined                  | reporting | neutral  | 0.5   | tags=quotes
recommended             | reporting | neutral  | 0.5   | tags=quotes
confessed               | reporting | neutral  | 0.5   | tags=quotes
jokes                   | reporting | neutral  | 0.5   | tags=quotes
offered                 | reporting | neutral  | 0.5   | tags=quotes
assured                 | reporting | neutral  | 0.5   | !prev=is,are,was,were,be,been,being,rest,self,fully,well next=him,her,them,us,me,you,voters,reporters,supporters,investors,residents,customers,fans,members,lawmakers,staff,parents,the,#cap,#stop,#comma   # a hearer and the clause after it ("Trump assured voters he'd force Mexico to pay"), or a quotation's tag ("'…,' he assured"); not "were assured of a berth", "rest assured"
remembered              | reporting | neutral  | 0.5   | tags=quotes
chanted                 | reporting | neutral  | 0.5   | tags=quotes
reacted                 | reporting | neutral  | 0.5   | tags=quotes
emailed                 | reporting | neutral  | 0.5   | tags=quotes
bemoaned                | reporting | neutral  | 0.5   | tags=quotes
declares                | reporting | neutral  | 0.5   | tags=quotes
pressed                 | reporting | neutral  | 0.5   | tags=quotes
riffed                  | reporting | neutral  | 0.5   | tags=quotes
texted                  | reporting | neutral  | 0.5   | tags=quotes
cracked                 | reporting | neutral  | 0.5   | tags=quotes
sighed                  | reporting | neutral  | 0.5   | tags=quotes
gushed                  | reporting | neutral  | 0.5   | tags=quotes
marveled                | reporting | neutral  | 0.5   | tags=quotes
charged                 | reporting | neutral  | 0.5   | tags=quotes
barked                  | reporting | neutral  | 0.5   | tags=quotes
beamed                  | reporting | neutral  | 0.5   | tags=quotes
answers                 | reporting | neutral  | 0.5   | tags=quotes
repeated                | reporting | neutral  | 0.5   | tags=quotes
surmised                | reporting | neutral  | 0.5   | tags=quotes
exhorted                | reporting | neutral  | 0.5   | tags=quotes
mocks                   | reporting | neutral  | 0.5   | tags=quotes
thundered               | reporting | neutral  | 0.5   | tags=quotes
retaliated              | reporting | neutral  | 0.5   | tags=quotes   # "“France will always be France,” an angry Hollande retaliated."
grumbled                | reporting | neutral  | 0.5   | tags=quotes
chimed in               | reporting | neutral  | 0.5   | tags=quotes
went on                 | reporting | neutral  | 0.5   | tags=quotes
goes on                 | reporting | neutral  | 0.5   | tags=quotes
# "The letter reads: '…'", "the sign read, '…'": a document's words.
read{,s}                | reporting | neutral  | 0.5   | tags=quotes !prev=i,we,you,to,will,would,could,can,may,might,did,does,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,really,also,just,still,always,never,often,sometimes,usually,all,both,actually,generally
issued a statement      | reporting | neutral  | 0.5   | tags=quotes   # "X issued a statement, “…”"
released a statement    | reporting | neutral  | 0.5   | tags=quotes
# "Partial transcript as follows:" introduces what follows as the transcript's.
as follows              | reporting | neutral  | 0.5

# --- present tense of the verbs above ("Trump asserts that …", headlines "Sanders Vows To …"):
# the third person singular; a form that is also a plural noun ("his remarks", "the tweets", "the
# United States") does not report after a determiner or possessive.
asserts                 | reporting | neutral  | 0.5
urges                   | reporting | neutral  | 0.5   | !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,recent,new,other,earlier,latest,public,campaign,sexual,primal
vows                    | reporting | neutral  | 0.5   | !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,recent,new,other,earlier,latest,public,campaign,wedding,marriage,monastic,labour,conservative,tory,democratic,republican,gop,liberal,election,electoral,government,party,manifesto,tax,spending,policy,political
pledges                 | reporting | neutral  | 0.5   | tags=quotes !next=to,his,her,their,the,a,an,support,million,billion,#num !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,recent,new,other,earlier,latest,public,campaign
announces               | reporting | neutral  | 0.5
promises                | reporting | neutral  | 0.5   | !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,recent,new,other,earlier,latest,public,campaign,campaign,broken,empty,false,big,labour,conservative,tory,democratic,republican,gop,liberal,election,electoral,government,party,manifesto,tax,spending,policy,political
cautions                | reporting | neutral  | 0.5   | !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,recent,new,other,earlier,latest,public,campaign
observes                | reporting | neutral  | 0.5
remarks                 | reporting | neutral  | 0.5   | tags=quotes !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,recent,new,other,earlier,latest,public,campaign,opening,closing,prepared,off-the-cuff,offhand,racist,sexist,controversial,brief,final,about,after,against,amid,at,before,by,despite,during,following,for,from,in,into,on,over,to,under,without   # "Candidate under fire over remarks on veterans": a noun after a preposition
stresses                | reporting | neutral  | 0.5   | !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,recent,new,other,earlier,latest,public,campaign
emphasizes              | reporting | neutral  | 0.5
emphasises              | reporting | neutral  | 0.5
complains               | reporting | neutral  | 0.5
reiterates              | reporting | neutral  | 0.5
testifies               | reporting | neutral  | 0.5
tweets                  | reporting | neutral  | 0.5   | !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,recent,new,other,earlier,latest,public,campaign,early-morning,late-night,angry,deleted
touts                   | reporting | neutral  | 0.5
characterizes           | reporting | neutral  | 0.5
accuses                 | reporting | neutral  | 0.5
charges that            | reporting | neutral  | 0.5
states that             | reporting | neutral  | 0.5   | !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,recent,new,other,earlier,latest,public,campaign,united,member,nuclear,gulf,baltic,arab,southern,northern,western,eastern,swing,battleground,red,blue,key,other,both,all,few,most,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve,dozen,fifty,50,democratic,republican,democrat,gop,purple,competitive,contested,tossup,toss-up,early,primary,border,coastal,rural,midwestern,industrial,small,smaller,large,larger,big,bigger,biggest,populous,crucial,critical,pivotal,important,european,african,asian,sovereign,island,rogue,failed,poor,poorer,rich,richer,wealthy,wealthier,frontline,neighbouring,neighboring,nearby,remaining,individual,respective,south,north,east,west
state that              | reporting | neutral  | 0.5   | case=lower !prev=#poss,the,a,an,each,every,any,one,this,that,another,no,which,what,whose,his,her,its,their,our,my,your,of,in,single,same,welfare,police,nation,member,home,swing,red,blue,key,sovereign,independent,federal,one-party,surveillance,nanny,deep,steady,solid,liquid,gaseous,excited,ground   # "Some sources state that …"; not "a state that borders …", "the welfare state that …"
states                  | reporting | neutral  | 0.5   | tags=quotes !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,recent,new,other,earlier,latest,public,campaign,united,member,nuclear,gulf,baltic,arab,southern,northern,western,eastern,swing,battleground,red,blue,key,other,both,all,few,most,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve,dozen,fifty,50,south,north,east,west,neighbouring,neighboring,nearby,remaining,individual,respective,democratic,republican,democrat,gop,purple,competitive,contested,tossup,toss-up,early,primary,border,coastal,rural,midwestern,industrial,small,smaller,large,larger,big,bigger,biggest,populous,crucial,critical,pivotal,important,european,african,asian,sovereign,island,rogue,failed,poor,poorer,rich,richer,wealthy,wealthier,frontline   !next=and,or,to,in,of,have,has,are,were,will,would,can,could,that   # "'…,' the lawsuit states"; not "the 50 states", "Deep South states, following …" ("states that" is its own entry)
maintains that          | reporting | neutral  | 0.5
maintains               | reporting | neutral  | 0.5   | tags=quotes
responds                | reporting | neutral  | 0.5   | tags=quotes !next=to,by,with,in,quickly
{praises,defends,blasts,dismisses,denounces,blames,condemns,criticizes,criticises,slams} | reporting | neutral | 0.5 | tags=quotes !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,recent,new,other,earlier,latest,public,campaign,sings,sang,sing,singing,grand

# --- more verbs of saying, each with its present tense; "that" where the bare verb often takes a
# thing ("signaled a shift", "contested the seat", "mentioned the case").
{speculated,speculates,theorized,theorizes,theorised,theorises,reasoned,wagered,wagers,guessed,guesses,posited,posits,postulated,postulates,hypothesized,hypothesizes,hypothesised,hypothesises} | reporting | neutral | 0.5 | !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,broad,strong,subtle
{clarified,clarifies,signaled,signalled,signals,underscored,underscores,underlined,underlines,mentioned,mentions} that | reporting | neutral | 0.5
# "Jones and Patel (2021) proposed that …": a proposition put forward, reported; "proposed a
# plan", "the proposed law" put forward a thing. A single word before "that", on the hedge's span
# (see below: a longer phrase would hide the hedge). ("proposes" is a headline's verb, below.)
proposed                | reporting | neutral  | 0.5   | next=that
# A hedge that opens a longer reporting phrase would lose its match to it ("implies that" hid the
# hedge "implies"): these report as single words, on the hedge's own span.
{implied,implies,doubted,doubts} | reporting | neutral | 0.5 | !prev=i,we,you,#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,serious,grave,growing,lingering,nagging,strong,real,own,raised,expressed,voiced,had,have,has !next=by,about,over,on,as,remain,remained,linger,lingered,persist,persisted,grew,grow
{reaffirmed,reaffirms,affirmed,affirms} | reporting | commit | 0.5
{contested,contests} that | reporting | deny | 0.5
{reckoned,reckons} | reporting | neutral | 0.5 | !next=with !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with
{objected,objects,protested,griped,gripes,informed,informs,advised,advises,reassured,reassures,rebuked,rebukes,rebutted,rebuts,ripped,rips,hammered,hammers,hit back,hits back,lashed out,lashes out} | reporting | neutral | 0.5 | tags=quotes !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with

# --- headlines: a present-tense verb of stance or action gives the headline to its subject
# ("Obama Seeks More Muslim Refugees", "House panel votes to hold aide in contempt", "Black
# Lawmakers Rip Trump"), where a story's sentence with the same verb reports no claim
# (`tags=headline`: the text's first line, its subheading after a semicolon, and a line standing
# alone between blank lines with no full stop: an article's heading in a collection).
{seeks,seek,wants,want,vow,pledge,urge,rip,blast,slam,praise,defend,blame,dismiss,denounce,condemn,criticize,criticise,rebuke,mock,backs,endorses,rejects,reject,questions,question,votes,pushes,push,aims,aim,looks to,look to,welcomes,demands,proposes,propose,compares,cites,cite,pressures,goes after,go after,sums up,doubles down,takes aim,take aim,lays out,weighs in,weigh in,backs away,opposes,oppose,supports,ask,deems,charge} | reporting | neutral | 0.5 | tags=headline !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,to,for,in,on,new,more,big,major,first,recent,latest,top

# --- commit: the author endorses -----------------------------------------------------------
confirm{s,ed}           | reporting | commit   | 0.5
acknowledge{s,d}        | reporting | commit   | 0.5
admit{s,ted}            | reporting | commit   | 0.5   | !next=#num,a,an,charges,counts,offences,offenses,manslaughter,murder,fraud,theft,assault,burglary,rape,possession,causing,dangerous,careless,drink-driving,perverting,misconduct,conspiracy,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve,several,multiple   # "Crewe admitted 14 counts of fraud": a plea, no words reported ("admitted the plan had failed" reports)
conceded                | reporting | commit   | 0.5
# "Mr Wynne accepted that he may have been too optimistic": a concession, with its "that" (not
# "accepted the offer", "to accept that", "the accepted view").
accept{s,ed} that       | reporting | commit   | 0.5   | !prev=to,will,would,could,can,may,might,did,does,do,should,must,cannot,not,never,widely,generally,commonly,universally
concedes                | reporting | commit   | 0.5
insist{s,ed}            | reporting | commit   | 0.5
# Plain forms for a third person ("critics acknowledge"), as for "think" above.
{acknowledge,admit,concede,confirm,insist} | reporting | commit | 0.5 | !prev=i,we,you,to,will,would,could,can,may,might,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,really,also,just,still,always,never,often,sometimes,usually,all,both,actually,generally
note{s,d}               | reporting | commit   | 0.5   | case=lower !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,some,any,no,populist,similar,sour,right,wrong,high,false,discordant,sticky,handwritten,detailed,taking,took,take,takes,compared,compare,comparing,internal,private,personal,lecture,field,liner,speaking,talking,grace,musical,promissory,suicide,ransom,thank-you,thank,love,explanatory,footnotes,editor's,from,by,of,among,with,for,most,many,several !next=of,from,as   # "results they have noted as interesting": marked; "struck populist notes", "the notes", "a noted author", "articles from noted scholars": nouns and an adjective
note                    | reporting | commit   | 0.5   | case=lower !prev=#poss,the,a,an,his,her,their,its,our,my,your,this,that,these,those,each,every,any,no,one,i,we,you,to,will,would,could,can,may,might,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,please,also,just,sticky,suicide,ransom,thank-you,love,final,brief,short,side,cover,foot,end,grace,musical,high,low,sour,false,right,wrong,positive,negative,hopeful,cautionary,lighter,happier,brighter,sadder,somber,sombre,upbeat,optimistic,pessimistic,serious,personal,similar,different,related,separate,more,promissory,bank,treasury,credit,debt !next=of,from,to,on,in,for,with,and,was,is,said,says,left,written,reads,read   # "Experts note that …"; "the note", "a note from", "on a hopeful note": the noun
pointed out             | reporting | commit   | 0.5
points out              | reporting | commit   | 0.5
# The plain form for a plural subject ("Labor leaders point out that …"), as for "acknowledge";
# with "that" only: "Trump and Clinton point out own credentials" (a headline) reports no claim.
point out that          | reporting | commit   | 0.5   | !prev=i,we,you,to,will,would,could,can,may,might,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,let,me,us,please,also,just,always,never
revealed                | reporting | commit   | 0.5
disclosed               | reporting | commit   | 0.5
shown that              | reporting | commit   | 0.5   | prev=have,has,had   # "Previous studies have shown that …" (not "has shown little interest")
shown                   | reporting | commit   | 0.5   | tags=quotes prev=have,has,had   # "…, official figures have shown.": a tag closing its sentence (not "has shown little interest")
learned                 | reporting | commit   | 0.5   | tags=quotes prev=have,has,had   # "…, The Post has learned.": a publication's tag closing its sentence (not "has learned to cope", "have learned their lesson")
showed                  | reporting | commit   | 0.5   | !next=up,off,around,me,us   # "showed off", "showed me where he slept": a thing or a place shown
shows                   | reporting | commit   | 0.5   | !next=off,around,me,us !prev=#poss,daily,late,tonight,the,a,his,her,their,its,our,my,your,tv,talk,news,radio,morning,sunday,reality,cable,television,cooking,of,at,in,on,for,from,with
show                    | reporting | commit   | 0.5   | !next=off,around,me,us !prev=#poss,daily,late,tonight,reality,morning,cooking,the,a,an,his,her,their,its,this,that,tv,talk,game,news,radio,road,air,trade,horse,fashion,to,will,would,could,can,may,might,did,does,do,should,must,cannot,has,have,had,on,chart,chat,quiz,motor,breakfast,comedy,music,panel,stage,variety,awards,dog,boat,car,flower,art,slide,cookery,magic,puppet
find{s}                 | reporting | commit   | 0.5   | !prev=we,i,you,to,will,would,could,can,may,might,did,does,do,should,must,cannot !next=suggest,suggested,show,showed,shown,indicate,indicated,reveal,revealed,include,included,are,were,have,had,date,dated,made,from,of   # "Archaeological finds suggest …": a plural noun before its verb
indicate{s,d}           | reporting | commit   | 0.5
reveal{s}               | reporting | commit   | 0.5
found                   | reporting | commit   | 0.5   | !prev=was,were,been,be,is,are,being,and,#num !next=guilty,dead,alive,innocent,out,himself,herself,itself,themselves,myself,ourselves,yourself,ways,in,on,at,among,near,inside,within,throughout,across   # "chemicals found in refrigerants": a participle
found that              | reporting | commit   | 0.5   | !prev=was,were,been,be,is,are,being,#num   # after "and" too: "… surveyed 2,000 firms and found that …" reports a finding ("and found his talent" does not)
found a way             | block     | lookalike | 0   # "They found a way through the Clean Air Act": no finding reported
of note                 | block     | lookalike | 0   # "Of note, the binding fell": an idiom, no one noting
find{,s} a way          | block     | lookalike | 0
find {himself,herself,itself,themselves} | block | lookalike | 0   # "now finds herself struggling"
admitted to {hospital,the} | block   | lookalike | 0   # "refugees admitted to the United States", "was admitted to hospital": let in, not a concession ("admitted to jurors that …", "admitted to lying" still report)
admitted into           | block     | lookalike | 0
finds {himself,herself,itself,themselves} | block | lookalike | 0
found in {her,his,their,its,our,my,a,an,the,this,that} research | reporting | commit | 0.5   # "…, she found in her research.": "found in" is otherwise a participle
found in {her,his,their,its,our,my,a,an,the,this,that} study | reporting | commit | 0.5
found in {her,his,their,its,our,my,a,an,the,this,that} survey | reporting | commit | 0.5
found in {her,his,their,its,our,my,a,an,the,this,that} report | reporting | commit | 0.5
found in {her,his,their,its,our,my,a,an,the,this,that} analysis | reporting | commit | 0.5
found in {her,his,their,its,our,my,a,an,the,this,that} poll | reporting | commit | 0.5
found in {her,his,their,its,our,my,a,an,the,this,that} review | reporting | commit | 0.5

# --- progressive forms, after a form of "be" ("Lynch is reaffirming that …", "Cruz is
# accusing Rubio of …"); after a comma (#comma) the participle of a verb of arguing reports for
# the sentence's subject ("Clinton spoke out Tuesday …, arguing that …"), as "saying" does. Not
# after a comma: "suggesting" (a finding's hedge: "…, suggesting that the drug …"), "admitting"
# ("…, admitting more students"), and the directives "urging", "demanding" (on PolNeAR train 1
# of the 7 sentences they would take matches the gold source).
accusing                | reporting | neutral  | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma
arguing                 | reporting | neutral  | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma
predicting              | reporting | neutral  | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma
stressing               | reporting | neutral  | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma
suggesting              | reporting | neutral  | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's
vowing                  | reporting | neutral  | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma
warning                 | reporting | neutral  | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma
questioning {whether,that,if} | reporting | neutral | 0.5 | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's
insisting               | reporting | commit   | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma
reaffirming             | reporting | commit   | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma
claiming                | reporting | distance | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma !next=more,less,#num,damages,compensation,benefits,asylum,credit,victory,responsibility,lives,ownership,title   # "is claiming $20bn in damages": no words
denying                 | reporting | deny     | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma
urging                  | reporting | neutral  | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's
demanding               | reporting | neutral  | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's
asserting               | reporting | neutral  | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma
complaining             | reporting | neutral  | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma
confirming              | reporting | commit   | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma
acknowledging           | reporting | commit   | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma
admitting               | reporting | commit   | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's
contending              | reporting | distance | 0.5   | prev=is,are,was,were,also,now,still,not,already,he's,she's,it's,they're,we're,who's,#comma

# --- distance: the author keeps a distance -------------------------------------------------
claimed                 | reporting | distance | 0.5   | !prev=the,his,her,their,its,these,those,such,false,of,unsupported,baseless,and,#num,#poss,territorial,competing,rival,overlapping,insurance,legal !next=victory,ownership,lives,asylum,damages,compensation,benefits,title,territory,land
# "Taiwan have claims in the area", "one of the central claims of the speech": a noun.
# "jobless claims jumped", "asylum claims", "expenses claims": a noun after the noun it is made of.
claims                  | reporting | distance | 0.5   | !prev=the,his,her,their,its,these,those,such,false,of,unsupported,baseless,and,#num,#poss,territorial,competing,rival,overlapping,insurance,legal,have,has,had,central,main,key,major,similar,new,many,dubious,wild,bold,jobless,unemployment,benefit,benefits,welfare,expenses,injury,compensation,damages,warranty,asylum,pension,fraudulent,about,after,against,amid,at,before,by,despite,during,following,for,from,in,into,on,over,to,under,without !next=victory,ownership,lives,asylum,damages,compensation,benefits,title,territory,land   # "the army claims territory": a taking, no words (as for "claimed"); "amid claims that …": a noun after a preposition
alleges                 | reporting | distance | 0.5
# "in an alleged road-rage incident", "for alleged abuses": an adjective; "people alleged to have
# traded songs", "is alleged to have said": a passive, no one alleging.
alleged                 | reporting | distance | 0.5   | !prev=a,an,the,#poss,#num,his,her,their,its,our,my,your,this,that,these,those,of,for,in,on,over,and,or,with,about,by,two,three,multiple,several,many,other,some,any,no,numerous,new !next=to
{allege,contend}        | reporting | distance | 0.5   | !prev=i,we,you,to,will,would,could,can,may,might,did,does,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,really,also,just,still,always,never,often,sometimes,usually,all,both,actually,generally
claim                   | reporting | distance | 0.5   | !prev=i,we,you,to,will,would,could,can,may,might,did,does,do,should,must,cannot,not,don't,didn't,doesn't,don’t,didn’t,doesn’t,really,also,just,still,always,never,often,sometimes,usually,all,both,actually,generally,#poss,a,an,the,his,her,their,its,our,my,your,this,that,any,no,first,false,legal,such,damages,government,poll,insurance,compensation,pay,in,of,and,new,latest,key,main,central,original,neither,either,each,every,another,one,whose,which,what !next=of,for,against,filed,to   # "Democrats claim the administration has …"; not "a damages claim", "Ms Villalba's claim of", "Neither claim could be verified"
purported               | reporting | distance | 0.5
reportedly              | reporting | distance | 0.5
allegedly               | reporting | distance | 0.5
contended               | reporting | distance | 0.5
contends                | reporting | distance | 0.5

# --- deny: the source asserts the negation -------------------------------------------------
denied                  | reporting | deny     | 0.5
den{y,ies}              | reporting | deny     | 0.5
disputed                | reporting | deny     | 0.5
disputes                | reporting | deny     | 0.5   | !prev=#poss,the,a,an,his,her,their,its,our,my,your,these,those,such,some,any,no,many,several,#num,and,of,with,recent,new,other,earlier,latest,public,campaign,legal,border,territorial,trade,labor,labour,contract,custody,boundary
rejected claims         | reporting | deny     | 0.5
# "A Commission spokesman rejected that account.": a denial, as "denied" is; not "rejected the offer", nor
# "rejected the claim - filed in 1999 …", a claim at law; nor the nouns that are hedges themselves
# ("allegation", "accusation", "suggestion"), which stay hedges after "rejected" as after "denied"
rejected the {account,accounts,claims,criticism,criticisms,charge,charges,characterisation,characterization,report,reports,assertion,assertions,version} | reporting | deny | 0.5
rejected that {account,accounts,claims,criticism,criticisms,charge,charges,characterisation,characterization,report,reports,assertion,assertions,version} | reporting | deny | 0.5
rejected this {account,accounts,claims,criticism,criticisms,charge,charges,characterisation,characterization,report,reports,assertion,assertions,version} | reporting | deny | 0.5
rejected these {account,accounts,claims,criticism,criticisms,charge,charges,characterisation,characterization,report,reports,assertion,assertions,version} | reporting | deny | 0.5
rejected those {account,accounts,claims,criticism,criticisms,charge,charges,characterisation,characterization,report,reports,assertion,assertions,version} | reporting | deny | 0.5
rejected such {account,accounts,claims,criticism,criticisms,charge,charges,characterisation,characterization,report,reports,assertion,assertions,version} | reporting | deny | 0.5
rejects the {account,accounts,claims,criticism,criticisms,charge,charges,characterisation,characterization,report,reports,assertion,assertions,version} | reporting | deny | 0.5
rejects that {account,accounts,claims,criticism,criticisms,charge,charges,characterisation,characterization,report,reports,assertion,assertions,version} | reporting | deny | 0.5
rejects this {account,accounts,claims,criticism,criticisms,charge,charges,characterisation,characterization,report,reports,assertion,assertions,version} | reporting | deny | 0.5
rejects these {account,accounts,claims,criticism,criticisms,charge,charges,characterisation,characterization,report,reports,assertion,assertions,version} | reporting | deny | 0.5
rejects those {account,accounts,claims,criticism,criticisms,charge,charges,characterisation,characterization,report,reports,assertion,assertions,version} | reporting | deny | 0.5
rejects such {account,accounts,claims,criticism,criticisms,charge,charges,characterisation,characterization,report,reports,assertion,assertions,version} | reporting | deny | 0.5
