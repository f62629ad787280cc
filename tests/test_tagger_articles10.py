"""Tenth document-level held-out check of the tagger: whole news articles, recall and precision.

Same format and scoring as tests/test_tagger_articles.py (TempEval-3 style: every expected
TIMEX3 found with its exact span, type and value; nothing else tagged), on twenty new articles
written for this file, none taken from a corpus, and annotated blind: every value was worked out
by hand from the calendar (weekdays and ISO weeks checked with Python's datetime), without
reading the tagger or running it on these texts.  They are world and US news of 2010-2013 in the
style of the TempEval-3 platinum wires (AP, AFP, Reuters): Cairo's Tahrir Square told day by day
from "Jan. 25" to "Three days later" and "that night"; a euro summit ending "shortly after 4
a.m." after "more than 10 hours" of talks; a conclave's smoke at "7:41 p.m." and "7:06 p.m.
Wednesday"; Chilean miners hoisted from "12:11 a.m. Wednesday" after "69 days"; a North Korean
launch window "between Dec. 10 and Dec. 22"; the fiscal cliff at "midnight Monday"; a shooting
trial's closing arguments and "the night of Feb. 17, 2012"; Fukushima "one year ago"; the London
Olympics opening ("every four years", "the following day" after "May 18"); Curiosity due on Mars
"at 10:31 p.m. PDT Sunday" and on a Times Square screen "at 1:31 a.m. EDT Monday"; a royal birth
"at 4:24 p.m. Monday"; Typhoon Haiyan ("in recent weeks", "less than a month" after an
earthquake); the Boston manhunt hour by hour; a four-day hostage siege in Algeria; a Syrian truce
"due to begin at 6 a.m. Friday"; a Greek austerity vote "shortly after midnight Sunday"; the
Asiana crash inquiry ("over the weekend", "1.5 seconds", "later this week"); election day
polls closing "at 1 a.m. EST Wednesday"; Iran talks "next month in Baghdad" after "two days of
talks"; the raid in Abbottabad ("late Sunday", "overnight", "last August").

What must not be tagged: "Flight 214", "Boeing 777", "Resolution 2043", resolutions "1718 and
1874", "Unha-3", "P5+1", "G20", "Reactor No. 4", "No. 2", "Benedict XVI", "magnitude-9.0",
"Summer Games" (a name, not a season), "the first anniversary" (TimeBank marks no anniversary),
"a police holiday" and "the Muslim holiday" (no named day; "Eid" and "Holy Week" were kept out
of the texts, a named holiday being a date as "Christmas" is here), "the Day of Departure" (a
rally's name), "a second term", "for the first time", "soon afterward", "since then", speeds
("235 kph"), vote counts ("199-74", "365 electoral votes", "270"), ages ("Mubarak, 82",
"Tsarnaev, 19", "the oldest 63"), tolls, money, percentages, distances.

Conventions as in the earlier files (tests/test_tagger_articles3.py, 5 and 6) and the
TimeBank/AQUAINT gold: a leading preposition or signal ("on", "in", "at", "by", "since",
"until", "through", "within", "over", "between", "shortly after", "shortly before") stays out of
the extent, a modifier ("early", "late", "about", "nearly", "more than", "less than", "up to",
"at least", "the past", "last", "next", "this", "later this") is in it; a weekday in a report is
the last one on or before the DCT, in a schedule or forecast the next one on or after it (the
fiscal-cliff story has a past "Thursday", Dec. 27, and a coming one, Jan. 3); the possessive
"'s" is outside the span ("Thursday's deal"); a clock time with its day is one span, a time zone
inside it and out of the value ("10:31 p.m. PDT Sunday" is 2012-08-05T22:31, "about 5 a.m.
Wednesday" 2013-01-16T05:00); "midnight Monday" and "midnight Sunday" are that day's T24:00; a
bare clock time, "noon", "the afternoon", "the evening", "the night" and "mid-afternoon" belong
to the day the story last named; "this morning" and "tonight" are the DCT's TMO and TNI;
"overnight" in a story of the DCT is the night before it; "late Saturday", "early Friday" are
the day, "late August", "early September", "late April" the month, "the end of June" told in
October the next June, "the end of February" the month; "the spring of 2012" 2012-SP, "this
summer" the DCT's SU, "the first half of 2013" 2013-H1, "fiscal 2013" 2013, "the 1990s" 199;
"N units later" and "the following day" and "the previous day" count from the last date told;
"N units ago" has the unit's granularity ("one year ago" a year, "three months ago" a month, "a
week ago" the week before the DCT's, "last week" too, "the weekend" in a Monday story the
weekend just gone); "later this week" is the DCT's week; "now", "currently" are PRESENT_REF,
"recently" PAST_REF; "days", "weeks", "hours", "the coming days", "the next few days" and
"recent weeks" are PXD, PXW, PTXH; "more than two weeks" P2W, "eight-month" and "four-day" P8M,
P4D, "1.5 seconds" PT1.5S; "a year" after an amount ("$109 billion a year", "20 typhoons a
year") is a SET, "four times a day" one SET P1D, "daily" P1D, "every four years" P4Y, "every
night" XXXX-XX-XXTNI, "every April" XXXX-04; "could take a year" (the time to find a cause) is a
DURATION; a year before a noun ("the 2016 Games") is marked.

Judgement calls: the Olympic "17 days" is the Games' length (July 27 to Aug. 12 counted
inclusively); "the night" in "late into the night" leaves "late" out as part of the signal "late
into"; "44 days after the shooting" and "hours of the landing" are bare units beside an event,
vague or counted durations, not dates; "a week ago" for a storm that struck on a Monday eight
days before a Tuesday DCT is the week 2012-W44, as earlier files give "a week ago" a week.
"""

from __future__ import annotations

from datetime import date

from tests.tagger_cases import Article, ArticleSuite, article_tests

ARTICLES: dict[str, Article] = {
    "egypt-tahrir-camel-charge-2011": (
        date(2011, 2, 2),  # Wednesday, ISO 2011-W05
        "CAIRO (AP) -- Supporters of President Hosni Mubarak charged into Tahrir Square on "
        "camels and horses on {Wednesday}, fighting running battles with protesters who have "
        "held the plaza since {last Friday}. By {late afternoon} the Health Ministry counted "
        "three dead and more than 600 hurt. The attack followed a speech in which Mubarak, 82, "
        "said on state television that he would not run again in the election due in "
        "{September}. He has ruled Egypt since {October 1981}, when Anwar Sadat was shot dead "
        "at a military parade. The revolt began on {Jan. 25}, a police holiday, with marches "
        "called on Facebook. {Three days later}, after prayers, crowds overran the riot police "
        "and set the ruling party's headquarters on fire. Army tanks have stood in the streets "
        "since {that night}, and a curfew is declared {every night} but widely ignored. "
        "Internet service, cut {early Friday}, came back {this morning}. Opposition groups "
        "have called a mass rally for {Friday}, which they have named the Day of Departure. "
        "The U.N. human rights chief said on {Tuesday} that as many as 300 people may have "
        "died in {the past week}. The stock exchange, shut since {Jan. 27}, will stay closed "
        "until {next week}.",
        [
            ("Wednesday", "DATE", "2011-02-02"),
            ("last Friday", "DATE", "2011-01-28"),
            ("late afternoon", "TIME", "2011-02-02TAF"),
            ("September", "DATE", "2011-09"),
            ("October 1981", "DATE", "1981-10"),
            ("Jan. 25", "DATE", "2011-01-25"),
            ("Three days later", "DATE", "2011-01-28"),
            ("that night", "TIME", "2011-01-28TNI"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("early Friday", "DATE", "2011-01-28"),
            ("this morning", "TIME", "2011-02-02TMO"),
            ("Friday", "DATE", "2011-02-04"),
            ("Tuesday", "DATE", "2011-02-01"),
            ("the past week", "DURATION", "P1W"),
            ("Jan. 27", "DATE", "2011-01-27"),
            ("next week", "DATE", "2011-W06"),
        ],
    ),
    "euro-summit-greek-haircut-2011": (
        date(2011, 10, 27),  # Thursday, ISO 2011-W43
        "BRUSSELS (Reuters) - Euro zone leaders agreed {early Thursday} that private banks "
        "will write off half of what Greece owes them, after {more than 10 hours} of talks "
        "that ended shortly after {4 a.m.} Leaders also agreed to stretch the bloc's rescue "
        "fund to about 1 trillion euros and told big banks to raise their core capital to 9 "
        "percent by {the end of June}. It was the second summit in {four days}: the first, on "
        "{Sunday}, broke up without a deal because German Chancellor Angela Merkel needed the "
        "backing of her parliament, which voted {Wednesday afternoon}. Greece received its "
        "first rescue, of 110 billion euros, in {May 2010}, and a second package agreed in "
        "{July} was never carried out. Under {Thursday}'s deal, Greek debt should fall to 120 "
        "percent of economic output by {2020}. The euro rose above $1.41 for the first time "
        "since {early September}. Finance ministers will work out the details {next month}, "
        "before leaders of the G20 meet in Cannes on {Nov. 3}. Italian Prime Minister Silvio "
        "Berlusconi promised to raise the retirement age to 67 by {2026}.",
        [
            ("early Thursday", "DATE", "2011-10-27"),
            ("more than 10 hours", "DURATION", "PT10H"),
            ("4 a.m.", "TIME", "2011-10-27T04:00"),
            ("the end of June", "DATE", "2012-06"),
            ("four days", "DURATION", "P4D"),
            ("Sunday", "DATE", "2011-10-23"),
            ("Wednesday afternoon", "TIME", "2011-10-26TAF"),
            ("May 2010", "DATE", "2010-05"),
            ("July", "DATE", "2011-07"),
            ("Thursday", "DATE", "2011-10-27"),
            ("2020", "DATE", "2020"),
            ("early September", "DATE", "2011-09"),
            ("next month", "DATE", "2011-11"),
            ("Nov. 3", "DATE", "2011-11-03"),
            ("2026", "DATE", "2026"),
        ],
    ),
    "papal-conclave-white-smoke-2013": (
        date(2013, 3, 13),  # Wednesday, ISO 2013-W11
        "VATICAN CITY (AP) -- White smoke rose from the chimney of the Sistine Chapel at {7:06 "
        "p.m. Wednesday} and the bells of St. Peter's Basilica pealed, a sign that the 115 "
        "cardinals had elected a new pope. Thousands of people who had stood in the rain in "
        "St. Peter's Square cheered and waved flags. The cardinals had sent up black smoke "
        "shortly before {noon}, after two inconclusive ballots. They were locked into the "
        "chapel on {Tuesday afternoon}, and the first black smoke came at {7:41 p.m.}, {more "
        "than three hours} after the doors were shut. Once the voting was under way, the "
        "cardinals cast ballots {four times a day}. Benedict XVI, 85, became the first pope in "
        "{nearly 600 years} to step down when he left office on {Feb. 28}. He had stunned the "
        "church by announcing his decision in Latin on {Feb. 11}. The previous conclave, in "
        "{April 2005}, took {two days}. The new pontiff is expected to celebrate his inaugural "
        "Mass on {Tuesday} and to meet the press on {Saturday}. Most of the cardinals from "
        "abroad are expected to head home by {March 24}.",
        [
            ("7:06 p.m. Wednesday", "TIME", "2013-03-13T19:06"),
            ("noon", "TIME", "2013-03-13T12:00"),
            ("Tuesday afternoon", "TIME", "2013-03-12TAF"),
            ("7:41 p.m.", "TIME", "2013-03-12T19:41"),
            ("more than three hours", "DURATION", "PT3H"),
            ("four times a day", "SET", "P1D"),
            ("nearly 600 years", "DURATION", "P600Y"),
            ("Feb. 28", "DATE", "2013-02-28"),
            ("Feb. 11", "DATE", "2013-02-11"),
            ("April 2005", "DATE", "2005-04"),
            ("two days", "DURATION", "P2D"),
            ("Tuesday", "DATE", "2013-03-19"),
            ("Saturday", "DATE", "2013-03-16"),
            ("March 24", "DATE", "2013-03-24"),
        ],
    ),
    "chile-miners-capsule-rescue-2010": (
        date(2010, 10, 13),  # Wednesday, ISO 2010-W41
        "SAN JOSE MINE, Chile (AP) -- The first of 33 trapped miners was hoisted to the "
        "surface at {12:11 a.m. Wednesday}, after {69 days} underground, longer than anyone is "
        "known to have survived trapped in a mine. By {mid-afternoon} 17 men were out. Each "
        "ride up the narrow shaft in the steel capsule took {about 15 minutes}. Officials had "
        "planned for the rescue to take {36 hours} but {now} say it could be over by "
        "{tonight}. The men were trapped when the copper and gold mine caved in on {Aug. 5}. "
        "{Seventeen days later}, a drill probe came back up with a note taped to it saying all "
        "of them were alive. Food, water and letters have been sent down to them {daily} "
        "through a narrow bore hole since then. In {late August}, officials warned it might "
        "take until {Christmas} to reach them, but a drill broke through on {Saturday}. "
        "President Sebastian Pinera, who arrived at the mine on {Tuesday night}, greeted every "
        "miner. The youngest is 19 and the oldest 63. All will spend {at least 48 hours} in a "
        "hospital in Copiapo.",
        [
            ("12:11 a.m. Wednesday", "TIME", "2010-10-13T00:11"),
            ("69 days", "DURATION", "P69D"),
            ("mid-afternoon", "TIME", "2010-10-13TAF"),
            ("about 15 minutes", "DURATION", "PT15M"),
            ("36 hours", "DURATION", "PT36H"),
            ("now", "DATE", "PRESENT_REF"),
            ("tonight", "TIME", "2010-10-13TNI"),
            ("Aug. 5", "DATE", "2010-08-05"),
            ("Seventeen days later", "DATE", "2010-08-22"),
            ("daily", "SET", "P1D"),
            ("late August", "DATE", "2010-08"),
            ("Christmas", "DATE", "2010-12-25"),
            ("Saturday", "DATE", "2010-10-09"),
            ("Tuesday night", "TIME", "2010-10-12TNI"),
            ("at least 48 hours", "DURATION", "PT48H"),
        ],
    ),
    "north-korea-rocket-window-2012": (
        date(2012, 12, 1),  # Saturday, ISO 2012-W48
        "SEOUL (AP) -- North Korea said on {Saturday} that it will launch a long-range rocket "
        "between {Dec. 10} and {Dec. 22}, its second try {this year} to put a satellite into "
        "orbit. A rocket fired in {April} broke apart {about a minute} after liftoff and fell "
        "into the Yellow Sea. The new window takes in {Dec. 17}, the first anniversary of the "
        "death of leader Kim Jong Il, and {Dec. 19}, when South Koreans elect a new president. "
        "The North's space agency said the Unha-3 rocket would lift off from its station on "
        "the west coast. Washington and Seoul say such launches are disguised tests of missile "
        "technology banned under U.N. Security Council resolutions 1718 and 1874, adopted in "
        "{2006} and {2009}. Commercial satellite images taken {last week} showed trucks and "
        "cranes at the launch pad. Kim Jong Un, who took over {a year ago}, has not said what "
        "he expects from the launch. The U.S. State Department called the plan a highly "
        "provocative act in a statement issued {late Saturday}. Six-nation talks on the "
        "North's nuclear programs have been stalled since {2008}.",
        [
            ("Saturday", "DATE", "2012-12-01"),
            ("Dec. 10", "DATE", "2012-12-10"),
            ("Dec. 22", "DATE", "2012-12-22"),
            ("this year", "DATE", "2012"),
            ("April", "DATE", "2012-04"),
            ("about a minute", "DURATION", "PT1M"),
            ("Dec. 17", "DATE", "2012-12-17"),
            ("Dec. 19", "DATE", "2012-12-19"),
            ("2006", "DATE", "2006"),
            ("2009", "DATE", "2009"),
            ("last week", "DATE", "2012-W47"),
            ("a year ago", "DATE", "2011"),
            ("late Saturday", "DATE", "2012-12-01"),
            ("2008", "DATE", "2008"),
        ],
    ),
    "fiscal-cliff-senate-talks-2012": (
        date(2012, 12, 30),  # Sunday, ISO 2012-W52
        "WASHINGTON (AP) -- Senate leaders bargained through {Sunday} in search of a deal to "
        "head off the tax increases and spending cuts that take effect after {midnight "
        "Monday}. Majority Leader Harry Reid said on {Sunday evening} that the two sides were "
        "still far apart over taxes on the wealthy, and the Senate will meet again at {11 a.m. "
        "Monday}. Without a deal, income tax rates for nearly every American will rise on "
        "{Jan. 1}, and automatic cuts of $109 billion {a year} will hit the Pentagon and "
        "domestic programs. The tax cuts first passed under President George W. Bush in {2001} "
        "were extended for {two years} in {December 2010}. The Congressional Budget Office has "
        "warned that the cliff could tip the economy back into recession in {the first half of "
        "2013}. President Barack Obama cut short his holiday in Hawaii and flew back to "
        "Washington on {Thursday}. Extended jobless benefits for two million people ran out on "
        "{Saturday}. The Treasury said on {Wednesday} that the government would reach its "
        "$16.4 trillion borrowing limit on {Monday}, though special measures can keep it "
        "paying its bills for {about two months}. The new Congress will be sworn in on "
        "{Thursday}.",
        [
            ("Sunday", "DATE", "2012-12-30"),
            ("midnight Monday", "TIME", "2012-12-31T24:00"),
            ("Sunday evening", "TIME", "2012-12-30TEV"),
            ("11 a.m. Monday", "TIME", "2012-12-31T11:00"),
            ("Jan. 1", "DATE", "2013-01-01"),
            ("a year", "SET", "P1Y"),
            ("2001", "DATE", "2001"),
            ("two years", "DURATION", "P2Y"),
            ("December 2010", "DATE", "2010-12"),
            ("the first half of 2013", "DATE", "2013-H1"),
            ("Thursday", "DATE", "2012-12-27"),
            ("Saturday", "DATE", "2012-12-29"),
            ("Wednesday", "DATE", "2012-12-26"),
            ("Monday", "DATE", "2012-12-31"),
            ("about two months", "DURATION", "P2M"),
            ("Thursday", "DATE", "2013-01-03"),
        ],
    ),
    "shooting-trial-closing-arguments-2013": (
        date(2013, 7, 11),  # Thursday, ISO 2013-W28
        "TULSA, Okla. (AP) -- Jurors in the murder trial of a former security guard who shot "
        "an unarmed teenager will begin deliberating on {Friday}, after the prosecution's "
        "closing argument ran for {nearly six hours} on {Thursday}. Prosecutor Dana Whitfield "
        "told the six jurors that Ray Dunmore, 31, chose to kill when he followed the boy "
        "through a parking lot on {the night of Feb. 17, 2012}. Defense lawyer Mark Ellison "
        "will give his closing argument at {9 a.m. Friday}, and the jury could have the case "
        "by {the afternoon}. The trial opened with jury selection on {June 10}, and over "
        "{three weeks} the jurors heard from 56 witnesses. Dunmore was arrested only {44 days} "
        "after the shooting, which set off marches in several cities in {the spring of 2012}. "
        "Judge Helen Marsh ruled on {Wednesday} that jurors may also consider manslaughter, "
        "which carries a sentence of {up to 30 years}. The defense had rested its case {the "
        "previous day}. The jurors have been sequestered for {the past month}. Dunmore did not "
        "testify. City officials urged calm and said extra officers would be on duty {this "
        "weekend}.",
        [
            ("Friday", "DATE", "2013-07-12"),
            ("nearly six hours", "DURATION", "PT6H"),
            ("Thursday", "DATE", "2013-07-11"),
            ("the night of Feb. 17, 2012", "TIME", "2012-02-17TNI"),
            ("9 a.m. Friday", "TIME", "2013-07-12T09:00"),
            ("the afternoon", "TIME", "2013-07-12TAF"),
            ("June 10", "DATE", "2013-06-10"),
            ("three weeks", "DURATION", "P3W"),
            ("44 days", "DURATION", "P44D"),
            ("the spring of 2012", "DATE", "2012-SP"),
            ("Wednesday", "DATE", "2013-07-10"),
            ("up to 30 years", "DURATION", "P30Y"),
            ("the previous day", "DATE", "2013-07-09"),
            ("the past month", "DURATION", "P1M"),
            ("this weekend", "DATE", "2013-W28-WE"),
        ],
    ),
    "fukushima-first-anniversary-2012": (
        date(2012, 3, 11),  # Sunday, ISO 2012-W10
        "TOKYO (AP) -- Japan fell silent at {2:46 p.m. Sunday}, the moment {one year ago} when "
        "a magnitude-9.0 earthquake struck off its northeast coast and set off a tsunami that "
        "killed more than 15,800 people. Vigils along the coast went on into {the evening}. "
        "Emperor Akihito, 78, who had heart surgery {last month}, spoke at a memorial in "
        "Tokyo. About 160,000 people have lived in temporary housing or with relatives since "
        "{March 2011}. At the Fukushima Dai-ichi plant, three reactors melted down within "
        "{days} of the disaster, and the building around Reactor No. 4 was wrecked by a "
        "hydrogen blast. The government declared in {December} that the reactors had reached a "
        "stable state known as cold shutdown, but dismantling them may take {up to 40 years}. "
        "Only two of Japan's 54 reactors are {currently} running, and the last of them could "
        "go offline by {late April}. Prime Minister Yoshihiko Noda said on {Saturday} that he "
        "hoped to restart idled reactors {this summer}. Rebuilding the coast will take {a "
        "decade}, and parliament has set aside 19 trillion yen for the work over {five years}.",
        [
            ("2:46 p.m. Sunday", "TIME", "2012-03-11T14:46"),
            ("one year ago", "DATE", "2011"),
            ("the evening", "TIME", "2012-03-11TEV"),
            ("last month", "DATE", "2012-02"),
            ("March 2011", "DATE", "2011-03"),
            ("days", "DURATION", "PXD"),
            ("December", "DATE", "2011-12"),
            ("up to 40 years", "DURATION", "P40Y"),
            ("currently", "DATE", "PRESENT_REF"),
            ("late April", "DATE", "2012-04"),
            ("Saturday", "DATE", "2012-03-10"),
            ("this summer", "DATE", "2012-SU"),
            ("a decade", "DURATION", "P10Y"),
            ("five years", "DURATION", "P5Y"),
        ],
    ),
    "london-olympics-opening-night-2012": (
        date(2012, 7, 27),  # Friday, ISO 2012-W30
        "LONDON (AP) -- The London Olympics open on {Friday night} with a ceremony that starts "
        "at {9 p.m.} Bells across Britain, Big Ben among them, rang for {three minutes} from "
        "{8:12 a.m.} to welcome the Games. The Olympic flame, flown in from Greece on {May "
        "18}, set out from Land's End {the following day} and has been carried around Britain "
        "over {70 days}. London becomes the first city to host the Summer Games three times, "
        "after {1908} and {1948}. The Games, held {every four years}, last {17 days} and close "
        "on {Aug. 12}. The soccer tournament began on {Wednesday} in Cardiff and Glasgow. "
        "Security was tightened after a private contractor admitted {earlier this month} that "
        "it could not supply enough guards, and soldiers were called in to fill the gap. The "
        "first gold medal, in women's shooting, will be decided on {Saturday}. Rio de Janeiro, "
        "host of the {2016} Games, will be handed the Olympic flag at the closing ceremony.",
        [
            ("Friday night", "TIME", "2012-07-27TNI"),
            ("9 p.m.", "TIME", "2012-07-27T21:00"),
            ("three minutes", "DURATION", "PT3M"),
            ("8:12 a.m.", "TIME", "2012-07-27T08:12"),
            ("May 18", "DATE", "2012-05-18"),
            ("the following day", "DATE", "2012-05-19"),
            ("70 days", "DURATION", "P70D"),
            ("1908", "DATE", "1908"),
            ("1948", "DATE", "1948"),
            ("every four years", "SET", "P4Y"),
            ("17 days", "DURATION", "P17D"),
            ("Aug. 12", "DATE", "2012-08-12"),
            ("Wednesday", "DATE", "2012-07-25"),
            ("earlier this month", "DATE", "2012-07"),
            ("Saturday", "DATE", "2012-07-28"),
            ("2016", "DATE", "2016"),
        ],
    ),
    "curiosity-mars-landing-preview-2012": (
        date(2012, 8, 3),  # Friday, ISO 2012-W31
        "PASADENA, Calif. (Reuters) - NASA's Curiosity rover is due to touch down on Mars at "
        "{10:31 p.m. PDT Sunday}, ending an {eight-month} voyage. Engineers call the landing "
        "sequence “{seven minutes} of terror” because the craft must slow itself from "
        "hypersonic speed to a standstill with no help from the ground. Curiosity was launched "
        "from Cape Canaveral on {Nov. 26}. Radio signals take {about 14 minutes} to cross from "
        "Mars to Earth, so the landing will be over before controllers hear about it. Mission "
        "managers said on {Thursday} that the spacecraft was on course and that a final "
        "adjustment planned for {Saturday} might not be needed. The first black-and-white "
        "pictures could arrive within {hours} of the landing, with color images to follow "
        "{next week}. The rover is meant to work for {two years}. NASA last landed rovers on "
        "Mars in {January 2004}, and an orbiter that has circled the planet since {2006} will "
        "relay the first signals. The agency's planetary science budget would be cut by a "
        "fifth in {fiscal 2013} under the White House proposal. A giant screen in New York's "
        "Times Square will show the landing at {1:31 a.m. EDT Monday}.",
        [
            ("10:31 p.m. PDT Sunday", "TIME", "2012-08-05T22:31"),
            ("eight-month", "DURATION", "P8M"),
            ("seven minutes", "DURATION", "PT7M"),
            ("Nov. 26", "DATE", "2011-11-26"),
            ("about 14 minutes", "DURATION", "PT14M"),
            ("Thursday", "DATE", "2012-08-02"),
            ("Saturday", "DATE", "2012-08-04"),
            ("hours", "DURATION", "PTXH"),
            ("next week", "DATE", "2012-W32"),
            ("two years", "DURATION", "P2Y"),
            ("January 2004", "DATE", "2004-01"),
            ("2006", "DATE", "2006"),
            ("fiscal 2013", "DATE", "2013"),
            ("1:31 a.m. EDT Monday", "TIME", "2012-08-06T01:31"),
        ],
    ),
    "royal-baby-boy-born-2013": (
        date(2013, 7, 22),  # Monday, ISO 2013-W30
        "LONDON (AP) -- The Duchess of Cambridge gave birth to a boy at {4:24 p.m. Monday}, "
        "Kensington Palace said in a statement released at {8:29 p.m.} Crowds outside "
        "Buckingham Palace cheered late into {the night}. The former Kate Middleton, 31, was "
        "driven to St. Mary's Hospital shortly before {6 a.m.} with her husband, Prince "
        "William. Photographers and well-wishers had waited outside the hospital's private "
        "wing for {more than two weeks}, through Britain's longest heat wave since {2006}. A "
        "notice on an easel in the forecourt of Buckingham Palace will stay on display until "
        "{Tuesday}, and the name is expected to be announced in {the coming days}. Gun salutes "
        "will be fired in Green Park and at the Tower of London at {2 p.m. Tuesday}. William "
        "and Kate married at Westminster Abbey in {April 2011}. William himself was born in "
        "the same wing {31 years ago}. Under a law passed {earlier this year}, a first-born "
        "daughter would also have been in line to become monarch. Bookmakers have taken bets "
        "on the baby's name since {December}, when the pregnancy was announced.",
        [
            ("4:24 p.m. Monday", "TIME", "2013-07-22T16:24"),
            ("8:29 p.m.", "TIME", "2013-07-22T20:29"),
            ("the night", "TIME", "2013-07-22TNI"),
            ("6 a.m.", "TIME", "2013-07-22T06:00"),
            ("more than two weeks", "DURATION", "P2W"),
            ("2006", "DATE", "2006"),
            ("Tuesday", "DATE", "2013-07-23"),
            ("the coming days", "DURATION", "PXD"),
            ("2 p.m. Tuesday", "TIME", "2013-07-23T14:00"),
            ("April 2011", "DATE", "2011-04"),
            ("31 years ago", "DATE", "1982"),
            ("earlier this year", "DATE", "2013"),
            ("December", "DATE", "2012-12"),
        ],
    ),
    "typhoon-haiyan-leyte-2013": (
        date(2013, 11, 9),  # Saturday, ISO 2013-W45
        "TACLOBAN, Philippines (AFP) - Rescuers reached flattened coastal towns on {Saturday} "
        "as the toll from one of the strongest typhoons ever recorded rose to at least 1,200, "
        "the Red Cross said. Typhoon Haiyan slammed into the town of Guiuan at {4:40 a.m. "
        "Friday} with sustained winds of 235 kph, and crossed six islands in {about 12 hours}. "
        "Heavy rain had soaked the region in {recent weeks}. The first military relief flights "
        "landed at the wrecked Tacloban airport only {late Friday}. Survivors said they had "
        "gone without food or clean water for {two days}. Forecasters said {this morning} that "
        "the storm was heading for Vietnam, where it is expected to come ashore {early "
        "Monday}. The Philippines is hit by about 20 typhoons {a year}. Haiyan struck {less "
        "than a month} after an earthquake killed more than 200 people on the island of Bohol "
        "on {Oct. 15}. President Benigno Aquino warned on {Thursday} that the storm would be "
        "severe, and some 800,000 people were moved to shelters. The country's deadliest "
        "storm, Thelma, killed about 5,100 people in {1991}. The United Nations will launch an "
        "aid appeal {next week}.",
        [
            ("Saturday", "DATE", "2013-11-09"),
            ("4:40 a.m. Friday", "TIME", "2013-11-08T04:40"),
            ("about 12 hours", "DURATION", "PT12H"),
            ("recent weeks", "DURATION", "PXW"),
            ("late Friday", "DATE", "2013-11-08"),
            ("two days", "DURATION", "P2D"),
            ("this morning", "TIME", "2013-11-09TMO"),
            ("early Monday", "DATE", "2013-11-11"),
            ("a year", "SET", "P1Y"),
            ("less than a month", "DURATION", "P1M"),
            ("Oct. 15", "DATE", "2013-10-15"),
            ("Thursday", "DATE", "2013-11-07"),
            ("1991", "DATE", "1991"),
            ("next week", "DATE", "2013-W46"),
        ],
    ),
    "boston-bombing-manhunt-2013": (
        date(2013, 4, 19),  # Friday, ISO 2013-W16
        "BOSTON (AP) -- Police captured the second suspect in the Boston Marathon bombing on "
        "{Friday night}, hiding in a boat parked in a backyard in Watertown, ending a manhunt "
        "that kept about a million people indoors for {more than 12 hours}. Dzhokhar Tsarnaev, "
        "19, was taken into custody at {about 8:45 p.m.} The chase began when the FBI released "
        "photographs of two suspects at {5 p.m. Thursday}. At {about 10:30 p.m.} a campus "
        "police officer was shot dead in his car at MIT. The brothers then stole an SUV, and "
        "shortly after {1 a.m. Friday} they fought a gun battle with police in Watertown in "
        "which the elder brother, Tamerlan, 26, was killed. Gov. Deval Patrick lifted the "
        "order to stay indoors at {6 p.m.}, and a resident found the wounded younger brother "
        "soon afterward. The two bombs went off near the finish line at {2:49 p.m. Monday}, "
        "killing three people and wounding more than 170. The family came to the United States "
        "in {2002}, and Tamerlan spent {six months} in Russia in {2012}. Investigators hope to "
        "question the suspect on {Saturday}. The race is run {every April}.",
        [
            ("Friday night", "TIME", "2013-04-19TNI"),
            ("more than 12 hours", "DURATION", "PT12H"),
            ("about 8:45 p.m.", "TIME", "2013-04-19T20:45"),
            ("5 p.m. Thursday", "TIME", "2013-04-18T17:00"),
            ("about 10:30 p.m.", "TIME", "2013-04-18T22:30"),
            ("1 a.m. Friday", "TIME", "2013-04-19T01:00"),
            ("6 p.m.", "TIME", "2013-04-19T18:00"),
            ("2:49 p.m. Monday", "TIME", "2013-04-15T14:49"),
            ("2002", "DATE", "2002"),
            ("six months", "DURATION", "P6M"),
            ("2012", "DATE", "2012"),
            ("Saturday", "DATE", "2013-04-20"),
            ("every April", "SET", "XXXX-04"),
        ],
    ),
    "algeria-gas-plant-siege-2013": (
        date(2013, 1, 20),  # Sunday, ISO 2013-W03
        "ALGIERS (AFP) - Algerian troops searched the In Amenas gas plant on {Sunday} for "
        "bodies and booby traps, after a {four-day} siege by Islamist gunmen ended in a final "
        "assault on {Saturday}. The government said {late Saturday} that 23 hostages and 32 "
        "militants had been killed. The gunmen stormed the desert site at {about 5 a.m. "
        "Wednesday}. Troops had surrounded it by {the evening}, and on {Thursday} army "
        "helicopters fired on a convoy in which the militants tried to carry off hostages. "
        "Some foreign workers hid under beds and in ceilings for {nearly 40 hours} before they "
        "were freed. A group loyal to Mokhtar Belmokhtar said the attack was revenge for "
        "French air strikes in Mali, which began on {Jan. 11}, though a captured fighter said "
        "it had been planned for {two months}. Algeria's oil and gas fields were largely "
        "spared even during the civil war of {the 1990s}. The plant produces about 9 billion "
        "cubic meters of gas {a year}, and output may not resume for {weeks}. BP said it would "
        "fly its remaining staff out of the country in {the coming days}.",
        [
            ("Sunday", "DATE", "2013-01-20"),
            ("four-day", "DURATION", "P4D"),
            ("Saturday", "DATE", "2013-01-19"),
            ("late Saturday", "DATE", "2013-01-19"),
            ("about 5 a.m. Wednesday", "TIME", "2013-01-16T05:00"),
            ("the evening", "TIME", "2013-01-16TEV"),
            ("Thursday", "DATE", "2013-01-17"),
            ("nearly 40 hours", "DURATION", "PT40H"),
            ("Jan. 11", "DATE", "2013-01-11"),
            ("two months", "DURATION", "P2M"),
            ("the 1990s", "DATE", "199"),
            ("a year", "SET", "P1Y"),
            ("weeks", "DURATION", "PXW"),
            ("the coming days", "DURATION", "PXD"),
        ],
    ),
    "syria-holiday-ceasefire-2012": (
        date(2012, 10, 25),  # Thursday, ISO 2012-W43
        "BEIRUT (Reuters) - Syria's army said on {Thursday} it would halt military operations "
        "over the Muslim holiday, in a ceasefire due to begin at {6 a.m. Friday} and run until "
        "{Monday}. The army said it would still respond if attacked. U.N.-Arab League envoy "
        "Lakhdar Brahimi, who proposed the {four-day} truce {last week}, said he hoped it "
        "could lead to wider talks. A ceasefire arranged by his predecessor, Kofi Annan, fell "
        "apart within {days} in {April}, and the U.N. monitors sent under Resolution 2043 left "
        "the country in {August}. Activists say more than 35,000 people have been killed since "
        "the revolt began in {March 2011}. About 200 died on {Wednesday} alone, and warplanes "
        "bombed the town of Maarat al-Numan {overnight}. Rebel commanders in Aleppo, where "
        "fighting has raged since {July}, said they would respect the truce for {now} but did "
        "not trust the army. Brahimi plans to return to Damascus {next month}.",
        [
            ("Thursday", "DATE", "2012-10-25"),
            ("6 a.m. Friday", "TIME", "2012-10-26T06:00"),
            ("Monday", "DATE", "2012-10-29"),
            ("four-day", "DURATION", "P4D"),
            ("last week", "DATE", "2012-W42"),
            ("days", "DURATION", "PXD"),
            ("April", "DATE", "2012-04"),
            ("August", "DATE", "2012-08"),
            ("March 2011", "DATE", "2011-03"),
            ("Wednesday", "DATE", "2012-10-24"),
            ("overnight", "TIME", "2012-10-24TNI"),
            ("July", "DATE", "2012-07"),
            ("now", "DATE", "PRESENT_REF"),
            ("next month", "DATE", "2012-11"),
        ],
    ),
    "greek-austerity-vote-riots-2012": (
        date(2012, 2, 13),  # Monday, ISO 2012-W07
        "ATHENS (Reuters) - Greece's parliament approved a harsh new round of austerity "
        "shortly after {midnight Sunday}, by a vote of 199-74, as rioters set fire to dozens "
        "of buildings in central Athens. Police fired tear gas for {hours} at crowds that "
        "hurled stones and petrol bombs on {Sunday night}. The cuts include a 22 percent "
        "reduction in the minimum wage and 15,000 public sector job losses. Euro zone finance "
        "ministers meet in Brussels on {Wednesday} to decide whether to release a 130 billion "
        "euro rescue, and Greece must repay 14.5 billion euros of bonds on {March 20}. The "
        "country has been in recession since {2008}, and unemployment hit 20.9 percent in "
        "{November}. Prime Minister Lucas Papademos, a former central banker who took office "
        "{three months ago}, has {recently} warned that a default would bring chaos. Elections "
        "are expected in {April}. Athens shares rose 4.6 percent on {Monday} after falling "
        "{last week}. Greece won its first bailout {nearly two years ago}, and all the new "
        "measures must be in place by {the end of February}.",
        [
            ("midnight Sunday", "TIME", "2012-02-12T24:00"),
            ("hours", "DURATION", "PTXH"),
            ("Sunday night", "TIME", "2012-02-12TNI"),
            ("Wednesday", "DATE", "2012-02-15"),
            ("March 20", "DATE", "2012-03-20"),
            ("2008", "DATE", "2008"),
            ("November", "DATE", "2011-11"),
            ("three months ago", "DATE", "2011-11"),
            ("recently", "DATE", "PAST_REF"),
            ("April", "DATE", "2012-04"),
            ("Monday", "DATE", "2012-02-13"),
            ("last week", "DATE", "2012-W06"),
            ("nearly two years ago", "DATE", "2010"),
            ("the end of February", "DATE", "2012-02"),
        ],
    ),
    "asiana-214-crash-investigation-2013": (
        date(2013, 7, 8),  # Monday, ISO 2013-W28
        "SAN FRANCISCO (AP) -- The pilot at the controls of Asiana Airlines Flight 214 had "
        "only {43 hours} of experience flying the Boeing 777 and was landing one in San "
        "Francisco for the first time, the airline said on {Monday}. The jet struck a seawall "
        "short of the runway at {11:28 a.m. Saturday}, killing two teenage girls from China. "
        "Investigators recovered the flight data recorder and the cockpit voice recorder over "
        "{the weekend}. National Transportation Safety Board Chairman Deborah Hersman said on "
        "{Sunday} that the crew tried to abort the landing {1.5 seconds} before impact. A "
        "stall warning sounded {about four seconds} before the crash. The board will interview "
        "all four pilots over {the next few days}. An instrument landing aid on the runway had "
        "been switched off since {June 1} for construction. It was the first fatal crash of an "
        "airliner in the United States since {February 2009}, and Asiana's first since a crash "
        "in South Korea {20 years ago}. Two runways reopened on {Sunday afternoon}. Hersman "
        "said the board would brief reporters {daily}, though finding the cause could take {a "
        "year}. The wreckage is to be moved off the airfield {later this week}.",
        [
            ("43 hours", "DURATION", "PT43H"),
            ("Monday", "DATE", "2013-07-08"),
            ("11:28 a.m. Saturday", "TIME", "2013-07-06T11:28"),
            ("the weekend", "DATE", "2013-W27-WE"),
            ("Sunday", "DATE", "2013-07-07"),
            ("1.5 seconds", "DURATION", "PT1.5S"),
            ("about four seconds", "DURATION", "PT4S"),
            ("the next few days", "DURATION", "PXD"),
            ("June 1", "DATE", "2013-06-01"),
            ("February 2009", "DATE", "2009-02"),
            ("20 years ago", "DATE", "1993"),
            ("Sunday afternoon", "TIME", "2013-07-07TAF"),
            ("daily", "SET", "P1D"),
            ("a year", "DURATION", "P1Y"),
            ("later this week", "DATE", "2013-W28"),
        ],
    ),
    "us-election-day-polls-2012": (
        date(2012, 11, 6),  # Tuesday, ISO 2012-W45
        "WASHINGTON (AP) -- Americans lined up to vote on {Tuesday} after a campaign that cost "
        "more than $2 billion, with President Barack Obama and Mitt Romney locked in a close "
        "race. Polls opened at {6 a.m.} across much of the East, and the first close at {6 "
        "p.m. EST} in parts of Indiana and Kentucky, and the last, in Alaska, at {1 a.m. EST "
        "Wednesday}. Obama won in {2008} with 365 electoral votes; 270 are needed. He spent "
        "{Monday} in Wisconsin, Ohio and Iowa and will await the results in Chicago {tonight}. "
        "More than 30 million people voted early, in some states starting in {late September}. "
        "In New Jersey and New York, voters displaced by the storm that struck the coast {a "
        "week ago} were allowed to vote by e-mail. Some voters in Florida waited {up to seven "
        "hours} to cast early ballots. The jobless rate was 7.9 percent in {October}. The last "
        "president to lose a bid for a second term was the first President Bush, in {1992}. If "
        "provisional ballots decide Ohio, the result there may not be known for {days}. The "
        "winner will be sworn in on {Jan. 20}.",
        [
            ("Tuesday", "DATE", "2012-11-06"),
            ("6 a.m.", "TIME", "2012-11-06T06:00"),
            ("6 p.m. EST", "TIME", "2012-11-06T18:00"),
            ("1 a.m. EST Wednesday", "TIME", "2012-11-07T01:00"),
            ("2008", "DATE", "2008"),
            ("Monday", "DATE", "2012-11-05"),
            ("tonight", "TIME", "2012-11-06TNI"),
            ("late September", "DATE", "2012-09"),
            ("a week ago", "DATE", "2012-W44"),
            ("up to seven hours", "DURATION", "PT7H"),
            ("October", "DATE", "2012-10"),
            ("1992", "DATE", "1992"),
            ("days", "DURATION", "PXD"),
            ("Jan. 20", "DATE", "2013-01-20"),
        ],
    ),
    "iran-nuclear-talks-istanbul-2012": (
        date(2012, 4, 14),  # Saturday, ISO 2012-W15
        "ISTANBUL (Reuters) - Iran and six world powers agreed on {Saturday} to meet again "
        "{next month} in Baghdad, after their first talks in {15 months} ended in a better "
        "mood than many had expected. The next round will open on {May 23}, European Union "
        "foreign policy chief Catherine Ashton said. The talks began at {10 a.m.} and ran into "
        "{the evening}. The last round, also in Istanbul, broke up in {January 2011} after "
        "{two days} of talks with no agreement. Iran has enriched uranium to 20 percent since "
        "{February 2010}, and the U.N. nuclear agency reported in {November} that some of its "
        "past work may have had military aims. An EU embargo on Iranian oil takes full effect "
        "on {July 1}. Oil prices have risen about 15 percent {this year} on fears of a war in "
        "the Gulf. U.S. officials said on {Friday} that the group known as the P5+1 wanted "
        "concrete steps, not just talk. Tehran says it has the right to enrich uranium under "
        "the Non-Proliferation Treaty of {1968}. Experts from both sides will meet in {the "
        "coming weeks}.",
        [
            ("Saturday", "DATE", "2012-04-14"),
            ("next month", "DATE", "2012-05"),
            ("15 months", "DURATION", "P15M"),
            ("May 23", "DATE", "2012-05-23"),
            ("10 a.m.", "TIME", "2012-04-14T10:00"),
            ("the evening", "TIME", "2012-04-14TEV"),
            ("January 2011", "DATE", "2011-01"),
            ("two days", "DURATION", "P2D"),
            ("February 2010", "DATE", "2010-02"),
            ("November", "DATE", "2011-11"),
            ("July 1", "DATE", "2012-07-01"),
            ("this year", "DATE", "2012"),
            ("Friday", "DATE", "2012-04-13"),
            ("1968", "DATE", "1968"),
            ("the coming weeks", "DURATION", "PXW"),
        ],
    ),
    "bin-laden-killed-abbottabad-2011": (
        date(2011, 5, 2),  # Monday, ISO 2011-W18
        "WASHINGTON (AP) -- Osama bin Laden was killed by U.S. forces at a compound in "
        "Pakistan, President Barack Obama announced {late Sunday}, ending a manhunt of {nearly "
        "10 years}. Obama spoke from the East Room of the White House at {11:35 p.m. EDT}. A "
        "small team of Navy SEALs flew in by helicopter from Afghanistan and reached the "
        "compound in Abbottabad shortly after {12:30 a.m. Monday} local time. The firefight "
        "lasted {about 40 minutes}. Crowds gathered outside the White House and at ground zero "
        "in New York {overnight}. The attacks of {Sept. 11, 2001}, killed nearly 3,000 people. "
        "Intelligence officials began tracking one of bin Laden's couriers {four years ago} "
        "and found the compound, built in {2005}, {last August}. Obama gave the final order on "
        "{Friday morning}. Bin Laden's body was buried at sea within {24 hours}. The State "
        "Department on {Monday} warned Americans abroad of possible reprisals. Obama will "
        "visit ground zero on {Thursday}. Al Qaeda's No. 2, Ayman al-Zawahri, is still at "
        "large.",
        [
            ("late Sunday", "DATE", "2011-05-01"),
            ("nearly 10 years", "DURATION", "P10Y"),
            ("11:35 p.m. EDT", "TIME", "2011-05-01T23:35"),
            ("12:30 a.m. Monday", "TIME", "2011-05-02T00:30"),
            ("about 40 minutes", "DURATION", "PT40M"),
            ("overnight", "TIME", "2011-05-01TNI"),
            ("Sept. 11, 2001", "DATE", "2001-09-11"),
            ("four years ago", "DATE", "2007"),
            ("2005", "DATE", "2005"),
            ("last August", "DATE", "2010-08"),
            ("Friday morning", "TIME", "2011-04-29TMO"),
            ("24 hours", "DURATION", "PT24H"),
            ("Monday", "DATE", "2011-05-02"),
            ("Thursday", "DATE", "2011-05-05"),
        ],
    ),
}

# Expected expressions the tagger gets wrong: (article id, span) -> why. Empty until measured.
KNOWN_WRONG: dict[tuple[str, str], str] = {
    # tense and plans: what is scheduled lies ahead of the publication date
    ("egypt-tahrir-camel-charge-2011", "Friday"): "'have called a mass rally for Friday': "
    "ahead (tagged the Friday before)",
    ("boston-bombing-manhunt-2013", "Saturday"): "'hope to question the suspect on "
    "Saturday': ahead (tagged the Saturday before)",
    ("us-election-day-polls-2012", "1 a.m. EST Wednesday"): "the last polls closing on the "
    "night of the vote, ahead (tagged the Wednesday before)",
    # anchoring: a month belongs to the story's year
    ("euro-summit-greek-haircut-2011", "July"): "'a first rescue in May 2010, and a second "
    "package agreed in July': the year of the story, 2011 (tagged 2010-07)",
    ("greek-austerity-vote-riots-2012", "November"): "'in recession since 2008, and "
    "unemployment hit 20.9 percent in November': the latest November (tagged 2008-11)",
    ("curiosity-mars-landing-preview-2012", "Nov. 26"): "'was launched on Nov. 26': the past "
    "one (tagged the coming one; the verb is too far for a date most of a year off)",
    ("royal-baby-boy-born-2013", "6 a.m."): "the day of the birth story, the DCT (tagged the "
    "next day)",
    # extents, types and values, as TimeBank and AQUAINT mark them
    ("egypt-tahrir-camel-charge-2011", "the past week"): "a stretch, DURATION P1W here; "
    "AQUAINT marks 'the last week' as the week (2000-W15), as the tagger does",
    ("shooting-trial-closing-arguments-2013", "the past month"): "as 'the past week'",
    ("shooting-trial-closing-arguments-2013", "the night of Feb. 17, 2012"): "AQUAINT marks "
    "'the night of Oct. 23' as the DATE 'Oct. 23'; the tagger follows it",
    ("algeria-gas-plant-siege-2013", "a year"): "'9 billion cubic meters of gas a year': a "
    "rate (a unit of measure between the count and 'a year' is not read)",
}

# Spans the tagger marks that no annotator would: (article id, tagged text) -> why not a TIMEX3.
KNOWN_SPURIOUS: dict[tuple[str, str], str] = {
    # not time at all
    ("boston-bombing-manhunt-2013", "soon"): "'found him soon afterward': soon after the events "
    "told, not after today",
    # the wrong extent of an expected expression listed in KNOWN_WRONG
    ("shooting-trial-closing-arguments-2013", "Feb. 17, 2012"): "part of 'the night of Feb. "
    "17, 2012'",
}

SUITE = ArticleSuite(ARTICLES, KNOWN_WRONG, KNOWN_SPURIOUS)
(
    test_article_expression_found,
    test_article_nothing_spurious,
    test_articles_are_well_formed_and_varied,
) = article_tests(SUITE)
