"""Fourth document-level held-out check of the tagger: whole news articles, recall and precision.

Same format and scoring as tests/test_tagger_articles.py (TempEval-3 style: every expected
TIMEX3 found with its exact span, type and value; nothing else tagged), on twenty new articles
written for this file as a blind measurement, none taken from a corpus, and annotated without
running the tagger on them.  They are in the style of 2013-2023 wire and newspaper copy (AP,
Reuters, AFP, Bloomberg, PTI, BBC): an election-night quick count with clock times in two zones,
a central bank cut and its next meeting, results of a company whose fiscal year ends in March,
a tax-fraud sentence with its appeal window, a launch scrubbed and rescheduled, a wildfire told
day by day, a transfer deadline, a U.N. General Assembly week, a British nurses' strike in
British date forms ("Tuesday 14 March", "the 20th", "the 2nd of May"), an Indian state election
in phases, a bushfire anniversary, a weekly stock market wrap, an obituary of a mountain guide,
a storm warning, a console launch with pre-orders, a parliamentary recess, a marathon, a booster
rollout, a hostage release told in anaphora, a canal's 150 years.  They carry weekdays before
and after the DCT, clock times that belong to the day the story tells of, "the 20th" after "15
December", "the following year", "Three days later", "The next day", "that evening",
"overnight", "early next week", "the coming weeks", "every two weeks", "twice a year", "the
19th century", "the 1990s", and what must not be tagged: ages ("at 14", "He was 71"), scores
("4-0"), money, percentages, "COVID-19", "BA.5", "S&P 500", "Mile 23", "Ward 12", "Room 4",
"Line 2", "Launch Complex 41", "State Route 99", "Standing Order No. 13", "Skyline 2099",
"Turbo 64", "monthly", "quarterly", "annual".

Every value is worked out by hand from the calendar.  Conventions as in the three earlier files
and the TimeBank/AQUAINT gold: a dateline's date is marked; "N units ago" has the unit's
granularity ("a week ago" is a week, "eight months ago" a month); "N days later", "a week later",
"a day later" and "The next day" are the date counted from the last date told; "overnight" is
the night before the DCT in a report ("rose to 56 overnight") and the coming night in a forecast
("arrives overnight"); "the weekend" and "this weekend" are the week's WE; "early next week" is
next week; "the coming weeks" is DURATION PXW as AQUAINT marks it; "recently" is
PAST_REF, "now" PRESENT_REF; "the 19th century" is 18, "the 1990s" 199; "the middle of 2014" is
the year; "fiscal 2018" is 2018; "the 10-year" of a Treasury note is DURATION; "$85 billion a
month", "twice a day", "twice a year" are SETs with the unit's period; a clock time joined to its
day ("6:33 a.m. on Nov. 8", "23:00 BST on Thursday") is one span; "about", "nearly", "less than",
"at least", "more than" lie inside the span, a preposition does not.
"""

from __future__ import annotations

from datetime import date

from tests.tagger_cases import Article, ArticleSuite, article_tests

ARTICLES: dict[str, Article] = {
    "election-count-mexico-2018": (
        date(2018, 7, 2),  # Monday, ISO 2018-W27
        "MEXICO CITY, {July 2} (Reuters) - Leftist former mayor Andrés Ramírez Solís won Mexico's "
        "presidential election by a wide margin, according to an official quick count released "
        "{late Sunday}, and his two main rivals conceded within {an hour}. Polling stations in "
        "central Mexico closed at {6 p.m.} ({2300 GMT}), and the National Electoral Institute "
        "published its sample count at {11:05 p.m.}, showing Ramírez with about 53 percent of the "
        "vote. Ramírez, 64, addressed tens of thousands of supporters in the capital's main "
        "square {early Monday}. He will take office on {Dec. 1}, ending {89 years} in which two "
        "parties took turns holding the presidency. The official district-by-district count "
        "begins on {Wednesday}, and final results are due by {July 8}. Turnout was about 63 "
        "percent, compared with 47 percent in the {2015} midterm vote. The peso firmed 1.2 "
        "percent to 19.6 per dollar in Asian trade on {Monday}. Ramírez lost presidential bids in "
        "{2006} and {2012}. Outgoing President Enrique Vela, whose {six-year} term ends on {Nov. "
        "30}, congratulated him in a televised address. Voters on Line 2 of the metro said queues "
        "had stretched for blocks.",
        [
            ("July 2", "DATE", "2018-07-02"),
            ("late Sunday", "DATE", "2018-07-01"),
            ("an hour", "DURATION", "PT1H"),
            ("6 p.m.", "TIME", "2018-07-01T18:00"),
            ("2300 GMT", "TIME", "2018-07-01T23:00"),
            ("11:05 p.m.", "TIME", "2018-07-01T23:05"),
            ("early Monday", "DATE", "2018-07-02"),
            ("Dec. 1", "DATE", "2018-12-01"),
            ("89 years", "DURATION", "P89Y"),
            ("Wednesday", "DATE", "2018-07-04"),
            ("July 8", "DATE", "2018-07-08"),
            ("2015", "DATE", "2015"),
            ("Monday", "DATE", "2018-07-02"),
            ("2006", "DATE", "2006"),
            ("2012", "DATE", "2012"),
            ("six-year", "DURATION", "P6Y"),
            ("Nov. 30", "DATE", "2018-11-30"),
        ],
    ),
    "central-bank-rba-2016": (
        date(2016, 8, 2),  # Tuesday, ISO 2016-W31
        "SYDNEY, {Aug 2} (Reuters) - Australia's central bank cut its cash rate by 25 basis "
        "points to a record low of 1.50 percent on {Tuesday}, its second easing {this year}, as "
        "inflation stayed well below its target band. The decision was announced at {2:30 p.m.} "
        "({0430 GMT}) after the Reserve Bank of Australia's monthly board meeting. Consumer "
        "prices rose just 1.0 percent in {the 12 months} to {June}. The RBA last cut rates in "
        "{May}, and markets {now} see about a 40 percent chance of another cut by {Christmas}. "
        "Governor Glenn Stevens, who retires in {September} after {a decade} in the job, said "
        "lower rates should help the economy grow over {the next two years}. His deputy, Philip "
        "Lowe, takes over on {Sept. 18}. The Australian dollar jumped half a U.S. cent to $0.7580 "
        "within {minutes} of the decision. The bank will publish its quarterly Statement on "
        "Monetary Policy on {Friday}, and the board next meets on {Sept. 6}. Australia's economy "
        "has grown without a recession for {25 years}, helped by a mining boom that peaked in "
        "{2012}.",
        [
            ("Aug 2", "DATE", "2016-08-02"),
            ("Tuesday", "DATE", "2016-08-02"),
            ("this year", "DATE", "2016"),
            ("2:30 p.m.", "TIME", "2016-08-02T14:30"),
            ("0430 GMT", "TIME", "2016-08-02T04:30"),
            ("the 12 months", "DURATION", "P12M"),
            ("June", "DATE", "2016-06"),
            ("May", "DATE", "2016-05"),
            ("now", "DATE", "PRESENT_REF"),
            ("Christmas", "DATE", "2016-12-25"),
            ("September", "DATE", "2016-09"),
            ("a decade", "DURATION", "P10Y"),
            ("the next two years", "DURATION", "P2Y"),
            ("Sept. 18", "DATE", "2016-09-18"),
            ("minutes", "DURATION", "PTXM"),
            ("Friday", "DATE", "2016-08-05"),
            ("Sept. 6", "DATE", "2016-09-06"),
            ("25 years", "DURATION", "P25Y"),
            ("2012", "DATE", "2012"),
        ],
    ),
    "earnings-fiscal-march-2019": (
        date(2019, 5, 9),  # Thursday, ISO 2019-W19
        "TOKYO (Bloomberg) -- Hoshida Electric Corp. said on {Thursday} that net income fell 18 "
        "percent to 96.4 billion yen in {the three months} ended {March 31}, hurt by a slump in "
        "Chinese demand for factory robots. For {the 12 months} through {March 2020}, the "
        "Osaka-based maker forecast operating profit of 510 billion yen, below the 548 billion "
        "yen average estimate of 14 analysts. Net income for {fiscal 2018} was 402 billion yen, "
        "down 9 percent. The results were released after the market closed at {3 p.m.} in Tokyo. "
        "Japanese markets reopened on {Tuesday} after a {10-day} holiday for the enthronement of "
        "Emperor Naruhito, and Hoshida shares have fallen 9 percent {this year}. President Kenji "
        "Arai, who took over in {June 2017}, said orders stopped falling in {April} and should "
        "recover by {the end of the year}. The company will buy back up to 30 billion yen of its "
        "own shares over {the next six months}. Rival Kanto Seiki reported a 40 percent drop in "
        "profit {last month}. Hoshida, founded in {1921}, makes the Series 9 servo motor used in "
        "car plants. It will hold its annual shareholders' meeting on {June 26}.",
        [
            ("Thursday", "DATE", "2019-05-09"),
            ("the three months", "DURATION", "P3M"),
            ("March 31", "DATE", "2019-03-31"),
            ("the 12 months", "DURATION", "P12M"),
            ("March 2020", "DATE", "2020-03"),
            ("fiscal 2018", "DATE", "2018"),
            ("3 p.m.", "TIME", "2019-05-09T15:00"),
            ("Tuesday", "DATE", "2019-05-07"),
            ("10-day", "DURATION", "P10D"),
            ("this year", "DATE", "2019"),
            ("June 2017", "DATE", "2017-06"),
            ("April", "DATE", "2019-04"),
            ("the end of the year", "DATE", "2019"),
            ("the next six months", "DURATION", "P6M"),
            ("last month", "DATE", "2019-04"),
            ("1921", "DATE", "1921"),
            ("June 26", "DATE", "2019-06-26"),
        ],
    ),
    "tax-fraud-sentence-paris-2017": (
        date(2017, 12, 1),  # Friday, ISO 2017-W48
        "PARIS, {Dec 1} (AFP) - A Paris court on {Friday} sentenced former budget minister "
        "Laurent Viguier to {four years} in prison, half of it suspended, for hiding 3.5 million "
        "euros from the tax authorities in Swiss and Singapore bank accounts. Viguier, 65, who "
        "was not in court when the ruling was read at {1:30 p.m.}, has {10 days} to appeal, his "
        "lawyer said. The court found that between {2009} and {2014} he had moved the money "
        "through a shell company registered in Panama. The trial, held over {three weeks} in "
        "{September}, heard 23 witnesses in Room 4 of the Palais de Justice. Prosecutors had "
        "asked for {five years}. Viguier resigned in {March 2013}, {two weeks} after an "
        "investigative website revealed the accounts, and the affair dominated {the spring of "
        "2013}. He was also fined 375,000 euros and barred from public office for {10 years}. If "
        "he appeals, a second trial is not expected before {late 2018}. The case of his former "
        "wife, who is accused of helping him, will be heard separately on {Jan. 15}.",
        [
            ("Dec 1", "DATE", "2017-12-01"),
            ("Friday", "DATE", "2017-12-01"),
            ("four years", "DURATION", "P4Y"),
            ("1:30 p.m.", "TIME", "2017-12-01T13:30"),
            ("10 days", "DURATION", "P10D"),
            ("2009", "DATE", "2009"),
            ("2014", "DATE", "2014"),
            ("three weeks", "DURATION", "P3W"),
            ("September", "DATE", "2017-09"),
            ("five years", "DURATION", "P5Y"),
            ("March 2013", "DATE", "2013-03"),
            ("two weeks", "DURATION", "P2W"),
            ("the spring of 2013", "DATE", "2013-SP"),
            ("10 years", "DURATION", "P10Y"),
            ("late 2018", "DATE", "2018"),
            ("Jan. 15", "DATE", "2018-01-15"),
        ],
    ),
    "launch-scrub-weather-satellite-2016": (
        date(2016, 10, 22),  # Saturday, ISO 2016-W42
        "CAPE CANAVERAL, Fla. (AP) — The launch of a European weather satellite was called off "
        "{Friday night} {40 seconds} before liftoff when a ground computer detected a pressure "
        "drop in the rocket's upper-stage fuel tank. The countdown had already been halted twice "
        "during the {two-hour} launch window, which opened at {8:11 p.m. EDT}. Launch controllers "
        "said the next attempt would come no earlier than {Monday}, when the window opens at "
        "{7:49 p.m.} Forecasters give a 70 percent chance of acceptable weather for the Aurora 5 "
        "rocket at Launch Complex 41. The satellite, built over {seven years} at a cost of 1.4 "
        "billion euros, is designed to work for {at least 10 years}. It was shipped to Florida in "
        "{July} and was first due to launch in {the spring}. A launch on {Monday} would put it in "
        "its final orbit {about two weeks later}. If the rocket is not ready by {Wednesday}, the "
        "flight will slip to {next month} because the pad is booked for a space station supply "
        "mission, the company said on {Saturday}. It would be the third weather satellite "
        "launched from Cape Canaveral {this year}.",
        [
            ("Friday night", "TIME", "2016-10-21TNI"),
            ("40 seconds", "DURATION", "PT40S"),
            ("two-hour", "DURATION", "PT2H"),
            ("8:11 p.m. EDT", "TIME", "2016-10-21T20:11"),
            ("Monday", "DATE", "2016-10-24"),
            ("7:49 p.m.", "TIME", "2016-10-24T19:49"),
            ("seven years", "DURATION", "P7Y"),
            ("at least 10 years", "DURATION", "P10Y"),
            ("July", "DATE", "2016-07"),
            ("the spring", "DATE", "2016-SP"),
            ("Monday", "DATE", "2016-10-24"),
            ("about two weeks later", "DATE", "2016-11-07"),
            ("Wednesday", "DATE", "2016-10-26"),
            ("next month", "DATE", "2016-11"),
            ("Saturday", "DATE", "2016-10-22"),
            ("this year", "DATE", "2016"),
        ],
    ),
    "wildfire-evacuation-2018": (
        date(2018, 11, 15),  # Thursday, ISO 2018-W46
        "CHICO, Calif. (Reuters) - Firefighters gained ground on {Thursday} against a wildfire "
        "that has destroyed more than 6,400 homes in northern California since it broke out {a "
        "week ago}. The Ridge Fire started at {6:33 a.m. on Nov. 8} near a power line in the "
        "Sierra foothills and within {hours} had swept into the town of Pine Hollow. By {Friday}, "
        "officials had ordered 52,000 people to leave their homes. {Three days later} the "
        "evacuation zone was widened to take in the outskirts of Chico. The death toll rose to 56 "
        "{overnight}, and 130 people remain unaccounted for. The fire was 45 percent contained as "
        "of {Thursday morning}, and fire officials said they expected to surround it by {Nov. "
        "30}. Rain forecast for {next Wednesday} could help crews but also bring mudslides on the "
        "burned slopes. Evacuees have been sleeping in tents in a store parking lot off State "
        "Route 99. The utility that owns the line said {last week} that it had detected a fault "
        "{15 minutes} before the fire was reported. It is the deadliest fire in California since "
        "{1933}. President Donald Trump will visit the area on {Saturday}.",
        [
            ("Thursday", "DATE", "2018-11-15"),
            ("a week ago", "DATE", "2018-W45"),
            ("6:33 a.m. on Nov. 8", "TIME", "2018-11-08T06:33"),
            ("hours", "DURATION", "PTXH"),
            ("Friday", "DATE", "2018-11-09"),
            ("Three days later", "DATE", "2018-11-12"),
            ("overnight", "TIME", "2018-11-14TNI"),
            ("Thursday morning", "TIME", "2018-11-15TMO"),
            ("Nov. 30", "DATE", "2018-11-30"),
            ("next Wednesday", "DATE", "2018-11-21"),
            ("last week", "DATE", "2018-W45"),
            ("15 minutes", "DURATION", "PT15M"),
            ("1933", "DATE", "1933"),
            ("Saturday", "DATE", "2018-11-17"),
        ],
    ),
    "transfer-deadline-2017": (
        date(2017, 9, 1),  # Friday, ISO 2017-W35
        "Premier League clubs spent a record £1.41bn in the transfer window that shut at {23:00 "
        "BST on Thursday}, beating {last summer}'s total by £250m, according to the financial "
        "analysts Deloitte. Striker Tomas Alvarado completed a £45m move from Porto to Everton "
        "{late Thursday}, signing a {five-year} contract. Chelsea's bid for a Leicester "
        "midfielder was rejected with {20 minutes} of the window left. Clubs that had lodged a "
        "deal sheet before the deadline had until {01:00 BST} to send in the final paperwork. The "
        "Football Association will review the late deals over {the next 48 hours}. The window "
        "reopens on {1 January}. Arsenal, beaten 4-0 at Liverpool on {Sunday}, made only one "
        "signing. Manchester United, who finished sixth in {May}, spent £145m. Deloitte's Dan "
        "Jones said spending had risen {every year} since {2012}. The league resumes on {9 "
        "September} after the international break, and the 24-year-old Alvarado could make his "
        "debut against Tottenham.",
        [
            ("23:00 BST on Thursday", "TIME", "2017-08-31T23:00"),
            ("last summer", "DATE", "2016-SU"),
            ("late Thursday", "DATE", "2017-08-31"),
            ("five-year", "DURATION", "P5Y"),
            ("20 minutes", "DURATION", "PT20M"),
            ("01:00 BST", "TIME", "2017-09-01T01:00"),
            ("the next 48 hours", "DURATION", "PT48H"),
            ("1 January", "DATE", "2018-01-01"),
            ("Sunday", "DATE", "2017-08-27"),
            ("May", "DATE", "2017-05"),
            ("every year", "SET", "P1Y"),
            ("2012", "DATE", "2012"),
            ("9 September", "DATE", "2017-09-09"),
        ],
    ),
    "un-general-assembly-week-2019": (
        date(2019, 9, 23),  # Monday, ISO 2019-W39
        "UNITED NATIONS (AP) — More than 130 heads of state and government gather at the United "
        "Nations {this week} for the General Assembly's annual meeting of world leaders, with "
        "climate change and tensions in the Persian Gulf topping the agenda. Secretary-General "
        "António Guterres opened a climate summit on {Monday}, and young activists held their own "
        "summit in the same hall on {Saturday}. Greta Thunberg, 16, who crossed the Atlantic by "
        "sailboat {last month}, told delegates they were failing her generation. The general "
        "debate opens on {Tuesday morning}, with Brazil's president by tradition speaking first. "
        "Each leader is asked to keep to {15 minutes}, a limit few observe; Cuba's Fidel Castro "
        "once spoke for {four hours and 29 minutes}, in {1960}. The debate runs through {Sept. "
        "30}, and police will close streets around U.N. headquarters on First Avenue {every day} "
        "until {Friday}. Iran's president speaks on {Wednesday}. Tensions in the Gulf have risen "
        "since drones and missiles struck Saudi oil plants on {Sept. 14}. {Last year}, delegates "
        "laughed when the U.S. president boasted of his administration's record. The assembly, "
        "founded in {1945}, has 193 members, and side meetings are held in Conference Room 4. "
        "{Next year}, the U.N. marks its 75th anniversary.",
        [
            ("this week", "DATE", "2019-W39"),
            ("Monday", "DATE", "2019-09-23"),
            ("Saturday", "DATE", "2019-09-21"),
            ("last month", "DATE", "2019-08"),
            ("Tuesday morning", "TIME", "2019-09-24TMO"),
            ("15 minutes", "DURATION", "PT15M"),
            ("four hours and 29 minutes", "DURATION", "PT4H29M"),
            ("1960", "DATE", "1960"),
            ("Sept. 30", "DATE", "2019-09-30"),
            ("every day", "SET", "P1D"),
            ("Friday", "DATE", "2019-09-27"),
            ("Wednesday", "DATE", "2019-09-25"),
            ("Sept. 14", "DATE", "2019-09-14"),
            ("Last year", "DATE", "2018"),
            ("1945", "DATE", "1945"),
            ("Next year", "DATE", "2020"),
        ],
    ),
    "nurses-strike-england-2023": (
        date(2023, 3, 1),  # Wednesday, ISO 2023-W09
        "Nurses in England will strike for {48 hours} from {Tuesday 14 March}, the Royal College "
        "of Nursing (RCN) has announced. The walkout will end at {06:00 on Thursday 16 March} "
        "and, unlike the strikes on {15 December} and {the 20th}, will include emergency "
        "departments and intensive care. The union's general secretary, Pat Cullen, said on "
        "{Wednesday} that members had run out of patience. Health Secretary Steve Barclay met "
        "union leaders {last week}, and talks are due to resume {next Monday}. The RCN's mandate "
        "for strike action runs out on {the 2nd of May}. More than 140,000 appointments were "
        "rescheduled during the last walkout in {February}, NHS England said. Nurses in Wales "
        "will be balloted again {this month}. The RCN, founded in {1916}, had never gone on "
        "strike in England before {December}, the first walkout in its {106-year} history. The "
        "union says nurses' pay has fallen by a fifth in real terms since {2010}. A nurse on Ward "
        "12 at a London teaching hospital said she worked two jobs to pay her rent.",
        [
            ("48 hours", "DURATION", "PT48H"),
            ("Tuesday 14 March", "DATE", "2023-03-14"),
            ("06:00 on Thursday 16 March", "TIME", "2023-03-16T06:00"),
            ("15 December", "DATE", "2022-12-15"),
            ("the 20th", "DATE", "2022-12-20"),
            ("Wednesday", "DATE", "2023-03-01"),
            ("last week", "DATE", "2023-W08"),
            ("next Monday", "DATE", "2023-03-06"),
            ("the 2nd of May", "DATE", "2023-05-02"),
            ("February", "DATE", "2023-02"),
            ("this month", "DATE", "2023-03"),
            ("1916", "DATE", "1916"),
            ("December", "DATE", "2022-12"),
            ("106-year", "DURATION", "P106Y"),
            ("2010", "DATE", "2010"),
        ],
    ),
    "pti-state-polls-phases-2021": (
        date(2021, 2, 26),  # Friday, ISO 2021-W08
        "NEW DELHI, {Feb 26} (PTI) Assembly elections in West Bengal will be held in eight phases "
        "from {March 27} to {April 29}, and votes will be counted on {May 2}, the Election "
        "Commission announced on {Friday}. Polling in Assam will take place in three phases on "
        "{March 27}, {April 1} and {April 6}, Chief Election Commissioner Sunil Arora told "
        "reporters. Campaigning will end {48 hours} before polling in each phase. Voting hours "
        "have been extended by {one hour} because of the COVID-19 pandemic. The term of the West "
        "Bengal assembly ends on {May 30}. In {2016}, the state voted in six phases spread over "
        "{more than a month}. Chief Minister Mamata Banerjee has been in power since {2011}. The "
        "notification for the first phase will be issued on {March 2}. The BJP won 18 of the "
        "state's 42 Lok Sabha seats in {2019}. About 2.7 lakh central police personnel will be "
        "deployed, and the commission will review the COVID-19 situation {every week}, officials "
        "said.",
        [
            ("Feb 26", "DATE", "2021-02-26"),
            ("March 27", "DATE", "2021-03-27"),
            ("April 29", "DATE", "2021-04-29"),
            ("May 2", "DATE", "2021-05-02"),
            ("Friday", "DATE", "2021-02-26"),
            ("March 27", "DATE", "2021-03-27"),
            ("April 1", "DATE", "2021-04-01"),
            ("April 6", "DATE", "2021-04-06"),
            ("48 hours", "DURATION", "PT48H"),
            ("one hour", "DURATION", "PT1H"),
            ("May 30", "DATE", "2021-05-30"),
            ("2016", "DATE", "2016"),
            ("more than a month", "DURATION", "P1M"),
            ("2011", "DATE", "2011"),
            ("March 2", "DATE", "2021-03-02"),
            ("2019", "DATE", "2019"),
            ("every week", "SET", "P1W"),
        ],
    ),
    "bushfire-anniversary-2019": (
        date(2019, 2, 7),  # Thursday, ISO 2019-W06
        "KINGLAKE, Australia (Reuters) - Survivors of Australia's deadliest bushfires gathered in "
        "towns north of Melbourne on {Thursday} to mark {10 years} since the fires of {Feb. 7, "
        "2009}, which killed 173 people and destroyed more than 2,000 homes. Temperatures {that "
        "day} reached 46.4 degrees Celsius in Melbourne, and winds gusted to 100 kph. The worst "
        "of the fires broke out at {about 11:45 a.m.} when a power line came down near Kilmore "
        "East, and it burned through 100,000 hectares in {less than 12 hours}. A royal commission "
        "reported in {July 2010} that warnings had come too late. Bells rang at {11 a.m. "
        "Thursday} in Kinglake and Marysville, and Prime Minister Scott Morrison attended a "
        "service in Melbourne on {Wednesday night}. Kinglake's population is {now} back to about "
        "1,500, {a decade} after half its houses burned. Victoria's previous worst fires, in "
        "{1983}, killed 75 people. {Last month}, fires burned 40,000 hectares in Tasmania, and "
        "forecasters expect temperatures above 40C in parts of Victoria {this weekend}.",
        [
            ("Thursday", "DATE", "2019-02-07"),
            ("10 years", "DURATION", "P10Y"),
            ("Feb. 7, 2009", "DATE", "2009-02-07"),
            ("that day", "DATE", "2009-02-07"),
            ("about 11:45 a.m.", "TIME", "2009-02-07T11:45"),
            ("less than 12 hours", "DURATION", "PT12H"),
            ("July 2010", "DATE", "2010-07"),
            ("11 a.m. Thursday", "TIME", "2019-02-07T11:00"),
            ("Wednesday night", "TIME", "2019-02-06TNI"),
            ("now", "DATE", "PRESENT_REF"),
            ("a decade", "DURATION", "P10Y"),
            ("1983", "DATE", "1983"),
            ("Last month", "DATE", "2019-01"),
            ("this weekend", "DATE", "2019-W06-WE"),
        ],
    ),
    "stocks-weekly-wrap-2013": (
        date(2013, 6, 21),  # Friday, ISO 2013-W25
        "NEW YORK (Reuters) - U.S. stocks rose on {Friday} but still closed out their worst five "
        "trading sessions since {April}, as investors fretted over the Federal Reserve's plan to "
        "scale back its stimulus {later this year}. For {the week}, the Dow Jones industrial "
        "average fell 1.8 percent, the S&P 500 lost 2.1 percent and the Nasdaq Composite shed 1.9 "
        "percent. Fed Chairman Ben Bernanke said on {Wednesday} that the central bank could start "
        "trimming its $85 billion {a month} in bond purchases {this year} and end them by {the "
        "middle of 2014}. The S&P 500 dropped 3.8 percent on {Wednesday} and {Thursday}, its "
        "biggest {two-day} decline since {November 2011}. The yield on the benchmark {10-year} "
        "Treasury note hit 2.47 percent, its highest in {22 months}. Shares of Vantex Software "
        "fell 6.6 percent after it reported weak sales for {the three months} ended {May 31}. "
        "Trading was heavy because stock options and index futures expired, as they do {every "
        "three months}, and about 9.1 billion shares changed hands on U.S. exchanges. {Next "
        "week}, investors will watch revised {first-quarter} GDP figures, due on {Wednesday}.",
        [
            ("Friday", "DATE", "2013-06-21"),
            ("April", "DATE", "2013-04"),
            ("later this year", "DATE", "2013"),
            ("the week", "DATE", "2013-W25"),
            ("Wednesday", "DATE", "2013-06-19"),
            ("a month", "SET", "P1M"),
            ("this year", "DATE", "2013"),
            ("the middle of 2014", "DATE", "2014"),
            ("Wednesday", "DATE", "2013-06-19"),
            ("Thursday", "DATE", "2013-06-20"),
            ("two-day", "DURATION", "P2D"),
            ("November 2011", "DATE", "2011-11"),
            ("10-year", "DURATION", "P10Y"),
            ("22 months", "DURATION", "P22M"),
            ("the three months", "DURATION", "P3M"),
            ("May 31", "DATE", "2013-05-31"),
            ("every three months", "SET", "P3M"),
            ("Next week", "DATE", "2013-W26"),
            ("first-quarter", "DATE", "2013-Q1"),
            ("Wednesday", "DATE", "2013-06-26"),
        ],
    ),
    "obituary-everest-guide-2015": (
        date(2015, 1, 22),  # Thursday, ISO 2015-W04
        "KATHMANDU (AFP) - Ang Dorje Sherpa, who guided climbers to the top of Mount Everest 21 "
        "times, died on {Tuesday} at his home in Kathmandu after a long illness, his family said. "
        "He was 71. Born in the Khumbu valley in {1943}, he started carrying loads for foreign "
        "expeditions at 14 and first stood on the summit on {May 12, 1979}. He reached it again "
        "{the following year}, and over {the next three decades} he became one of the most "
        "sought-after guides in the Himalayas. In {the 1980s} he helped set up a school for "
        "Sherpa children in Khumjung. He retired from climbing in {2009}, {30 years} after his "
        "first ascent, and was among the guides honoured in Kathmandu in {May 2003} for the 50th "
        "anniversary of the first ascent of Everest. He was at base camp on {April 18, 2014}, "
        "when an avalanche in the Khumbu Icefall killed 16 Nepali guides, and spoke out for "
        "better insurance for high-altitude workers. Until {recently} he ran a lodge in Namche "
        "Bazaar. He had been in hospital for {two weeks}. His funeral will be held on {Friday} at "
        "Boudhanath. He is survived by his wife Pasang, whom he married in {1966}, and five "
        "children.",
        [
            ("Tuesday", "DATE", "2015-01-20"),
            ("1943", "DATE", "1943"),
            ("May 12, 1979", "DATE", "1979-05-12"),
            ("the following year", "DATE", "1980"),
            ("the next three decades", "DURATION", "P30Y"),
            ("the 1980s", "DATE", "198"),
            ("2009", "DATE", "2009"),
            ("30 years", "DURATION", "P30Y"),
            ("May 2003", "DATE", "2003-05"),
            ("April 18, 2014", "DATE", "2014-04-18"),
            ("recently", "DATE", "PAST_REF"),
            ("two weeks", "DURATION", "P2W"),
            ("Friday", "DATE", "2015-01-23"),
            ("1966", "DATE", "1966"),
        ],
    ),
    "storm-red-warning-2022": (
        date(2022, 2, 16),  # Wednesday, ISO 2022-W07
        "A rare red weather warning has been issued for parts of south-west England and south "
        "Wales, with gusts of up to 90mph expected when Storm Hesper arrives {overnight}. The Met "
        "Office said the warning would be in force from {3am} until {3pm on Thursday}, and winds "
        "were expected to ease by {Thursday evening}. Up to 60mm of rain could fall in {12 hours} "
        "on high ground in Devon and Cornwall. Schools across both counties will be closed on "
        "{Thursday}, and National Highways said stretches of the M5 and the A30 could be shut on "
        "{Thursday morning}. Hesper is the third named storm in {a week}. The last red warning "
        "for wind in the region was issued {four years ago}. The Environment Agency had 120 flood "
        "warnings in place {this afternoon}. Forecasters expect calmer weather by {the weekend}, "
        "but another low-pressure system could bring heavy rain {early next week}. Storms have "
        "been given names in Britain and Ireland since {2015}.",
        [
            ("overnight", "TIME", "2022-02-16TNI"),
            ("3am", "TIME", "2022-02-17T03:00"),
            ("3pm on Thursday", "TIME", "2022-02-17T15:00"),
            ("Thursday evening", "TIME", "2022-02-17TEV"),
            ("12 hours", "DURATION", "PT12H"),
            ("Thursday", "DATE", "2022-02-17"),
            ("Thursday morning", "TIME", "2022-02-17TMO"),
            ("a week", "DURATION", "P1W"),
            ("four years ago", "DATE", "2018"),
            ("this afternoon", "TIME", "2022-02-16TAF"),
            ("the weekend", "DATE", "2022-W07-WE"),
            ("early next week", "DATE", "2022-W08"),
            ("2015", "DATE", "2015"),
        ],
    ),
    "console-preorders-2020": (
        date(2020, 9, 16),  # Wednesday, ISO 2020-W38
        "TOKYO (Bloomberg) -- Kaizen Corp. will start selling its Orion X game console on {Nov. "
        "12} in the U.S., Japan and Australia and {a week later} in Europe, setting up a showdown "
        "with its main rival. The company announced the $499 price in an online presentation "
        "{late Wednesday}, and pre-orders open at {10 a.m. Thursday}. A digital-only model "
        "without a disc drive will cost $399. Kaizen sold 112 million units of its previous "
        "console, released in {November 2013}. Production was disrupted {earlier this year} when "
        "factories in China closed during the coronavirus outbreak, but the company aims to ship "
        "7 million consoles by {the end of March}. Subscribers to its online gaming service pay "
        "$9.99 {a month}. Rival Apex said {last week} that its own machine would go on sale on "
        "{Nov. 10}. Kaizen shares have gained 40 percent {this year}. The company has said it "
        "will support the console for {at least seven years}. Buyers will be limited to one "
        "console each for {the first 48 hours}. Launch titles include Skyline 2099 and a remake "
        "of the racer Turbo 64.",
        [
            ("Nov. 12", "DATE", "2020-11-12"),
            ("a week later", "DATE", "2020-11-19"),
            ("late Wednesday", "DATE", "2020-09-16"),
            ("10 a.m. Thursday", "TIME", "2020-09-17T10:00"),
            ("November 2013", "DATE", "2013-11"),
            ("earlier this year", "DATE", "2020"),
            ("the end of March", "DATE", "2021-03"),
            ("a month", "SET", "P1M"),
            ("last week", "DATE", "2020-W37"),
            ("Nov. 10", "DATE", "2020-11-10"),
            ("this year", "DATE", "2020"),
            ("at least seven years", "DURATION", "P7Y"),
            ("the first 48 hours", "DURATION", "PT48H"),
        ],
    ),
    "commons-recess-2021": (
        date(2021, 7, 24),  # Saturday, ISO 2021-W29
        "MPs left Westminster on {Thursday} for the recess, and the Commons will not sit again "
        "until {Monday 6 September}. The Lords rose {a day later}. Ministers faced questions for "
        "the last time before the break on {Wednesday}, at the Prime Minister's Questions session "
        "held {every Wednesday} while the house sits. When MPs return they will sit for {two "
        "weeks} before breaking again for the party conference season. The Conservative "
        "conference opens in Manchester on {3 October}. Ministers hope to bring the social care "
        "bill before the house in {the autumn}. Select committees may still meet in {August}, and "
        "the Speaker, Sir Lindsay Hoyle, said the chamber would reopen fully to visitors {next "
        "month}. Parliament can be recalled under Standing Order No. 13 at the government's "
        "request; it last happened during a recess in {August 2013}, when MPs voted against "
        "military action in Syria. Opposition parties called the {six-week} break too long. The "
        "Commons has held 92 sittings {this year}, according to its own figures.",
        [
            ("Thursday", "DATE", "2021-07-22"),
            ("Monday 6 September", "DATE", "2021-09-06"),
            ("a day later", "DATE", "2021-07-23"),
            ("Wednesday", "DATE", "2021-07-21"),
            ("every Wednesday", "SET", "XXXX-WXX-3"),
            ("two weeks", "DURATION", "P2W"),
            ("3 October", "DATE", "2021-10-03"),
            ("the autumn", "DATE", "2021-FA"),
            ("August", "DATE", "2021-08"),
            ("next month", "DATE", "2021-08"),
            ("August 2013", "DATE", "2013-08"),
            ("six-week", "DURATION", "P6W"),
            ("this year", "DATE", "2021"),
        ],
    ),
    "marathon-results-2019": (
        date(2019, 4, 28),  # Sunday, ISO 2019-W17
        "LONDON (Reuters) - Kenya's Daniel Kiprono won the London Marathon on {Sunday} in {two "
        "hours, four minutes and 11 seconds}, pulling away from the Ethiopian pack at Mile 23 on "
        "the Embankment. The elite women had set off at {9:25 a.m.}, {35 minutes} before the men, "
        "and Ethiopia's Tigist Ayana won their race by {nearly a minute}. Kiprono, 29, finished "
        "second in Berlin {last September}. More than 42,000 runners crossed the finish line on "
        "The Mall, the most since the race was first held in {1981}, and the last of them were "
        "still coming in after {7 p.m.} Temperatures reached 14C by {midday}. The race raised a "
        "record 63 million pounds for charity {last year}. Organisers said the {2020} race would "
        "be held on {April 26}. Kiprono said he would rest for {a month} before returning to his "
        "training camp in Iten, where he runs {twice a day}.",
        [
            ("Sunday", "DATE", "2019-04-28"),
            ("two hours, four minutes and 11 seconds", "DURATION", "PT2H4M11S"),
            ("9:25 a.m.", "TIME", "2019-04-28T09:25"),
            ("35 minutes", "DURATION", "PT35M"),
            ("nearly a minute", "DURATION", "PT1M"),
            ("last September", "DATE", "2018-09"),
            ("1981", "DATE", "1981"),
            ("7 p.m.", "TIME", "2019-04-28T19:00"),
            ("midday", "TIME", "2019-04-28T12:00"),
            ("last year", "DATE", "2018"),
            ("2020", "DATE", "2020"),
            ("April 26", "DATE", "2020-04-26"),
            ("a month", "DURATION", "P1M"),
            ("twice a day", "SET", "P1D"),
        ],
    ),
    "booster-rollout-germany-2022": (
        date(2022, 9, 13),  # Tuesday, ISO 2022-W37
        "BERLIN, {Sept 13} (Reuters) - Germany will start offering COVID-19 booster shots adapted "
        "to the Omicron variant to everyone over 60 from {Monday}, the health ministry said on "
        "{Tuesday}, as cases began to rise again ahead of {the winter}. Health Minister Karl "
        "Lauterbach said 14 million doses of the new vaccines had been delivered {this month}, "
        "and more, aimed at the BA.4 and BA.5 subvariants, would arrive in {the coming weeks}. A "
        "booster is recommended once {three months} have passed since the last shot or infection. "
        "Staff in care homes will be tested {every two weeks} from {Oct. 1}, when new rules take "
        "effect. The ministry expects older people to need the shots {twice a year}, much like "
        "the annual flu jab. Infections have risen for {three weeks} in a row. The STIKO vaccine "
        "committee {recently} widened its advice to include pregnant women. The Oktoberfest in "
        "Munich opens on {Saturday} for the first time since {2019}. Masks will remain mandatory "
        "on long-distance trains until {April 7}.",
        [
            ("Sept 13", "DATE", "2022-09-13"),
            ("Monday", "DATE", "2022-09-19"),
            ("Tuesday", "DATE", "2022-09-13"),
            ("the winter", "DATE", "2022-WI"),
            ("this month", "DATE", "2022-09"),
            ("the coming weeks", "DURATION", "PXW"),
            ("three months", "DURATION", "P3M"),
            ("every two weeks", "SET", "P2W"),
            ("Oct. 1", "DATE", "2022-10-01"),
            ("twice a year", "SET", "P1Y"),
            ("three weeks", "DURATION", "P3W"),
            ("recently", "DATE", "PAST_REF"),
            ("Saturday", "DATE", "2022-09-17"),
            ("2019", "DATE", "2019"),
            ("April 7", "DATE", "2023-04-07"),
        ],
    ),
    "hostages-freed-sahel-2014": (
        date(2014, 10, 28),  # Tuesday, ISO 2014-W44
        "BAMAKO, {Oct 28} (AFP) - Two French aid workers kidnapped in northern Mali {eight months "
        "ago} were freed on {Monday} after talks led by Niger, the French presidency said. Claire "
        "Morel, 34, and Julien Faure, 41, were seized at gunpoint near Gao on {Feb. 23} while "
        "delivering seed to farmers. Their captors released a video of them on {March 10}, and "
        "{three days later} demanded a ransom of 20 million euros. Negotiations stalled over {the "
        "summer}, and their families heard nothing from them for {nearly four months}. The two "
        "were handed over to Nigerien mediators in the desert {late Monday} and flown to Niamey, "
        "landing at {11:40 p.m.} {The next day} they boarded a French military plane, which was "
        "due to land at Villacoublay air base near Paris at {6 p.m.} President Francois Hollande "
        "will meet them there {that evening}. Foreign Minister Laurent Fabius said on {Tuesday} "
        "that no ransom had been paid. France has about 3,000 troops in the Sahel under an "
        "operation launched in {August}. Another French hostage, Serge Lazarevic, has been held "
        "since {November 2011}.",
        [
            ("Oct 28", "DATE", "2014-10-28"),
            ("eight months ago", "DATE", "2014-02"),
            ("Monday", "DATE", "2014-10-27"),
            ("Feb. 23", "DATE", "2014-02-23"),
            ("March 10", "DATE", "2014-03-10"),
            ("three days later", "DATE", "2014-03-13"),
            ("the summer", "DATE", "2014-SU"),
            ("nearly four months", "DURATION", "P4M"),
            ("late Monday", "DATE", "2014-10-27"),
            ("11:40 p.m.", "TIME", "2014-10-27T23:40"),
            ("The next day", "DATE", "2014-10-28"),
            ("6 p.m.", "TIME", "2014-10-28T18:00"),
            ("that evening", "TIME", "2014-10-28TEV"),
            ("Tuesday", "DATE", "2014-10-28"),
            ("August", "DATE", "2014-08"),
            ("November 2011", "DATE", "2011-11"),
        ],
    ),
    "suez-canal-150-years-2019": (
        date(2019, 11, 17),  # Sunday, ISO 2019-W46
        "ISMAILIA, Egypt (AP) — {A century and a half} after the Suez Canal opened to shipping, "
        "Egyptians celebrated the waterway that turned their country into a crossroads of world "
        "trade. The canal was inaugurated on {Nov. 17, 1869}, after {a decade} of digging by tens "
        "of thousands of Egyptian laborers, many of them conscripted. Napoleon's engineers had "
        "surveyed a route in {1799} but wrongly concluded that the Red Sea stood higher than the "
        "Mediterranean. Through the rest of {the 19th century} the canal was run by a French "
        "company, and Britain bought Egypt's shares in {1875}. Egypt nationalized the canal in "
        "{July 1956}, and it was closed for {eight years} after the {1967} war. Traffic grew "
        "steadily in {the 1990s} as container ships got bigger. A parallel channel opened in "
        "{August 2015}, {12 months} after work began. More than 18,000 ships passed through {last "
        "year}, and the canal {now} earns Egypt about $5.7 billion {a year}. Officials planned a "
        "fireworks display at {8 p.m. Sunday} at the canal authority's headquarters. “{The 20th "
        "century} belonged to this canal,” said Ahmed Fathy, 70, a retired pilot from Port Said.",
        [
            ("A century and a half", "DURATION", "P150Y"),
            ("Nov. 17, 1869", "DATE", "1869-11-17"),
            ("a decade", "DURATION", "P10Y"),
            ("1799", "DATE", "1799"),
            ("the 19th century", "DATE", "18"),
            ("1875", "DATE", "1875"),
            ("July 1956", "DATE", "1956-07"),
            ("eight years", "DURATION", "P8Y"),
            ("1967", "DATE", "1967"),
            ("the 1990s", "DATE", "199"),
            ("August 2015", "DATE", "2015-08"),
            ("12 months", "DURATION", "P12M"),
            ("last year", "DATE", "2018"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year", "SET", "P1Y"),
            ("8 p.m. Sunday", "TIME", "2019-11-17T20:00"),
            ("The 20th century", "DATE", "19"),
        ],
    ),
}

# Expected expressions the tagger gets wrong today by a general rule of English:
# (article id, span) -> why the expected value holds.  Strict xfail: once fixed, the test fails
# and the entry must be taken off.  Filled in after the blind measurement.
KNOWN_WRONG: dict[tuple[str, str], str] = {
    # tense and plans: what is scheduled lies ahead of the publication date
    ("booster-rollout-germany-2022", "Monday"): "'will start offering shots adapted to the "
    "Omicron variant ... from Monday': the participle 'adapted' sits closer than 'will' "
    "(tagged the past Monday, 2022-09-12)",
    ("hostages-freed-sahel-2014", "Feb. 23"): "'were seized at gunpoint near Gao on Feb. 23': "
    "eight months back, but the past verb is too far for a date most of a year off (tagged "
    "the coming Feb. 23, 2015-02-23)",
    # anchoring: a time or a month belongs to the story, not to a date in an aside
    ("hostages-freed-sahel-2014", "that evening"): "the day of the landing, 2014-10-28; "
    "follows the wrong Feb. 23 above (tagged 2015-02-23TEV)",
    ("nurses-strike-england-2023", "December"): "'The RCN, founded in 1916, had never gone on "
    "strike before December': the year of the aside is taken for the story's (tagged "
    "1916-12)",
    # extents and types, as TimeBank marks them
    ("election-count-mexico-2018", "six-year"): "TimeBank marks 'one-year term' and 'a "
    "three-year period' with their noun, AQUAINT 'seven-day' without; the tagger follows "
    "TimeBank (tagged 'six-year term')",
}

# Spans the tagger marks that no annotator would: (article id, tagged text) -> why not a TIMEX3.
# Skipped by the precision check while the tagger produces them; once it stops, the check fails
# until the entry is taken off, so the list cannot go stale.  Filled in after the measurement.
KNOWN_SPURIOUS: dict[tuple[str, str], str] = {
    # the wrong extent of an expected expression listed in KNOWN_WRONG
    ("election-count-mexico-2018", "six-year term"): "the extent of 'six-year'",
    # a frequency adjective before a noun: TimeBank marks "the daily tally" as a SET
    ("central-bank-rba-2016", "monthly"): "'the Reserve Bank's monthly board meeting': a kind "
    "of meeting; TimeBank marks 'the daily tally' as SET, this file does not",
}

SUITE = ArticleSuite(ARTICLES, KNOWN_WRONG, KNOWN_SPURIOUS)
(
    test_article_expression_found,
    test_article_nothing_spurious,
    test_articles_are_well_formed_and_varied,
) = article_tests(SUITE)
