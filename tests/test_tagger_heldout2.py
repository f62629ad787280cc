"""Second held-out check of the tagger on news English: anaphora, past narratives, British and
other Commonwealth forms, clock times, durations, relative periods and look-alike words.

Hand-written sentences in the style of wire copy, UK, Australian, Indian and Korean English,
court and sports reports, obituaries, weather, markets, diplomacy and elections; none from a
corpus and none repeating a case in test_tagger_news.py or test_tagger_heldout.py.  Each gives
a publication date (every weekday, both sides of a year end, a 53-week ISO year), the TIMEX3
extent a TimeML 1.2.1 / TempEval-3 annotator marks (no leading preposition; "late", "around",
"nearly", "up to" inside, as TimeBank marks "around 7:15 p.m.", "nearly two years" and "up to
180 days"), its type and its value.  Every value was worked out by hand from the calendar.

Anaphoric expressions ("two days later", "that morning", "the previous month") resolve against
the last date the text mentions, not the publication date, as TimeML requires.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.tagger_cases import check_not_temporal, check_sentence, xfail_params

TUE = date(2026, 11, 10)  # a Tuesday, ISO 2026-W46, a week after the US midterms
NYE = date(2026, 12, 31)  # a Thursday, New Year's Eve, ISO 2026-W53 (a 53-week ISO year)
JAN = date(2027, 1, 4)  # a Monday, ISO 2027-W01; the weekend before is 2026-W53
SAT = date(2025, 8, 16)  # a Saturday, ISO 2025-W33, the day after India's Independence Day
SUN = date(2024, 7, 7)  # a Sunday, ISO 2024-W27, three days after the UK general election
FRI = date(2023, 4, 14)  # a Friday, ISO 2023-W15
THU = date(2026, 2, 26)  # a Thursday, ISO 2026-W09
WED = date(2025, 10, 29)  # a Wednesday, ISO 2025-W44
MON = date(2024, 12, 2)  # a Monday, Cyber Monday, ISO 2024-W49

CASES: list[tuple[date, str, str, str, str]] = [
    # --- anaphora: against the last date mentioned, not the publication date
    (TUE, "The fire started on Oct. 20, and two days later it reached the outskirts of the town.",
     "two days later", "DATE", "2026-10-22"),
    (TUE, "The jury was sworn in on Oct. 5 and began hearing evidence the following week.",
     "the following week", "DATE", "2026-W42"),
    (SAT, "Floodwaters reached Sylhet on July 30. That morning, the river burst its banks.",
     "That morning", "TIME", "2025-07-30TMO"),
    (TUE, "The bill cleared the Senate on Nov. 3 and was signed into law the same day.",
     "the same day", "DATE", "2026-11-03"),
    (TUE, "Talks resumed in Doha on Oct. 28. A week earlier, the envoy had walked out.",
     "A week earlier", "DATE", "2026-10-21"),
    (TUE, "The plant shut on Sept. 4, and later that month 300 workers were laid off.",
     "later that month", "DATE", "2026-09"),
    (TUE, "The club won the league in 2019, having finished second the previous year.",
     "the previous year", "DATE", "2018"),
    (TUE, "In 2008 the company moved its headquarters to Dubai; that June it listed in London.",
     "that June", "DATE", "2008-06"),
    (TUE, "On March 3, 2019, the ferry capsized off Lombok. Two days later, divers recovered "
     "the last bodies.", "Two days later", "DATE", "2019-03-05"),
    (JAN, "Yonhap reported the launch on Jan. 2. A day later, Seoul summoned the envoy.",
     "A day later", "DATE", "2027-01-03"),
    (NYE, "Voting ended on Dec. 20 and counting began the day after.",
     "the day after", "DATE", "2026-12-21"),
    (JAN, "He was charged on Nov. 2, 2026, and convicted three weeks later.",
     "three weeks later", "DATE", "2026-11-23"),
    (TUE, "The tsunami struck the plant in March 2011; the following month, the government "
     "widened the evacuation zone.", "the following month", "DATE", "2011-04"),
    (TUE, "Cyclone Amphan hit Odisha on May 20, 2020; earlier that month, India had extended "
     "its lockdown.", "earlier that month", "DATE", "2020-05"),
    (TUE, "Exports fell 5% in September after rising 2% the month before.",
     "the month before", "DATE", "2026-08"),
    (TUE, "Inflation eased to 3.1% in October from 3.4% the previous month.",
     "the previous month", "DATE", "2026-09"),
    (TUE, "Parliament was dissolved on Nov. 5. That evening, the prime minister called an "
     "election.", "That evening", "TIME", "2026-11-05TEV"),
    (TUE, "The verdict was read out on Oct. 30, and that afternoon he was taken to prison.",
     "that afternoon", "TIME", "2026-10-30TAF"),
    (TUE, "The court adjourned on Oct. 16 until the next week.",
     "the next week", "DATE", "2026-W43"),
    (TUE, "The president fled on July 13, 2022. Four days earlier, protesters had stormed his "
     "residence.", "Four days earlier", "DATE", "2022-07-09"),
    (TUE, "The gunman opened fire at two mosques on Friday, March 15, 2019. The following "
     "Monday, the cabinet agreed to tighten gun laws.", "The following Monday", "DATE",
     "2019-03-18"),
    (FRI, "The first earthquake struck on Feb. 6. Later that day, a second quake hit.",
     "Later that day", "DATE", "2023-02-06"),
    (MON, "The ceasefire took effect on Nov. 27. The following morning, thousands headed south.",
     "The following morning", "TIME", "2024-11-28TMO"),
    (MON, "Ministers met in Brussels on Nov. 18 and again ten days later.",
     "ten days later", "DATE", "2024-11-28"),
    (JAN, "Polls closed at 8 p.m. on Dec. 6. Later that night, the result was declared.",
     "Later that night", "TIME", "2026-12-06TNI"),
    (THU, "The strike began on Feb. 2 and ended a fortnight later.",
     "a fortnight later", "DATE", "2026-02-16"),
    (JAN, "Voters went to the polls on Dec. 14; the result was announced the next evening.",
     "the next evening", "TIME", "2026-12-15TEV"),
    (FRI, "Silicon Valley Bank failed on March 10. That weekend, regulators hunted for a buyer.",
     "That weekend", "DATE", "2023-W10-WE"),
    (MON, "The storm hit on Nov. 20; by the following evening, 30,000 homes had lost power.",
     "the following evening", "TIME", "2024-11-21TEV"),
    (THU, "Trading was suspended on Feb. 9 and resumed a week later.",
     "a week later", "DATE", "2026-02-16"),
    (TUE, "The ceasefire was agreed on Oct. 9, 2025. By the end of that year, aid flows had "
     "doubled.", "the end of that year", "DATE", "2025"),
    (TUE, "The company listed in 2019; the year after, its founder quit.",
     "the year after", "DATE", "2020"),
    (JAN, "Gunmen stormed the hotel on Dec. 28. The siege ended the following afternoon.",
     "the following afternoon", "TIME", "2026-12-29TAF"),
    (TUE, "The station opened in 1998 and closed a decade later.",
     "a decade later", "DATE", "2008"),
    (TUE, "Protests began in early October and by the end of that month had spread to 40 "
     "cities.", "the end of that month", "DATE", "2026-10"),
    # --- narratives set in the past: a bare month or day belongs to the year told of
    (TUE, "In 2015 Greece held two elections, one in January and one in September.",
     "September", "DATE", "2015-09"),
    (TUE, "The Christchurch mosque attacks took place in March 2019, on the 15th.",
     "the 15th", "DATE", "2019-03-15"),
    (TUE, "The Asian crisis began in Thailand in 1997 and had spread to South Korea by December.",
     "December", "DATE", "1997-12"),
    (FRI, "Kim Jong Il died in December 2011; his son was declared supreme leader at the end "
     "of the month.", "the end of the month", "DATE", "2011-12"),
    (FRI, "Twitter was bought in October 2022; by April, it had lost half its advertisers.",
     "April", "DATE", "2023-04"),
    (FRI, "The Fed raised rates on March 22 and is expected to do so again in May.",
     "May", "DATE", "2023-05"),
    (SUN, "The hostages were freed on June 8, eight months after they were seized.",
     "eight months", "DURATION", "P8M"),
    # --- British, Commonwealth and Indian forms of dates
    (TUE, "The Met Office issued an amber warning on 29/10/2026.",
     "29/10/2026", "DATE", "2026-10-29"),
    (THU, "The inquiry resumes on Tuesday week.", "Tuesday week", "DATE", "2026-03-10"),
    (TUE, "The MP resigned a fortnight ago.", "a fortnight ago", "DATE", "2026-W44"),
    (TUE, "The report will be published the week after next.",
     "the week after next", "DATE", "2026-W48"),
    (TUE, "Nominations closed on 29th October.", "29th October", "DATE", "2026-10-29"),
    (TUE, "The referendum will be held on the 3rd of December.",
     "the 3rd of December", "DATE", "2026-12-03"),
    (TUE, "Trading resumes on Nov 16th after the holiday.", "Nov 16th", "DATE", "2026-11-16"),
    (TUE, "The accord was signed on October 29th, 2025, in Gyeongju.",
     "October 29th, 2025", "DATE", "2025-10-29"),
    (TUE, "The new fares took effect on 1 November.", "1 November", "DATE", "2026-11-01"),
    (FRI, "Strikes closed schools between Monday and Wednesday.",
     "Wednesday", "DATE", "2023-04-12"),
    (FRI, "Teachers walked out between Monday and Wednesday, the union said.",
     "Monday", "DATE", "2023-04-10"),
    (SAT, "Celebrations marked Independence Day on 15th August.",
     "15th August", "DATE", "2025-08-15"),
    (NYE, "The Reserve Bank of Australia next meets on 3 February.",
     "3 February", "DATE", "2027-02-03"),
    (JAN, "The Boxing Day sales ran from 26 December.", "26 December", "DATE", "2026-12-26"),
    (MON, "The motion will be put to a vote on Saturday 7 December.",
     "Saturday 7 December", "DATE", "2024-12-07"),
    (WED, "The central bank said on Wednesday 29 October that rates would stay on hold.",
     "Wednesday 29 October", "DATE", "2025-10-29"),
    (SAT, "The Ashes series starts on 21 November in Perth.", "21 November", "DATE", "2025-11-21"),
    (FRI, "The Reserve Bank of India kept its repo rate unchanged on 6 April.",
     "6 April", "DATE", "2023-04-06"),
    (THU, "Seoul's stock market will be closed on March 2 for a public holiday.",
     "March 2", "DATE", "2026-03-02"),
    (TUE, "Ministers will meet again in two weeks' time.", "two weeks", "DURATION", "P2W"),
    (THU, "The inquiry will report in a fortnight.", "a fortnight", "DURATION", "P2W"),
    (SAT, "The festival runs Aug. 22-24 in Edinburgh.", "24", "DATE", "2025-08-24"),
    (TUE, "The climate talks run from 23 to 27 November in Baku.", "23", "DATE", "2026-11-23"),
    # one expression, as AQUAINT's gold marks "the week of March 6"
    (TUE, "Protests are planned for the weekend of Nov. 21-22.",
     "the weekend of Nov. 21-22", "DATE", "2026-W47-WE"),
    (TUE, "The summit will be held in the last week of November.",
     "the last week of November", "DATE", "2026-W48"),
    (TUE, "He has been in custody since 2 November.", "2 November", "DATE", "2026-11-02"),
    (SAT, "The Bank of England cut rates on 7 August.", "7 August", "DATE", "2025-08-07"),
    (SAT, "The next rate decision is on 18 September.", "18 September", "DATE", "2025-09-18"),
    (FRI, "The financial year ended on 31 March.", "31 March", "DATE", "2023-03-31"),
    (MON, "The hearing has been adjourned until 10 December.",
     "10 December", "DATE", "2024-12-10"),
    (MON, "She died on 28 November aged 96.", "28 November", "DATE", "2024-11-28"),
    (SUN, "The run-off is on 7 July.", "7 July", "DATE", "2024-07-07"),
    (THU, "The Six Nations ends on 14 March.", "14 March", "DATE", "2026-03-14"),
    (THU, "Tokyo will host the talks in the week of March 9.",
     "the week of March 9", "DATE", "2026-W11"),
    # --- clock times
    (SAT, "Kick-off at Old Trafford is at 3.30pm.", "3.30pm", "TIME", "2025-08-16T15:30"),
    (SUN, "The launch was detected at 15:30 local time (0630 GMT).",
     "0630 GMT", "TIME", "2024-07-07T06:30"),
    (TUE, "The fire broke out around 10 a.m. on Sunday.",
     "around 10 a.m. on Sunday", "TIME", "2026-11-08T10:00"),
    (THU, "The deal was struck late on Tuesday.", "Tuesday", "DATE", "2026-02-24"),
    (TUE, "Trading was halted in mid-afternoon.", "mid-afternoon", "TIME", "2026-11-10TAF"),
    (JAN, "The quake struck at 11.42pm on Saturday.",
     "11.42pm on Saturday", "TIME", "2027-01-02T23:42"),
    (SAT, "Polls open at 7am and close at 10pm.", "10pm", "TIME", "2025-08-16T22:00"),
    (WED, "The blast was heard at about 9.15am.", "about 9.15am", "TIME", "2025-10-29T09:15"),
    (MON, "Markets in Seoul opened at 9 a.m. KST on Monday.",
     "9 a.m. KST on Monday", "TIME", "2024-12-02T09:00"),
    (MON, "The funeral will take place on Friday at 11am.",
     "Friday at 11am", "TIME", "2024-12-06T11:00"),
    (TUE, "Seoul said the missile was launched at 7:10 a.m. Tuesday (2210 GMT Monday).",
     "2210 GMT Monday", "TIME", "2026-11-09T22:10"),
    (TUE, "The bomb exploded at 8.15am local time on Monday.",
     "8.15am local time on Monday", "TIME", "2026-11-09T08:15"),
    (TUE, "The Nikkei closed 1.2% higher at 3pm Tokyo time.",
     "3pm Tokyo time", "TIME", "2026-11-10T15:00"),
    (TUE, "Voting ends at 8pm AEDT on Saturday.",
     "8pm AEDT on Saturday", "TIME", "2026-11-14T20:00"),
    (TUE, "The Sensex closed at 3.30 pm IST on Monday.",
     "3.30 pm IST on Monday", "TIME", "2026-11-09T15:30"),
    (TUE, "Polls opened at 6 a.m. and will close at 6 p.m.", "6 p.m.", "TIME", "2026-11-10T18:00"),
    (TUE, "The strike will begin at 00:01 on Thursday.",
     "00:01 on Thursday", "TIME", "2026-11-12T00:01"),
    (TUE, "A curfew will run from 10pm to 5am.", "5am", "TIME", "2026-11-11T05:00"),
    (TUE, "The ceremony starts at half past three this afternoon.",
     "half past three this afternoon", "TIME", "2026-11-10T15:30"),
    (TUE, "Doors open at quarter to nine in the morning.",
     "quarter to nine in the morning", "TIME", "2026-11-10T08:45"),
    (TUE, "The explosion happened shortly after midnight.", "midnight", "TIME", "2026-11-09T24:00"),
    (NYE, "Fireworks will light up Sydney Harbour at midnight tonight.",
     "midnight tonight", "TIME", "2026-12-31T24:00"),
    (TUE, "Heavy rain fell overnight across Sydney.", "overnight", "TIME", "2026-11-09TNI"),
    (TUE, "Power was restored by early evening.", "early evening", "TIME", "2026-11-10TEV"),
    (MON, "The fire broke out in the early hours of Sunday.", "Sunday", "DATE", "2024-12-01"),
    (TUE, "Results are expected in the early hours of Friday.", "Friday", "DATE", "2026-11-13"),
    (TUE, "North Korea fired a ballistic missile into the East Sea on Monday morning.",
     "Monday morning", "TIME", "2026-11-09TMO"),
    (TUE, "The court sat late into Monday night.", "Monday night", "TIME", "2026-11-09TNI"),
    (MON, "Snow is forecast for Tuesday night into Wednesday.",
     "Tuesday night", "TIME", "2024-12-03TNI"),
    # --- durations and quantities of time
    (TUE, "The ultimatum expires in 48 hours.", "48 hours", "DURATION", "PT48H"),
    (TUE, "The former mayor is serving a 10-year sentence.", "10-year", "DURATION", "P10Y"),
    (TUE, "The 90-day pause on tariffs has been extended.", "90-day", "DURATION", "P90D"),
    (TUE, "Inflation fell below 2% for the first time in 15 years.",
     "15 years", "DURATION", "P15Y"),
    (TUE, "The regulator must decide within a month.", "a month", "DURATION", "P1M"),
    (TUE, "Offenders face up to six months in jail.", "up to six months", "DURATION", "P6M"),
    (TUE, "He led the party for nearly two decades.", "nearly two decades", "DURATION", "P20Y"),
    (TUE, "The hearing lasted three-and-a-half hours.",
     "three-and-a-half hours", "DURATION", "PT3H30M"),
    (SUN, "Djokovic won in four hours and 42 minutes.",
     "four hours and 42 minutes", "DURATION", "PT4H42M"),
    (SAT, "He was jailed for life with a minimum term of 38 years.",
     "38 years", "DURATION", "P38Y"),
    (TUE, "The Nifty snapped a five-day losing streak.", "five-day", "DURATION", "P5D"),
    (TUE, "The carmaker posted its first quarterly loss in a decade.",
     "a decade", "DURATION", "P10Y"),
    (TUE, "Thousands have fled over the past few days.",
     "the past few days", "DURATION", "PXD"),
    (TUE, "Prices have risen in recent weeks.", "recent weeks", "DURATION", "PXW"),
    (JAN, "The minister observed a minute's silence.", "a minute", "DURATION", "PT1M"),
    (TUE, "The euro hit a two-year high on Monday.", "two-year", "DURATION", "P2Y"),
    (TUE, "Oil posted its biggest drop in six months.", "six months", "DURATION", "P6M"),
    (SAT, "UK GDP grew 0.3% in the three months to June.",
     "the three months", "DURATION", "P3M"),
    (FRI, "Tata Motors shares hit a 52-week high.", "52-week", "DURATION", "P52W"),
    (MON, "The trial is expected to last six weeks.", "six weeks", "DURATION", "P6W"),
    (MON, "He is survived by his wife of 60 years.", "60 years", "DURATION", "P60Y"),
    (MON, "The trial opened on Nov. 4, 2024. Within a week, two jurors had been dismissed.",
     "a week", "DURATION", "P1W"),
    (MON, "The storm will weaken over the next 48 hours.",
     "the next 48 hours", "DURATION", "PT48H"),
    (TUE, "The fund will be wound down over the next 10 days.",
     "the next 10 days", "DURATION", "P10D"),
    (TUE, "Rescuers are racing against time as the 72-hour window closes.",
     "72-hour", "DURATION", "PT72H"),
    (TUE, "The match was abandoned after 20 minutes.", "20 minutes", "DURATION", "PT20M"),
    (TUE, "She spent a decade and a half in exile.",
     "a decade and a half", "DURATION", "P15Y"),
    # --- sets
    (TUE, "The magazine is published fortnightly.", "fortnightly", "SET", "P2W"),
    (TUE, "Bins are collected every other week.", "every other week", "SET", "P2W"),
    # --- relative months, seasons and years
    (JAN, "The plant closed last March.", "last March", "DATE", "2026-03"),
    (THU, "The factory will open this spring.", "this spring", "DATE", "2026-SP"),
    (SAT, "The rail link should open next spring.", "next spring", "DATE", "2026-SP"),
    (SAT, "Production will begin in early 2026.", "early 2026", "DATE", "2026"),
    (TUE, "The rules will be finalised by the end of next year.",
     "the end of next year", "DATE", "2027"),
    (TUE, "Work will start at the beginning of next year.",
     "the beginning of next year", "DATE", "2027"),
    (TUE, "The court will rule later this month.", "later this month", "DATE", "2026-11"),
    # DURATION as TimeBank/AQUAINT mark "coming weeks" (this line said FUTURE_REF before)
    (TUE, "More job cuts are expected in the coming weeks.",
     "the coming weeks", "DURATION", "PXW"),
    (TUE, "Gold has gained 30% so far this year.", "this year", "DATE", "2026"),
    (THU, "The budget will be tabled next month.", "next month", "DATE", "2026-03"),
    (TUE, "Hate crimes rose 12% over the past year.", "the past year", "DATE", "2025"),
    (TUE, "A year from now, the plant will be running.", "A year from now", "DATE", "2027"),
    (TUE, "Investors fled in the second half of last year.",
     "the second half of last year", "DATE", "2025-H2"),
    (WED, "Inflation will stay high in the near term.", "the near term", "DATE", "FUTURE_REF"),
    (WED, "He retired in the autumn of 2019.", "the autumn of 2019", "DATE", "2019-FA"),
    (WED, "Harvests were poor last autumn.", "last autumn", "DATE", "2024-FA"),
    (THU, "The summer of 2025 was the hottest on record, the Bureau of Meteorology said.",
     "The summer of 2025", "DATE", "2025-SU"),
    (THU, "Queensland recorded its wettest January since 1974.", "January", "DATE", "2026-01"),
    (TUE, "The ECB meets on Dec. 17 and again in late January.",
     "late January", "DATE", "2027-01"),
    (TUE, "Bonds had their best week since March.", "March", "DATE", "2026-03"),
    (TUE, "The ceasefire has held since mid-October.", "mid-October", "DATE", "2026-10"),
    (TUE, "The moratorium runs until the end of March.", "the end of March", "DATE", "2027-03"),
    (MON, "He will be sentenced in the new year.", "the new year", "DATE", "2025"),
    (MON, "The coroner's inquest will resume in January.", "January", "DATE", "2025-01"),
    (MON, "Last month was the warmest November on record.", "Last month", "DATE", "2024-11"),
    (MON, "Temperatures will fall below freezing by the weekend.",
     "the weekend", "DATE", "2024-W49-WE"),
    # --- across a year end (2026 has 53 ISO weeks)
    (JAN, "Retail sales slumped last month.", "last month", "DATE", "2026-12"),
    (JAN, "Sales dipped last week as shoppers stayed home.", "last week", "DATE", "2026-W53"),
    (JAN, "Over the weekend, heavy snow closed roads.", "the weekend", "DATE", "2026-W53-WE"),
    (JAN, "The law took effect on Friday.", "Friday", "DATE", "2027-01-01"),
    (JAN, "Congress reconvenes this week.", "this week", "DATE", "2027-W01"),
    (JAN, "The company cut 500 jobs last year.", "last year", "DATE", "2026"),
    (JAN, "Markets were shut on Friday for New Year's Day.", "New Year's Day", "DATE",
     "2027-01-01"),
    (NYE, "Parliament returns next week.", "next week", "DATE", "2027-W01"),
    (NYE, "The new tax applies from Monday.", "Monday", "DATE", "2027-01-04"),
    (NYE, "Crowds are expected this weekend.", "this weekend", "DATE", "2026-W53-WE"),
    (NYE, "Tomorrow, the euro becomes Bulgaria's currency.", "Tomorrow", "DATE", "2027-01-01"),
    (NYE, "Shoppers flocked to the Boxing Day sales.", "Boxing Day", "DATE", "2026-12-26"),
    (NYE, "The index ended the year up 18%.", "the year", "DATE", "2026"),
    (NYE, "The year began with floods and ends with a drought.", "The year", "DATE", "2026"),
    (NYE, "Trading resumes on Jan. 2.", "Jan. 2", "DATE", "2027-01-02"),
    (JAN, "Thursday's session was the last of the year.", "the year", "DATE", "2026"),
    (JAN, "The won weakened past 1,450 per dollar on Thursday.", "Thursday", "DATE", "2026-12-31"),
    (JAN, "Korea's exports hit a record in 2026, the ministry said on Friday.",
     "2026", "DATE", "2026"),
    (JAN, "Fighting broke out on Christmas Eve and continued into the new year.",
     "Christmas Eve", "DATE", "2026-12-24"),
    (JAN, "Yoon was impeached on Dec. 14, 2024.", "Dec. 14, 2024", "DATE", "2024-12-14"),
    # --- elections, sport, obituaries, weather, markets
    (SUN, "Britain voted on Thursday.", "Thursday", "DATE", "2024-07-04"),
    (SUN, "Labour won a landslide in Thursday's general election.", "Thursday", "DATE",
     "2024-07-04"),
    (SUN, "France holds the second round of its parliamentary election today.",
     "today", "DATE", "2024-07-07"),
    (SUN, "Keir Starmer became prime minister on Friday.", "Friday", "DATE", "2024-07-05"),
    (SUN, "Wimbledon began on Monday.", "Monday", "DATE", "2024-07-01"),
    (SUN, "The Tour de France reaches Paris on July 21.", "July 21", "DATE", "2024-07-21"),
    (SUN, "The heatwave is forecast to break on Wednesday.", "Wednesday", "DATE", "2024-07-10"),
    (TUE, "Americans voted in the midterm elections last Tuesday.",
     "last Tuesday", "DATE", "2026-11-03"),
    (SAT, "The FTSE 100 closed up 0.4% on Friday.", "Friday", "DATE", "2025-08-15"),
    (SAT, "Smith, who was born on 4 July 1931 in Leeds, died peacefully at home.",
     "4 July 1931", "DATE", "1931-07-04"),
    (SAT, "The actor died on Thursday, his agent said.", "Thursday", "DATE", "2025-08-14"),
    (FRI, "The Sensex fell 520 points on Wednesday.", "Wednesday", "DATE", "2023-04-12"),
    (THU, "South Korea's exports rose for a fourth straight month in February.",
     "February", "DATE", "2026-02"),
    (THU, "Temperatures hit 45C in Western Australia on Sunday.", "Sunday", "DATE", "2026-02-22"),
    (THU, "Traders now expect a cut at the Fed's May meeting.", "May", "DATE", "2026-05"),
    (MON, "Retailers are counting on Cyber Monday to lift sales.", "Cyber Monday", "DATE",
     "2024-12-02"),
    (TUE, "Veterans Day falls on Wednesday.", "Wednesday", "DATE", "2026-11-11"),
    (TUE, "U.S. markets will be closed on Thursday, Nov. 26, for Thanksgiving.",
     "Thursday, Nov. 26", "DATE", "2026-11-26"),
    (TUE, "Shops are busy in the run-up to Christmas.", "Christmas", "DATE", "2026-12-25"),
    (TUE, "Wall Street's three main indexes ended higher on Monday.",
     "Monday", "DATE", "2026-11-09"),
    (TUE, "The dollar fell in Asian trade on Tuesday.", "Tuesday", "DATE", "2026-11-10"),
    (TUE, "Kim Jong Un oversaw the launch on Sunday, KCNA said on Monday.",
     "Sunday", "DATE", "2026-11-08"),
    (TUE, "South Korea's presidential election will be held on June 3.",
     "June 3", "DATE", "2027-06-03"),
    (TUE, "The Bank of Korea kept its policy rate at 2.5% in October.",
     "October", "DATE", "2026-10"),
    (TUE, "Japan's lower house was dissolved on Oct. 9 and an election called for Oct. 27.",
     "Oct. 27", "DATE", "2026-10-27"),
    (SAT, "Unemployment rose to 4.7% in the three months to June.", "June", "DATE", "2025-06"),
    (FRI, "Wipro will report results on April 27.", "April 27", "DATE", "2023-04-27"),
    (MON, "He was remanded in custody until Friday.", "Friday", "DATE", "2024-12-06"),
    (MON, "The jury retired to consider its verdict on Thursday.",
     "Thursday", "DATE", "2024-11-28"),
    (MON, "The funeral was held on Saturday in Galway.", "Saturday", "DATE", "2024-11-30"),
    (MON, "Born in Seoul in 1941, he fled south during the Korean War.", "1941", "DATE", "1941"),
    (SUN, "Biden's debate performance on June 27 alarmed Democrats.",
     "June 27", "DATE", "2024-06-27"),
    (SUN, "The Republican convention opens in Milwaukee on July 15.",
     "July 15", "DATE", "2024-07-15"),
    (SUN, "The new parliament will sit for the first time on July 18.",
     "July 18", "DATE", "2024-07-18"),
    (THU, "The Lunar New Year holiday ended last week.", "last week", "DATE", "2026-W08"),
    (THU, "India's budget was presented on Feb. 1.", "Feb. 1", "DATE", "2026-02-01"),
    (THU, "The Premier League resumes after the international break in March.",
     "March", "DATE", "2026-03"),
    (THU, "England beat Wales on Saturday.", "Saturday", "DATE", "2026-02-21"),
    (THU, "The third Test starts on Boxing Day.", "Boxing Day", "DATE", "2026-12-26"),
]  # fmt: skip

# Words that look temporal in news copy but are not: the quoted part lies in no span.
NOT_TEMPORAL: list[tuple[date, str, str]] = [
    (WED, "The Independence Party won two seats in Reykjavik.", "Independence"),
    (WED, "Veterans of the Second World War gathered in London.", "Second World War"),
    (WED, "He was wounded in World War II.", "World War II"),
    (WED, "The pilot issued a Mayday call before the crash.", "Mayday"),
    (WED, "She taught Sunday school for 40 years.", "Sunday"),
    (WED, "He hosted Saturday Night Live twice.", "Saturday Night"),
    (WED, "Jan Smith, a spokeswoman, declined to comment.", "Jan"),
    (WED, "April Ross, the Olympic champion, has retired.", "April"),
    (WED, "The Senate is an august body.", "august"),
    (WED, "He finished second in the 100 metres.", "second"),
    (WED, "Only 1% of people own a yacht.", "1%"),
    (WED, "The Day One pledge was dropped.", "Day One"),
    (WED, "Kerala recorded 1,50,000 cases.", "1,50,000"),
    (WED, "June Sarpong presented the show.", "June"),
    (WED, "The Times of India reported the story.", "Times"),
    (WED, "The G7 summit opened in Italy.", "G7"),
    (WED, "The Boeing 747-400 was retired.", "747-400"),
    (WED, "The hotline is staffed 24/7.", "24/7"),
    (WED, "Marty May, a spokesman, declined to comment.", "May"),
    (WED, "The Rolling Stones played Hyde Park.", "Rolling"),
]  # fmt: skip

# General rules of news English the tagger gets wrong today (sentence -> why the value holds).
# Strict xfail: each turns into a failure once fixed, and must then be taken off this list.
KNOWN_WRONG: dict[str, str] = {
    # anaphora: a demonstrative or definite period counts from the last date told of
    # British and other forms of dates
    # clock times
    # durations and sets
    # relative periods and months
    # not temporal
}  # fmt: skip


@pytest.mark.parametrize(
    ("dct", "text", "span", "type_", "value"), xfail_params(CASES, KNOWN_WRONG)
)
def test_heldout2_news_sentence(dct: date, text: str, span: str, type_: str, value: str) -> None:
    check_sentence(dct, text, span, type_, value)


@pytest.mark.parametrize(("dct", "text", "word"), xfail_params(NOT_TEMPORAL, KNOWN_WRONG))
def test_heldout2_not_temporal(dct: date, text: str, word: str) -> None:
    check_not_temporal(dct, text, word)


def test_heldout2_cases_are_well_formed_and_varied() -> None:
    assert len(CASES) >= 100
    assert all(span in text for _, text, span, _, _ in CASES)
    assert all(word in text for _, text, word in NOT_TEMPORAL)
    sentences = [c[1] for c in CASES] + [c[1] for c in NOT_TEMPORAL]
    assert len(set(sentences)) == len(sentences), "a sentence is used twice"
    assert set(KNOWN_WRONG) <= set(sentences), "a KNOWN_WRONG entry names no case"
    assert {d.weekday() for d, *_ in CASES} == set(range(7))
    assert {"DATE", "TIME", "DURATION"} <= {c[3] for c in CASES}
