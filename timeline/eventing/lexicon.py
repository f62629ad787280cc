# ruff: noqa: E501  (word tables read best one group a line)
"""English language data for building events: words only, no logic.

Event words map to a *happening class* (``sign``, ``meet``, ``agreement``...): two mentions speak of
the same happening only if their classes overlap, whatever words they use ("talks", "summit",
"meeting" and "met" are all ``meet``).
"""

from __future__ import annotations

# Verbs that denote a happening: base form -> (class, irregular forms).
# Regular inflections (-s, -ed, -ing) are derived; irregular past/participle forms are listed.
EVENT_VERBS: dict[str, tuple[str, tuple[str, ...]]] = {
    "sign": ("sign", ()), "ink": ("sign", ()), "seal": ("sign", ()), "ratify": ("sign", ()),
    "conclude": ("agreement", ()), "agree": ("agreement", ()), "strike": ("agreement", ("struck",)),
    "reach": ("agreement", ()), "finalize": ("agreement", ()), "finalise": ("agreement", ()),
    "meet": ("meet", ("met",)), "hold": ("meet", ("held",)), "host": ("meet", ()),
    "convene": ("meet", ()), "gather": ("meet", ()), "negotiate": ("meet", ()),
    "discuss": ("meet", ()), "talk": ("meet", ()),
    "visit": ("visit", ()), "arrive": ("visit", ()), "travel": ("visit", ()),
    "fly": ("visit", ("flew", "flown")), "tour": ("visit", ()), "depart": ("visit", ()),
    "leave": ("visit", ("left",)), "land": ("visit", ()),
    "vote": ("vote", ()), "elect": ("vote", ()), "re-elect": ("vote", ()),
    "approve": ("approve", ()), "pass": ("approve", ()), "adopt": ("approve", ()),
    "reject": ("approve", ()), "veto": ("approve", ()), "endorse": ("approve", ()),
    "announce": ("announce", ()), "unveil": ("announce", ()), "launch": ("launch", ()),
    "release": ("release", ()), "publish": ("release", ()), "introduce": ("announce", ()),
    "open": ("open", ()), "close": ("close", ()), "begin": ("begin", ("began", "begun")),
    "start": ("begin", ()), "end": ("end", ()), "expire": ("end", ()), "resume": ("begin", ()),
    "suspend": ("end", ()), "postpone": ("postpone", ()), "delay": ("postpone", ()),
    "cancel": ("postpone", ()), "reschedule": ("postpone", ()),
    "resign": ("resign", ()), "step": ("resign", ("stepped",)), "appoint": ("appoint", ()),
    "nominate": ("appoint", ()), "inaugurate": ("inaugurate", ()), "swear": ("inaugurate", ("swore", "sworn")),
    "attack": ("attack", ()), "bomb": ("attack", ()), "shoot": ("attack", ("shot",)),
    "kill": ("attack", ()), "invade": ("attack", ()), "explode": ("attack", ()),
    "arrest": ("arrest", ()), "detain": ("arrest", ()), "charge": ("court", ()),
    "indict": ("court", ()), "sentence": ("court", ()), "convict": ("court", ()),
    "acquit": ("court", ()), "sue": ("court", ()), "rule": ("court", ()), "testify": ("court", ()),
    "die": ("die", ()), "win": ("win", ("won",)), "lose": ("win", ("lost",)), "beat": ("win", ("beaten",)),
    "raise": ("rate", ()), "hike": ("rate", ()), "cut": ("rate", ("cut",)), "lower": ("rate", ()),
    "rise": ("market", ("rose", "risen")), "fall": ("market", ("fell", "fallen")),
    "drop": ("market", ()), "surge": ("market", ()), "plunge": ("market", ()),
    "soar": ("market", ()), "slump": ("market", ()), "rally": ("market", ()),
    "acquire": ("acquire", ()), "buy": ("acquire", ("bought",)), "merge": ("acquire", ()),
    "sell": ("acquire", ("sold",)), "invest": ("acquire", ()), "list": ("acquire", ()),
    "impose": ("impose", ()), "lift": ("impose", ()), "ban": ("impose", ()),
    "tighten": ("impose", ()), "ease": ("impose", ()),
    "deploy": ("deploy", ()), "withdraw": ("deploy", ("withdrew", "withdrawn")),
    "crash": ("accident", ()), "collapse": ("accident", ()), "erupt": ("disaster", ()),
    "hit": ("disaster", ("hit",)),
    "speak": ("speak", ("spoke", "spoken")), "address": ("speak", ()),
    "deliver": ("speak", ()),
    "celebrate": ("celebrate", ()), "mark": ("celebrate", ()), "commemorate": ("celebrate", ()),
    "protest": ("protest", ()), "march": ("protest", ()), "demonstrate": ("protest", ()),
    "report": ("report", ()), "pursue": ("pursue", ()),
    "search": ("investigate", ()), "investigate": ("investigate", ()), "probe": ("investigate", ()),
    "raid": ("attack", ()), "rescue": ("rescue", ()), "evacuate": ("rescue", ()),
    "file": ("court", ()), "appeal": ("court", ()), "settle": ("court", ()),
    "dismiss": ("resign", ()), "oust": ("resign", ()), "quit": ("resign", ("quit",)),
    "hire": ("appoint", ()), "promote": ("appoint", ()),
    "propose": ("announce", ()), "submit": ("announce", ()), "pledge": ("announce", ()),
    "promise": ("announce", ()), "declare": ("announce", ()),
    "authorize": ("approve", ()), "authorise": ("approve", ()), "block": ("approve", ()),
    "halt": ("end", ()), "shut": ("close", ("shut",)), "reopen": ("open", ()), "complete": ("end", ()),
    "finish": ("end", ()), "expand": ("launch", ()), "build": ("launch", ("built",)),
    "earn": ("earnings", ()), "gain": ("market", ()), "jump": ("market", ()),
    "slide": ("market", ("slid",)), "tumble": ("market", ()), "climb": ("market", ()),
    "leap": ("market", ("leapt",)), "decline": ("market", ()), "increase": ("market", ()),
    "escape": ("arrest", ()), "flee": ("arrest", ("fled",)), "capture": ("arrest", ()),
    "return": ("visit", ()), "join": ("appoint", ()),
    "play": ("match", ()), "compete": ("match", ()), "score": ("match", ()),
    "born": ("born", ("born",)), "marry": ("celebrate", ()), "bury": ("die", ()),
    "injure": ("attack", ()), "wound": ("attack", ()), "murder": ("attack", ()),
    "assassinate": ("attack", ()), "abduct": ("attack", ()), "kidnap": ("attack", ()),
    "repatriate": ("deploy", ()), "deport": ("deploy", ()), "extradite": ("deploy", ()),
    "pay": ("acquire", ("paid",)), "offer": ("acquire", ()), "bid": ("acquire", ()),
    "default": ("market", ()), "split": ("acquire", ("split",)), "issue": ("release", ()),
}  # fmt: skip

# Nouns that denote a happening -> class.
EVENT_NOUNS: dict[str, str] = {
    "agreement": "agreement", "agreements": "agreement", "deal": "agreement", "deals": "agreement",
    "pact": "agreement", "accord": "agreement", "treaty": "agreement", "memorandum": "agreement",
    "mou": "agreement", "truce": "agreement", "ceasefire": "agreement", "cease-fire": "agreement",
    "partnership": "agreement", "contract": "agreement",
    "signing": "sign", "ratification": "sign",
    "summit": "meet", "talks": "meet", "meeting": "meet", "meetings": "meet", "conference": "meet",
    "negotiations": "meet", "dialogue": "meet", "forum": "meet", "session": "meet",
    "gathering": "meet", "get-together": "meet", "sit-down": "meet", "encounter": "meet",
    "bilateral": "meet", "congress": "meet", "convention": "meet", "hearing": "court",
    "visit": "visit", "trip": "visit", "tour": "visit", "arrival": "visit", "state visit": "visit",
    "election": "vote", "elections": "vote", "vote": "vote", "ballot": "vote", "referendum": "vote",
    "runoff": "vote", "primary": "vote", "caucus": "vote", "caucuses": "vote", "polls": "vote",
    "approval": "approve", "passage": "approve", "veto": "approve",
    "announcement": "announce", "unveiling": "announce", "launch": "launch", "rollout": "launch",
    "release": "release", "publication": "release", "report": "report",
    "opening": "open", "closing": "close", "start": "begin", "deadline": "end", "expiry": "end",
    "resignation": "resign", "appointment": "appoint", "nomination": "appoint",
    "inauguration": "inaugurate", "swearing-in": "inaugurate", "coronation": "inaugurate",
    "attack": "attack", "attacks": "attack", "bombing": "attack", "shooting": "attack",
    "airstrike": "attack", "airstrikes": "attack", "strike": "attack", "strikes": "attack",
    "explosion": "attack", "invasion": "attack", "raid": "attack", "offensive": "attack",
    "arrest": "arrest", "trial": "court", "verdict": "court", "ruling": "court", "sentencing": "court",
    "indictment": "court", "lawsuit": "court", "testimony": "court",
    "death": "die", "funeral": "die", "win": "win", "victory": "win", "defeat": "win",
    "final": "match", "match": "match", "game": "match", "race": "match", "tournament": "match",
    "rate cut": "rate", "rate hike": "rate", "rate decision": "rate", "cut": "rate", "hike": "rate",
    "acquisition": "acquire", "merger": "acquire", "takeover": "acquire", "ipo": "acquire",
    "listing": "acquire", "sale": "acquire", "tariff": "impose", "tariffs": "impose",
    "sanctions": "impose", "ban": "impose", "controls": "impose",
    "withdrawal": "deploy", "deployment": "deploy", "crash": "accident", "collapse": "accident",
    "accident": "accident", "earthquake": "disaster", "quake": "disaster", "storm": "disaster",
    "hurricane": "disaster", "typhoon": "disaster", "flood": "disaster", "floods": "disaster",
    "wildfire": "disaster", "eruption": "disaster", "tsunami": "disaster",
    "landfall": "disaster", "cyclone": "disaster", "drought": "disaster", "heatwave": "disaster",
    "speech": "speak", "address": "speak", "briefing": "speak", "press conference": "speak",
    "interview": "speak", "debate": "speak", "statement": "speak",
    "ceremony": "celebrate", "celebration": "celebrate", "anniversary": "celebrate",
    "festival": "celebrate", "parade": "celebrate", "holiday": "celebrate",
    "protest": "protest", "protests": "protest", "rally": "protest", "demonstration": "protest",
    "strike action": "protest", "walkout": "protest", "boycott": "protest",
    "earnings": "earnings", "results": "earnings", "outage": "accident", "recall": "accident",
    "search": "investigate", "investigation": "investigate", "probe": "investigate",
    "inquiry": "investigate", "audit": "investigate", "operation": "attack", "rescue": "rescue",
    "evacuation": "rescue", "killing": "attack", "murder": "attack", "assassination": "attack",
    "massacre": "attack", "genocide": "attack", "war": "attack", "coup": "attack", "blast": "attack",
    "fire": "accident", "blaze": "accident", "derailment": "accident", "spill": "accident",
    "campaign": "vote", "inauguration day": "inaugurate", "bankruptcy": "market",
    "default": "market", "dividend": "earnings", "payout": "earnings", "offering": "acquire",
    "bid": "acquire", "tender": "acquire", "split": "acquire", "buyback": "acquire",
    "repatriation": "deploy", "deportation": "deploy", "extradition": "deploy",
    "surgery": "health", "outbreak": "health", "pandemic": "health", "birth": "born",
    "wedding": "celebrate", "marriage": "celebrate", "concert": "celebrate", "premiere": "launch",
    "exhibition": "open", "expo": "open", "fair": "open", "kickoff": "begin", "launching": "launch",
    "proceedings": "court", "petition": "court", "appeal": "court", "settlement": "court",
    "negotiation": "meet", "consultations": "meet", "hearings": "court", "visits": "visit",
    "shutdown": "close", "lockdown": "close", "closure": "close", "reopening": "open",
    "layoffs": "resign", "firing": "resign", "dismissal": "resign", "departure": "visit",
    "escape": "arrest", "capture": "arrest", "detention": "arrest", "release date": "release",
}  # fmt: skip

# Verbs after which the happening is the noun phrase before them, not the verb itself:
# "the talks set for Thursday", "a summit to be held in Busan", "the vote took place".
SCHEDULING_VERBS: frozenset[str] = frozenset({
    "set", "scheduled", "slated", "due", "planned", "penciled", "pencilled", "expected",
    "held", "hold", "holds", "holding", "take", "takes", "took", "taken", "taking", "happen",
    "happens", "happened", "occur", "occurs", "occurred", "come", "comes", "came", "go", "goes",
    "went", "continue", "continues", "continued", "resume", "resumes", "resumed", "tipped",
    "poised", "timed", "arranged", "convened", "organized", "organised", "staged", "hosted",
})  # fmt: skip

# Light verbs whose object noun is the happening: "made landfall", "gave a speech".
LIGHT_VERBS: frozenset[str] = frozenset({
    "make", "makes", "made", "making", "give", "gives", "gave", "given", "have", "has", "had",
    "stage", "staged", "launch", "launched", "conduct", "conducted", "carry", "carried",
    "expect", "expects", "expected", "face", "faces", "faced", "attend", "attends", "attended",
})  # fmt: skip

# Speech and reporting verbs: "said on Tuesday" in a Tuesday paper is the article itself.
REPORTING_VERBS: frozenset[str] = frozenset({
    "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "note",
    "notes", "noted", "state", "states", "stated", "write", "writes", "wrote", "written",
    "comment", "comments", "commented", "remark", "remarked", "report", "reports", "reported",
    "explain", "explained", "claim", "claimed", "insist", "insisted", "argue", "argued",
    "acknowledge", "acknowledged", "confirm", "confirmed", "quote", "quoted", "cite", "cited",
    "according", "disclose", "disclosed", "reveal", "revealed", "indicate", "indicated",
    "suggest", "suggested", "estimate", "estimated", "believe", "believed", "think", "thought",
    "predict", "predicted", "warn", "warned",
})  # fmt: skip

# Page furniture: a date next to these words is the article's own dateline or byline.
FURNITURE_WORDS: frozenset[str] = frozenset({
    "published", "updated", "posted", "modified", "edited", "copyright", "reserved", "share",
    "subscribe", "newsletter", "advertisement", "photo", "image", "caption", "byline", "dateline",
    "read", "click", "follow", "comments", "login", "sign-up",
})  # fmt: skip

AUXILIARIES: frozenset[str] = frozenset({
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "’s", "have", "has", "had",
    "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do",
    "does", "did", "to", "not", "also", "then", "now", "still", "already", "reportedly",
    "officially", "formally", "finally", "just", "likely", "n't", "never", "soon",
})  # fmt: skip

# Verbs that take "to" + the real verb: "expects to report", "plans to sign".
CATENATIVES: frozenset[str] = frozenset({
    "expect", "expects", "expected", "plan", "plans", "planned", "want", "wants", "wanted",
    "hope", "hopes", "hoped", "aim", "aims", "aimed", "intend", "intends", "intended", "agree",
    "agrees", "agreed", "decide", "decides", "decided", "seek", "seeks", "sought", "try",
    "tries", "tried", "continue", "continues", "continued", "vow", "vows", "vowed", "threaten",
    "threatens", "threatened", "promise", "promises", "promised", "prepare", "prepares",
    "prepared", "refuse", "refuses", "refused", "fail", "fails", "failed", "need", "needs",
    "ready", "able", "likely", "unlikely", "going", "willing", "poised", "about",
})  # fmt: skip

BE_FORMS: frozenset[str] = frozenset({"be", "is", "are", "was", "were", "been", "being", "am"})

PREPOSITIONS: frozenset[str] = frozenset({
    "on", "in", "at", "for", "by", "from", "to", "until", "till", "through", "since", "during",
    "before", "after", "of", "with", "between", "about", "around", "near", "into", "over",
    "under", "within", "across", "against", "among", "amid", "ahead", "toward", "towards",
    "via", "per", "as", "like", "than", "upon", "off", "out", "onto", "outside", "inside",
    "throughout", "beyond", "despite", "including", "following", "covering", "regarding",
})  # fmt: skip

DETERMINERS: frozenset[str] = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "my", "your", "each", "every", "some", "any", "no", "another", "such", "both", "all",
})  # fmt: skip

PRONOUNS: frozenset[str] = frozenset({
    "it", "they", "he", "she", "we", "i", "you", "one", "ones", "them", "him", "this", "that",
    "which", "who", "what", "there", "these", "those", "us",
})  # fmt: skip

CONJUNCTIONS: frozenset[str] = frozenset({"and", "or", "but", "nor", "yet", "so", "&"})

# Words that open a subordinate clause: a title never runs across them.
SUBORDINATORS: frozenset[str] = frozenset({
    "that", "which", "who", "whom", "whose", "where", "when", "while", "although", "though",
    "because", "since", "if", "unless", "whereas", "as", "after", "before", "once", "until",
    "whether",
})  # fmt: skip

# Attribution phrases whose names are sources, not participants.
ATTRIBUTION_OPENERS: tuple[str, ...] = (
    "according to", "cited by", "quoted by", "reported by", "a report by", "reports by",
    "citing", "told", "said",
)

# Function words never part of a title's edge, nor content keywords.
STOP_WORDS: frozenset[str] = (
    AUXILIARIES | PREPOSITIONS | DETERMINERS | PRONOUNS | CONJUNCTIONS | SUBORDINATORS
    | frozenset({
        "not", "no", "yes", "very", "more", "most", "much", "many", "other", "than", "too",
        "also", "only", "just", "even", "about", "there", "here", "then", "so", "such",
        "own", "same", "new", "first", "last", "next", "said", "says", "say", "year", "years",
        "month", "months", "week", "weeks", "day", "days", "today", "tomorrow", "yesterday",
        "time", "local", "mr", "ms", "mrs", "dr", "how", "why", "what", "when", "who",
        "will", "would", "could", "should", "may", "might", "can", "per", "cent", "percent",
        "set", "scheduled", "expected", "slated", "due", "plan", "plans", "planned", "seen",
        "held", "hold", "take", "took", "place", "ahead", "lead-up", "all", "eyes",
        "compared", "based", "related", "adjusted", "estimated", "reflected", "reflecting",
    })
)  # fmt: skip

# Role words stripped in front of a name ("U.S. President Donald Trump" -> "Donald Trump").
ROLE_WORDS: frozenset[str] = frozenset({
    "president", "vice", "prime", "minister", "secretary", "chancellor", "premier", "king",
    "queen", "prince", "princess", "director", "chairman", "chairwoman", "chair", "ceo", "cfo",
    "chief", "executive", "governor", "mayor", "senator", "sen", "rep", "representative",
    "congressman", "congresswoman", "ambassador", "general", "gen", "admiral", "commander",
    "spokesman", "spokeswoman", "spokesperson", "leader", "head", "foreign", "defense",
    "defence", "finance", "trade", "state", "deputy", "former", "mr", "mrs", "ms", "dr",
    "sir", "dame", "pope", "judge", "justice", "officer", "official", "envoy", "founder",
    "emperor", "sheikh", "crown", "attorney", "speaker", "lord", "lady", "professor", "prof",
    "republican", "democrat", "democratic",
})  # fmt: skip

# Capitalised words that are not names (sentence openers, months, weekdays, headline words).
NOT_NAMES: frozenset[str] = frozenset({
    "the", "a", "an", "in", "on", "at", "for", "by", "with", "from", "to", "of", "and", "or",
    "but", "if", "as", "it", "its", "this", "that", "these", "those", "there", "they", "he",
    "she", "we", "i", "you", "what", "when", "where", "why", "how", "who", "which", "while",
    "although", "though", "after", "before", "during", "under", "over", "ahead", "according",
    "each", "every", "all", "both", "some", "many", "more", "most", "is", "are", "was", "were",
    "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did",
    "has", "have", "had", "not", "no", "yes", "also", "however", "meanwhile", "still", "yet",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "today", "tomorrow", "yesterday", "tonight", "last", "next", "photo", "impact", "shorts", "share", "read", "click", "subscribe", "updated",
    "published", "inputs", "agencies", "courtesy", "reuters", "ap", "afp", "mr", "mrs", "ms", "dr", "getting", "local", "time", "news", "our", "his", "her", "their", "one", "two", "three", "first",
    "second", "third", "said", "says", "told", "added", "asked", "just", "now", "then",
    "so", "because", "since", "until", "thus", "therefore", "moreover", "furthermore",
    "particularly", "especially", "notably", "instead", "indeed", "again", "only", "even",
})  # fmt: skip

# Country names and aliases -> canonical name used in titles and matching.
COUNTRY_ALIASES: dict[str, str] = {
    "us": "US", "u.s": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "united states": "US",
    "the united states": "US", "america": "US", "united states of america": "US",
    "american": "US", "washington": "US",
    "uk": "UK", "u.k.": "UK", "u.k": "UK", "united kingdom": "UK", "britain": "UK",
    "great britain": "UK", "british": "UK", "england": "UK",
    "south korea": "South Korea", "korea": "South Korea", "republic of korea": "South Korea",
    "korean": "South Korea", "south korean": "South Korea", "seoul": "South Korea",
    "north korea": "North Korea", "north korean": "North Korea", "pyongyang": "North Korea",
    "china": "China", "chinese": "China", "beijing": "China", "prc": "China",
    "japan": "Japan", "japanese": "Japan", "tokyo": "Japan",
    "russia": "Russia", "russian": "Russia", "moscow": "Russia", "kremlin": "Russia",
    "ukraine": "Ukraine", "ukrainian": "Ukraine", "kyiv": "Ukraine", "kiev": "Ukraine",
    "india": "India", "indian": "India", "new delhi": "India",
    "france": "France", "french": "France", "paris": "France",
    "germany": "Germany", "german": "Germany", "berlin": "Germany",
    "ireland": "Ireland", "irish": "Ireland", "czech": "Czech Republic",
    "czech republic": "Czech Republic", "czechia": "Czech Republic", "scotland": "UK", "wales": "UK",
    "italy": "Italy", "italian": "Italy", "spain": "Spain", "spanish": "Spain",
    "canada": "Canada", "canadian": "Canada", "mexico": "Mexico", "mexican": "Mexico",
    "brazil": "Brazil", "brazilian": "Brazil", "australia": "Australia", "australian": "Australia",
    "israel": "Israel", "israeli": "Israel", "iran": "Iran", "iranian": "Iran",
    "taiwan": "Taiwan", "taiwanese": "Taiwan", "vietnam": "Vietnam", "vietnamese": "Vietnam",
    "eu": "EU", "european union": "EU", "european": "EU", "brussels": "EU",
    "turkey": "Turkey", "turkish": "Turkey", "saudi arabia": "Saudi Arabia", "saudi": "Saudi Arabia",
    "pakistan": "Pakistan", "pakistani": "Pakistan", "egypt": "Egypt", "egyptian": "Egypt",
    "south africa": "South Africa", "nigeria": "Nigeria", "indonesia": "Indonesia",
    "philippines": "Philippines", "philippine": "Philippines", "thailand": "Thailand",
    "singapore": "Singapore", "malaysia": "Malaysia", "poland": "Poland", "polish": "Poland",
    "netherlands": "Netherlands", "dutch": "Netherlands", "sweden": "Sweden", "swedish": "Sweden",
    "norway": "Norway", "switzerland": "Switzerland", "swiss": "Switzerland",
    "argentina": "Argentina", "chile": "Chile", "colombia": "Colombia", "venezuela": "Venezuela",
    "qatar": "Qatar", "uae": "UAE", "united arab emirates": "UAE", "syria": "Syria",
    "iraq": "Iraq", "afghanistan": "Afghanistan", "gaza": "Gaza", "palestinian": "Palestine",
    "nato": "NATO", "un": "UN", "united nations": "UN", "apec": "APEC", "asean": "ASEAN",
    "g7": "G7", "g20": "G20", "opec": "OPEC", "imf": "IMF",
    # institutions often named two ways
    "fed": "Federal Reserve", "federal reserve": "Federal Reserve", "the fed": "Federal Reserve",
    "us federal reserve": "Federal Reserve", "u.s. federal reserve": "Federal Reserve",
    "ecb": "ECB", "european central bank": "ECB", "boj": "Bank of Japan",
    "bank of japan": "Bank of Japan", "boe": "Bank of England", "bank of england": "Bank of England",
    "pentagon": "Pentagon", "white house": "White House",
}  # fmt: skip

# Words worth nothing as a title's sole content.
WEAK_HEADS: frozenset[str] = frozenset({
    "one", "ones", "it", "this", "that", "thing", "things", "move", "step", "event", "events",
    "matter", "issue", "development", "news", "story", "attempt",
})  # fmt: skip

# Tense cues for the status of a mention.
FUTURE_CUES: tuple[str, ...] = (
    "will", "'ll", "’ll", "shall", "is set to", "are set to", "is to", "are to", "to be",
    "scheduled", "slated", "due to", "due on", "due for", "planned", "plans to", "plan to",
    "expected to", "is expected", "are expected", "going to", "upcoming", "set for", "set to",
    "would", "aims to", "intends to", "will be", "poised to", "is preparing", "prepares to",
)
ONGOING_CUES: tuple[str, ...] = (
    "is being", "are being", "underway", "under way", "ongoing", "continues", "continuing",
    "currently", "is taking place", "are taking place", "is now", "so far", "remains",
)
PAST_CUES: tuple[str, ...] = (
    "was", "were", "had", "has been", "have been", "ago", "earlier", "already", "did",
    "previously", "last",
    # irregular past forms (regular ones end in -ed)
    "went", "came", "took", "gave", "made", "said", "told", "met", "held", "began", "won",
    "lost", "fell", "rose", "left", "sent", "saw", "found", "got", "brought", "bought",
    "thought", "struck", "shot", "spoke", "wrote", "chose", "drove", "flew", "led", "paid",
    "sold", "kept", "stood", "broke", "became", "fought", "withdrew", "swore", "slid",
)

# Prepositions that introduce a place after an event word ("held in Busan", "talks at the UN").
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "near", "outside", "inside"})
# Verbs after which an unknown capitalised name is still read as a place ("held in Springfield").
VENUE_VERBS: frozenset[str] = frozenset({
    "held", "hold", "holds", "hosted", "host", "hosts", "took", "take", "takes", "place",
    "meet", "meets", "met", "meeting", "summit", "talks", "gather", "gathered", "convene",
    "convened", "arrive", "arrived", "arrives", "signed", "sign", "land", "landed", "visit",
    "visited", "visiting", "rally", "protest", "staged",
})  # fmt: skip
