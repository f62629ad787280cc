"""Fifteenth document-level held-out check of the tagger: whole news articles, recall and precision.

Same format and scoring as tests/test_tagger_articles.py (TempEval-3 style: every expected
TIMEX3 found with its exact span, type and value; nothing else tagged), on twenty new articles
written for this file, none taken from a corpus, and annotated blind: every value was worked out
by hand from the calendar (weekdays and ISO weeks checked with Python's datetime), without
reading the tagger or running it on these texts.  They are government, regulation, law and
policy news of 1995-2026 in the style of Reuters, AP, the BBC, Bloomberg Law, Politico, the
Federal News Service and local court reporting: a proposed airline-fee rule with comments due
"within 60 days", "until March 5"; a delivery-pay law "effective Jan. 1, 2027", "phased in over
three years", registration "no later than June 30"; a county court adjourning a case "until next
Tuesday" with a hearing at "9:30 a.m. on Oct. 14" and appeals "within 14 days"; an
appropriations outline for "the fiscal year that begins Oct. 1", "FY2026" and "the next two
fiscal years"; census redistricting data due "by Sept. 30"; an EU directive missed by the "Dec.
17, 2021" deadline; a sanctions wind-down pushed to "Oct. 23"; a tax deadline moved off "April
15" with "an automatic six-month extension"; doctors' licences checked "every five years"; a
referendum date; a parliamentary recess; a "90 days in any 180-day period" visa rule; a report to
Congress "every three months"; a tax credit that "expires at the end of 2028"; an inquiry
"expected to report in the autumn"; a data-centre moratorium "for 18 months"; Juneteenth made a
federal holiday; a school calendar after Labor Day; a city curfew "from 10 p.m. Sunday to 5 a.m.
Monday"; the 1995 federal shutdown at "midnight Monday".

What must not be tagged: docket and statute numbers ("DOT-OST-2023-0189", "Ordinance No.
2024-117", "HB23-1188", "Directive (EU) 2019/1937", "H.R. 2586", "Assembly Bill 1123", "Bill
C-44", "Section 2913.02", "Section 7", "Article 258", "Rule 16", "General License 14A", "Form
4868", "Form 1040", "Title IX"), the year in a statute's short title ("the Medical Act 1983", a
name as "Windows 2000" is in the earlier files), "quarterly" before a noun, "the 20th" report,
"three times", "at a time", "at once", "on such short notice", "since then", "the then Common
Market", vote counts ("54-19", "35-28", "415-14", "521 votes to 73", "6-3"), ages
("Whitcomb, 61"), money, percentages, counts of people and pages.

Conventions as in the earlier files (tests/test_tagger_articles3.py, 5, 6 and 10) and the
TimeBank/AQUAINT gold: a leading preposition or signal ("on", "in", "at", "by", "since",
"until", "through", "from", "within", "over", "between", "shortly after", "effective") stays
out of the extent, a modifier ("early", "late", "about", "almost", "more than", "less than", "up
to", "at least", "another", "the past", "the next", "last", "next", "this") is in it; a weekday
in a report is the last one on or before the DCT, in a schedule or forecast the next one on or
after it; the possessive "'s" is outside the span ("this year's level"); a clock time with its
day is one span ("9:30 a.m. on Oct. 14", "11 p.m. on Thursday", "12:01 a.m. Wednesday");
"midnight Monday" is that Monday's T24:00; "overnight" in a story of the DCT is the night before
it; "this morning" the DCT's TMO; "late Tuesday", "late Monday" the day, "late October",
"mid-August" the month; "the end of 2028", "the end of 2014", "the end of last year" the year,
"the end of the month", "the end of April", "the end of June" the month; "N days later" counts
from the last date told ("Three days later" after April 6 is April 9); "N units ago" has the
unit's granularity ("two years ago" a year); "last week" and "next week" the ISO week (a
Wednesday, Dec. 30, 2020, is in 2020-W53, so its "last week" is 2020-W52); "the autumn", "the
spring", "the fall", "the summer", "this summer", "last spring", "next fall" are seasons of the
year the context puts them in; "fiscal 2025", "FY2026" are the year; "now" is PRESENT_REF;
"weeks", "the coming weeks", "the coming months" are PXW, PXM; "a year", "a day", "an hour"
after an amount ("$14 million a day", "$22 an hour", "11 paid holidays a year") are SETs,
"twice a month" P1M, "twice a year" and "three days a year" (a counted rate with its amount, one
span) P1Y, "every 30 days" P30D, "every night", "each night" XXXX-XX-XXTNI, "each August"
XXXX-08, "Mondays" XXXX-WXX-1; "six-month", "180-day", "five-year", "three-hour" are durations.

Judgement calls: "no later than June 30" is a signal like "by" (a bound, not a modifier of the
date), so the extent is "June 30", told in a law taking effect in 2027 and so 2027-06-30; "for
up to 90 days in any 180-day period" keeps "up to" in "up to 90 days" and marks "180-day" as a
DURATION, the rolling window being a length, not a recurrence; in "the fiscal year that begins
Oct. 1" both "the fiscal year" (2026, a US federal fiscal year being named for the calendar year
it ends in, as "FY2026" in the next sentence) and "Oct. 1" (2025-10-01) are marked, the
relative clause staying out; bare dates in a past-tense frame are the last such date before the
DCT ("were due to the president by Dec. 31" told in February 2021 is 2020-12-31, "completed in
November" told in January 2024 is 2023-11, "went back on Aug. 21" told in March 2019 is
2018-08-21, "first meant to finish by Christmas" told in February 2018 is 2017-12-25), in a
forward frame the next ("would otherwise have lapsed on Dec. 31" told in March 2023 is
2023-12-31, "two teacher training days in January" of the next school year 2020-01); the
holiday name "Juneteenth" in "making Juneteenth a federal holiday" is the holiday in general,
XXXX-06-19, while "Labor Day" in a calendar for next fall is that year's, 2019-09-02; "a week
longer than the House" and "an hour before the curfew begins" are lengths (P1W, PT1H), not
dates; "the three months ending June 30" marks "the three months" (P3M) and "June 30" apart;
"until now" marks "now"; "early next year" is the year 2026.
"""

from __future__ import annotations

from datetime import date

from tests.tagger_cases import Article, ArticleSuite, article_tests

ARTICLES: dict[str, Article] = {
    "dot-airline-fee-refund-rule-2024": (
        date(2024, 1, 4),  # Thursday, ISO 2024-W01
        "WASHINGTON (Reuters) - The Transportation Department on {Thursday} proposed a rule that "
        "would make airlines refund fees for seat assignments and onboard wifi that passengers "
        "paid for but never got. The notice is due to be published in the Federal Register on "
        "{Friday}, and comments are due within {60 days}, that is until {March 5}. Officials said "
        "a final rule could follow {this summer}, after which carriers would have {180 days} to "
        "change their booking systems. The proposal, docket DOT-OST-2023-0189, leaves alone the "
        "cash refund rule for cancelled flights that the department completed in {November}. "
        "Airlines collected about $5 billion in such fees {last year}, the department estimates, "
        "or roughly $14 million {a day}. Airlines for America, which represents 11 carriers, said "
        "it had spent {the past two years} fighting what it called duplicative mandates. The "
        "department has fined carriers more than $7 million since {2022} over slow refunds. "
        "Secretary Pete Buttigieg told reporters {last week} that fee complaints were three times "
        "their {2019} level. A public hearing is set for {10 a.m. on Feb. 13} at the department's "
        "headquarters.",
        [
            ("Thursday", "DATE", "2024-01-04"),
            ("Friday", "DATE", "2024-01-05"),
            ("60 days", "DURATION", "P60D"),
            ("March 5", "DATE", "2024-03-05"),
            ("this summer", "DATE", "2024-SU"),
            ("180 days", "DURATION", "P180D"),
            ("November", "DATE", "2023-11"),
            ("last year", "DATE", "2023"),
            ("a day", "SET", "P1D"),
            ("the past two years", "DURATION", "P2Y"),
            ("2022", "DATE", "2022"),
            ("last week", "DATE", "2023-W52"),
            ("2019", "DATE", "2019"),
            ("10 a.m. on Feb. 13", "TIME", "2024-02-13T10:00"),
        ],
    ),
    "california-delivery-driver-pay-law-2026": (
        date(2026, 9, 26),  # Saturday, ISO 2026-W39
        "SACRAMENTO (AP) - California's governor signed a bill on {Saturday} that requires food "
        "delivery apps to show drivers the full tip before they accept an order. Assembly Bill "
        "1123 takes effect {Jan. 1, 2027}, but its pay floor will be phased in over {three years}, "
        "reaching $22 {an hour} in {2029}. Companies must register with the state labor "
        "commissioner no later than {June 30} and file a first pay report within {90 days} after "
        "that. The bill cleared the Assembly 54-19 on {Aug. 31}. A similar measure died {two years "
        "ago} after the companies spent $200 million on a ballot campaign. Drivers {now} earn "
        "about $16 {an hour} after expenses, according to a university study published in {March}. "
        "Under Section 7 of the bill, the labor commissioner must review the wage floor {every two "
        "years}. The governor has until {Wednesday} to act on some 300 other bills left on his "
        "desk. One of the largest apps said it would comply but warned that delivery fees could "
        "rise by 15% in {the coming months}.",
        [
            ("Saturday", "DATE", "2026-09-26"),
            ("Jan. 1, 2027", "DATE", "2027-01-01"),
            ("three years", "DURATION", "P3Y"),
            ("an hour", "SET", "PT1H"),
            ("2029", "DATE", "2029"),
            ("June 30", "DATE", "2027-06-30"),
            ("90 days", "DURATION", "P90D"),
            ("Aug. 31", "DATE", "2026-08-31"),
            ("two years ago", "DATE", "2024"),
            ("now", "DATE", "PRESENT_REF"),
            ("an hour", "SET", "PT1H"),
            ("March", "DATE", "2026-03"),
            ("every two years", "SET", "P2Y"),
            ("Wednesday", "DATE", "2026-09-30"),
            ("the coming months", "DURATION", "PXM"),
        ],
    ),
    "lake-county-treasurer-fraud-hearing-2025": (
        date(2025, 10, 2),  # Thursday, ISO 2025-W40
        "PAINESVILLE - A Lake County judge on {Thursday} adjourned the theft case against former "
        "township treasurer Dale Whitcomb until {next Tuesday}, after his lawyer asked for more "
        "time to review bank records. Whitcomb, 61, is charged under Section 2913.02 with taking "
        "about $412,000 from the township between {2019} and {2023}. Judge Maria Estes ordered "
        "prosecutors to hand over the remaining records by {5 p.m. Monday}. She also set a "
        "suppression hearing for {9:30 a.m. on Oct. 14} and told both sides that any appeal of her "
        "ruling must be filed within {14 days}. The case has moved slowly since Whitcomb's arrest "
        "in {February 2024}. He was first due in court {last spring}, but the hearing was "
        "postponed three times. Under Rule 16, the defense may ask for {another 30 days} if the "
        "records run to more than 10,000 pages. Whitcomb, who resigned in {the summer of 2023}, "
        "remains free on a $50,000 bond and must report to a probation officer {twice a month}. A "
        "trial is tentatively planned for {early next year}.",
        [
            ("Thursday", "DATE", "2025-10-02"),
            ("next Tuesday", "DATE", "2025-10-07"),
            ("2019", "DATE", "2019"),
            ("2023", "DATE", "2023"),
            ("5 p.m. Monday", "TIME", "2025-10-06T17:00"),
            ("9:30 a.m. on Oct. 14", "TIME", "2025-10-14T09:30"),
            ("14 days", "DURATION", "P14D"),
            ("February 2024", "DATE", "2024-02"),
            ("last spring", "DATE", "2025-SP"),
            ("another 30 days", "DURATION", "P30D"),
            ("the summer of 2023", "DATE", "2023-SU"),
            ("twice a month", "SET", "P1M"),
            ("early next year", "DATE", "2026"),
        ],
    ),
    "house-appropriations-fy2026-outline-2025": (
        date(2025, 7, 16),  # Wednesday, ISO 2025-W29
        "WASHINGTON - The House Appropriations Committee on {Wednesday} approved a $1.2 trillion "
        "spending outline for {the fiscal year} that begins {Oct. 1}, setting up a clash with "
        "Senate Democrats over cuts to foreign aid. The committee voted 35-28 along party lines. "
        "The plan would hold nondefense spending in {FY2026} about 6% below {this year}'s level "
        "and freeze it for {the next two fiscal years}. The chairman said he hoped to move all 12 "
        "bills through committee before lawmakers leave town at {the end of the month}. Congress "
        "has not finished its spending bills on time since {fiscal 1997}. Without a deal by {Sept. "
        "30}, agencies would run on a stopgap or shut down, as they did for {35 days} starting in "
        "{December 2018}. The Congressional Budget Office projected {last month} that the deficit "
        "would reach $1.9 trillion in {fiscal 2025}. Senate appropriators plan to take up their "
        "versions {next week}. Under the outline, agencies would also have to report their "
        "obligations to the committee {every 30 days}.",
        [
            ("Wednesday", "DATE", "2025-07-16"),
            ("the fiscal year", "DATE", "2026"),
            ("Oct. 1", "DATE", "2025-10-01"),
            ("FY2026", "DATE", "2026"),
            ("this year", "DATE", "2025"),
            ("the next two fiscal years", "DURATION", "P2Y"),
            ("the end of the month", "DATE", "2025-07"),
            ("fiscal 1997", "DATE", "1997"),
            ("Sept. 30", "DATE", "2025-09-30"),
            ("35 days", "DURATION", "P35D"),
            ("December 2018", "DATE", "2018-12"),
            ("last month", "DATE", "2025-06"),
            ("fiscal 2025", "DATE", "2025"),
            ("next week", "DATE", "2025-W30"),
            ("every 30 days", "SET", "P30D"),
        ],
    ),
    "census-redistricting-data-delay-2021": (
        date(2021, 2, 12),  # Friday, ISO 2021-W06
        "WASHINGTON (Reuters) - The Census Bureau said on {Friday} that it would deliver the data "
        "states use to redraw congressional and legislative maps by {Sept. 30}, {more than six "
        "months} after the legal deadline of {March 31}. The delay, blamed on the coronavirus "
        "pandemic, leaves states such as Virginia and New Jersey, which hold legislative elections "
        "{this year}, scrambling to adjust. The bureau had already pushed back the apportionment "
        "counts, which decide how the 435 House seats are shared out, to {the end of April}. Those "
        "counts were due to the president by {Dec. 31} under a law dating to {1929}. Ohio's "
        "constitution requires new maps to be approved no later than {Sept. 1}, a date the state "
        "{now} cannot meet. Officials said {last month} that door-knocking ended on {Oct. 15} "
        "after a court fight over the schedule. The bureau will post the raw figures in a legacy "
        "format in {mid-August} so that states can start work early. The count is taken {every 10 "
        "years}, and some legislatures expect to hold special sessions in {the fall}.",
        [
            ("Friday", "DATE", "2021-02-12"),
            ("Sept. 30", "DATE", "2021-09-30"),
            ("more than six months", "DURATION", "P6M"),
            ("March 31", "DATE", "2021-03-31"),
            ("this year", "DATE", "2021"),
            ("the end of April", "DATE", "2021-04"),
            ("Dec. 31", "DATE", "2020-12-31"),
            ("1929", "DATE", "1929"),
            ("Sept. 1", "DATE", "2021-09-01"),
            ("now", "DATE", "PRESENT_REF"),
            ("last month", "DATE", "2021-01"),
            ("Oct. 15", "DATE", "2020-10-15"),
            ("mid-August", "DATE", "2021-08"),
            ("every 10 years", "SET", "P10Y"),
            ("the fall", "DATE", "2021-FA"),
        ],
    ),
    "eu-whistleblower-directive-notices-2022": (
        date(2022, 1, 27),  # Thursday, ISO 2022-W04
        "BRUSSELS (Reuters) - The European Commission on {Thursday} opened legal proceedings "
        "against 24 member states that missed the {Dec. 17, 2021} deadline to write the EU "
        "whistleblower directive into national law. Directive (EU) 2019/1937, adopted in {October "
        "2019}, gave governments {two years} to transpose it. Letters of formal notice went out "
        "{this morning}, and the countries have {two months} to reply before the Commission can "
        "send a reasoned opinion under Article 258 of the treaty. Only Denmark, Portugal and "
        "Sweden had notified full measures by {the end of last year}. Germany's new coalition said "
        "it would table a bill in {the spring}. Companies with 250 or more workers must set up "
        "reporting channels at once, while those with 50 to 249 employees have until {Dec. 17, "
        "2023}. Infringement cases often take {about two years} to reach the EU Court of Justice. "
        "The Commission sends out its packages of infringement letters {once a month}. Ireland "
        "said its own law would be signed within {weeks}.",
        [
            ("Thursday", "DATE", "2022-01-27"),
            ("Dec. 17, 2021", "DATE", "2021-12-17"),
            ("October 2019", "DATE", "2019-10"),
            ("two years", "DURATION", "P2Y"),
            ("this morning", "TIME", "2022-01-27TMO"),
            ("two months", "DURATION", "P2M"),
            ("the end of last year", "DATE", "2021"),
            ("the spring", "DATE", "2022-SP"),
            ("Dec. 17, 2023", "DATE", "2023-12-17"),
            ("about two years", "DURATION", "P2Y"),
            ("once a month", "SET", "P1M"),
            ("weeks", "DURATION", "PXW"),
        ],
    ),
    "treasury-aluminum-sanctions-deadline-2018": (
        date(2018, 4, 23),  # Monday, ISO 2018-W17
        "WASHINGTON/MOSCOW (Reuters) - The Treasury on {Monday} gave customers of Russian aluminum "
        "producer Rusal until {Oct. 23} to wind down their dealings with the company, pushing back "
        "a deadline that had been set for {June 5}. The sanctions, imposed on {April 6} on Rusal's "
        "main shareholder and a dozen of his companies, sent aluminum prices up by nearly 30% in "
        "{less than two weeks}. {Three days later}, Rusal's shares had lost half their value in "
        "Hong Kong. The Treasury secretary said the extension, issued as General License 14A, "
        "would last {six months} and that the company could be taken off the list if its owner "
        "gave up control. Benchmark aluminum on the London Metal Exchange fell 7% to $2,320 a "
        "tonne by {late afternoon}. Under the rules, U.S. firms must stop new business at once and "
        "report any blocked payment within {10 days}. A large commodity trader said {last week} "
        "that it had stopped signing new contracts with the company. The Kremlin's spokesman said "
        "on {Tuesday} that Moscow would support Rusal's workers. The measures were the toughest "
        "since Washington first penalized Russia over Crimea in {2014}. Rusal produces about 4 "
        "million tonnes of aluminum {a year}, and a Treasury official said the case would be "
        "reviewed in {the coming weeks}.",
        [
            ("Monday", "DATE", "2018-04-23"),
            ("Oct. 23", "DATE", "2018-10-23"),
            ("June 5", "DATE", "2018-06-05"),
            ("April 6", "DATE", "2018-04-06"),
            ("less than two weeks", "DURATION", "P2W"),
            ("Three days later", "DATE", "2018-04-09"),
            ("six months", "DURATION", "P6M"),
            ("late afternoon", "TIME", "2018-04-23TAF"),
            ("10 days", "DURATION", "P10D"),
            ("last week", "DATE", "2018-W16"),
            ("Tuesday", "DATE", "2018-04-17"),
            ("2014", "DATE", "2014"),
            ("a year", "SET", "P1Y"),
            ("the coming weeks", "DURATION", "PXW"),
        ],
    ),
    "irs-filing-deadline-two-extra-days-2012": (
        date(2012, 4, 15),  # Sunday, ISO 2012-W15
        "WASHINGTON (AP) - Taxpayers who have not filed yet have a little breathing room: federal "
        "income tax returns are not due until {Tuesday}. The usual {April 15} deadline is {today}, "
        "and {Monday} is a legal holiday in the District of Columbia, so the IRS has moved the "
        "date. The agency expects about 144 million individual returns {this year}. Filers who "
        "need more time can request an automatic {six-month} extension on Form 4868, which moves "
        "the deadline to {Oct. 15}. An extension to file is not an extension to pay, and interest "
        "runs on any unpaid tax from {April 17}. As of {April 6}, the IRS had received 87 million "
        "returns, and the average refund was $2,913. Most Form 1040 filers who file electronically "
        "get their refunds within {21 days}. Some post offices will stay open until {midnight "
        "Tuesday}. The IRS warned that its phone lines are busiest on {Mondays}. Congress last "
        "changed the filing date in {1955}, when it pushed it back by {a month}.",
        [
            ("Tuesday", "DATE", "2012-04-17"),
            ("April 15", "DATE", "2012-04-15"),
            ("today", "DATE", "2012-04-15"),
            ("Monday", "DATE", "2012-04-16"),
            ("this year", "DATE", "2012"),
            ("six-month", "DURATION", "P6M"),
            ("Oct. 15", "DATE", "2012-10-15"),
            ("April 17", "DATE", "2012-04-17"),
            ("April 6", "DATE", "2012-04-06"),
            ("21 days", "DURATION", "P21D"),
            ("midnight Tuesday", "TIME", "2012-04-17T24:00"),
            ("Mondays", "SET", "XXXX-WXX-1"),
            ("1955", "DATE", "1955"),
            ("a month", "DURATION", "P1M"),
        ],
    ),
    "uk-doctors-revalidation-five-years-2009": (
        date(2009, 7, 21),  # Tuesday, ISO 2009-W30
        "LONDON (BBC) - Doctors in the UK will have to prove they are fit to practise {every five "
        "years} under plans confirmed by the Department of Health on {Tuesday}. The scheme, known "
        "as revalidation, will start in {2011} and be phased in over {five years}, beginning with "
        "senior doctors. The General Medical Council, which registers about 230,000 doctors under "
        "the Medical Act 1983, first proposed regular checks after the Shipman inquiry reported in "
        "{2004}. Licences to practise will be issued to every registered doctor from {16 "
        "November}. Doctors will receive letters within {the next four months} explaining how the "
        "system will work. The British Medical Association said {last week} that the paperwork "
        "could take each doctor {three days a year}. A consultation on the details closes on {30 "
        "September}. Pilot schemes in five areas of England ran for {a year} from {January 2008}.",
        [
            ("every five years", "SET", "P5Y"),
            ("Tuesday", "DATE", "2009-07-21"),
            ("2011", "DATE", "2011"),
            ("five years", "DURATION", "P5Y"),
            ("2004", "DATE", "2004"),
            ("16 November", "DATE", "2009-11-16"),
            ("the next four months", "DURATION", "P4M"),
            ("last week", "DATE", "2009-W29"),
            ("three days a year", "SET", "P1Y"),
            ("30 September", "DATE", "2009-09-30"),
            ("a year", "DURATION", "P1Y"),
            ("January 2008", "DATE", "2008-01"),
        ],
    ),
    "uk-eu-referendum-date-set-2016": (
        date(2016, 2, 20),  # Saturday, ISO 2016-W07
        "LONDON (BBC) - David Cameron announced on {Saturday} that Britain will hold a referendum "
        "on its membership of the European Union on {23 June}, after securing a deal with EU "
        "leaders in Brussels {overnight}. Speaking outside Downing Street shortly after {11 a.m.}, "
        "the prime minister said he would campaign to remain. The official campaign period will "
        "begin on {15 April}, giving both sides {10 weeks} to make their case. Voters last decided "
        "on Europe in {1975}, when 67% backed staying in the then Common Market. The cabinet met "
        "{this morning}, its first emergency meeting since the Falklands war in {1982}. Under the "
        "deal, EU migrants arriving in Britain could be denied some in-work benefits for {up to "
        "four years}. The emergency brake on benefits could be used for {seven years}. The "
        "Electoral Commission will publish its guidance to voters {next week}. Mr Cameron will "
        "make a statement to the Commons on {Monday}. Polls taken {this month} show the two sides "
        "neck and neck.",
        [
            ("Saturday", "DATE", "2016-02-20"),
            ("23 June", "DATE", "2016-06-23"),
            ("overnight", "TIME", "2016-02-19TNI"),
            ("11 a.m.", "TIME", "2016-02-20T11:00"),
            ("15 April", "DATE", "2016-04-15"),
            ("10 weeks", "DURATION", "P10W"),
            ("1975", "DATE", "1975"),
            ("this morning", "TIME", "2016-02-20TMO"),
            ("1982", "DATE", "1982"),
            ("up to four years", "DURATION", "P4Y"),
            ("seven years", "DURATION", "P7Y"),
            ("next week", "DATE", "2016-W08"),
            ("Monday", "DATE", "2016-02-22"),
            ("this month", "DATE", "2016-02"),
        ],
    ),
    "canada-commons-summer-recess-2017": (
        date(2017, 6, 16),  # Friday, ISO 2017-W24
        "OTTAWA (CP) - MPs will sit late {every night} {next week} as the Liberal government tries "
        "to pass its budget bill before the House of Commons rises for {the summer}, the "
        "government House leader said {Friday}. The House is scheduled to adjourn on {June 23} and "
        "return on {Sept. 18}, a break of {almost three months}. Bill C-44, the budget "
        "implementation act, passed second reading {last month}. The Senate, which often sits {a "
        "week} longer than the House, could keep senators in Ottawa until {the end of June}. "
        "Opposition parties accused the Liberals of forcing through 24 bills in {the past six "
        "weeks}. The House sat for {127 days} in {2016}. The government also wants to pass a "
        "citizenship bill that would require {three years} of residence in any {five-year} period. "
        "The House last sat so late on {June 28, 2005}, when it passed the same-sex marriage law.",
        [
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("next week", "DATE", "2017-W25"),
            ("the summer", "DATE", "2017-SU"),
            ("Friday", "DATE", "2017-06-16"),
            ("June 23", "DATE", "2017-06-23"),
            ("Sept. 18", "DATE", "2017-09-18"),
            ("almost three months", "DURATION", "P3M"),
            ("last month", "DATE", "2017-05"),
            ("a week", "DURATION", "P1W"),
            ("the end of June", "DATE", "2017-06"),
            ("the past six weeks", "DURATION", "P6W"),
            ("127 days", "DURATION", "P127D"),
            ("2016", "DATE", "2016"),
            ("three years", "DURATION", "P3Y"),
            ("five-year", "DURATION", "P5Y"),
            ("June 28, 2005", "DATE", "2005-06-28"),
        ],
    ),
    "uk-travellers-schengen-90-day-limit-2020": (
        date(2020, 12, 30),  # Wednesday, ISO 2020-W53
        "LONDON (Reuters) - British holidaymakers will be able to stay in the EU's Schengen area "
        "for {up to 90 days} in any {180-day} period without a visa once the Brexit transition "
        "ends at {11 p.m. on Thursday}. Until {now}, Britons could live and work anywhere in the "
        "bloc without limit. From {Jan. 1}, travellers will also need {at least six months} left "
        "on their passports. The EU's planned travel authorisation, due to start in {2022}, will "
        "cost 7 euros and be valid for {three years}. The House of Commons approved the trade deal "
        "by 521 votes to 73 on {Wednesday}. Owners of second homes in France, of whom there are "
        "about 86,000, say the rule will cut their stays to {three months} at a time. EU citizens "
        "already living in Britain must apply for settled status by {the end of June}. The "
        "government said {last week} that travellers should allow extra time at the ports. Talks "
        "on a separate deal for touring musicians will go on {next year}.",
        [
            ("up to 90 days", "DURATION", "P90D"),
            ("180-day", "DURATION", "P180D"),
            ("11 p.m. on Thursday", "TIME", "2020-12-31T23:00"),
            ("now", "DATE", "PRESENT_REF"),
            ("Jan. 1", "DATE", "2021-01-01"),
            ("at least six months", "DURATION", "P6M"),
            ("2022", "DATE", "2022"),
            ("three years", "DURATION", "P3Y"),
            ("Wednesday", "DATE", "2020-12-30"),
            ("three months", "DURATION", "P3M"),
            ("the end of June", "DATE", "2021-06"),
            ("last week", "DATE", "2020-W52"),
            ("next year", "DATE", "2021"),
        ],
    ),
    "afghan-reconstruction-report-to-congress-2013": (
        date(2013, 7, 30),  # Tuesday, ISO 2013-W31
        "WASHINGTON (Federal News Service) - The special inspector general for Afghanistan "
        "reconstruction told Congress on {Tuesday} that the Pentagon cannot account for hundreds "
        "of millions of dollars in fuel bought for the Afghan army. The office, created in {2008}, "
        "must report to Congress {every three months} and publish each report within {30 days}. "
        "The latest quarterly report, the 20th, covers {the three months} ending {June 30}. The "
        "United States has set aside about $96.6 billion for reconstruction since {fiscal 2002}. "
        "The inspector general told a House panel {last Thursday} that some projects could not be "
        "visited safely. Afghan forces are to take full charge of security by {the end of 2014}. "
        "Spending on the Afghan army has averaged about $4 billion {a year} over {the past five "
        "years}. The office's budget for {fiscal 2014}, which begins {Oct. 1}, would rise to $49.9 "
        "million. Two U.S. contractors were convicted of fraud {this month}. The next report is "
        "due in {late October}.",
        [
            ("Tuesday", "DATE", "2013-07-30"),
            ("2008", "DATE", "2008"),
            ("every three months", "SET", "P3M"),
            ("30 days", "DURATION", "P30D"),
            ("the three months", "DURATION", "P3M"),
            ("June 30", "DATE", "2013-06-30"),
            ("fiscal 2002", "DATE", "2002"),
            ("last Thursday", "DATE", "2013-07-25"),
            ("the end of 2014", "DATE", "2014"),
            ("a year", "SET", "P1Y"),
            ("the past five years", "DURATION", "P5Y"),
            ("fiscal 2014", "DATE", "2014"),
            ("Oct. 1", "DATE", "2013-10-01"),
            ("this month", "DATE", "2013-07"),
            ("late October", "DATE", "2013-10"),
        ],
    ),
    "colorado-film-credit-sunset-2023": (
        date(2023, 3, 22),  # Wednesday, ISO 2023-W12
        "DENVER (Bloomberg Law) - Colorado lawmakers voted {Wednesday} to extend the state's tax "
        "credit for film productions, but the program expires at {the end of 2028} unless the "
        "legislature renews it. The bill, HB23-1188, passed the Senate 22-13 and goes to the "
        "governor. The credit, worth up to 20% of qualified spending, was first enacted in {2012} "
        "and would otherwise have lapsed on {Dec. 31}. Under the sunset clause, the state auditor "
        "must evaluate the program by {July 1, 2027}. The extension runs for {five years} from "
        "{Jan. 1, 2024}. Productions spent $94 million in the state in {fiscal 2022}, according to "
        "the film office, which reports to lawmakers {twice a year}. New Mexico expanded its own "
        "credit in {2019}. The House approved the bill {last week}. The governor has {10 days} to "
        "act on it once it reaches his desk, and the session ends {May 8}.",
        [
            ("Wednesday", "DATE", "2023-03-22"),
            ("the end of 2028", "DATE", "2028"),
            ("2012", "DATE", "2012"),
            ("Dec. 31", "DATE", "2023-12-31"),
            ("July 1, 2027", "DATE", "2027-07-01"),
            ("five years", "DURATION", "P5Y"),
            ("Jan. 1, 2024", "DATE", "2024-01-01"),
            ("fiscal 2022", "DATE", "2022"),
            ("twice a year", "SET", "P1Y"),
            ("2019", "DATE", "2019"),
            ("last week", "DATE", "2023-W11"),
            ("10 days", "DURATION", "P10D"),
            ("May 8", "DATE", "2023-05-08"),
        ],
    ),
    "uk-maternity-inquiry-report-autumn-2018": (
        date(2018, 2, 5),  # Monday, ISO 2018-W06
        "LONDON (BBC) - An independent inquiry into baby deaths at a Midlands hospital trust is "
        "expected to report in {the autumn}, the health secretary told MPs on {Monday}. The "
        "review, ordered in {April 2017}, was first meant to finish by {Christmas}. It has since "
        "widened from 23 cases to more than 200, going back to {2000}. Some families have been "
        "waiting {almost a year} for answers. The inquiry's chair will hold private meetings with "
        "families over {the next six weeks}, starting on {12 February}. A further update will be "
        "given to the Commons in {the spring}. The trust was placed in special measures in "
        "{November 2016}, and two midwives were suspended {last month}. Figures published {last "
        "week} show the trust's stillbirth rate fell in {2017} to 4.1 per 1,000 births. About "
        "5,000 babies are born at its two hospitals {each year}.",
        [
            ("the autumn", "DATE", "2018-FA"),
            ("Monday", "DATE", "2018-02-05"),
            ("April 2017", "DATE", "2017-04"),
            ("Christmas", "DATE", "2017-12-25"),
            ("2000", "DATE", "2000"),
            ("almost a year", "DURATION", "P1Y"),
            ("the next six weeks", "DURATION", "P6W"),
            ("12 February", "DATE", "2018-02-12"),
            ("the spring", "DATE", "2018-SP"),
            ("November 2016", "DATE", "2016-11"),
            ("last month", "DATE", "2018-01"),
            ("last week", "DATE", "2018-W05"),
            ("2017", "DATE", "2017"),
            ("each year", "SET", "P1Y"),
        ],
    ),
    "fairmont-data-center-moratorium-2024": (
        date(2024, 12, 10),  # Tuesday, ISO 2024-W50
        "FAIRMONT - The City Council voted 6-3 {late Tuesday} to stop issuing permits for new data "
        "centers for {18 months}. The moratorium, Ordinance No. 2024-117, takes effect at {12:01 "
        "a.m. Wednesday} and runs through {June 2026}. Supporters said the pause would give "
        "planners time to rewrite zoning rules adopted in {2009}. Five data centers have been "
        "approved in the city since {January 2022}. Applications filed before {Nov. 1} will still "
        "be reviewed. The planning commission must deliver draft rules within {nine months}. "
        "Residents filled the council chamber for {more than four hours} of public comment on "
        "{Tuesday night}. The local utility says demand from the industry has doubled in {the past "
        "three years}. A similar pause in a neighboring county was lifted {last month} after {10 "
        "months}. The council will take up the zoning rewrite at its meeting on {Jan. 14}.",
        [
            ("late Tuesday", "DATE", "2024-12-10"),
            ("18 months", "DURATION", "P18M"),
            ("12:01 a.m. Wednesday", "TIME", "2024-12-11T00:01"),
            ("June 2026", "DATE", "2026-06"),
            ("2009", "DATE", "2009"),
            ("January 2022", "DATE", "2022-01"),
            ("Nov. 1", "DATE", "2024-11-01"),
            ("nine months", "DURATION", "P9M"),
            ("more than four hours", "DURATION", "PT4H"),
            ("Tuesday night", "TIME", "2024-12-10TNI"),
            ("the past three years", "DURATION", "P3Y"),
            ("last month", "DATE", "2024-11"),
            ("10 months", "DURATION", "P10M"),
            ("Jan. 14", "DATE", "2025-01-14"),
        ],
    ),
    "juneteenth-federal-holiday-signed-2021": (
        date(2021, 6, 17),  # Thursday, ISO 2021-W24
        "WASHINGTON (AP) - President Joe Biden signed a bill on {Thursday} making {Juneteenth} a "
        "federal holiday. Because {June 19} falls on {Saturday}, most federal workers will get "
        "{Friday} off {this year}. The House passed the measure 415-14 on {Wednesday}, after the "
        "Senate approved it unanimously on {Tuesday}. It is the first new federal holiday since "
        "one honoring Martin Luther King Jr. was created in {1983}. The day marks {June 19, 1865}, "
        "when Union troops told enslaved people in Galveston, Texas, that they were free, {more "
        "than two years} after the Emancipation Proclamation. Federal employees {now} get 11 paid "
        "holidays {a year}. Some states said they could not close their offices on such short "
        "notice. In {2022}, the holiday will be observed on {June 20}.",
        [
            ("Thursday", "DATE", "2021-06-17"),
            ("Juneteenth", "DATE", "XXXX-06-19"),
            ("June 19", "DATE", "2021-06-19"),
            ("Saturday", "DATE", "2021-06-19"),
            ("Friday", "DATE", "2021-06-18"),
            ("this year", "DATE", "2021"),
            ("Wednesday", "DATE", "2021-06-16"),
            ("Tuesday", "DATE", "2021-06-15"),
            ("1983", "DATE", "1983"),
            ("June 19, 1865", "DATE", "1865-06-19"),
            ("more than two years", "DURATION", "P2Y"),
            ("now", "DATE", "PRESENT_REF"),
            ("a year", "SET", "P1Y"),
            ("2022", "DATE", "2022"),
            ("June 20", "DATE", "2022-06-20"),
        ],
    ),
    "greenfield-schools-after-labor-day-2019": (
        date(2019, 3, 13),  # Wednesday, ISO 2019-W11
        "GREENFIELD - The school board voted 5-2 on {Tuesday night} to start classes {next fall} "
        "on {Sept. 3}, after {Labor Day} rather than before it. Under the new calendar, classes "
        "will end on {June 12, 2020}. Students in the district went back on {Aug. 21}, as they "
        "have done {each August} since {2006}. Parents who spoke at the {three-hour} meeting were "
        "split. The calendar cuts the break between semesters to {nine days} and adds two teacher "
        "training days in {January}. State law requires {at least 180 days} of instruction, and "
        "the board must adopt a calendar {every year}. The board also approved a new Title IX "
        "grievance policy and a $3.4 million roof repair. The superintendent said the district "
        "would review the start date {every three years}. The board meets again on {March 26}.",
        [
            ("Tuesday night", "TIME", "2019-03-12TNI"),
            ("next fall", "DATE", "2019-FA"),
            ("Sept. 3", "DATE", "2019-09-03"),
            ("Labor Day", "DATE", "2019-09-02"),
            ("June 12, 2020", "DATE", "2020-06-12"),
            ("Aug. 21", "DATE", "2018-08-21"),
            ("each August", "SET", "XXXX-08"),
            ("2006", "DATE", "2006"),
            ("three-hour", "DURATION", "PT3H"),
            ("nine days", "DURATION", "P9D"),
            ("January", "DATE", "2020-01"),
            ("at least 180 days", "DURATION", "P180D"),
            ("every year", "SET", "P1Y"),
            ("every three years", "SET", "P3Y"),
            ("March 26", "DATE", "2019-03-26"),
        ],
    ),
    "harlow-city-curfew-protests-2020": (
        date(2020, 5, 31),  # Sunday, ISO 2020-W22
        "HARLOW (AP) - The mayor of Harlow ordered a curfew from {10 p.m. Sunday} to {5 a.m. "
        "Monday} after protests over a police shooting turned violent downtown. The order will be "
        "repeated {each night} through {Friday} unless it is lifted sooner, the mayor said at a "
        "news conference {Sunday afternoon}. Police said 41 people were arrested between {9 p.m. "
        "Saturday} and {3 a.m. Sunday}. The shooting of an unarmed man by an officer happened "
        "{last Tuesday}. City buses will stop running {an hour} before the curfew begins so that "
        "drivers can get home. People going to or from work are exempt. The city last imposed a "
        "curfew in {1968}. The governor said {this morning} that 300 National Guard troops were on "
        "standby. Protests have spread to dozens of cities in {the past week}.",
        [
            ("10 p.m. Sunday", "TIME", "2020-05-31T22:00"),
            ("5 a.m. Monday", "TIME", "2020-06-01T05:00"),
            ("each night", "SET", "XXXX-XX-XXTNI"),
            ("Friday", "DATE", "2020-06-05"),
            ("Sunday afternoon", "TIME", "2020-05-31TAF"),
            ("9 p.m. Saturday", "TIME", "2020-05-30T21:00"),
            ("3 a.m. Sunday", "TIME", "2020-05-31T03:00"),
            ("last Tuesday", "DATE", "2020-05-26"),
            ("an hour", "DURATION", "PT1H"),
            ("1968", "DATE", "1968"),
            ("this morning", "TIME", "2020-05-31TMO"),
            ("the past week", "DURATION", "P1W"),
        ],
    ),
    "federal-shutdown-furloughs-1995": (
        date(1995, 11, 14),  # Tuesday, ISO 1995-W46
        "WASHINGTON (AP) -- About 800,000 federal workers were sent home {Tuesday} after the "
        "government's spending authority ran out at {midnight Monday} and President Clinton and "
        "Republican leaders failed to agree on a stopgap bill. Clinton vetoed the measure {late "
        "Monday}, saying it would raise Medicare premiums {next year}. The stopgap, H.R. 2586, had "
        "passed the House 230-197 on {Friday}. House Speaker Newt Gingrich said Republicans would "
        "not budge until the president agreed to balance the budget within {seven years}. The last "
        "shutdown, in {October 1990}, lasted {three days}. The government has been running on "
        "temporary measures since {Oct. 1}. National parks and museums closed {this morning}. The "
        "Social Security Administration said checks due {Dec. 1} would go out on time, but "
        "passport offices, which handle about 20,000 applications {a day}, shut their doors. "
        "Treasury Secretary Robert Rubin said {last week} that the government would hit its $4.9 "
        "trillion debt limit {Wednesday}. Negotiators planned to meet again at {10 a.m. "
        "Wednesday}.",
        [
            ("Tuesday", "DATE", "1995-11-14"),
            ("midnight Monday", "TIME", "1995-11-13T24:00"),
            ("late Monday", "DATE", "1995-11-13"),
            ("next year", "DATE", "1996"),
            ("Friday", "DATE", "1995-11-10"),
            ("seven years", "DURATION", "P7Y"),
            ("October 1990", "DATE", "1990-10"),
            ("three days", "DURATION", "P3D"),
            ("Oct. 1", "DATE", "1995-10-01"),
            ("this morning", "TIME", "1995-11-14TMO"),
            ("Dec. 1", "DATE", "1995-12-01"),
            ("a day", "SET", "P1D"),
            ("last week", "DATE", "1995-W45"),
            ("Wednesday", "DATE", "1995-11-15"),
            ("10 a.m. Wednesday", "TIME", "1995-11-15T10:00"),
        ],
    ),
}

# (article id, expected span) -> why the tagger gets it wrong; empty until the first run is scored
KNOWN_WRONG: dict[tuple[str, str], str] = {
    # tense and plans: what is scheduled lies ahead of the publication date
    ("california-delivery-driver-pay-law-2026", "June 30"): "a deadline of a law that takes "
    "effect in 2027 (tagged the coming June 30, 2026)",
    ("uk-travellers-schengen-90-day-limit-2020", "the end of June"): "'must apply by the end "
    "of June': ahead (tagged the one before)",
    ("colorado-film-credit-sunset-2023", "Dec. 31"): "'would otherwise have lapsed on Dec. "
    "31': the coming one (tagged the one before)",
    ("greenfield-schools-after-labor-day-2019", "January"): "next school year's January "
    "(tagged the one before)",
    ("federal-shutdown-furloughs-1995", "Wednesday"): "'would hit its debt limit Wednesday': "
    "ahead (tagged the one before)",
    ("uk-eu-referendum-date-set-2016", "overnight"): "the night before the DCT (tagged the "
    "night of the DCT)",
    # extents, types and values
    ("house-appropriations-fy2026-outline-2025", "the fiscal year"): "'the fiscal year that "
    "begins Oct. 1': FY2026, named by the year it ends in (tagged 2025)",
    ("juneteenth-federal-holiday-signed-2021", "Juneteenth"): "the holiday in general, "
    "XXXX-06-19 (tagged this year's)",
    ("harlow-city-curfew-protests-2020", "the past week"): "a stretch here; TimeBank marks "
    "'the past year' as the year, as the tagger does the week",
    ("canada-commons-summer-recess-2017", "five-year"): "TimeBank marks 'a three-year "
    "period' whole; the tagger follows it (tagged 'five-year period')",
    ("uk-travellers-schengen-90-day-limit-2020", "180-day"): "as above (tagged '180-day "
    "period')",
    # not tagged at all
    ("house-appropriations-fy2026-outline-2025", "FY2026"): "'FY2026' written as one word "
    "(not tagged)",
}

# (article id, tagged text) -> why that tag is no TIMEX3
KNOWN_SPURIOUS: dict[tuple[str, str], str] = {
    # the wrong extent of an expected expression listed in KNOWN_WRONG
    ("canada-commons-summer-recess-2017", "five-year period"): "the extent of 'five-year'",
    ("uk-travellers-schengen-90-day-limit-2020", "180-day period"): "the extent of '180-day'",
}

SUITE = ArticleSuite(ARTICLES, KNOWN_WRONG, KNOWN_SPURIOUS)
(
    test_article_expression_found,
    test_article_nothing_spurious,
    test_articles_are_well_formed_and_varied,
) = article_tests(SUITE)
