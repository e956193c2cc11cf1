#!/usr/bin/env python3
# ruff: noqa  (verbatim copy of ../shared/tools/make_corpus.py; kept as is so its output matches)
"""Synthetic English news corpus with known numeric claims, for benchmarking kfactcheck.

    python3 make_corpus.py OUT_DIR --articles N [--seed S] [--stories K] [--gold FILE]
    python3 make_corpus.py OUT_DIR --check [--gold FILE]

writes OUT_DIR/NNNNNN.txt and the gold annotation beside the folder, OUT_DIR.gold.json (or --gold FILE),
so that the corpus folder holds articles only.

Same N, S, K: same bytes (stale NNNNNN.txt numbered N or above are removed). Standard library only;
100,000 articles (~280 MB) take about 35 s on one core. --check re-reads gold.json: each anchor occurs
once in its file and parses back to the value, low/high fit the qualifier, dates are valid, noise strings
are present, findings name files holding claims on the subject, within the time limits below.

K invented stories (default 12; in turn a peacekeeping mission, a disaster, a protest movement, an
infrastructure project), each tracking 2-4 subjects whose true value changes at a few points: force
strength, death toll (rises over days), crowd size (police and organisers disagree about each rally), a
percentage, a budget, contributing countries, a deadline (postponed), a founding year. Articles state them
truthfully in varied words and qualifiers or, some outlets more often, as planted misreports 8-30% off
(dates 12-40 days, years 1-5), among filler, page furniture, clock times, ages, street and phone numbers,
quotes (speaker names sometimes misspelt) and quote paragraphs syndicated by 2-3 outlets on one day.

gold.json has the shape of ../gold/kosovo.json:
  {"corpus": str, "about": str, "subjects": {key: label},
   "articles": [{"file": "000000.txt", "date": "YYYY-MM-DD", "date_evidence": header text, verbatim,
     "claims": [{"subject": key, "anchor": figure as written, once in the file ("3,700", "twenty-seven",
                 "1.8 million", "Oct. 31", "3,600 and 3,800"), "value": number or "YYYY-MM-DD",
                 "low": number|null, "high": number|null, "unit": troops|people|percent|currency|countries|date|year,
                 "qualifier": exact|approx|close_to|more_than|at_least|less_than|up_to|range, "as_of": "YYYY-MM-DD",
                 "speaker": canonical name (if a person is quoted or named as source), "note": misreports only}],
     "noise": [digit strings in the file that are not claims: "17:29", "1.", "54", ...]}],
   "expected_findings": [{"kind": "discrepancy|change|agreement", "subject": key, "files": [a, b], "why": str}],
   "must_not_flag": []}
low/high: exact v,v; approx v-5%,v+5%; close_to 0.9v,v; more_than, at_least v,null; less_than, up_to null,v;
range A,B (value: midpoint); dates null,null. "dozens", "hundreds", "several hundred", "thousands", "several
thousand", "tens of thousands": at_least 24, 200, 300, 2000, 3000, 20000; "a dozen": exact 12; bare figures
with million/billion/bn/m: approx. as_of: publication date; for crowds the rally's date ("on Saturday").
Findings (at most ~2,000, sampled deterministically): each planted misreport vs the nearest truthful claim
with the same true value published within 14 days (intervals disjoint); police vs organisers about one
rally; per change point a truthful claim before vs one at least 90 days later (disjoint); agreements of
independent outlets within 7 days, plus a few syndicated copies ("one origin"). Nothing is reported on a
subject in the 30 days before one of its change points, except death tolls, which rise day by day.
"""
import argparse, bisect, calendar, json, math, os, random, re, sys, time  # noqa: E401
import datetime as dt
from collections import Counter, defaultdict, namedtuple
from itertools import accumulate
from types import SimpleNamespace as NS

# ---------------------------------------------------------------------------------- words and names
MONTHS = "January February March April May June July August September October November December".split()
MONTH3 = {m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)}
AP_MONTHS = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
WORDS = {**{w: i for i, w in enumerate(ONES)}, **{w: 10 * i for i, w in enumerate(TENS) if i > 1}}
VAGUE = {"a dozen": 12, "two dozen": 24, "dozens": 24, "hundreds": 200, "several hundred": 300, "thousands": 2000,
         "several thousand": 3000, "tens of thousands": 20000}  # from "dozens" on: at_least
MULT = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}
QUAL_WORDS = {"approx": "around |about |some |roughly |an estimated |approximately |+ or so",  # +: after the figure
              "close_to": "close to |nearly |almost |just under |just shy of ", "up_to": "up to |as many as ",
              "more_than": "more than |over |upwards of |in excess of |just over ",
              "at_least": "at least |no fewer than |+ or more", "less_than": "fewer than |less than |under "}
QUALS = ["exact", "range", *QUAL_WORDS]
KINDS = {"troops": ("troops", "exact3 approx4 close_to2 more_than3 at_least1 up_to1 less_than1 range1"),  # unit, weights
         "deaths": ("people", "exact4 at_least4 more_than2 approx1 close_to1 up_to1 range1"),
         "crowd": ("people", "approx3 exact2 more_than3 at_least1 up_to1 range1"),
         "countries": ("countries", "exact6 more_than2 approx1 close_to1 at_least1 range1"),
         "percent": ("percent", "exact5 approx3 more_than1 close_to1 less_than1 at_least1 range1"),
         "budget": ("currency", "exact4 approx3 more_than2 close_to2 up_to1 less_than1"),
         "deadline": ("date", "exact4 approx2"), "year": ("year", "exact1")}
QW = {k: [q for q, w in re.findall(r"([a-z_]+)(\d)", s) for _ in range(int(w))] for k, (_, s) in KINDS.items()}
QP = {k: {q: [("", w[1:]) if w[0] == "+" else (w, "") for w in v.split("|")  # (before, after) the figure
              if not (k in ("percent", "budget") and ("fewer" in w or "many" in w))] for q, v in QUAL_WORDS.items()}
      for k in KINDS}
POOL = {k: v.split("|") for k, v in dict(
    place="Valdoria|Kessaria|Ostravel|Marrowen|Tirzany|Belkaro|Lunevia|Drossmark|Serravin|Quillandra|Athmoria|Karvenia|"
          "Pellisar|Zarnovy|Veskara|Morvaine|Istrakan|Coldmere|Havrenia|Norvassa|Galdovia|Ubrenia|Feldrana|Corvanth",
    city="Port Amsel|Vardenholm|Kestrel Bay|Ostrin|Marrowgate|Lunetta|Drossford|Halvard Crossing|Quellby|Ravensmere|"
         "Ilvane|Corvel|Yarrowby|Ebberton|Fennick|Goldhaven|Mossgarth|Tirzan|Saltmere|Brackwater|Aldermouth|Greywick",
    first="Mara|Teodor|Ilse|Kasimir|Leontyne|Ruben|Anouk|Stellan|Dagny|Oriel|Petra|Lucan|Vesna|Haldor|Ines|Tobiah|Maren|"
          "Cosmin|Eliska|Joran|Sabine|Milo|Ardith|Fenna|Radomir|Liora|Anselm|Noor|Evander|Tamsin|Ivo|Katrin|Zora",
    last="Ostrava|Vance|Marrin|Dunne|Achterberg|Solano|Kettering|Varga|Lindqvist|Morrow|Haldane|Petrescu|Navarre|Brandt|"
         "Ivanek|Sorensen|Castellan|Veyra|Thorne|Amadi|Kowal|Renner|Falk|Quiroga|Hollis|Tarrant|Belova|Okafor|Strand",
    outlet="The Meridian Post|Harbour Wire|Northlight News|The Daily Lantern|Continental Dispatch|Global Ledger|Crossroads "
           "Radio|The Evening Compass|Palisade Times|Atlas Newswire|Ridgeline Herald|The Bellwether|Signal Press Agency|"
           "Westmark Courier|Lighthouse Daily|Granite Review",
    minority="Tarvan|Oskari|Belmene|Halvic|Serin|Dravani|Kettish|Umbrel",
    disaster="earthquake|flood|landslide|cyclone|wildfire|mudslide", region="northern|southern|eastern|western|central",
    alliance="the Northern Concord|the Meridian Alliance|the Concord Pact|the Union of Free States|the Western Accord",
    msn_full="{place} Stabilisation Force|International Monitoring Mission in {place}|{place} Protection Force",
    reform="pension reform|new fuel tax|media law|water privatisation plan|university fees bill|housing levy",
    square="Liberty Square|Harbour Square|the Old Market|Cathedral Square|Republic Avenue",
    agency="National Emergency Agency|Civil Protection Directorate|Red Lantern Society|Disaster Response Office",
    union="Transport Workers' Union|Federation of Public Employees|Teachers' Alliance|Dockers' Guild",
    movement="Amber Square movement|Cobalt Square movement|Linden Square movement|Willow Square movement",
    work="rail link|deep-water terminal|metro line|river dam|coastal highway|airport terminal",
    company="{last} Holdings|the {place} Infrastructure Corporation|Northgate Engineering|Halcyon Builders",
    section="World|WorldEurope|News|Politics|Region").items()}
OUTLETS, CURRENCIES = POOL["outlet"], [("$", ""), ("€", ""), ("£", ""), ("", " crowns"), ("", " marks")]
THEMES = {  # kinds: the first is the main subject; people "titles: role; ..."; speak, police, organisers: indices
    "mission": dict(kinds="troops countries deadline year percent", speak="014", orgf="the {msn}", src="the {msn}",
                    people="General/Brigadier General/Lieutenant General: commander of the {msn}; Secretary General: head "
                           "of {alliance}; Prime Minister: {place}'s prime minister; President: president of {rival}; "
                           "Colonel: spokesperson for the {msn}",
                    rules="the new border-permit rule: take effect; the handover of the northern checkpoints: take place",
                    rate="the {minority} share of {place}'s population", group="{place}'s population", contrib="troops",
                    pred="belong to the {minority} minority", stats="the statistics office", effort="the {msn}"),
    "disaster": dict(kinds="deaths budget countries percent deadline", speak="0124", orgf="the {agency}", src="the {agency}",
                     people="Interior Minister: {place}'s interior minister; : director of the {agency}; Governor: governor "
                            "of {region}; Mayor: mayor of {city}; Dr.: a relief coordinator",
                     rules="the closure of the temporary camps: go ahead; the return of evacuated families: begin",
                     rate="the share of homes in {region} damaged by the {disaster}", group="homes in {region}",
                     pred="were damaged or destroyed", stats="the housing ministry", contrib="rescue teams",
                     effort="the international relief effort"),
    "protest": dict(kinds="crowd deadline percent year", speak="02", police="3", organisers="14", orgf="the {union}",
                    people="Interior Minister: {place}'s interior minister; : leader of the {union}; Prime Minister: "
                           "{place}'s prime minister; Inspector: a police spokesperson; : an organiser with the {movement}",
                    rules="the final vote on the {reform}: take place; the {reform}: take effect", effort="the campaign",
                    rate="support for the {reform}", group="voters", pred="back the {reform}", contrib="observers",
                    stats="the latest opinion poll", src="the interior ministry"),
    "project": dict(kinds="budget deadline percent year", speak="01234", orgf="{company}", src="the transport ministry",
                    people="Transport Minister: {place}'s transport minister; : director of the {project}; Auditor "
                           "General: the country's auditor general; : chief executive of {company}; "
                           ": an opposition lawmaker",
                    rules="the opening of the {project}: take place; the handover of the {project} to the state: take place",
                    rate="the share of the {project} already built", group="the planned works", effort="the project",
                    pred="have been completed", stats="the project office", contrib="engineers")}
LABELS = {"troops": "Strength of the {msn_full} ({msn}): troops deployed in {place}", "year": "Year {orgf} was founded",
          "deaths": "Death toll of the {disaster} in {region}", "budget": "Budget of the {project} in {place}",
          "crowd": "Turnout at the {movement} rallies in {city} against the {reform}", "percent": "{rate} (percent)",
          "countries": "Number of countries contributing {contrib} to {effort}",
          "deadline": "Date {rule} is due to {happen}"}
LAYOUTS = [  # (date evidence, page head before the body, noise strings in the head)
    ("date {iso}", " {ev} {lead}", ""),
    ("{mon} {day}, {year}", "1. Skip to content\n  2. Skip to main menu\n  3. Skip to more {outlet} sites\n\n{title}"
                            "\n\n{ev}\n\n{lead}", "1. 2. 3."),
    ("Updated: {dmy} {t2} IST", "{title}\n\n{lead}\n\n\n{outlet} | {ev} | Created: {dmy} {t1} IST\n{title}\n"
                                "Representative Image Image Credit: {outlet}\n\n{lead}", "{t1} {t2}"),
    ("{wd}, {mon} {day}, {year}", "{ev}\nHome{section}{title}\n\n{title}\n\n{lead}", ""),
    ("{iso}T{t1}:00Z", "{title}\n\nPublished {ev}\n\n{lead}", "{t1}"),
    ("{day} {mon} {year}", "{title}\n\nBy {reporter} | {ev}\n\n{dateline} ({outlet}) - {lead}", ""),
    ("{wd} {day} {mon} {year}", "{title}\n\n{outlet} staff\n\n{ev} {t1} GMT\n\n{lead}", "{t1}")]

class Rng(random.Random):
    """random.Random with cheaper choice/randint: the generator calls them millions of times."""
    def choice(self, seq): return seq[int(self.random() * len(seq))]
    def randint(self, a, b): return a + int(self.random() * (b - a + 1))

def T(block):
    """Templates, one per line: 'key[/flags]: text'. In text '[a|b]' picks an alternative, '{slot}' is str.format.
    Flags: '=' exact figure only, '+' only after a change, P/O police or organisers' figure."""
    out = defaultdict(list)
    for line in block.strip().splitlines():
        key, _, text = line.partition(": ")
        key, _, flags = key.partition("/")
        parts = re.split(r"\[([^\]]*)\]", text)
        out[key].append((flags, [p if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)],
                         bool(re.search(r"\{amt\} \[?[a-z]", text)), "{att}" in text))  # a noun after the figure?
    return dict(out)

def fill(rng, tpl, slots):
    return "".join(p if type(p) is str else rng.choice(p) for p in tpl[1]).format_map(slots)


# ---------------------------------------------------------------------------------- templates
# claim.KIND: sentences; quote.KIND: quoted words; pair: troops and countries; qform: a quote's attribution;
# title/lead/fill.THEME: story text; noise.SLOT: a sentence whose SLOT (or the key itself) is a number, not a claim.
TPL = T("""
claim.troops: The {msn} now has {amt} [troops|soldiers|peacekeepers] deployed in {place}{att}.
claim.troops: {amt} [troops|peacekeepers|soldiers] [are|remain] stationed in {place} to keep rival communities apart{att}.
claim.troops: The force, which numbers {amt} [troops|soldiers|personnel], patrols the boundary with {rival} around the clock.
claim.troops: With {amt} [troops|peacekeepers|service members] on the ground, the {msn} is the largest foreign presence in {place}.
claim.troops: The strength of the {msn} stands at {amt} [troops|personnel|soldiers]{att}.
claim.troops: {alliance} keeps {amt} [troops|peacekeepers] in {place}, most of them [near|around] {city}.
claim.troops: Commanders can currently call on {amt} [troops|soldiers|personnel] from the contributing states{att}.
claim.troops: [At present|Currently], {amt} [peacekeepers|troops] serve with the {msn}{att}.
claim.deaths: The death toll from the {disaster} [rose|climbed|has risen] to {amt}{att}.
claim.deaths: [Officials|Authorities] said {amt} people had been killed and many others were still missing.
claim.deaths: The {disaster} has left {amt} people dead{att}.
claim.deaths: Rescuers have [recovered|pulled out] {amt} bodies from the [debris|wreckage] so far{att}.
claim.deaths: At the latest count, {amt} [deaths|fatalities] had been confirmed across {region}.
claim.deaths: {amt} people are now known to have died in the {disaster}{att}.
claim.deaths: The number of [fatalities|deaths|victims] has reached {amt}, the {agency} said in its latest update.
claim.deaths: Hospitals in {city} [reported|registered] {amt} [deaths|fatalities] linked to the {disaster}.
claim.crowd/P: Police said {amt} [protesters|demonstrators|people] took part in the march through {city} {when}.
claim.crowd/P: According to police, {amt} [people|demonstrators] gathered [in|around] {square} {when}.
claim.crowd/P: Police estimated the crowd {when} at {amt}.
claim.crowd/P: City authorities counted {amt} [demonstrators|marchers|protesters] at the rally {when}.
claim.crowd/O: Organisers put the turnout {when} at {amt}, while police gave a lower figure.
claim.crowd/O: {amt} [protesters|demonstrators|people] marched {when}, organisers said.
claim.crowd/O: {when}, {amt} [demonstrators|people] filled the streets of {city}, according to the organisers.
claim.crowd/O: The {union} claimed that {amt} [people|workers|protesters] took to the streets {when}.
claim.countries: {contrib} from {amt} countries are now [in|deployed in|working in] {place}{att}.
claim.countries: {effort} draws on contributions from {amt} [countries|nations].
claim.countries: {amt} countries have so far sent {contrib} to {place}{att}.
claim.countries: The list of contributing [countries|nations] has grown to {amt}{att}.
claim.countries: Diplomats said {amt} governments were taking part in {effort}.
claim.countries: {effort} [now includes|brings together] {contrib} from {amt} [countries|nations].
claim.countries: In all, {amt} [countries|nations] have [pledged|committed] {contrib}{att}.
claim.percent: {rate} stands at {amt}{att}.
claim.percent: Official figures put {rate} at {amt}.
claim.percent: {rate} has reached {amt}, according to {stats}.
claim.percent: Analysts [estimate|put] {rate} at {amt}.
claim.percent: {amt} of {group} {pred}{att}.
claim.percent: According to {stats}, {amt} of {group} {pred}.
claim.percent: [Surveys|Recent surveys|Government data] suggest that {amt} of {group} {pred}.
claim.budget: The {project} is expected to cost {amt}{att}.
claim.budget: Parliament [approved|signed off on] {amt} for the {project}.
claim.budget: The government has set aside {amt} for the {project}{att}.
claim.budget: The price tag of the {project} now stands at {amt}{att}.
claim.budget: {amt} has been earmarked for the {project}, the finance ministry said.
claim.budget: The budget for the {project} was put at {amt} in the latest plan.
claim.budget: Under the current plan, the {project} will cost {amt}.
claim.budget/+: The cost of the {project} has risen to {amt}{att}.
claim.deadline: {rule} is [scheduled|set|planned] for {amt}{att}.
claim.deadline: Under the current timetable, {rule} will {happen} {on}.
claim.deadline: {pfull} [agreed|decided] to [delay|hold off on] {rule} until {amt}.
claim.deadline: Officials [confirmed|set] {amt} as the [deadline|target date] for {rule}.
claim.deadline: {rule} is [due|expected] to {happen} {on}{att}.
claim.deadline: Negotiators have until {amt} to settle their differences over {rule}.
claim.deadline/=: The {amt} deadline for {rule} is approaching{att}.
claim.deadline/+: {rule} has been [postponed|pushed back] to {amt}{att}.
claim.year: {orgf}, [founded|established|set up] in {amt}, has faced crises before.
claim.year: {orgf} has been active since {amt}{att}.
claim.year: [Established|Founded|Created] in {amt}, {orgf} has [offices|staff] across {place}.
claim.year: {orgf} was [set up|founded|established] in {amt}, [according to its charter|records show].
claim.year: Since its [creation|founding] in {amt}, {orgf} has [rarely|seldom] faced such scrutiny.
claim.year: {orgf} dates back to {amt}{att}.
claim.year: In {amt}, [reformers|lawmakers] created {orgf} [after years of debate|to fill a gap].
quote.troops: We now have {amt} [troops|soldiers] on the ground, and we are ready to do more
quote.troops: Our mission counts {amt} [peacekeepers|troops], and they will stay as long as they are needed
quote.troops: There are {amt} [soldiers|troops] under {msn} command in {place} today
quote.deaths: We have confirmed {amt} deaths so far, and I fear the number will rise
quote.deaths: {amt} people have lost their lives, and our thoughts are with their families
quote.deaths: We have counted {amt} victims, and the search goes on day and night
quote.crowd/O: {amt} people came out {when} to say no to this reform
quote.crowd/O: We brought {amt} people onto the streets {when}, and next time there will be even more
quote.crowd/P: We counted {amt} participants {when}, and the march was largely peaceful
quote.countries/=: We are grateful to the {amt} countries that stand with us
quote.countries: {amt} countries have answered our call, and more are on their way
quote.countries: Today {amt} nations are part of this effort, which shows how much is at stake
quote.percent: When {amt} of {group} {pred}, nobody can pretend this is a small matter
quote.percent: {amt} of {group} {pred}, and we cannot ignore that
quote.budget: We are investing {amt} in the {project} because it matters for the next generation
quote.budget: The {project} will cost {amt}, and every cent will be accounted for
quote.deadline: {rule} will go ahead {on}, and there will be no further delay
quote.deadline: We expect {rule} to {happen} {on}, as agreed
quote.year: {orgf} has served this country since {amt}, and it will not stop now
quote.year: We have been here since {amt}, and we are not going anywhere
pair: The {msn} [includes|comprises|brings together] {amt} [troops|soldiers] from {amt2} countries{att}.
pair: {amt} [troops|peacekeepers] from {amt2} [countries|nations] serve in the {msn}.
qform: {o}{q},{c} {name} told [reporters|a news conference|journalists][ in {city}| on {weekday}|].
qform: {o}{q},{c} {name} said.
qform: {o}{q},{c} said {full}, {role}.
qform: {name} told [a news conference|reporters|state television]: {o}{q}.{c}
qform: {o}{q},{c} {name} [said in a statement|wrote on social media|added].
title.mission: {alliance} ready to send more troops to {place} in case of fresh unrest
title.mission: {place} and {rival} [agree to|edge towards] new talks as peacekeepers step up patrols
title.mission: {lps} warns of [dangerous|serious] escalation in {place}
title.disaster: Death toll climbs after {disaster} [strikes|hits] {region}
title.disaster: Rescuers race against time in {region} after {disaster}
title.disaster: {place} appeals for international help after deadly {disaster}
title.protest: Crowds march in {city} against the {reform}
title.protest: Police and organisers clash over turnout at {city} protest
title.protest: {union} vows to keep up pressure over the {reform}
title.project: {project} [costs soar|budget balloons] as deadline slips
title.project: Auditors [question|criticise] spending on the {project}
title.project: Work on the {project} [resumes|stalls] amid funding dispute
lead.mission: {alliance} will increase its presence in {place} if tensions with {rival} escalate, {lp} said on {weekday}[, ahead of new talks between the rivals|, as envoys prepared for new talks].
lead.mission: {lp} [warned|cautioned] on {weekday} that the dispute between {place} and {rival} could [spiral out of control|turn violent].
lead.disaster: Rescue teams searched through the night for survivors of the {disaster} that struck {region}, {lp} said on {weekday}.
lead.disaster: {lp} on {weekday} [appealed for calm|promised swift help] as the full scale of the {disaster} in {region} became clear.
lead.protest: Protesters returned to the streets of {city} on {weekday} as opposition to the {reform} grew, and {lp} [urged|called for] restraint.
lead.protest: {lp} said on {weekday} the government would not back down over the {reform}, despite [mounting|growing] protests.
lead.project: {lp} on {weekday} defended the {project} against [mounting criticism|a damning audit] over costs and delays.
lead.project: The {project} faced fresh questions on {weekday} after {lp} [admitted|conceded] that work was behind schedule.
fill.generic: It was not immediately clear [how|when|whether] the [authorities|government] would respond. The [ministry|government] did not respond to a request for comment.
fill.generic: [Critics|Opposition lawmakers|Rights groups] accused the government of [mishandling|playing down|politicising] the [crisis|situation|issue]. The [opposition|main opposition party] called for an independent inquiry.
fill.generic: [Talks|Negotiations] are expected to [resume|continue] [next week|later this month|in the coming days]. Further [meetings|consultations] are planned [in {city}|in the capital] [before the end of the month|next week].
fill.generic: {lps} [urged|called for] calm and said the authorities would [work closely with|consult] [international partners|local leaders|neighbouring governments]. {lps}'s office said [further measures|more details] would be announced [in due course|shortly].
fill.generic: The situation remained [tense|calm but fragile|uncertain] [on {weekday}|overnight|this week]. [Residents|Local people|Shopkeepers] in {city} said they [feared more trouble|expected a long recovery|wanted quick answers].
fill.generic: The [office of the prime minister|presidency] said it was following developments closely. [Foreign governments|Observers] have urged all sides to [show restraint|avoid inflammatory statements|keep talking].
fill.generic: [Analysts|Observers] say the [dispute|crisis|row] has exposed deep divisions [in {place}|within the government]. The [issue|crisis] has dominated [the front pages|political debate] [for weeks|since the start of the month].
fill.generic: Independent verification of the [reports|figures|claims] was not possible. [Social media|Online forums] were flooded with [rumours|unverified claims|videos] about the [events|situation] in {city}.
fill.generic: [Local media|State television|Radio stations in {city}] broadcast [images|footage] of [crowded streets|damaged buildings|long queues]. “[We need answers, not promises|This cannot go on|We are doing everything we can],” {ptitle} said.
fill.generic: [Envoys|Diplomats] from [neighbouring states|the region|abroad] [arrived in|travelled to] {city} [on {weekday}|this week]. Questions remain over [who is responsible|how the decision was taken|what happens next], [critics say|according to opposition figures].
fill.generic: A [government spokesperson|senior official] [declined to comment|said the matter was under review] when asked about the [reports|criticism]. [Business leaders|Trade groups] warned that the [uncertainty|crisis] was [hurting investment|scaring off visitors].
fill.generic: [Church leaders|Community elders|Student groups] in {city} called for [dialogue|calm|an end to the dispute] and offered to act as mediators.
fill.generic: [Ministers|Senior officials] are due to brief [lawmakers|parliament] on the [situation|latest developments] [later this week|on {weekday}]. The session is expected to be [heated|closed to the public].
fill.generic: [Aid groups|Charities|Rights organisations] said they were [monitoring the situation|ready to help] and urged the authorities to [keep them informed|allow access].
fill.generic: [Newspapers|Commentators] in {city} were divided over the [government's handling of the crisis|way forward]. Some called for [early elections|a change of course], others for patience.
fill.generic: The [matter|dispute] is expected to come up when [regional leaders|foreign ministers] meet [next month|later this month]. Officials declined to say what would be on the agenda.
fill.mission: {rival} denies stoking tensions and accuses {place} of [ignoring|trampling on] the rights of its minority. The foreign ministry of {rival} [summoned|criticised] the envoy of {place} over the [latest incidents|arrests].
fill.mission: The {msn} said it stood ready to [deploy reserve forces|increase its presence|act] if stability was [threatened|jeopardised]. “[We are vigilant and ready to act|We will not allow violence to return|Stability is our priority],” {ptitle} said.
fill.mission: [Roadblocks|Barricades] went up in the north [after|following] [the arrests|a shooting incident|weeks of unrest]. Members of the {minority} minority [sounded sirens|held vigils|blocked a bridge] in protest against the planned measures.
fill.mission: {alliance} has kept a peacekeeping force in {place} since the end of the war with {rival}. {place} and {rival} have agreed to settle their differences through talks brokered by {alliance}.
fill.mission: Patrols were stepped up along the boundary line [near|around] {city}. Convoys of the {msn} were seen moving [towards the north|along the main highway] [on {weekday}|overnight], witnesses said.
fill.mission: Officials in {rival} said they [did not recognise|rejected] the authority of the government in {city}.
fill.mission: Residents of the north said they felt [caught in the middle|abandoned by both capitals]. Many have relatives on both sides of the boundary line.
fill.mission: {rival} has repeatedly accused the {msn} of [bias|failing to protect the minority], a charge the mission rejects.
fill.disaster: Rescue teams [worked through the night|dug with their bare hands|used sniffer dogs] to reach people trapped under collapsed buildings. [Aftershocks|Heavy rain|Strong winds] [hampered|slowed] the effort in {region}.
fill.disaster: [Survivors|Families] [spent the night|slept] in [tents|cars|school gyms] as [temperatures dropped|rain continued]. The {agency} [appealed for|called for] [blood donations|tents and blankets|clean water].
fill.disaster: Roads [into|across] {region} were [blocked by debris|washed away|closed], [slowing|delaying] aid deliveries. [Mobile networks|Power lines] were [still down|only partly restored], leaving families without news.
fill.disaster: Hospitals in {city} were [overwhelmed|struggling to cope] with the injured. [Volunteers|Neighbours] [handed out|distributed] [food|blankets|drinking water] [outside|near] the town hall.
fill.disaster: Engineers warned that [damaged bridges|weakened buildings] could [collapse|give way] [at any time|without warning]. Experts said [poor building standards|a lack of early warnings] had made the {disaster} worse.
fill.disaster: The {agency} said search teams were focusing on [the worst-hit villages|collapsed apartment blocks|remote valleys] where help had yet to arrive.
fill.disaster: Survivors described [a deafening roar|the ground shaking for what felt like minutes|water rising within moments]. Many fled with nothing but the clothes they were wearing.
fill.disaster: Engineers said the damage in {region} would take [years|a long time] to repair. The government promised to rebuild [schools|homes|bridges] first.
fill.protest: Riot police [used tear gas|fired water cannon] [near|outside] the parliament building. Most of the demonstrations passed off peacefully, [police said|according to observers].
fill.protest: The government says the {reform} is needed to [balance the books|keep public finances stable|modernise the economy]. Opposition parties [joined|backed] the protests and demanded that it be withdrawn.
fill.protest: The {union} has called for [new strikes|further marches|a general strike] [next week|later this month]. “[The streets have spoken|We will not give up|This reform must go],” {ptitle} said.
fill.protest: [Shops|Banks|Schools] in central {city} [stayed closed|closed early] as the march passed. Traffic was [disrupted|brought to a standstill] for [hours|most of the day].
fill.protest: Protesters carried banners [reading|with slogans such as] “[Not in our name|Hands off our future|Listen to the streets]”. The {movement} [said|insisted] it would keep protesting until the {reform} was [scrapped|withdrawn].
fill.protest: [Ministers|Government officials] [accused|criticised] the organisers of [exaggerating|inflating] the turnout and of stirring up anger.
fill.protest: Organisers said they had [applied for|been refused] permission to march past the parliament building. Police said the route had been agreed in advance.
fill.protest: The {reform} was approved by the cabinet [earlier this year|last month] and still needs a vote in parliament. Some deputies from the ruling party have voiced doubts.
fill.project: Auditors have criticised [delays|cost overruns|weak oversight] on the {project}. Opposition lawmakers have demanded [a parliamentary inquiry|the publication of all contracts].
fill.project: Supporters say the {project} will [cut travel times|create jobs|boost exports] [across {place}|in the region]. It is [a flagship|the centrepiece] of the government's [investment plan|infrastructure programme].
fill.project: {company} said it [was on track|still expected] to deliver the {project} [as promised|within the agreed budget]. Contractors blamed [rising material prices|supply problems|bad weather] for the [delays|extra costs].
fill.project: Residents along the planned route have complained about [noise|dust|compulsory purchases]. The finance ministry said [funding|financing] for the {project} was secure.
fill.project: The {project} has been [dogged|plagued] by [legal challenges|disputes with contractors|planning delays] [since work began|from the start]. [Engineers|Inspectors] [found|reported] [defects|cracks|design flaws] on parts of it, documents show.
fill.project: The {project} was first proposed [many years ago|long ago] and has changed hands between [governments|contractors] since. Critics call it a [white elephant|vanity project].
fill.project: Local councils along the route have [welcomed|questioned] the {project}, citing [jobs|traffic|the environment].
noise.hm: [Shortly after|At|Around] {hm} GMT, [sirens sounded in|a convoy left|the first reports came from] {city}.
noise.hm: The [ministry|agency|mission] said it would publish [an update|further details] at {hm} local time.
noise.age: {pname}, a {age}-year-old [teacher|shopkeeper|driver|nurse|retired engineer] from {city}, said [she|he] had [never seen anything like it|not slept for days].
noise.age: “[We are tired|We just want answers|Nobody told us anything],” said {pname}, {age}, [a mother|a farmer|a bus driver] from {city}.
noise.street: [A crowd gathered|Police cordoned off the area|Volunteers set up a kitchen] outside the building at {street} [Harbour Road|Station Street|Market Lane|Canal Street] in {city}.
noise.phone: [Relatives|Residents] seeking information can call the hotline on (0{area}) {phone}.
noise.2 sides: Diplomats said the 2 sides [still disagree on almost everything|remain far apart].
footer: (Reporting by {r1}; Editing by {r2})
footer: Give Feedback
footer: RELATED ARTICLES
footer: (This story has not been edited by {outlet} staff and is auto-generated from a syndicated feed.)
""")
NOISE = [(k[6:], t) for k, ts in TPL.items() if k.startswith("noise.") for t in ts]


# ---------------------------------------------------------------------------------- numbers and dates
def cap(s): return s[:1].upper() + s[1:]
def iso(o): return dt.date.fromordinal(o).isoformat()
def num(x): return int(round(x)) if abs(x - round(x)) < 1e-9 else round(x, 4)
def floor_to(v, u): return math.floor(v / u + 1e-9) * u
def ceil_to(v, u): return math.ceil(v / u - 1e-9) * u
def word(n): return ONES[n] if n < 20 else TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")

def show(s, v):
    return iso(v) if s.kind == "deadline" else f"{v:g}%" if s.kind == "percent" else str(v) if s.kind == "year" else f"{v:,}"

def unit(v, pct=False, fine=False):
    """Rounding step: two significant digits; 5 for two-digit values (1 if fine); 0.5 for small percentages."""
    return (.5 if pct else 1) if v < 10 else (1 if fine else 5) if v < 100 else 10 ** (len(str(int(v))) - 2)

def bounds(q, s):
    """low, high allowed by qualifier q on stated figure s."""
    return {"exact": (s, s), "approx": (num(s * .95), num(s * 1.05)), "close_to": (num(s * .9), s),
            "more_than": (s, None), "at_least": (s, None)}.get(q, (None, s))

def stated(v, q, u):
    """The round figure a truthful report with qualifier q gives for true value v."""
    if q == "approx":
        s = math.floor(v / u + .5) * u
        return s if abs(s - v) <= .05 * s else v
    if q in ("close_to", "less_than"): return ceil_to(v, u) + u * (ceil_to(v, u) == v)
    if q == "more_than": return floor_to(v, u) - u * (floor_to(v, u) == v)
    return ceil_to(v, u) if q == "up_to" else floor_to(v, u) if q == "at_least" else v

def num_text(x, kind, style, mult):
    if kind == "percent": return f"{x:g}"
    if kind == "budget": return f"{x / 1e9:g}{mult[0]}" if x >= 1e9 else f"{x / 1e6:g}{mult[1]}"
    if style == "words" and 2 <= x <= 99: return word(int(x))
    if x >= 10 ** 6 and x % 10 ** 5 == 0: return f"{x / 1e6:g} million"
    return str(int(x)) if style == "plain" and x < 10000 else f"{int(x):,}"

def figure(rng, kind, v, q, noun_after, mis, cur):
    """How an article words true value v: (text, anchor, value, low, high, qualifier)."""
    pct, money = kind == "percent", kind == "budget"
    words_ok = noun_after and not (pct or money)
    if mis:  # planted misreport: 8-30% off, rounded away from the truth
        m = v * (1 + rng.choice((-1, 1)) * rng.uniform(.08, .3))
        u, q = unit(m, pct, True), rng.choice(("exact", "approx"))
        v = ceil_to(m, u) if m > v else max(floor_to(m, u), 1)
    elif words_ok and q in ("approx", "at_least", "more_than") and rng.random() < .25:
        opts = [w for w in list(VAGUE)[2:] if VAGUE[w] <= v < 10 ** len(str(VAGUE[w]))]
        if opts:
            w = rng.choice(opts)
            return w + " of" * (not w.startswith("several")), w, VAGUE[w], VAGUE[w], None, "at_least"
    elif words_ok and q == "exact" and v in (12, 24) and rng.random() < .5:
        w = "a dozen" if v == 12 else "two dozen"
        return w, w, v, v, v, "exact"
    u, (pre, post) = unit(v, pct), cur if money else ("", "")
    style = "words" if not (pct or money) and rng.random() < .4 else rng.choice(("plain", "comma", "comma"))
    mult = (rng.choice((" billion", "bn")), rng.choice((" million", "m")))
    sfx = rng.choice(("%", " percent", " per cent")) if pct else ""
    if q == "range" and floor_to(v, u) - u > 0:
        a, b = floor_to(v, u) - u * rng.randint(0, 1), ceil_to(v, u) + u * rng.randint(0, 1)
        b += u * (a == b)
        style = "plain" if style == "words" and b > 99 else style
        A, B = num_text(a, kind, style, mult), num_text(b, kind, style, mult)
        form = rng.randrange(3 if A[0].isdigit() else 2)
        anchor = (f"{A} and {B}", f"{A} to {B}", f"{A}-{B}")[form] + sfx
        return "between " * (form == 0) + anchor, anchor, num((a + b) / 2), num(a), num(b), "range"
    q = "exact" if q == "range" else q
    s = v if mis else stated(v, q, u)
    low, high = bounds(q, s)
    if not mis and not ((low is None or low <= v) and (high is None or v <= high)):
        s, q, low, high = v, "exact", v, v
    t = num_text(s, kind, style, mult)
    bare = money or t.endswith("million")  # "1.8 million", "$2bn" are rounded: approx
    plain = q == "exact" or (bare and q == "approx" and rng.random() < .35)
    if bare and q == "exact":
        q, (low, high) = "approx", bounds("approx", s)
    qp, qs = ("", "") if plain else rng.choice(QP[kind][q])
    return qp + pre + t + sfx + post + qs, t + sfx, num(s), low, high, q

def date_figure(rng, D, d, q):
    """Deadline D as written on day d: (text, anchor, 'on'-phrase, qualifier, lo, hi)."""
    dd = dt.date.fromordinal(D)
    m, year = MONTHS[dd.month - 1], f" {dd.year}" if D - d > 300 or rng.random() < .2 else ""
    if q == "approx" and (dd.day in (1, 15) or dd.day == calendar.monthrange(dd.year, dd.month)[1]):
        mid = dd.day == 15
        a = ("mid-" + m if mid else (rng.choice(("start", "beginning")) if dd.day == 1 else "end") + " of " + m) + year
        lo, hi = {1: (0, 9), 15: (-5, 5)}.get(dd.day, (-9, 0))
        return a if mid else "the " + a, a, ("in " if mid else "at the ") + a, "approx", D + lo, D + hi
    a = rng.choice((f"{m} {dd.day}", f"{dd.day} {m}", f"{AP_MONTHS[dd.month - 1]} {dd.day}"))
    a += year if a[0].isdigit() else year and "," + year
    return a, a, "on " + a, "exact", D, D

def tok_pos(low, a, noise=False):
    """Positions of a in low as a whole figure, not inside a longer number or word. noise=True applies score.py's
    test for noise strings instead: (?<![\\w.,])a(?!\\w)."""
    out, i = [], low.find(a)
    while i >= 0:
        j = i + len(a)
        before = i and (low[i - 1].isalnum() or low[i - 1] in (".,_" if noise else ".,-"))
        after = j < len(low) and (low[j].isalnum() or (low[j] == "_" if noise else low[j] == "-" or
                                                       low[j] in ".," and low[j + 1:j + 2].isdigit()))
        if not before and not after: out.append(i)
        i = low.find(a, i + 1)
    return out


# ---------------------------------------------------------------------------------- stories and true values
def series(rng, kind, t0, t1, up=False):
    """A subject's true values: (change dates, values); values[i] holds from changes[i] on."""
    if kind == "deaths":  # the toll rises over the first weeks, sometimes revised months later
        ch = [t0 + x for x in [0] + sorted(rng.sample([1, 2, 3, 5, 8, 13, 21], rng.randint(3, 6)))]
        vals, r = [rng.randint(3, 40)], rng.uniform(3, 60) ** (1 / (len(ch) - 1))
        for _ in ch[1:]: vals.append(max(round(vals[-1] * r), vals[-1] + 1 + vals[-1] // 10))
        if rng.random() < .5 and t0 + 200 < t1:
            ch.append(t0 + rng.randint(100, 200))
            vals.append(round(vals[-1] * rng.uniform(1.1, 1.3)))
        return ch, vals
    if kind == "crowd":  # rallies 100-200 days apart, each with a (police, organisers) figure
        ch, vals, t, p = [], [], t0 + rng.randint(5, 40), rng.randrange(2000, 60000, 500)
        while t < t1 - 12:
            ch.append(t)
            vals.append((p, ceil_to(p * rng.uniform(1.8, 3.5), unit(p * 3))))
            p = max(1000, floor_to(p * rng.choice((rng.uniform(1.25, 1.8), rng.uniform(.55, .8))), 500))
            t += rng.randint(100, 200)
        return ch, vals
    if kind == "deadline":  # postponed a few days before it falls due; deadlines like 1sts, 15ths and month ends
        def nice(o):
            d, r = dt.date.fromordinal(o), rng.random()
            if r < .3: return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1).toordinal()
            return d.replace(day=15 if r < .45 else calendar.monthrange(d.year, d.month)[1]).toordinal() if r < .6 else o
        ch, vals = [t0], [nice(t0 + rng.randint(40, 150))]
        while (a := vals[-1] - rng.randint(5, 25)) >= ch[-1] + 45 and a <= t1:
            ch.append(a)
            vals.append(nice(vals[-1] + rng.randint(30, 120)))
        return ch, vals
    if kind == "year": return [t0], [dt.date.fromordinal(t0).year - rng.randint(3, 40)]
    ch = [t0]  # step changes at least 120 days apart, none in the last 90 days
    for _ in range(rng.randint(*{"troops": (1, 3), "budget": (1, 2)}.get(kind, (0, 2)))):
        lo = ch[-1] + (60 if len(ch) == 1 else 120)
        if lo > t1 - 90: break
        ch.append(rng.randint(lo, min(t1 - 90, lo + 240)))
    step = lambda: rng.uniform(1.15, 1.6) if up or rng.random() < .5 else rng.uniform(.62, .87)
    v = {"troops": lambda: rng.randrange(1500, 15000, 50), "countries": lambda: rng.randint(8, 36),
         "budget": lambda: rng.randint(12, 95) * 10 ** rng.choice((7, 8, 9)),
         "percent": lambda: rng.randint(10, 70) if rng.random() < .5 else round(rng.uniform(2.5, 9.9), 1)}[kind]()
    vals = [v]
    for _ in ch[1:]:
        if kind == "troops": v = max(500, round(v * step() / 50) * 50)
        elif kind == "countries": v = max(5, v + rng.choice((-1, 1)) * max(2, round(v * rng.uniform(.1, .25))))
        elif kind == "budget":
            v = v * rng.uniform(1.15, 1.6)
            v = int(round(v, 3 - len(str(int(v)))))  # three significant digits
        else: v = min(95, v * step()); v = round(v) if v >= 10 else round(v, 1)  # noqa: E702
        vals.append(v)
    return ch, vals

def make_story(rng, i, place, rival):
    theme = list(THEMES)[i % 4]
    th, (city, city2), pick = THEMES[theme], rng.sample(POOL["city"], 2), lambda k: rng.choice(POOL[k])
    sl = {k: pick(k) for k in ("minority", "alliance", "disaster", "reform", "square", "agency", "union", "movement")}
    sl.update(place=place, rival=rival, city=city, city2=city2, region=pick("region") + " " + place,
              company=pick("company").format(place=place, last=pick("last")), msn_full=pick("msn_full").format(place=place),
              project="reconstruction programme" if theme == "disaster" else f"{city2} {pick('work')}")
    sl["msn"] = "".join(w[0] for w in sl["msn_full"].split() if w[0].isupper())
    rule, sl["happen"] = rng.choice([r.split(": ") for r in th["rules"].split("; ")])
    sl["rule"] = rule.format(**sl)
    sl.update({k: th[k].format(**sl) for k in ("rate", "group", "pred", "stats", "orgf", "src", "effort", "contrib")})
    people = []
    for spec, first, last in zip(th["people"].split("; "), rng.sample(POOL["first"], 5), rng.sample(POOL["last"], 5)):
        titles, role = spec.split(": ")
        j = rng.randrange(1, len(last) - 1)  # misspellings: a letter dropped, doubled or replaced by a vowel
        miss = [f"{first} {x}" for x in (last[:j] + last[j + 1:], last[:j] + last[j] + last[j:],
                                           last[:j] + rng.choice("aeiou") + last[j + 1:]) if x != last]
        people.append(NS(title=rng.choice(titles.split("/")), full=f"{first} {last}", surname=last,
                         role=role.format(**sl), miss=miss))
    t0 = dt.date(2019, 1, 1).toordinal() + rng.randint(0, 5 * 365)
    t1, kinds = t0 + rng.randint(300, 900), th["kinds"].split()
    subjects = [NS(key=f"{place.lower().replace(' ', '_')}_{k}", kind=k, unit=KINDS[k][0], main=k == kinds[0],
                   label=cap(LABELS[k].format(**sl))) for k in [kinds[0]] + rng.sample(kinds[1:], rng.randint(1, 3))]
    for s in subjects: s.changes, s.values = series(rng, s.kind, t0, t1, up=theme == "project")
    return NS(theme=theme, slots=sl, people=people, t0=t0, t1=t1, subjects=subjects, weight=rng.uniform(.5, 1.5),
              cur=rng.choice(CURRENCIES), events=sorted({c for s in subjects for c in s.changes if c <= t1}),
              **{k: [people[int(c)] for c in th.get(k, "")] for k in ("speak", "police", "organisers")})

def active(s, d):
    """The segment of s's true values that an article of day d may report, or None."""
    seg = bisect.bisect_right(s.changes, d) - 1
    if s.kind == "crowd": return seg if seg >= 0 and d - s.changes[seg] <= 12 else None
    if seg < 0 or (s.kind == "deadline" and s.values[seg] <= d): return None
    quiet = s.kind != "deaths" and seg + 1 < len(s.changes) and s.changes[seg + 1] - d <= 30
    return None if quiet else seg


# ---------------------------------------------------------------------------------- articles
Rec = namedtuple("Rec", "subj as_of lo hi mis seg src amt shared pub file outlet origin")

def name_of(rng, p, lead):
    """A source as named: full name, surname once introduced, sometimes misspelt; full if syndicated (no lead)."""
    if lead is None: return p.full
    return rng.choice(p.miss) if rng.random() < .06 else p.surname if p is lead and rng.random() < .5 else p.full

def make_claim(rng, st, s, seg, d, sl, sloppy, lead, src=None, pair=None, quote=None):
    """A sentence or quote paragraph stating subject s (and pair's countries in a troops sentence).
    Returns (text, claim dicts, record fields)."""
    mis = s.kind != "crowd" and not quote and not pair and rng.random() < sloppy
    quote = (not mis and not pair and rng.random() < .3) if quote is None else quote
    as_of, extra, speaker, tv = d, {"att": ""}, None, s.values[seg]
    if s.kind == "crowd":
        src, as_of = src or rng.choice("PO"), s.changes[seg]
        tv, rd = tv[src == "O"], dt.date.fromordinal(as_of)
        extra["when"] = "on " + (WEEKDAYS[rd.weekday()] if d - as_of <= 6 and rng.random() < .6 else
                                 rng.choice((f"{rd.day} {MONTHS[rd.month - 1]}", f"{MONTHS[rd.month - 1]} {rd.day}")))
    tpl = rng.choice(TPL["pair"] if pair else [t for t in TPL[("quote." if quote else "claim.") + s.kind]
                                               if ("+" not in t[0] or seg) and (s.kind != "crowd" or src in t[0])])
    items = [(s, seg, tv, "exact" if "=" in tpl[0] else rng.choice(QW[s.kind]), "amt")]
    if pair: items.append((pair[0], pair[1], pair[0].values[pair[1]], rng.choice(QW["countries"]), "amt2"))
    claims, recs = [], []
    for subj, sg, v, q, slot in items:
        if subj.kind == "deadline":  # a misreported deadline is 12-40 days off and still ahead
            D = v + (rng.choice((-1, 1)) * rng.randint(12, 40) if mis else 0)
            D = D if D > d + 1 else 2 * v - D
            text, anchor, extra["on"], q, lo, hi = date_figure(rng, D, d, q)
            value, low, high = iso(D), None, None
        elif subj.kind == "year":
            value = low = high = lo = hi = v + (rng.choice((-1, 1)) * rng.randint(1, 5) if mis else 0)
            text = anchor = str(value)
        else:
            text, anchor, value, low, high, q = figure(rng, subj.kind, v, q, tpl[2], mis, st.cur)
            lo, hi = -math.inf if low is None else low, math.inf if high is None else high
        extra[slot] = text
        claims.append({"subject": subj.key, "anchor": anchor, "value": value, "low": low, "high": high,
                       "qualifier": q, "unit": subj.unit, "as_of": iso(as_of)})
        recs.append([subj.idx, as_of, lo, hi, mis, sg, src or "", text.removesuffix(" of")])
    if quote:
        p = rng.choice(st.police if src == "P" else st.organisers if src == "O" else st.speak)
        name, (o, c), speaker = name_of(rng, p, lead), rng.choice((("“", "”"), ('"', '"'))), p.full
        name = f"{p.title} {name}" if p.title and name == p.full and rng.random() < .4 else name
        text = fill(rng, rng.choice(TPL["qform"]), {**sl, "o": o, "c": c, "name": name, "full": p.full, "role": p.role,
                                                   "q": cap(fill(rng, tpl, {**sl, **extra}))})
    else:
        if tpl[3] and rng.random() < .25:  # attributed to an institution
            extra["att"] = ", " + rng.choice(("officials said", "according to official figures", "a spokesperson said",
                                              "according to " + sl["src"]))
        elif tpl[3] and rng.random() < .33:  # or to a named person
            p = rng.choice(st.speak)
            speaker, fmt = p.full, rng.choice((", {} said", ", {} told reporters", ", according to {}"))
            extra["att"] = fmt.format(name_of(rng, p, lead))
        text = cap(fill(rng, tpl, {**sl, **extra}))
    for c, (subj, _, v, _, _) in zip(claims, items):
        if speaker: c["speaker"] = speaker
        if mis: c["note"] = f"planted misreport: true value {show(subj, v)}"
        pos = tok_pos(text.lower(), c["anchor"].lower())
        if pos: c["anchor"] = text[pos[0]:pos[0] + len(c["anchor"])]  # as written: capitalised at a sentence start
    return text, claims, recs

def make_article(rng, st, d, oi, sloppy, shared):
    """One article of story st published on day d by outlet oi, with the syndicated paragraph `shared` if any.
    Returns (text, claims, record fields, noise, date evidence)."""
    outlet, dd, pool = OUTLETS[oi], dt.date.fromordinal(d), TPL["fill." + st.theme] + TPL["fill.generic"]
    who = lambda: f"{rng.choice(POOL['first'])} {rng.choice(POOL['last'])}"
    for attempt in range(8):  # redraw until every anchor occurs exactly once
        lead_p = rng.choice(st.speak)
        other = rng.choice([p for p in st.people if p is not lead_p and p not in st.police])  # quoted in filler
        sl = {**st.slots, "weekday": WEEKDAYS[dd.weekday()], "lps": lead_p.surname, "pfull": other.full,
              "lp": f"{lead_p.title} {lead_p.full}" if lead_p.title else f"{lead_p.full}, {lead_p.role},",
              "ptitle": f"{other.title} {other.full}".strip()}
        act = [(s, seg) for s in st.subjects if not (shared and s is shared[3]) and (seg := active(s, d)) is not None]
        chosen = [x for x in act if rng.random() < (.9 if x[0].main else .3 if x[0].kind == "year" else .55)] or act[:1]
        kinds = {s.kind: (s, seg) for s, seg in chosen}
        pair = kinds.get("countries") if "troops" in kinds and rng.random() < .4 else None
        paras, claims, recs, noise = [], [], [], []
        for s, seg in chosen:
            for src in (["P", "O"] if s.kind == "crowd" and rng.random() < .35 else [None]):
                if pair and s.kind == "countries": continue  # stated in the troops sentence
                p, c, r = make_claim(rng, st, s, seg, d, sl, sloppy, lead_p, src, pair if s.kind == "troops" else None)
                paras.append(p)
                claims += c
                recs += [x + [False] for x in r]
        sents, picks = list(paras), rng.sample(pool, len(pool))  # each filler at most once
        nxt = lambda: cap(fill(rng, picks.pop(), sl))
        paras = [p + " " + nxt() if rng.random() < .6 and picks else p for p in paras]
        body = [" ".join(nxt() for _ in range(min(len(picks), rng.randint(1, 2)))) for _ in range(rng.randint(9, 13))]
        body = [b for b in body if b]
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):  # numbers that are not claims
            key, tpl = rng.choice(NOISE)
            v = {"hm": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "age": str(rng.randint(19, 88)), "pname": who(),
                 "street": str(rng.randint(100, 989)), "area": rng.randint(10, 99), "phone": f"555-0{rng.randint(100, 199)}"}
            body[rng.randrange(len(body))] += " " + cap(fill(rng, tpl, {**sl, **v}))
            noise.append(v.get(key, key))
        body += paras
        rng.shuffle(body)
        if shared:
            body.insert(rng.randrange(len(body) + 1), shared[0])
            claims += [dict(c) for c in shared[1]]
            recs += [r + [True] for r in shared[2]]
            sents.append(shared[0])
        r = rng.random()  # the page's foot
        if r < .3: body.append(fill(rng, rng.choice(TPL["footer"]), {"outlet": outlet, "r1": who(), "r2": who()}))
        elif r < .4: body, noise = body + [f"© {dd.year} {outlet}"], noise + [str(dd.year)]
        elif r < .5: body, noise = [f"{int(r * 90) - 34} min read"] + body, noise + [f"{int(r * 90) - 34} min"]
        lead = cap(fill(rng, rng.choice(TPL["lead." + st.theme]), sl))
        if rng.random() < .03 and " the " in lead:  # a stray footnote digit glued to a word
            lead, noise = lead.replace(" the ", " 1the ", 1), noise + ["1the"]
        ev, head, nz = rng.choice(LAYOUTS)
        t1, t2 = sorted(f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}" for _ in "ab")
        h = dict(iso=dd.isoformat(), mon=MONTHS[dd.month - 1], day=dd.day, year=dd.year, wd=WEEKDAYS[dd.weekday()],
                 dmy=dd.strftime("%d-%m-%Y"), t1=t1, t2=t2, outlet=outlet, lead=lead, section=rng.choice(POOL["section"]),
                 title=cap(fill(rng, rng.choice(TPL["title." + st.theme]), sl)), dateline=sl["city"].upper(), reporter=who())
        h["ev"] = ev.format(**h)
        text = "\n\n".join([head.format(**h)] + body) + "\n"
        ok = [len(tok_pos(text.lower(), c["anchor"].lower())) == 1 for c in claims]
        if all(ok) or attempt == 7:
            noise = [x for x in dict.fromkeys(nz.format(**h).split() + noise)
                     if x in text and not any(tok_pos(s.lower(), x.lower(), True) for s in sents)]
            return text, [c for c, k in zip(claims, ok) if k], [x for x, k in zip(recs, ok) if k], noise, h["ev"]


# ---------------------------------------------------------------------------------- expected findings
def findings(rng, subjects, recs, n):
    """Expected findings as described in the module docstring, at most about 2,000."""
    truth, groups, out, cnt = defaultdict(list), defaultdict(list), {}, Counter()
    for r in recs:
        if not r.mis: truth[r.subj].append(r)
        if r.shared: groups[r.origin, r.subj].append(r)
    for lst in truth.values(): lst.sort(key=lambda r: (r.pub, r.file))
    pubs = {k: [r.pub for r in v] for k, v in truth.items()}
    disjoint = lambda a, b: a.hi < b.lo or b.hi < a.lo
    same = lambda a, b: a.seg == b.seg and a.src == b.src and a.file != b.file  # same true value, another file
    true_of = lambda r: show(subjects[r.subj], subjects[r.subj].values[r.seg][r.src == "O"] if r.src else
                             subjects[r.subj].values[r.seg])

    def near(r, days, ok):  # the truthful claim on r's subject nearest in time, within `days`, that passes ok
        lo, hi = bisect.bisect_left(pubs[r.subj], r.pub - days), bisect.bisect_right(pubs[r.subj], r.pub + days)
        return min((t for t in truth[r.subj][lo:hi] if ok(t)), key=lambda t: (abs(t.pub - r.pub), t.file), default=None)

    def add(kind, a, b, why):
        if (kind, a.subj, a.file, b.file) not in out:
            cnt[kind] += 1
            out[kind, a.subj, a.file, b.file] = {"kind": kind, "subject": subjects[a.subj].key,
                                                 "files": [f"{a.file:06d}.txt", f"{b.file:06d}.txt"], "why": why}
    for si, T_ in truth.items():  # police vs organisers about one rally
        for p in (rng.sample(T_, len(T_)) if subjects[si].kind == "crowd" else []):
            o = p.src == "P" and cnt["discrepancy"] < 200 and near(
                p, 14, lambda t: t.src == "O" and t.seg == p.seg and t.file != p.file and disjoint(t, p))
            if o: add("discrepancy", p, o, f"police '{p.amt}' ({OUTLETS[p.outlet]}) vs organisers '{o.amt}' "
                                           f"({OUTLETS[o.outlet]}) for the {iso(p.as_of)} rally")
    mis = [r for r in recs if r.mis and r.subj in truth]
    for m in rng.sample(mis, len(mis)):
        t = cnt["discrepancy"] < 1200 and near(m, 14, lambda t: same(t, m) and disjoint(t, m))
        if t: add("discrepancy", m, t, f"planted misreport: {OUTLETS[m.outlet]} '{m.amt}' ({iso(m.pub)}) vs '{t.amt}' "
                                       f"({iso(t.pub)}, {abs(t.pub - m.pub)} day(s) apart); true value {true_of(t)}")
    for si, T_ in rng.sample(list(truth.items()), len(truth)):  # per change point: truthful claims 90+ days apart
        T_ = sorted(T_, key=lambda r: (r.as_of, r.file))
        A = [r.as_of for r in T_]
        for j, c in enumerate(subjects[si].changes[1:], 1):
            for a in [r for r in T_ if r.seg == j - 1][::-1][:30]:
                k = bisect.bisect_left(A, max(c, a.as_of + 90))
                b = cnt["change"] < 500 and next((t for t in T_[k:k + 300] if t.seg >= j and t.src == a.src
                                                   and t.pub - a.pub >= 90 and disjoint(a, t)), None)
                if b:
                    add("change", a, b, f"'{a.amt}' ({iso(a.as_of)}) -> '{b.amt}' ({iso(b.as_of)}): true value "
                                        f"{true_of(a)} until {iso(c)}, then {true_of(b)} by {iso(b.as_of)}")
                    break
    cap_a, truthful = min(300, max(3, n // 25)), [r for r in recs if not r.mis]
    for t in rng.sample(truthful, min(len(truthful), cap_a * 5)):
        u = cnt["agreement"] < cap_a * 4 // 5 and near(t, 7, lambda u: same(u, t) and u.outlet != t.outlet
                                                       and u.origin != t.origin)
        if u: add("agreement", t, u, f"independent outlets agree on {true_of(t)}: '{t.amt}' ({iso(t.pub)}) and "
                                     f"'{u.amt}' ({iso(u.pub)})")
    for g in [g for g in groups.values() if len(g) > 1][:max(1, cap_a // 5)]:
        add("agreement", g[0], g[1], f"the same quote syndicated by {OUTLETS[g[0].outlet]} and {OUTLETS[g[1].outlet]} "
                                     f"on {iso(g[0].pub)}: one origin, not independent corroboration")
    return sorted(out.values(), key=lambda f: (("discrepancy", "change", "agreement").index(f["kind"]), f["files"]))


# ---------------------------------------------------------------------------------- generate
def generate(out, n, seed, k, gold_path):
    t_start, rng, stories, subjects = time.time(), Rng(seed), [], []
    places = rng.sample(POOL["place"], len(POOL["place"]))
    for i in range(k):  # beyond the list: "North Valdoria", ..., then numbered
        place = ("", "North ", "South ", "East ", "West ", "Upper ", "Lower ")[i // len(places) % 7]
        place += places[i % len(places)]
        place += f" {i // (7 * len(places))}" if i >= 7 * len(places) else ""
        stories.append(make_story(rng, i, place, places[(len(places) - 1 - i) % len(places)]))
        for s in stories[-1].subjects:
            s.idx = len(subjects)
            subjects.append(s)
    sloppy = [rng.choice((.02, .03, .05, .08, .12)) for _ in OUTLETS]  # misreport rate per outlet
    plans, cum = [], list(accumulate(st.weight for st in stories))
    while len(plans) < n:  # (story, day, outlet, syndication group); days cluster after news events
        st = stories[si := rng.choices(range(k), cum_weights=cum)[0]]
        d = min(st.t1, rng.choice(st.events) + int(rng.expovariate(.15))) if rng.random() < .6 else rng.randint(st.t0, st.t1)
        size = min(rng.choice((2, 2, 3)) if rng.random() < .1 else 1, n - len(plans))
        plans += [(si, d, o, len(plans) if size > 1 else -1) for o in rng.sample(range(len(OUTLETS)), size)]
    rng.shuffle(plans)
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if re.fullmatch(r"\d{6}\.txt", f) and int(f[:6]) >= n: os.remove(os.path.join(out, f))
    left, shared, recs, nbytes, nclaims = Counter(p[3] for p in plans if p[3] >= 0), {}, [], 0, 0
    with open(gold_path, "w", encoding="utf-8") as gold:
        gold.write(json.dumps({
            "corpus": f"synthetic: make_corpus.py --articles {n} --seed {seed} --stories {k}",
            "about": "Generated annotation of a synthetic corpus of invented stories. 'anchor' is the figure exactly as "
                     "written (once in the file); 'low'/'high' say what the wording allows (null = unbounded); 'as_of' is "
                     "when the figure held; 'note' marks planted misreports; 'noise' lists digit strings in the file that "
                     "are NOT claims. expected_findings are a deterministic sample.",
            "subjects": {s.key: s.label for s in subjects}}, ensure_ascii=False, indent=1)[:-2] + ',\n "articles": [\n')
        for i, (si, d, oi, grp) in enumerate(plans):
            st, sh = stories[si], None
            if grp >= 0:
                if grp not in shared:  # the syndicated quote paragraph, written once for the group
                    act = [(s, seg) for s in st.subjects if (seg := active(s, d)) is not None]
                    s, seg = rng.choice(act) if act else (None, 0)
                    sl = {**st.slots, "weekday": WEEKDAYS[dt.date.fromordinal(d).weekday()]}
                    shared[grp] = s and (*make_claim(rng, st, s, seg, d, sl, 0, None, quote=True), s)
                sh, left[grp] = shared[grp], left[grp] - 1
                if not left[grp]: del shared[grp]
            text, claims, rf, noise, ev = make_article(rng, st, d, oi, sloppy[oi], sh)
            fd = os.open(os.path.join(out, f"{i:06d}.txt"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            nbytes += os.write(fd, text.encode("utf-8"))
            os.close(fd)
            nclaims += len(claims)
            recs += [Rec(*r, pub=d, file=i, outlet=oi, origin=n + grp if r[8] else i) for r in rf]
            art = {"file": f"{i:06d}.txt", "date": iso(d), "date_evidence": ev, "claims": claims, "noise": noise}
            gold.write((",\n" if i else "") + "  " + json.dumps(art, ensure_ascii=False))
        found = findings(rng, subjects, recs, n)
        gold.write('\n ],\n "expected_findings": [\n' + ",\n".join("  " + json.dumps(f, ensure_ascii=False) for f in found)
                   + '\n ],\n "must_not_flag": []\n}\n')
    c = Counter(f["kind"] for f in found)
    print(f"wrote {n} articles ({nbytes / 1e6:.1f} MB) and {gold_path} for {out} in {time.time() - t_start:.1f} s: "
          f"{k} stories, {len(subjects)} subjects, {nclaims} claims ({sum(r.mis for r in recs)} planted misreports); "
          f"expected findings: "
          f"{c['discrepancy']} discrepancy, {c['change']} change, {c['agreement']} agreement")


# ---------------------------------------------------------------------------------- check
def parse_num(s):
    if s in VAGUE: return VAGUE[s]
    m = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?) ?(million|billion|bn|m)?", s)
    if m: return float(m[1].replace(",", "")) * MULT.get(m[2] or "", 1)
    return sum(WORDS[p] for p in s.split("-")) if all(p in WORDS for p in s.split("-")) else None

def parse_anchor(a, unit_):
    """A numeric anchor's value, or (low, high) for a range."""
    s = re.sub(r"\s*(%|per ?cent)", "", a.lower()) if unit_ == "percent" else a.lower()
    m = re.fullmatch(r"(.+?)(?: and | to |(?<=\d)-(?=\d))(.+)", s)
    return (parse_num(m[1]), parse_num(m[2])) if m else parse_num(s)

def parse_date(a):
    """(month, day, year or None) of a date anchor; day 0 = the end of the month."""
    m = re.fullmatch(r"(?:(start|beginning|end) of |(mid)-)([a-z]+)(?: (\d{4}))?", a.lower())
    if m: return MONTH3.get(m[3][:3]), 15 if m[2] else 0 if m[1] == "end" else 1, m[4] and int(m[4])
    m = re.fullmatch(r"([a-z]+)\.? (\d{1,2})(?:, (\d{4}))?|(\d{1,2}) ([a-z]+)(?: (\d{4}))?", a.lower())
    if m: return MONTH3.get((m[1] or m[5])[:3]), int(m[2] or m[4]), (m[3] or m[6]) and int(m[3] or m[6])

def claim_problem(c, pub, subjects):
    """What is wrong with one gold claim, or None."""
    q, v, lo, hi, a = c.get("qualifier"), c.get("value"), c.get("low"), c.get("high"), c["anchor"]
    if c.get("subject") not in subjects or q not in QUALS: return "unknown subject or qualifier"
    try:
        dt.date.fromisoformat(c["as_of"])
        D = dt.date.fromisoformat(v) if c.get("unit") == "date" else None
    except (KeyError, TypeError, ValueError) as e:
        return f"bad as_of or date value: {e}"
    if D:
        p = parse_date(a)
        ok = p and p[0] == D.month and (p[1] or calendar.monthrange(D.year, D.month)[1]) == D.day and (
            p[2] == D.year if p[2] else 0 < (D - pub).days <= 366)
        return None if ok and lo is None and hi is None else f"date anchor does not give {v}"
    x = parse_anchor(a, c.get("unit"))
    close = lambda p, r: type(p) in (int, float) and type(r) in (int, float) and abs(p - r) <= 1e-6 * max(1, abs(r))
    if q == "range":
        ok = type(x) is tuple and close(x[0], lo) and close(x[1], hi) and lo <= v <= hi
        return None if ok else f"range {x} vs low/high {lo}/{hi}"
    if not close(x, v): return f"anchor parses to {x}, value is {v}"
    return None if (lo, hi) == bounds(q, v) else f"low/high {lo}/{hi} do not fit {q} {v}"

def check(out, gold_path):
    t0, has, pubs, probs, nclaims = time.time(), defaultdict(set), {}, [], 0
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    for art in gold["articles"]:
        f = art["file"]
        try:
            with open(os.path.join(out, f), encoding="utf-8") as fh:
                text = fh.read()
            pub = pubs[f] = dt.date.fromisoformat(art["date"])
        except (OSError, ValueError) as e:
            probs.append(f"{f}: {e}")
            continue
        if art.get("date_evidence", "") not in text: probs.append(f"{f}: date evidence not in the text")
        for c in art["claims"]:
            nclaims += 1
            has[f].add(c.get("subject"))
            k = len(tok_pos(text.lower(), c["anchor"].lower()))
            p = f"occurs {k} times" if k != 1 else claim_problem(c, pub, gold["subjects"])
            if p: probs.append(f"{f}: {c['anchor']!r}: {p}")
        for x in art["noise"]:
            if x not in text or any(tok_pos(c["anchor"].lower(), x.lower(), True) for c in art["claims"]):
                probs.append(f"{f}: noise {x!r} missing, or inside an anchor")
    for e in gold["expected_findings"]:
        fs, lim = e["files"], {"discrepancy": (0, 14), "change": (90, 10 ** 6), "agreement": (0, 7)}.get(e["kind"])
        if not lim or any(e["subject"] not in has[x] for x in fs):
            probs.append(f"finding {e}: unknown kind, or a file without a claim on the subject")
        elif not lim[0] <= abs((pubs[fs[-1]] - pubs[fs[0]]).days) <= lim[1]:
            probs.append(f"finding {e['kind']} {e['subject']} {fs}: publication dates out of range")
    for p in probs[:50]: print(p)
    print(f"check {out}: {len(gold['articles'])} articles, {nclaims} claims, {len(gold['expected_findings'])} expected "
          f"findings: {len(probs)} problem(s) in {time.time() - t0:.1f} s")
    return 1 if probs else 0

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("--articles", type=int, help="number of articles to write (1..999999)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stories", type=int, default=12)
    ap.add_argument("--gold", help="where the gold annotation goes (default: OUT_DIR.gold.json)")
    ap.add_argument("--check", action="store_true", help="verify the gold annotation against the files")
    a = ap.parse_args(argv)
    gold_path = a.gold or os.path.normpath(a.out_dir) + ".gold.json"
    if a.check: return check(a.out_dir, gold_path)
    if not a.articles or not 0 < a.articles < 10 ** 6 or a.stories < 1:
        ap.error("--articles N (1..999999) is required unless --check is given; --stories must be >= 1")
    generate(a.out_dir, a.articles, a.seed, a.stories, gold_path)
    return 0

if __name__ == "__main__":
    sys.exit(main())
