"""The entity stage's phases, in the order `stage._extract` runs them: the model's names mended
(`joined_model`, `split_model`), the rules' names added and overlaps resolved (`found_cands`),
labels fixed by each name's context (`label_fixes`), then by the article's vote (`voted_names`,
`voted_works`), and the repeats and missed mentions of the names found (`repeated`)."""

from __future__ import annotations

from pipeline.entities import acronyms as AC
from pipeline.entities import actlists as AL
from pipeline.entities import acts as AT
from pipeline.entities import andbodies as ANB
from pipeline.entities import andheads as ANH
from pipeline.entities import andtitles as ANT
from pipeline.entities import apposedbodies as APB
from pipeline.entities import apposedworks as AW
from pipeline.entities import athletes as AH
from pipeline.entities import awardnames as AWN
from pipeline.entities import bareleagues as BL
from pipeline.entities import basedproducts as BSP
from pipeline.entities import biopics as BIO
from pipeline.entities import calendarnames as CAL
from pipeline.entities import calledtitles as CT
from pipeline.entities import candidates as C
from pipeline.entities import chambers as CHB
from pipeline.entities import channels as CHN
from pipeline.entities import characters as CR
from pipeline.entities import charts as CH
from pipeline.entities import cityclubs as CYC
from pipeline.entities import classnouns as CLN
from pipeline.entities import clubcues as CC
from pipeline.entities import clubgrounds as CGR
from pipeline.entities import clubmarks as CMK
from pipeline.entities import clubnouns as CNS
from pipeline.entities import clubplayers as CP
from pipeline.entities import clubprefixes as CX
from pipeline.entities import clubwords as CLW
from pipeline.entities import codedmodels as CDM
from pipeline.entities import colonnames as CLO
from pipeline.entities import competitions as CO
from pipeline.entities import contestshows as CSH
from pipeline.entities import context as X
from pipeline.entities import conventions as CV
from pipeline.entities import countedmodels as CM
from pipeline.entities import cuelessworks as CW
from pipeline.entities import cuerepeats as CRP
from pipeline.entities import currencywords as CUR
from pipeline.entities import cutnames as CN
from pipeline.entities import describedfirms as DF
from pipeline.entities import diseasenames as DN
from pipeline.entities import diseases as DS
from pipeline.entities import documents as DM
from pipeline.entities import drinkbrands as DB
from pipeline.entities import elisions as EL
from pipeline.entities import eventplaces as EVP
from pipeline.entities import evidence as E
from pipeline.entities import expos as EX
from pipeline.entities import films as FL
from pipeline.entities import firmproducts as FP
from pipeline.entities import firms as FM
from pipeline.entities import gamelists as GLS
from pipeline.entities import gamespans as GSP
from pipeline.entities import gametitles as GT
from pipeline.entities import givenplaces as GVP
from pipeline.entities import givenproducts as GPR
from pipeline.entities import gluedpairs as GLP
from pipeline.entities import gluedpeoples as GPP
from pipeline.entities import gluedplaces as GP
from pipeline.entities import groundprefixes as GRP
from pipeline.entities import grounds as GRD
from pipeline.entities import grouping as G
from pipeline.entities import groupplurals as GPL
from pipeline.entities import headedmodels as HDM
from pipeline.entities import hyphenprefixes as HP
from pipeline.entities import innernames as INN
from pipeline.entities import inquiries as INQ
from pipeline.entities import joinedcountries as JC
from pipeline.entities import joinedplaces as JP
from pipeline.entities import joinedtitles as JT
from pipeline.entities import kinappositions as KA
from pipeline.entities import kindlists as KL
from pipeline.entities import kinds as KD
from pipeline.entities import labelfixes as LF
from pipeline.entities import languages as LG
from pipeline.entities import lawnames as LN
from pipeline.entities import lexicon as L
from pipeline.entities import listedwith as LW
from pipeline.entities import longtitles as LT
from pipeline.entities import makers as MK
from pipeline.entities import makersigns as MKS
from pipeline.entities import malwarelists as MWL
from pipeline.entities import matchclubs as MCL
from pipeline.entities import matchplurals as MPL
from pipeline.entities import medicines as MD
from pipeline.entities import memberparties as MP
from pipeline.entities import modelcodes as MC
from pipeline.entities import models as MO
from pipeline.entities import modelspans as MS
from pipeline.entities import namejoins as NJ
from pipeline.entities import namekinds as NK
from pipeline.entities import nameparts as NPT
from pipeline.entities import nameruns as NR
from pipeline.entities import nationpairs as NPR
from pipeline.entities import nicknames as NCK
from pipeline.entities import nonames as NN
from pipeline.entities import nounheads as NH
from pipeline.entities import numbered as NB
from pipeline.entities import officenames as OFN
from pipeline.entities import officerowners as OFO
from pipeline.entities import openednames as ON
from pipeline.entities import openers as OP
from pipeline.entities import operations as OPS
from pipeline.entities import ownedmodels as OWM
from pipeline.entities import pairednames as PRN
from pipeline.entities import particlenames as PTN
from pipeline.entities import patrons as PA
from pipeline.entities import peopleclubs as PCB
from pipeline.entities import peoplelists as PLS
from pipeline.entities import peoplepairs as PPL
from pipeline.entities import performers as PF
from pipeline.entities import personcues as PCU
from pipeline.entities import persons as PN
from pipeline.entities import pieces as PC
from pipeline.entities import placecodes as PCD
from pipeline.entities import placedbodies as PBD
from pipeline.entities import placeheads as PH
from pipeline.entities import placeless as PLC
from pipeline.entities import placepairs as PP
from pipeline.entities import places as P
from pipeline.entities import plainlabels as PLL
from pipeline.entities import platforms as PFM
from pipeline.entities import players as PL
from pipeline.entities import pluralclubs as PCL
from pipeline.entities import pluralowners as PO
from pipeline.entities import pluralprizes as PPZ
from pipeline.entities import pluralsides as PS
from pipeline.entities import possessedtitles as PST
from pipeline.entities import prizeheads as PZH
from pipeline.entities import prizenames as PZ
from pipeline.entities import productlists as PDL
from pipeline.entities import products as PD
from pipeline.entities import programheads as PGH
from pipeline.entities import quotednicknames as QN
from pipeline.entities import quotedopeners as QO
from pipeline.entities import readings as RD
from pipeline.entities import repeats as RP
from pipeline.entities import residences as RS
from pipeline.entities import roleteams as RT
from pipeline.entities import sheets as SH
from pipeline.entities import shops as SHP
from pipeline.entities import shortbodies as SB
from pipeline.entities import shows as SW
from pipeline.entities import sites as ST
from pipeline.entities import slashnames as SL
from pipeline.entities import slogannames as SLG
from pipeline.entities import software as SWR
from pipeline.entities import sources as SO
from pipeline.entities import spelledacronyms as SPA
from pipeline.entities import spelledout as SPO
from pipeline.entities import sport as S
from pipeline.entities import stays as STY
from pipeline.entities import styles as SE
from pipeline.entities import surnamedpeople as SNP
from pipeline.entities import surveyors as SVY
from pipeline.entities import systemnames as SYN
from pipeline.entities import teamlists as TL
from pipeline.entities import teampositions as TP
from pipeline.entities import techstandards as TSD
from pipeline.entities import techthings as TTH
from pipeline.entities import titledvenues as TVN
from pipeline.entities import titles as TT
from pipeline.entities import tournamentgroups as TG
from pipeline.entities import tournaments as TN
from pipeline.entities import unitheads as UH
from pipeline.entities import unitwords as UW
from pipeline.entities import unpeoples as UP
from pipeline.entities import venueheads as VH
from pipeline.entities import venueshorts as VSH
from pipeline.entities import viewedshows as VS
from pipeline.entities import wholes as WH
from pipeline.entities import worklists as WL
from pipeline.entities import works as WK
from pipeline.entities.candidates import Cand

SRC_RANK = {"def": 0, "cue": 0, "lineup": 0, "dateline": 0, "initial": 1, "model": 1, "rule": 2, "table": 3}
SRC_RANK |= {"gaz": 4, "prop": 5}


def joined_model(ctx: C.DocCtx) -> list[Cand]:
    """The model's names, mended where it cut one name in pieces or glued two."""
    model = CLO.glued_colons(ctx, MS.model_cands(ctx))  # "CD:UK": one name, no "UK"
    model = EL.elided_names(ctx, model)  # "Rollin' Crew": one name, not "Rollin" and "Crew"
    model = QO.quoted_openers(ctx, model)  # '"Fans in Kelby have ...': a quote's first words, no work
    model = CN.initialled_firms(ctx, C.merge_adjacent(ctx, CN.join_cut(ctx, OP.join_left_out(ctx, model))))
    model = PTN.particle_names(ctx, model)  # "the Fondation pour l'Enfance", no "Fondation" alone
    model = CN.join_fields(ctx, model)  # "the Centre for Optics, Sound and Signal Research"
    model = INN.join_inner(ctx, model)  # "the Summit" + "on the" + "Harbour Charter": one name
    model = ANH.join_and_heads(ctx, model)  # "the Kelby and Northmoor Institute": one body
    model = LT.field_posts(ctx, model)  # "Minister for A, B and C Ann Lee": a role, no names in it
    LT.titled_bodies(ctx, model)  # "the Office for the Deputy Prime Minister"
    model = PRN.paired_people(ctx, model)  # "presenters Tam and Bex": two people
    CN.join_heads(ctx, model)  # "the Kestavo group" beside "the Kestavo Group", "the Opera house"
    CHB.peopled_chambers(ctx, model)  # "the Commons work and pensions committee": the house, no people
    model = DM.generic_papers(ctx, model)  # "a White Paper": a kind of document
    model = PZ.year_awards(ctx, model)  # "World Player" of "World Player of the Year"
    model = AWN.prize_tails(ctx, model)  # "Harbour Oscar campaign": no person "Harbour Oscar"
    CO.whole_competitions(ctx, model)  # "US" of "the US Open champion"
    CO.numbered_tiers(ctx, model)  # "League Two", "the Second Division"
    CO.ordinal_events(ctx, model)  # "the 33rd Cross Norvik"
    CO.year_editions(ctx, model)  # "the 2000 Olympics"
    model = GRP.prefixed_grounds(ctx, model)  # "the Stade de Kelby", no town "Stade"
    model = TVN.titled_venues(ctx, model)  # "the Countess of Tarsk Theatre", no person, no "Tarsk"
    model = BL.split_leagues(ctx, model)  # "Premiership Kelby": the league and the club
    NB.event_numbers(ctx, model)  # "World War I"
    SO.town_papers(ctx, model)  # "the Kelby Herald"
    SO.titled_papers(ctx, model)  # "the Evening Courier": a newspaper, no work
    SO.noun_papers(ctx, model)  # "told To Zeta newspaper": the paper whole, a body
    GP.prefixed_regions(ctx, model)  # "sub-Saharan Africa"
    GP.qualified_countries(ctx, model)  # "Bolshevik Russia"
    model = JC.people_regions(ctx, JC.joined_places(ctx, JC.joined_countries(ctx, model)))  # Scottish Borders
    model = JT.joined_titles(ctx, model)  # "the Supper with Hale programme", "think-tank X and Y"
    return model


def split_model(ctx: C.DocCtx, model: list[Cand]) -> list[Cand]:
    """`model` with the names it glued split, and clubs the model named by their towns."""
    WH.surname_after(ctx, model)
    WH.named_tails(ctx, model)  # "BBC" One, "US" Airways: a longer name of its own
    model = CHN.regional_arms(ctx, model)  # "BBC Wales"
    model += WH.shared_surnames(ctx, model)
    NJ.bracket_surnames(ctx, model)  # "Ann (Hale)"
    model = QN.quoted_nicknames(ctx, model)  # "Pedro 'Chispa' Valderon": one person
    model = NPT.join_parts(ctx, X.join_names(ctx, model))  # "Board of X" + "of Kelvish Settlers"
    model = PA.named_after(ctx, PC.join_pieces(ctx, ANB.join_and_bodies(ctx, model)))  # "X and Y Trust"
    PC.possessive_tails(ctx, model)
    model = PST.possessed_titles(ctx, GLP.glued_pairs(ctx, model))  # "Old Sailor's Boots", "Zentrix's X"
    PO.plural_owners(ctx, model)  # "Nurses" of "Nurses' Secrets"
    model = PC.colon_titles(ctx, model)  # "Space Run: Rebellion" found whole once
    CV.national_names(ctx, model)
    WK.complete(ctx, model)
    model = NR.run_ons(ctx, NR.join_runs(ctx, WK.of_titles(ctx, model)))  # "Agency KEC (Kelby ...)"
    model = WH.campus_names(ctx, WH.joined_portfolios(ctx, model))  # "University of X at Y"
    model = WH.venue_names(ctx, model)  # "X in the Y restaurant"
    WH.portfolio_heads(ctx, model)
    model = WH.plural_heads(ctx, model)  # "the Education and Agriculture ministries": two bodies
    model = PBD.placed_bodies(ctx, model)  # "Kelby" Royal Infirmary, "Kelby" Music Hall of Fame
    model = GP.split_glued(ctx, model)  # "the US" Pew Research Center
    model = GP.placed_tails(ctx, model)  # "Kelby Rovers in Millbrook": a club, then a place
    model = GPP.split_peoples(ctx, model)  # "Scot" Ann Vale
    model = SL.slash_names(ctx, SL.slash_products(ctx, model))  # "the Kestrel/Linux operating system"
    model = NPR.split_pairs(ctx, model)  # "Kelvish"-"Norvian" talks
    model += S.town_clubs(ctx, model)
    model = CC.joined_sides(ctx, model)  # "the Kelvish and Norvian Hawks"
    model = CX.prefixed_clubs(ctx, model)  # "FC Millbrook", "Real Eastport"
    CMK.marked_clubs(ctx, model)  # "Linz AK", "Kelby RFC"
    CNS.headed_towns(ctx, model)  # "Millbrook" of "Millbrook United"
    CNS.noun_clubs(ctx, model)  # "Premiership side Millbrook"
    model += CNS.noun_club_cands(ctx, model)  # "side Kelby Athletic", untagged
    return model


def found_cands(ctx: C.DocCtx, model: list[Cand]) -> list[Cand]:
    """The rules' names with `model`'s, overlaps resolved (`resolve`), then the names found around them."""
    titles, model = TT.titles(ctx, model)
    cues = GLP.glued_pairs(ctx, E.cue_cands(ctx)) + CT.called_titles(ctx) + CT.cased_titles(ctx) + titles
    cues = SE.unstyled(cues + CH.chart_titles(ctx) + FL.presented(ctx), ctx)  # no "title HRH X" work
    cues += CHN.channel_titles(ctx) + MP.member_parties(ctx) + LN.law_cands(ctx)  # "Labour MPs", "X Bill"
    cues += CHB.chamber_cands(ctx) + SLG.slogan_cands(ctx)  # "told the Commons", "the Halt X campaign"
    cands = AC.definition_cands(ctx) + cues + CRP.repeat_cands(ctx, cues) + C.dateline_cands(ctx)
    cands += CV.opening_cands(ctx) + CV.bracket_acronyms(ctx)
    cands += C.initial_cands(ctx) + WH.nickname_cands(ctx) + E.lineup_cands(ctx)
    cands += SH.sheet_cands(ctx) + WH.of_place_cands(ctx) + WH.peer_cands(ctx) + PN.ranked_cands(ctx)
    cands += SE.seat_cands(ctx) + SE.monarch_cands(ctx)  # "the Duke of Kelby", "the Queen": people
    model = SE.unstyled(SE.ranked_tails(ctx, PN.plural_ranks(ctx, model)), ctx)  # "the title HRH X"
    cands += SH.score_cands(ctx) + model + RT.role_parties(ctx)  # "Labour MP Tom Hale"
    if ctx.sports:
        cands += C.table_cands(ctx) + RT.role_teams(ctx)  # "Arsenal manager Arsene Wenger"
        cands += NCK.nickname_cands(ctx, cands)  # "a win over the Falcons"
        cands += MCL.match_club_cands(ctx, cands)  # "Millbrook beat Eastport", "Eastport" untagged
        cands += BL.league_cands(ctx, cands)  # "17th in the Championship"
    cands = DN.disease_names(ctx, resolve(ctx, cands))  # "Kelvin Fibrosis", "victims of Hale's"
    cands += C.org_head_cands(ctx) + P.facility_cands(ctx) + AC.body_acronyms(ctx) + C.gazetteer_cands(ctx)
    cands += P.classed_cands(ctx)  # "at Kelby prison"
    cands += PD.camel_cands(ctx) + SWR.variant_cands(ctx)  # "Zorbo.AK"
    cands += CDM.coded_runs(ctx)  # "dubbed the Kelvo Home Hub HM300"
    cands += MKS.owner_cands(ctx)  # "KLX's tiny music players": the maker
    cands += SWR.malware_cands(ctx, cands)  # "the X worm"
    cands += SO.weekday_papers(ctx, cands) + SO.digit_firms(ctx)
    cands += C.listed_person_cands(ctx) + PF.performer_cands(ctx, cands) + P.place_cands(ctx)  # "rapper X"
    cands += CHN.untagged_channels(ctx)  # "the Channel 6 show": untagged
    cands += OFO.officer_owners(ctx, cands)  # "Norvane chief Ann Lee": the body, untagged
    cands += C.list_member_cands(ctx, cands) + PN.given_name_cands(ctx) + PN.introduced_cands(ctx)
    cands += PN.seeded_cands(ctx)  # "the 87th-ranked Tom Hale"
    cands += PL.player_cands(ctx, cands)
    cands += AH.surnamed_cands(ctx, cands)  # "Marat Hale lost ... Hale showed"
    cands += ON.opened_names(ctx, cands)  # "Ann Vale has quit" beside "Vale said"
    cands += SPA.spelled_cands(ctx, cands)  # "KTR" of "Kelby Town Rovers"
    cands += SPO.spelled_out(ctx, cands)  # "Kestrel Web Browser" of "KWB"
    HP.prefixed_names(ctx, cands)  # "the Re-Run Tour": no name cut at its first word's hyphen
    return cands


def label_fixes(ctx: C.DocCtx, cands: list[Cand]) -> list[Cand]:
    """`cands` with labels and spans mended by each name's own context, before the article's vote."""
    WK.trim_openers(ctx, cands)
    S.sports_kinds(ctx, cands)
    LF.fix_labels(ctx, cands)
    PN.personal_names(ctx, cands)
    PLL.honoured_names(ctx, cands)  # "Vincent Ladder" ... "Mr Ladder"
    S.team_labels(ctx, cands)
    STY.stay_grounds(ctx, cands)  # "his time at Kestenfeld"
    S.side_labels(ctx, cands)
    cands += WK.awards(ctx, cands)
    cands += KD.chart_works(ctx, cands)
    cands += KD.prize_works(ctx, cands)
    KD.described(ctx, cands)
    P.fix_labels(ctx, [c for c in cands if c.src != "lineup"])  # a team sheet names people
    CP.owned_players(ctx, cands)  # "Millbrook's Zico": the club and its player
    PLL.city_peoples(ctx, cands)  # "Londoners"
    PLL.legal_names(ctx, cands)  # "Big Night Out Ltd": a firm
    PLL.venue_names(ctx, cands)  # "its Kestenfeld stadium"
    PLL.grounds_again(ctx, cands)  # "the Kestenfeld board" beside "stay at Kestenfeld"
    GRD.match_grounds(ctx, cands)  # "a draw at Old Kelby", "the Kestenfeld crowd"
    CGR.side_words(ctx, cands)  # "a swipe at Kestrela" beside "rivals Kestrela": the club
    GP.institution_posts(ctx, cands)  # "a lecturer at Millbrook" of "Millbrook University"
    CV.quote_speakers(ctx, cands)
    CV.acronym_led(ctx, cands)
    CV.storms(ctx, cands)
    S.late_labels(ctx, cands)
    CC.cued_clubs(ctx, cands)  # "Millbrook midfielder Tom Hale", "played for Millbrook"
    CC.match_towns(ctx, cands)  # "a 2-1 win at Millbrook": the town
    CYC.city_clubs(ctx, cands)  # "Dundee's manager", "gave Dundee a win": a known city's club
    PCL.plural_clubs(ctx, cands)  # "sacked by Hornets": no person, no ground
    CMK.organisers(ctx, cands)  # "Kelfa" beside "the Kelfa Cup": the body
    cands = PCB.people_clubs(ctx, cands)  # "Kelby Welsh" cut in two, "Welsh hit back": the club
    PL.player_labels(ctx, cands)  # "Fabrice Hale 6-3 6-4", "Russian Ivo Hale", "Hale (Fra)"
    cands = PCU.person_cues(ctx, cands)
    cands = GPL.plural_kinds(ctx, cands)  # "no flying Grelkins", "several Easters": a kind, no name
    KA.kin_people(ctx, cands)  # "Ivo Marsh, the governor's son-in-law,": a person
    cands = CV.portfolios(ctx, NN.filter_caps(ctx, cands))
    cands = TG.group_stages(ctx, cands)  # "top of Group F": the tournament's stage, no body
    S.surnames(ctx, cands)
    cands = PN.bracketed_given(ctx, cands)  # "(Tom) Hale"
    cands += CAL.calendar_surnames(ctx, cands)  # "May said" beside "Ann May"
    cands += TL.listed_teams(ctx, cands)  # "Kelby, Eastport and Real Norvik"
    TL.comma_teams(ctx, cands)  # "AC Eastport, Norvik, Kelby Rovers."
    TL.town_modifiers(ctx, cands)  # "his Millbrook rivals"
    MK.product_tails(ctx, cands)  # "PlayStation Portable"
    cands += MK.maker_models(ctx, cands)  # "Nintendo DS consoles", "Nintendo's DS console"
    cands = MK.maker_vehicles(ctx, cands)  # "four Kestrel K40 jets"
    CM.counted_models(ctx, cands)  # "buy 15 new Kestrel 72-500 and lease"
    cands = CDM.coded_models(ctx, cands)  # "the Kestrel K7 and", "a Norvane AV300 advert"
    cands = OWM.owned_models(ctx, cands)  # "Norvane's Zappa ZX-40 player": the body, then the product
    OWM.numbered_models(ctx, cands)  # "a Lumo 7 phone"
    PD.version_tails(ctx, cands)  # "Mac OS X"
    NH.owner_heads(ctx, cands)  # "Fans of Kelvix's new album": the owner, no title
    cands += MO.model_names(ctx, cands)  # "the Mac mini", "an iPod shuffle"
    GP.town_phrases(ctx, cands)  # "in west Millbrook", "the Millbrook man"
    cands = MPL.common_plurals(ctx, cands)  # "the autumn Tests": no people
    cands = UW.unit_words(ctx, cands)  # "at 12 Mbps", "megabits per second (Mbps)": units, no names
    return cands


def voted_names(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> list[Cand]:
    """`cands` relabelled with the article's votes (`labels`): people, bodies, goods and places."""
    GVP.given_people(ctx, cands, labels, G.gkey)  # "said to Nigel" beside "Nigel Hale"
    APB.apposed_bodies(ctx, cands, labels, G.gkey)  # "radio station X"; "Ann Vale from telecoms firm X"
    cands += FM.firm_labels(ctx, cands, labels, G.gkey)
    NPT.initialled_bodies(ctx, cands, labels, G.gkey)  # "of KT Ann Lee - a property firm -"
    cands += MK.partner_firms(ctx, cands, labels, G.gkey)  # "an analyst with Marsh and Tollan"
    MK.unknown_places(ctx, cands, labels, G.gkey)  # "gas giant Gazprom", "Gazprom shares"
    PLC.placeless_names(ctx, cands, labels, G.gkey)  # "X is one of the companies", never "in X": no place
    DF.described_firms(ctx, cands, labels, G.gkey)  # "anti-virus lab X", "drinks firm X": no product
    UP.unknown_peoples(ctx, cands, labels, G.gkey)  # "Windows XP", "X software", "X said": no people
    MK.maker_goods(ctx, cands, labels, G.gkey)  # "Orange Smartphones": the maker, then its goods
    cands = [c for c in cands + AT.act_labels(ctx, cands, labels, G.gkey) if c.end > c.start]
    cands += SW.band_lists(ctx, cands, labels, G.gkey)  # "the Harbour Lights and Velmo"
    SW.titled_bands(ctx, cands, labels, G.gkey)  # "Scots favourites Travis will appear"
    WK.things(ctx, cands, labels, G.gkey)  # products, "The X" titles, sequels
    HDM.headed_models(ctx, cands, labels, G.gkey)  # "the Brellan Quon portable video player"
    BSP.based_products(ctx, cands, labels, G.gkey)  # "Quarnix-based players": no place
    cands += PDL.listed_products(ctx, cands, labels, G.gkey)  # "consoles such as X and Y"
    cands += WL.listed_titles(ctx, cands, labels, G.gkey)  # "her films have included X and Y"
    cands += KL.listed_firms(ctx, cands, labels, G.gkey)  # "firms such as X, Y and Z"
    AL.listed_acts(ctx, cands, labels, G.gkey)  # "rap acts ... include X, Y and Z"
    DB.drink_brands(ctx, cands, labels, G.gkey)  # "Korvelo vodka", "Tollan's whisky"
    MD.drug_labels(ctx, cands, labels, G.gkey)  # "the painkiller X", "X, made by Pfizer"
    MD.called_labels(ctx, cands, labels, G.gkey)  # "a research note called X"
    DS.disease_labels(ctx, cands, labels, G.gkey)  # "tested for TB", "tests for X and HIV"
    CLN.classified(ctx, cands, labels, G.gkey)  # "Belmarsh prison", "the river X", "the studio X"
    ST.named_sites(ctx, cands, labels, G.gkey)  # "on Kelby Green", "a concert at the X in Leeds"
    RS.named_houses(ctx, cands, labels, G.gkey)  # "Kelby House said": the household
    VH.venue_heads(ctx, cands, labels, G.gkey)  # "buy the Regent Theatre", "the Kelby Arena"
    cands += VSH.venue_shorts(ctx, cands, labels, G.gkey)  # "at Dunmere" beside "Dunmere Prison"
    PP.placed_pairs(ctx, cands, labels, G.gkey)  # "of Tuxbury, Lincolnshire"
    PH.place_heads(ctx, cands, labels, G.gkey)  # "Kelby Street" a FAC, "Kelby Bay" a LOC
    PH.feature_heads(ctx, cands, labels, G.gkey)  # "River Tamsa" a LOC, "Tamsa Power Plant" a FAC
    UH.unit_heads(ctx, cands, labels, G.gkey)  # "Ranvi State", "Tolmek Districts": places
    PCD.coded_places(ctx, cands, labels, G.gkey)  # "KRN" beside "Kerva-Rundi": the region's code
    CV.surname_tails(labels)
    CV.listed_places(ctx, cands, labels, G.gkey)
    JP.joined_places(ctx, cands, labels, G.gkey)  # "in Tormouth and Belhari"
    CV.listed_peoples(ctx, cands, labels, G.gkey)
    LG.languages(ctx, cands, labels, G.gkey)  # "in English", "speaks French"
    LW.coordinated(ctx, cands, labels, G.gkey)  # "BT and Tiscali"
    PPL.paired_people(ctx, cands, labels, G.gkey)  # "Ivo Moss and Tom Bridge": two people
    PLS.listed_people(ctx, cands, labels, G.gkey)  # "Ivo Marsh, Keld Varga and Tomas Brel": people
    SNP.surnamed_people(ctx, cands, labels, G.gkey)  # "Ivo Marsh, who ... Marsh": one person
    PLL.sports_people(ctx, cands, labels, G.gkey)  # "X's father", "X, who": a player
    KD.occasions(ctx, cands, labels, G.gkey)
    DM.acting_laws(ctx, cands, labels, G.gkey)  # "the Law Lords said": a body
    return cands


def voted_works(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> list[Cand]:
    """`cands` relabelled with the article's votes: events, works, shows, software and kinds."""
    EX.shows(ctx, cands, labels, G.gkey)  # "the X conference", "delegates at X"
    cands += EX.listed_events(ctx, cands, labels, G.gkey)  # "festivals like X and Y"
    EX.named_events(ctx, cands, labels, G.gkey)  # "the sister event, the X", "X, a trade fair"
    KD.contests(ctx, cands, labels, G.gkey)
    TN.tournaments(ctx, cands, labels, G.gkey)  # "the second round at Wimbledon"
    PS.plural_sides(ctx, cands, labels, G.gkey)  # "Boro are", "the Blues were": a club
    KD.franchises(ctx, cands, labels, G.gkey)
    FL.category_works(ctx, cands, labels, G.gkey)  # "X won best comedy drama over Y and Z"
    cands = GSP.game_spans(ctx, cands, labels, G.gkey)  # "Quarnix: Tide Rising", "Velmo's Quarnix"
    FL.game_works(ctx, cands, labels, G.gkey)  # "began playing X", "the first game of X"
    GT.game_titles(ctx, cands, labels, G.gkey)  # "games such as X and Y", "the puzzle game X"
    SW.cast_works(ctx, cands, labels, G.gkey)  # "Finding Neverland, with Ann Lee as"
    CR.played_parts(ctx, cands, labels, G.gkey)  # "Ann Lee, who played Juno": a character
    CR.named_characters(ctx, cands, labels, G.gkey)  # "character Juno"
    FL.listed_works(ctx, cands, labels, G.gkey)  # "Zatoichi and Hero", "the Da Vinci film"
    AW.apposed_works(ctx, cands, labels, G.gkey)  # "X, a film about Y", "Ann Lee's X, about Y"
    AW.signed_works(ctx, cands, labels, G.gkey)  # "X's second series", "its BBC One rival X"
    GPR.given_products(ctx, cands, labels, G.gkey)  # "with Ines Halloran halfway": a person
    CW.cueless_works(ctx, cands, labels, G.gkey)  # "a X type competition", "X, the top online game"
    PZH.prize_heads(ctx, cands, labels, G.gkey)  # "the Grand Final", "the Silver Bear prize"
    PPZ.plural_prizes(ctx, cands, labels, G.gkey)  # "this year's Velmas with 10 nominations"
    INQ.inquiry_people(ctx, cands, labels, G.gkey)  # "the Hale inquiry": the person Hale
    SVY.survey_bodies(ctx, cands, labels, G.gkey)  # "a survey by Kestrix found": the firm
    VS.viewed_shows(ctx, cands, labels, G.gkey)  # "tuned into Harbour Lane", "Harbour Lane viewers"
    cands += CSH.contest_shows(ctx, cands, labels, G.gkey)  # "evicted from X", "X housemates"; their tails
    cands += SW.work_lists(ctx, cands, labels, G.gkey)  # "The Tinker, Salt Harbour and Driftwood"
    cands += SW.noun_titles(ctx, cands, labels, G.gkey)  # "the Star Wars films", "Attack of The Clones"
    FL.title_parts(ctx, cands, labels, G.gkey)
    FL.short_titles(ctx, cands, labels, G.gkey)  # the headline's "Sea Inside" of "The Sea Inside"
    FL.listed_people(ctx, cands, labels, G.gkey)  # "Ann Lee Church and Tom Hale"
    GLS.lawless_titles(ctx, cands, labels, G.gkey)  # "Quarnix 2" voted a law
    cands += GLS.game_lists(ctx, cands, labels, G.gkey)  # "Quarnix, Tide Farm, Moss Hollow and Vela"
    cands += GLS.numbered_games(ctx, cands, labels, G.gkey)  # "finished Quarnix 3"
    CHN.channel_labels(ctx, cands, labels, G.gkey)  # "ITV1", "Heart FM": bodies
    cands += MC.model_codes(ctx, cands, labels, G.gkey)  # "the ZX300 music player", "KPEG4"
    PF.performer_labels(ctx, cands, labels, G.gkey)  # "with rapper Twista"
    RD.apply(ctx, cands, labels, G.gkey)  # families, sports bodies, towns, occasions
    SWR.software_labels(ctx, cands, labels, G.gkey)  # "Zorbo.AK", "its operating system, X"
    MWL.program_names(ctx, cands, labels, G.gkey)  # "worms such as X, Y and Z", "anti-virus software (X)"
    EVP.event_places(ctx, cands, labels, G.gkey)  # "the Cannes ceremony": the place
    PGH.program_heads(ctx, cands, labels, G.gkey)  # "X Messenger", "Windows" of "Windows Messenger"
    FP.firm_products(ctx, cands, labels, G.gkey)  # "a Kestrel Quill document", "open it in Quill"
    TTH.tech_things(ctx, cands, labels, G.gkey)  # "a new Vela Mini", "users of Zentro": no person
    PFM.platforms(ctx, cands, labels, G.gkey)  # "for the Vela", "their Vela"; "the console game X"
    cands = TTH.malware_words(ctx, cands)  # "hides Trojan code": no name
    TSD.tech_standards(ctx, cands, labels, G.gkey)  # "technologies such as X", "the X standard"
    SYN.system_names(ctx, cands, labels, G.gkey)  # "the X system", "a service called X"
    OPS.operation_events(ctx, cands, labels, G.gkey)  # "Operation Kestrel Shield", no body's acts
    cands = SWR.product_bodies(ctx, cands, labels, G.gkey)  # "the X consortium" beside "the X chip"
    SHP.shop_labels(ctx, cands, labels, G.gkey)  # "coffee in Kestrel's or other cafes"
    NK.name_kinds(ctx, cands, labels, G.gkey)  # "Team GB", "X Wine Estate", "artists including X"
    BIO.biopic_subjects(ctx, cands, labels, G.gkey)  # "the Ada Vane biopic": a person
    return ANT.and_titles(ctx, cands, labels, G.gkey)  # "Marcus and Mrs Fenwick" twice: one work


def repeated(ctx: C.DocCtx, cands: list[Cand], labels: dict[str, str]) -> list[Cand]:
    """`cands` with the repeats of their names (`repeats`) and the mentions the rules missed."""
    found = RP.repeats(ctx, cands, labels)
    if ctx.sports:
        for c in found:
            TP.sports_label(ctx, c, L.norm(ctx.doc[c.start : c.end].text))
        S.team_labels(ctx, found, grounds=False)  # "Millbrook coach X" where the model missed "Millbrook"
        S.surnames(ctx, found + cands)
        S.town_teams(ctx, found + cands)  # "his years at Millbrook" when the article makes Millbrook a team
    cands += found
    cands += KD.title_articles(ctx, cands, labels, G.gkey)
    cands = KD.split_lists(ctx, cands)
    cands += SB.missed_mentions(ctx, cands, labels, G.gkey)  # "The FT said" beside "Financial Times"
    cands += CLW.missed_mentions(ctx, cands, labels, G.gkey)  # "Real slipped" beside "Real Madrid"
    NB.numbered_names(ctx, cands, labels, G.gkey)  # "Band Aid" 20
    NB.numbered_openers(ctx, cands, labels, G.gkey)  # 4 "Waves", a station
    cands += OFN.number_names(ctx, cands, labels, G.gkey)  # "No 10 said", "at Number 10"
    cands = CUR.currency_names(ctx, cands)  # "Danish" of "3.4bn Danish kroner"
    return cands


def resolve(ctx: C.DocCtx, cands: list[Cand]) -> list[Cand]:
    """Keep non-overlapping candidates, preferring better sources and longer spans."""
    kept = []
    for c in sorted(cands, key=lambda c: (SRC_RANK[c.src], c.start - c.end)):
        if ctx.free(c.start, c.end):
            ctx.take(c)
            kept.append(c)
    return kept
