"""Eleventh document-level held-out check of the tagger: whole news articles, recall and precision.

Same format and scoring as tests/test_tagger_articles.py (TempEval-3 style: every expected TIMEX3
found with its exact span, type and value; nothing else tagged), on twenty new articles written for
this file, none taken from a corpus, and annotated blind: every value was worked out by hand from
the calendar (python's datetime only for weekdays and ISO weeks), without reading the tagger or
running it on these texts. Eight are 1989-1991 WSJ business briefs in the TimeBank style: a paper
maker's "the third quarter", "the period" and "the nine months"; a bank's "the year-ago quarter"
and "a year earlier" after "Dec. 31"; a tender offer that was to expire "last Friday" and now runs
to "midnight Friday"; an airline's July traffic "from a year earlier" with Iraq's invasion "last
Thursday"; a toy maker's "fiscal 1990, which ended Feb. 2"; a thrift seized "yesterday" with "10
a.m. today"; a steel maker's "the year-earlier period" and "the fourth quarter of 1989"; an
insurer's storm claims from "the night of Sept. 21". Six are 1998-2000 broadcast transcripts (CNN,
PRI, VOA, ABC) with spoken numbers ("nine fifteen this morning", "nineteen fifty-two", "April
first", "eleven o'clock"), "tonight", "earlier today", "this hour", "About thirty minutes ago",
"another twenty four hours", "the next few minutes", "midnight tonight", "the Labor Day weekend".
Six are features told by anaphora: a glass artist's life ("that summer", "that night", "Two years
later", "that spring"), an arson trial ("that afternoon", "Two days later", "that January", "A week
after that", "the evening of March 16, 1995"), cavers rescued over five days ("last Monday
morning", "the next morning", "Two days later, on Friday"), a lighthouse keeper ("that fall", "that
October", "Now 80"), a note in a bottle found "Fifty-one years later", a freighter lost "That
night" in 1913 and found "last summer".

What must not be tagged: "No. 4 machine", "No. 2 blast furnace", "Form 8-K", "Nasdaq", "the S&P
500", "Boeing 747", "Flight 800", "Hurricane Hugo", a board vote "7-2", share prices ("$46.875",
"$1.125"), "$28-a-share", "$1.07 a share", "57 cents a gallon" (a gallon is no unit of time),
"3,000 gallons" before its rate, ages ("61", "Whitcomb, 47", "who is fifty-eight", "a
twenty-three-year-old teller", "at 69", "then 66", "was 11"), "Good evening", "Good morning",
"local time", "The last time", "a night watchman", "quarterly dividend", "annual meeting", "the
holiday selling season", "their busiest day", "for the first time", "one last time", "the
daylight", the woman named June ("his wife, June", "June Pike died"), distances, feet, tons and
money. "then" ("since then", "By then", "Pike, then 66") is an anaphoric adverb left unmarked: the
earlier article files mark none, and the TimeBank/AQUAINT gold marks 2 of the 38 "then" in its 256
documents.

Conventions as in tests/test_tagger_articles3.py, 5 and 6 and the TimeBank/AQUAINT gold: a leading
preposition or signal ("on", "in", "at", "by", "since", "until", "through", "within", "shortly
before") stays out of the extent, a modifier ("early", "late", "about", "around", "up to",
"nearly", "more than", "at least", "another", "the past", "the last", "the next", "last", "next",
"this") is in it; a weekday in a report is the last one on or before the DCT, in a schedule or
forecast the next one on or after it, so in the tender-offer brief (a Monday) "last Friday", "5
p.m. Friday" and "closed Friday" are Nov. 3 and "midnight Friday" is Nov. 10 T24:00; "last week"
and "two weeks ago" are ISO weeks; "the third quarter" reported in October is that year's, "the
fourth quarter" reported in January the year before's; "the period" after a reported quarter is
that quarter (TimeBank's "the latest period"); "the year-ago quarter" and "a year earlier" after a
quarter are that quarter a year before, after a month that month a year before ("July ... from a
year earlier" is 1989-07), after a day that day a year before ("at Dec. 31, up from ... a year
earlier" is 1988-12-31, as TimeBank's wsj_0127); "a year ago" of monthly figures is the year; "For
the year" of a reported year is that year (wsj_0189); "fiscal 1990" is 1990 even though it ended
Feb. 2, 1991, and its "fourth quarter" 1990-Q4 with "a year earlier" 1989-Q4 (TimeBank values
fiscal quarters by their number); "the previous year" after fiscal 1990 is 1989; "the second half"
of the reporting year is its H2; "the end of June", "the end of the summer" are the month and the
season, "the end of next week" the week; "the Labor Day weekend" of Labor Day 1998 (Monday Sept. 7)
is the weekend before it, 1998-W36-WE; "Labor Day" 2003 is Sept. 1 and "Memorial Day" 2010 May 31;
"midnight Friday", "midnight tonight" are T24:00; "tonight", "last night", "Monday night" TNI,
"this morning" and "tomorrow morning" TMO; "earlier today" is the DCT (TimeBank's "Earlier
Sunday"); "this hour" is the hour of the broadcast's stated "eleven o'clock" and "About thirty
minutes ago" is counted from it (10:30); "seven o'clock last night" is one span, the clock time of
the day before; "the past twelve hours", "the last twenty four hours", "another twenty four hours"
are PT12H and PT24H (TimeBank has one "the last twenty four hours" as P1D; the earlier files write
"the past 24 hours" PT24H); "twenty four hours a day" and "seven days a week", "four times a week",
"twice a day" are one SET each with the period of their unit; a rate after an amount ("$9 million a
year", "3,000 gallons a minute", "5,000 visitors a year", "$5,000 a day") is a SET of its unit;
"every evening" XXXX-XX-XXTEV, "every night" XXXX-XX-XXTNI, "every August" XXXX-08; "N units later"
and "A week after that" count from the last date told at the unit's granularity ("Two days later"
after "that afternoon" of March 17, 1995 is March 19, "A week after that" March 26, "a month later"
after March 16 1995-04, "four days later" after "the next morning" of Nov. 28, 1913 is Dec. 2, "Two
years later" after Oct. 3, 1964 is 1966, "Fifty-one years later" after 1956 is 2007); "the next
morning" and "The next day" are DATEs (TimeBank's NYT20000224.0173), "that night", "that
afternoon", "that evening", "the evening of March 16, 1995" and "the morning of Sept. 22" TIMEs of
the day told; "that summer", "that fall", "that spring" are the season of the year told, "that
January", "that October" its month; "the same day" is the day just named (Memorial Day); "the early
1970s" and "the 1970s" are 197; "nearly a century" is P100Y, "half a century" P50Y, "decades" PXY,
"days" PXD; "127-year" before "history" is a DURATION; "the spring of nineteen ninety-one" is
1991-SP; "next April" told in August is the coming year's; "Feb. 14" of a sentencing told in
November is next year's; "spring" after "will stay closed until" is the coming spring; "October"
told in February as past is the last one.
"""

from __future__ import annotations

from datetime import date

from tests.tagger_cases import Article, ArticleSuite, article_tests

ARTICLES: dict[str, Article] = {
    "wsj-paper-mill-third-quarter-1989": (
        date(1989, 10, 19),  # Thursday, ISO 1989-W42
        "Northfield Paper Co. said net income in {the third quarter} rose 18% to $41.2 million, "
        "or $1.07 a share, from $34.9 million, or 91 cents a share, {a year earlier}. Sales for "
        "{the period} climbed 9% to $512 million. For {the nine months}, the Portland, Maine, "
        "company earned $118.6 million, or $3.08 a share, up from $97.3 million. The results, "
        "released {yesterday}, topped analysts' estimates of about $1 a share. Northfield said "
        "prices for coated paper, which rose sharply in {1988}, began to level off in {August} "
        "and could slip in {the fourth quarter}. The company's No. 4 machine at its Rumford "
        "mill, idled {this summer} for {six weeks} for a $60 million rebuild, returned to "
        "service {Sept. 25}. Northfield shares rose $1.125 to $46.875 in New York Stock Exchange "
        "composite trading {yesterday}. The board declared a quarterly dividend of 30 cents a "
        "share, payable {Nov. 15} to holders of record {Oct. 31}. Chairman Robert Ames, 61, said "
        "{last week} that the company would spend $400 million over {the next three years} to "
        "expand its pulp capacity.",
        [
            ("the third quarter", "DATE", "1989-Q3"),
            ("a year earlier", "DATE", "1988-Q3"),
            ("the period", "DATE", "1989-Q3"),
            ("the nine months", "DURATION", "P9M"),
            ("yesterday", "DATE", "1989-10-18"),
            ("1988", "DATE", "1988"),
            ("August", "DATE", "1989-08"),
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("this summer", "DATE", "1989-SU"),
            ("six weeks", "DURATION", "P6W"),
            ("Sept. 25", "DATE", "1989-09-25"),
            ("yesterday", "DATE", "1989-10-18"),
            ("Nov. 15", "DATE", "1989-11-15"),
            ("Oct. 31", "DATE", "1989-10-31"),
            ("last week", "DATE", "1989-W41"),
            ("the next three years", "DURATION", "P3Y"),
        ],
    ),
    "wsj-keystone-bank-fourth-quarter-loss-1990": (
        date(1990, 1, 23),  # Tuesday, ISO 1990-W04
        "Keystone Bancorp posted a loss of $86.4 million for {the fourth quarter}, reversing net "
        "income of $22.1 million in {the year-ago quarter}, as it added $140 million to its "
        "reserve for bad real estate loans. For {the year}, the Harrisburg, Pa., bank holding "
        "company lost $31.7 million, compared with a profit of $88 million in {1988}. The loss, "
        "announced after the market closed {yesterday}, is the first in the company's {127-year} "
        "history. Nonperforming assets stood at $612 million at {Dec. 31}, up from $355 million "
        "{a year earlier}. Keystone said it would omit its dividend for {the first quarter} and "
        "cut 600 jobs by {the end of June}. Federal examiners went through the bank's books "
        "{last fall}, and Keystone warned {last month} that it expected a significant loss. Its "
        "shares fell 75 cents to $9.50 in Nasdaq trading, against $24 {a year ago}. Chief "
        "Executive Walter Deane, 58, said the bank would sell its credit-card unit {this year}. "
        "He told analysts that real estate prices in the Mid-Atlantic states would not recover "
        "for {at least 18 months}.",
        [
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("the year-ago quarter", "DATE", "1988-Q4"),
            ("the year", "DATE", "1989"),
            ("1988", "DATE", "1988"),
            ("yesterday", "DATE", "1990-01-22"),
            ("127-year", "DURATION", "P127Y"),
            ("Dec. 31", "DATE", "1989-12-31"),
            ("a year earlier", "DATE", "1988-12-31"),
            ("the first quarter", "DATE", "1990-Q1"),
            ("the end of June", "DATE", "1990-06"),
            ("last fall", "DATE", "1989-FA"),
            ("last month", "DATE", "1989-12"),
            ("a year ago", "DATE", "1989"),
            ("this year", "DATE", "1990"),
            ("at least 18 months", "DURATION", "P18M"),
        ],
    ),
    "wsj-cable-tender-offer-extended-1989": (
        date(1989, 11, 6),  # Monday, ISO 1989-W45
        "Harbor Communications Inc. extended its $28-a-share tender offer for Lakeshore "
        "Cablevision Corp. The offer, which was to have expired {last Friday}, will expire at "
        "{midnight Friday}. Harbor said that as of {5 p.m. Friday}, holders had tendered 6.2 "
        "million shares, or 41% of those outstanding. The extension gives them {another five "
        "days} to decide. Harbor, a closely held Denver concern, began the offer {Oct. 6} and "
        "has said it needs a majority of the shares. Lakeshore's board voted 7-2 {two weeks ago} "
        "to reject the bid as inadequate. In a Form 8-K filed with the Securities and Exchange "
        "Commission {last week}, Lakeshore said it had held talks with two other companies since "
        "{September}. Lakeshore shares closed {Friday} at $29.25, up 50 cents, in national "
        "over-the-counter trading. Harbor's financing, $700 million from a group of banks, is "
        "committed through {Dec. 31}. A hearing on Lakeshore's poison-pill defense is set for "
        "{Nov. 14} in Delaware Chancery Court. The Toledo, Ohio, company, which serves 310,000 "
        "subscribers, earned $12.3 million in {fiscal 1989}, which ended {June 30}. It has paid "
        "no dividend since {1986}.",
        [
            ("last Friday", "DATE", "1989-11-03"),
            ("midnight Friday", "TIME", "1989-11-10T24:00"),
            ("5 p.m. Friday", "TIME", "1989-11-03T17:00"),
            ("another five days", "DURATION", "P5D"),
            ("Oct. 6", "DATE", "1989-10-06"),
            ("two weeks ago", "DATE", "1989-W43"),
            ("last week", "DATE", "1989-W44"),
            ("September", "DATE", "1989-09"),
            ("Friday", "DATE", "1989-11-03"),
            ("Dec. 31", "DATE", "1989-12-31"),
            ("Nov. 14", "DATE", "1989-11-14"),
            ("fiscal 1989", "DATE", "1989"),
            ("June 30", "DATE", "1989-06-30"),
            ("1986", "DATE", "1986"),
        ],
    ),
    "wsj-pacific-airline-july-traffic-1990": (
        date(1990, 8, 8),  # Wednesday, ISO 1990-W32
        "Trans-Pacific Airlines said its traffic in {July} rose 6.4% from {a year earlier} to "
        "2.9 billion revenue passenger miles. The Seattle-based carrier filled 71.2% of its "
        "seats {last month}, down from 73.5%. For {the first seven months}, traffic was up 5.1%. "
        "The airline said {Monday} that it would begin nonstop service between Seattle and Osaka "
        "{next April}, with flights {four times a week} on Boeing 747 jets. Jet fuel, which cost "
        "57 cents a gallon in {early July}, has jumped since Iraq invaded Kuwait {last "
        "Thursday}. The carrier paid 82 cents a gallon {yesterday}, and it estimates that each "
        "one-cent rise costs it about $9 million {a year}. Trans-Pacific stock fell $2.375 to "
        "$31.50 in New York Stock Exchange composite trading {yesterday}. The company earned $48 "
        "million in {the second quarter}, and analysts had expected a profit of about $150 "
        "million for {this year}. Chairman Ellen Marsh said fares on most routes would rise 5% "
        "on {Sept. 1}.",
        [
            ("July", "DATE", "1990-07"),
            ("a year earlier", "DATE", "1989-07"),
            ("last month", "DATE", "1990-07"),
            ("the first seven months", "DURATION", "P7M"),
            ("Monday", "DATE", "1990-08-06"),
            ("next April", "DATE", "1991-04"),
            ("four times a week", "SET", "P1W"),
            ("early July", "DATE", "1990-07"),
            ("last Thursday", "DATE", "1990-08-02"),
            ("yesterday", "DATE", "1990-08-07"),
            ("a year", "SET", "P1Y"),
            ("yesterday", "DATE", "1990-08-07"),
            ("the second quarter", "DATE", "1990-Q2"),
            ("this year", "DATE", "1990"),
            ("Sept. 1", "DATE", "1990-09-01"),
        ],
    ),
    "wsj-toy-maker-fiscal-loss-1991": (
        date(1991, 3, 14),  # Thursday, ISO 1991-W11
        "Brightwood Toys Inc. said it lost $14.8 million in {fiscal 1990}, which ended {Feb. 2}, "
        "after weak holiday sales. The Cincinnati maker of dolls and board games had earned $9.6 "
        "million in {the previous year}. In {the fourth quarter}, which includes the holiday "
        "selling season, the company lost $20.3 million, against a profit of $4.4 million {a "
        "year earlier}. Brightwood said orders from retailers, which usually arrive in {January} "
        "and {February}, were down about 15% {this year}. The company, whose Skylark doll sold "
        "2.4 million units in {1987}, said it would close its plant in Lima, Ohio, by {the end "
        "of the summer} and move the work to Mexico. Brightwood's shares, which traded as high "
        "as $22 {two years ago}, closed unchanged at $7.125 on the American Stock Exchange "
        "{yesterday}. The annual meeting will be held {May 21}. Chief Executive Harold Lutz, 66, "
        "who founded the company {44 years ago}, said he planned to retire within {a year}.",
        [
            ("fiscal 1990", "DATE", "1990"),
            ("Feb. 2", "DATE", "1991-02-02"),
            ("the previous year", "DATE", "1989"),
            ("the fourth quarter", "DATE", "1990-Q4"),
            ("a year earlier", "DATE", "1989-Q4"),
            ("January", "DATE", "1991-01"),
            ("February", "DATE", "1991-02"),
            ("this year", "DATE", "1991"),
            ("1987", "DATE", "1987"),
            ("the end of the summer", "DATE", "1991-SU"),
            ("two years ago", "DATE", "1989"),
            ("yesterday", "DATE", "1991-03-13"),
            ("May 21", "DATE", "1991-05-21"),
            ("44 years ago", "DATE", "1947"),
            ("a year", "DURATION", "P1Y"),
        ],
    ),
    "wsj-thrift-seized-nashville-1990": (
        date(1990, 6, 29),  # Friday, ISO 1990-W26
        "Federal regulators seized Cumberland Savings & Loan Association {yesterday} and said "
        "its failure would cost taxpayers about $1.1 billion. The Resolution Trust Corp. said "
        "the Nashville thrift, founded in {1887}, had been insolvent for {more than a year}. Its "
        "41 branches will reopen {Monday} under federal control, and depositors may withdraw up "
        "to $5,000 {a day} until {the end of next week}. Cumberland lost $212 million in {the "
        "first quarter} and $390 million in {1989}. Regulators had ordered it to raise new "
        "capital by {March 31}, a deadline it missed. The agency, which has taken over 253 "
        "thrifts since it was created {last August}, said it would try to sell Cumberland within "
        "{90 days}. The thrift's chairman, James Pruitt, 54, resigned in {January} and is under "
        "investigation by a federal grand jury. His lawyer said {Wednesday} that Mr. Pruitt had "
        "done nothing wrong. RTC officials will meet reporters in Nashville at {10 a.m. today}.",
        [
            ("yesterday", "DATE", "1990-06-28"),
            ("1887", "DATE", "1887"),
            ("more than a year", "DURATION", "P1Y"),
            ("Monday", "DATE", "1990-07-02"),
            ("a day", "SET", "P1D"),
            ("the end of next week", "DATE", "1990-W27"),
            ("the first quarter", "DATE", "1990-Q1"),
            ("1989", "DATE", "1989"),
            ("March 31", "DATE", "1990-03-31"),
            ("last August", "DATE", "1989-08"),
            ("90 days", "DURATION", "P90D"),
            ("January", "DATE", "1990-01"),
            ("Wednesday", "DATE", "1990-06-27"),
            ("10 a.m. today", "TIME", "1990-06-29T10:00"),
        ],
    ),
    "wsj-steel-maker-first-quarter-1991": (
        date(1991, 4, 17),  # Wednesday, ISO 1991-W16
        "Allegheny Valley Steel Corp. posted a net loss of $38 million for {the first quarter}, "
        "compared with net income of $15 million in {the year-earlier period}, as the recession "
        "cut orders from auto makers. Shipments in {the quarter} fell 17% to 1.4 million tons. "
        "The Pittsburgh company said it would idle its No. 2 blast furnace for {at least six "
        "weeks} starting {May 1}. Its mills ran at 68% of capacity in {March}, down from 81% {a "
        "year ago}. Chairman Frank Kovac said {yesterday} that he expected a return to profit in "
        "{the second half}. The company's contract with the United Steelworkers expires {July "
        "31}, and talks begin {next month}. Allegheny last paid a dividend in {the fourth "
        "quarter of 1989}. It plans capital spending of $150 million in {1991}, down from $210 "
        "million {last year}. The shares fell 25 cents to $11.75 in New York Stock Exchange "
        "composite trading, and steel stocks as a group have trailed the S&P 500 by 14 "
        "percentage points.",
        [
            ("the first quarter", "DATE", "1991-Q1"),
            ("the year-earlier period", "DATE", "1990-Q1"),
            ("the quarter", "DATE", "1991-Q1"),
            ("at least six weeks", "DURATION", "P6W"),
            ("May 1", "DATE", "1991-05-01"),
            ("March", "DATE", "1991-03"),
            ("a year ago", "DATE", "1990"),
            ("yesterday", "DATE", "1991-04-16"),
            ("the second half", "DATE", "1991-H2"),
            ("July 31", "DATE", "1991-07-31"),
            ("next month", "DATE", "1991-05"),
            ("the fourth quarter of 1989", "DATE", "1989-Q4"),
            ("1991", "DATE", "1991"),
            ("last year", "DATE", "1990"),
        ],
    ),
    "wsj-insurer-storm-claims-1989": (
        date(1989, 10, 3),  # Tuesday, ISO 1989-W40
        "Palmetto Mutual Insurance Co. said claims from Hurricane Hugo would cut its earnings "
        "for {the third quarter}, which ended {Saturday}, by $95 million to $120 million. The "
        "storm came ashore near Charleston, S.C., {the night of Sept. 21}. Palmetto had received "
        "31,000 claims by {last Friday}, and its adjusters expect 15,000 more in {the coming "
        "weeks}. The Columbia, S.C., company said it would draw on its reinsurance for the first "
        "time since {1979}. It earned $61 million {a year earlier} and $214 million for all of "
        "{1988}. Palmetto's stock fell $1.50 to $38.25 in national over-the-counter trading "
        "{yesterday}. The company has opened 12 temporary claims offices that will stay open "
        "{seven days a week} through {Nov. 30}. State regulators have given insurers {60 days} "
        "to settle uncontested homeowner claims. Palmetto will report its results on {Oct. 26}. "
        "Chairman Lee Hampton said {last week} that rates in coastal counties would have to rise "
        "{next year}.",
        [
            ("the third quarter", "DATE", "1989-Q3"),
            ("Saturday", "DATE", "1989-09-30"),
            ("the night of Sept. 21", "TIME", "1989-09-21TNI"),
            ("last Friday", "DATE", "1989-09-29"),
            ("the coming weeks", "DURATION", "PXW"),
            ("1979", "DATE", "1979"),
            ("a year earlier", "DATE", "1988-Q3"),
            ("1988", "DATE", "1988"),
            ("yesterday", "DATE", "1989-10-02"),
            ("seven days a week", "SET", "P1W"),
            ("Nov. 30", "DATE", "1989-11-30"),
            ("60 days", "DURATION", "P60D"),
            ("Oct. 26", "DATE", "1989-10-26"),
            ("last week", "DATE", "1989-W39"),
            ("next year", "DATE", "1990"),
        ],
    ),
    "cnn-grain-elevator-blast-1998": (
        date(1998, 2, 14),  # Saturday, ISO 1998-W07
        "Good evening. Rescue crews in western Kansas are still searching {tonight} for four "
        "workers missing after an explosion at a grain elevator. The blast tore through the "
        "Harlan County elevator at about {nine fifteen this morning}, local time. CNN's Ana Ruiz "
        "has been at the scene since {early this afternoon}. Ana? Bernard, the fire chief tells "
        "me crews have pulled seven people from the rubble in {the past twelve hours}. Two of "
        "them died at the county hospital {earlier today}. The elevator, built in {nineteen "
        "fifty-two}, holds about two million bushels of wheat. State inspectors last visited it "
        "in {October}. Dust explosions at American grain elevators kill several workers {every "
        "year}, and this one is the worst in Kansas since {nineteen eighty}. The sheriff says "
        "the search could take {days}. Searchers plan to dig by hand for {another twenty four "
        "hours} before they bring in heavy cranes on {Monday}. The company that owns the "
        "elevator will speak to reporters in {the next few minutes}. Ana Ruiz, CNN, Harlan "
        "County, Kansas.",
        [
            ("tonight", "TIME", "1998-02-14TNI"),
            ("nine fifteen this morning", "TIME", "1998-02-14T09:15"),
            ("early this afternoon", "TIME", "1998-02-14TAF"),
            ("the past twelve hours", "DURATION", "PT12H"),
            ("earlier today", "DATE", "1998-02-14"),
            ("nineteen fifty-two", "DATE", "1952"),
            ("October", "DATE", "1997-10"),
            ("every year", "SET", "P1Y"),
            ("nineteen eighty", "DATE", "1980"),
            ("days", "DURATION", "PXD"),
            ("another twenty four hours", "DURATION", "PT24H"),
            ("Monday", "DATE", "1998-02-16"),
            ("the next few minutes", "DURATION", "PTXM"),
        ],
    ),
    "cnn-wabash-river-crest-1999": (
        date(1999, 5, 2),  # Sunday, ISO 1999-W17
        "Good evening. Along the Wabash River {tonight}, volunteers are stacking sandbags as the "
        "water climbs toward a crest that forecasters expect {early Tuesday}. The river stood at "
        "twenty-six feet in Terre Haute at {four o'clock this afternoon}, eleven feet above "
        "flood stage. It has risen nearly four feet in {the last twenty four hours}. More rain "
        "is forecast for {Monday night}. The governor toured the levees {this morning} and "
        "called out two hundred National Guard troops. Some four hundred families left their "
        "homes {Saturday}, and the Red Cross has opened three shelters that are staffed {twenty "
        "four hours a day}. Schools in Vigo County will be closed {tomorrow}. The last time the "
        "Wabash rose this high was in {the spring of nineteen ninety-one}. Forecasters say the "
        "water could stay above flood stage for {at least a week}. County officials will post "
        "new river readings {every six hours}. We'll have a live report from the levee in {the "
        "next few minutes}.",
        [
            ("tonight", "TIME", "1999-05-02TNI"),
            ("early Tuesday", "DATE", "1999-05-04"),
            ("four o'clock this afternoon", "TIME", "1999-05-02T16:00"),
            ("the last twenty four hours", "DURATION", "PT24H"),
            ("Monday night", "TIME", "1999-05-03TNI"),
            ("this morning", "TIME", "1999-05-02TMO"),
            ("Saturday", "DATE", "1999-05-01"),
            ("twenty four hours a day", "SET", "P1D"),
            ("tomorrow", "DATE", "1999-05-03"),
            ("the spring of nineteen ninety-one", "DATE", "1991-SP"),
            ("at least a week", "DURATION", "P1W"),
            ("every six hours", "SET", "PT6H"),
            ("the next few minutes", "DURATION", "PTXM"),
        ],
    ),
    "pri-norway-cod-ban-1999": (
        date(1999, 1, 13),  # Wednesday, ISO 1999-W02
        "This is The World. Fishermen in northern Norway say they will defy a ban on cod fishing "
        "that takes effect at {midnight tonight}. The government announced the ban on {Monday}, "
        "saying cod stocks in the Barents Sea have fallen by half over {the past decade}. It "
        "will last {ninety days}, and ministers have promised to review it in {April}. The "
        "World's Karen Lund reports from Tromso. It's {two in the afternoon} here, and the sky "
        "is dark. The sun has not risen over Tromso since {late November}, and it won't clear "
        "the horizon until {Friday}. Many of the men on the docks {today} have fished these "
        "waters for {thirty years}. Olav Berg, who is fifty-eight, says his boat will leave port "
        "{tomorrow morning} whatever Oslo says. The last time Norway closed the fishery, in "
        "{nineteen eighty-nine}, hundreds of boats were tied up and some families never "
        "recovered. The fisheries minister is to meet union leaders on {Thursday}. For The "
        "World, I'm Karen Lund in Tromso.",
        [
            ("midnight tonight", "TIME", "1999-01-13T24:00"),
            ("Monday", "DATE", "1999-01-11"),
            ("the past decade", "DURATION", "P10Y"),
            ("ninety days", "DURATION", "P90D"),
            ("April", "DATE", "1999-04"),
            ("two in the afternoon", "TIME", "1999-01-13T14:00"),
            ("late November", "DATE", "1998-11"),
            ("Friday", "DATE", "1999-01-15"),
            ("today", "DATE", "1999-01-13"),
            ("thirty years", "DURATION", "P30Y"),
            ("tomorrow morning", "TIME", "1999-01-14TMO"),
            ("nineteen eighty-nine", "DATE", "1989"),
            ("Thursday", "DATE", "1999-01-14"),
        ],
    ),
    "voa-locust-swarms-mali-2000": (
        date(2000, 3, 20),  # Monday, ISO 2000-W12
        "This is VOA News. United Nations experts say swarms of desert locusts that crossed into "
        "northern Mali {last week} could reach farmland along the Niger River within {ten days}. "
        "The Food and Agriculture Organization said {Monday} that the swarms are the largest in "
        "West Africa since {nineteen eighty-eight}. A large swarm can eat as much food in {one "
        "day} as thirty-five thousand people. Spraying teams began work on {Saturday} and will "
        "fly {twice a day} while the weather allows. Officials say they need two-point-three "
        "million dollars over {the next three months}. Farmers in the region will plant millet "
        "in {June}, when the rains are due. Mali's agriculture minister is to visit the "
        "worst-hit areas {later this week}. In {nineteen eighty-eight}, locusts destroyed crops "
        "in more than twenty countries, and that outbreak lasted {nearly two years}. The "
        "agency's next locust bulletin is due on {April first}. VOA News.",
        [
            ("last week", "DATE", "2000-W11"),
            ("ten days", "DURATION", "P10D"),
            ("Monday", "DATE", "2000-03-20"),
            ("nineteen eighty-eight", "DATE", "1988"),
            ("one day", "DURATION", "P1D"),
            ("Saturday", "DATE", "2000-03-18"),
            ("twice a day", "SET", "P1D"),
            ("the next three months", "DURATION", "P3M"),
            ("June", "DATE", "2000-06"),
            ("later this week", "DATE", "2000-W12"),
            ("nineteen eighty-eight", "DATE", "1988"),
            ("nearly two years", "DURATION", "P2Y"),
            ("April first", "DATE", "2000-04-01"),
        ],
    ),
    "abc-holiday-weekend-travel-1998": (
        date(1998, 9, 4),  # Friday, ISO 1998-W36
        "Good evening. Across the country {tonight}, highways are jammed as Americans head out "
        "for {the Labor Day weekend}. The auto club says thirty-one million people will travel "
        "at least a hundred miles from home between {now} and {Monday night}. That's up three "
        "percent from {last year}. Airlines expect their busiest day to be {Monday}, when many "
        "travelers fly home. At Chicago's O'Hare airport {this afternoon}, lines at some ticket "
        "counters stretched for {more than an hour}. United's Flight 800 to Denver left {two "
        "hours} late, and its passengers were not the only ones waiting. Gasoline, at an average "
        "of a dollar three a gallon, is the cheapest it has been in {twelve years}. Safety "
        "officials warn that about five hundred people could die on the roads before {Tuesday "
        "morning}. State police in Illinois will run sobriety checkpoints {every night} through "
        "{Monday}. For many families, this is the last trip before school starts {next week}.",
        [
            ("tonight", "TIME", "1998-09-04TNI"),
            ("the Labor Day weekend", "DATE", "1998-W36-WE"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday night", "TIME", "1998-09-07TNI"),
            ("last year", "DATE", "1997"),
            ("Monday", "DATE", "1998-09-07"),
            ("this afternoon", "TIME", "1998-09-04TAF"),
            ("more than an hour", "DURATION", "PT1H"),
            ("two hours", "DURATION", "PT2H"),
            ("twelve years", "DURATION", "P12Y"),
            ("Tuesday morning", "TIME", "1998-09-08TMO"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("Monday", "DATE", "1998-09-07"),
            ("next week", "DATE", "1998-W37"),
        ],
    ),
    "cnn-bank-hostage-standoff-2000": (
        date(2000, 7, 9),  # Sunday, ISO 2000-W27
        "Good morning. It is {eleven o'clock} here in Atlanta, and we begin {this hour} with a "
        "standoff in suburban Marietta that has {now} lasted {more than sixteen hours}. Police "
        "say a man with a rifle walked into a branch of Peachtree Savings shortly before {seven "
        "o'clock last night} and took three employees hostage. He let one of them, a "
        "twenty-three-year-old teller, go at {around two a.m.} Negotiators have called him "
        "{every hour} since then. {About thirty minutes ago}, he let them send in food and "
        "water. CNN's Tom Rivers is at the scene. Tom? Daryn, it has been quiet here for {the "
        "last forty minutes}. Police tell us the man, who is forty-one, lost his job at the bank "
        "in {May}. His wife told reporters {this morning} that she had not heard from him since "
        "{Friday}. Officers have closed Roswell Road in front of the bank until {noon}. Tom "
        "Rivers, CNN, Marietta, Georgia.",
        [
            ("eleven o'clock", "TIME", "2000-07-09T11:00"),
            ("this hour", "TIME", "2000-07-09T11"),
            ("now", "DATE", "PRESENT_REF"),
            ("more than sixteen hours", "DURATION", "PT16H"),
            ("seven o'clock last night", "TIME", "2000-07-08T19:00"),
            ("around two a.m.", "TIME", "2000-07-09T02:00"),
            ("every hour", "SET", "PT1H"),
            ("About thirty minutes ago", "TIME", "2000-07-09T10:30"),
            ("the last forty minutes", "DURATION", "PT40M"),
            ("May", "DATE", "2000-05"),
            ("this morning", "TIME", "2000-07-09TMO"),
            ("Friday", "DATE", "2000-07-07"),
            ("noon", "TIME", "2000-07-09T12:00"),
        ],
    ),
    "biography-glass-artist-retrospective-2004": (
        date(2004, 6, 12),  # Saturday, ISO 2004-W24
        "Long before her vases sold for thousands of dollars, Mira Halvorsen blew glass in a "
        "converted chicken coop in Door County, Wis. She was born there in {1931}, the youngest "
        "of six children of a dairy farmer. She first saw a glass furnace on a school trip to "
        "Chicago in {the spring of 1944}, and {that summer} she built a small kiln from scrap "
        "bricks behind the barn. She studied chemistry at the University of Wisconsin, "
        "graduating in {1953}, and spent {the next eight years} mixing pigments for a paint "
        "maker in Milwaukee. In {1961} she quit, bought a used furnace and moved home. Her first "
        "show, at a gallery in Green Bay, opened on {Oct. 3, 1964}, and every piece sold {that "
        "night}. {Two years later}, a curator from the Corning Museum of Glass drove out to see "
        "her. By {the early 1970s} her work was in museums in Stockholm and Venice. A fire "
        "destroyed the coop in {January 1979}; she rebuilt it {that spring} with money from her "
        "collectors. She died in {2001}, at 69. A retrospective of 140 pieces opens {today} at "
        "the Milwaukee Art Museum and runs through {Sept. 26}, and the museum will stay open "
        "late {every Thursday} during the show.",
        [
            ("1931", "DATE", "1931"),
            ("the spring of 1944", "DATE", "1944-SP"),
            ("that summer", "DATE", "1944-SU"),
            ("1953", "DATE", "1953"),
            ("the next eight years", "DURATION", "P8Y"),
            ("1961", "DATE", "1961"),
            ("Oct. 3, 1964", "DATE", "1964-10-03"),
            ("that night", "TIME", "1964-10-03TNI"),
            ("Two years later", "DATE", "1966"),
            ("the early 1970s", "DATE", "197"),
            ("January 1979", "DATE", "1979-01"),
            ("that spring", "DATE", "1979-SP"),
            ("2001", "DATE", "2001"),
            ("today", "DATE", "2004-06-12"),
            ("Sept. 26", "DATE", "2004-09-26"),
            ("every Thursday", "SET", "XXXX-WXX-4"),
        ],
    ),
    "trial-marina-arson-verdict-1996": (
        date(1996, 11, 22),  # Friday, ISO 1996-W47
        "The first call to the Tampa fire department came on {March 17, 1995}, at {2:10 a.m.}, "
        "from a night watchman at Bayside Marina. Within {three hours}, 23 boats and the "
        "marina's main shed had burned. Investigators found traces of gasoline in the shed {that "
        "afternoon}. {Two days later} they questioned Dale Whitcomb, who ran a boat dealership "
        "next door and had lost a lawsuit against the marina's owners {that January}. {A week "
        "after that}, detectives searched his garage and took away two gas cans. He was not "
        "charged until {April 1996}. At his trial, which opened {Nov. 4} in federal court, "
        "prosecutors said Whitcomb, 47, had bought 10 gallons of gasoline at a convenience store "
        "on {the evening of March 16, 1995}. A store clerk testified that she had seen him there "
        "{around 9 p.m.} The defense said the watchman, who was fired {a month later}, had a "
        "motive of his own. The jury deliberated for {nine hours} before returning its verdict "
        "{Thursday afternoon}. Whitcomb was convicted of arson and faces {up to 20 years} in "
        "prison when he is sentenced on {Feb. 14}.",
        [
            ("March 17, 1995", "DATE", "1995-03-17"),
            ("2:10 a.m.", "TIME", "1995-03-17T02:10"),
            ("three hours", "DURATION", "PT3H"),
            ("that afternoon", "TIME", "1995-03-17TAF"),
            ("Two days later", "DATE", "1995-03-19"),
            ("that January", "DATE", "1995-01"),
            ("A week after that", "DATE", "1995-03-26"),
            ("April 1996", "DATE", "1996-04"),
            ("Nov. 4", "DATE", "1996-11-04"),
            ("the evening of March 16, 1995", "TIME", "1995-03-16TEV"),
            ("around 9 p.m.", "TIME", "1995-03-16T21:00"),
            ("a month later", "DATE", "1995-04"),
            ("nine hours", "DURATION", "PT9H"),
            ("Thursday afternoon", "TIME", "1996-11-21TAF"),
            ("up to 20 years", "DURATION", "P20Y"),
            ("Feb. 14", "DATE", "1997-02-14"),
        ],
    ),
    "rescue-cavers-flooded-passage-2001": (
        date(2001, 2, 18),  # Sunday, ISO 2001-W07
        "Four cavers who spent {five days} trapped by floodwater in a Kentucky cave walked out "
        "into the daylight {yesterday}, pale and hungry but able to stand. The group, three "
        "students and their instructor from Western Ridge College, entered Hollow Creek Cave "
        "{last Monday morning} for what was meant to be a short training trip. Heavy rain began "
        "{that afternoon}, and the lower passages filled with water. When the group had not come "
        "out by {10 p.m.}, the instructor's wife called the sheriff. Rescue divers arrived {the "
        "next morning} but could not get through a flooded tunnel 300 yards from the entrance. "
        "On {Wednesday}, crews began pumping water out of the tunnel at 3,000 gallons {a "
        "minute}. By then the cavers had climbed to a dry ledge, where they shared four candy "
        "bars and drank water dripping from the rock. {Two days later}, on {Friday}, a diver "
        "squeezed through the half-drained tunnel and found all four alive. They had been "
        "underground for {nearly 100 hours}. The last of them reached the entrance at {about "
        "1:30 p.m. Saturday}, and all four were released from a hospital in Bowling Green {last "
        "night}. The instructor, Paul Greer, 38, has led student trips into the cave for {12 "
        "years}. The cave, which draws 5,000 visitors {a year}, will stay closed until {spring}.",
        [
            ("five days", "DURATION", "P5D"),
            ("yesterday", "DATE", "2001-02-17"),
            ("last Monday morning", "TIME", "2001-02-12TMO"),
            ("that afternoon", "TIME", "2001-02-12TAF"),
            ("10 p.m.", "TIME", "2001-02-12T22:00"),
            ("the next morning", "DATE", "2001-02-13"),
            ("Wednesday", "DATE", "2001-02-14"),
            ("a minute", "SET", "PT1M"),
            ("Two days later", "DATE", "2001-02-16"),
            ("Friday", "DATE", "2001-02-16"),
            ("nearly 100 hours", "DURATION", "PT100H"),
            ("about 1:30 p.m. Saturday", "TIME", "2001-02-17T13:30"),
            ("last night", "TIME", "2001-02-17TNI"),
            ("12 years", "DURATION", "P12Y"),
            ("a year", "SET", "P1Y"),
            ("spring", "DATE", "2001-SP"),
        ],
    ),
    "feature-lighthouse-keeper-150-years-2003": (
        date(2003, 8, 23),  # Saturday, ISO 2003-W34
        "For {31 years}, Walter Pike climbed the 96 steps of the Gull Rock Light {every evening} "
        "to light the lamp. He took the job in {1958}, after his discharge from the Navy, and "
        "his wife, June, joined him on the island {that fall}. The worst storm of their time "
        "there came in {February 1978}. It struck on {Feb. 6}, and for {three days} the couple "
        "could not reach the mainland. The keeper's log for {Feb. 7} records waves breaking over "
        "the top of the 60-foot tower. The Coast Guard automated the light in {1989}, and Pike, "
        "then 66, moved ashore {that October}. June Pike died in {1995}. {Now} 80, Pike lives in "
        "a small house in Stonington with a view of the light. The town will hold a ceremony at "
        "the tower at {11 a.m. Sunday} to mark {150 years} since the lamp was first lit, in "
        "{1853}. Pike will climb the steps one last time to switch on a new lens. Visitors can "
        "tour the tower until {Labor Day}.",
        [
            ("31 years", "DURATION", "P31Y"),
            ("every evening", "SET", "XXXX-XX-XXTEV"),
            ("1958", "DATE", "1958"),
            ("that fall", "DATE", "1958-FA"),
            ("February 1978", "DATE", "1978-02"),
            ("Feb. 6", "DATE", "1978-02-06"),
            ("three days", "DURATION", "P3D"),
            ("Feb. 7", "DATE", "1978-02-07"),
            ("1989", "DATE", "1989"),
            ("that October", "DATE", "1989-10"),
            ("1995", "DATE", "1995"),
            ("Now", "DATE", "PRESENT_REF"),
            ("11 a.m. Sunday", "TIME", "2003-08-24T11:00"),
            ("150 years", "DURATION", "P150Y"),
            ("1853", "DATE", "1853"),
            ("Labor Day", "DATE", "2003-09-01"),
        ],
    ),
    "feature-bottle-note-found-2007": (
        date(2007, 10, 16),  # Tuesday, ISO 2007-W42
        "Carl Jensen was 11 when he dropped a green bottle off the stern of a car ferry in Lake "
        "Michigan on {July 14, 1956}, with a note asking whoever found it to write back. Nobody "
        "did, and he forgot about it. {Fifty-one years later}, a county worker clearing "
        "driftwood near Ludington, Mich., found the bottle half buried in sand. Dana Ruiz "
        "spotted its neck {the morning of Sept. 22} and took it home, still corked. She opened "
        "it {that evening} and read the note, written in pencil and signed with a Green Bay "
        "address. {The next day} she found Jensen, who is 62, through a telephone directory. He "
        "had moved back to Green Bay in {the 1970s} after {33 years} away. Ruiz drove the bottle "
        "to his house {two weeks ago}. Scientists at the University of Michigan say it probably "
        "spent {decades} under the sand. Jensen said {Monday} that he has ridden the same ferry "
        "{every August} for {half a century}. The two of them plan to make the crossing together "
        "{next summer}.",
        [
            ("July 14, 1956", "DATE", "1956-07-14"),
            ("Fifty-one years later", "DATE", "2007"),
            ("the morning of Sept. 22", "TIME", "2007-09-22TMO"),
            ("that evening", "TIME", "2007-09-22TEV"),
            ("The next day", "DATE", "2007-09-23"),
            ("the 1970s", "DATE", "197"),
            ("33 years", "DURATION", "P33Y"),
            ("two weeks ago", "DATE", "2007-W40"),
            ("decades", "DURATION", "PXY"),
            ("Monday", "DATE", "2007-10-15"),
            ("every August", "SET", "XXXX-08"),
            ("half a century", "DURATION", "P50Y"),
            ("next summer", "DATE", "2008-SU"),
        ],
    ),
    "feature-freighter-wreck-found-2010": (
        date(2010, 5, 9),  # Sunday, ISO 2010-W18
        "The steel freighter Ada Colburn left Duluth, Minn., with a cargo of iron ore on {Nov. "
        "27, 1913}. {That night} a gale swept across Lake Superior, and by {the next morning} "
        "the ship was gone with all 22 of her crew. Wreckage washed ashore near Grand Marais "
        "{four days later}. For {nearly a century}, nobody knew where she lay. Divers from the "
        "Great Lakes Shipwreck Society, which was founded in {1978}, found her {last summer} in "
        "600 feet of water, but the group kept the discovery quiet until {Friday}. The first "
        "sonar image came on {Aug. 18}, and two divers reached the hull {nine days later}. The "
        "team made 11 dives over {the next six weeks}, filming the pilothouse and the ship's "
        "name on her bow. The ship's bell, raised {last fall}, will go on display at the "
        "society's museum at Whitefish Point on {Memorial Day}. The museum said a memorial "
        "service for the crew's descendants will be held {the same day}. One of them, a "
        "granddaughter of the captain, said her family had wondered about the wreck for "
        "{decades}.",
        [
            ("Nov. 27, 1913", "DATE", "1913-11-27"),
            ("That night", "TIME", "1913-11-27TNI"),
            ("the next morning", "DATE", "1913-11-28"),
            ("four days later", "DATE", "1913-12-02"),
            ("nearly a century", "DURATION", "P100Y"),
            ("1978", "DATE", "1978"),
            ("last summer", "DATE", "2009-SU"),
            ("Friday", "DATE", "2010-05-07"),
            ("Aug. 18", "DATE", "2009-08-18"),
            ("nine days later", "DATE", "2009-08-27"),
            ("the next six weeks", "DURATION", "P6W"),
            ("last fall", "DATE", "2009-FA"),
            ("Memorial Day", "DATE", "2010-05-31"),
            ("the same day", "DATE", "2010-05-31"),
            ("decades", "DURATION", "PXY"),
        ],
    ),
}

# (article id, expected span, or span#n for its n-th occurrence) -> why the tagger is wrong there.
KNOWN_WRONG: dict[tuple[str, str], str] = {
    # tense and plans: what is scheduled lies ahead of the publication date
    ("cnn-grain-elevator-blast-1998", "Monday"): "'before they bring in heavy cranes on "
    "Monday': ahead (tagged the Monday before)",
    ("wsj-toy-maker-fiscal-loss-1991", "January"): "'orders, which usually arrive in January "
    "and February, were down this year': this year's (tagged 1992-01)",
    ("wsj-toy-maker-fiscal-loss-1991", "February"): "as 'January' (tagged 1992-02)",
    # anchoring: a date belongs to the story's year or reporting period
    ("wsj-paper-mill-third-quarter-1989", "August"): "'rose sharply in 1988, began to level "
    "off in August': the latest August (tagged 1988-08)",
    ("wsj-toy-maker-fiscal-loss-1991", "the previous year"): "the fiscal year before fiscal "
    "1990 (tagged 1990, the calendar year before the last date)",
    ("wsj-insurer-storm-claims-1989", "a year earlier"): "the reported quarter a year back, "
    "told sentences before (tagged a year before 'since 1979')",
    ("trial-marina-arson-verdict-1996", "A week after that"): "a week after the day told, "
    "1995-03-26 (tagged a week after the document date)",
    ("feature-lighthouse-keeper-150-years-2003", "Feb. 6"): "'came in February 1978. It "
    "struck on Feb. 6': the month just told, in the sentence before (tagged 2003-02-06)",
    ("feature-lighthouse-keeper-150-years-2003", "Feb. 7"): "as 'Feb. 6' (tagged 2004-02-07)",
    # extents, types and values, as TimeBank and the earlier files mark them
    ("wsj-keystone-bank-fourth-quarter-loss-1990", "a year earlier"): "after 'at Dec. 31', "
    "the day a year before; TimeBank marks it the year as often",
    ("wsj-steel-maker-first-quarter-1991", "a year ago"): "the year here; after a month the "
    "tagger takes the same month a year before, as TimeBank does for quarters",
    ("wsj-insurer-storm-claims-1989", "the night of Sept. 21"): "AQUAINT marks 'the night of "
    "Oct. 23' as the DATE 'Oct. 23'; the tagger follows it",
    ("trial-marina-arson-verdict-1996", "the evening of March 16, 1995"): "as above",
    ("feature-bottle-note-found-2007", "the morning of Sept. 22"): "as above",
    ("trial-marina-arson-verdict-1996", "March 17, 1995"): "'March 17, 1995, at 2:10 a.m.' "
    "is one time in articles3 ('Jan. 14 at 8:02 p.m.'), as the tagger reads it",
    ("trial-marina-arson-verdict-1996", "2:10 a.m."): "as above",
    ("rescue-cavers-flooded-passage-2001", "the next morning"): "a DATE here; the earlier "
    "held-out sentences mark 'the next morning' TIME ...TMO, as the tagger does",
    ("feature-freighter-wreck-found-2010", "the next morning"): "as above",
    ("wsj-pacific-airline-july-traffic-1990", "four times a week"): "one SET (tagged only 'a "
    "week' after the route's names)",
    # spoken clock times and broadcast hours not read
    ("cnn-grain-elevator-blast-1998", "nine fifteen this morning"): "a spoken clock time, "
    "T09:15 (tagged 'this morning' only)",
    ("pri-norway-cod-ban-1999", "two in the afternoon"): "a spoken clock time, T14:00 "
    "(tagged 'the afternoon' only)",
    ("cnn-bank-hostage-standoff-2000", "around two a.m."): "a spoken hour with a.m. (not "
    "tagged)",
    ("cnn-bank-hostage-standoff-2000", "this hour"): "the hour of the broadcast (not tagged)",
    ("cnn-bank-hostage-standoff-2000", "About thirty minutes ago"): "thirty minutes before the "
    "broadcast's eleven o'clock, TIME 10:30 (tagged the day)",
    ("voa-locust-swarms-mali-2000", "April first"): "a spoken day of the month (tagged 'April' "
    "only)",
    ("wsj-paper-mill-third-quarter-1989", "the period"): "the reported quarter (not tagged: "
    "'the period' alone is read only after 'the latest', 'this', 'that')",
}

# Spans the tagger marks that no annotator would: (article id, tagged text) -> why not a TIMEX3.
KNOWN_SPURIOUS: dict[tuple[str, str], str] = {
    # the wrong extent of an expected expression listed in KNOWN_WRONG
    ("wsj-pacific-airline-july-traffic-1990", "a week"): "part of 'four times a week'",
    ("wsj-insurer-storm-claims-1989", "Sept. 21"): "part of 'the night of Sept. 21'",
    ("cnn-grain-elevator-blast-1998", "this morning"): "part of 'nine fifteen this morning'",
    ("pri-norway-cod-ban-1999", "the afternoon"): "part of 'two in the afternoon'",
    ("voa-locust-swarms-mali-2000", "April"): "part of 'April first'",
    ("trial-marina-arson-verdict-1996", "March 17, 1995, at 2:10 a.m."): "'March 17, 1995' "
    "and '2:10 a.m.' joined",
    ("trial-marina-arson-verdict-1996", "March 16, 1995"): "part of 'the evening of March 16, "
    "1995'",
    ("feature-bottle-note-found-2007", "Sept. 22"): "part of 'the morning of Sept. 22'",
}

SUITE = ArticleSuite(ARTICLES, KNOWN_WRONG, KNOWN_SPURIOUS)
(
    test_article_expression_found,
    test_article_nothing_spurious,
    test_articles_are_well_formed_and_varied,
) = article_tests(SUITE)
