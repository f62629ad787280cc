"""Thirteenth document-level held-out check of the tagger: whole news articles, recall, precision.

Same format and scoring as tests/test_tagger_articles.py (TempEval-3 style: every expected
TIMEX3 found with its exact span, type and value; nothing else tagged), on twenty new articles
written for this file, none taken from a corpus, and annotated blind: every value was worked out
by hand from the calendar (weekdays and ISO weeks checked with Python's datetime), without
reading the tagger or running it on these texts.  They are international news of 1995-2024 in
the style of Reuters, AFP, AP, Xinhua, The Hindu, the South China Morning Post, the Sydney
Morning Herald, News24 and the Buenos Aires Herald, from Asia-Pacific, Africa, Latin America,
the Middle East and Europe: the Thai baht floated at "8:30 am" local time ("0130 GMT") after
"13 years" of a peg; India's Supreme Court on Article 370 ("August 5, 2019", "the 15th");
Typhoon Mangkhut ("1.40am on Saturday", "August last year", "every three hours"); an Australian
count ("Saturday's federal election", "3 June", "mid-June", "every three years"); load shedding
"from 05:00 on Friday" and "two weeks from now"; Argentina's peso ("the 1990s", "till Monday",
"250 pesos a week"); a Gaza truce ("8 a.m." local time, "0500 GMT", "the 72 hours"); the Nepal
earthquake ("11:56 a.m. Saturday", "twice a day", "at least a month"); Shenzhou V ("1961" and
"the following year"); a Sierra Leone lockdown "from midnight"; the India-ASEAN pact ("2007-08",
"twice a year"); Kenya's annulled election ("last month's election", "a decade on"); the Chile
earthquake ("9 p.m. tonight" till "noon Monday"); the Turkish lira ("early Monday", "A day
earlier"); the Qantas grounding ("2am today", "5pm AEDT", "the previous day"); Zimbabwe's ten
zeros; the Colombian peace vote ("last Monday", "4 p.m." local time, "2100 GMT"); Songkran; the
Paris strikes of 1995 ("Friday last", "Christmas"); Pope Francis in Manila.

What must not be tagged: "Article 370", "Article 35A", "Resolution 1860", "Resolution 2177",
"Signal No 10", "Hurricane Signal", "Stage 4", "Stage 6", "Terminal 3", "Long March 2F",
"Shenzhou IV", magnitudes ("magnitude-7.8", "magnitude-6.7", "magnitude-8.8", "magnitude-9.5"),
ages ("Yang Liwei, 38", "Odinga, 72", "Mugabe, 84", "the 78-year-old pope"), death tolls,
money ("R600 million", "250 pesos", "100 billion dollars", "$39 billion", "$20 million" before
its rate), percentages, exchange rates ("7.24 to the dollar"), seat counts ("76 seats", "the
151-seat House"), "a five-judge Constitution Bench", "the ten-member Association", "the
31st prime minister", "a sixth term", "for the first time", "a historic day",
"the close", "the annual meeting", temperatures ("38 C (100 F)"), distances and speeds.

Conventions as in tests/test_tagger_articles3.py, 5, 6 and 10 and the TimeBank/AQUAINT gold: a
leading preposition or signal ("on", "in", "at", "by", "since", "until", "till", "from",
"within", "over", "during", "between", "shortly after") stays out of the extent, a modifier
("early", "late", "mid-", "about", "nearly", "more than", "at least", "the past", "the next",
"last", "next", "this", "earlier this") is in it, and the possessive "'s" is outside
("Saturday's federal election", "last month's election"); a weekday in a report is the last one
on or before the DCT, in a schedule, forecast or plan the next one on or after it; a clock time
joined to its day or to "today", "tonight" is one TIME span ("1.40am on Saturday", "9 p.m.
tonight", "2am today", "5:45 p.m. Thursday"); a time zone stays in the span and out of the
value ("5pm AEDT" is T17:00), and a GMT time in brackets after the local one is the UTC clock
time on its own UTC date ("0130 GMT" after Bangkok's 8:30 am is 1997-07-02T01:30); "local time"
after a clock time is left out; "this morning", "this afternoon", "tonight", "Sunday night"
are TIMEs with TMO, TAF, TNI; "the evening" after a day named is that day's TEV; a dateline date
is tagged ("July 2", "Aug 5", "Oct. 15", "December 11"), and The Hindu's dateline "August 13" on
a paper dated Aug. 14 is the day of filing, 2009-08-13, the same day as its "Thursday"; "last
week" and "early next week" are ISO weeks, "this weekend" the week's WE; "early this year",
"this year", "the end of the year" are years, "late June", "mid-June", "late July", "late May"
months, "December last year" and "August last year" the month of the year before; "the 1990s"
is 199, "the 1980s" 198; "2007-08" (an Indian financial year) is 2007, the year it begins;
"the first quarter" is the DCT's Q1; "the following year" after "1961" is 1962; "A day
earlier" after "Sunday" (Aug. 12, 2018) is Aug. 11; "the previous day" after "Saturday" (Oct.
29, 2011) is Oct. 28; "a decade on" after "2007" is 2017; "two weeks from now" is the day two
weeks after the DCT; "the 15th" in a December 11 story of a hearing to come is December 15;
"Friday last" is "last Friday"; "Christmas" is a date; "midnight" from which a lockdown runs,
told on a Thursday, is that Thursday's T24:00 (the first minute of Friday), as "midnight
tonight" is in the earlier files; "noon Monday" and "noon on Friday" are T12:00; "now" is
PRESENT_REF; "hours", "days", "weeks", "months", "minutes" are PTXH, PXD, PXW, PXM, PTXM, "the
coming weeks" and "the coming days" PXW and PXD; "the 72 hours" and "the seven days" of an
event told before are DURATIONs with their article; "two-hour", "72-hour" and "three-day"
before a noun are DURATIONs; "about 21 hours" PT21H, "nearly four years" P4Y, "at least a
month" P1M; a rate after an amount ("250 pesos a week", "100 billion dollars a day", "$20
million a day") is a SET of its unit, a counted rate one SET ("10 hours a day" P1D, "twice a
day" P1D, "twice a year" P1Y); "daily", "every day" P1D, "every year" P1Y, "every three
years" P3Y, "every five years" P5Y, "every three weeks" P3W, "every three hours" PT3H, "every
morning" XXXX-XX-XXTMO.

Judgement calls: "three days after the magnitude-7.8 earthquake", "nine days after Juppe
presented his plan", "Ten minutes after liftoff" and "within hours" are bare units beside an
event, durations, as "44 days after the shooting" is in tests/test_tagger_articles10.py; "six
years after negotiations were launched" is a duration too; "the night" was kept out of the
Qantas story, whose tribunal sat through "Sunday night" (2011-10-30TNI) before the "2am today"
order; the Songkran story's "Friday" (April 13) and "Wednesday" (April 11) are in a report, the
last ones before the Saturday DCT, while its "Tuesday" (April 17) ends a campaign still running;
"the first time" a court overturned a result, "the second time" zeros were cut and "a sixth
term" are counts of events, untagged.
"""

from __future__ import annotations

from datetime import date

from tests.tagger_cases import Article, ArticleSuite, article_tests

ARTICLES: dict[str, Article] = {
    "afp-thai-baht-float-1997": (
        date(1997, 7, 2),  # Wednesday, ISO 1997-W27
        "BANGKOK, {July 2} (AFP) - Thailand cut the baht loose {today}, ending {13 years} in "
        "which the currency had been pegged to a basket dominated by the US dollar, and it sank "
        "about 15 percent by the close. The Bank of Thailand announced the float at {8:30 am} "
        "local time ({0130 GMT}), {hours} before banks opened. Finance Minister Thanong Bidaya "
        "had said on {Monday} that there would be no devaluation. The central bank has spent "
        "billions of dollars defending the peg since {February}, when speculators first attacked "
        "it, and dealers said it lost another 4 billion dollars in {the past two weeks} alone. "
        "Trading in the baht will be reviewed {daily} by a panel of senior officials, the bank "
        "said. The stock market posted its biggest gain since {the 1980s}. Economists warned "
        "that the crisis could spread to Manila and Jakarta in {the coming weeks}. The "
        "International Monetary Fund, which had urged a float {early this year}, will send a "
        "team {next week}. The baht had been fixed at about 25 to the dollar since {1984}.",
        [
            ("July 2", "DATE", "1997-07-02"),
            ("today", "DATE", "1997-07-02"),
            ("13 years", "DURATION", "P13Y"),
            ("8:30 am", "TIME", "1997-07-02T08:30"),
            ("0130 GMT", "TIME", "1997-07-02T01:30"),
            ("hours", "DURATION", "PTXH"),
            ("Monday", "DATE", "1997-06-30"),
            ("February", "DATE", "1997-02"),
            ("the past two weeks", "DURATION", "P2W"),
            ("daily", "SET", "P1D"),
            ("the 1980s", "DATE", "198"),
            ("the coming weeks", "DURATION", "PXW"),
            ("early this year", "DATE", "1997"),
            ("next week", "DATE", "1997-W28"),
            ("1984", "DATE", "1984"),
        ],
    ),
    "hindu-article-370-verdict-2023": (
        date(2023, 12, 11),  # Monday, ISO 2023-W50
        "NEW DELHI, {December 11}: The Supreme Court on {Monday} unanimously upheld the "
        "Centre's decision of {August 5, 2019} to abrogate Article 370 of the Constitution, "
        "which gave Jammu and Kashmir a special status. A five-judge Constitution Bench held "
        "that the provision was a temporary one and directed the Election Commission to hold "
        "Assembly elections in the Union Territory by {September 30, 2024}. The Bench had "
        "reserved its verdict on {September 5} after hearing arguments for {16 days}. More than "
        "20 petitions challenging the move had been pending for {more than four years}. Jammu "
        "and Kashmir has been without an elected government since {June 2018}, when the BJP "
        "pulled out of its coalition with the PDP, and Assembly elections were last held in "
        "{2014}. 'A wait of {nine years} for a vote is too long,' said a National Conference "
        "leader in Srinagar. Security was tightened across the valley from {Sunday night}, and "
        "mobile internet, suspended for {months} after the {2019} decision, stayed on. A "
        "related plea on the delimitation of constituencies is listed for hearing on {the 15th}. "
        "Article 35A, which flowed from Article 370, was also held to be gone for good.",
        [
            ("December 11", "DATE", "2023-12-11"),
            ("Monday", "DATE", "2023-12-11"),
            ("August 5, 2019", "DATE", "2019-08-05"),
            ("September 30, 2024", "DATE", "2024-09-30"),
            ("September 5", "DATE", "2023-09-05"),
            ("16 days", "DURATION", "P16D"),
            ("more than four years", "DURATION", "P4Y"),
            ("June 2018", "DATE", "2018-06"),
            ("2014", "DATE", "2014"),
            ("nine years", "DURATION", "P9Y"),
            ("Sunday night", "TIME", "2023-12-10TNI"),
            ("months", "DURATION", "PXM"),
            ("2019", "DATE", "2019"),
            ("the 15th", "DATE", "2023-12-15"),
        ],
    ),
    "scmp-typhoon-mangkhut-2018": (
        date(2018, 9, 16),  # Sunday, ISO 2018-W37
        "HONG KONG - Super Typhoon Mangkhut lashed Hong Kong on {Sunday}, shattering windows in "
        "office towers, uprooting trees and flooding the seafront. The Observatory raised "
        "Hurricane Signal No 10 at {9.40am}, the first time it had hoisted the top warning since "
        "Typhoon Vicente in {July 2012}, and said it would remain in force until {the evening}. "
        "Gusts above 200km/h were recorded at Waglan Island {this morning}. Mangkhut had already "
        "killed at least 64 people in the northern Philippines after making landfall in Cagayan "
        "province at {1.40am on Saturday}. Macau, where Typhoon Hato killed 10 people in "
        "{August last year}, closed all its casinos from {11pm on Saturday} for the first time "
        "in the city's history. Residents of both cities had queued at supermarkets for {days}. "
        "The Education Bureau said all schools would stay shut on {Monday}. Forecasters expect "
        "winds to ease over {the next 24 hours} as the storm makes landfall in western "
        "Guangdong {late tonight}. The Observatory is issuing bulletins on the storm {every three "
        "hours}.",
        [
            ("Sunday", "DATE", "2018-09-16"),
            ("9.40am", "TIME", "2018-09-16T09:40"),
            ("July 2012", "DATE", "2012-07"),
            ("the evening", "TIME", "2018-09-16TEV"),
            ("this morning", "TIME", "2018-09-16TMO"),
            ("1.40am on Saturday", "TIME", "2018-09-15T01:40"),
            ("August last year", "DATE", "2017-08"),
            ("11pm on Saturday", "TIME", "2018-09-15T23:00"),
            ("days", "DURATION", "PXD"),
            ("Monday", "DATE", "2018-09-17"),
            ("the next 24 hours", "DURATION", "PT24H"),
            ("late tonight", "TIME", "2018-09-16TNI"),
            ("every three hours", "SET", "PT3H"),
        ],
    ),
    "smh-federal-election-count-2022": (
        date(2022, 5, 24),  # Tuesday, ISO 2022-W21
        "CANBERRA: Labor edged closer to a majority in its own right on {Tuesday} as counting "
        "from {Saturday}'s federal election went on, with 76 seats needed in the 151-seat House "
        "of Representatives. Anthony Albanese, sworn in as the 31st prime minister at Government "
        "House on {Monday}, flew to Tokyo within {hours} for a meeting of Quad leaders and "
        "returns on {Wednesday}. Scott Morrison conceded defeat on {Saturday night} and said he "
        "would step down as Liberal leader. The result ends {nine years} of Coalition "
        "government, in office since {September 2013}, and is the first time Labor has won from "
        "opposition since {2007}. Postal votes can arrive until {3 June}, {13 days} after polling "
        "day, and the Australian Electoral Commission expects to declare the last seats by "
        "{mid-June}. The Greens were on track for four seats in the lower house, three of them "
        "in Brisbane. Independents, most of them women campaigning on climate change, took at "
        "least six seats from the Liberals. Parliament is expected to sit for the first time in "
        "{late July}. Federal elections for the House fall due {every three years}.",
        [
            ("Tuesday", "DATE", "2022-05-24"),
            ("Saturday", "DATE", "2022-05-21"),
            ("Monday", "DATE", "2022-05-23"),
            ("hours", "DURATION", "PTXH"),
            ("Wednesday", "DATE", "2022-05-25"),
            ("Saturday night", "TIME", "2022-05-21TNI"),
            ("nine years", "DURATION", "P9Y"),
            ("September 2013", "DATE", "2013-09"),
            ("2007", "DATE", "2007"),
            ("3 June", "DATE", "2022-06-03"),
            ("13 days", "DURATION", "P13D"),
            ("mid-June", "DATE", "2022-06"),
            ("late July", "DATE", "2022-07"),
            ("every three years", "SET", "P3Y"),
        ],
    ),
    "news24-load-shedding-stage-4-2023": (
        date(2023, 2, 9),  # Thursday, ISO 2023-W06
        "JOHANNESBURG - Eskom will step up load shedding to Stage 4 from {05:00 on Friday}, the "
        "power utility said on {Thursday}, after breakdowns at six generating units. Stage 6 was "
        "in force for most of {last week}. Households have faced cuts of {10 hours a day} at the "
        "worst stages since {September}. Stage 4 means up to three {two-hour} outages for most "
        "suburbs. Eskom spent more than R600 million on diesel for its open-cycle gas turbines "
        "over {the past three days}, a spokesperson said, and expects two units at Kusile to "
        "return to service {two weeks from now}. President Cyril Ramaphosa is expected to "
        "announce a national state of disaster when he delivers the State of the Nation Address "
        "in Cape Town at {19:00 tonight}. Chief executive André de Ruyter left the utility on "
        "{Wednesday}, ahead of the date set for his departure. Load shedding was first imposed "
        "in {2007}, and the country had {205 days} of power cuts in {2022}, a record. The energy "
        "regulator has approved a tariff increase of 18.65 percent from {1 April}. Eskom said "
        "the schedule would be reviewed {daily}.",
        [
            ("05:00 on Friday", "TIME", "2023-02-10T05:00"),
            ("Thursday", "DATE", "2023-02-09"),
            ("last week", "DATE", "2023-W05"),
            ("10 hours a day", "SET", "P1D"),
            ("September", "DATE", "2022-09"),
            ("two-hour", "DURATION", "PT2H"),
            ("the past three days", "DURATION", "P3D"),
            ("two weeks from now", "DATE", "2023-02-23"),
            ("19:00 tonight", "TIME", "2023-02-09T19:00"),
            ("Wednesday", "DATE", "2023-02-08"),
            ("2007", "DATE", "2007"),
            ("205 days", "DURATION", "P205D"),
            ("2022", "DATE", "2022"),
            ("1 April", "DATE", "2023-04-01"),
            ("daily", "SET", "P1D"),
        ],
    ),
    "baherald-peso-peg-ends-2002": (
        date(2002, 1, 5),  # Saturday, ISO 2002-W01
        "BUENOS AIRES - President Eduardo Duhalde's government will unveil its economic plan "
        "{tomorrow}, and bankers expect it to end {a decade} in which the peso has been pegged "
        "one-to-one to the US dollar. The convertibility law, which tamed hyperinflation in "
        "{the 1990s}, has fixed the exchange rate since {April 1991}. The foreign exchange "
        "market, shut since {December 21}, will stay closed till {Monday}, the Central Bank said "
        "{yesterday}. Duhalde, the fifth man to hold the presidency in {two weeks}, was chosen by "
        "Congress on {Tuesday}. Fernando de la Rúa resigned on {December 20} after {two days} of "
        "rioting and looting in which 27 people died. Savers remain furious over the "
        "'corralito', the limit of 250 pesos {a week} on cash withdrawals imposed on "
        "{December 3}. The Senate will debate the emergency bill {this weekend}, and the lower "
        "house is expected to follow. Economists said the peso could lose 30 percent of its "
        "value.",
        [
            ("tomorrow", "DATE", "2002-01-06"),
            ("a decade", "DURATION", "P10Y"),
            ("the 1990s", "DATE", "199"),
            ("April 1991", "DATE", "1991-04"),
            ("December 21", "DATE", "2001-12-21"),
            ("Monday", "DATE", "2002-01-07"),
            ("yesterday", "DATE", "2002-01-04"),
            ("two weeks", "DURATION", "P2W"),
            ("Tuesday", "DATE", "2002-01-01"),
            ("December 20", "DATE", "2001-12-20"),
            ("two days", "DURATION", "P2D"),
            ("a week", "SET", "P1W"),
            ("December 3", "DATE", "2001-12-03"),
            ("this weekend", "DATE", "2002-W01-WE"),
        ],
    ),
    "reuters-gaza-72-hour-truce-2014": (
        date(2014, 8, 5),  # Tuesday, ISO 2014-W32
        "GAZA/JERUSALEM, {Aug 5} (Reuters) - A ceasefire between Israel and Hamas took hold on "
        "{Tuesday}, raising hopes of an end to the war. The guns fell silent at {8 a.m.} "
        "local time ({0500 GMT}), and the Israeli military said it had pulled all its ground "
        "troops out of the Gaza Strip {this morning}. Sirens sounded in southern Israel "
        "{minutes} before the truce began. The ceasefire is due to expire at {8 a.m. on "
        "Friday}, and Israeli and Palestinian delegations are to negotiate a longer deal in "
        "Cairo during {the 72 hours}. More than 1,800 Palestinians and 67 Israelis have been "
        "killed in {four weeks} of fighting since {July 8}, according to officials on both "
        "sides. An earlier {72-hour} truce collapsed on {Friday} within {hours}, each side "
        "blaming the other. Gaza's only power plant, shelled {last week}, is out of action, and "
        "UN agencies said 250,000 people were sheltering in schools. Security Council Resolution "
        "1860, passed in {2009}, called for a lasting ceasefire.",
        [
            ("Aug 5", "DATE", "2014-08-05"),
            ("Tuesday", "DATE", "2014-08-05"),
            ("8 a.m.", "TIME", "2014-08-05T08:00"),
            ("0500 GMT", "TIME", "2014-08-05T05:00"),
            ("this morning", "TIME", "2014-08-05TMO"),
            ("minutes", "DURATION", "PTXM"),
            ("8 a.m. on Friday", "TIME", "2014-08-08T08:00"),
            ("the 72 hours", "DURATION", "PT72H"),
            ("four weeks", "DURATION", "P4W"),
            ("July 8", "DATE", "2014-07-08"),
            ("72-hour", "DURATION", "PT72H"),
            ("Friday", "DATE", "2014-08-01"),
            ("hours", "DURATION", "PTXH"),
            ("last week", "DATE", "2014-W31"),
            ("2009", "DATE", "2009"),
        ],
    ),
    "ap-nepal-earthquake-rescue-2015": (
        date(2015, 4, 28),  # Tuesday, ISO 2015-W18
        "KATHMANDU, Nepal (AP) — Rescuers pulled a young man alive from the ruins of a "
        "seven-story hotel in Kathmandu on {Tuesday}, {three days} after the magnitude-7.8 "
        "earthquake. The quake struck at {11:56 a.m. Saturday} ({0611 GMT}), its epicenter about "
        "80 kilometers northwest of the capital. The death toll passed 4,800, and the government "
        "declared {three days} of national mourning. A magnitude-6.7 aftershock on {Sunday} sent "
        "people running into the streets again, and many families have camped in parks for "
        "{the past three days}. It is the worst earthquake to hit Nepal since {1934}, when about "
        "8,500 people died. On Mount Everest, an avalanche buried part of base camp, where 16 "
        "Sherpa guides were killed by falling ice on {April 18, 2014}. Climbers said the season, "
        "which normally runs until {late May}, was probably over. Indian air force transport "
        "planes are landing at the city's only international airport {twice a day} with tents "
        "and medicine. Aid is {now} reaching some villages in Gorkha district by helicopter. "
        "Officials expect schools to stay closed for {at least a month}.",
        [
            ("Tuesday", "DATE", "2015-04-28"),
            ("three days", "DURATION", "P3D"),
            ("11:56 a.m. Saturday", "TIME", "2015-04-25T11:56"),
            ("0611 GMT", "TIME", "2015-04-25T06:11"),
            ("three days", "DURATION", "P3D"),
            ("Sunday", "DATE", "2015-04-26"),
            ("the past three days", "DURATION", "P3D"),
            ("1934", "DATE", "1934"),
            ("April 18, 2014", "DATE", "2014-04-18"),
            ("late May", "DATE", "2015-05"),
            ("twice a day", "SET", "P1D"),
            ("now", "DATE", "PRESENT_REF"),
            ("at least a month", "DURATION", "P1M"),
        ],
    ),
    "xinhua-shenzhou-5-launch-2003": (
        date(2003, 10, 15),  # Wednesday, ISO 2003-W42
        "JIUQUAN, {Oct. 15} (Xinhua) -- China launched its first manned spacecraft, Shenzhou V, "
        "from the Jiuquan Satellite Launch Center at {9:00 a.m. Wednesday} Beijing time ({0100 "
        "GMT}). The craft carries Yang Liwei, 38, a lieutenant colonel of the People's "
        "Liberation Army air force. {Ten minutes} after liftoff, the spacecraft separated from "
        "its Long March 2F rocket and entered orbit. It will circle the Earth 14 times in {about "
        "21 hours} and land on the grasslands of Inner Mongolia {early Thursday}. China becomes "
        "the third country to put a man into orbit on its own rocket, after the Soviet Union in "
        "{1961} and the United States {the following year}. The country's manned space program "
        "was approved in {1992}, and four unmanned Shenzhou craft have flown since {November "
        "1999}. The last of them, Shenzhou IV, returned to Earth on {January 5}. Footage of Yang "
        "waving from the cabin will be shown on national television {tonight}. Engineers plan a "
        "second manned flight within {two years}, the official said.",
        [
            ("Oct. 15", "DATE", "2003-10-15"),
            ("9:00 a.m. Wednesday", "TIME", "2003-10-15T09:00"),
            ("0100 GMT", "TIME", "2003-10-15T01:00"),
            ("Ten minutes", "DURATION", "PT10M"),
            ("about 21 hours", "DURATION", "PT21H"),
            ("early Thursday", "DATE", "2003-10-16"),
            ("1961", "DATE", "1961"),
            ("the following year", "DATE", "1962"),
            ("1992", "DATE", "1992"),
            ("November 1999", "DATE", "1999-11"),
            ("January 5", "DATE", "2003-01-05"),
            ("tonight", "TIME", "2003-10-15TNI"),
            ("two years", "DURATION", "P2Y"),
        ],
    ),
    "afp-ebola-lockdown-sierra-leone-2014": (
        date(2014, 9, 18),  # Thursday, ISO 2014-W38
        "FREETOWN, {Sept 18} (AFP) - Sierra Leone will confine its six million people to their "
        "homes for {three days} from {midnight}, the most drastic step yet taken against the "
        "Ebola epidemic in West Africa. Nearly 30,000 volunteers will go from door to door until "
        "{Sunday}, handing out soap and looking for the sick. Ebola has killed 562 people in the "
        "country since {May}. The World Health Organization said on {Wednesday} that cases in "
        "the region were doubling {every three weeks}. The outbreak began in southern Guinea in "
        "{December last year}. The UN Security Council, meeting {today} in emergency session, "
        "adopted Resolution 2177, which calls Ebola a threat to international peace. Washington "
        "said {this week} it would send 3,000 troops to Liberia. Freetown's markets, which open "
        "{daily}, will be closed, and nurses at the main isolation ward have gone unpaid for "
        "{weeks}. The health minister said the government hoped to see the last case by {the "
        "end of the year}.",
        [
            ("Sept 18", "DATE", "2014-09-18"),
            ("three days", "DURATION", "P3D"),
            ("midnight", "TIME", "2014-09-18T24:00"),
            ("Sunday", "DATE", "2014-09-21"),
            ("May", "DATE", "2014-05"),
            ("Wednesday", "DATE", "2014-09-17"),
            ("every three weeks", "SET", "P3W"),
            ("December last year", "DATE", "2013-12"),
            ("today", "DATE", "2014-09-18"),
            ("this week", "DATE", "2014-W38"),
            ("daily", "SET", "P1D"),
            ("weeks", "DURATION", "PXW"),
            ("the end of the year", "DATE", "2014"),
        ],
    ),
    "hindu-india-asean-trade-pact-2009": (
        date(2009, 8, 14),  # Friday, ISO 2009-W33
        "BANGKOK, {August 13}: India and the ten-member Association of South-East Asian Nations "
        "signed a free trade agreement in goods here on {Thursday}, {six years} after "
        "negotiations were launched in {2003}. The pact will come into force on {January 1, "
        "2010}, Commerce Minister Anand Sharma said after signing it for India. Tariffs on about "
        "4,000 products will be cut over {five years}, and most will reach zero by {December "
        "2016}. The Union Cabinet cleared the text {last month} despite protests by rubber, tea "
        "and coffee growers in Kerala, who have held demonstrations for {weeks}. Trade between "
        "India and ASEAN was worth about $39 billion in {2007-08}. Talks on services and "
        "investment will resume {next month}. Trade ministers from both sides will meet {twice a "
        "year} to review the pact. India signed an early harvest deal with Thailand in {2004}, "
        "cutting duties on 82 items.",
        [
            ("August 13", "DATE", "2009-08-13"),
            ("Thursday", "DATE", "2009-08-13"),
            ("six years", "DURATION", "P6Y"),
            ("2003", "DATE", "2003"),
            ("January 1, 2010", "DATE", "2010-01-01"),
            ("five years", "DURATION", "P5Y"),
            ("December 2016", "DATE", "2016-12"),
            ("last month", "DATE", "2009-07"),
            ("weeks", "DURATION", "PXW"),
            ("2007-08", "DATE", "2007"),
            ("next month", "DATE", "2009-09"),
            ("twice a year", "SET", "P1Y"),
            ("2004", "DATE", "2004"),
        ],
    ),
    "reuters-kenya-election-annulled-2017": (
        date(2017, 9, 1),  # Friday, ISO 2017-W35
        "NAIROBI, {Sept 1} (Reuters) - Kenya's Supreme Court on {Friday} annulled President "
        "Uhuru Kenyatta's victory in {last month}'s election, citing irregularities, and ordered "
        "a fresh vote within {60 days}. Chief Justice David Maraga said the ruling, backed by "
        "four of the six judges, found that the electoral commission had failed to conduct the "
        "{Aug. 8} poll in line with the constitution. Kenyatta had been declared the winner on "
        "{Aug. 11} with 54 percent of the vote. The court will publish its full judgment within "
        "{21 days}. Kenyatta said in a televised address {this afternoon} that he disagreed with "
        "the ruling but would respect it. Opposition leader Raila Odinga, 72, called it a "
        "historic day for Africa. The electoral commission will meet on {Monday} to set a date. "
        "The Nairobi Securities Exchange halted trading for {30 minutes} after shares fell. "
        "Kenya has held multi-party elections {every five years} since {1992}, and violence "
        "after the disputed {2007} vote killed more than 1,100 people; {a decade on}, Western "
        "envoys urged calm. It was the first time since independence in {1963} that a Kenyan "
        "court had overturned a presidential result.",
        [
            ("Sept 1", "DATE", "2017-09-01"),
            ("Friday", "DATE", "2017-09-01"),
            ("last month", "DATE", "2017-08"),
            ("60 days", "DURATION", "P60D"),
            ("Aug. 8", "DATE", "2017-08-08"),
            ("Aug. 11", "DATE", "2017-08-11"),
            ("21 days", "DURATION", "P21D"),
            ("this afternoon", "TIME", "2017-09-01TAF"),
            ("Monday", "DATE", "2017-09-04"),
            ("30 minutes", "DURATION", "PT30M"),
            ("every five years", "SET", "P5Y"),
            ("1992", "DATE", "1992"),
            ("2007", "DATE", "2007"),
            ("a decade on", "DATE", "2017"),
            ("1963", "DATE", "1963"),
        ],
    ),
    "ap-chile-earthquake-curfew-2010": (
        date(2010, 2, 28),  # Sunday, ISO 2010-W08
        "SANTIAGO, Chile (AP) — Rescuers dug through collapsed apartment blocks in Concepcion "
        "on {Sunday} as the death toll from {Saturday}'s magnitude-8.8 earthquake rose to 708. "
        "The quake struck at {3:34 a.m. Saturday} ({0634 GMT}), when most people were asleep, "
        "and was followed by waves that swept away fishing villages along the coast. President "
        "Michelle Bachelet, who hands power to Sebastian Pinera on {March 11}, declared a state "
        "of catastrophe in two regions. Troops will enforce a curfew in Concepcion from {9 p.m. "
        "tonight} till {noon Monday}. Santiago's international airport will stay closed for "
        "{at least 72 hours} while engineers inspect the terminal. It was the strongest "
        "earthquake in Chile since {1960}, when a magnitude-9.5 quake near Valdivia killed more "
        "than 1,600 people. More than 90 aftershocks have shaken the region in {the past 24 "
        "hours}. The Pacific Tsunami Warning Center canceled its alert for Hawaii {late "
        "Saturday}. Foreign governments have offered aid, which officials expect to arrive in "
        "{the coming days}. The school year, due to begin {next week}, may be put off in the "
        "worst-hit areas.",
        [
            ("Sunday", "DATE", "2010-02-28"),
            ("Saturday", "DATE", "2010-02-27"),
            ("3:34 a.m. Saturday", "TIME", "2010-02-27T03:34"),
            ("0634 GMT", "TIME", "2010-02-27T06:34"),
            ("March 11", "DATE", "2010-03-11"),
            ("9 p.m. tonight", "TIME", "2010-02-28T21:00"),
            ("noon Monday", "TIME", "2010-03-01T12:00"),
            ("at least 72 hours", "DURATION", "PT72H"),
            ("1960", "DATE", "1960"),
            ("the past 24 hours", "DURATION", "PT24H"),
            ("late Saturday", "DATE", "2010-02-27"),
            ("the coming days", "DURATION", "PXD"),
            ("next week", "DATE", "2010-W09"),
        ],
    ),
    "reuters-turkish-lira-record-low-2018": (
        date(2018, 8, 13),  # Monday, ISO 2018-W33
        "ISTANBUL, {Aug 13} (Reuters) - Turkey's lira sank to a record low of 7.24 to the dollar "
        "in Asian trade {early Monday} before steps by the central bank to ease a squeeze on "
        "banks' liquidity helped it to claw back some losses. It was trading at 6.85 when "
        "European markets opened at {0700 GMT}. The currency has lost more than 40 percent of "
        "its value against the dollar {this year}, 18 percent of it on {Friday} alone, after "
        "U.S. President Donald Trump doubled tariffs on Turkish steel and aluminium. President "
        "Tayyip Erdogan, who won a new term with sweeping powers in {June}, said on {Sunday} "
        "that Turkey was facing an economic war. {A day earlier}, he had told supporters in "
        "Trabzon to sell their dollars and gold for lira. Inflation reached 15.85 percent in "
        "{July}, its highest in {nearly 15 years}. Relations with Washington have soured over "
        "the detention of an American pastor, held for {nearly two years} on terrorism charges. "
        "Finance Minister Berat Albayrak will speak to investors in a conference call on "
        "{Thursday}. The country's last full-blown currency crisis was in {2001}. The lira was "
        "redenominated in {2005}, when six zeros were struck off.",
        [
            ("Aug 13", "DATE", "2018-08-13"),
            ("early Monday", "DATE", "2018-08-13"),
            ("0700 GMT", "TIME", "2018-08-13T07:00"),
            ("this year", "DATE", "2018"),
            ("Friday", "DATE", "2018-08-10"),
            ("June", "DATE", "2018-06"),
            ("Sunday", "DATE", "2018-08-12"),
            ("A day earlier", "DATE", "2018-08-11"),
            ("July", "DATE", "2018-07"),
            ("nearly 15 years", "DURATION", "P15Y"),
            ("nearly two years", "DURATION", "P2Y"),
            ("Thursday", "DATE", "2018-08-16"),
            ("2001", "DATE", "2001"),
            ("2005", "DATE", "2005"),
        ],
    ),
    "smh-qantas-fleet-grounded-2011": (
        date(2011, 10, 31),  # Monday, ISO 2011-W44
        "SYDNEY: Qantas planes will fly again {this afternoon} after Fair Work Australia ordered "
        "an end to all industrial action at the airline shortly after {2am today}. The tribunal "
        "sat through {Sunday night} in Melbourne after the Gillard government asked it to "
        "intervene. Chief executive Alan Joyce grounded the entire fleet on {Saturday}, "
        "stranding about 68,000 passengers in 22 countries, and the grounding took effect at "
        "{5pm AEDT}. Shareholders had approved a 71 per cent pay rise for Mr Joyce at the annual "
        "meeting {the previous day}. Crowds of stranded travellers filled Terminal 3 at Sydney "
        "Airport. Leaders at the Commonwealth summit in Perth, which closed on {Sunday}, were "
        "among those left looking for other flights. The airline has been in dispute with "
        "pilots, engineers and ground staff since {August}, and unions have staged rolling "
        "strikes for {weeks}. The parties now have {21 days} to reach agreement before the "
        "tribunal imposes a settlement. Qantas estimated that the grounding cost it about $20 "
        "million {a day}. Mr Joyce said the first flight would leave Sydney for Melbourne at "
        "{about 3pm today}. The airline, founded in outback Queensland in {1920}, is one of the "
        "oldest in the world.",
        [
            ("this afternoon", "TIME", "2011-10-31TAF"),
            ("2am today", "TIME", "2011-10-31T02:00"),
            ("Sunday night", "TIME", "2011-10-30TNI"),
            ("Saturday", "DATE", "2011-10-29"),
            ("5pm AEDT", "TIME", "2011-10-29T17:00"),
            ("the previous day", "DATE", "2011-10-28"),
            ("Sunday", "DATE", "2011-10-30"),
            ("August", "DATE", "2011-08"),
            ("weeks", "DURATION", "PXW"),
            ("21 days", "DURATION", "P21D"),
            ("a day", "SET", "P1D"),
            ("about 3pm today", "TIME", "2011-10-31T15:00"),
            ("1920", "DATE", "1920"),
        ],
    ),
    "afp-zimbabwe-dollar-ten-zeros-2008": (
        date(2008, 7, 31),  # Thursday, ISO 2008-W31
        "HARARE, {July 31} (AFP) - Zimbabweans will have a new currency from {Friday}, after the "
        "central bank struck ten zeros off the Zimbabwe dollar in a bid to tame inflation "
        "officially put at 2.2 million percent. Reserve Bank governor Gideon Gono announced the "
        "move on {Wednesday}, saying ten billion old dollars would become one new dollar. Old "
        "notes will remain legal tender until {December 31}. It is the second time in {two "
        "years} that the bank has cut zeros from the currency; three were removed in {August "
        "2006}. Cash withdrawals are capped at 100 billion dollars {a day}, barely enough for a "
        "loaf of bread. Shop shelves in Harare have been bare for {months}. President Robert "
        "Mugabe, 84, who has led the country since independence in {1980}, was sworn in for a "
        "sixth term in {late June} after a run-off boycotted by the opposition. Talks on sharing "
        "power, which began in South Africa {last week}, are due to resume {early next week}. "
        "Gono said inflation would fall to two digits by {the end of the year}.",
        [
            ("July 31", "DATE", "2008-07-31"),
            ("Friday", "DATE", "2008-08-01"),
            ("Wednesday", "DATE", "2008-07-30"),
            ("December 31", "DATE", "2008-12-31"),
            ("two years", "DURATION", "P2Y"),
            ("August 2006", "DATE", "2006-08"),
            ("a day", "SET", "P1D"),
            ("months", "DURATION", "PXM"),
            ("1980", "DATE", "1980"),
            ("late June", "DATE", "2008-06"),
            ("last week", "DATE", "2008-W30"),
            ("early next week", "DATE", "2008-W32"),
            ("the end of the year", "DATE", "2008"),
        ],
    ),
    "reuters-colombia-peace-vote-2016": (
        date(2016, 10, 2),  # Sunday, ISO 2016-W39
        "BOGOTA, {Oct 2} (Reuters) - Colombians narrowly rejected a peace deal with Marxist FARC "
        "rebels in a referendum on {Sunday}, with 50.2 percent voting against it, a stunning "
        "blow to President Juan Manuel Santos. Polls closed at {4 p.m.} local time ({2100 "
        "GMT}), and the count was almost complete within {two hours}. The accord, signed with "
        "great ceremony in Cartagena {last Monday}, was meant to end {52 years} of war and was "
        "negotiated in Havana over {nearly four years}. The conflict has killed more than "
        "220,000 people since {1964}. Santos said in a televised speech {tonight} that the "
        "bilateral ceasefire, in force since {Aug. 29}, would remain. Under the deal the rebels "
        "were to hand their weapons to U.N. monitors within {180 days} and form a political "
        "party to contest the {2018} elections. Government negotiators will fly to Havana on "
        "{Monday} to meet FARC leaders. Turnout was below 38 percent, as Hurricane Matthew's "
        "rains kept voters at home on the Caribbean coast.",
        [
            ("Oct 2", "DATE", "2016-10-02"),
            ("Sunday", "DATE", "2016-10-02"),
            ("4 p.m.", "TIME", "2016-10-02T16:00"),
            ("2100 GMT", "TIME", "2016-10-02T21:00"),
            ("two hours", "DURATION", "PT2H"),
            ("last Monday", "DATE", "2016-09-26"),
            ("52 years", "DURATION", "P52Y"),
            ("nearly four years", "DURATION", "P4Y"),
            ("1964", "DATE", "1964"),
            ("tonight", "TIME", "2016-10-02TNI"),
            ("Aug. 29", "DATE", "2016-08-29"),
            ("180 days", "DURATION", "P180D"),
            ("2018", "DATE", "2018"),
            ("Monday", "DATE", "2016-10-03"),
        ],
    ),
    "ap-songkran-water-festival-2012": (
        date(2012, 4, 14),  # Saturday, ISO 2012-W15
        "BANGKOK (AP) — Revelers armed with buckets and water pistols soaked each other in "
        "Bangkok's streets on {Saturday} as the {three-day} Songkran festival, the Thai New "
        "Year, reached its height. The festival ends on {Sunday}, and millions of city people "
        "who went home to the provinces {earlier this week} will then begin the journey back. "
        "Road accidents killed 115 people between {Wednesday} and {Friday}, as a government road "
        "safety campaign that runs until {Tuesday} got under way. Police closed Khao San "
        "Road, the backpacker strip, to traffic from {noon on Friday}. Temperatures were "
        "forecast to reach 38 C (100 F) {this afternoon}. {Last year}, 271 people were killed on "
        "Thai roads during {the seven days} of the campaign. Buddhists pour scented water over "
        "the hands of monks and elders {every year} as a blessing. Thailand marked its official "
        "New Year at Songkran until {1940}, when the government adopted the Western "
        "calendar's. Foreign arrivals rose 8 percent in {the first quarter}, the tourism "
        "ministry said.",
        [
            ("Saturday", "DATE", "2012-04-14"),
            ("three-day", "DURATION", "P3D"),
            ("Sunday", "DATE", "2012-04-15"),
            ("earlier this week", "DATE", "2012-W15"),
            ("Wednesday", "DATE", "2012-04-11"),
            ("Friday", "DATE", "2012-04-13"),
            ("Tuesday", "DATE", "2012-04-17"),
            ("noon on Friday", "TIME", "2012-04-13T12:00"),
            ("this afternoon", "TIME", "2012-04-14TAF"),
            ("Last year", "DATE", "2011"),
            ("the seven days", "DURATION", "P7D"),
            ("every year", "SET", "P1Y"),
            ("1940", "DATE", "1940"),
            ("the first quarter", "DATE", "2012-Q1"),
        ],
    ),
    "afp-paris-strikes-juppe-plan-1995": (
        date(1995, 12, 12),  # Tuesday, ISO 1995-W50
        "PARIS, {Dec 12} (AFP) - Hundreds of thousands of people marched through French cities "
        "on {Tuesday} against Prime Minister Alain Juppe's welfare reforms, as a rail strike "
        "that has paralysed the country for {nearly three weeks} showed no sign of ending. Rail "
        "workers walked out on {November 24}, {nine days} after Juppe presented his plan to "
        "overhaul the social security system to parliament on {November 15}. In Paris the march "
        "set off from the Place de la Republique at {2 p.m.} Commuters have walked, cycled or "
        "hitchhiked to work {every day} since the metro and buses stopped. Union leaders met the "
        "labour minister on {Friday last} but left without a deal. Juppe offered on {Sunday} to "
        "set aside plans to change rail workers' pensions, but the unions want the whole plan "
        "withdrawn. The government has called a summit with unions and employers for "
        "{December 21}, and ministers hope trains will run before {Christmas}. It is the largest "
        "wave of strikes in France since {May 1968}. Jacques Chirac, elected president in "
        "{May}, has said little in public.",
        [
            ("Dec 12", "DATE", "1995-12-12"),
            ("Tuesday", "DATE", "1995-12-12"),
            ("nearly three weeks", "DURATION", "P3W"),
            ("November 24", "DATE", "1995-11-24"),
            ("nine days", "DURATION", "P9D"),
            ("November 15", "DATE", "1995-11-15"),
            ("2 p.m.", "TIME", "1995-12-12T14:00"),
            ("every day", "SET", "P1D"),
            ("Friday last", "DATE", "1995-12-08"),
            ("Sunday", "DATE", "1995-12-10"),
            ("December 21", "DATE", "1995-12-21"),
            ("Christmas", "DATE", "1995-12-25"),
            ("May 1968", "DATE", "1968-05"),
            ("May", "DATE", "1995-05"),
        ],
    ),
    "reuters-pope-francis-manila-2015": (
        date(2015, 1, 14),  # Wednesday, ISO 2015-W03
        "MANILA, {Jan 14} (Reuters) - The Philippine government declared {Thursday} a public "
        "holiday in Manila as the capital prepared for a visit by Pope Francis, the first by a "
        "pontiff in {20 years}. The pope, who canonised Sri Lanka's first saint in Colombo "
        "{today}, is due to land at an air base in Manila at {5:45 p.m. Thursday}. He leaves for "
        "Rome on {Monday}. On {Saturday} he will fly to Tacloban to say Mass with survivors of "
        "Typhoon Haiyan, which killed more than 6,300 people in {November 2013}. Organisers "
        "expect up to six million people at the closing Mass in Rizal Park on {Sunday}, which "
        "would beat the record set by Pope John Paul II at the same park in {January 1995}. "
        "About 25,000 police and soldiers will guard the pope's routes for {five days}, the "
        "police chief said. The Vatican said on {Tuesday} that the 78-year-old pope would ride "
        "in an open vehicle, despite the security risks. Francis says Mass {every morning}, even "
        "when travelling.",
        [
            ("Jan 14", "DATE", "2015-01-14"),
            ("Thursday", "DATE", "2015-01-15"),
            ("20 years", "DURATION", "P20Y"),
            ("today", "DATE", "2015-01-14"),
            ("5:45 p.m. Thursday", "TIME", "2015-01-15T17:45"),
            ("Monday", "DATE", "2015-01-19"),
            ("Saturday", "DATE", "2015-01-17"),
            ("November 2013", "DATE", "2013-11"),
            ("Sunday", "DATE", "2015-01-18"),
            ("January 1995", "DATE", "1995-01"),
            ("five days", "DURATION", "P5D"),
            ("Tuesday", "DATE", "2015-01-13"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
        ],
    ),
}

KNOWN_WRONG: dict[tuple[str, str], str] = {
    # tense and plans: what is scheduled lies ahead of the publication date
    ("smh-federal-election-count-2022", "Wednesday"): "'flies to Tokyo ... and returns on "
    "Wednesday': ahead ('returns' after 'and' is read as a noun)",
    ("xinhua-shenzhou-5-launch-2003", "early Thursday"): "'will circle the Earth ... and land "
    "early Thursday': ahead (tagged the one before)",
    # anchoring: a date belongs to the story's year
    ("xinhua-shenzhou-5-launch-2003", "January 5"): "'returned to Earth on January 5': the "
    "past one (tagged the coming one)",
    ("afp-zimbabwe-dollar-ten-zeros-2008", "late June"): "'who has led the country since "
    "independence in 1980, was sworn in in late June': this year's (tagged 1980-06)",
    ("afp-paris-strikes-juppe-plan-1995", "2 p.m."): "the march of the DCT (tagged on the "
    "day of the plan told before)",
    # extents and values
    ("news24-load-shedding-stage-4-2023", "two weeks from now"): "the day two weeks on here; "
    "the earlier files give 'N units ago' the unit's granularity, as the tagger does",
    ("afp-paris-strikes-juppe-plan-1995", "Friday last"): "'Friday last' (British, 'last "
    "Friday') one span (tagged 'Friday')",
}

KNOWN_SPURIOUS: dict[tuple[str, str], str] = {
    ("smh-qantas-fleet-grounded-2011", "now"): "'The parties now have 21 days': from now on",
    # the wrong extent of an expected expression listed in KNOWN_WRONG
    ("afp-paris-strikes-juppe-plan-1995", "Friday"): "part of 'Friday last'",
}

SUITE = ArticleSuite(ARTICLES, KNOWN_WRONG, KNOWN_SPURIOUS)
(
    test_article_expression_found,
    test_article_nothing_spurious,
    test_articles_are_well_formed_and_varied,
) = article_tests(SUITE)
