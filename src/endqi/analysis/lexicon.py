"""The legal vocabulary the detectors read, in one place.

Every pattern runs on the *analysis copy* of the text: lower case, struck text
blanked, and periods inside section numbers and abbreviations masked (so a
clause is never cut at ``590.010``). Patterns are written for that form.
"""

from __future__ import annotations

from endqi.regex_cache import compile_pattern

# ---------------------------------------------------------------------------
# Who is covered
# ---------------------------------------------------------------------------

# Law-enforcement officer classes. A bill that reaches only these does not end
# qualified immunity for public employees generally.
POLICE_TERM = compile_pattern(
    r"\b(?:peace officers?|law[ -]?enforcement (?:officers?|agenc(?:y|ies)|agents?)|police"
    r"|sheriffs?|deput(?:y|ies)|constables?|troopers?|marshals?|game wardens?"
    r"|marine patrol officers?|capitol police|special patrolm[ae]n|(?<!public )(?<!elected )"
    r"(?<!state )(?<!corporate )(?<!security )officers?)\b"
)
# Literal words one of which every POLICE_TERM match contains (a cheap gate).
POLICE_GATE = (
    "officer",
    "police",
    "sheriff",
    "deput",
    "constable",
    "trooper",
    "marshal",
    "warden",
    "patrolm",
    "law enforcement",
    "law-enforcement",
    "lawenforcement",
)
# Classes wider than police, read only in subject position (see BROAD_SUBJECT).
BROAD_TERMS = (
    r"public (?:employees?|officials?|officers?|bod(?:y|ies)|entit(?:y|ies)|servants?|employers?)"
    r"|government(?:al)? (?:employees?|officials?|entit(?:y|ies)|bod(?:y|ies)|actors?|agents?"
    r"|officers?)"
    # "officers, employees, or agents of the state": a list of kinds of public servant.
    # ("any employee, officer or agent of the commonwealth": the list may run to several kinds)
    r"|(?:(?:officers?|agents?|servants?),?(?: (?:or|and))? ){0,3}(?:employees?|officials?)(?:(?:,|,? (?:or|and)) "
    r"(?:employees?|officials?|officers?|agents?|servants?|volunteers?)){0,4} of (?:the|this|a|any)"
    r" (?:state(?: agency)?(?! police\b| (?:highway )?patrol\b)|commonwealth|political subdivision|public entity"
    r"|governmental (?:entity|agency)|government agency|public agency|local government|public body"
    # A territory's or the District's whole government: "any officer or employee of the
    # Government of the Virgin Islands", "any employee of the District government".
    r"|government\b(?! (?:agency|entity)\b)|territory|district government|district of columbia(?: government)?)"
    r"|state (?:employees?|officials?|actors?|personnel)|federal (?:employees?|officials?|personnel)"
    # "a state officer, employee, or agent": the adjective reaches every noun of the list.
    r"|state officers?(?:,? (?:or |and )?(?:employees?|agents?|officials?))+"
    # "a Commonwealth or local agency employee" (a Commonwealth employee alone is a state
    # employee, read as one by STATE_ONLY_SUBJECT).
    r"|(?:state|commonwealth),? (?:or|and) (?:local|municipal|county) (?:agency |government(?:al)? )?"
    r"(?:(?:officers?|officials?) (?:or|and) )?(?:employees?|officials?|actors?|personnel)"
    r"|commonwealth (?:employees?|officials?|actors?|personnel)"
    r"|federal officers? (?:or|and) (?:employees?|officials?)"
    # "any state or local official, employee or agent".
    r"|state (?:or|and) local (?:government )?(?:officials?|officers?|employees?|agents?)"
    r"|(?:units?|instrumentalit(?:y|ies)) of (?:state |local )?government|governmental units?"
    # "the state, every political subdivision, and every officer, employee, and agent of any of
    # them": every level of government named together.
    r"|\b(?:state|commonwealth),\s+(?:every|each|any|all)\s+(?:political\s+subdivisions?|local\s+governments?)\b"
    # "any person employed by the state, a county, a city, ... or any other political
    # subdivision": every level of government's people.
    # ("any person employed by, or serving as an elected or appointed official of, the State, a
    # county, a municipality, or a school district")
    r"|(?:persons?|individuals?)\s+employed\s+by(?:,[^,;.]{1,80},)?\s+(?:the|this|a|any)\s+(?:state|commonwealth)\b"
    r"(?=[^.;]{0,100}?\b(?:count(?:y|ies)|cit(?:y|ies)|municipalit\w*|political\s+subdivisions?|local\s+government))"
    # (not "a person employed by the state or a political subdivision as a peace officer")
    r"(?![^.;]{0,120}?\bas\s+an?\s+(?:[\w-]+\s+){0,2}?(?:peace|police|law\s+enforcement)\s+officers?\b)"
    # "any person who holds public office or public employment".
    r"|holds? public (?:office|employment)"
    # "any individual holding an office or employment, paid or unpaid, with the Commonwealth or
    # with any county, city, town ... or other political subdivision".
    r"|holding\s+(?:an?\s+)?(?:office|employment|position)(?:\s+or\s+(?:an?\s+)?(?:office|employment|position))?\b"
    r"[^.;]{0,40}?\bwith\s+(?:the\s+|this\s+)?(?:state|commonwealth)\b"
    r"(?=[^.;]{0,80}?\b(?:count(?:y|ies)|cit(?:y|ies)|municipalit\w*|political\s+subdivisions?|local\s+government))"
    # "an officer or servant of this Commonwealth, or of any county, city, ... or other body
    # politic": the old words for every public servant.
    r"|officers? (?:or|and) servants? of (?:the|this|a|any) (?:state|commonwealth)"
)
# A broad class counts when it is the one held liable or denied immunity:
# "no public body ... shall enjoy", "against a public employee", "a public official who".
# Any of those classes, wherever it stands (for noun phrases already known to be defendants).
BROAD_TERM = compile_pattern(r"\b(?:" + BROAD_TERMS + r")")
BROAD_SUBJECT = compile_pattern(
    r"(?:\b(?:against|no|any|every|a|an|each|all)\s+(?:\w+\s+){0,2}?(?:" + BROAD_TERMS + r"))"
    r"|(?:(?:" + BROAD_TERMS + r")\s*,?\s+(?:who|that|acting|shall be liable|is liable))"
    # 1983-style: "every person who, under color of any statute ... of the state".
    r"|\b(?:any|every) person,? (?:who,? )?(?:acting )?under colou?r of(?!\s+(?:an?\s+|the\s+|its\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:contracts?|leases?|agreements?|licen[cs]es?|terms\s+of\s+(?:service|use))\b)"
    # Plain language: "anyone who works for the state or a local government".
    r"|\b(?:anyone|anybody|any\s+person|everyone|every\s+person)\s+who\s+(?:works|is\s+employed)\s+(?:for|by)"
    r"\s+(?:the\s+|this\s+)?(?:state|government|commonwealth)\b(?=[^.;]{0,20}?\b(?:or|and)\s+(?:an?\s+|any\s+)?"
    r"(?:local|county|city|municipal|political)\b)"
)
# A disclaimer: what the bill says it does not do ("Nothing in this section imposes a duty to
# intervene", "Nothing in this act shall be construed to create liability for ...").
DISCLAIMS = compile_pattern(
    r"\bnothing\s+(?:contained\s+)?in\s+(?:this|these)\s+(?:section|subsection|act|chapter|article|part"
    r"|title|code)s?\b[^.;]{0,40}?\b(?:(?:shall|may|will)\s+be\s+(?:construed|interpreted|deemed)\s+(?:to|as)"
    r"\s+)?(?:impos\w*|creat\w*|establish\w*|requir\w*)\b"
)
# A rule of construction: "Nothing in this Act shall be construed to diminish ...".
CONSTRUED_NOT_TO = compile_pattern(
    r"\bnothing\s+(?:contained\s+)?in\s+(?:this|these)\s+\w+[^.;]{0,60}?\b(?:shall|may|will|is\s+to)\s+be\s+"
    r"(?:construed|interpreted|deemed|read)\b"
)
# A class defined by its duties: "... whose duties include: (i) the enforcement of laws".
LAW_ENFORCEMENT_DUTIES = compile_pattern(
    # ("whose principal duties under law are to hold in custody persons accused of criminal
    # offenses, to maintain public order or to make arrests")
    r"\bwhose (?:primary |principal |public |official )?(?:duties|responsibilities|functions) "
    r"(?:(?:under|by) (?:the )?laws? )?(?:include|are"
    r"|consist of)\b[^.;]{0,120}?\b(?:the )?(?:enforcement of [\w ,]{0,40}?laws?|law enforcement|enforc\w* "
    r"(?:the )?(?:criminal )?laws?|apprehension|arrest)"
    # "any officer or employee ... who is vested by law with the power to make arrests".
    # ("who is authorized by the law of the State to make arrests")
    # ("who is vested by law with the duty to maintain public order or to make arrests")
    r"|\b(?:vested|empowered|authorized)\s+(?:by\s+(?:the\s+)?laws?(?:\s+of\s+(?:this|the)\s+state)?\s+)?(?:with\s+"
    r"(?:the\s+|a\s+)?(?:power|authority|duty)\s+)?to\s+(?:maintain\s+public\s+order\s+or\s+to\s+)?(?:make\s+)?arrests?\b"
    # "any person who ... exercises the power of arrest on behalf of the State".
    r"|\bexercis\w*\s+(?:the\s+|a\s+)?(?:general\s+)?(?:power|powers|authority)\s+(?:of|to\s+make)\s+arrests?\b"
    # "any individual employed by the state or by a county ... to enforce the criminal laws".
    r"|\b(?:employed|appointed|commissioned|hired)\b[^.;]{0,160}?\bto\s+enforce\s+(?:the\s+)?(?:criminal|penal)\s+"
    r"(?:and\s+[\w-]+\s+)?laws?\b"
    r"|\bin\s+a\s+law[ -]enforcement\s+capacity\b"
    # "and any other individual employed by the Commonwealth ... with the power to make arrests".
    r"|\b(?:with|having|who\s+(?:has|have|holds?))\s+(?:the\s+)?(?:power|authority)\s+to\s+(?:make\s+)?arrests?\b"
    # "a sworn officer with the power of arrest employed by any State agency".
    r"|\b(?:with|having|who\s+(?:has|have|holds?))\s+(?:the\s+|a\s+)?(?:general\s+)?(?:power|powers|authority)"
    r"\s+of\s+arrest\b"
    # "... who is authorized by law to engage in or supervise the prevention, detection, or
    # investigation of any violation of criminal law".
    r"|\b(?:engage\s+in\s+or\s+supervise|engaged\s+in)\s+the\s+(?:prevention|detection|investigation),?\s+"
    r"(?:or\s+)?(?:detection|investigation|prosecution)"
    # "any officer ... who is primarily responsible for the prevention or detection of crime and
    # the enforcement of the criminal, traffic, or highway laws".
    r"|\bresponsib\w*\s+for\s+(?:the\s+)?(?:prevention\s+(?:or|and)\s+detection\s+of\s+crimes?|enforcement\s+of\s+"
    r"(?:the\s+)?(?:criminal|penal)\b)"
)
# Officer classes narrower than all law enforcement: one kind of officer, or the officers
# of local governments only.
# Words that make "police" one institution's or one local government's police; the general
# class below must not follow any of them.
_INSTITUTION_POLICE = (
    *("university", "college", "school", "transit", "transportation", "port", "airport"),
    *("housing", "park", "campus"),
    # (game and fish law's officers: "conservation police officer")
    *("tribal", "conservation", "wildlife"),
)
_LOCAL_POLICE = ("municipal", "county", "city")
NARROW_POLICE = compile_pattern(
    r"school resource officers?|campus (?:police|security|peace)|(?:"
    + "|".join(_INSTITUTION_POLICE)
    + r") (?:police|peace officers?|law enforcement)"
    # "a person employed by a local law enforcement agency": local police only.
    r"|(?:employed|appointed|commissioned) by (?:a |an |any )?local (?:law[ -]enforcement|police) agenc"
    r"|(?:employed|appointed|commissioned) (?:as (?:an? )?(?:(?!\bby\b)[\w -]){3,40}? )?by (?:a |an |any )?"
    r"(?:political subdivision|local"
    r" government|municipalit|county|city|town|borough)\w*(?! or (?:by )?(?:the|a|any) state)"
    r"(?!,? (?:or|and) (?:the |a |any )?state)"
    # (not "employed by any city, county, special district or agency of this state": both levels)
    r"(?![^;.]{0,80}? (?:or|and) (?:any |an? |the )?(?:agency|agencies|department|instrumentality) of (?:this|the) state\b)"
    # (not "any state or municipal law enforcement officer": both levels)
    + r"|(?<!state or )(?<!state and )(?<!state, )\b(?:"
    + "|".join(_LOCAL_POLICE)
    + r") (?:police|peace officers?|law enforcement)"
    # "any sworn member of the Evanston Police Department": one named department (not a state's,
    # nor a metropolitan department serving a whole region, as the District of Columbia's does).
    r"|\b(?:members?|officers?|employees?) of the (?!state\b|metropolitan\b)(?:[a-z][\w.'-]* ){1,3}"
    r"police department\b"
    r"|(?:police|peace) (?:officers?|departments?)(?: or (?:force|department)s?)? of (?:a |an |any |the )?"
    r"(?:political subdivision"
    r"|local government|municipality|county|city|town|village)"
    r"|correction(?:al|s) officers?|probation officers?|parole officers?|custodial officers?"
    # "a sheriff's officer"; "a state peace officer" (not "a state or local peace officer").
    r"|\bsheriff'?s'? officers?\b"
    r"|(?<!or )(?<!and )(?<!local )\bstate (?:peace|law[ -]enforcement|police) officers?\b"
    # ("A State law enforcement agency is liable ...": the State's own agencies only; not "an
    # officer of a local law enforcement agency or of a State law enforcement agency")
    r"|(?<!or )(?<!and )(?<!local )(?<!or of a )(?<!or of the )(?<!or of any )(?<!and of a )"
    r"\bstate (?:peace|law[ -]enforcement|police) agenc(?:y|ies)\b"
    # "a member of the police department of a campus", "a peace officer employed by a school
    # district": one kind of institution's police.
    r"|(?:police|peace officers?|law enforcement)[\w ]{0,30}? of (?:a |an |the )?(?:campus|university"
    r"|college|school|transit|port|airport|housing|park)"
    # "a law enforcement officer assigned to a public school", "... who is assigned by a police
    # department to provide law enforcement services at a public school": a school's officers.
    r"|(?:police|peace|law enforcement) officers?\b[^.;]{0,60}?\bassigned\b[^.;]{0,100}?\b(?:to|at|in) "
    r"(?:a |an |any |the |each )?(?:public )?(?:schools?|campus|university|college)\b"
    # "an officer of the transit authority police department": the institution named first.
    r"|\b(?:officers?|members?) of (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:campus|university|college"
    r"|school|transit|transportation|port|airport|housing|park)(?: [\w-]+){0,3}? police\b"
    # "persons employed by the office of a county sheriff": one kind of agency.
    r"|(?:employed|appointed|commissioned) by (?:a |an |any |the )?(?:office of (?:a |an |any |the )?"
    r"(?:county )?sheriff|(?:county )?sheriff'?s'? (?:office|department)|(?:county )?sheriff\b)"
    # "employed by the public safety department of a university": that institution's police.
    r"|(?:employed|appointed|commissioned) by (?:a |an |any |the )?(?:[\w-]+ ){0,3}?(?:department|division"
    r"|office|unit|force) of (?:a |an |any |the )?(?:state )?(?:university|college|school district|campus"
    r"|(?:post-?secondary )?educational institution|institution of higher (?:education|learning))"
    # "appointed under IC 21-39-4 by a state educational institution".
    r"|(?:employed|appointed|commissioned) (?:under [^,;]{1,40}? )?by (?:a |an |any |the )?(?:state )?"
    r"(?:school district|university|college|(?:post-?secondary )?educational institution"
    r"|institution of higher (?:education|learning)"
    r"|transit (?:district|authority|agency)|port authority|housing authority|airport)"
    # "a member of the Department of Public Safety's Vermont State Police", "troopers of the
    # state highway patrol": the State's own police force, one agency.
    # (not one item of a list of police: "a sheriff, a deputy sheriff, and a member of the
    # Vermont State Police", "(c) an officer of the Department of Kentucky State Police;")
    r"|(?<!or )(?<!and )(?<!, )(?<!; )(?<!or a )(?<!or an )(?<!and a )(?<!and an )(?<!, a )(?<!, an )"
    r"(?<!\) a )(?<!\) an )(?<!or any )(?<!and any )"
    r"(?<!; a )(?<!; an )(?<!;  a )(?<!;  an )\b(?:members?|officers?|troopers?) of (?:the |a )?(?:[\w'-]+ ){0,5}?"
    r"state (?:police|highway patrol)\b"
    r"(?! or\b| and\b|,)"
)
# Kinds of officer that are some law enforcement when no general class stands beside them
# ("a conservation warden"; but "a police officer ... or a game warden" is all of it).
# Officer kinds that narrow a class only when named alone: listed beside police officers
# ("a police officer, reserve officer, corrections officer, or parole and probation officer")
# they widen it.
OFFICER_KIND_ALONE = compile_pattern(
    r"correction(?:al|s) officers?|probation officers?|parole officers?|custodial officers?"
    r"|sheriff'?s'? (?:officers?|deputies|deputy)"
)
# The general police class with nothing narrowing it: not "campus police officer", not
# "peace officer employed by a county".
# Text of the phrase up to where a new item of a list starts with an article of its own.
_BEFORE_A_NEW_ITEM = r"(?:(?!,\s*(?:or\s+|and\s+)?(?:an?|any|every|each)\s)[^.;])"
_A_GOVERNMENT = (
    r"(?:the |this |a |an |any )?(?:state|commonwealth|county|counties|city|cities|municipal"
    r"|political|local|units? of local|towns?|villages?|townships?)\b"
)
UNQUALIFIED_POLICE_CLASS = compile_pattern(
    # "a state or local law enforcement officer": every level of government, not one.
    r"\b(?:state|federal),? (?:or|and) (?:local|municipal|county) (?:peace|law[ -]?enforcement"
    r"|police) officers?\b(?![^.;]*\b(?:employed|appointed|commissioned) by\b)"
    r"|"
    + "".join(
        f"(?<!{word} )"
        for word in (
            "campus",
            *_INSTITUTION_POLICE,
            *_LOCAL_POLICE,
            *("state", "village", "town", "reserve", "local", "federal", "excise"),
        )
    )
    + r"\b(?:peace|law[ -]?enforcement|police) officers?\b"
    # An employer named later in the phrase may govern every noun of the list; past a new item
    # with an article of its own, only a government may ("a law enforcement officer, a
    # correctional officer employed by the department of corrections": that institution is the
    # second item's employer; "..., or a detention officer employed by the state or a county"
    # may be every item's).
    r"(?!" + _BEFORE_A_NEW_ITEM + r"*\b(?:employed|appointed|commissioned) by\b)"
    r"(?![^.;]*\b(?:employed|appointed|commissioned) by "
    + _A_GOVERNMENT
    + r")(?! of (?:a|an|any|the) )"
    # "law enforcement and correctional officers": the noun shared by both kinds.
    r"|(?<!campus )(?<!local )(?<!state )\b(?:peace|law[ -]?enforcement|police)\s+(?:and|or)\s+"
    r"(?:correction(?:al|s)|detention|custodial|probation|parole|jail)\s+officers?\b"
    r"(?![^.;]*\b(?:employed|appointed|commissioned) by\b)(?! of (?:a|an|any|the) )"
)
# A claim that leaves out some police: "this section shall not apply to a member of the
# Pennsylvania State Police", "except a deputy of the county sheriff".
EXCLUDED_POLICE = compile_pattern(
    r"\b(?:(?:shall|does|do|will)\s+not\s+apply\s+to|except(?:\s+for)?|other\s+than)\s+"
    r"(?:an?\s+|any\s+|the\s+)?(?:members?|officers?|employees?|troopers?|deput(?:y|ies)|agents?)"
    r"\s+of\s+(?:the\s+|an?\s+|any\s+)?[^.;]{0,60}?\b(?:police|patrol|sheriff|law enforcement)"
)
# The whole police class left out of a wider one: "a public employee, other than a peace
# officer, who ...". A qualified class ("except a police officer employed by a city of one
# million") leaves out some police only, which EXCLUDED_POLICE reads.
# (or a definition's own "but does not include a sworn law enforcement officer")
EXCLUDED_ALL_POLICE = compile_pattern(
    r"\b(?:other\s+than|except(?:\s+for)?|excluding|not\s+including|(?:does|shall)\s+not\s+include)\s+"
    r"(?:an?\s+|any\s+|the\s+)?"
    # (or by their standing: "but does not include any person certified as a peace officer under
    # KRS 15.380")
    r"(?:(?:person|individual|employee)s?\s+(?:who\s+(?:is|are)\s+)?(?:certified|commissioned|licensed|sworn)\s+as\s+"
    r"(?:an?\s+)?)?"
    r"(?:(?:sworn|certified|commissioned)\s+)?(?:peace|police|law[-\s]enforcement)\s+officers?\b"
    r"(?!\s+(?:of|employed|appointed|serving|in|commissioned|for|who|that)\b)"
    # (or by what their post requires: "but does not include any person whose position requires
    # certification by the law enforcement standards board")
    r"|\b(?:other\s+than|except(?:\s+for)?|excluding|not\s+including|(?:does|shall)\s+not\s+include)\s+(?:an?\s+|any\s+)?"
    r"(?:person|individual|employee)s?\s+whose\s+(?:position|employment|job|duties)\s+requires?\s+(?:certification"
    r"|licensure)\s+(?:as\s+an?\s+(?:peace|police|law[-\s]enforcement)\s+officer|by\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:law[-\s]enforcement|police|peace\s+officers?)\s+(?:standards|training))"
)
NARROW_KIND = compile_pattern(
    r"conservation (?:wardens?|officers?)|game wardens?|wildlife officers?|park rangers?"
    r"|excise (?:police|officers?)|gaming (?:agents?|enforcement (?:agents?|officers?))"
    r"|village public safety officers?|alcohol(?:ic beverage)? (?:enforcement )?agents?"
    r"|jailers?|detention (?:officers?|staff|personnel|deputies)|\bjail officers?\b"
    # ("a constable or deputy constable of a township; or a marshal or deputy marshal of a city";
    # "a commissioned tribal officer")
    r"|\bconstables?\b|\b(?:deputy |city |town |village |court |municipal )?marshals?\b(?<!fire marshal)(?<!fire marshals)"
    r"|\btribal (?:police|law enforcement|peace) officers?|\b(?:commissioned )?tribal officers?"
)
# (child-protection and child-welfare workers, inspectors of buildings and health; and the
# employees of public bodies that are not police, with more bodies where ``extra`` adds them)
_CHILD_WORKERS = (
    r"|child[ -]protective\s+(?:services?\s+)?(?:workers?|investigators?|employees?|staff)"
    r"|child[ -]welfare\s+(?:workers?|caseworkers?|investigators?|employees?|staff)"
)
_INSPECTORS = r"|(?:building|housing|health|code)\s+(?:code\s+)?inspectors?"


def _employees_of_public_bodies(extra: str = "") -> str:
    """The alternatives for employees of public bodies that are not police (``extra`` adds
    bodies to the list)."""
    return (
        r"|employees?\s+of\s+(?:the\s+|a\s+|any\s+)?(?:(?:department|cabinet|division|agency)\s+(?:of|for)\s+"
        r"(?:children|health|human|social|family|education)"
        r"|(?:local\s+|county\s+|state\s+)?department\s+of\s+social\s+services"
        r"|public\s+school|school\s+(?:district|corporation|system|unit)"
        + extra
        + r"|(?:local\s+|county\s+"
        r"|city\s+)?(?:board|school\s+board)\s+of\s+education|school\s+board))"
    )


# Public occupations other than police, named beside them in a class: "a law enforcement
# officer, public school teacher or social worker", "any public school employee or law enforcement
# officer", "an employee of the department of children and family services".
# (Firefighters and emergency medical staff beside police are public-safety classes, "a few more
# officer classes" in RUBRIC.md's words: still law enforcement only.)
OTHER_PUBLIC_OCCUPATION = compile_pattern(
    r"\b(?:(?:public\s+)?school\s+(?:teachers?|employees?|administrators?)"
    r"|teachers?|social\s+workers?|caseworkers?"
    + _CHILD_WORKERS
    + r"|(?:public\s+)?hospital\s+(?:employees?|staff|workers?)"  # (public by the list's employers)
    + _INSPECTORS
    + _employees_of_public_bodies(r"|charter\s+school")
)
# Of those, the ones that are public service whatever the sentence says of the employer: a
# social worker, a caseworker or a hospital's staff named alone may be private licensees.
PUBLIC_OCCUPATION_ALONE = compile_pattern(
    r"\b(?:public\s+school\s+(?:teachers?|employees?|administrators?)"
    + _CHILD_WORKERS
    + r"|public\s+hospital\s+(?:employees?|staff|workers?)"
    + _INSPECTORS
    + _employees_of_public_bodies()
)
# Kinds of officer that are not all law enforcement when named alone: "a sheriff or deputy
# sheriff" leaves out police officers and state troopers.
COUNTY_OFFICERS_ONLY = compile_pattern(
    # ("the sheriff and the sheriff's deputies"; "the sheriff, in the sheriff's official capacity";
    # "the sheriff or deputy and on the official bond of the sheriff")
    # (after a subsection's label: "a_ the sheriff, ...")
    r"^(?:\W*\(?[a-z0-9]{1,3}[_.)]\s+)?(?:\W*(?:an?|any|the|every|each|such|or|and|sheriff(?:'?s'?)?|undersheriffs?|deputy"
    r"|deputies|deputy sheriffs?"
    r"|official|bond|capacity|in|his|her|its|their"
    r"|constables?|jailers?"
    # '"Deputy" means the sheriff, an undersheriff, or a deputy sheriff of any county,
    # including a reserve deputy sheriff while on duty'.
    r"|means|of|county|counties|including|reserve|special|while|on|duty"
    # "a deputy sheriff of a county of the first class": some counties' only.
    r"|first|second|third|fourth|class)\b)+"
    # "... a deputy sheriff appointed under section 311.04 of the Revised Code": how they are
    # appointed, not who else is covered.
    r"(?:\W+(?:appointed|elected|commissioned)\s+(?:under|pursuant\s+to)\b[^.;]{0,80})?\W*$"
)
# One level of local government's people: "an officer or employee of a municipality", "any
# officer or employee of the City" (wider than police, narrower than every public employee).
LOCAL_ONLY_SUBJECT = compile_pattern(
    r"\b(?:officers?|employees?|officials?|agents?)(?:,? (?:or|and)? ?(?:officers?|employees?|officials?"
    r"|agents?|volunteers?))* of (?:a|an|any|the|each|such) (?:municipality|municipal corporation|city|county|town"
    r"|village|township|borough|local public entity|local governmental entity|political subdivision"
    # (Pennsylvania's and California's "local agency": a government unit other than the state)
    r"|local government|unit of local government|local unit of government|local agenc(?:y|ie)"
    # ("any director, officer, or employee of a special district")
    r"|local public bod(?:y|ie)|special district)s?\b"
    r"(?!,? (?:or|and) (?:of )?(?:the |a |any |an )?(?:state|commonwealth|political|agency|instrumentality"
    r"|department))"
    # "an individual employed by, or an official of, a local unit of government".
    # (not "a detention officer employed by a county jail": one kind of officer)
    r"|\b(?:an?|any|every|each) (?:individual|person) employed by,? (?:or (?:an? )?(?:officials?"
    r"|officers?|agents?) of,? )?(?:a|an|any|the|each) (?:municipality|city|county|town|village|township"
    r"|political subdivision|local government|unit of local government|local unit of government)s?\b"
    r"(?!,? (?:or|and) (?:of |by )?(?:the |a |any |an )?(?:state|commonwealth|political|agency|instrumentality"
    r"|department))"
    # (not "a person employed by a county sheriff to supervise persons confined", "... by a county
    # or city as a peace officer": one kind of officer)
    # (nor "any person employed by a county, a municipality or by the state": every level)
    r"(?![^.;]{0,60}?\b(?:as|to|sheriffs?|jails?|police|correction\w*|detention|state|commonwealth)\b)"
    # "a local government employee", "municipal employees".
    # (not "a state or local official or employee": every level)
    r"|(?<!state or )(?<!state and )(?<!state, )(?<!state\/)"
    # ("any City employee", in a city's ordinance)
    r"\b(?:local government|local|municipal|county|city|town|village|borough|township) (?:public )?"
    r"(?:employees?|officers? (?:or|and) employees?|officials?)\b"
    r"(?!,? (?:or|and) (?:an? |any )?(?:state|commonwealth))"
)
# One state agency named alone ("a member of the state highway patrol"): some officers only,
# unless a general class stands beside it ("any peace officer, including a state trooper").
ONE_STATE_AGENCY = compile_pattern(
    r"\b(?:state|highway) (?:traffic |safety )?patrol|\bmembers? of the patrol\b|\bstate police\b|\bstate troopers?\b|\bhighway patrolm[ae]n"
    # One federal agency: "an agent of U.S. Immigration and Customs Enforcement".
    r"|immigration and customs enforcement|customs and border protection|\bborder patrol"
    r"|federal bureau of investigation|drug enforcement administration|bureau of prisons"
    r"|marshals service|secret service|bureau of alcohol"
    # "a sworn member of the Department of Public Safety": one state agency's officers.
    r"|\b(?:sworn\s+)?(?:members?|officers?|employees?)\s+of\s+the\s+(?:state\s+)?department\s+of\s+public\s+safety\b"
)
GENERAL_POLICE_CLASS = compile_pattern(
    # ("a state police officer" is a member of one agency, the state police)
    r"\b(?:peace|law[ -]?enforcement|(?<!\bstate )police) officers?\b|\blaw[ -]?enforcement (?:agenc|agent)"
    # "law enforcement and correctional officers": the noun shared by both kinds.
    r"|\b(?:peace|law[ -]?enforcement|police)\s+(?:and|or)\s+(?:correction(?:al|s)|detention|custodial"
    r"|probation|parole|jail)\s+officers?\b"
    # "any member of a police department": of whichever department.
    r"|\b(?:a|any|every|each) police departments?\b(?! of )"
)
# Actors named as private: contractors and private firms' staff are not public officers.
PRIVATE_ACTOR = compile_pattern(
    r"\bprivate(?:ly)?\b|\bcontractors?\b|\bcontract (?:employees?|personnel|staff)\b"
    # (a school's or a campus's security officers are public employees)
    r"|\bnongovernmental\b|(?<!school )(?<!campus )\bsecurity (?:officers?|guards?|agenc(?:y|ies)|compan(?:y|ies)"
    r"|firms?|services? business(?:es)?)\b"
    # (a tenant's claim against "a landlord, property manager, or any person acting on a
    # landlord's behalf": private parties, whatever right they interfere with)
    r"|\blandlord(?:s|'s|’s)?\b|\bproperty managers?\b"
    # (people who chase bail fugitives act "under color of a bail bond", not of public office)
    r"|\bbail\s+(?:enforcement\s+|recovery\s+)?agents?\b|\bbail\s+bonds?(?:men|man|persons?)\b|\bbounty\s+hunters?\b"
    r"|\bfugitive\s+recovery\b"
    # (a commissary or food-service vendor sells to a jail; it holds no public office)
    r"|\bvendors?\b"
    # (a towing company that removes a vehicle at an officer's request)
    r"|\btow(?:ing)?\s+(?:services?|compan(?:y|ies)|operators?|firms?|businesses?)\b|\btow\s+truck\s+operators?\b"
)
# A public body as such (not a person acting for it).
PUBLIC_ENTITY = compile_pattern(
    r"\b(?:public (?:entit|bod|employer)|governmental (?:entit|unit|bod)|political subdivision"
    r"|the state\b|(?:local )?government\b|municipalit|count(?:y|ies)\b|cit(?:y|ies)\b|agenc)"
)
# Conduct of a person acting for government, or a deprivation of rights: what makes a claim
# against a public body a claim about its officers' liability.
ACTOR_CONDUCT = compile_pattern(
    r"employee|officer|official|agent|deput|sheriff|police|colou?r of|depriv|violat\w* (?:of )?"
    r"(?:a |any |the )?(?:person|individual)|civil rights"
)
# Officials who are not every public employee.
# Officials named by office who are not police: elected officials, prosecutors and judges. A
# claim against them alone ends no officer's qualified immunity.
ELECTED_ONLY = compile_pattern(
    r"\belected (?:public )?(?:officials?|officers?)\b|\b(?:state |county |deputy )?(?:prosecutors?"
    r"|prosecuting attorneys?|district attorneys?|judges?|magistrates?)\b"
    # Other named officials who are not police: "a member of the governing body of a county",
    # "a teacher or administrator employed by a public school district".
    r"|\belected members?\b|\bmembers? of (?:the |a |any )?(?:(?:county|city|town|school) )?(?:governing body|legislative body"
    r"|legislature|general assembly|city council"
    r"|county commission|fiscal court|governing authorit(?:y|ies)|board of (?:education|commissioners|supervisors))\b"
    r"|\blegislators?\b"
    # (who run elections, and social-services caseworkers: public officials who are not police)
    r"|\b(?:election|precinct)\s+(?:officials?|workers?|judges?|inspectors?|officers?)\b|\bcaseworkers?\b"
    r"|\b(?:teachers?|principals?|school administrators?)\b(?:\s+or\s+(?:an?\s+)?(?:administrators?|principals?"
    r"|teachers?|counselors?))?"
)
# "Under color of" a private instrument (a contract, a lease, a licence) is no state action.
_COLOR_OF_PUBLIC = (
    r"colou?r of(?!\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+|any\s+|such\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:contracts?|leases?|rental\s+agreements?|agreements?|licen[cs]es?|deeds?|titles?|ownership"
    r"|terms\s+of\s+(?:service|use)|warrant(?:y|ies)|subscriptions?|memberships?)\b)"
)
# A claim against anyone acting under color of law reaches every public actor.
COLOR_OF_LAW_PERSON = compile_pattern(
    # (not "any person who is not acting under color of law")
    r"\b(?:any|every|an?|each|another) (?:other )?(?:person|individual|one)\b(?:(?!\bnot\b)[^.;]){0,40}?\b"
    + _COLOR_OF_PUBLIC
)
# A person under color of law, but only for a police agency: law enforcement, not everyone.
COLOR_OF_LAW_FOR_POLICE = compile_pattern(
    r"colou?r of (?:state )?law[^.;]{0,40}?\b(?:on behalf of|for|employed by|under the direction"
    r" of|at the direction of) (?:a|an|any|the) (?:[\w-]+ ){0,3}?law[ -]?enforcement agenc"
)
# Wider than police but short of every public employee.
STATE_ONLY_SUBJECT = compile_pattern(
    # ("State personnel, as defined in § 12-101 of the State Government Article"; "state officers
    # and employees")
    r"\b(?:(?:state|commonwealth) (?:agency )?(?:employees?|officials?|personnel|officers? (?:and|or) employees?)"
    r"|(?<!public )employees? of (?:the|this) (?:state|commonwealth)"
    r"|state officers?(?:,? (?:or |and )?(?:employees?|agents?|officials?))+)\b"
    # (not "an employee of the state police department": one agency's officers)
    r"(?! (?:police|highway patrol|patrol|troopers?)\b)"
    # "Any officer, employee, or agent of the state who ..." (not "... of the state or of").
    # ("an officer, employee, or volunteer of the state")
    r"|\b(?:officers?|employees?|agents?|servants?|officials?)(?:,? (?:or |and )?(?:officers?|employees?|agents?|servants?"
    r"|officials?|volunteers?))+ of (?:the|this) (?:state|commonwealth)\b"
    r"(?!,? (?:or|and)\b)(?! (?:police|highway patrol|patrol|troopers?)\b)"
    r"|\bemployees? of (?:a|an|any|the) state (?:agency|agencies|department)\b"
    # "any officer or employee of a department, agency, or institution of the state government".
    r"|\bemployees?\s+of\s+(?:a|an|any|the)\s+(?:[\w]+,?\s+){1,5}?(?:of|in)\s+(?:the\s+)?state\s+government\b"
    # "an employee of an agency of the executive branch of State government".
    r"|\bemployees? of (?:a|an|any|the) (?:\w+ ){0,3}?(?:agency|agencies|department) of the executive"
    r" branch of (?:the )?state\b"
)
# Local government named beside the state: "an employee of the state or of a political
# subdivision" is every public employee, not state employees only.
LOCAL_GOVERNMENT = compile_pattern(
    r"political subdivisions?|\bsubdivisions\b|\b(?:its|any|their)\s+subdivision\b"
    # (Wisconsin's "any political corporation, governmental subdivision, or agency thereof")
    r"|\bpolitical\s+corporations?\b|\bgovernmental\s+subdivisions?\b"
    r"|local (?:government|public entit|public bod)|municipalit|count(?:y|ies)\b"
    # ("a State employee or municipal employee": a municipality's people)
    r"|\bmunicipal\s+(?:employees?|officials?|workers?)\b"
    r"|\bcit(?:y|ies)\b|public entit|\btowns?\b|\bvillages?\b|\btownships?\b|\bboroughs?\b"
    r"|\b(?:school|special) districts?\b"
    # Virginia's word, and Michigan's "local unit of government".
    r"|\blocalit(?:y|ies)\b|\blocal\s+units?\s+of\s+government\b"
    # Pennsylvania's and California's "local agency" (a government unit other than the state).
    r"|\blocal\s+agenc(?:y|ies)\b"
)

# ---------------------------------------------------------------------------
# Causes of action
# ---------------------------------------------------------------------------

# The old words: "shall respond in damages", "will respond to said person for the damages",
# "shall answer in damages to the person injured" (the liable subject comes before them).
ANSWERS_IN_DAMAGES_SOURCE = r"\b(?:shall|will|must)\s+(?:respond|answer)\s+(?:to\s+[^.;]{1,40}?\s+)?(?:in|for)\s+(?:the\s+)?damages\b"
CAUSE_OF_ACTION = compile_pattern(
    ANSWERS_IN_DAMAGES_SOURCE
    # "... a police officer is personally liable for a deprivation described in § 4012(4)": liable
    # for a wrong (not "personally liable for five percent of the judgment", a share).
    + r"|\b(?:is|are|shall be) (?:personally|individually) liable(?= (?:to [^.;]{1,40}? )?for (?:a|an|any|the|such)"
    r" (?:deprivation|violation|injury)\b)"
    r"|\b(?:(?:is|are|shall be|be held|becomes?) (?:jointly (?:and severally )?)?(?:liable|answerable)"
    r"|subject to (?:the same |civil |personal )?liability"
    r"|liable (?:in tort )?to (?:the|such|that|an?) (?:injured|individual|person|party|plaintiff)"
    r"|may (?:bring|institute|maintain|file|commence)\b[^.]{0,130}?\b(?:action|suit|claim|lawsuit)"
    r"|has a (?:private )?(?:right|cause) of action|(?:private )?cause of action (?:against|for)"
    # "has a claim for relief against the officer"; "shall have a civil action against that officer".
    r"|\bha(?:s|ve) a (?:civil )?claim (?:for (?:relief|damages) )?against\b"
    r"|\bha(?:s|ve) a civil action against\b"
    # "A cause of action is created against any law enforcement officer who ...".
    r"|(?:right|cause)s? of action (?:is|are|shall be) (?:hereby )?(?:created|established|granted"
    r"|conferred|recognized)\b[^.]{0,20}?\bagainst\b"
    r"|(?:right|cause)s? of action (?:exists?|lies?|shall (?:exist|lie)) against\b"
    r"|civil action (?:for|against) (?:the )?deprivation|action for damages"
    r"|may (?:sue|recover damages)"
    # Plain language: "... who violates a right protected by the constitution of this state
    # must pay the person harmed for the harm done".
    r"|\b(?:must|shall)\s+pay\s+(?:the|that|any)\s+(?:person|individual|people|party)\s+(?:harmed|injured"
    r"|wronged|hurt)\b"
    # Plain language: "can be sued by you for damages", "you can sue the officer", "you can
    # bring a lawsuit".
    r"|\b(?:may|can)\s+be\s+sued\b|\bcan (?:sue|recover damages)\b"
    # Older and rarer forms of the same rule: "may be held to answer in damages", "liability
    # attaches to any officer who ...", "a right of action accrues to the person", "the
    # deprivation ... is actionable against the officer".
    # ("may be held to account in a civil proceeding")
    r"|\b(?:is|are|shall|may|must|will)\s+be\s+held\s+to\s+(?:answer|account)\b"
    r"|\bliability\s+(?:shall\s+)?attach(?:es)?\s+to\b"
    # (accrues "to" someone: not the limitation period's "within one year after the cause of
    # action accrues")
    r"|\b(?:right|cause)s?\s+of\s+action\s+(?:shall\s+)?accrues?\s+to\b"
    r"|\b(?:is|are|shall\s+be)\s+actionable\b"
    r"|\bcan (?:bring|file|start)\b[^.]{0,130}?\b(?:action|suit|lawsuit|claim|case)"
    # The passive: "an action may be brought against any officer who ...".
    r"|\b(?:action|suit|claim|proceeding)s?\b[^.]{0,60}?\bmay be (?:brought|maintained|instituted"
    r"|filed|commenced)\b"
    # Civil-law codes: "is obliged to repair the damage so caused", "shall be bound to make
    # reparation for the harm".
    r"|\b(?:is|are|shall be)\s+(?:obliged|bound|obligated)\s+to\s+(?:repair|make\s+(?:good|reparation)"
    r"|compensate|indemnify)\b[^.;]{0,30}?\b(?:damages?|harm|injury|loss|prejudice)\b"
    # "... owes that person a duty to compensate the person in full"; "A violation of section
    # 5801 gives rise to a civil action against the violator".
    r"|\bowes?\b[^.;]{0,40}?\bduty\s+to\s+compensate\b"
    # "Every person who is deprived of a right ... has a right to recover damages ... in an
    # action against that officer or employee".
    r"|\bha(?:s|ve)\s+a\s+right\s+to\s+(?:recover|obtain|seek)\s+(?:compensatory\s+)?damages\b"
    r"|\b(?:gives?|shall\s+give)\s+rise\s+to\s+(?:an?\s+)?(?:private\s+)?(?:civil\s+)?(?:action|claim"
    r"|cause\s+of\s+action|right\s+of\s+action)\b[^.;]{0,40}?\bagainst\b"
    # "... may recover from the law enforcement officer and the officer's employing agency ...";
    # "Damages may be recovered from a covered entity for any deprivation ..."; "Any officer who
    # ... deprives any person of a right ... is subject to suit by the person so deprived"; "An
    # action for the deprivation of any right ... lies against any officer ...".
    # (not "may recover the property or its value ... from the agency", "may recover it from the
    # officer": what is recovered is the award, or nothing named between)
    r"|\bmay\s+recover\s+(?:(?:actual|compensatory|punitive|money)\s+)?(?:damages\s+)?from\b"
    # ("may recover, in a civil action against the peace officer who committed the breach,
    # compensatory and punitive damages": the defendant named in an interjection)
    r"|\bmay\s+recover,\s+in\s+(?:a|an)\s+(?:civil\s+)?(?:action|suit)\s+against\b"
    r"|\b(?:damages|compensation|relief)\b(?:,[^.;]{0,80}?,)?\s+may\s+be\s+recovered\s+from\b"
    # "Liability shall be imposed upon any peace officer who ..."; "... has a right to recover,
    # from that peace officer, compensatory damages"; "The remedies of this section are
    # available against any public employee who ...".
    r"|\bliability\s+(?:shall\s+be|is|will\s+be)\s+imposed\s+(?:up)?on\b"
    # ("... and does not act to halt it shares liability for it")
    r"|\bshares?\s+(?:in\s+)?(?:the\s+)?liability\s+for\b"
    r"|\bha(?:s|ve)\s+a\s+right\s+to\s+(?:recover|obtain)\b,?\s+from\b"
    r"|\bremed(?:y|ies)\b[^.;]{0,40}?\b(?:is|are|shall\s+be)\s+available\s+against\b"
    # A tort claims act's own words widened to the deprivation of rights: "tortious conduct
    # includes the deprivation, by an officer ..., of any right secured by the Constitution";
    # "an action sounding in tort includes an action against a peace officer for the deprivation".
    r"|\b(?:tortious\s+conduct|sounding\s+in\s+tort|tort\s+claim)\s+(?:shall\s+)?includes?\b[^.;]{0,160}?\bdepriv"
    r"|\bsubject\s+to\s+(?:a\s+)?(?:civil\s+)?suit\b"
    # "The State waives its immunity and assumes liability for the deprivation ... of any right".
    r"|\bassumes?\s+(?:the\s+)?liability\b(?:,[^.;]{0,200}?,)?\s+for\b"
    # "The state ... consents to be sued ... for any deprivation of a right"; "hearing and passing
    # upon claims against ... agencies of the State for the deprivation of any right".
    r"|\bconsents?\s+to\s+be\s+sued\b"
    # (a tribunal given claims to hear, not claims an insurance pool covers)
    r"|\b(?:hear\w*|determin\w*|passing\s+upon|jurisdiction\s+(?:over|of|to\s+hear))\b[^.;]{0,80}?\bclaims?\s+"
    r"against\b[^.;]{0,200}?\bfor\s+(?:the\s+|any\s+)?deprivation\b"
    r"|\b(?:action|suit|claim)s?\b[^.;]{0,200}?\blies?\s+against\b"
    # "An individual whose rights ... have been violated by a peace officer ... may obtain
    # redress from that officer"; "... shall answer to the injured party in an action at law".
    r"|\bmay\s+(?:obtain|seek)\s+(?:redress|relief)\s+(?:from|against)\b"
    r"|\b(?:shall|must|will)\s+answer\s+to\s+(?:the|any|such|that)\s+(?:injured\s+|aggrieved\s+)?(?:party|person"
    r"|individual)\b[^.;]{0,20}?\bin\s+an?\s+action\b)"
)
# A literal that every CAUSE_OF_ACTION match contains (one per alternative).
CAUSE_OF_ACTION_GATE = (
    *("pay the person", "pay the individual", "pay the people", "pay the party"),
    *("pay that person", "pay any person", "pay that individual", "pay any individual"),
    *(
        "liab",
        "respond",
        "answer",
        "to be sued",
        "claim",
        "may bring",
        "may institute",
        "may maintain",
        "may file",
        "may commence",
    ),
    *("of action", "civil action", "action for damages", "may sue", "may recover"),
    *("may be brought", "may be maintained", "may be instituted", "may be filed"),
    "may be commenced",
    *("be sued", "can sue", "can recover", "can bring", "can file", "can start"),
    *("has a claim", "have a claim", "has a civil claim", "have a civil claim"),
    *("has a civil action", "have a civil action"),
    *("obliged to", "bound to", "obligated to"),
    *("held to answer", "actionable"),
    *("duty to compensate", "rise to", "right to recover", "right to obtain", "right to seek"),
    *("be recovered from", "subject to suit", "subject to civil suit", "subject to a"),
    *("lies against", "lie against", "available against", "redress from", "relief from"),
    *("redress against", "relief against"),
    *("tortious conduct includ", "tortious conduct shall includ", "sounding in tort includ"),
    *("sounding in tort shall includ", "tort claim includ", "tort claim shall includ"),
)

# ---------------------------------------------------------------------------
# Qualified immunity and its equivalents
# ---------------------------------------------------------------------------

# Words that name qualified immunity or a defense that does the same work.
# Section 1983 cited as the statute an immunity is had under ("available to the officer in an
# action under 42 U.S.C. § 1983"): the federal doctrine, qualified immunity. Written once for
# QI_TERM, PRESERVES_QI and SECTION_1983_IMMUNITY.
_UNDER_SECTION_1983 = (
    r"\b(?:under|to)\s+(?:42\s+u[._]?s[._]?c[._]?\s*(?:§+|sec\w*[._]?)?\s*|section\s+|§\s*)1983\b"
)
_IMMUNITY_UNDER_SECTION_1983 = r"\bimmunit(?:y|ies)\b[^.;]{0,80}?" + _UNDER_SECTION_1983
SECTION_1983_IMMUNITY = compile_pattern(_IMMUNITY_UNDER_SECTION_1983)
QI_TERM = compile_pattern(
    r"qualified (?:official )?immunity|clearly established|good[ -]faith|reasonabl[ey] (?:have been"
    r" expected to know|believ|thought)|believed,? (?:(?:reasonably or otherwise|however reasonably|even"
    r" reasonably),? )?that (?:his|her|their|the)"
    r"|belief,? (?:however|even if) reasonable"
    r"|reasonable belief|common[ -]law (?:doctrines? of )?immunit|immunit(?:y|ies)[^.]{0,110}"
    r"common law|doctrines? of immunity|substantially (?:equivalent|similar) immunity"
    r"|clearly lawful|\bnot (?:be )?immune\b"
    # A state's own good-faith immunity of officers by its name: "official immunity" (Texas,
    # Missouri), "public official immunity" (North Carolina). (Not a cited section's catch-line:
    # "section 8546 (relating to defense of official immunity)".)
    r"|(?<!defense of )\bofficial immunity\b"
    # "that the officer did not know and could not reasonably have known that the conduct was
    # unlawful"
    r"|\breasonably (?:have )?known\b[^.;]{0,40}?\b(?:unlawful|unconstitutional|illegal|violat)"
    # "whether the unlawfulness would have been apparent to a reasonable officer".
    r"|apparent to (?:a|any|every) reasonable (?:[\w-]+ ){0,2}?(?:officer|official|person|employee)"
    # The doctrine by its elements: what an officer "could have believed", a belief that the
    # conduct was lawful, the want of a prior decision or precedent, immunity made by judges.
    r"|(?:could|would|might) have believed|(?:objectively|subjective(?:ly)?) (?:reasonabl[ey] )?believ\w*"
    r"|subjective belief|belie(?:f|ved) (?:that )?(?:the|his|her|their|such) conduct (?:was |to be )?"
    r"lawful"
    r"|\bprior (?:judicial |court |appellate )?(?:decisions?|cases?|precedents?|rulings?)\b"
    r"|\b(?:no|absence of|lack of|without) (?:a )?(?:prior |controlling |binding )?(?:precedent|case law)"
    r"|(?:judicially|judge|court)[ -](?:created|made) immunit|objectively reasonable"
    # Reliance on a statute later struck down: "objectively reasonable reliance on a statute".
    r"|reasonabl[ey] (?:reliance|relied)|reliance on (?:a |an |the )?(?:statute|regulation|ordinance)"
    # Whether a court had held such conduct unlawful before: the clearly-established element.
    r"|\bcourts? (?:had |has |have )?(?:not )?previously (?:held|found|ruled|declared|recognized)"
    # "that no decision of a court had declared unlawful conduct similar to ..."; "whether the
    # law was settled when the officer acted".
    r"|\bno (?:\w+ )?decision of (?:a|any|the) (?:[\w.]+ ){0,4}?court\b|\b(?:law|right) (?:was|had been) (?:clearly )?(?:un)?settled\b"
    # "because the law governing the conduct was unsettled", "because no court had yet held".
    r"|\b(?:law|right)\b[^.;]{0,40}?\b(?:was|were|had been|is) (?:clearly )?(?:un)?settled\b"
    r"|\bno court (?:had |has )?(?:yet |previously |ever |before )?(?:held|found|ruled|declared)\b"
    r"|\bmistaken belief\b"
    # Every immunity of public office: "any immunity that arises from the officer's public
    # employment, however that immunity is described".
    r"|\bimmunit(?:y|ies)\s+(?:that|which)\s+aris(?:es|e)\s+(?:from|out\s+of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:public|official)\s+(?:employment|office|position|capacity|status)"
    # Plain language: "the law was not clear at the time", "the officer thought the conduct was
    # legal".
    r"|\b(?:law|right)\s+(?:was|is)\s+not\s+clear\b"
    r"|\bthought\s+(?:that\s+)?(?:the|his|her|their|its)\s+(?:\w+\s+)?(?:conduct|actions?|acts?)\s+(?:was|were)\s+"
    r"(?:legal|lawful|allowed|permitted)\b"
    # The federal doctrine by the statute it grew under: "any immunity that would be available to
    # the officer in an action under 42 U.S.C. § 1983".
    r"|" + _IMMUNITY_UNDER_SECTION_1983 +
    # The doctrine by its leading case: "The immunity recognized in Harlow v. Fitzgerald".
    r"|\bharlow\s+v[_.]?\s+fitzgerald\b"
    # "that the defendant did not know the conduct was unlawful".
    r"|\b(?:did|does|could|would) not (?:have )?know\w* (?:that )?(?:the|his|her|their|its|such) "
    r"(?:conduct|act|action)s? (?:was |were |to be )?(?:unlawful|illegal|unconstitutional)"
    # "could have thought the conduct lawful", "could reasonably have thought".
    r"|\b(?:could|would|might)\s+(?:reasonably\s+)?have\s+(?:thought|believed|concluded|understood)\b"
    # "whether any court had, before the conduct, decided a case with similar facts"; "had not
    # previously been held unlawful"; "fair warning" (the doctrine's notice test).
    r"|\b(?:any|a|no)\s+court\s+had\b[^.;]{0,40}?\b(?:decided|held|found|ruled)\b"
    r"|\bcase\s+with\s+(?:materially\s+)?similar\s+facts\b"
    r"|\b(?:had|has|have)\s+(?:not\s+)?(?:previously|yet|before|ever)\s+been\s+(?:held|found|declared|ruled)"
    r"\s+(?:un(?:lawful|constitutional)|illegal)"
    r"|\bfair\s+(?:and\s+clear\s+)?(?:warning|notice)\b"
    # "The immunity of a peace officer from civil liability for discretionary acts": an official
    # immunity doing the doctrine's work.
    r"|\bimmunit(?:y|ies)\s+of\s+(?:a|an|the|any)\s+(?:[\w-]+\s+){0,3}?(?:officers?|employees?|officials?)\s+"
    r"from\s+(?:civil\s+|personal\s+)?liability\b"
    r"|\breasonable\s+grounds?\s+(?:to|for)\s+(?:believe|belief)"
    # The doctrine's test by its own name, and the law it is measured against: "the objective
    # legal reasonableness of the officer's conduct, measured against the law as it stood".
    r"|\b(?:objective\s+)?legal\s+reasonableness\b"
    r"|\bthe\s+law\s+as\s+it\s+(?:then\s+)?(?:stood|existed)\b"
    # "any immunity recognized in actions under 42 U.S.C. 1983": the doctrine by its home.
    r"|\bimmunit(?:y|ies)\s+(?:recognized|available|afforded|applied)\s+(?:in|under)\s+(?:actions?\s+under\s+)?"
    r"(?:42\s+u[\W_]*s[\W_]*c[\W_]*(?:\s*(?:section|sec[\W_]*|§)\s*)?1983|section\s+1983)"
    # "whether the officer knew or should have known that the conduct was unlawful".
    r"|\bknew or (?:reasonably )?should have known (?:that )?(?:the|his|her|their|its|such) (?:conduct|act|action)s? "
    r"(?:was|were) (?:unlawful|illegal|unconstitutional|wrongful)"
    # "The immunity from suit that federal courts extend to government officials".
    r"|\bimmunit(?:y|ies)\b[^.;]{0,80}?\b(?:that|which)\s+(?:the\s+)?(?:federal\s+)?courts?\s+"
    r"(?:have\s+)?(?:extend|recogni[sz]|afford|appl|grant|creat|develop)\w*"
    # "or that a reasonable officer in the same circumstances would have known, that ...".
    # ("a reasonable peace officer would have known", "a reasonable law enforcement officer")
    r"|\b(?:a|any) reasonable (?:[\w-]+ ){0,2}?(?:officer|official|person|employee)\b[^.;]{0,80}?\b(?:would|should|could)"
    r" have known\b"
    # "any immunity, qualified or otherwise".
    r"|\bimmunit(?:y|ies),? (?:whether )?(?:designated as |described as )?qualified\b"
    # "any immunity from suit ..., whether sovereign, discretionary-function, qualified or otherwise".
    r"|\bimmunit(?:y|ies)\b[^.;]{0,120}?\bwhether\s+(?:[\w-]+,?\s+(?:or\s+)?){0,5}?qualified\b"
    # The doctrine's test in other words: conduct "though unlawful, was reasonable", judged
    # "in light of the law" as it then stood.
    # The doctrine by its source or its elements in other words: "the protection afforded by
    # federal case law to government officials performing discretionary functions"; "the common
    # law and statutory immunities of public officers"; "an immunity grounded in the
    # reasonableness of the defendant's mistake of law"; "because the officer could not have
    # foreseen that a court would hold the conduct unlawful"; "the belief of a public officer that
    # the conduct was lawful".
    r"|\b(?:protection|immunit(?:y|ies)|defen[cs]es?)\s+(?:afforded|given|extended|recognized)\s+by\s+(?:the\s+)?"
    r"(?:federal\s+)?(?:case\s+law|(?:court|judicial)\s+decisions?|decisions\s+of\s+(?:the\s+)?(?:federal\s+)?courts)\b"
    r"|\bcommon[ -]law\s+(?:and|or)\s+statutory\s+immunit"
    r"|\breasonableness\s+of\s+(?:the\s+)?(?:[\w-]+(?:'s|\u2019s)\s+)?(?:mistake|belief)\b"
    r"|\bforeseen\s+that\s+(?:a|any|the)\s+court\s+would\s+(?:hold|find|rule)\b"
    r"|\bbelief\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:officer|employee|official|defendant)\s+that\s+"
    r"(?:the|his|her|its|their|such)\s+conduct\s+was\s+lawful"
    r"|\b(?:though|although|even if) unlawful,? (?:was|were|is) (?:objectively )?reasonable"
    r"|\breasonable in light of (?:the )?(?:\w+ )?law"
    # Only immunities the legislature made: every judge-made one (qualified immunity) is out.
    r"|\bonly (?:an? |those |the )?immunit(?:y|ies)\b[^.;]{0,30}?\b(?:provided|created|conferred"
    r"|granted|established) (?:expressly )?(?:by|in) (?:a )?(?:statute|the legislature|law enacted)"
)
# A literal one of which every QI_TERM match contains.
QI_GATE = (
    "immun",
    "protection afforded",
    "foreseen",
    "not clear",
    "thought",
    "clearly established",
    "good faith",
    "good-faith",
    "reasonabl",
    "believ",
    "belief",
    "clearly lawful",
    "prior",
    "precedent",
    "case law",
    "reliance",
    "relied",
    "previously",
    "decision of",
    "settled",
    "mistaken belief",
    "harlow",
    "know",
    "thought",
    "concluded",
    "understood",
    "court had",
    "similar facts",
    "been held",
    "been found",
    "been declared",
    "been ruled",
    "fair warning",
    "fair and clear warning",
    "fair notice",
    "fair and clear notice",
    "law as it",
)
# A bar stated through procedure: what a court may not dismiss on, what may not bar a suit.
PROCEDURAL_BAR = compile_pattern(
    # ("a court may not: (a) dismiss the action ... on the ground that ...")
    r"\b(?:may|shall|must)\s+not(?:\s*:\s*(?:\(?\w{1,3}[).]\s*)?|\s+)(?:be\s+)?(?:dismiss(?:ed)?|barred|bar|deny|denied|grant"
    r"|defeated)\b[^.]{0,200}?\b(?:because|(?:up)?on (?:the|either|that|such|any such|those|these) (?:ground|basis)s?"
    r"|by reason|for the reason|due to|solely|on account of)\b"
    r"|\b(?:is|shall be)\s+not\s+(?:a\s+)?(?:ground|basis)\s+(?:for|to)\s+(?:dismiss|summary)"
    # "The court may not consider whether the right was clearly established"; "the court shall
    # deny any motion to dismiss ... that rests on the ground that ...".
    r"|\b(?:may|shall|must)\s+not\s+(?:be\s+considered\s+in\s+determining\s+liability|consider|inquire"
    r"|take into account)\b"
    # (what is not considered is the doctrine, not "a complaint that was not made in good faith")
    r"(?=[^.;]{0,30}?\b(?:whether|good|belief|believ\w*|clearly|qualified|immun\w*|reasonabl\w*"
    r"|into|prior|precedent|the\s+(?:law|state\s+of\s+the\s+law)))"
    r"|\bshall\s+deny\s+(?:any|a|each|every)\s+motion\b[^.]{0,160}?\b(?:ground|basis|because|rests?\s+on"
    r"|relies\s+on|is\s+based\s+on)"
    # "No motion under Section 2-615 ..., and no post-trial motion may rest, in whole or in part,
    # upon the contention that the defendant is entitled to qualified immunity".
    r"|\bno\s+(?:[\w-]+\s+){0,3}?motions?\b[^.]{0,300}?\bmay\s+rest\b[^.]{0,40}?\b(?:up)?on\s+(?:the\s+)?"
    r"(?:contention|ground|argument|assertion|claim)\s+that\b"
    # "the jury shall not be told, by instruction of the court ..., that the defendant may escape
    # liability because ...".
    r"|\b(?:jury|jurors|trier\s+of\s+fact)\s+(?:shall|may|must)\s+not\s+be\s+(?:told|instructed|charged|asked)\b"
    # "the question whether ... is not to be submitted to the court or the jury".
    r"|\b(?:is|are)\s+not\s+to\s+be\s+(?:submitted|put|decided|determined|considered)\b"
    # "A court shall not enter judgment for an officer on the ground that ...".
    # "A court lacks authority to dismiss such an action ... on the basis of qualified
    # immunity"; "No court shall refuse to impose liability ... on the ground that ...".
    r"|\blacks?\s+(?:the\s+)?(?:authority|power|jurisdiction)\s+to\s+(?:dismiss|enter|grant|render)\b"
    r"[^.]{0,200}?\b(?:because|(?:up)?on (?:the|either|that|such|any such|those|these) (?:ground|basis)s?"
    r"|by reason|for the reason|due to|on account of)\b"
    # "No defendant may obtain dismissal or judgment on the ground that ...", "A defendant may
    # not obtain summary judgment because ...".
    r"|\b(?:no\s+(?:defendant|officer|employee|party|person)\s+(?:may|shall)|(?:may|shall|must)\s+not)\s+"
    r"(?:obtain|be\s+granted|receive|secure)\s+(?:a\s+)?(?:dismissal|(?:summary\s+)?judgment)\b[^.]{0,200}?"
    r"\b(?:because|(?:up)?on (?:the|either|that|such|any|any such|those|these) (?:ground|basis)s?|by reason"
    r"|for the reason|due to|on account of)\b"
    # "No court shall stay discovery, dismiss the action, or grant summary judgment on any ground
    # that depends on whether the right was clearly established".
    # ("No court of this state, trial or appellate, shall dismiss an action ... on the ground that")
    r"|\bno\s+court(?:\s+of\s+(?:this|the)\s+(?:state|commonwealth))?(?:,\s*[^,.;]{1,40},)?\s+(?:shall|may)\s+"
    r"(?:stay|dismiss|grant|enter|deny|bar)\b[^.]{0,200}?\b(?:because"
    r"|(?:up)?on (?:the|either|that|such|any|any such|those|these) (?:ground|basis)s?|by reason|for the reason"
    r"|due to|on account of)\b"
    # (or "A court may not refuse to enter judgment against a covered officer on the ground that")
    # ("No court of this State shall decline to hear, nor shall it dismiss, an action ... on the
    # ground that the right was not clearly established")
    r"|\b(?:no\s+court(?:\s+of\s+(?:this|the)\s+(?:state|commonwealth))?\s+(?:shall|may)|(?:may|shall|must)\s+not)"
    # ("A court shall not refuse to hold a defendant liable ... on the ground that ...")
    r"\s+(?:refuse|decline|fail)\s+to\s+(?:impose|find|enter|award|render|hear|entertain|adjudicate|try|decide"
    r"|hold)\b"
    r"[^.]{0,200}?\b(?:because|(?:up)?on (?:the|either|that|such|any such|those|these) (?:ground|basis)s?"
    r"|by reason|for the reason|due to|on account of)\b"
    r"|\b(?:may|shall|must)\s+not\s+(?:enter|render|grant)\s+(?:summary\s+)?judgment\b[^.]{0,200}?"
    r"\b(?:because|(?:up)?on (?:the|either|that|such|any such|those|these) (?:ground|basis)s?|by reason"
    r"|for the reason)\b"
    # Evidence of good faith "is not admissible on the question of liability"; the jury "shall
    # not be asked to find" whether the defendant acted in good faith.
    r"|\b(?:is|are|shall\s+be)\s+(?:not\s+admissible|inadmissible)\b"
    # Plain language: "The officer cannot get the case thrown out by showing that ...", "cannot
    # avoid paying by showing that ...".
    r"|\b(?:cannot|can\s+not|may\s+not|shall\s+not)\s+(?:get|have)\s+(?:the|a|any|this|such|your)\s+"
    r"(?:case|suit|lawsuit|action|claim)\s+(?:thrown\s+out|dismissed)\s+(?:by|for)\b"
    # ("No public officer or employee, including a law enforcement officer, may avoid liability
    # in an action brought pursuant to subsection c. by showing that ...": a negated subject
    # with an appositive, and the action named between the liability and the means.)
    r"|\b(?:cannot|can\s+not|may\s+not|shall\s+not|no\s+(?:[\w-]+\s+){0,3}?(?:officers?|employees?|officials?"
    r"|defendants?|persons?)\b[^.;]{0,80}?\b(?:may|shall|can))\s+(?:avoid|escape)\s+(?:paying|payment|liability"
    r"|being\s+held\s+liable)\s+(?:(?:in|under)\s+[^.;]{0,100}?)?by\s+(?:showing|proving|arguing|claiming"
    r"|asserting)\b"
    # A rule of construction: "No provision of law shall be construed to permit a defendant in an
    # action under this section to avoid liability by asserting that ...".
    # ("This act ... shall not be construed to allow a defendant to avoid liability on the ground of
    # qualified immunity": the act itself as the subject, the ground named.)
    r"|(?:\b(?:no\s+(?:provision\s+of\s+)?law|nothing\s+in\s+(?:this|any)\s+\w+)\s+(?:shall|may)\s+be"
    r"|\b(?:shall|may)\s+not\s+be)\s+construed\s+to\s+"
    r"(?:permit|allow|entitle|enable)\s+(?:a|an|any|the)\s+(?:[\w-]+\s+){0,3}?(?:defendants?|officers?|employees?"
    r"|members?|officials?|persons?)\b[^.;]{0,80}?\bto\s+(?:avoid|escape|defeat)\s+(?:liability|the\s+(?:action|claim))\s+(?:by\b"
    r"|because\b|(?:up)?on\s+the\s+(?:ground|basis)s?\s+(?:of|that)\b)"
    # "neither an order granting a motion to dismiss ... nor a verdict or judgment may rest on the
    # ground that ..."
    r"|\bneither\b[^.]{0,200}?\bnor\b[^.]{0,120}?\b(?:may|shall)\s+(?:rest|be\s+based|be\s+granted|be\s+entered)"
    r"\s+(?:on|upon)\b"
    r"|\b(?:may|shall)\s+not\s+(?:rest|be\s+based)\s+(?:on|upon)\s+(?:the|a|any)\s+(?:ground|basis|finding)"
    # "No employee sued under this section may be heard to claim, as a ground for immunity, that
    # ... he acted in the reasonable belief that it was lawful."
    r"|\b(?:no\s+(?:[\w-]+\s+){0,5}?(?:may|shall)|(?:may|shall)\s+not)\s+be\s+heard\s+to\s+(?:claim|assert|argue"
    r"|say|contend|plead)\b"
    r"|\b(?:shall|may|must)\s+not\s+be\s+asked\s+to\s+(?:find|decide|determine)\b"
    r"|\bno\s+(?:action|claim|suit)\b[^.]{0,80}?\b(?:shall|may)\s+be\s+(?:dismissed|barred)\b"
    # "Judgment ... shall not be withheld on the ground that ..."; "no verdict for the plaintiff
    # shall be set aside ... because ..."; "The remedies ... shall not be diminished or denied by
    # reason of ... qualified immunity".
    r"|\b(?:shall|may|must|will)\s+not\s+be\s+(?:withheld|set\s+aside|reduced|diminished|denied"
    r"|vacated|reversed|defeated|limited)\b[^.]{0,200}?\b(?:because|(?:up)?on the (?:ground|basis)s?|by reason"
    r"|for the reason|due to|on account of)\b"
    r"|\bno\s+(?:verdict|judgment|award|recovery)\b[^.]{0,120}?\b(?:shall|may)\s+be\s+(?:set\s+aside"
    r"|reduced|vacated|withheld|denied|entered\s+for\s+(?:a|the)\s+defendant)\b[^.]{0,200}?"
    r"\b(?:because|(?:up)?on the (?:ground|basis)s?|by reason|for the reason)\b"
    # What a plaintiff need not prove: "need not prove that the right was clearly established",
    # "is not required to establish", "It shall not be necessary for the plaintiff to show".
    r"|\b(?:plaintiffs?|claimants?|injured (?:party|person)|aggrieved (?:party|person))\b[^.;]{0,60}?"
    r"\b(?:need\s+not|(?:does|do)\s+not\s+need\s+to|(?:is|are|shall)\s+not\s+(?:be\s+)?required\s+to)\s+"
    r"(?:plead\s+or\s+)?(?:prove|establish|show|demonstrate|plead|allege)\b"
    r"|\bit\s+shall\s+not\s+be\s+necessary\s+for\s+(?:the|a|any)\s+(?:plaintiff|claimant)\s+to\s+"
    r"(?:prove|establish|show|demonstrate|plead|allege)\b"
    # "whether the right was clearly established ... shall not be submitted to the jury"; "the
    # court shall not instruct the jury that it may find for the defendant because ...".
    r"|\b(?:may|shall|must)\s+not\s+be\s+(?:submitted|put|decided|determined)\s+(?:to|by)\s+"
    r"(?:the\s+)?(?:jury|court|trier of fact)\b"
    r"|\b(?:may|shall|must)\s+not\s+instruct\s+(?:the\s+)?jury\b"
    r"|\bjur(?:y|ies)\s+(?:shall|may|must)\s+not\s+be\s+instructed\b"
    # Immunity judged "as if the defendant were a private individual": no official's immunity
    # (read only where immunity is what is so judged, see clauses._names_general_immunity).
    r"|\bas\s+(?:if|though)\s+(?:the\s+|a\s+)?(?:defendant|officer|employee|official)\s+were\s+a\s+"
    r"private\s+(?:individual|person|party|citizen)\b"
    # "A motion under Civ.R. 12(b) asserting that the defendant is immune ... shall be denied";
    # "no judgment shall be entered upon qualified immunity"; "A claim ... shall not fail
    # because the officer believed ..."; "may not obtain dismissal of, or judgment in, an
    # action ... on the ground that ...".
    r"|\bmotions?\b[^.]{0,200}?\b(?:asserting|based\s+(?:up)?on|raising|claiming|grounded\s+(?:up)?on"
    r"|rests?\s+(?:up)?on|resting\s+(?:up)?on|relies\s+(?:up)?on|relying\s+(?:up)?on|premised\s+(?:up)?on)\b"
    r"[^.]{0,200}?\b(?:shall|must)\s+be\s+denied\b"
    r"|\bno\s+(?:judgment|dismissal)\b[^.]{0,60}?\b(?:shall|may)\s+be\s+(?:entered|granted)\s+(?:up)?on\b"
    r"|\b(?:shall|may|will)\s+not\s+fail\b[^.]{0,200}?\b(?:because|(?:up)?on (?:the|either|that|such) (?:ground|basis)s?"
    r"|by reason)\b"
    r"|\b(?:may|shall)\s+not\s+obtain\s+(?:a\s+)?(?:summary\s+)?(?:dismissal|judgment)\b[^.]{0,200}?"
    r"\b(?:because|(?:up)?on (?:the|either|that|such) (?:ground|basis)s?|by reason)\b"
    # "the court shall strike from the pleadings any defense of qualified immunity".
    r"|\b(?:shall|must)\s+strike\b[^.;]{0,60}?\b(?:any|each|every|the)\s+(?:\w+\s+){0,2}?defen[cs]es?\s+of\b"
    # "may not be considered in determining liability".
    r"|\b(?:may|shall|must)\s+not\s+be\s+(?:considered|taken\s+into\s+account|weighed)\s+(?:in|for|when)\s+"
    r"(?:determining|deciding|assessing|finding)\s+(?:the\s+)?(?:\w+'s\s+)?liability\b"
)
# Only bars of a QI-like defense matter, and those always name one (QI_TERM) nearby.
PROCEDURAL_BAR_GATE = QI_GATE
# The start of a clause, after any enumerators ("(B) ", "b_ ", "(2)(a) ").
_CLAUSE_START = (
    # A section's own number first: '"§ 99D-42. Defenses. - Neither ...'.
    # (North Carolina's "SECTION 1.(b) Neither ...": the subsection's label run into the number)
    r"^(?:\s*(?:[\"“]\s*)?(?:§+|sec(?:tion)?_?)\s*[0-9][\w-]{0,12}(?:_?\s+|\.(?=\(\w{1,4}\))))?"
    # (and the dash a catch-line leaves when it ends a sentence of its own: "- Neither ...")
    r"(?:\s*(?:-{1,2}|\u2014|\u2013)\s+)?"
    r"(?:\s*\(?[a-z0-9]{1,4}[)_]\s*)*"
    # A run-in heading after the label: "(b) Immunity.--", "(2) Defenses. ".
    r"(?:[a-z][a-z ,'-]{0,40}?[._]?\s*(?:-{1,2}|\u2014|\u2013)\s*)?"
)
# A negated subject that governs a defense predicate: "No immunity, including qualified
# immunity, shall be a defense"; "Neither qualified immunity nor ... is a defense".
NEGATED_SUBJECT_DEFENSE = compile_pattern(
    # At the start of a clause, after any enumerators: "(B) No immunity", "b_ no immunity".
    r"(?:"
    + _CLAUSE_START
    # (or "none of the following" wherever it stands: "In such an action none of the following")
    # ("In a civil action brought under division (B): (1) neither the employee nor the political
    # subdivision may assert ...": an item's enumerator after the colon)
    # (a relative clause: "a civil action, in which neither qualified immunity nor ... shall be
    # a defense")
    + r"|[;:(,]\s*(?:\(\w{1,4}\)\s*)*(?:(?:in|under|to|against|for|by|from)\s+which\s+)?"
    r"|\b(?:and|or|that|because|since)\s+|\b(?=none of the following\b))"
    r"(?:no|neither|none of)\b"
    # A period before a comma ends no sentence ("N.J.S.59:1-1 et seq., shall be").
    # (a long subject: "no defense of immunity ..., whether created by statute or by judicial
    # decision, and including any defense based on ..., on ..., or on ..., is available")
    # (but not past a second clause with its own subject: "No peace officer shall be personally
    # liable ... in good faith ..., and the doctrine of qualified immunity ... shall apply")
    r"(?:(?!,\s+and\s+(?:the|a|an|any|each|every)\s)(?:[^.;]|\.(?=,))){0,420}?(?:\b(?:shall|may|will"
    r"|is|are|does|do)\s+(?:be\s+|constitute\s+|serve as\s+|have\s+|apply\s+)?(?:an?\s+|any\s+)?"
    r"(?:valid\s+|complete\s+|affirmative\s+)?(?:defen[cs]es?|bar|available|raised|asserted"
    r"|applicable|immun|apply|invoked|shielded|protected|insulated|exempt"
    # "No immunity shall be extended to a state employee ... because ...".
    r"|extended|afforded|accorded|granted|allowed|recognized|given"
    # "No government actor may assert qualified immunity"; "Neither ... nor ... may raise it".
    r"|assert|raise|invoke|claim|rely on|plead"
    # "No immunity, whether denominated qualified, good-faith, official, or otherwise, ... shall
    # inure to the benefit of a law enforcement officer"; "Neither § 4001 nor ... shall afford a
    # defense"; "No law enforcement officer shall be relieved of liability ... because ...".
    r"|inure|afford|interposed?|relieved\s+of\s+liability)"
    # "No immunity ... grounded in the defendant's good faith bars liability".
    r"|\bbars?\s+(?:liability|recovery|an?\s+action|the\s+action|a\s+claim)"
    # "No immunity -- sovereign, statutory, official, qualified, or otherwise -- shall protect a
    # wildlife officer from liability".
    r"|\battach(?:es)?\b"
    # "..., and no doctrine of qualified immunity applies to an action under this Act".
    r"|\bappl(?:y|ies)\s+(?:to|in)\s+(?:an?|any|the|such)\s+(?:civil\s+)?(?:actions?|claims?|suits?|proceedings?)\b"
    # "In an action brought under section 1, no immunity, whether statutory or common-law,
    # applies." (or "applies, and the ... Act does not apply"); "No immunity ... applies to a
    # public employee in an action brought under this section".
    r"|\bappl(?:y|ies)(?=\s*(?:[.;]|,\s+(?:and|nor)\b|$))"
    r"|\bappl(?:y|ies)\s+to\s+(?:an?|any|the|such)\s+(?:[\w-]+\s+){0,3}?(?:employees?|officers?|officials?"
    r"|defendants?|deput(?:y|ies)|agents?)\b"
    r"|\b(?:shall|may|will|does|do)\s+(?:protect|shield|insulate|exempt|relieve)\b"
    r"(?=[^.;]{0,80}?\bfrom\s+(?:suit|liability|an?\s+action|damages)))"
)
NEGATED_SUBJECT_DEFENSE_GATE = QI_GATE
# A closed list of the defenses left to a defendant in the bill's actions: "The defenses that
# remain available to a defendant in an action brought under this section are limited to the
# following: ...", "A defendant may raise only the following defenses: ...". The doctrine is
# barred when the list leaves it out (the clause reader decides which).
CLOSED_DEFENSE_LIST = compile_pattern(
    r"\b(?:the\s+)?defen[cs]es\s+(?:that\s+)?(?:(?:remain(?:ing)?|are|shall\s+be|may\s+be)\s+)?"
    r"(?:available|permitted|allowed|raised|asserted)\b[^.:]{0,120}?\b(?:are|is|shall\s+be)\s+"
    r"(?:limited|restricted|confined)\s+to\b"
    r"|\b(?:may|shall)\s+(?:raise|assert|plead)\s+only\s+the\s+following\s+defen[cs]es\b"
    r"|\bthe\s+only\s+defen[cs]es\s+(?:(?:available|permitted)\s+)?(?:to|in)\s+(?:an?|any|the)\s+"
    r"(?:civil\s+)?(?:action|claim|suit)\b[^.:]{0,80}?\b(?:are|shall\s+be)\b"
)
CLOSED_DEFENSE_LIST_GATE = (
    "limited to",
    "restricted to",
    "confined to",
    "following defen",
    "only defen",
)
# Every immunity denied at once, "immunity" itself the subject: "Immunity is not a defense to
# liability under this section", "Immunities shall not be defenses to such an action".
# Qualified immunity is one of them. (Not "Immunity under this section does not apply to gross
# negligence": a limit on an immunity the bill grants, which names no defense denied.)
IMMUNITY_SUBJECT_DENIED = compile_pattern(
    _CLAUSE_START + r"immunit(?:y|ies)\s+(?:is|are|shall|will|may)\s+not\s+(?:be\s+)?(?:an?\s+)?"
    r"(?:valid\s+)?defen[cs]es?\b"
)
IMMUNITY_SUBJECT_DENIED_GATE = ("immunit",)
# Predicates that deny a defense: "is not a defense", "shall not apply", "may not be raised".
NEGATED_DEFENSE = compile_pattern(
    # "Nothing in this Act or in any other law permits a defendant to raise qualified immunity";
    # "Nothing ... shall be construed to permit a defendant to raise ...": no law lets it be raised.
    r"\bnothing\b[^.;]{0,120}?\b(?:permits?|allows?|authorizes?|entitles?|(?:be\s+)?(?:construed|interpreted)\s+"
    r"to\s+(?:permit|allow|authorize|entitle))\s+(?:a|an|any|the)\s+(?:[\w-]+\s+){0,2}?(?:to\s+)?(?:raise|assert"
    r"|claim|invoke|rely\s+on|plead)\b|"
    r"(?:\b(?:is|are|shall|does|do|will|may)\s+not\s+(?:be\s+)?(?:an?\s+)?(?:valid\s+)?"
    r"(?:defen[cs]es?|immunit(?:y|ies))\b"
    r"|\bnot\s+(?:be\s+)?(?:an?\s+)?(?:defen[cs]e|immunity)\s+(?:or\s+(?:an?\s+)?immunity\s+)?to\b"
    r"|\bnor shall it be a defen[cs]e"
    # "Whether the right was clearly established ... shall not be an element of, or a defense to,
    # a claim under this section".
    r"|\b(?:is|are|shall|may)\s+not\s+(?:be\s+)?(?:an?\s+)?elements?\s+of,?\s+(?:or|nor)\s+(?:an?\s+)?"
    r"defen[cs]es?\s+to\b"
    # "the court is without discretion to deny a plaintiff's motion to strike a defense of
    # qualified immunity ..., and shall strike any such defense".
    r"|\b(?:shall|must)\s+strike\s+(?:any|the|each|every)\s+(?:such\s+)?defen[cs]es?\b"
    # "... shall not have the benefit of any immunity that arises from the officer's public
    # employment"; "shall have only those defenses that a private person ... would have".
    r"|\b(?:shall|does|may)\s+not\s+have\s+the\s+benefit\s+of\s+(?:any\s+)?immunit"
    r"|\bhave\s+only\s+(?:those|the)\s+defen[cs]es\s+(?:that|which|available\s+to)\s+(?:a|an)\s+private\s+(?:person"
    r"|individual|party|citizen)"
    # A defined term that leaves the doctrine out: '"Defense" does not include qualified
    # immunity', where the operative section allows only "defenses".
    r"|\b(?:defen[cs]es?|immunit(?:y|ies))[\"”]?\s+(?:does|do|shall)\s+not\s+include\b"
    r"|\b(?:is|are|shall|may)\s+not\s+(?:be\s+)?(?:held\s+|deemed\s+|found\s+)?immune\b"
    # "... shall not be extended to an action under this section"; "A defendant may not escape
    # liability under this section because ...".
    r"|\b(?:shall|may|will)\s+not\s+be\s+(?:extended|afforded|accorded)\s+(?:to|in)\s+(?:an?|any|the)\s+"
    r"(?:civil\s+)?(?:actions?|claims?|suits?)\b"
    r"|\b(?:may|shall)\s+not\s+(?:escape|avoid)\s+liability\b[^.;]{0,120}?\b(?:because|on\s+the\s+ground|by\s+reason)\b"
    r"|\b(?:is|are|shall)\s+not\s+(?:be\s+)?entitled\s+to\b"
    # "The defendant is entitled to none of the following: (a) qualified immunity; ...".
    r"|\b(?:entitled\s+to|(?:may|shall|can)\s+(?:raise|assert|claim|invoke|plead)|ha(?:s|ve))\s+none\s+of"
    r"\s+the\s+following\b"
    r"|\b(?:shall|may)\s+not\s+(?:raise|assert|claim|invoke|rely\s+on)\b"
    # "A public employee shall not be held not liable ... by reason of ... qualified immunity".
    r"|\b(?:shall|may|will)\s+not\s+be\s+(?:held|found|deemed|adjudged)\s+not\s+liable\b"
    # "The defense of qualified immunity shall not be admissible in actions under this Law".
    r"|\b(?:is|are|shall|may|will)\s+not\s+(?:be\s+)?(?:admissible|admitted|entertained)\b"
    # Plain language: "the officer may not use qualified immunity as a defense, and may not argue
    # that he or she acted in good faith" (not "may not use deadly force unless ...").
    r"|\b(?:(?:shall|may|must|can)\s+not|cannot)\s+use\s+(?:the\s+)?(?:doctrine\s+of\s+)?(?:qualified\s+immunity"
    r"|good[- ]faith|(?:any\s+)?(?:defen[cs]e|immunit))"
    r"|\b(?:(?:shall|may|must|can)\s+not|cannot)\s+(?:argue|contend)\s+that\b"
    # "In no event may the officer invoke qualified immunity".
    r"|\b(?:in\s+no\s+(?:event|case|circumstances?)|under\s+no\s+circumstances?)\s+(?:shall|may|will|can)\s+"
    r"(?:the\s+|an?\s+|any\s+)?(?:[\w-]+\s+){0,3}?(?:invoke|raise|assert|claim|rely\s+on|plead|be\s+entitled\s+to)\b"
    # "In no event shall qualified immunity be a defense in an action under this section", "...
    # shall the doctrine apply".
    r"|\b(?:in\s+no\s+(?:event|case|circumstances?)|under\s+no\s+circumstances?)\s+(?:shall|may|will|can|is|are)\s+"
    r"[^.;]{0,160}?\b(?:(?:be|constitute|serve\s+as)\s+(?:an?\s+)?(?:valid\s+)?(?:defen[cs]e|bar|immunity)|apply"
    r"|(?:bar|limit|defeat|preclude|reduce)\s+(?:or\s+(?:bar|limit|defeat|preclude|reduce)\s+)?(?:recovery|liability"
    r"|relief|an?\s+award|the\s+action|a\s+claim))\b"
    # "no plea of qualified immunity shall be received" (the old words for a barred defense).
    r"|\bno\s+(?:plea|defen[cs]e)\s+of\b[^.;]{0,60}?\b(?:shall|may)\s+be\s+(?:received|allowed|entertained"
    r"|heard|sustained)\b"
    # "may not defend the case by claiming qualified immunity".
    # "The employee cannot win by arguing that no earlier court decision said the conduct was
    # unlawful".
    # ("The worker cannot get out of the lawsuit by claiming qualified immunity")
    r"|\b(?:(?:shall|may|can|will)\s+not|cannot)\s+(?:win|prevail|escape\s+liability|avoid\s+liability"
    r"|get\s+out\s+of\s+(?:the|this|a|your)\s+(?:lawsuit|suit|case))\s+by\s+"
    r"(?:arguing|claiming|asserting|saying|showing|proving)\b"
    r"|\b(?:(?:shall|may|can|will)\s+not|cannot)\s+defend\b[^.;]{0,40}?\bby\s+(?:claiming|asserting"
    r"|raising|invoking|pleading|arguing|saying|stating|showing)\b"
    # "may not avail himself or herself of any defense that ..."; "may not defend on the ground
    # that a reasonable officer would not have known ..."; "entitlement to qualified immunity
    # shall not be an issue for decision by the court or the jury"; "nor may a member escape
    # liability under the doctrine by which ..."; "No immunity ... shall inure to the benefit of".
    r"|\b(?:(?:shall|may|can)\s+not|cannot)\s+avail\s+(?:himself|herself|itself|themselves)(?:\s+or\s+"
    r"(?:himself|herself))?\s+of\b"
    r"|\b(?:(?:shall|may|can)\s+not|cannot)\s+defend\s+on\s+the\s+grounds?\b"
    r"|\b(?:is|are|shall|may)\s+not\s+(?:be\s+)?an?\s+(?:issue|question)\s+for\s+(?:decision\s+by\s+)?the\s+"
    r"(?:court|jury|trier)"
    r"|\b(?:nor\s+(?:shall|may|can|will)\s+(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}?|(?:shall|may|can|will)\s+not\s+)"
    r"escape\s+liability\s+(?:under|by|on|through)\b"
    r"|\b(?:shall|may|will)\s+not\s+inure\s+to\b"
    # "... and no court shall apply the doctrine of qualified immunity ... to a claim brought
    # pursuant to that act" (in a rule of construction).
    r"|\b(?:no\s+(?:court|judge|tribunal)\s+(?:shall|may)|(?:a|the)\s+(?:court|judge|tribunal)\s+(?:shall|may)\s+not)"
    r"\s+(?:apply|recognize|give\s+effect\s+to)\s+(?:the\s+)?(?:doctrine|defen[cs]e|qualified|any\s+(?:defen[cs]e|immunity))\b"
    # "... has no office in an action brought pursuant to this section"; "is discontinued as a
    # defense to any action"; "are withdrawn with respect to claims under this section".
    # (in an action: not a sponsor's "qualified immunity has no place in North Carolina")
    r"|\b(?:has|have|shall\s+have)\s+no\s+(?:office|place|role)\s+in\s+(?:an?|any|the|such)\s+(?:civil\s+)?"
    r"(?:action|claim|suit|proceeding)s?\b"
    r"|\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:discontinued|withdrawn|rescinded|revoked)\s+(?:as\s+(?:an?\s+)?"
    r"defen[cs]es?|with\s+respect\s+to|as\s+to|in\s+(?:an?|any)\s+(?:action|claim))\b"
    # "shall not constitute a defense"; "shall have no force or effect in an action".
    r"|\b(?:is|are|shall|does|do|will|may)\s+not\s+(?:constitute|serve\s+as|operate\s+as)\s+(?:an?\s+)?"
    r"(?:valid\s+)?(?:defen[cs]es?|bar|immunity)\b"
    r"|\b(?:shall|does|do|will)\s+have\s+no\s+(?:force|effect|legal\s+effect)\b"
    # "does not enjoy any immunity that depends on ..."; "shall be no bar to recovery".
    r"|\b(?:does|do|shall|may|will)\s+not\s+enjoy\s+(?:any|an?|the)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:immunit(?:y|ies)|defen[cs]es?)\b"
    r"|\b(?:is|are|shall\s+be)\s+no\s+bar\b"
    # "Sovereign immunity, governmental immunity and qualified immunity are waived".
    r"|\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?waived\b"
    # "may not rely, in defense of an action under this section, on the absence of ...".
    r"|\b(?:shall|may)\s+not\s+rely,\s+[^.;]{0,80}?,\s+(?:up)?on\b"
    # "... other than the following, none of which is available: a. good faith ...".
    r"|\bnone\s+of\s+which\s+(?:is|are|shall\s+be)\s+(?:available|a\s+defen[cs]e|permitted|allowed)\b"
    # Good faith and settled law "relevant only to whether punitive damages should be awarded".
    r"|\b(?:is|are|shall\s+be)\s+relevant\s+only\s+to\b[^.;]{0,40}?\bpunitive\b"
    r"|\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:abolished|eliminated|abrogated)\b"
    r"|\b(?:is|shall\s+be|there\s+is|there\s+shall\s+be)\s+no\s+(?:\w+\s+){0,2}?defen[cs]es?\b"
    # "There shall be no immunity, qualified or otherwise, for a state officer".
    r"|\bthere\s+(?:is|shall\s+be)\s+no\s+immunit(?:y|ies)\b"
    r"|\bno\s+(?:qualified\s+)?immunity\s+defen[cs]e"
    r"|\bnot\s+(?:be\s+)?an?\s+bar\b"
    r"|\b(?:shall|does|do|will)\s+not\s+apply\b"
    # "... and any other defense that depends on good faith are not available".
    r"|\b(?:is|are)\s+not\s+available\b|\bshall\s+not\s+be\s+available\b"
    r"|\b(?:may|shall|must)\s+not\s+(?:be\s+)?(?:raised?|assert(?:ed)?|claim(?:ed)?|invoked?|used"
    r"|plead(?:ed)?|pled|rely\s+upon|interpos(?:e|ed)|applied)\b"
    # "The defense commonly known as qualified immunity has no application to an action";
    # "is not part of the law of this state".
    r"|\b(?:has|have|shall\s+have)\s+no\s+application\b"
    r"|\b(?:is|are)\s+not\s+(?:a\s+)?part\s+of\s+the\s+(?:common\s+)?law\s+of\s+this\s+"
    r"(?:state|commonwealth)\b"
    # "Nothing in this section shall be construed to permit a defendant to assert ...".
    r"|\bnothing\s+in\s+this\s+(?:section|act|chapter|article|subchapter)\s+(?:shall\s+be\s+construed"
    r"|is\s+intended)\s+to\s+(?:permit|allow|authorize|entitle)\s+(?:a|any|the)\s+(?:[\w-]+\s+){1,4}?to\s+"
    r"(?:assert|raise|claim|invoke|rely)"
    # "It is no answer to a claim ... that the officer believed ..."; "is not an element of, or
    # a defense to, a claim".
    r"|\b(?:is|are|shall\s+be)\s+no\s+answer\s+to\b"
    # "..., neither of which is a defense"; "is neither a defense nor a ground for dismissal".
    r"|\b(?:neither|none)\s+of\s+which\s+(?:is|are|shall\s+be)\s+(?:a\s+)?(?:defen[cs]es?|available|a\s+bar)\b"
    r"|\b(?:is|are|shall\s+be)\s+neither\s+(?:a\s+)?(?:defen[cs]e|ground|bar|basis)\b"
    # "In no action brought under this section shall qualified immunity be available".
    r"|\bin\s+no\s+(?:action|case|proceeding|suit|claim)\b[^.;]{0,80}?\b(?:shall|may|will|is|are)\s+"
    r"(?=[^.;]{0,60}?\b(?:be\s+)?(?:available|a\s+defen[cs]e|raised|asserted|recognized|applied|allowed)\b)"
    r"|\bnot\s+an?\s+element\s+of,?\s+or\s+(?:an?\s+)?defen[cs]e\b"
    # "shall not be accorded qualified immunity".
    r"|\b(?:shall|may|is|are)\s+not\s+(?:be\s+)?(?:accorded|afforded|granted|extended)\b"
    # "A showing that ... the defendant believed in good faith ... does not relieve the
    # defendant of liability".
    r"|\b(?:does|do|shall|will)\s+not\s+(?:relieve|excuse|absolve)\b"
    r"|\b(?:is|are|shall|may)\s+not\s+(?:be\s+)?(?:relieved|excused|absolved)\s+(?:of|from)\s+liability\b"
    # "A belief ..., however reasonable, neither defeats nor reduces liability".
    r"|\bneither\s+defeats?\s+nor\s+(?:reduces?|diminishes?|limits?)\b"
    # "shall not be exempt from liability ... by reason of having acted in good faith".
    r"|\b(?:is|are|shall|may)\s+not\s+(?:be\s+)?exempt(?:ed)?\s+from\s+liability"
    # "shall not have the benefit of any immunity".
    r"|\b(?:shall|does|do|will|may)\s+not\s+(?:have|enjoy|receive|retain)\s+(?:the\s+)?"
    r"(?:benefit|protection)\s+of\b"
    # "Whether the law was clearly established ... is immaterial to liability".
    r"|\b(?:is|are|shall\s+be)\s+(?:immaterial|irrelevant|not\s+relevant)\s+to\s+(?:liability|the\s+"
    r"(?:claim|action|defendant's liability))"
    # "may assert any defense available under sections ..., but not qualified immunity".
    r"|\b(?:may|shall\s+be\s+entitled\s+to)\s+(?:assert|raise|plead|rely\s+on)\s+(?:[^.;]{0,60}?\s)?any\s+"
    r"(?:\w+\s+){0,2}?"
    r"defen[cs]es?\b[^.;]{0,150}?\b(?:but|except|other\s+than)\s+(?:not\s+)?"
    r"(?=[^.;]{0,60}(?:qualified\s+immunity|good[ -]faith|reasonable\s+belief|state\s+of\s+the\s+law"
    r"|clearly\s+established))"
    r"|\bno\b[^.]{0,200}?\b(?:shall|may)\s+(?:enjoy|assert|raise|claim|invoke|be entitled to)\b"
    r"|\b(?:eliminat|abolish|abrogat)\w*\s+(?:the\s+)?(?:ability\s+to\s+assert\s+)?"
    r"(?:a\s+|the\s+)?(?:defen[cs]e\s+of\s+)?qualified immunity"
    r"|\bnot\s+(?:be\s+)?available\s+(?:as\s+a\s+)?(?:defen[cs]e)?"
    # "The defense of qualified immunity is unavailable"; "shall have no immunity from liability".
    r"|\b(?:is|are|shall\s+be|becomes?)\s+(?:hereby\s+)?unavailable\b"
    r"|\b(?:shall|does|do|will|may)\s+(?:have|enjoy|retain)\s+no\s+(?:\w+\s+){0,2}?"
    r"(?:immunit(?:y|ies)|defen[cs]es?)\b"
    r"|\b(?:is|are|shall|may)\s+not\s+(?:be\s+)?(?:shielded|protected|insulated)\s+(?:from\s+"
    r"(?:suit|liability)[^.;]{0,40}?\s+)?by\b"
    r"|\bprohibition on the use of qualified immunity"
    # "Notwithstanding any common law immunity, including qualified immunity, a peace officer
    # who ... is liable": the liability stands whatever the immunity.
    # (not "Notwithstanding the waiver of immunity in Section 41-4-12, a law enforcement officer
    # shall not be personally liable ... if the officer acted in good faith": an immunity given
    # despite a waiver)
    r"|\bnotwithstanding\s+(?:any|all|the)\s+(?!(?:[\w-]+\s+){0,2}?waivers?\b)(?:[\w-]+\s+){0,3}?"
    r"(?:immunit(?:y|ies)|defen[cs]es?)\b"
    r"(?=[^.]{0,200}?\bliab)(?![^.]{0,200}?\bnot\s+(?:be\s+)?(?:personally\s+)?liable\b)"
    # "Subsection 1 applies notwithstanding any immunity recognized in actions under ...".
    r"|\b(?:appl(?:y|ies)|lies|lie|operates?)\s+notwithstanding\s+(?:any|all|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:immunit(?:y|ies)|defen[cs]es?)\b"
    # "... does not bar recovery", "shall not be recognized as a defense", "liable without
    # regard to whether the right was clearly established".
    r"|\b(?:does|do|shall|may|will)\s+not\s+(?:bar|preclude|defeat)\b"
    r"|\b(?:does|do|shall|will)\s+not\s+extend\s+to\b"
    r"|\b(?:shall|may|is|are)\s+not\s+(?:be\s+)?(?:barred|defeated|precluded)\s+by\b"
    # "Qualified immunity shall afford no defense"; "shall not be heard to say, in defense";
    # "determined as if the doctrine of qualified immunity had never been recognized".
    r"|\b(?:shall|does|do|will|may)\s+(?:afford|provide|furnish)\s+no\s+(?:defen[cs]e|protection"
    r"|immunity|bar)\b"
    r"|\bnot\s+be\s+heard\s+to\s+(?:say|assert|claim|contend|argue|plead)\b"
    r"|\bas\s+(?:if|though)\b[^.;]{0,60}?\b(?:had\s+never|never\s+had|did\s+not|does\s+not)\s+"
    r"(?:been\s+)?(?:recognized|existed|exist|been\s+adopted|adopted)\b"
    # "relief ... shall be granted notwithstanding any doctrine of immunity that depends on ...".
    r"|\b(?:liab\w*|answerable|relief|recover\w*|judgments?|remed(?:y|ies)|damages)\b[^.]{0,200}?"
    r"\bnotwithstanding\s+"
    r"(?:any|all|the)\s+(?:[\w-]+\s+){0,3}?(?:immunit(?:y|ies)|defen[cs]es?)\b"
    r"|\b(?:shall|may|is|are)\s+not\s+(?:be\s+)?(?:recognized|allowed|permitted|accepted)\b"
    r"|\b(?:liab\w*|answerable|relief|recover\w*|judgments?|remed(?:y|ies)|entitle\w*|appl(?:y|ies"
    r"|ied)|decided|determined|adjudicated|judged|damages|awarded)\b[^.]{0,200}?\b(?:without regard to|regardless of|irrespective of"
    r"|whether or not|whatever|without (?:any )?(?:inquiry|reference|consideration) (?:in)?to|without considering"
    r"|without (?:the|any) requirement"
    # "Liability under this chapter does not depend on whether a court had previously held ...".
    r"|(?:does|do|shall|will) not (?:depend|turn|be conditioned) (?:on|upon)"
    r"|(?:is|are|shall be) not (?:conditioned|dependent|contingent) (?:on|upon))\b"
    r"(?=[^.]{0,120}?(?:clearly established|good[ -]faith|qualified immunity|reasonabl[ey] believ"
    r"|immunit(?:y|ies)\b[^.]{0,60}?\bdepends? on"
    r"|previously (?:held|found|ruled)|prior (?:\w+ )?(?:decision|case|precedent)"
    r"|believed (?:that )?(?:the|his|her|their|such) conduct|knew or (?:reasonably )?should have known"
    r"|common[ -]law immunit|immunit(?:y|ies)\b[^.]{0,60}?\bcommon law)))"
    # "shall not be held to a standard that excuses liability because no court had previously
    # found similar conduct to be unlawful".
    r"|\bnot\b[^.;]{0,40}?\bexcus\w*\s+(?:\w+\s+)?liability\b(?=[^.;]{0,40}?\bbecause\b)"
    # "An employee may raise only an immunity expressly provided by statute".
    r"|\b(?:may|shall)\s+(?:raise|assert|claim|invoke|plead|rely\s+on)\s+only\b"
    r"|\bthe only (?:immunit(?:y|ies)|defen[cs]es?)\b[^.;]{0,60}?\b(?:is|are)\b"
)
# A defined term for the defenses or immunities a defendant keeps, defined to leave qualified
# immunity out: '"Immunity" means ... but does not include qualified immunity'.
DEFINITION_EXCLUDES_QI = compile_pattern(
    # (a sentence opening on the defined term has lost its opening quotation mark: see
    # text.split_sentences)
    r"(?:^|(?<=[\"“']))([a-z][a-z -]{2,40}?)[\"”'][^.;]{0,300}?\b(?:(?:does|shall)\s+not\s+include|other\s+than"
    r"|except(?:\s+for)?|excluding)\b[^.;]{0,80}?\b(?:qualified immunity|clearly[ -]established"
    r"|reasonabl[ey][ -]believ\w*|reasonable[ -]belief|good[ -]faith)"
)
# A sentence that lets a defendant use a defined term's defenses: "may raise any defense
# available at common law", "subject to any immunity available under the laws of this State".
PERMITS_DEFENSE_TERM = (
    r"\b(?:may|shall be entitled to|is entitled to|are entitled to)\s+(?:raise|assert|plead"
    r"|invoke|rely\s+on|claim)\s+(?:any|an?|all|the)?\s*(?:\w+\s+){0,2}?{term}"
    r"|\bsubject to\s+(?:any|all|the)?\s*(?:\w+\s+){0,2}?{term}"
    r"|\b{term}\b[^.;]{0,60}?\b(?:is|are|remains?|shall remain)\s+available"
)
# "... any defense available at law, but not qualified immunity": the one defense left out.
EXCEPT_QI = compile_pattern(
    r"\b(?:but|except|other\s+than)\s+(?:not\s+)?(?:the\s+(?:defen[cs]e|doctrine)\s+of\s+)?"
    r"qualified\s+immunity"
    # "other than an immunity based on good faith or on the state of the law".
    r"|\b(?:but|except|other\s+than)\s+(?:not\s+)?(?:an?\s+|any\s+)?(?:immunity|defen[cs]e)\s+"
    r"(?:based|resting|grounded|founded|depending)\s+(?:up)?on\b[^.;]{0,40}?(?:good[ -]faith|belief"
    r"|state\s+of\s+the\s+law|clearly\s+established)"
)
# A defense kept alive: "it is an affirmative defense ... that the officer acted in good faith".
AFFIRMATIVE_DEFENSE = compile_pattern(
    # ("It is, however, an affirmative defense ...": a sentence adverb after the verb.)
    r"(?<!not )\b(?:is|shall be|shall only be|may only be|are|constitutes?)"
    r"(?:,\s*(?:however|also|moreover|nevertheless|further),)?\s+(?:only\s+)?(?:an?\s+)?"
    r"(?:complete\s+)?(?:affirmative\s+)?defen[cs]e\b"
    # ("It shall, however, be an affirmative defense ...": the adverb before "be".)
    r"|\b(?:shall|may)(?:,\s*(?:however|also|moreover|nevertheless|further),)\s+be\s+(?:only\s+)?(?:an?\s+)?"
    r"(?:complete\s+)?(?:affirmative\s+)?defen[cs]e\b"
    r"|\bthere shall be no (?:claim|liability|cause of action)\b[^.]{0,120}?\bif\b"
    # "no peace officer shall be found liable under this section if the officer had an
    # objectively reasonable belief ... that the conduct was lawful".
    r"|\bno\s+(?:[\w-]+\s+){0,3}?(?:officers?|employees?|officials?|deput(?:y|ies)|troopers?|defendants?|persons?)\s+"
    r"(?:shall|may|will)\s+be\s+(?:held\s+|found\s+|adjudged\s+)?(?:personally\s+)?liable\b[^.]{0,200}?"
    r"\b(?:if|when|where|unless)\b"
    # "No peace officer shall be personally liable in any civil action for an act or omission done
    # in good faith in the performance of duty".
    r"|\bno\s+(?:[\w-]+\s+){0,3}?(?:officers?|employees?|officials?|deput(?:y|ies)|troopers?)\s+(?:shall|may|will)\s+"
    r"be\s+(?:held\s+)?(?:personally\s+)?liable\b[^.;]{0,80}?\bfor\s+(?:an?\s+|any\s+)?(?:acts?|conduct|omissions?)"
    r"(?:\s+or\s+(?:acts?|omissions?))?\s+(?:done|taken|undertaken|performed|committed)\s+in\s+good[ -]faith\b"
    # "A peace officer has a defense to liability under this section if ...".
    # ("... has a reasonable reliance defense to an action")
    r"|\b(?:has|have|shall have)\s+(?:a|an)\s+(?:(?!to\b)[\w-]+\s+){0,3}?defen[cs]e\b"
    # A defense as a condition of liability: "a defendant ... shall not be liable if the
    # defendant establishes that ... the defendant reasonably believed ...".
    r"|\b(?:shall|is|are|will|may)\s+not(?:\s*,\s*however\s*,)?\s+be\s+(?:held\s+|found\s+|adjudged\s+)?(?:personally\s+)?liable\b[^.]{0,120}?"
    r"\b(?:if|when|where|unless|provided)\b"
    # "... shall not be liable in damages under this chapter for conduct that the officer reasonably
    # believed was authorized by a statute": the belief as the measure of liability.
    r"|\b(?:shall|is|are|will|may)\s+not(?:\s*,\s*however\s*,)?\s+be\s+(?:held\s+)?(?:personally\s+)?liable\b[^.;]{0,80}?\bfor\s+"
    r"(?:any\s+)?(?:conduct|acts?|actions?|omissions?)(?:\s+or\s+(?:conduct|acts?|actions?|omissions?))?\s+"
    r"(?:that|which)\b[^.;]{0,80}?\b(?:reasonably\s+believed"
    r"|believed\s+in\s+good\s+faith|in\s+good\s+faith"
    # ("... shall not be liable under this section, however, for conduct that a reasonable
    # officer in the same circumstances could have believed was lawful": the doctrine's test)
    r"|(?:could|would|might)\s+have\s+believed)"
    # "... shall not be liable under this section for conduct undertaken in good faith reliance
    # on a statute ... that had not been held unconstitutional".
    # ("... shall not be liable under this section for enforcing, in good faith, a statute or
    # municipal ordinance before a court ... has declared it unconstitutional")
    r"|\b(?:shall|is|are|will|may)\s+not(?:\s*,\s*however\s*,)?\s+be\s+(?:held\s+)?(?:personally\s+)?liable\b[^.;]{0,80}?\bfor\s+"
    r"(?:enforcing|executing|complying\s+with|obeying|following),?\s+in\s+good[ -]faith\b"
    r"|\b(?:shall|is|are|will|may)\s+not(?:\s*,\s*however\s*,)?\s+be\s+(?:held\s+)?(?:personally\s+)?liable\b[^.;]{0,80}?\bfor\s+"
    r"(?:any\s+|an?\s+)?(?:conduct|acts?|actions?|omissions?)(?:\s+or\s+(?:omissions?|acts?))?\s+(?:undertaken|taken|done"
    r"|performed)\s+(?:in\s+(?:good[ -]faith\b"
    # ("... for any act performed in objectively reasonable reliance on a statute, an ordinance,
    # or the order of a superior officer that the officer reasonably believed to be lawful")
    r"|(?:objectively\s+)?reasonable\s+reliance\b|(?:conformity|compliance|accordance)\s+with\b)"
    # ("... for conduct undertaken pursuant to a written policy of the public body")
    r"|pursuant\s+to\b|at\s+the\s+(?:express\s+)?direction\s+of\b|(?:on|upon)\s+the\s+(?:written\s+)?advice\s+of\b)"
    # "An officer who acted in good faith ... is not liable"; "is not liable for conduct that a
    # reasonable officer would have believed to be lawful".
    r"|\b(?:is|are)\s+not\s+(?:personally\s+)?liable\b"
    # "a peace officer who acted in good faith and with a reasonable belief ... shall not be held
    # liable under this section": the defense as the subject's own condition.
    r"|\b(?:who|that)\b[^.;]{0,160}?\b(?:shall|will|may)\s+not\s+be\s+(?:held\s+|found\s+)?"
    r"(?:personally\s+)?liable\b"
    # "an officer who has completed the training ... shall be immune from liability for any act
    # taken in good faith" (officers' immunity, not a volunteer's or a reporter's).
    r"|\b(?:officers?|deput(?:y|ies)|troopers?|defendants?)\b[^.;]{0,160}?\b(?:shall\s+be|is|are)\s+immune\s+"
    r"from\s+(?:civil\s+|personal\s+)?(?:liability|suit|damages)\b"
    # "a public employee shall be immune from liability unless the right at issue was clearly
    # established": the doctrine's test, for any public employee.
    r"|\b(?:employees?|officials?)\b[^.;]{0,160}?\b(?:shall\s+be|is|are)\s+immune\s+"
    r"from\s+(?:civil\s+|personal\s+)?(?:liability|suit|damages)\b(?=[^.;]{0,60}?\bunless\b[^.;]{0,120}?"
    r"\bclearly\s+established)"
)
# A study or report of a change is not the change: "the Attorney General shall study the effect
# of eliminating qualified immunity".
STUDY_OF_CHANGE = compile_pattern(
    # ("The special commission shall make recommendations to maintain, modify, or eliminate
    # qualified immunity")
    r"\b(?:study|studies|examine|evaluate|report on|review|analy[sz]e|assess|consider"
    r"|(?:make|submit|issue|offer)\s+(?:\w+\s+)?recommendations?)\b[^.]{0,120}?"
    r"\b(?:eliminat|abolish|abrogat|ending|end)\w*\b"
)
# A defense worth scoring is one to these civil claims, not to a criminal charge elsewhere
# in the bill ("an affirmative defense to a prosecution ... that the seller acted in good
# faith").
CIVIL_CLAIM_WORDS = compile_pattern(r"liab|civil action|\baction\b|\bclaims?\b|\bsuits?\b|damages")
CRIMINAL_PROCESS_WORDS = compile_pattern(
    # (not an agency's name: "the Department of Criminal Justice Services")
    r"\bprosecution|\bcriminal\b(?!\s+justice\b)|\bcharged? (?:with|under)\b|\boffen[cs]e\b|\bmisdemeanor"
    r"|\bfelony"
)
# Savings clauses and double negatives that keep qualified immunity.
PRESERVES_QI = compile_pattern(
    # "In an action under this section, a court shall apply the doctrine of qualified immunity as
    # that doctrine was applied by the United States Supreme Court on January 1, 2020".
    r"\b(?:shall|must)\s+(?:continue\s+to\s+)?(?:apply|recognize|follow)\s+the\s+(?:federal\s+)?doctrine\s+of\s+"
    r"qualified\s+(?:official\s+)?immunity\b|\bqualified\s+(?:official\s+)?immunity\s+(?:shall|does|will)\s+(?:continue\s+to\s+)?apply\b(?!\s+only)|"
    # "a defendant is entitled to immunity unless the right was clearly established": the test
    # itself, written into the bill.
    r"\b(?:is|are|shall\s+be|remains?)\s+entitled\s+to\s+(?:qualified\s+)?immunity\s+unless\b[^.;]{0,120}?"
    r"\bclearly\s+established|"
    # "an immunity defense shall only be available if the defendant acted consistent with rights
    # clearly established at the time": the doctrine's test, kept.
    r"\b(?:an?|any|the)\s+(?:qualified\s+)?immunity(?:\s+defen[cs]e)?\s+(?:shall|is|will)\s+(?:only\s+)?be\s+"
    r"available\s+(?:only\s+)?(?:if|when|where|to\s+the\s+extent)\b[^.;]{0,160}?\bclearly\s+established|"
    r"(?:nothing\b[^.]{0,160}?\b(?:construed|interpreted|deemed)\b[^.]{0,80}?\b(?:abrogat|limit|waive"
    r"|eliminat|affect|restrict|impair|diminish|modify)\w*[^.]{0,160}?(?:qualified (?:official )?immunity"
    r"|good[ -]faith|common[ -]law immunit))"
    r"|(?:shall|does|do|will)\s+not\s+(?:abrogate|limit|waive|eliminate|affect|impair)\b[^.]{0,200}?"
    r"qualified (?:official )?immunity"
    # ("... and any defense resting on the state of the law at the time of the conduct is
    # preserved": the doctrine's test kept, unnamed)
    r"|\bdefen[cs]es?\s+(?:resting|based|founded)\s+(?:up)?on\s+the\s+(?:state\s+of\s+the\s+)?law\b[^.;]{0,80}?"
    r"\b(?:is|are|shall\s+be|remains?)\s+preserved\b"
    # ("Nothing in this 2027 Act creates a cause of action ... or abrogates or limits any immunity
    # or defense ..., including qualified immunity")
    # (or the section by number, the doctrine named: "Nothing in section 2307.95 of the Revised
    # Code abrogates qualified immunity")
    r"|\bnothing\s+in\s+(?:sections?|§§?)\s*\d[\w.-]*\b[^.]{0,200}?\b(?:abrogates?|limits?|waives?|eliminates?"
    r"|affects?|restricts?|impairs?|diminish(?:es)?)\b[^.]{0,200}?qualified (?:official )?immunity"
    r"|\bnothing\s+in\s+(?:this|these)\b[^.]{0,200}?\b(?:abrogates?|limits?|waives?|eliminates?|affects?"
    r"|restricts?|impairs?|diminish(?:es)?)\b[^.]{0,200}?(?:qualified (?:official )?immunity|good[ -]faith"
    r"|common[ -]law immunit)"
    r"|(?:shall|does|do|will|may)\s+not\s+be\s+(?:construed|interpreted|deemed)\s+(?:to|as)\b"
    r"[^.]{0,80}?\b(?:abrogat|limit|waive|eliminat|affect|restrict|impair|diminish|modify)\w*"
    r"[^.]{0,160}?(?:qualified (?:official )?immunity|good[ -]faith|common[ -]law immunit)"
    r"|\bmay\s+(?:raise|assert|invoke|claim)\b[^.]{0,40}?qualified (?:official )?immunity"
    # "The qualified immunity of the officer, and any other defense available to the officer in
    # an action brought by the complainant, is not affected by this section."
    # (not "Qualified immunity, as that term is used in federal law, is not affected by this
    # section": the federal claim's defense, which the state's claim does not touch)
    r"|qualified (?:official )?immunity\b(?![^.;]{0,160}?\bfederal\b)[^.;]{0,160}?\b(?:is|are|shall\s+be|will\s+be)\s+"
    r"(?:not\s+(?:affected|limited|impaired"
    r"|abrogated|waived|diminished|modified|altered)|unaffected|unimpaired"
    # ("As to claims under item (A)(2), all immunities and defenses available under law,
    # including qualified immunity, are preserved")
    r"|preserved|retained)\b"
    # "a police officer is entitled to the defenses and immunities, including qualified immunity,
    # that would be available ...".
    r"|\b(?:is|are|shall\s+be|remains?)\s+entitled\s+to\s+(?:the\s+|any\s+|all\s+|every\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:defen[cs]es?|immunit(?:y|ies))\b[^.;]{0,80}?\bincluding\s+(?:the\s+defen[cs]e\s+of\s+)?qualified (?:official )?immunity"
    # "may assert any immunity that would be available to the officer in an action under 42
    # U.S.C. § 1983": the federal doctrine, by the statute it grew under.
    r"|\bmay\s+(?:raise|assert|invoke|claim|rely\s+on)\s+(?:any|all|every|each|the)\s+(?:\w+\s+){0,2}?"
    r"(?:immunit(?:y|ies)|defen[cs]es?)\b[^.;]{0,100}?" + _UNDER_SECTION_1983 +
    # "may assert any immunity or defense available under the common law ..., including
    # qualified immunity".
    r"|\bmay\s+(?:raise|assert|invoke|claim|rely\s+on)\s+(?:any|all|every)\s+(?:\w+\s+){0,3}?"
    r"(?:immunit(?:y|ies)|defen[cs]es?)\b[^.;]{0,160}?\bincluding\s+(?:the\s+defen[cs]e\s+of\s+)?"
    r"qualified (?:official )?immunity"
    # "a defendant may raise any affirmative defense available at common law, including the
    # defense that the defendant acted in good faith".
    r"|\bmay\s+(?:raise|assert|invoke|claim)\b[^.]{0,200}?\b(?:good[ -]faith|reasonabl[ey] believ)"
    # "... may assert any defense available under NRS 41.032, including that the act was performed
    # with due care ... or was a discretionary function": the state's own immunity for officers'
    # judgment calls.
    r"|\bmay\s+(?:raise|assert|invoke|claim|rely\s+on)\s+(?:any|all|every)\s+(?:\w+\s+){0,3}?"
    r"(?:immunit(?:y|ies)|defen[cs]es?)\b[^.;]{0,160}?\bincluding\b[^.;]{0,80}?\b(?:due\s+care"
    r"|discretionary\s+(?:function|act|duty|duties|authority))\b"
    # "The purchase of insurance ... shall not constitute a waiver of any immunity or defense
    # available to the county, the sheriff or any deputy, including qualified immunity".
    r"|\b(?:shall|does|do|will)\s+not\s+(?:constitute|be\s+(?:deemed|construed\s+as))\s+(?:a|an)\s+waiver\s+of\b"
    r"[^.;]{0,160}?\bqualified (?:official )?immunity"
    # (not what nothing is to be read to do: "nothing in this act shall be construed to preserve
    # the doctrine of qualified immunity")
    r"|(?<!construed to )(?<!interpreted to )(?<!deemed to )(?<!read to )(?:retains?|preserves?|keeps?)\b"
    r"[^.]{0,40}?qualified (?:official )?immunity"
    # "the officer retains every immunity and defense otherwise provided by law, including
    # qualified immunity"
    r"|\b(?:retains?|preserves?|keeps?)\s+(?:every|all|any)\s+[^.;]{0,100}?\bincluding\s+qualified (?:official )?immunity"
    # "A police officer retains every immunity and defense available under law for acts in
    # response to a riot": whatever the law gives, the doctrine among it.
    r"|\b(?:retains?|preserves?|keeps?)\s+(?:every|all|each)\s+(?:[\w-]+\s+){0,2}?(?:immunit(?:y|ies)"
    r"|defen[cs]es?)\b(?:\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}?(?:immunit(?:y|ies)|defen[cs]es?))?\s+"
    r"(?:(?:otherwise\s+)?(?:available|provided|afforded|recognized)\s+(?:to\s+(?:it|him|her|them)\s+)?"
    r"(?:under|by|at)\s+(?:the\s+)?(?:common\s+)?law|that\s+(?:the\s+)?law\s+(?:provides|allows|affords))\b"
    # "Except as provided in subsection (a), a law enforcement officer may assert any immunity
    # available under law": whatever the law gives, the doctrine among it.
    r"|\bmay\s+(?:raise|assert|invoke|claim)\s+(?:any|every|all)\s+(?:immunit(?:y|ies)|defen[cs]es?)(?:\s+(?:or|and)\s+"
    r"(?:immunit(?:y|ies)|defen[cs]es?))?\s+(?:otherwise\s+)?(?:available|provided)\s+(?:under|by)\s+(?:the\s+)?law\b"
    # "An officer sued in an individual capacity ... may assert any defense or immunity available
    # to a public employee at common law" (not "any other employee ...", the rest beside those
    # barred, nor "... at common law, except the defenses listed in subsection (b)")
    r"|\b(?:an?|the|each|every)\s+(?!other\b)(?:[\w-]+\s+){0,3}?(?:officers?|defendants?|employees?)\b"
    r"[^.;]{0,80}?\bmay\s+(?:raise|assert|invoke|claim|rely\s+on)\s+(?:any|all|every)\s+(?:\w+\s+){0,3}?"
    r"(?:immunit(?:y|ies)|defen[cs]es?)\b[^.;]{0,80}?(?:\b(?:at|under|by)\s+(?:the\s+)?common\s+law\b"
    # ("... may raise any immunity the common law allows")
    r"|\bthe\s+common\s+law\s+(?:allows|permits|recognizes|provides|affords)\b)"
    r"(?!,?\s+(?:except|other\s+than|but\s+not|save))"
    # An officer's own immunity under another statute or the courts, saved for these actions:
    # "Nothing in this act shall be construed to abrogate ... the immunity afforded a peace
    # officer by Section 6-5-338 ..., and a peace officer may assert either immunity as a defense";
    # "Nothing in sections 2307.95 to 2307.957 abrogates ... the immunity of an individual public
    # employee under division (A)(6) of section 2744.03".
    r"|\bnothing\b[^.]{0,160}?\b(?:abrogat|limit|waive|eliminat|diminish|impair)\w*\b[^.]{0,80}?"
    r"\bimmunit(?:y|ies)\s+(?:afforded|granted|given|provided|of)\s+(?:to\s+)?(?:an?|any|the)\s+(?:individual\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:officers?|employees?|officials?)\b"
    r"|\bmay\s+assert\s+(?:either|both|that|such|each)\s+immunit(?:y|ies)\s+as\s+a\s+defen[cs]e\b"
    # "It is not the intent of this act to eliminate qualified immunity".
    r"|\b(?:is|was)\s+not\s+the\s+(?:intent|intention|purpose)\b[^.;]{0,60}?\bto\s+(?:abrogat|limit|waive"
    r"|eliminat|abolish|affect|restrict|impair|end)\w*[^.;]{0,80}?qualified (?:official )?immunity"
    # "In all other actions ..., an officer shall retain every immunity available at common law".
    r"|\b(?:shall\s+)?(?:retains?|keeps?)\s+(?:every|all|any)\s+(?:\w+\s+){0,2}?immunit(?:y|ies)\b"
    r"[^.]{0,40}?\bcommon law"
    # "For all other claims under this section, the officer retains any immunity available under
    # existing law".
    r"|\bfor\s+(?:all|any|every)\s+other\s+claims?\b[^.;]{0,80}?\b(?:retains?|keeps?|may\s+(?:assert|raise))\b"
    r"[^.;]{0,40}?\bimmunit"
    # "For any claim other than a claim under Subsection A, a law enforcement officer retains
    # every immunity and defense ..., including qualified immunity".
    r"|\bfor\s+(?:all|any|every)\s+claims?\s+other\s+than\b[^.;]{0,80}?\b(?:retains?|keeps?|may\s+(?:assert"
    r"|raise))\b[^.;]{0,40}?\bimmunit"
    r"|qualified (?:official )?immunity\s+(?:shall\s+)?(?:remains?|continues?)\s+(?:to\s+be\s+)?available"
    # "In any other claim under sub. (1), an officer is entitled to qualified immunity".
    r"|\b(?:in|for)\s+(?:any|all|every)\s+other\s+(?:claims?|actions?|cases?)\b[^.;]{0,80}?\b(?:is|are"
    r"|shall\s+be|remains?)\s+entitled\s+to\s+(?:the\s+defen[cs]e\s+of\s+)?qualified\s+(?:official\s+)?immunity"
    # "Nothing in this section abrogates the qualified immunity of a peace officer".
    r"|\bnothing\s+in\s+this\s+\w+\s+(?:abrogates|limits|waives|eliminates|affects|impairs|abolishes)\b"
    # (not a saving for other actions: "... affects qualified immunity in any other action")
    r"(?![^.]{0,240}?\bother\s+(?:actions?|claims?|proceedings?|suits?)\b)"
    r"[^.]{0,160}?(?:qualified (?:official )?immunity|good[ -]faith|common[ -]law immunit)"
    # "Nothing in subdivision two shall be construed to limit any immunity available ... under
    # the common law of this state, and such immunities shall apply to actions under this
    # section": every immunity kept for the bill's own actions.
    r"|\bnothing\b[^.]{0,160}?\b(?:construed|interpreted|deemed)\b[^.]{0,80}?\b(?:abrogat|limit|waive|eliminat"
    r"|affect|restrict|impair|diminish)\w*\s+(?:any|all)\s+immunit(?:y|ies)\b[^.]{0,200}?\b(?:shall|do|does|will)\s+"
    r"(?:continue\s+to\s+)?apply\s+to\s+(?:actions?|claims?)\b"
    # A savings clause keeping a statutory good-faith immunity for the bill's actions: "Sections
    # 2744.02 and 2744.03, including the immunity of an employee for acts not done ... in bad
    # faith, continue to apply to actions under section 2307.97".
    r"|\bimmunit(?:y|ies)\b[^.]{0,160}?\b(?:bad\s+faith|malicious|good\s+faith)\b[^.]{0,80}?"
    r"\b(?:continues?|shall\s+continue|remains?)\s+to\s+apply\s+to\s+(?:actions?|claims?)\b"
    # "Qualified immunity is not a defense to a claim of force; it remains available as to all
    # other claims": the doctrine, by pronoun, kept for the rest.
    r"|qualified (?:official )?immunity\b[^.]{0,160}?[;,]\s*(?:but\s+)?(?:it|the\s+(?:defen[cs]e|doctrine"
    r"|immunity))\s+(?:shall\s+)?(?:remains?|continues?\s+to\s+be|is\s+still)\s+available"
    # "the common-law defense that the officer acted in good faith ... remains available".
    # ('"Immunity defense" does not include the defense that the officer acted in the reasonable
    # belief that the conduct was lawful, which defense remains available')
    r"|(?:good[ -]faith|reasonabl[ey] believ|reasonable belief)[^.]{0,100}?\b(?:remains?|continues? to be"
    r"|shall remain)\s+available"
    # The same with the condition after it: "official immunity shall remain available to a
    # public employee who proves that he or she acted in good faith".
    r"|\bimmunit(?:y|ies)\s+(?:shall\s+)?(?:remains?|continues?\s+to\s+be|is\s+still)\s+available\s+to\b"
    r"[^.]{0,160}?\b(?:good[ -]faith|reasonabl[ey] believ|reasonable belief)"
    # Kept on a condition: "in all other cases, an immunity defense shall only be available if
    # the defendant acted consistently with clearly established rights".
    r"|immunity(?:\s+defen[cs]e)?\s+(?:(?:shall|may|will)\s+(?:only\s+)?be|is|are)\s+available\s+"
    r"(?:only\s+)?(?:if|when|where)\b"
    # Another defense kept beside a bar: "..., but the officer may assert any other defense
    # available at common law, including good faith".
    r"|\b(?:but|however|except that)\b[^.]{0,40}?\bmay\s+(?:assert|raise|invoke|rely on)\b"
    r"[^.]{0,120}?(?:good[ -]faith|reasonabl[ey] believ|clearly established)"
    r"|(?:may|shall)\s+not\s+(?:deny|refuse|withhold)\b[^.]{0,60}?qualified (?:official )?immunity"
    r"|qualified (?:official )?immunity\s+(?:is|shall be)\s+(?:an?\s+)?(?:complete\s+)?defen[cs]e"
)
# -- The polarity of a clause that names the doctrine ------------------------------
# Read when no listed bar or keep wording matched (clauses.polarity_bar): a clause that names
# the doctrine and denies it ("Qualified immunity may never be raised", "cannot claim
# qualified immunity", "is inapplicable") bars it, however the denial is worded.

# Words that deny what follows them.
NEGATOR = compile_pattern(r"\b(?:not|never|cannot|no\s+longer|no|neither|nor|none)\b|n't\b")
# Words that may stand between a negator and its predicate: "shall not in any case be".
NEGATION_FILLER = compile_pattern(
    r"(?<!\s)(?:\s+(?:be|been|being|held|deemed|found|considered|shall|may|hereby|ever|henceforth|otherwise|in\s+any\s+(?:way|case|event"
    r"|manner)|under\s+any\s+circumstances|at\s+all|longer|further|thereafter|the|an?|any))*\s+"
)
# What a denied defense's predicate may be: "is not a defense", "does not extend to", "cannot
# claim", "shall not recognize", "no part", "not subject to".
DENIED_PREDICATE = compile_pattern(
    r"(?:defen[cs]\w*|immun\w*|availab\w*|appl(?:y|ies|ied|icable|ication)|extend\w*|exist\w*"
    r"|recogni[sz]\w*|rais\w*|assert\w*|claim\w*|invok\w*|plead\w*|pled|use[sd]?|entitl\w*"
    r"|shield\w*|protect\w*|insulat\w*|bar|bars|defeat\w*|excus\w*|reliev\w*|absolv\w*|permit\w*"
    r"|allow\w*|accept\w*|consider\w*|afford\w*|grant\w*|accord\w*|enjoy\w*|ha(?:ve|s)|play\w*"
    r"|constitut\w*|serv\w*|operat\w*|depend\w*|turn\w*|count\w*|matter\w*|govern\w*|subject"
    r"|part|place|role|effect|force|bearing|relevan\w*|material|qualified|basis|ground|answer"
    r"|preclud\w*|prevent\w*|limit\w*|reduc\w*|diminish\w*|affect\w*|avoid\w*|escap\w*|evad\w*"
    r"|excus\w*|requir\w*|heard|grounds?|reasons?|burden\w*|dismiss\w*|declin\w*|conferr\w*"
    # ("... immunity, whether described as qualified immunity or otherwise, shall not attach")
    r"|attach\w*)\b"
)
# Verbs that, denied, keep the doctrine: "shall not limit qualified immunity", "Nothing ...
# abrogates", "qualified immunity shall not be denied". A denial of recovery or liability
# ("does not bar recovery") is read by DENIED_PREDICATE instead.
KEEPING_UNDER_NEGATION = compile_pattern(
    r"(?:den(?:y|ied|ies)|abrogat\w*|limit\w*|waiv\w*|eliminat\w*|affect\w*|impair\w*"
    r"|restrict\w*|diminish\w*|modif\w*|abolish\w*|repeal\w*|alter\w*|chang\w*|displac\w*"
    r"|supersed\w*|overrid\w*|curtail\w*|narrow\w*|reduc\w*|remov\w*|withdraw\w*|preclud\w*"
    r"|prevent\w*|prohibit\w*|bar(?:s|red)?|creat\w*|construed|interpreted|deemed|intended)\b"
)
# Predicates that take a defense away with no negator: "is inapplicable", "is rejected as a
# defense", "is immaterial".
PRIVATIVE_PREDICATE = compile_pattern(
    r"\b(?:is|are|be|been|becomes?|was|were)\s+(?:hereby\s+|henceforth\s+|expressly\s+|wholly\s+"
    r"|entirely\s+|fully\s+|thus\s+)?(?:unavailable|inapplicable|immaterial|irrelevant|inoperative"
    r"|void|rejected|repudiated|disallowed|prohibited|forbidden|abolished|eliminated|abrogated"
    r"|overruled|disregarded|nullified|extinguished|displaced|superseded|inadmissible|stricken"
    r"|struck)\b"
)
# The same in the active voice, the doctrine its object: "This act abolishes qualified immunity".
PRIVATIVE_VERB = compile_pattern(
    r"\b(?:abolishes|eliminates|abrogates|rejects|repudiates|disallows|prohibits|forbids|bars"
    r"|precludes|extinguishes|supersedes|nullifies|ends)\b"
    # (and a court told to set it aside: "The court shall disregard the officer's claim that
    # a reasonable officer could have believed ...")
    r"|\b(?:shall|must)\s+(?:disregard|reject|ignore|disallow)\b"
)
# The denied verb's agent follows it: "is not diminished by the officer's good faith", "shall not
# be denied or reduced on account of the officer's belief".
DENIED_BY_AGENT = compile_pattern(
    # (Not from inside a run of spaces: each start would rescan the run.)
    r"(?<!\s)\s*(?:be\s+|been\s+)?\b[a-z]+(?:,?\s+(?:or|and)\s+[a-z]+)?\s+(?:in\s+any\s+(?:way|manner)\s+)?"
    r"(?:by|on\s+account\s+of|because\s+of|by\s+reason\s+of|on\s+the\s+(?:ground|basis)\s+(?:of|that))\b"
)
# The same, whatever the verb, when what follows is a reason: "may not be ordered on the basis of".
DENIED_FOR_REASON = compile_pattern(
    r"(?<!\s)\s*(?:be\s+|been\s+)?\b[a-z]+\s+(?:solely\s+|only\s+)?(?:on\s+the\s+(?:basis|ground)s?\s+of|because\s+of"
    r"|by\s+reason\s+of|on\s+account\s+of)\b"
)
# Liability that stands whatever the doctrine says: "is liable ... even if", "although".
_CONCESSION = (
    r"(?:even\s+(?:if|though|where|when)|although|though|notwithstanding\s+(?:that|the\s+fact\s+that)"
    r"|whether\s+or\s+not|regardless\s+of\s+whether|irrespective\s+of\s+whether)\b"
)
CONCESSIVE_LIABILITY = compile_pattern(
    r"\b(?:liab\w*|answerable)\b[^.;]{0,160}?\b"
    + _CONCESSION
    # The claim goes forward whatever the doctrine says: "Claims under section 1 may proceed
    # regardless of whether the officer reasonably believed ...", "relief shall be awarded even
    # if the right was not clearly established".
    + r"|\b(?:claims?|actions?|suits?|recovery|relief|damages)\b[^.;]{0,60}?\b(?:may|shall|will|must)"
    r"\s+(?:proceed|lie|be\s+(?:brought|maintained|awarded|recovered))\b[^.;]{0,160}?\b"
    + _CONCESSION
    # "An officer ... who claims to have acted in good faith ... remains liable" (the doctrine
    # named before it: see REMAINS_LIABLE).
    + r"|\b(?:remains?|is\s+still|shall\s+(?:remain|still\s+be))\s+(?:fully\s+)?liable\b"
)
REMAINS_LIABLE = compile_pattern(
    r"\b(?:remains?|is\s+still|shall\s+(?:remain|still\s+be))\s+(?:fully\s+)?liable\b"
)
# "it is immaterial that the officer believed ...": the doctrine's element set aside.
IMMATERIAL_THAT = compile_pattern(
    r"\bit\s+(?:is|shall\s+be)\s+(?:immaterial|irrelevant|no\s+(?:defen[cs]e|answer|excuse))\b"
    r"[^.;]{0,80}?\bthat\s+[^.;]{0,60}$"
)
# What a denied benefit is when it is not the defense: indemnity, discipline, a licence.
OTHER_BENEFIT = compile_pattern(
    r"\b(?:indemnif\w*|reimburs\w*|disciplin\w*|decertif\w*|revoc\w*|revok\w*|retaliat\w*"
    r"|terminat\w*|promot\w*|pension|overtime|wages?)\b"
)
# Words of liability, a defense or a suit: what a denial of the doctrine is about.
LIABILITY_OR_DEFENSE = compile_pattern(
    r"\b(?:liab\w*|answerable|defen[cs]\w*|immun\w*|suits?|actions?|claims?|dismiss\w*"
    r"|judgments?|recover\w*|damages|relief|sued|excus\w*|answer|argu\w*|contentions?|assertions?)\b"
)
# Words of a wish or a request, not of a rule: "should be abolished", "urges Congress".
WISH_WORDS = compile_pattern(
    r"\b(?:should|ought\s+to|urges?|recommends?|memoriali[sz]es?|calls?\s+(?:up)?on|encourages?"
    r"|hopes?|wishes)\b"
    r"|\b(?:supports?|favou?rs?|wants?\s+to|seeks?\s+to)\s+(?:the\s+)?(?:eliminat|abolish|abolition|end|ending"
    r"|repeal|passage|adoption)"
    r"|\bbelieves?\s+that\b"
)
# What starts a clause inside the sentence that a denial in it belongs to: a condition or a
# relative clause ("an officer who does not act ...", "unless the right was not ...").
SUBORDINATE_START = compile_pattern(
    r"\b(?:if|unless|when|whenever|where|provided|because|although|though|until|who|whom|whose"
    r"|which|that)\b"
)

# An act of Congress: its enacting clause, or the heading of a bill printed by Congress.
ACT_OF_CONGRESS = compile_pattern(
    r"in congress assembled|\b\d{2,3}(?:st|nd|rd|th) congress\b"
    r"|in the (?:senate|house of representatives) of the united states"
    # A committee's substitute for a House bill ("Amendment in the nature of a substitute to
    # H.R. 4410"): state legislatures number their bills H.B., S.B. or A., not H.R.
    r"|\bin the nature of a substitute to h[._]\s?r[._]?\s?\d{1,5}\b"
    # Federal law in its own words: what acts "under color of ... of any State or Territory"
    # (section 1979 of the Revised Statutes); no state legislates for every state.
    r"|\bof any state or territory\b"
    # Congress's own findings ("Congress finds the following:"), in a copy that left out the
    # enacting clause: no state legislature speaks as Congress.
    r"|\b(?:the\s+)?congress\s+(?:finds|makes\s+the\s+following\s+findings|declares)\b"
    # Federal law amended in so many words, which no state can do: "Section 1979 of the Revised
    # Statutes of the United States (42 U.S.C. 1983) is amended"; "Section 1983 of title 42,
    # United States Code, is amended".
    r"|\bsection\s+1979\s+of\s+the\s+revised\s+statutes\b[^.;]{0,80}?\bis\s+amended\b"
    r"|\bof\s+title\s+\d{1,2},\s+united\s+states\s+code,?\s+is\s+amended\b"
)
ACT_OF_CONGRESS_GATE = (
    *("congress", "of the united states", "nature of a substitute to h"),
    *("of any state or territory", "revised statutes", "united states code"),
)
# A claim placed in the Federal Tort Claims Act, whose limits (no punitive damages, fee
# limits) still bind it.
FEDERAL_TORT_CLAIMS_ACT = compile_pattern(
    r"federal tort claims act|chapter 171 of title 28|section (?:1346\(b\)|2674|2680) of title 28"
    r"|28 u_s_c_ (?:1346\(b\)|2674|2680)"
)
# The enacting clause, which ends a digest or summary printed before the bill's text.
ENACTING_CLAUSE = compile_pattern(
    r"\bbe it (?:enacted|ordained)\b|\bdo(?:es)? (?:hereby )?(?:enact|ordain),? as follows"
    r"|\bis (?:hereby )?(?:enacted|ordained) by the\b"
    r"|\b(?:general assembly|legislature|council|people) of (?:the )?[\w ]{2,40}? (?:hereby )?"
    r"(?:enacts?|ordains?)\b"
)
# The heading of a digest or summary of a bill (not law: it describes the bill).
DIGEST_HEADING = compile_pattern(
    r"legislative counsel'?s digest|\bdigest\b|\bsynopsis\b|\bbill summary\b|\bbill analysis\b"
    # A house fiscal agency's "Legislative Analysis ... BRIEF SUMMARY:".
    r"|\blegislative analysis\b|\bbrief summary\b"
    r"|\bsummary of (?:the )?bill\b|\bstatement of (?:purpose|intent)\b"
    # A sponsor's memo printed with the bill ("SUMMARY OF PROVISIONS: Section 1 adds ...").
    r"|\bsummary of (?:specific )?provisions\b|\b(?:sponsor|introducer)(?:'s|s'|s)? memo(?:randum)?\b"
    # Wisconsin's "Analysis by the Legislative Reference Bureau".
    r"|\banalysis by the legislative reference bureau\b"
)
DIGEST_HEADING_GATE = (
    *("digest", "synopsis", "summary", "statement of", "bill analysis", "legislative analysis"),
    "analysis by the legislative",
    " memo",
)
# A clause that describes another law a government must have ("a State is eligible for a grant
# only if the State has in effect a law that provides that qualified immunity is not a
# defense"): a condition on money, not this bill's own claim or bar.
DESCRIBES_ANOTHER_LAW = compile_pattern(
    r"\b(?:has|have|had) (?:in effect|enacted|adopted|passed) (?:a |an |any )?(?:laws?|statutes?"
    r"|ordinances?)(?:,? (?:policy|policies|rules?|regulations?))? (?:that|which|under which)\b"
    r"|\beligible (?:for|to receive)\b[^.]{0,120}?\bonly if\b[^.]{0,80}?\b(?:law|statute)\b"
    # "As a condition of receiving funds under this subpart, a unit of local government shall
    # certify that it indemnifies its officers": a condition on money.
    r"|\bas a condition of (?:receiving|eligibility|a grant|any grant|funds|funding)"
    # A study mandate: what is to be studied is described, not enacted ("The council shall
    # study the statute that provides that qualified immunity is not a defense ...").
    # A request that a legislature make a law ("respectfully requests the United States
    # Congress to enact legislation providing that ..."): what is asked for is not enacted.
    r"|\b(?:requests?|requesting|urges?|urging|memoriali[sz]\w*|petitions?|petitioning)\s+(?:the\s+)?"
    r"(?:united\s+states\s+)?(?:congress|general\s+assembly|legislature|president)\b[^.;]{0,60}?\bto\s+"
    r"(?:enact|pass|adopt|amend|abolish|eliminate|end|repeal|consider)\b"
    # What a study is to consider: "The study must include ... consideration of: (a) Whether a
    # peace officer should be liable ...".
    r"|\b(?:study|report|review|analysis)\s+(?:must|shall)\s+(?:include|consider|address|examine"
    r"|evaluate)\b"
    # "The joint judiciary interim committee shall study during the 2027 and 2028 interims: (i)
    # The doctrine of qualified immunity ...": a study body's topics.
    r"|\b(?:committee|commission|task\s+force|council|working\s+group|study\s+group)\b[^.;]{0,60}?\bshall\s+"
    r"(?:study|evaluate|analy[sz]e|assess)\b"
    # What a study is to do, item by item: "In conducting its study, the Commission shall (i)
    # review ...; (ii) examine how other states have created a state civil action ...".
    r"|\bin\s+(?:conducting|carrying\s+out|performing|preparing)\s+(?:its|the|this|such|that)\s+"
    r"(?:study|review|evaluation|analysis|report)\b"
    # "The Commission shall examine how other states have created a state civil action ...".
    r"|(?<!court )(?<!judge )(?<!jury )\bshall\s+(?:conduct\s+a\s+study\s+of|study|examine"
    r"|review|evaluate|analy[sz]e|assess)\s+(?:whether\b|how\b|(?:the|any|each)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:statutes?|laws?|doctrines?|legislation|polic(?:y|ies)|practices?)\b)"
)
# Findings, purposes and recitals: they explain the law, they do not make it. A finding
# that "qualified immunity is a defense created by federal courts" keeps nothing alive.
NON_OPERATIVE = compile_pattern(
    r"\bwhereas\b"
    # (not a condition on a body's finding: "If the council finds at the hearing that the officer
    # was the subject of a final judgment, the council shall revoke ...")
    r"|(?<!\bif the )(?<!when the )(?<!where the )(?<!unless the )(?<!after the )"
    r"\b(?:general assembly|general court|legislature|legislative assembly|congress|council"
    r"|people of (?:the )?[\w ]{2,30}?)\s+(?:hereby\s+)?(?:further\s+)?(?:finds?|declares?|recognizes?"
    r"|determines?)\b"
    r"|\bit is the (?:intent|purpose|policy) of\b"
    r"|\b(?:the\s+)?(?:intent|purpose)s?\s+of\s+this\s+(?:act|section|chapter|bill)\s+(?:is|are)\b"
    r"|\blegislative (?:findings?|intent|declarations?)\b"
    r"|\bsense of (?:the )?(?:congress|senate|house|legislature|general assembly|council|board|commission)\b"
    # A resolution's resolving clause and what it lists: "Resolved, That the Senate-- (1)
    # recognizes and acknowledges ...". A resolution states views; it enacts nothing.
    r"|\bresolved,? that\b|^[\s\W]*that the (?:senate|house|general assembly|legislature|council)\b"
    r"|\brecognizes and acknowledges\b"
)
# A declaration that states a rule for the bill's own actions: "declares that ... may not be
# applied in any action under section 1 of this Act" (a finding states no such rule).
DECLARED_RULE = compile_pattern(
    # "It is the intent of the legislature, and it is hereby enacted, that qualified immunity
    # shall be no defense to an action brought under this section".
    r"\bhereby\s+enacted,?\s+that\b"
    r"|\bdeclares?\s+that\b[^.]{0,200}?\b(?:may|shall|must)\s+not\b[^.]{0,80}?\b(?:in|to)\s+"
    r"(?:any|an|a)\s+(?:civil\s+)?(?:action|claim|suit)s?\s+(?:under|brought\s+under|pursuant\s+to)\s+"
    r"(?:section|this)\b"
)
# The title clause of an amending act, which quotes the long title of the act it amends and
# ends with the instruction ("A bill to amend 1961 PA 236, entitled "An act to revise ... the
# forms of civil claims and actions ...," by adding section 2922b"): a title, never operative,
# wherever a sponsor list or a heading before it puts its start.
AMENDED_ACT_TITLE = compile_pattern(
    r"\bentitled,?\s*+[\"“]an act\b[^\"”]{0,3000}+[\"”][^.;\"”]{0,200}?"
    r"(?:\bby (?:adding|amending|repealing|inserting)\b"
    # ("Senate Bill No. 5217--A, entitled "AN ACT ...", is amended as follows:", the page-and-line
    # changes after it: the title names the bill amended, and gives no claim)
    r"|\bis\s+(?:hereby\s+)?amended\s+as\s+follows\s*:?\s*$)"
)
# The formula that opens a list of findings or of the legislature's views; the items
# that follow it are findings too.
FINDINGS_LIST_OPENING = compile_pattern(
    r"\b(?:congress|legislature|legislative assembly|general assembly|general court|council"
    r"|people of (?:the )?[\w ]{2,30}?)\s+(?:hereby\s+)?(?:finds?|declares?)(?:\s+and\s+(?:declares?|finds?))?"
    r"(?:\s+(?:the following|that|as follows))?\s*[:—-]"
    # A finding that quotes others: "The Legislative Assembly finds that critics of the doctrine
    # ... have written: '...'" (the quotation is theirs, not law).
    r"|\b(?:congress|legislature|legislative assembly|general assembly|council)\s+(?:hereby\s+)?finds?\s+that\b"
    r"[^.:]{0,200}?\b(?:have|has|had)\s+(?:written|said|observed|stated|noted|argued)\s*:"
    r"|\bsense of (?:the )?(?:congress|senate|house|legislature|general assembly|council|board|commission) that\s*[:—-]"
)
# Numbered lines of a list ("(1) ...", "- **(2)** ..."), blank lines between them allowed.
# Bounded runs keep every attempt short, so the pattern stays linear at any starting point.
LIST_ITEM_LINES = compile_pattern(
    r"(?:[ \t]{0,40}+\n|[ \t>*#-]{0,12}+\(\d{1,3}\)[^\n]{0,4000}+(?:\n|$))*"
)
# A section heading at the start of a line: "SEC. 3.", "Section 4.", "§ 2." (lowered text).
# A printed line number may stand before it; Markdown copies mark it with "#".
SECTION_HEADING = compile_pattern(
    r"\n[ \t]{0,8}+(?:\d{1,3}[ \t]{1,8})?[>*\- \t]{0,12}+(?:#{1,6}[ \t]*(?:sec(?:tion)?\.?\s*)?\d"
    r"|sec(?:tion)?\.?\s{0,3}\d|§{1,2}\s{0,3}\d"
    # (a code section's number opening its line, as a bill prints the sections it adds:
    # "13-21.7-103. Training curriculum.", "143-300.61. Action for ...")
    r"|\d{1,3}[a-z]?(?:-\d{1,5}(?:\.\d{1,3})?[a-z]?){1,3}\.[ \t]+[a-z(])"
)
# Section labels a sentence may open with ("Sec. 2. (a)(1)", "§ 4.", "506_450. 1.").
# Bounded, possessive runs: at most eight labels, each taken whole or not at all, so no
# input (a long run of spaces or of "(a) ") makes the pattern quadratic.
LABELS = (
    r"(?:(?:sec(?:tion)?s?_?\s{0,3}+[\w_-]{1,12}+[.:]?|§{1,2}+\s{0,3}+[\w_-]{1,12}+[.:]?|\(\w{1,5}\)|[a-z0-9]{1,3}[_.)]"
    r"|\d[\d_-]{0,12}+[.:]?|new)\s*+){0,8}+"
)
# Titles, summaries, commentary and advocacy: they describe a bill, they do not enact it.
NON_OPERATIVE_OPENING = compile_pattern(
    r"(?<!\s)[\s>#*-]*+"
    + LABELS
    + r"(?:an act\b|a bill\b|to (?:provide|amend|enact|repeal|create|establish"
    r"|require|prohibit|allow|authorize|eliminate|end|abolish)\b|relat(?:ing|es) to\b|concerning\b"
    r"|(?:this|the) (?:bill|legislation|proposal|measure|amendment would)\b|(?:bill )?summary\b"
    r"|synopsis\b|digest\b|statement of (?:purpose|intent)\b|(?:the )?sponsors?\b"
    # A tracker's or a legislature's title line: "Bill Title: Relates to civil actions ...;
    # provides that ...".
    r"|(?:bill |short |official )?title\s*:"
    # ("LEGISLATIVE COUNSEL'S DIGEST: Existing law creates ...")
    r"|legislative counsel(?:'s|s'|s)? digest\b"
    # New Jersey's closing "STATEMENT This bill ...": the sponsor's explanation.
    r"|statement\s+(?=(?:this|the)\s+(?:bill|act|legislation)\b)"
    # A digest's account of the law the bill changes: "Existing law authorizes ...".
    r"|(?:under )?(?:existing|current|present) (?:law|statute)s?\b"
    r"|fiscal (?:note|impact)\b|comment(?:ary|s)?\b|note:|editor|background\b|purpose:"
    # A uniform or model act's comments and notes: "Official Comment: Section 4 abolishes ...",
    # "Drafter's Note:", "Legislative Note:".
    r"|(?:official|drafter'?s'?|drafting|legislative|reporter'?s'?|prefatory) (?:comments?|notes?)\b"
    # A uniform act's drafters on their choices: "The drafting committee considered, and
    # rejected, a provision abolishing qualified immunity."
    r"|(?:the )?(?:drafting committee|drafters|reporters?'? notes?)\b"
    # ("For reference, subsection 1 provides that ...": existing law recited for the reader)
    r"|for (?:reference|information|the reader'?s? (?:information|convenience))\b"
    r"|title:|short title\b"
    # (a status page's field: "Title A bill to establish a civil action ...")
    r"|title\s+(?=an?\s+(?:bill|act)\s+to\b)"
    # A ballot's caption and its account of a vote: "Caption: Creates civil claim ...", "Result
    # of 'Yes' Vote: 'Yes' vote creates ...", "Ballot title: ...".
    r"|caption:|ballot (?:title|question|summary)\b|result of (?:a )?[\"'“‘]?(?:yes|no)[\"'”’]? vote\b"
    # A bill's page on a legislature's site, headed by its designation and session: "Assembly
    # Bill A8130 2021-2022 Legislative Session Prohibits qualified immunity ...".
    r"|(?:assembly|senate|house)\s+bill\s+[a-z]{0,2}\d{1,5}[a-z]?\s+\d{4}(?:-\d{2,4})?\s+(?:legislative|regular)\s+session\b"
    # A question put to a study ("(2) Whether a state law cause of action ... should be
    # established"), not law ("Whether or not the officer acted in good faith, ..." is law).
    r"|whether\b(?!,?\s+or\s+not\b)(?=[^.;]{0,200}?\bshould\b)"
    # A digest's bare verbs: "Provides that limits on tort liability do not apply", "Creates
    # civil action against public bodies" (law has a subject; a digest line has none).
    # (and an option put to a study, as a gerund: "1. Providing that qualified immunity is not
    # a defense;")
    r"|providing\s+that\b"
    # (an item of draft legislation put to a study: "B. A provision that qualified immunity ...
    # [is] not [a defense]"; "D. A requirement that the employing agency indemnify ...")
    r"|an?\s+(?:provision|requirement|prohibition)\s+that\b"
    # (a study's agenda with the items it lists: "The committee shall consider, at a minimum,
    # draft legislation containing the following provisions: A. A civil action ...")
    r"|(?:the\s+)?(?:[\w-]{1,30}\s+){0,4}?(?:commission|committee|task\s+force|council|working\s+group)\s+"
    r"(?:shall|must|may)\s+(?:consider|study|examine|review|evaluate)\b[^.:]{0,160}:"
    r"|(?:provides|creates|establishes|requires|prohibits|allows|authorizes|directs|modifies"
    # (not a catch-line run into its text: "LIMITS The limits on liability ... shall not apply")
    r"|eliminates|abolishes|ends|declares|specifies|permits|makes|repeals|expands|limits(?!\s+the\s+limit)"
    # ("Section 3: Waives the Tort Claims Act damages cap for these claims")
    r"|waives|lifts|removes|raises|bars|adds|extends|exempts|excludes)\s+(?:that\b|an?\b"
    r"|civil\b|the\b|for\b|limits?\b|immunity\b|qualified\b|causes?\s+of\s+action\b|private\b|provisions?\b))"
    # A print's history line: "On third reading the Senate adopted Floor Amendment 1, which
    # deleted Section 3 ...", "The committee adopted an amendment striking ...".
    r"|on\s+(?:second|third|final)\s+reading\b"
    r"|(?:the\s+)?(?:senate|house|assembly|committee)\s+(?:(?:on\s+)?[\w ]{0,40}?\s+)?(?:adopted|rejected)\s+"
    r"(?:floor\s+|committee\s+)?amendments?\b"
    # A request to the drafting office: "Please draft a section that creates a civil action ...".
    r"|please\b|(?:can|could|would)\s+you\s+(?:please\s+)?(?:draft|prepare|add|include|write)\b"
)
ADVOCACY = compile_pattern(
    # A memorial's prayer or a resolution's plea to Congress: "Your Memorialists respectfully pray
    # that the Congress of the United States amend 42 U.S.C. 1983 to provide that ...".
    r"\b(?:pray|prays|praying|urg(?:e|es|ing)|memoriali[sz](?:e|es|ing)|petition(?:s|ing)?|implor(?:e|es|ing)"
    r"|call(?:s|ing)?\s+(?:up)?on)\s+(?:that\s+)?(?:the\s+)?(?:united\s+states\s+)?(?:congress|president)\b|"
    r"\b(?:sponsors?|supporters?|advocates?|opponents?|critics?|proponents?|we"
    # ("Senator also wants a duty to intervene ...": a lawmaker's wishes, in a note or an email)
    r"|senator|assembly\s*(?:member|man|woman)|council\s*member|requester)\b[^.]{0,60}?"
    r"\b(?:wants?|would like|argues?|believes?|says?|hopes?|seeks?|urges?|support|intends?|plans?)\b"
    r"|\b(?:this|the) (?:bill|act|legislation|proposal) would\b"
    # A plea for a law: "Maryland should create a state civil rights remedy ..., make clear that
    # qualified immunity is not a defense, and lift the caps".
    r"|\bshould\s+(?:create|enact|adopt|pass|make\s+clear|abolish|eliminate|lift|repeal|end)\b"
    # "This bill, in the sponsor's words, 'ends qualified immunity ...'".
    r"|\bin\s+the\s+(?:sponsor|author|drafter)s?(?:'s|'|’s)?\s+(?:own\s+)?words\b"
    # An analysis names the bill by its number: "BRIEF SUMMARY: House Bill 4601 would create
    # a new act ..." (an enacted text never speaks of itself by number in the conditional).
    r"|\b(?:house|senate|assembly|legislative)\s+(?:bill|file|joint\s+resolution)\s+(?:no[_.]?\s*)?"
    r"\d{1,5}[a-z]?\s+would\b"
    # A digest or analysis describes the bill (operative text says "this act", not "the bill"):
    # "Under the bill, an officer may not assert qualified immunity", "This bill creates ...".
    r"|\bunder (?:the|this) (?:bill|proposal|measure|legislation),"
    r"|\b(?:this|the) bill (?:also )?(?:provides|requires|creates|establishes|allows|permits|directs"
    r"|eliminates|abolishes|ends|makes|prohibits|amends|repeals|specifies|authorizes)\b"
    # A recommendation that a law be made: "The committee recommends that the legislature adopt
    # a law providing that ...".
    r"|\brecommend(?:s|ed|ation)?\b(?=[^.]{0,80}?\b(?:adopt|enact|pass|amend|legislation)\b)"
    # A resolution's resolving clauses, asking another body to make the law: "1. That the City
    # Council urges the Michigan Legislature to enact legislation establishing ...", "1.
    # Supports federal legislation amending 42 U.S.C. 1983 to provide that ...", "calls on the
    # Governor to sign".
    r"|\b(?:urges?|supports?|calls\s+(?:on|upon)|memorializes?|petitions?|encourages?|requests?)\s+"
    r"(?:the\s+|its\s+|this\s+)?(?:[\w'-]+\s+){0,4}?(?:legislature|congress|general\s+assembly|governor|president"
    r"|delegation|lawmakers|(?:federal|state)\s+legislation|legislation)\b"
    # A resolution's view of what a lawmaker ought to do: "Congress should amend section 1979
    # ... to eliminate the qualified immunity defense".
    r"|\b(?:congress|legislature|general assembly|lawmakers|states|the state|the senate|the house)"
    r"\s+(?:should|ought to|must act to)\b"
    # An analysis, memo or fiscal note reporting what a part of the bill says: "Subdivision (b)
    # states: ...", "Subdivision three of the bill reads, in full: ...", "Subdivision two bars
    # the defense ...", "Subdivision e would require ..." (law cites its own units to apply or
    # except them, never to report them).
    # (the unit as the sentence's subject, not "as section 3 requires")
    r"|^[\s\"“'*-]*(?:\(\w{1,4}\)\s*)*(?:sub)?(?:section|subdivision|paragraph|clause)\s+(?:\(?[\w_-]{1,6}\)?|one|two|three|four|five|six"
    r"|seven|eight|nine|ten)\s+(?:of\s+(?:the|this)\s+(?:bill|proposal|measure|draft)\s+)?(?:also\s+)?"
    r"(?:states|reads|says|would|bars|creates|establishes|requires|makes|adds|amends|eliminates|removes"
    r"|provides\s+that)\b"
    # The bill, a draft or an amendment as the subject of a report: "The proposal provides that",
    # "The conference committee bill would provide", "My legislation will", "The substitute
    # removes ...".
    r"|^[\s\"“'*-]*(?:\(\w{1,4}\)\s*)*(?:the|this|my|our|that)\s+(?:proposal|measure|legislation|substitute|draft|new\s+draft"
    r"|committee\s+substitute|conference\s+committee\s+(?:bill|report)|amendment|proposed\s+(?:bill|law"
    r"|legislation)|original\s+bill|engrossed\s+bill)\b[^.]{0,40}?\b(?:would|will|provides|requires|states"
    r"|establishes|creates|bars|makes|amends|adds|eliminates|removes|repeals|allows|reads|differs)\b"
    # A bill named by its number: "C.S.H.B. 2719 amends the Civil Practice and Remedies Code to
    # establish that ...", "SB 5 would ...".
    r"|\b(?:c[_.]?s[_.]?)?[hsa][_.]?\s?[bfr][_.]?\s?\d{1,5}\b\s+(?:also\s+)?(?:would|amends|provides|requires"
    r"|creates|establishes|makes|adds|repeals|bars|says|states)\b"
    # The same with the bill's name spelled out: "House Bill 744 creates a state cause of action".
    r"|\b(?:house|senate|assembly)\s+bill\s+(?:no[_.]?\s*)?\d{1,5}[a-z]?\s+(?:also\s+)?(?:creates|provides"
    r"|requires|says|states|establishes|makes|bars|amends|eliminates|ends)\b"
    # "Under HB 1620, a law enforcement officer who ... 'shall be liable'": a report of a bill.
    r"|\bunder\s+(?:(?:house|senate|assembly)\s+bill\s+(?:no[_.]?\s*)?|[hsa][_.]?\s?[bfr][_.]?\s?)\d{1,5}\b"
    # A text reporting what a statute, an act or "it" provides: "It provides that it is not a
    # defense ...", "The statute provides that such an officer 'is liable'", "Second, it provides
    # in terms that ...", "The stronger drafts provide that ..." (law speaks of "this act").
    r"|\b(?:it|the\s+(?:statute|act|law|bill|ordinance|measure|amendment|drafts?|proposals?|(?:[\w-]+\s+)"
    r"(?:drafts|bills|versions)))\s+(?:also\s+|further\s+)?(?:provides?|says|states|reads)(?:,?\s+in\s+terms,?)?"
    r"\s+that\b"
    # A commentary's list of what such laws do: "First, it creates a cause of action ...",
    # "Fourth, it allocates the cost: the employer 'shall indemnify' ...".
    r"|\b(?:first|second|third|fourth|fifth|sixth|finally|lastly),\s+(?:it|they|the\s+(?:statute|act|bill|law"
    r"|statutes|acts|bills|laws))\s+(?:\w+\s+)?(?:creates?|provides?|allocates?|bars?|requires?|makes?"
    r"|eliminates?|ends?|abolishes?|adds?|lifts?|removes?|imposes?)\b"
    # The lawmaker's intent as commentary sees it: "The Legislature could not have been clearer
    # that qualified immunity 'is not a defense'".
    r"|\b(?:the\s+)?(?:legislature|congress|general\s+assembly)\s+(?:could|would|did)\s+not\s+have\b"
    r"|\b(?:the\s+)?(?:legislature|congress|general\s+assembly)\s+(?:plainly\s+|clearly\s+)?(?:intended|meant"
    r"|chose|made\s+(?:it\s+)?clear)\b"
    # "'Qualified immunity is not a defense,' reads the bill's central provision."
    r"|\breads\s+the\s+(?:bill|act|statute|ordinance|measure)(?:'s|\u2019s)?\b"
    # Offices and staff reporting on it: "Officials from the Office of Administration note that the
    # proposal provides ...", "AGO notes that", "Staff assume ...".
    r"|\b(?:officials?|staff|oa|ago|the\s+(?:department|office|agency|division|committee|commission"
    r"|association|county|city))\b[^.]{0,80}?\b(?:notes?|assumes?|estimates?|reports?|indicates?"
    r"|anticipates?|states?\s+that|believes?)\b(?=[^.]{0,120}?\b(?:bill|proposal|measure|legislation"
    r"|provision|requirement)\b)"
    # "Remove the provision stating that qualified immunity is not a defense": the opposite of the
    # provision it names.
    r"|\b(?:remove|delete|strike|eliminate)s?\s+the\s+(?:provision|language|section|requirement)s?\s+"
    r"(?:stating|providing|that\s+(?:states|provides))\b"
    r"|\bunder\s+the\s+(?:new\s+draft|draft|substitute|amendment|amended\s+bill),"
    # A rule in the conditional, as an analysis puts it: "Qualified immunity would not be a
    # defense", "officers would no longer be able to".
    r"|\bwould\s+not\s+be\s+(?:a|an)\s+(?:defen[cs]e|immunity|bar)\b|\bwould\s+no\s+longer\b"
    # Law quoted by someone who reports it (a court, a reporter, a pleading): "42 U.S.C. 1983,
    # which provides that "every person who ...", "It states that "qualified immunity ...",
    # "As we have explained, "public officials do not enjoy ..."".
    # (not an amending instruction: "is amended to read: "...", "shall read: "...")
    r"|(?<!to )(?<!shall )(?<!will )\b(?:states?|stated|stating|provides?|provided|providing|reads?|reading|says?"
    r"|said|saying|explained|held|holds|recogni[sz]e[sd]|reported|declares?|declared)\b[,:]?\s+"
    r"(?:in\s+(?:full|part)[,:]?\s+)?(?:that\s+)?[\"“]"
    r"|\bthe\s+new\s+law\s+(?:creates|states|provides|requires|bars|makes|ends|gives)\b"
    # "... arises under C.R.S. 13-21-131, which provides that a peace officer "who ...": the
    # quotation a little after the reporting verb.
    r"|\bwhich\s+(?:provides|states|reads|says|directs|requires)\b[^.;\"“]{0,80}?[\"“]"
    # A pleading about its own parties ("The individual Defendants are not entitled to qualified
    # immunity"), a court on a state's doctrine ("Maryland does not recognize a qualified immunity
    # defense") or on what a legislature may do ("The Legislature may not abolish ...").
    r"|^[\s\"“'*-]*(?:\(?[a-z0-9]{1,3}[)._]\s*)*the\s+(?:individual\s+|officer\s+)?defendants\s+(?:are|is)\s+not\s+entitled\b"
    r"|\bdoes\s+not\s+recogni[sz]e\s+(?:(?:a|any|the)\s+)?[^.;]{0,40}?\b(?:immunity|defen[cs]e)\b"
    r"|\b(?:legislature|general\s+assembly|congress|a\s+state)\s+(?:may|can|could)(?:,[^,;.]{1,30},)?\s+(?:not\s+)?"
    r"(?:abolish|eliminate|abrogate|end|displace|provide|enact)\b"
    # Counsel and parties on what a law says or might say: "a state statute that purported to
    # provide that ...", "it could enact language such as ...", "Defendants note that the city
    # will indemnify ...", a pleading's heading "DEFENDANTS ARE NOT ENTITLED TO QUALIFIED IMMUNITY".
    r"|\bpurport(?:s|ed|ing)?\s+to\s+(?:provide|abolish|eliminate|enact|create|bar)\b|\bcould\s+enact\b"
    r"|\blanguage\s+such\s+as\b"
    r"|\b(?:notes|noted|argued|contended|conceded|asserted)\s+that\b"
    r"|\b(?:defendants?|plaintiffs?|appellants?|appellees?|petitioners?|respondents?|the\s+parties)\s+"
    r"(?:note|argue|contend|concede|assert|agree)\s+that\b"
    r"|^[\s\"“'*-]*defendants\s+(?:are|is)\s+not\s+entitled\s+to\s+qualified\s+immunity\s*(?:\n|$|\d)"
    # Testimony and analyses in the conditional: "S-2290 would amend the Civil Rights Act to
    # provide that ...", "It would also require that ..."; existing law described: "The Open
    # Public Records Act already makes settlement agreements public".
    r"|\bwould\s+(?:also\s+)?(?:amend|provide\s+that|require\s+that)\b"
    # A bill named by its title in a journal or a calendar: "Senate Bill No. 512, entitled A bill
    # to create a cause of action ...; to provide that qualified immunity is not a defense".
    r"|\b(?:bill|act)\s+(?:no[_.]?\s*)?\d{1,5}[a-z]?,?\s+entitled,?\s+(?:a\s+bill|an\s+act)\s+(?:to|for|relating)\b"
    # What a rejected amendment or an earlier version "would have" done (law never speaks so):
    # "The House Amendments ... would have required that the municipality "shall indemnify ..."".
    r"|\bwould\s+have\s+(?:also\s+)?(?:required|provided|extended|replaced|made|created|barred|allowed"
    r"|eliminated|established|added|removed|lifted|imposed|applied|amended|abolished|ended|mandated)\b"
    r"|\balready\s+(?:makes|requires|provides|bars|allows|permits|gives)\b"
    # A question put to an attorney general or counsel: "You have asked whether ...".
    r"|\byou\s+(?:have\s+)?(?:asked|requested|inquired|sought)\b"
    # A campaign's or a resolution's promise and plea: "I will work to pass ...", "1. Urges the
    # Council to enact legislation ...".
    r"|\bi\s+will\s+(?:work|fight|push|vote|introduce|sponsor|champion|sign)\b"
    # An explainer's list: "What our model act does - Creates a state cause of action ...".
    r"|\bwhat\s+(?:our|the|this)\s+(?:model\s+)?(?:act|bill|legislation|measure|proposal|ordinance)\s+"
    r"(?:does|would\s+do)\b"
    # What ought to be, not what is enacted: "Every settlement ... should be posted online".
    r"|\bshould\s+(?:be|no\s+longer\s+be)\s+(?:posted|published|made|required|ended|abolished|eliminated"
    r"|held|paid|barred|allowed|liable)\b"
    r"|^[\s\"“'*-]*(?:\(?[a-z0-9]{1,3}[)._]\s*)*(?:urges?|calls?\s+(?:on|upon)|encourages?|requests?)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:council|legislature|general\s+assembly|congress|governor|mayor|state)\b"
    # A list of what a bill "would" do, item by item in the imperative: "2. Provide that "the
    # doctrine ... shall not apply"", "Require that "the court shall award ..."" (law has a subject).
    r"|^[\s\"“'*-]*(?:\(?[a-z0-9]{1,3}[)._]\s*)*(?:provide|require|create|establish|prohibit|exempt|make|end"
    r"|abolish|eliminate|allow|mandate)\s+(?:that|these|all)\b"
)
# Documents that describe a bill rather than enact it, named in their heading: fiscal notes,
# analyses, bill reports and summaries, memoranda, bill jackets, veto messages, committee and
# conference reports, status pages. (Every alternative opens with a word boundary before a
# letter: one that opens with another character, "<rss", stops the engine skipping ahead by
# the first letters and made this search sixteen times slower.)
DESCRIPTION_GENRE = compile_pattern(
    r"\bfiscal\s+(?:note|and\s+policy\s+note|impact\s+statement|estimate)\b"
    r"|\b(?:bill|committee|staff|floor)\s+analysis\b|\banalysis\s+of\s+(?:the\s+)?bill\b"
    r"|\b(?:house|senate|assembly)\s+bill\s+report\b|\bbill\s+report\b|\bstaff\s+measure\s+summary\b"
    r"|\b(?:bill\s+)?summary\s+of\s+(?:the\s+)?(?:bill|legislation)\b|\bbill\s+summary\b"
    # ("The following is a summary of the House Committee Substitute for HB 633.")
    r"|\bthe\s+following\s+is\s+a\s+summary\s+of\b"
    # A legislative counsel's summary of an enacted act ("ACT SUMMARY ... This summary is provided
    # for the convenience of the public").
    r"|\bact\s+summary\b|\bsummary\s+of\s+(?:the\s+)?act\b|\bthis\s+summary\s+is\s+(?:provided|intended|prepared)\b"
    # A staff comparison of two versions ("SIDE-BY-SIDE COMPARISON OF THE HOUSE AND SENATE
    # VERSIONS ... it is not the text of either bill").
    r"|\bside[- ]by[- ]side\s+comparison\b|\bis\s+not\s+the\s+text\s+of\s+(?:either|any|the)\s+(?:bill|version)"
    r"|\bmemorandum\s+in\s+support\b|\b(?:sponsor|introducer)(?:'s|s'|s)?\s+memo(?:randum)?\b"
    # New York's sponsor memo by its fields: "TITLE OF BILL:", "SUMMARY OF PROVISIONS:".
    r"|\btitle\s+of\s+bill\s*:|\bsummary\s+of\s+(?:specific\s+)?provisions\s*:"
    r"|\bco-?sponsorship\s+memorand\w*|\bbill\s+jacket\b|\bveto\s+message\b|\bi\s+am\s+vetoing\b"
    # A governor's letter returning a bill: "I am hereby returning without my signature and
    # disapproval LD 1178", "I herewith return ... without my approval", "I have vetoed".
    r"|\breturn(?:ing)?\b[^.]{0,120}?\bwithout\s+my\s+(?:signature|approval)\b"
    r"|\bi\s+(?:have\s+|hereby\s+)?vetoed\b|\bi\s+hereby\s+veto\b"
    # An office memorandum by its fields ("MEMORANDUM TO: ... FROM: ... RE: ..."), and a
    # chamber's calendar ("HOUSE CALENDAR", "BILLS ON SECOND READING"): lists and letters about
    # bills.
    r"|\bmemorandum\b[^.]{0,40}?\bto\s*:[^.\n]{0,160}?\bfrom\s*:"
    r"|\b(?:house|senate|assembly)\s+calendar\b|\bbills\s+on\s+(?:second|third|first)\s+reading\b"
    r"|\bdaily\s+calendar\b|\b(?:first|second|third)\s+reading\s+of\s+(?:house|senate|assembly)\s+(?:measures|bills)\b"
    # An advocate's paper: "POLICY BRIEF: FIVE ELEMENTS OF A STRONG STATE CIVIL RIGHTS ACT".
    r"|\bpolicy\s+brief\b|\bissue\s+brief\b|\bwhite\s+paper\b"
    r"|\bconference\s+committee\s+report\s+brief\b|\bbill\s+status\s+of\b"
    # New Jersey's committee statements: "STATEMENT TO [First Reprint] SENATE, No. 2290" (a
    # "statement to a court" in a bill's opening is not one).
    r"|\bstatement\s+to\s+(?:\[[^\]\n]{0,30}\]\s*)?(?:the\s+)?(?:house|senate|assembly|general\s+assembly)\b"
    r"|\boversight\s+division\b|\bcommittee\s+report\s+of\s+the\b|\bjoint\s+committee\s+on\b[^.]{0,80}?\breport\b"
    # A committee's analysis or summary by its fields: "Hearing Date:", "Fiscal: Yes",
    # "Prepared By:", "WHAT THE MEASURE DOES:", "EXECUTIVE SUMMARY".
    r"|\bhearing\s+date\s*:|\bfiscal\s*:\s*(?:yes|no)\b|\bprepared\s+by\s*:|\baction\s+date\s*:"
    # (California's committee analyses: "Date of Hearing: April 13, 2027 ... SUMMARY: ...
    # Specifically, this bill: 1) Provides that ...")
    r"|\bdate\s+of\s+hearing\s*:|\bspecifically,\s+this\s+bill\s*:"
    r"|\bwhat\s+the\s+(?:measure|bill)\s+does\b|\bexecutive\s+summary\b|\bproposed\s+changes\s+to\s+the\s+law\b"
    # A staff summary of a passed bill ("TRULY AGREED AND FINALLY PASSED ... This act modifies
    # provisions relating to ..."), a committee's minutes ("took testimony on S.119", "Members
    # present:"), a caucus's press release ("FOR IMMEDIATE RELEASE").
    r"|\btruly\s+agreed\b|\bthis\s+(?:act|bill)\s+modifies\s+provisions\b|\btook\s+testimony\b"
    r"|\bmembers\s+present\s*:|\bfor\s+immediate\s+release\b|\b(?:press|news)\s+release\b"
    # A campaign's one-pager ("Support Assembly Bill 388", "WHAT AB 388 DOES", "Call your
    # Assembly member", "Paid for by"), and a court's opinion ("Opinion of the Court", "We
    # affirm").
    r"|\bsupport\s+(?:(?:house|senate|assembly)\s+bill|[hsa][_.]?\s?[bfr][_.]?)\s*\d{1,5}\b"
    r"|\bwhat\s+(?:(?:house|senate|assembly)\s+bill|[hsa][_.]?\s?[bfr][_.]?)\s*\d{1,5}\s+(?:does|would\s+do)\b"
    r"|\bcall\s+your\s+(?:legislators?|representatives?|senators?|assembly\s*members?|council\s*members?)\b"
    r"|\bpaid\s+for\s+by\b|\bopinion\s+of\s+the\s+court\b"
    r"|\bwe\s+(?:affirm|reverse)\b"
    # Missouri's bill summaries: "HB 30 -- CIVIL ACTIONS AGAINST PEACE OFFICERS", then
    # "SPONSOR: Roberts (77)", a sponsor with a district number (not a print's running head,
    # "HOUSE BILL 30 -- AS INTRODUCED"), then "This bill ...".
    r"|\bsponsor\s*:\s*[a-z][a-z.'\- ]{1,40}\(\d{1,3}\)"
    # A bar section's or a law firm's account of new law ("CIVIL RIGHTS SECTION NEWSLETTER ...
    # LEGISLATIVE UPDATE", "CLIENT ALERT - GOVERNMENT LIABILITY PRACTICE GROUP") and a witness's
    # testimony ("Testimony in SUPPORT of House Bill 611").
    r"|\bnewsletter\b|\blegislative\s+update\b|\bclient\s+(?:alert|advisory)\b|\bpractice\s+group\b"
    r"|\btestimony\s+(?:in\s+(?:support|opposition)|of\b|on\s+(?:house|senate|assembly)\b)"
    # A lawyers' journal, a firm's update, an op-ed page, an attorney general's opinion, a floor
    # transcript, a tracker's search results or feed: writing about bills, not bills.
    r"|\b(?:bar\s+journal|lawyer|law\s+review)\b|\blegal\s+update\b|\bgovernment\s+liability\s+group\b"
    r"|\bopinion\s*\|\s|\bop-ed\b|\bopinion\s+no[_.]?\s*\d|\boffice\s+of\s+the\s+attorney\s+general\b[^.]{0,80}?\bopinion\b"
    r"|\btranscript\b|\bfloor\s+proceedings\b|\bthe\s+speaker\s*:"
    r"|\bsearch\s+results\s+for\b|\blegislation\s+tracker\b|\brss\s+version\b|\bbills\s+introduced\b[^\n]{0,40}</title>"
    # A legislature's status page for one bill, by its fields ("Bill Actions", "Bill History",
    # "Status: Deferred to the 41st legislative day"), and a committee's statement of intent
    # for a bill named by its number ("STATEMENT OF INTENT / LB 1120"; not a bill's "Section 1.
    # Statement of intent.", which names no bill).
    r"|\bbill\s+(?:actions|history)\b"
    # An agency's rulemaking notice ("NOTICE OF PUBLIC HEARING AND COMMENT PERIOD", "PROPOSED
    # RULES", "The Commission proposes new 37 TAC 217.19"), an association's bulletin or
    # magazine ("LEGISLATIVE BULLETIN", "IN THIS ISSUE", "PRESIDENT'S MESSAGE"), a court's opinion
    # by the caption that opens it ("IN THE SUPREME COURT OF IOWA"; not a bill's venue, "in the
    # circuit court for the county") or its kind ("MEMORANDUM OPINION"), an attorney general's
    # opinion by its fields ("OFFICIAL OPINION", "QUESTION PRESENTED", "BRIEF ANSWER"): writing
    # that quotes law, not law.
    r"|\bnotice\s+of\s+(?:public\s+hearing|proposed\s+(?:rulemaking|rules?|regulations?))\b|\bproposed\s+rules\b"
    r"|\bproposes\s+(?:new|amendments?\s+to)\s+\d|\blegislative\s+bulletin\b|\bin\s+this\s+issue\b"
    r"|\bpresident'?s\s+message\b"
    r"|\A[\s\W]{0,20}in\s+the\s+(?:supreme|superior|district|circuit|appellate|county)\s+court\b"
    r"|\bmemorandum\s+opinion\b|\bofficial\s+opinion\b|\bquestions?\s+presented\b|\bbrief\s+answer\b"
    r"|\bstatus\s*:\s*(?:deferred|pending|introduced|passed|failed|signed|vetoed|referred|in\s+committee)\b"
    r"|\bstatement\s+of\s+(?:legislative\s+)?intent\s+(?:for\s+|on\s+)?"
    r"(?:l\.?b\.?|[hs]\.?\s?[bf]\.?|(?:house|senate|assembly|legislative)\s+(?:bill|file))\s*(?:no\.?\s*)?\d"
)
# "Except as provided in this subsection and in s. 895.463," opening a cap statute restated: the
# sections named are taken out of the statute (within EXCEPTION_REACH of the clause's start).
EXCEPT_AS_PROVIDED_IN_SECTION = compile_pattern(
    r"\bexcept\s+as\s+(?:otherwise\s+)?provided\s+in\s+(?P<numbers>[^,;:]{0,80}?(?:\bs_|\bsection|\bsec_?|§)"
    r"\s*[\w_-]*\d[^,;:]{0,40})"
)
EXCEPTION_REACH = 200
# A lift hedged by the law above the one enacting it: "To the extent permitted by state law, the
# limitations on damages ... shall not apply" (in a city's charter: the state's cap stays).
AS_FAR_AS_STATE_LAW_PERMITS = compile_pattern(
    r"\bto\s+the\s+(?:extent|degree)\s+(?:permitted|allowed|authori[sz]ed)\s+by\s+(?:the\s+)?(?:state\s+)?law\b"
)
# A proposed amendment, named as such in the document's heading: "AMENDMENTS TO HOUSE BILL NO.
# 1448", "Senate Amendment (with title amendment)", "House Amendment to House File 512",
# "Floor Amendment No. 2".
AMENDMENT_DOCUMENT = compile_pattern(
    r"\bamendments?\s+to\s+(?:house|senate|assembly)\s+(?:bill|file|joint)\b"
    r"|\b(?:house|senate|assembly|floor|committee)\s+amendment\b"
)
# The record that the amendment did not pass: "the amendment was not agreed to", "Amendment
# H-1219 was lost on a division vote", "Senate: WD (withdrawn)", "the amendment was rejected".
AMENDMENT_NOT_ADOPTED = compile_pattern(
    r"\bamendment\b[^.]{0,80}?\b(?:was|is|were)\s+(?:not\s+(?:agreed\s+to|adopted)|lost|rejected|withdrawn"
    r"|defeated|tabled|laid\s+on\s+the\s+table|ruled\s+out\s+of\s+order)\b"
    r"|\b(?:senate|house|assembly)\s*:\s*wd\b|\bwd\s*\(withdrawn\)"
)
AMENDMENT_HEAD = 400
# How much of a document's opening may name its genre.
DESCRIPTION_GENRE_HEAD = 900
# The offices that write a legislature's fiscal notes and analyses also draft its bills: their
# name heading a document says it is an account of a bill only when the head does not call the
# document a draft ("WORKING DRAFT 25-0418.02 -- NOT FOR INTRODUCTION", "BILL DRAFTING").
DRAFTING_OFFICE = compile_pattern(
    r"\blegislative\s+(?:service|research)\s+(?:commission|council|bureau|office)\b"
    r"|\blegislative\s+council\s+staff\b|\bdepartment\s+of\s+legislative\s+services\b"
)
A_DRAFT = compile_pattern(r"\bdraft\b|\bbill\s+drafting\b")
# Words that carry law: an enacting or ordaining formula, an amending instruction.
_ENACTING_WORDS = (
    r"\bbe\s+it\s+(?:enacted|ordained)\b|\bdo(?:es)?\s+(?:hereby\s+)?(?:enact|ordain)\b|\bhereby\s+enacts?\b"
    # ("The People of the State of Michigan enact:")
    r"|\bthe\s+people\s+of\s+the\s+state\s+of\s+[a-z]+(?:\s+[a-z]+)?\s+enact\b"
    # ("The General Assembly of North Carolina enacts:")
    r"|\bgeneral\s+assembly\s+of\s+(?:the\s+state\s+of\s+)?[a-z]+(?:\s+[a-z]+)?\s+enacts\b"
)
# A bill's own enacting formula (an amendment quotes none in its heading).
ENACTING_FORMULA = compile_pattern(_ENACTING_WORDS)
# How far an enacting formula reaches before and after its "enact" or "ordain" ("The General
# Assembly of the State of North Carolina enacts"), generously.
ENACTING_FORMULA_REACH = (300, 60)
OPERATIVE_FORMULA = compile_pattern(
    _ENACTING_WORDS
    + r"|\b(?:is|are)\s+(?:hereby\s+)?(?:amended|added|created|enacted)\b|\bto\s+read\s+as\s+follows\b"
    # (a repeal instruction has its unit as subject: not a summary's "It applies to causes of
    # action accruing on or after January 1, 2027, and is repealed September 1, 2032")
    r"|(?<!and )(?<!it )(?<!bill )(?<!which )\b(?:is|are)\s+(?:hereby\s+)?repealed\b"
    r"|\bstrik(?:e|ing)\b[^.]{0,120}?\b(?:insert|substitut)|\breplacing\s+everything\b"
    r"|\b(?:insert|substitute)\s+(?:the\s+following|in\s+lieu)\b|\bamend\s+(?:house|senate|assembly)\s+bill\b"
)
# Only the opening of a sentence says whether it is a finding or a rule.
NON_OPERATIVE_PREFIX = 160
# An exception that keeps a defense for everyone but police: "available to an employee who is
# not a law enforcement officer", "other than a peace officer".
KEPT_FOR_NON_POLICE = compile_pattern(
    r"\b(?:who|that) (?:is|are) not (?:a |an )?(?:law[ -]?enforcement|peace|police) officers?"
    r"|\bother than (?:a |an )?(?:law[ -]?enforcement|peace|police) officers?"
    # "A public employee ... may assert any immunity ..., including qualified immunity, except
    # that, in an action against a peace officer, neither qualified immunity nor ... shall be
    # available": kept for the others, barred whole for police.
    r"|\bmay\s+(?:assert|raise|claim|invoke)\s+any\s+(?:immunit(?:y|ies)|defen[cs]es?)\b[^.;]{0,240}?,?\s*except\s+that,?"
    r"\s+in\s+(?:an?\s+|any\s+)?(?:action|claim|suit)s?\s+against\s+(?:an?\s+|any\s+|the\s+)?"
    r"(?:law[ -]?enforcement|peace|police)\s+officers?\b"
)
EXCEPTION_WORDS = compile_pattern(
    r"\b(?:except|unless|provided,? however|provided that|other than)\b"
)

# ---------------------------------------------------------------------------
# Rights covered
# ---------------------------------------------------------------------------

GENERAL_RIGHTS = compile_pattern(
    # (not an office named for them: "the Office of Civil Rights of the Department of Law", "the
    # Civil Rights Division")
    r"constitutional rights?|individual rights"
    r"|(?<!office of )(?<!office for )(?<!division of )(?<!division on )(?<!commission on )(?<!bureau of )"
    r"civil rights(?!\s+(?:act|commission|division|office|bureau|department|council|unit|board|agency"
    r"|coordinator|officer|compliance)\b)"
    # (not those a statute or the bill's own section confers: "any right, privilege, or immunity
    # conferred by any statute of this Commonwealth", "... secured by this section")
    r"|rights?,? privileges?,? (?:or|and) immunit(?:ies|y)\b(?!\s+(?:[\w-]+\s+){0,3}?(?:secured|conferred"
    r"|granted|guaranteed|created|protected|provided|established)\s+(?:[\w-]+\s+){0,3}?(?:by|under|in)\s+"
    r"(?:any\s+|an?\s+|the\s+)?(?:statutes?\b|(?:this|that)\s+(?:section|act|subsection|chapter|title)\b))"
    r"|rights? (?:\w+\s+){0,6}?(?:secured|guaranteed|granted|protected|arising)\s+(?:by|under)\b"
    r"[^.]{0,60}?constitution|declaration of rights|bill of rights"
    r"|\b(?:state|\w+) constitution|constitution of (?:the state|this state|the commonwealth|\w+)"
    r"|statutory or constitutional right"
)
# A claim that takes its conduct from another provision: "aggrieved by a violation of
# subsection (a) of this section may bring a civil action".
CLAIM_BY_REFERENCE = compile_pattern(
    r"\bviolat\w*\s+(?:of\s+)?(?:this|that|the|any)?\s*(?:sub)?(?:section|subdivision|paragraph"
    r"|chapter|act|article)\b"
)
# A claim for the wrong another clause forbids: "A person who claims to have suffered such a
# deprivation may maintain an action" (when the claim names no wrong of its own before it).
CLAIM_FOR_WRONG_ELSEWHERE = compile_pattern(
    r"\bsuch\s+(?:an?\s+)?(?:deprivation|violation|infringement)\b"
    r"|\b(?:deprivation|violation|infringement)\s+(?:described|prohibited|set\s+forth)\s+in\b"
)
# A clause that forbids depriving or infringing rights (the conduct such a claim enforces).
DEPRIVES = compile_pattern(r"\bdepriv\w*|\binfring\w*|\bviolat\w*")
DEPRIVES_GATE = ("depriv", "infring", "violat")
FEDERAL_ONLY_RIGHTS = compile_pattern(
    # "of the United States" counts after "constitution" or "laws" only: "a citizen of the
    # United States" names no rights.
    r"(?:constitution|laws)(?: (?:or|and) laws)? of the united states|united states constitution"
    r"|u_s_ constitution"
    r"|federal (?:law|constitution|constitutional)"
)
# Words of STATE_RIGHTS_WORDS that name no particular constitution.
GENERIC_RIGHTS_WORDS = compile_pattern(
    # ("the constitution and laws of the State of Nebraska" names one)
    r"constitutional rights|individual rights|statutory or constitutional"
    r"|constitutions? and laws(?! of the state of)"
)
# Rights of one amendment or one article section only ("rights ensured by Amendment II").
ONE_PROVISION = compile_pattern(
    r"(?:secured|ensured|guaranteed|protected) by (?:the )?(?:amendment [ivx]+\b|(?:first|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|fourteenth) amendment)"
)
_STATE_NAMES = (
    r"(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia"
    r"|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts"
    r"|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey"
    r"|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania"
    r"|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington"
    r"|west virginia|wisconsin|wyoming)"
)
STATE_RIGHTS_WORDS = compile_pattern(
    r"state constitution|\bstate\b[^.]{0,30}\bconstitutions?\b|constitution of (?:the state|this state|the commonwealth)|declaration of rights"
    # (not the courts or the statutes of this state: "is liable ... in the district court of this
    # state", "secured by the Constitution of the United States or by a statute of this
    # Commonwealth")
    r"|(?<!court of this )(?<!courts of this )(?<!statute of this )(?<!statutes of this )"
    r"commonwealth|article [ivx]+ of the state"
    r"|(?<!courts of )(?<!court of )(?<!statute of )(?<!statutes of )this state"
    r"|bill of rights|constitutions? and laws"
    # ("... of the United States or by the Constitution or laws of the State of Alaska")
    r"|constitutions?\s+or\s+laws\s+of\s+(?:the\s+state\s+of\s+)?" + _STATE_NAMES + r"\b"
    r"|" + _STATE_NAMES + r" constitution|constitution of (?:the state of )?(?!the\b|united\b)\w+"
    # "secured by the constitution and laws of the United States or New Mexico"
    r"|\bof\s+the\s+united\s+states\s+(?:or|and)\s+(?:of\s+)?(?:the\s+state\s+of\s+)?"
    + _STATE_NAMES
    + r"|constitutional rights|individual rights|statutory or constitutional"
)
FORCE_OR_SEARCH = compile_pattern(
    r"\b(?:physical force|excessive force|use of (?:deadly )?force|deadly force|unreasonable search"
    # ("used excessive or unreasonable force")
    r"|(?:excessive|unreasonable|unnecessary|unjustified) (?:or|and) (?:excessive|unreasonable|unnecessary"
    r"|unjustified) force"
    r"|force that (?:is|was) (?:excessive|unreasonable)"
    r"|search(?:es)? (?:and|or) seizures?|unlawful (?:search|seizure|arrest)"
    r"|uses?\s+(?:physical\s+|deadly\s+)?force\s+(?:against|on|upon)\b"
    # "enters or searches a dwelling without a warrant".
    r"|(?:enters?|searche?s?)(?:\s+or\s+(?:enters?|searche?s?))?\s+(?:a|the|any|an\s+occupied)\s+"
    r"(?:dwelling|home|residence|house)s?"
    # The privacy clause's own words: "disturbs a person in the person's private affairs or
    # invades the person's home".
    r"|disturb\w*\s+[^.;]{0,40}?private affairs|invad\w*\s+[^.;]{0,30}?(?:home|dwelling|residence))\b"
)
ENUMERATED_SECTIONS = compile_pattern(
    # (New Jersey numbers Article I's rights by paragraph: "paragraph 1, paragraph 5, or paragraph 7
    # of Article I")
    r"(?:\b(?:sections?|articles?|paragraphs?)|§§?)\s*[\w_]+(?:,\s*(?:(?:sections?|paragraphs?)\s+)?[\w_]+)*,?"
    r"\s+(?:and/or|and|or)\s+"
    r"(?:(?:sections?|paragraphs?)\s+|§\s*)?[\w_]+,?\s+(?:of\s+)?(?:article|the (?:[\w]+\s+){0,2}?constitution"
    # "sections 1, 11, 15 or 18 of the Bill of Rights of the constitution of the state of Kansas".
    r"|the (?:[\w]+\s+){0,2}?(?:bill|declaration) of rights)"
    # Vermont's Declaration of Rights is Chapter I: "Article 1, Article 10 or Article 11 of Chapter
    # I of the Vermont Constitution" (its articles are single rights).
    r"|\barticles?\s+[\w_]+(?:,\s*(?:articles?\s+)?[\w_]+)*,?\s+(?:and|or)\s+(?:articles?\s+)?[\w_]+,?\s+of\s+chapter"
    r"\s+[\w_]+\b"
    # Florida's citations: "s. 2, s. 9, or s. 12 of Art. I" (periods masked in the analysis copy).
    # ("s. 9 or s. 12, Art. I")
    r"|\bs_\s*\d+[a-z]?,?\s+(?:s_\s*\d+[a-z]?,?\s+)*(?:or|and)\s+s_\s*\d+[a-z]?,?\s+(?:of\s+)?art(?:icle|_)?\s+[ivx\d]+"
    # Alaska's: "art. I, sec. 1, 5, 14, or 22, Constitution of the State of Alaska".
    r"|\bart(?:icle|_)?\s+[ivx\d]+,?\s+(?:secs?_?|sections?)\s*\d+[a-z]?(?:,\s*\d+[a-z]?)*,?\s+(?:or|and)\s+\d+[a-z]?\b"
    # Sections of one article named one by one: "Article I, section 3 or Article I, section 7".
    r"|\barticle\s+[\w_]+,\s+sections?\s+[\w_]+\s*,?\s+(?:or|and)\s+(?:article\s+[\w_]+,\s+)?sections?\s+[\w_]+"
    # A range: "sections 3 through 9 of the Kansas Bill of Rights", "sections 1 through 9" (one
    # from section 1 to 15 or beyond, "Sections 1 to 26 of the Constitution of Kentucky", is a
    # whole bill of rights, which run longer than 15 sections in every state).
    r"|\b(?:sections?|articles?|§§?)\s*(?!1\s+(?:through|to|thru)\s+(?:1[5-9]|[2-9]\d)\b)[\w_]+\s+"
    r"(?:through|to|thru)\s+[\w_]+,?\s+(?:inclusive,?\s+)?of\s+"
    r"(?:article|the\s+(?:[\w]+\s+){0,2}?(?:constitution|declaration\s+of\s+rights|bill\s+of\s+rights))"
    # Articles of a declaration of rights are single rights ("Article 24 or Article 26 of the
    # Maryland Declaration of Rights"); Article I of a constitution is its whole bill of rights.
    r"|\barticles?\s+\d+\s*,?\s+(?:and|or)\s+(?:articles?\s+)?\d+,?\s+of\s+the\s+(?:[\w]+\s+){0,2}?"
    r"(?:declaration|bill)\s+of\s+rights"
)
CIVIL_RIGHTS_ACT = compile_pattern(r"civil rights act")
# The provision a bill amends, as its clauses call it: claims "brought pursuant to this section".
# A sentence that amends existing law by number: "Section 1979 of the Revised Statutes (42
# U.S.C. 1983) is amended".
AMENDS = compile_pattern(r"\b(?:is|are)\s+(?:hereby\s+)?amended\b|\bamend(?:s|ing)?\s+section\b")
THIS_PROVISION = compile_pattern(
    # ("under this Law": how Puerto Rico's acts, and translations, name themselves)
    r"\b(?:this|such) (?:section|subsection|chapter|subchapter|article|act)\b|\bthis law\b"
)
# A bill's own description placing claims under a named state civil-rights act: "civil actions
# ... brought under the Maine Civil Rights Act". Titles and summaries are not operative, but
# they say which statute "this section" is.
CIVIL_RIGHTS_ACT_NAMED = compile_pattern(
    r"\b(?:under|pursuant to|amend(?:s|ing)?)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}civil rights act\b"
)
CIVIL_RIGHTS_ACT_NAMED_GATE = ("civil rights act",)
# The federal civil-rights action: 42 U.S.C. 1983 (section 1979 of the Revised Statutes). It lies
# against every person acting under color of state law and carries no statutory damages cap.
SECTION_1983 = compile_pattern(
    r"42 u_s_c_ (?:§\s*)?1983|section 1979 of the revised statutes|section 1983(?:\([a-z]\))? of title 42\b"
)
# The fee statute of the section 1983 action (42 U.S.C. 1988(b), section 722 of the Revised
# Statutes): a bill that amends it changes what officers sued under section 1983 answer for.
SECTION_1988 = compile_pattern(
    r"42 u_s_c_ (?:§\s*)?1988|section 722 of the revised statutes|section 1988(?:\([a-z]\))? of title 42\b"
)
# One named right, or tort claims, in place of constitutional rights generally.
ONE_RIGHT = compile_pattern(
    r"right (?:of the people )?to (?:keep and )?bear arms|right to (?:a )?(?:civil )?(?:trial by )?"
    r"jury|right to (?:a )?jury trial|(?:free exercise|exercise) of religion|due process of law"
    r"|equal protection of the laws|freedom of (?:speech"
    r"|the press|religion|assembly)|right to vote|firearms? (?:rights|freedoms?)"
    r"|right (?:of|to) (?:peaceabl[ey] )?assembl(?:y|e)|right to petition"
    r"|right to (?:free speech|equal protection|due process|freedom of (?:speech|expression))"
    r"|freedom of expression|right (?:of|to) privacy|right of (?:free speech|free expression|assembly)"
    # ("the rights of speech, press or assembly protected by Section 9 or 10 of Article 1")
    r"|rights? of (?:speech|the press)"
)
TORTS_ONLY = compile_pattern(
    r"\b(?:tort(?:ious)? (?:claims?|actions?|conduct)|negligen\w+|in tort)\b"
)
# A bar that applies to all civil liability of the officer, not one new claim.
ALL_CLAIMS = compile_pattern(
    r"\bfor any act or (?:failure|omission)|\bany civil (?:action|liability)\b"
)

# ---------------------------------------------------------------------------
# Damage caps
# ---------------------------------------------------------------------------

# A clause that sets other law aside for these claims.
SETS_ASIDE = compile_pattern(
    r"\b(?:shall|does|do|will)\s+not\s+(?:apply|govern)|\binapplicable\b|\bnotwithstanding\b"
    r"|\b(?:shall|does|do) not (?:limit|bar|reduce)\b|\b(?:shall|is|are)\s+not\s+(?:be\s+)?subject to\b"
    # "Sections 537.600 to 537.650 shall have no application to any claim"; "No judgment under
    # this section shall be subject to section 537.610".
    r"|\b(?:shall|does|do|will)\s+have\s+no\s+application\b"
    r"|\bno\b[^.;]{0,80}?\b(?:shall|may)\s+be\s+subject\s+to\b"
    # "The limitation of liability in K.S.A. 75-6105 shall not be applied to reduce a judgment".
    r"|\b(?:shall|may|must)\s+not\s+be\s+applied\b|\b(?:shall|must|is|are)\s+(?:be\s+)?disregarded\b"
    # "Recovery under section 1 is not limited by chapter 537".
    r"|\b(?:is|are|shall\s+be)\s+not\s+(?:limited|capped|reduced)\s+by\b"
    # ("The limitations of NRS 41.035 are not applicable to an action brought pursuant to this section")
    r"|\b(?:is|are|shall\s+be)\s+not\s+applicable\b"
    r"|\bshall\s+not\s+be\s+construed\s+to\s+(?:limit|bar|reduce)\b"
    r"|\bappl(?:y|ies)\s+only\s+to\s+(?:claims?|actions?)\s+(?:founded|based|grounded)\s+(?:up)?on\s+negligence\b"
    # ("No other provision of NRS 41.0305 to 41.039, inclusive, applies to such an action")
    r"|\bno\s+(?:other\s+)?(?:provisions?|parts?|sections?)\s+of\b[^.;]{0,120}?\bappl(?:y|ies)\s+to\b"
)
SETS_ASIDE_GATE = (
    "apply",
    "no application",
    "govern",
    "inapplicable",
    "not applicable",
    "notwithstanding",
    "shall not limit",
    "do not limit",
    "does not limit",
    "shall not bar",
    "shall not reduce",
    "subject to",
    "not be applied",
    "disregarded",
    "not limited by",
    "not capped by",
    "not reduced by",
    "construed to limit",
    "construed to bar",
    "construed to reduce",
    "negligence",
    # ("No other provision of NRS 41.0305 to 41.039, inclusive, applies to such an action")
    "no other provision",
    "no provision of",
)
# A statute overridden to give more immunity, not less: "Notwithstanding Chapter 101 ... or
# any other law, a peace officer ... is not liable for personal injury ...".
OVERRIDE_GRANTS_IMMUNITY = compile_pattern(
    r"\bnotwithstanding\b[^.;]{0,200}?\b(?:(?:is|are|shall\s+be)\s+(?:not\s+liable|immune)"
    r"|(?:shall|may)\s+not\s+be\s+(?:held\s+)?liable)\b"
)
# A range of statute sections in the analysis copy ("537_600 to 537_610").
SECTION_RANGE = compile_pattern(r"\b(\d+)_(\d+)\s+(?:to|through|-)\s+(?:section\s+)?(\d+)_(\d+)\b")
_NOT_APPLY = (
    r"\b(?:(?:shall|does|do|will)\s+not\s+(?:apply|govern)|(?:shall|does|do|will)\s+have\s+no\s+"
    r"application|(?:shall|may|must)\s+not\s+be\s+applied|(?:shall|must|is|are)\s+(?:be\s+)?disregarded"
    r"|(?:is|are|shall\s+be)\s+(?:inapplicable|not\s+applicable))"
)
# A government as the party sued, naming itself: "the City", "the county", "the public entity".
_A_GOVERNMENT_SUED = (
    r"(?:city|county|state|commonwealth|town|village|township|borough|municipality|public\s+entity"
    r"|political\s+subdivision|district)"
)
CAP_LIFT = compile_pattern(
    # "No limitation of liability, damages or attorney's fees under the Mississippi Tort Claims
    # Act ... applies to an action under this section".
    # ("No limit under s. 893.80 or 893.82 on the amount of damages, costs, or attorney fees
    # applies to an action under this section")
    # ("No monetary limit on recovery in Article 31 ... applies")
    # (In plain words: "No dollar limit ... on what can be recovered ... applies to your case".)
    # "Notwithstanding chapter 258 ..., damages recoverable in an action under this section shall
    # not be limited in amount".
    # ("Notwithstanding any provision of Chapter 85 ..., the amount of damages recoverable in an
    # action under this section shall not be limited", not "shall not be limited to actual
    # damages")
    r"\b(?:damages|recovery|amounts?\s+recoverable)\b[^.;]{0,100}?\b(?:shall|may|will)\s+not\s+be\s+(?:limited|capped)"
    r"(?:\s+in\s+amount)?\b(?!\s+(?:to|by)\b)|"
    r"\bno\s+(?:statutory\s+|monetary\s+|dollar\s+)?(?:limitations?|limits?|caps?)\b(?=[^.;]{0,120}?\b(?:liability|damages"
    r"|recover(?:y|ed|able))\b)"
    r"[^.;]{0,200}?\bappl(?:y|ies)\s+to\s+(?:an?|any|the|such|your)\s+(?:action|claim|judgment|case|suit|award)s?\b|"
    # "Notwithstanding N.J.S.59:9-2, punitive damages may be awarded against an officer".
    r"\bnotwithstanding\b(?:[^.;]|\.(?=[\w_])){0,80}?,\s*(?:punitive|exemplary)\s+damages\s+(?:may|shall)\s+be\s+"
    r"(?:awarded|recovered|assessed)\b|"
    # "ORS 30.269 (1), which bars punitive damages against public bodies ..., does not apply to
    # an action under section 1": the statute named by what it limits.
    r"\b(?:which|that)\s+(?:bars?|limits?|caps?|restricts?|prohibits?)\b[^.;]{0,100}?\b(?:damages|liability"
    r"|recovery)\b[^.;]{0,80}?,\s*(?:does|shall|do)\s+not\s+apply\s+to\b|"
    # "Neither the limitations on liability in K.S.A. 75-6105 nor any other statutory limitation
    # on damages shall apply to an action under this section"; "Neither the doctrine of sovereign
    # immunity nor any statutory limitation on liability ... shall bar or limit recovery".
    # (the limits cited with Pennsylvania's "(relating to ...)" notes between them and the verb)
    r"\bneither\b[^.;]{0,200}?\bnor\b[^.;]{0,200}?\b(?:statutory\s+)?(?:limits?|limitations?|caps?)\b"
    r"[^.;]{0,260}?\b(?:(?:shall|does|do|will|may)\s+(?:apply\s+to|bar\s+or\s+limit|limit)|applies\s+to|limits)\b|"
    # "No statute limiting damages or the State's liability, including Chapter 40 of Title 10,
    # limits recovery in an action under this section."
    r"\bno\s+(?:statute|law|provision\s+of\s+law|statutory\s+provision)\s+(?:that\s+limits|limiting)\s+(?:the\s+amount"
    r"\s+of\s+)?(?:damages|liability|recovery)\b[^.;]{0,200}?\b(?:limits|shall\s+limit|may\s+limit|restricts|reduces"
    r"|applies\s+to|shall\s+apply\s+to)\b|"
    # "In no event shall any statutory limitation on damages ... apply to a claim under this act".
    r"\bin\s+no\s+(?:event|case)\s+(?:shall|may|will)\s+(?:any\s+)?(?:statutory\s+)?(?:limits?|limitations?"
    r"|caps?)\b[^.;]{0,160}?\bapply\s+to\b|"
    # A statute's immunities made unavailable, the statute named by citation: "any immunity from
    # suit under 1964 PA 170, MCL 691.1401 to 691.1419, is not available in an action under
    # this act" (a governmental-immunity act set aside).
    r"\b(?:any|all|the)\s+immunit(?:y|ies)\s+(?:from\s+(?:suit|liability)\s+)?(?:under|provided\s+"
    r"(?:by|in|under)|granted\s+(?:by|in|under)|conferred\s+by)\s+[^.;]{0,100}?"
    r"(?:\b(?:are|is|shall\s+be)\s+not\s+available|" + _NOT_APPLY + ")"
    r"|(?:(?:statutory\s+)?(?:immunit(?:y|ies)|limitations?|limits?|limiting|caps?)\b[^.]{0,80}?"
    r"(?:liability|damages|attorney|an? award|recovery|compensation)[^.]{0,120}?" + _NOT_APPLY + ")"
    # (A period before a comma, "K.S.A. 75-6101 et seq., do not apply", ends no sentence.)
    r"|(?:(?:governmental|sovereign) immunity act|tort claims act|tort immunity act|claims act"
    r"|immunity act)(?:[^.]|\.(?=,)){0,120}?"
    + _NOT_APPLY
    # "The prohibition on punitive damages against local agencies ... shall not apply" (one kind).
    + r"|\b(?:prohibition|bar|exclusion|limitation)s?\s+(?:on|of|against)\s+(?:an?\s+award\s+of\s+|the\s+(?:recovery|award)\s+of\s+)?(?:punitive|exemplary)"
    r"\s+damages\b[^.;]{0,120}?"
    + _NOT_APPLY
    # "none of the following shall bar or reduce recovery: (i) governmental immunity; (ii) any
    # limitation on the amount of damages under the Kansas Tort Claims Act".
    + r"|\bnone\s+of\s+the\s+following\s+(?:shall|may)\s+(?:bar\s+or\s+)?(?:reduce|limit|bar)\b[^.]{0,200}?"
    r"\b(?:limit(?:ation)?s?\s+on\s+(?:the\s+amount\s+of\s+)?(?:damages|liability|recovery)|tort\s+claims\s+act)"
    # "Damages under this chapter are not subject to the limits of Chapter 101".
     + r"|\b(?:damages|liability|recovery|awards?|judgments?|actions?|claims?)\b[^.]{0,80}?"
    r"\b(?:are|is|shall)\s+not\s+"
    r"(?:be\s+)?subject\s+to\b[^.]{0,40}?\b(?:limits?|limitations?|caps?)\b"
    # A cap with a proviso that it does not reach these claims: "... shall not exceed $100,000;
    # provided, however, that this limitation shall not apply to any claim that a law
    # enforcement officer deprived a person of a right secured by the constitution".
    r"|\b(?:this|that|such|the) (?:limitation|limit|cap)\b[^.]{0,40}?"
    + _NOT_APPLY
    + r"[^.]{0,120}?\b(?:deprive|depriv|constitution|civil rights|colou?r of law)"
    # "The limitations on liability in § 5-303 ... do not restrict the amount recoverable in an
    # action under this subtitle".
    + r"|\b(?:limitations?|limits?|caps?)\b[^.;]{0,200}?\b(?:do|does|shall|will)\s+not\s+(?:restrict|limit|reduce"
    r"|cap)\s+(?:the\s+)?(?:amount|damages|recovery|liability)\b"
    # "No damages limitation applies to an action under Section 2" (a defined term for the caps).
    + r"|\bno\s+(?:[\w-]+\s+)?(?:limitations?|limits?|caps?)\s+(?:shall\s+)?appl(?:y|ies)\s+to\s+(?:an?\s+|any\s+|the\s+)?"
    r"(?:action|claim|judgment)s?\b"
    + r"|\bno (?:other )?(?:statutory )?(?:cap|limit(?:ation)?|ceiling)s?(?:,? (?:or )?(?:cap|limit(?:ation)?|ceiling)s?)* "
    r"(?:on|upon) (?:the amount of )?(?:damages|attorney(?:'s|s'|s)? fees"
    r"|liability|recovery|(?:an? |any )?(?:judgments?|awards?|settlements?))"
    r"|without (?:regard to )?(?:any )?(?:statutory )?(?:cap|limit)s? on (?:damages|liability)"
    # "No provision of KRS Chapter 44 ... that limits the amount recoverable ... shall apply".
    # (the limits listed may run long: "... that limits the liability of the United States or of
    # its officers, the amount of damages, or the amount of attorney's fees, including section
    # 2678 of title 28, United States Code, shall apply")
    r"|\bno (?:provision|section|part)\b[^.;]{0,160}?\blimit(?:s|ing|ations?)?\b[^.;]{0,220}?"
    r"\b(?:(?:shall|does|will|may)\s+apply|applies)\b"
    # "No law limiting the amount of damages recoverable against the state ... shall apply to an
    # action under this section" (the statutes named by what they limit, not by number).
    r"|\bno\s+(?:other\s+)?(?:law|statute|act|rule|ordinance)s?\b[^.;]{0,40}?\blimit(?:s|ing)\s+(?:the\s+)?"
    r"(?:amount|damages|liability|recover\w*)\b[^.;]{0,220}?\b(?:(?:shall|does|will|may)\s+apply|applies)\b"
    # "Neither the State Tort Claims Act nor the Political Subdivisions Tort Claims Act applies
    # to an action under this section".
    r"|\bneither\b[^.;]{0,160}?\bnor\b[^.;]{0,160}?\b(?:act|acts|statute|chapter|limits?|limitations?)\s+"
    r"(?:shall\s+)?appl(?:y|ies)\s+to\b"
    # "Governmental immunity is waived for claims under this section to the full amount of any
    # judgment".
    r"|\bimmunit(?:y|ies)\b[^.;]{0,40}?\bwaived\b[^.;]{0,80}?\bto\s+the\s+(?:full\s+)?(?:extent|amount)\s+of\s+"
    r"(?:any|the|each|every)\s+(?:\w+\s+)?(?:judgment|award)"
    # "Section 11-46-15 shall not limit the amount recoverable in an action under this section".
    r"|\b(?:shall|does|do|will)\s+not\s+limit\s+(?:the\s+)?(?:amount\s+(?:of\s+)?)?(?:recover\w*|damages"
    r"|liability|(?:an?\s+|any\s+)?(?:judgments?|awards?))"
    # "Nothing in the State Tort Claims Act ... limits recovery under this section".
    # "Neither governmental immunity nor Article 31 of Chapter 143 ... shall limit the amount
    # recovered in an action under this section".
    r"|\bneither\b[^.;]{0,160}?\bnor\b[^.;]{0,160}?\b(?:shall|does|do|will|may)\s+limit\s+(?:the\s+)?"
    r"(?:amount\s+(?:of\s+)?)?(?:recover\w*|damages|liability)"
    # (another law named: "Nothing in this act shall be construed to limit the liability of any
    # person other than ..." says what the act itself does not do, and lifts no cap)
    r"|\bnothing in\b(?!\s+this\s+(?:act|section|chapter|article|subsection|part|title|bill|ordinance)\b)"
    r"[^.;]{0,150}?\b(?:limits?|caps?|restricts?|reduces?)\s+(?:the\s+)?"
    r"(?:amount\s+of\s+)?(?:recovery|damages|liability|(?:an?\s+|the\s+)?(?:award|judgment)"
    # "Nothing in Chapter 101 limits the amount a claimant may recover".
    r"|amount\s+(?:that\s+)?(?:an?|the|any)\s+(?:claimant|plaintiff|person|party|injured\s+party)\s+"
    r"(?:may|can|is\s+entitled\s+to)\s+recover)"
    # "The limitations of Chapter 40 of this title do not apply" (amounts, not time: the
    # statute of limitations is never "the limitations of chapter 40").
    r"|\b(?:the\s+)?limit(?:s|ations?)\s+(?:of|in|under|set\s+(?:out|forth)\s+in|imposed\s+by"
    r"|established\s+(?:by|in)|provided\s+(?:by|in))\s+(?:this\s+|that\s+)?"
    r"(?:chapter|article|title|part|subchapter|sections?|subsections?|paragraphs?|§)[^.;]{0,80}?"
    + _NOT_APPLY
    + r"|notwithstanding\b[^.]{0,80}?\b(?:limit|cap)\w*\b[^.]{0,40}?\b(?:damages|liability|recover\w*)"
    # An amended cap that excepts the bill's own claims: "EXCEPT IN AN ACTION UNDER SECTION
    # 2307.95 ..., damages ... shall not exceed two hundred fifty thousand dollars".
    r"|\bexcept\s+(?:in|for)\s+(?:an?\s+)?(?:action|claim)s?\s+(?:under|brought\s+under|pursuant\s+to)\s+"
    r"(?:section|this)\b[^.]{0,300}?\b(?:shall|may)\s+not\s+exceed\b"
    # "The State waives sovereign and governmental immunity to the full amount of any judgment".
    r"|\bwaive[sd]?\b[^.;]{0,80}?\bimmunit(?:y|ies)\b[^.;]{0,40}?\bto\s+the\s+(?:full\s+)?(?:extent|amount)\s+of\s+"
    r"(?:any|the|each|every)\s+(?:\w+\s+)?(?:judgment|award)"
    # "The limits in s. 893.80 (3) apply only to claims founded on negligence".
    r"|\blimit(?:s|ations?)\b[^.]{0,80}?\bappl(?:y|ies)\s+only\s+to\s+(?:claims?|actions?)\s+"
    r"(?:founded|based|grounded)\s+(?:up)?on\s+negligence\b"
    # "Notwithstanding any law that limits the amount recoverable from a public entity, ...";
    # "No provision of the Virginia Tort Claims Act shall be construed to limit recovery".
    r"|\bnotwithstanding\s+any\s+(?:other\s+)?(?:law|statute|provision(?:\s+of\s+law)?)\s+(?:that|which)\s+"
    r"limits\s+(?:the\s+)?(?:amount|damages|liability|recovery)"
    r"|\bno\s+provision\s+of\b[^.;]{0,120}?\bshall\s+be\s+construed\s+to\s+limit\s+(?:the\s+)?"
    r"(?:amount\s+of\s+)?(?:recover\w*|damages|liability)"
    # "Recovery under section 1 is not limited by the Governmental Immunity Act".
    r"|\b(?:recovery|damages|liability|judgments?|awards?)\b[^.]{0,80}?\b(?:(?:is|are|shall\s+be)\s+not"
    r"|(?:shall|may|will)\s+not\s+be)\s+(?:limited|capped|reduced)\s+by\b"
    # The government sued giving the limits up: "the City shall not assert, and hereby waives,
    # the limitations on liability set out in ORS 30.271 to 30.273"; "shall not assert the
    # limitation on damages in R.I. Gen. Laws § 9-31-3".
    # (the government its subject: not "Nothing in this act waives or enlarges the limits", nor
    # a wrecker operator who "may not assert ... any limitation on damages")
    r"|\b" + _A_GOVERNMENT_SUED + r"\s+(?:(?:shall|may|will)\s+not\s+(?:assert|invoke|raise|plead"
    r"|rely\s+(?:up)?on)|(?:hereby\s+|expressly\s+)?waives)\b[^.;]{0,60}?"
    r"\b(?:limit(?:s|ations?)?|caps?)\s+(?:on|of)\s+(?:the\s+amount\s+of\s+)?(?:liability|damages|recovery)"
)
CAP_LIFT_GATE = (
    *("apply", "applies", "applicable", "application", "cap", "limit", "available", "govern"),
    *("disregarded", "not exceed", "amount of"),
)
# A lift of the limits of the very provision it stands in: "The limits in this subsection do
# not apply to a judgment under § 3-2A-01" (a bill amending a cap statute).
SELF_LIFT = compile_pattern(
    r"\blimit(?:s|ations?)\s+(?:of|in|under|set\s+(?:out|forth)\s+in|imposed\s+by|established\s+(?:by|in)"
    r"|provided\s+(?:by|in))\s+this\s+"
    r"(?:subsection|section|paragraph)\b"
    r"|\bthis\s+(?:sub)?section\s+(?:does|shall)\s+not\s+limit\b"
)
SECTION_DOES_NOT_LIMIT = compile_pattern(
    r"\bthis\s+(?:sub)?section\s+(?:does|shall)\s+not\s+limit\b"
    # "3. The limitations of subsection 1 do not apply to an action brought pursuant to section
    # 3 of this act", after the amended cap in subsection 1.
    # (or of several: "The limitations of subsections (a) and (b) shall not apply")
    r"|\blimit(?:s|ations?)\s+(?:of|in|under)\s+subsections?\s+\(?\w{1,3}\)?(?:(?:,|,?\s+(?:and|or))\s+\(?\w{1,3}\)?)*"
    r"(?:\s+of\s+this\s+section)?\s+(?:do|does|shall)\s+not\s+apply\b"
    # "(3) The limits on liability provided under paragraph (1) of this subsection do not apply
    # to an action under Title 3, Subtitle 24".
    r"|\blimit(?:s|ations?)\s+(?:on\s+(?:liability|damages|recovery)\s+)?(?:provided\s+|set\s+(?:out\s+|forth\s+)?"
    r"|imposed\s+|established\s+)?(?:of|in|under|by)\s+(?:paragraph|subsection|subdivision)\s+\(?\w{1,3}\)?"
    r"(?:\s+of\s+this\s+(?:sub)?section)?\s+(?:do|does|shall)\s+not\s+apply\b"
)
# A cap that names its own exception: "Except as provided in paragraph (3) of this subsection,
# the liability of a local government may not exceed $400,000".
CAP_EXCEPTED = compile_pattern(
    r"\bexcept as (?:otherwise )?provided in (?:paragraph|subsection|subdivision)\b"
)
# A cap sentence that its own proviso lifts for these claims (read as a lift, not a cap).
CAP_WITH_LIFTING_PROVISO = compile_pattern(
    r"\b(?:this|that|such|the) (?:limitation|limit|cap)\b[^.]{0,40}?"
    + _NOT_APPLY
    + r"[^.]{0,120}?\b(?:deprive|depriv|constitution|civil rights|colou?r of law)"
    # An amended cap that excepts the bill's own claims: "EXCEPT IN AN ACTION UNDER SECTION
    # 2307.95 OF THE REVISED CODE, ... shall not exceed".
    r"|\bexcept\s+(?:in|for)\s+(?:an?\s+)?(?:action|claim)s?\s+(?:under|brought\s+under|pursuant\s+to)\s+"
    r"(?:section|this)\b"
)
# A dollar amount written in figures or in words ("$1,000,000", "three million dollars").
# ("one million five hundred thousand dollars")
DOLLAR_AMOUNT = r"(?:\$|(?:[\w-]+\s+){0,5}?(?:hundred|thousand|million)\s+dollars\b)"
# "Notwithstanding s. 768.28(5), [for an action under this section] the ...": the law set
# aside, and the claims the new rule is for (a period inside a citation ends no clause).
_NOTWITHSTANDING_A_LAW = (
    r"\bnotwithstanding\b(?:[^.;]|\.(?=[a-z_])){0,80}?,\s*"
    r"(?:(?:for|in)\s+(?:an?\s+|any\s+)?(?:actions?|claims?|suits?)\b[^,.;]{0,80}?,?\s*)?(?:the\s+)?"
)
# A cap kept but made larger: "the limit on damages in section 537.610 is increased to".
CAP_RAISED = compile_pattern(
    # (a period inside a citation, "42 Pa.C.S. section 8553", does not end the clause)
    r"\b(?:caps?|limits?|limitations?|maximum|amounts?\s+(?:stated|set|specified|provided|fixed))\b"
    r"(?:[^.]|\.(?=[a-z_])){0,120}?\b(?:is|are|shall be)\s+"
    # ("is increased from $100,000 to $1 million")
    r"(?:hereby\s+)?(?:(?:increased|raised)\s+(?:from\s+\$?[\d,]+(?:\s+(?:million|thousand))?\s+)?to\b|doubled|tripled"
    r"|multiplied"
    # "each limit shall be three times the amount otherwise provided"; "the maximum liability ...
    # is twice the amount otherwise provided in ORS 30.272".
    r"|(?:twice|double|triple|(?:two|three|four|five|ten|\d+)\s+times)\s+the\s+(?:amount|limit|sum))"
    # "The limitations of Section 15-78-120 apply to claims under this section, except that the
    # limitation on the total sum recoverable for a single occurrence does not apply": one
    # limit kept.
    r"|\b(?:limits?|limitations?)\b[^.;]{0,80}?\bappl(?:y|ies)\s+to\s+(?:claims?|actions?)\b[^.;]{0,60}?,\s*except\s+"
    r"that\s+the\s+(?:limit|limitation|cap)\b[^.;]{0,120}?\b(?:does|shall)\s+not\s+apply"
    # "12 V.S.A. § 5601(b) shall apply to an action under this section as if the amounts stated in
    # that subsection were $2,000,000.00 to any one person".
    r"|\bappl(?:y|ies)\b[^.;]{0,120}?\bas\s+if\s+(?:the\s+)?(?:amounts?|limits?|sums?)\b[^.;]{0,80}?\b(?:were|was)\s+"
    r"\$"
    # "the limitations on liability in ORS 30.271 ... shall, for an action under this section, be
    # twice the amounts otherwise stated".
    r"|\b(?:limits?|limitations?|caps?)\b[^.]{0,120}?\bshall\b[^.]{0,60}?\bbe\s+(?:twice|double|triple"
    r"|(?:two|three|four|five|ten)\s+times)\s+the\s+(?:amounts?|limits?|sums?)\b"
    # "... the limitations on liability established in those sections apply to a claim under this
    # section at three times the amounts specified in those sections".
    r"|\b(?:limits?|limitations?|caps?)\b[^.;]{0,120}?\bappl(?:y|ies)\b[^.;]{0,80}?\b(?:at|in)\s+(?:twice|double"
    r"|triple|(?:two|three|four|five|ten)\s+times)\s+the\s+(?:amounts?|limits?|sums?)\b"
    # The recovery set at a multiple of the limit: "the amount recoverable is three times the
    # limit that would otherwise apply under s. 893.80".
    r"|\b(?:amount\s+recoverable|recovery|damages)\b[^.;]{0,60}?\b(?:is|are|shall\s+be)\s+(?:up\s+to\s+)?"
    r"(?:two|three|four|five|ten|\d+)\s+times\s+the\s+(?:limit|cap|maximum|amount)\b"
    # "Notwithstanding 42 Pa.C.S. § 8553, the limitation on damages recoverable against a local
    # agency shall be $1,000,000 for an action under this act": the cap statute's amount replaced.
    # (a period inside a citation, "42 Pa.C.S.", ends no clause)
    r"|" + _NOTWITHSTANDING_A_LAW + r"(?:(?:limits?|limitations?|caps?)\s+(?:on|of)"
    # (or "the maximum liability of the State in an action under this chapter shall be $2,000,000")
    r"|maximum(?:\s+amount\s+of)?)\s+(?:the\s+)?(?:damages|liability|recovery)\b[^.;]{0,160}?\b(?:shall\s+be|is|are)\s+"
    + DOLLAR_AMOUNT
    +
    # ("Notwithstanding G.S. 143-299.2, the maximum amount payable on a claim under this Article
    # shall be three million dollars")
    r"|"
    + _NOTWITHSTANDING_A_LAW
    + r"maximum\s+amount\s+(?:payable|recoverable)\b"
    r"[^.;]{0,160}?\b(?:shall\s+be|is)\s+"
    + DOLLAR_AMOUNT
    +
    # ("Notwithstanding s. 768.28(5), the limits applicable to an action under this section are $1
    # million per person")
    r"|"
    + _NOTWITHSTANDING_A_LAW
    + r"(?:limits?|limitations?|caps?)\s+"
    r"(?:applicable|that\s+apply)\s+to\b[^.;]{0,120}?\b(?:shall\s+be|is|are)\s+" + DOLLAR_AMOUNT +
    # "For claims under this section, the limitation on damages in section 24-10-114 shall be two
    # million dollars for any injury to one person": a new amount in words.
    # ("the limitation on damages in §§ 9-31-2 and 9-31-3 shall be one million dollars")
    # ("the limits on damages set forth in §§ 9-31-2 and 9-31-3 shall be two million dollars")
    r"|\b(?:limits?|limitations?|caps?)\s+(?:on|of)\s+(?:damages|liability)\s+(?:(?:set\s+(?:forth|out)|stated"
    r"|provided)\s+)?(?:in|under)\s+(?:sections?|§§?)\s*"
    r"[\w_.()-]+(?:\s+(?:and|or|to|through)\s+[\w_.()-]+)?"
    r"\s+(?:shall\s+be|is)\s+(?:[\w-]+\s+){0,3}?(?:hundred|thousand|million)\s+dollars\b"
    # An existing limit set at a new amount for these claims: "In an action under § 4017, the
    # limit in subsection (a) of this section shall be $1,000,000 per occurrence".
    # ("the limit provided in subsection (1) of this section shall be one million five hundred
    # thousand dollars")
    r"|\b(?:limit|cap|limitation|maximum)\s+(?:in|under|of|set\s+(?:forth|out)\s+in|(?:provided|stated"
    r"|specified|established|prescribed)\s+(?:in|by|under))\s+"
    r"(?:subsection|section|paragraph|§)[^.;]{0,60}?\b(?:shall\s+be|is)\s+" + DOLLAR_AMOUNT +
    # "the limitation in K.S.A. 75-6105 shall be $2,000,000" (a code's own citation form).
    # ("the limit in IC 34-13-3-4 is two million dollars")
    # ("the limit on damages in NRS 41.035 is $500,000 instead of the amount set forth")
    r"|\b(?:limit|cap|limitation|maximum)\s+(?:on\s+(?:damages|liability|recovery)\s+)?(?:in|under|of)\s+"
    r"[a-z]{1,5}_?(?:[a-z]{1,3}_){0,3}\s?\d[\w_-]{0,15}"
    # (", and amendments thereto,")
    r"(?:,\s+and\s+amendments\s+thereto,)?\s+(?:shall\s+be|is)\s+" + DOLLAR_AMOUNT +
    # The limit a cited section sets, restated for these claims: "the limit on liability under
    # Section 5-303(a) of this article and Section 12-104 of the State Government Article is
    # $1,000,000"; "the limit on the amount recoverable under s. 893.80 (3) is $500,000".
    r"|\b(?:limits?|limitations?|caps?|maximum)\s+on\s+(?:the\s+)?(?:damages|liability|recovery"
    r"|amounts?\s+(?:recoverable|of\s+damages))\s+(?:in|under|set\s+(?:by|in))\s+(?:s_|ss_|sections?|§§?"
    r"|[a-z]{1,5}_?)\s?\d[^;]{0,120}?\b(?:shall\s+be|is|are)\s+" + DOLLAR_AMOUNT +
    # "For a claim under chapter 741-A, the limit is $1,000,000": the limit the state's law sets,
    # at a new amount for these claims.
    r"|\bfor\s+(?:a|any|each)\s+(?:claims?|actions?)\s+(?:under|pursuant\s+to)\s+[^,.;]{1,60},\s+the\s+(?:limit|cap"
    r"|maximum)\s+(?:is|shall\s+be)\s+" + DOLLAR_AMOUNT +
    # "the limit of $100,000 in section 2 of chapter 258 shall be read as $1,000,000"; "The amount
    # of $500,000 in K.S.A. 75-6105 shall be $2,000,000 for claims arising under section 1".
    r"|\b(?:limit|cap|limitation|maximum|amount|sum)\s+of\s+\$[\d,]+\s+(?:in|under|set\s+(?:forth|out)\s+in)\b"
    r"[^.;]{0,80}?\b(?:shall\s+be|is)\s+(?:(?:read|deemed|construed|treated)\s+(?:as|to\s+be)\s+)?\$"
    # "The limitations set forth in section 537.610 shall apply to claims under this section,
    # except that the maximum amount recoverable ... shall be two million dollars".
    # ("The limits of W.S. 1-39-118(a) apply to an action under W.S. 1-39-125, except that the
    # limit for each claimant shall be one million dollars")
    # (or the cap statute named: "Chapter 101 applies to an action under this chapter, except
    # that the limit on liability of the state under Section 101.023(a) is $1 million"; "Title 14,
    # section 8105 applies ..., except that for purposes of this chapter the limit ... is")
    r"|(?:\b(?:limits?|limitations?|caps?)\b|\b(?:chapters?|sections?|titles?|s_|§)\s)[^.;]{0,80}?\b(?:(?:shall|does"
    r"|do)\s+)?appl(?:y|ies)\b[^.;]{0,80}?,\s*except\s+that\s+(?:(?:for|in)\s+[^,.;]{0,60}?\s+)?(?:the|each"
    r"|any)\s+(?:maximum|limit|cap|amount)\b[^.;]{0,140}?\b(?:shall\s+be|is)\s+" + DOLLAR_AMOUNT +
    # The same with the recovery as the subject: "the amount of damages recoverable is limited as
    # provided in NRS 41.035, except that the limit for such an action is $500,000".
    r"|\b(?:is|are|shall\s+be)\s+(?:limited|capped)\s+(?:as\s+provided\s+)?(?:in|by|under)\b[^.;]{0,80}?,\s*"
    r"except\s+that\s+(?:(?:for|in)\s+[^,.;]{0,60}?\s+)?(?:the|each|any)\s+(?:maximum|limit|cap|amount)\b"
    r"[^.;]{0,140}?\b(?:shall\s+be|is)\s+"
    + DOLLAR_AMOUNT
    # A limit restated at a new amount "instead of" the old: "the limits on the amount recoverable
    # in ss. 893.80 (3) and 893.82 (6) shall each be $500,000 instead of the amounts stated".
    + r"|\b(?:limits?|limitations?|caps?|maximum)\b[^.;]{0,160}?\b(?:shall\s+(?:each\s+)?be|is|are)\s+"
    + DOLLAR_AMOUNT
    + r"[^.;]{0,40}?\binstead\s+of\b"
    # "the maximum amount that may be recovered under section 24-10-114 (1) is two million dollars"
    r"|\b(?:maximum\s+amount|limit|cap)\s+(?:that\s+may\s+be\s+)?(?:recovered|recoverable|payable)\s+(?:under|in)\s+"
    r"(?:sections?|§§?|s_)\s*[\w_.()-]+(?:\s+\(\w{1,3}\))?\s+(?:is|shall\s+be)\s+"
    + DOLLAR_AMOUNT
    # "For claims under this section, the limits in s. 768.28(5) are $1 million per person and $2
    # million per incident".
    + r"|\b(?:limits?|limitations?|caps?)\s+(?:in|under|of)\s+(?:sections?|§§?|s_)\s*[\w_.()-]+\s+(?:is|are|shall\s+be)\s+"
    + DOLLAR_AMOUNT
    # A limit indexed to prices for these claims: "the limit of liability established in Title
    # 14, section 8105 must be adjusted on January 1st of each year by the percentage change in
    # the Consumer Price Index".
    + r"|\b(?:limits?|limitations?|caps?)\s+(?:of|on)\s+(?:liability|damages|recovery)\b[^.;]{0,120}?\b(?:shall|must)"
    r"\s+be\s+adjusted\b[^.;]{0,120}?"
    r"\b(?:consumer\s+price\s+index|inflation)\b"
    # ("The limitation in § 4013 applies ..., except that the amount stated in § 4013 shall be
    # adjusted on January 1 of each year by the percentage change in the Consumer Price Index")
    r"|\b(?:limits?|limitations?|caps?)\b[^.;]{0,160}?\b(?:applies|apply)\b[^.;]{0,60}?\bexcept\s+that\s+the\s+"
    r"(?:amounts?|limits?|sums?)\b[^.;]{0,80}?\b(?:shall|must)\s+be\s+adjusted\b[^.;]{0,120}?"
    r"\b(?:consumer\s+price\s+index|inflation)\b"
)
CAP_RAISED_GATE = (
    *("increased to", "raised to", "doubled", "tripled", "multiplied", "times the"),
    *("increased from", "raised from"),
    *("twice the", "double the", "triple the"),
    *("shall be $", "is $", "are $", "except that"),
    *("read as $", "deemed to be $", "deemed as $", "construed as $", "treated as $"),
    *("hundred dollars", "thousand dollars", "million dollars"),
    *("instead of", "be adjusted", "as if the"),
)
# Limits on one kind of damages only: lifting them leaves the others in place.
ONE_KIND_OF_DAMAGES = compile_pattern(
    r"\b(?:punitive|exemplary|non-?economic|economic|compensatory)\s+damages\b"
    # "do not apply to damages for medical expenses and lost earnings"; "the limitation on the
    # recovery of damages for pain and suffering ... shall not apply".
    r"|\b(?:damages|recovery|awards?)\s+for\s+(?:medical\s+expenses|lost\s+(?:earnings|wages|income)"
    r"|economic\s+loss|pain\s+and\s+suffering|emotional\s+distress|mental\s+anguish)"
)
# A lift that leaves the cap on some payers: "does not limit a judgment against an individual
# officer ..., but continues to limit the liability of the political subdivision".
PARTIAL_LIFT = compile_pattern(
    # Lifted for some claims only: "shall not apply to claims under this section for death or
    # serious bodily injury".
    r"\bnot\s+apply\s+to\s+(?:any\s+|a\s+)?claims?\b[^.;]{0,60}?\bfor\s+(?:death|wrongful\s+death"
    r"|serious\s+(?:bodily\s+|physical\s+)?injur)"
    # ("... do not apply to a claim under section 1 of this 2025 Act that arises out of the death
    # of an individual")
    r"|\bnot\s+apply\s+to\s+(?:any\s+|a\s+|an\s+)?(?:claims?|actions?)\b[^.;]{0,80}?\b(?:that|which)\s+"
    r"(?:arises?|arising|results?)\s+(?:out\s+of|from|in)\s+(?:the\s+|a\s+)?(?:death|wrongful\s+death"
    r"|serious\s+(?:bodily\s+|physical\s+)?injur)"
    # Lifted for one kind of loss only: "shall not apply to an award of economic damages".
    r"|\bnot\s+apply\s+to\s+(?:an?\s+|the\s+|any\s+)?(?:awards?|recovery|portion|part)\s+of\s+"
    r"(?:economic|non-?economic)\s+damages\b"
    r"|\bbut\s+(?:continues?|shall\s+continue)\s+to\s+(?:limit|apply)\b"
    # Lifted only as far as insurance reaches: "do not apply to a claim under this section to the
    # extent the political subdivision has liability insurance ... in excess of those limitations".
    # (not "... and liability ... is not limited to the extent of any liability insurance")
    r"|\bnot\s+apply\b[^.]{0,160}?(?<!limited )(?<!restricted )\bto\s+the\s+extent\s+(?:that\s+)?[^.;]{0,80}?"
    r"\b(?:insurance|coverage|risk\s+pool)\b"
    # "... does not apply to a claim pursuant to this section; except that the limitation on
    # damages for noneconomic loss ... in section 13-21-102.5 (3) applies".
    r"|\bnot\s+apply\b[^.]{0,160}?\bexcept\s+that\s+(?:the\s+|any\s+)?(?:limits?|limitations?|caps?)\b[^.;]{0,160}?"
    r"\b(?:applies|apply|shall\s+apply|continues?\s+to\s+apply|remains?\s+in\s+effect)\b"
    # "... does not apply to an action under this article, except that the total sum recovered
    # arising out of a single occurrence may not exceed the limit in Section 15-78-120(a)(2)".
    # (not a ceiling on attorney fees beside the lifted caps)
    r"|\bnot\s+(?:apply|limit)\b[^.]{0,200}?\bexcept\s+that\b(?![^.;]{0,80}?\b(?:attorney|attorneys|counsel)\b)"
    r"[^.;]{0,160}?\b(?:may|shall|must)\s+not\s+exceed\b"
    # "... do not apply to an officer's personal liability ..., but apply to any amount paid by
    # the public entity".
    r"|\bnot\s+apply\b[^.;]{0,160}?,?\s+but\s+(?:do\s+|does\s+|shall\s+)?apply\s+to\b"
    # "..., but the limits on damages in the Tort Claims Act continue to apply"; "attorney fees
    # ... remain subject to the statutory limit on fees": another limit kept beside the lift.
    r"|\b(?:but|except\s+that)\s+(?:the\s+|any\s+)?(?:limits?|limitations?|caps?)\b[^.;]{0,80}?\b(?:continues?|shall\s+continue"
    r"|remains?|shall\s+remain)\s+(?:to\s+apply|in\s+effect|applicable)\b"
    r"|\b(?:remains?|shall\s+remain|continues?\s+to\s+be)\s+subject\s+to\s+(?:the\s+|any\s+|those\s+|such\s+"
    r"|these\s+)?(?:statutory\s+)?"
    r"(?:limits?|limitations?|caps?)\b"
    r"|\b(?:continues?|shall\s+continue)\s+to\s+limit\b"
    # "...; but where the officer's employer is liable or pays, the limitation shall apply".
    r"|\bbut\s+(?:where|when|if)\b[^.;]{0,100}?,\s*the\s+(?:limits?|limitations?|caps?)\s+(?:shall|does|do|will)\s+apply\b"
    # "... do not apply to a claim under this section, except that in an action against the state
    # ... the limitations of ORS 30.271 apply"; "..., except in an action against the state or an
    # employee of the state, in which the limitations under chapter 21-32 apply".
    r"|\bnot\s+apply\b[^.;]{0,160}?\bexcept\s+(?:that\s+)?(?:in|for)\s+(?:an?\s+|any\s+)?(?:actions?|claims?|suits?)\s+"
    r"against\b[^.;]{0,160}?\b(?:limits?|limitations?|caps?)\b[^.;]{0,80}?\b(?:applies|apply|shall\s+apply)\b"
)
OWN_CAP = compile_pattern(
    # (the subject of a cap statute can run long: "the amount recoverable by any person for any
    # damages ... against any ... governmental subdivision ... and against their officers ...")
    r"(?:liability|damages|award|recovery|judgment|amount)[^.]{0,360}?\b(?:shall|may|must)\s+not\s+exceed"
    # "The combined aggregate liability of all governmental entities ... does not exceed ...".
    r"|\bliability\b[^.]{0,360}?\bdoes\s+not\s+exceed\b"
    # "no person shall recover in any action ... a sum exceeding one million dollars".
    r"|\brecover\b[^.]{0,80}?\ba\s+sum\s+exceeding\b"
    r"|\bnot to exceed\b|\bnot\s+exceeding\b|\bnot\s+in\s+excess\s+of\b|\b(?:is|are|shall be) (?:limited|capped) (?:to|at)\b"
    r"|\b(?:which|that) exceeds? the (?:sum|amount) of\b|\bin excess of the (?:sum|amount) of\b"
    # "A judgment against a public body under this section may not be entered or paid in an
    # amount that exceeds that coverage."
    r"|\b(?:judgments?|awards?|recovery|liability)\b[^.;]{0,120}?\b(?:may|shall|must)\s+not\s+be\s+"
    r"(?:entered|paid|awarded|recovered)\b[^.;]{0,40}?\bin\s+(?:an?\s+)?amount\s+(?:that|which)\s+exceeds?\b"
    # "shall not be liable to pay a claim by any one person which exceeds $200,000".
    r"|\bliable\s+to\s+pay\b[^.;]{0,160}?\b(?:which|that)\s+exceeds?\b"
    # A dollar ceiling on a kind of damages: "punitive damages up to $100,000".
    r"|\bdamages (?:of |in an amount )?(?:of )?(?:up to|not (?:more|greater) than) \$"
    # "a judgment under this section may be recovered up to $1 million per person"; "A prevailing
    # plaintiff may recover compensatory damages in an amount of up to $250,000 per claimant".
    r"|\bmay\s+(?:be\s+)?recover(?:ed)?\s+(?:(?:compensatory\s+|actual\s+)?damages\s+|compensation\s+)?"
    r"(?:in\s+an\s+amount\s+)?(?:of\s+)?up\s+to\s+"
    + DOLLAR_AMOUNT
    +
    # "... may be held liable under this section for up to $1 million for any claim".
    r"|\bliable\b[^.;]{0,120}?\b(?:for\s+)?(?:up\s+to|(?:not|no)\s+more\s+than)\s+"
    + DOLLAR_AMOUNT
    +
    # A limit stated as an amount: "the limit on damages in an action under this section is
    # $1,000,000 per claimant".
    # (or in words: "any limit on damages in chapter 670 is two million dollars")
    r"|\b(?:limit|cap|maximum)\s+(?:on|of)\s+(?:the\s+)?(?:damages|liability|recovery)\b[^.;]{0,80}?"
    r"\b(?:is|shall be)\s+(?:\$|(?:[a-z]+[ -]){1,4}(?:thousand|million|billion)\s+dollars\b)"
    # "For a claim under this section, the limit in section 8105, subsection 1 is $1,000,000".
    r"|\b(?:limit|cap|maximum)\s+(?:in|under)\s+(?:section|§)[^.;]{0,60}?\b(?:is|shall be)\s+\$"
    # "no judgment under section 1 may exceed five million dollars"; "liability ... is limited to
    # the amount of its liability insurance".
    r"|\bno\s+(?:judgment|award|recovery|damages)\b[^.;]{0,80}?\b(?:shall|may|can)\s+exceed\b"
    # "In no event shall damages awarded under subsection (a) exceed $2,000,000".
    r"|\bin\s+no\s+(?:event|case)\s+(?:shall|may|will|can)\s+(?:the\s+)?(?:damages|liability|recovery|judgments?"
    r"|awards?|amount)\b[^.;]{0,80}?\bexceed\b"
    r"|\b(?:is|are|shall be)\s+limited\s+to\s+the\s+(?:amount|limits?)\s+of\s+(?:its|the|their|any)\s+"
    r"(?:liability\s+)?insurance\b"
)
# A literal that every OWN_CAP match contains.
OWN_CAP_GATE = (
    *("exceed", "limited", "capped", "in excess of", "up to", "more than", "greater than"),
    *("limit on", "limit of", "cap on", "cap of", "maximum on", "maximum of"),
    *("limit in", "limit under", "cap in", "cap under", "maximum in", "maximum under"),
)
# Quantities a "not to exceed" may limit that are not what a victim recovers.
NOT_DAMAGES_QUANTITY = compile_pattern(
    r"\bfees?\b|\bfines?\b|penalt(?:y|ies)|\bcharges?\b|assessments?|\bcosts? of\b|\btax"
    r"|salar(?:y|ies)|per diem|compensation (?:of|for|to) (?:members?|the members?)|\bgrants?\b"
    r"|appropriat|\bbond\b|surcharge|\brestitution\b|\bloans?\b|reimburse"
)
DAMAGES_QUANTITY = compile_pattern(
    r"liabilit|\bliable\b|damages|\bawards?\b|recover|judgments?|judgements?|\bclaims?\b|settlements?"
)
# The government as the one whose liability a cap limits.
PUBLIC_LIABLE = compile_pattern(
    # (not a code's name: "§ 12-104 of the State Government Article")
    r"\b(?:the state(?! government article)|its agencies|political subdivisions?|public (?:entit|bod|employ)\w*"
    r"|governmental (?:entit|unit)\w*|local government|local agenc\w*|municipalit\w*"
    r"|the commonwealth)\b"
)
# A lift that applies only when the conduct was criminal or willful leaves the limits in place
# for every other claim.
CONDITIONAL_LIFT = compile_pattern(
    # ("... apply to an action under this section unless the trier of fact finds that the
    # officer's conduct was wilful, wanton, or malicious"; "except that they shall not apply to any
    # claim on which the trier of fact finds that the officer acted with malice")
    r"\b(?:only|in which it is (?:judicially )?determined|if|when|where|unless|on which|in which)\b[^.]{0,200}?"
    r"\b(?:crime|fraud|malice|willful|wilful|wanton|intentional)"
)
# Indemnity in settings other than public officers' liability to the people they serve.
NON_OFFICER_SETTING = compile_pattern(
    r"\bstudents?\b|\bschool district|\bteachers?\b|\bnurs(?:e|ing)|physician|licensee|compact"
)
# The text of an interstate compact, whose commission has its own immunity and indemnity.
COMPACT_SETTING = compile_pattern(
    r"\binterstate compact\b|\bcompact commission\b|\bthe compact\b"
    # "Nothing contained in this MSC Compact shall be construed ...".
    r"|\bthis\s+(?:[\w-]+\s+){0,3}?compact\b"
)
# Two dollar amounts with nothing between them: the first struck, the second inserted.
REPLACED_AMOUNT = compile_pattern(
    r"\$\s?[\d,]{3,15}\s{1,3}\$\s?[\d,]{3,15}"
    # "[$500,000.00] $1,000,000.00": the struck amount in brackets, cents and all.
    r"|\[\$\s?[\d,]{3,15}(?:[._]\d{2})?\]\s{1,3}\$\s?[\d,]{3,15}"
    # "[three hundred thousand] one million dollars": the struck amount in brackets.
    r"|\[(?:[a-z]+[ -]){0,4}(?:thousand|million)\]\s{1,3}(?:[a-z]+[ -]){1,4}(?:thousand|million)\b"
)
# (a draft's blank for the sum, "not to exceed $______" or "$[____]", is a sum all the same)
MONEY = compile_pattern(r"\$\s?(?:[\d,]+|\[?_{2,}\]?)|\bdollars?\b|\bthousand\b|\bmillion\b")
# A limit set by the payer's insurance, not in dollars: "limited to the amount of its liability
# insurance".
# ("... must not exceed the amount of liability insurance coverage maintained by the State")
_INSURANCE_LIMIT = (
    r"\b(?:limited\s+to|exceed)\s+the\s+(?:amount|limits?)\s+of\s+(?:(?:its|the|their|any)\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,2}?(?:liability\s+)?insurance\b"
    # ("... in an amount that exceeds that coverage", the insurance just named)
    r"|\bexceeds?\s+(?:that|such|its|the\s+(?:public\s+body's|entity's))\s+(?:(?:liability\s+)?insurance\s+)?coverage\b"
)
# What a cap is stated in: dollars, or the payer's insurance.
CAP_AMOUNT = compile_pattern(MONEY.pattern + "|" + _INSURANCE_LIMIT)

# A cap scoped to a kind of harm or of accident that a rights claim is not.
CAP_ON_OTHER_HARM = compile_pattern(
    r"\bfor\s+(?:property\s+damage|damage\s+to\s+(?:real\s+or\s+personal\s+)?property)\b"
    r"|\b(?:caused\s+by|arising\s+(?:out\s+of|from)|resulting\s+from)\s+(?:a\s+|an\s+|the\s+)?(?:(?:motor\s+)?vehicle"
    r"\s+(?:pursuit|accident|collision)|(?:operation|use)\s+of\s+(?:a\s+|an\s+)?(?:motor\s+)?vehicle)"
    # ("for the loss of personal property seized by a state peace officer")
    r"|\bfor\s+(?:the\s+)?(?:loss\s+of|damage\s+to)\s+(?:real\s+or\s+|personal\s+|real\s+)?property\b"
    # ("... liable for injury to a person who was not an occupant of a pursued vehicle caused by
    # a pursuit conducted in violation of subdivision (a)")
    r"|\b(?:caused\s+by|arising\s+(?:out\s+of|from)|resulting\s+from)\s+(?:a\s+|an\s+|the\s+)?pursuits?\b"
)
# A sentence that itself makes someone liable for such a harm: its "this subdivision" is that
# liability's ("... is liable for injury ... caused by a pursuit ...; however, damages
# recoverable under this subdivision shall not exceed $500,000").
LIABLE_FOR_OTHER_HARM = compile_pattern(
    r"\bliable\s+for\s+(?:any\s+)?(?:injur|damage|loss)\w*\b[^.;]{0,200}?(?:"
    + CAP_ON_OTHER_HARM.pattern
    + r")"
)

# ---------------------------------------------------------------------------
# Intervention, compensation, fees, accountability, records
# ---------------------------------------------------------------------------

INTERVENE_DUTY = compile_pattern(
    # (with adverbs, "physically and/or verbally", or a phrase set off by commas: "shall,
    # without regard to chain of command, intervene")
    r"\b(?:shall|must|is required to|has a duty to|have a duty to|obligated to)"
    r"(?:,[^,;.]{1,80},)?\s+(?:[\w/]+\s+){0,4}?"
    # ("must step in to stop it": the plain-language verb)
    r"(?:intervene|interpose|step\s+in\b)|\bduty to (?:intervene|interpose|step\s+in\b)"
    # "the duty, which is hereby imposed, to intervene"
    r"|\bduty,[^,;.]{1,60},\s+to\s+(?:intervene|interpose)"
    # "has a duty (i) to intervene to stop the deprivation and (ii) to report it".
    r"|\b(?:has|have|is\s+under)\s+a\s+duty\s+\(\w{1,4}\)\s+to\s+(?:intervene|interpose)"
    # "It is the duty of every peace officer who observes ... to intervene".
    r"|\bduty of (?:every|each|any|a|an|the) [^.;]{0,200}?\bto (?:intervene|interpose)"
    # "... who has a realistic opportunity to intervene shall do so".
    r"|\bopportunity\s+to\s+(?:intervene|interpose)\b[^.;]{0,40}?\b(?:shall|must)\s+do\s+so\b"
)
# The duty in other words: "... who observes another officer depriving a person of a right
# shall take reasonable action to stop the deprivation" (read only when another officer's
# conduct is what must be stopped).
INTERVENE_DUTY_BY_ACTION = compile_pattern(
    # (a condition may stand between the verb and the act: "shall, when a reasonable opportunity
    # exists, act to prevent or halt the infringement")
    # ("shall take every reasonable step within the officer's power to bring the violation to an
    # end")
    r"\b(?:shall|must|is required to|has a duty to)(?:,\s*[^,.;]{1,80}?,)?\s+(?:take\s+(?:all\s+|any\s+|every\s+)?"
    r"(?:reasonable\s+)?(?:action|steps?|measures?)(?:\s+within\s+[^,.;]{1,40}?)?|act)\s+to\s+(?:stop|prevent|end|halt"
    r"|bring\s+(?:the|that|such|it)\s*(?:[\w-]+\s+)?to\s+an\s+end)\b"
    # A prohibition is a duty too: "No officer may stand by while another officer ...".
    r"|\b(?:may|shall|must)\s+not\s+stand\s+by\b|\bno\s+(?:\w+\s+){1,4}?(?:may|shall)\s+stand\s+by\b"
    # "has an affirmative obligation to stop, or try to stop, another officer's use of force".
    r"|\b(?:has|have|is\s+under)\s+(?:an?\s+)?(?:affirmative\s+|legal\s+)?(?:duty|obligation)\s+to\s+"
    # ("has a duty to protect the person from it", read with another officer's deprivation)
    # ("has a duty to render protection to that person by intervening")
    r"(?:stop|prevent|protect\s+(?:[\w-]+\s+){0,3}?from|render\s+protection)\b"
    # "It shall be the duty of every peace officer who observes another officer engaged in
    # conduct prohibited by subsection (a) to take reasonable steps to stop it".
    r"|\b(?:it\s+(?:shall\s+be|is)\s+the\s+duty|the\s+duty)\s+of\s+(?:every|each|any|an?|the)\b[^.;]{0,160}?"
    r"\bto\s+take\s+(?:all\s+|any\s+)?(?:reasonable\s+)?(?:action|steps|measures)\s+to\s+(?:stop|prevent|end)\b"
    # A keeper's duty toward the person in custody: "shall protect the person from unlawful force
    # by other officers".
    r"|\b(?:shall|must)\s+protect\s+(?:the|that|such|a|any|each)\s+(?:person|individual|prisoner|detainee"
    r"|arrestee|inmate)\s+from\s+(?:the\s+|any\s+)?(?:unlawful\s+|excessive\s+|unreasonable\s+|illegal\s+)?"
    r"(?:use\s+of\s+)?(?:force|harm|abuse|violence)\s+(?:used\s+|inflicted\s+)?by\s+(?:any\s+)?(?:other|another"
    r"|fellow)\b"
)
INTERVENE_DUTY_BY_ACTION_GATE = (
    "protect the",
    "protect that",
    "protect such",
    "protect a",
    "protect any",
    "protect each",
    "to an end",
    "to stop",
    "to prevent",
    "to end",
    "to halt",
    "stand by",
    "to protect",
    "render protection",
)
# Literals one of which every bystander-subject match holds (see clauses.bystander_is_the_whole_wrong).
BYSTANDER_SUBJECT_GATE = ("permit", "allow", "stand", "stood")
# A bystander's liability that refers back to a duty stated just before: "An officer who
# breaches an obligation imposed by subsection (4)(a) is answerable ...", "who fails to comply
# with this subsection is liable ... as a participant", "who breaches that duty ... shall be
# civilly liable".
BREACH_OF_STATED_DUTY = compile_pattern(
    # "The failure of an officer to discharge the duty set forth in subsection (c) shall
    # constitute a separate deprivation actionable under this section".
    r"\bfailure\s+(?:of\s+(?:an?|the|any|such)\s+(?:[\w-]+\s+){1,3}?)?to\s+(?:discharge|perform"
    r"|comply\s+with|carry\s+out|fulfil+|meet)\s+(?:the|this|that|such|any|its)\s+(?:duty|obligation"
    r"|requirement)\b[^.;]{0,200}?\b(?:is|shall\s+(?:be|constitute)|constitutes)\b[^.;]{0,60}?"
    r"\b(?:liable|actionable|liability)\b"
    r"|\b(?:breach(?:es|ed)?|violat(?:es|ed)|neglect(?:s|ed)?|disregard(?:s|ed)?|fails?\s+to\s+(?:comply\s+with"
    r"|perform|carry\s+out|discharge|fulfil+|meet))\s+(?:(?:this|that|the|such|an?|any|its|either|each)\s+(?:duty|obligation"
    r"|requirement|subsection"
    # ("violates par. (a)": Wisconsin's abbreviations, the period masked)
    # ("fails to comply with subsection 1 is liable pursuant to section 3": Nevada's numbers)
    r"|paragraph|division|subdivision)\b|(?:subsection|paragraph|subdivision|division|par|para|sub|subd)_?\s+"
    # ("fails to comply with paragraph a or b of this subdivision": New York's lettered paragraphs)
    r"(?:\(\w{1,4}\)|\d{1,3}[a-z]?\b|[a-z]\b))"
    r"[^.;]{0,200}?\b(?:is|are"
    r"|shall\s+be)\s+(?:also\s+)?"
    r"(?:(?:civilly|personally|jointly|severally|and)\s+){0,4}(?:liable|answerable|actionable"
    # ("An officer who violates subsection (c) shall be subject to civil liability under (a)")
    r"|subject\s+to\s+(?:civil\s+)?(?:liability|(?:an?\s+)?(?:civil\s+)?(?:action|suit)))\b"
    # "A peace officer who fails in that obligation is liable", "who does not meet the obligation
    # under Subsection (a) is liable".
    r"|\b(?:(?:fails?|failed)\s+in|(?:does|did|do)\s+not\s+(?:meet|perform|discharge|fulfil+|carry\s+out"
    r"|comply\s+with|satisfy))\s+(?:this|that|the|such|its|either|each)\s+(?:duty|obligation|requirement)\b"
    r"[^.;]{0,200}?\b(?:is|are|shall\s+be)\s+(?:also\s+)?(?:(?:civilly|personally|jointly|severally|and)\s+){0,4}"
    r"(?:liable|answerable|actionable)\b"
    # "A peace officer who does not interpose as required by Subsection (a) is liable", "who fails
    # to render protection as required by this subsection is personally liable".
    r"|\b(?:(?:does|did|do)\s+not|fails?\s+to)\s+(?:[\w-]+\s+){1,3}?as\s+(?:so\s+)?required\s+by\s+(?:this\s+)?"
    r"(?:subsection|paragraph|section|subdivision)\b[^.;]{0,120}?\b(?:is|are|shall\s+be)\s+"
    r"(?:(?:civilly|personally|jointly|severally|and)\s+){0,4}(?:liable|answerable)\b"
    # "A public servant who fails to act as required by subsection (1) of this section is liable".
    # ("A peace officer who omits to act as so required is liable to the injured person")
    r"|\b(?:fails?|omits?|neglects?)\s+to\s+act\s+as\s+(?:so\s+)?required\b"
    r"(?:\s+by\s+(?:this\s+)?(?:subsection|paragraph|section)\b)?[^.;]{0,200}?"
    r"\b(?:is|are|shall\s+be)\s+(?:(?:civilly|personally|jointly|severally|and)\s+){0,4}(?:liable|answerable)\b"
    # "An officer who fails to do so is civilly liable under subsection (1)", after the duty.
    # ("A peace officer who does not do so is liable under this section"; "An officer who does
    # not step in is liable to the injured person", the duty to step in stated just before)
    r"|\b(?:fails?\s+to|(?:does|did)\s+not)\s+(?:do\s+so|step\s+in)\b[^.;]{0,120}?\b(?:is|are|shall\s+be)\s+"
    r"(?:(?:civilly|personally|jointly|severally|and)\s+){0,4}(?:liable|answerable)\b"
    # ("A peace officer who does not do what subdivision (a) requires is liable to the injured
    # person under Section 4")
    r"|\b(?:fails?\s+to|(?:does|did)\s+not)\s+do\s+what\s+(?:this\s+)?(?:subsection|paragraph|section|subdivision"
    r"|division)\b[^.;]{0,20}?\brequires\b[^.;]{0,120}?\b(?:is|are|shall\s+be)\s+"
    r"(?:(?:civilly|personally|jointly|severally|and)\s+){0,4}(?:liable|answerable)\b"
    # ("An officer who does not meet a duty under subsection (a) is liable to the injured person
    # under Section 10")
    r"|\b(?:fails?\s+to|(?:does|did)\s+not)\s+(?:meet|perform|fulfill|fulfil|discharge|carry\s+out|comply\s+with)\s+"
    r"(?:a|the|that|this|any|such|either)\s+duty\s+(?:under|imposed\s+by|in|of)\s+(?:this\s+)?(?:subsection|paragraph|section"
    r"|subdivision|division)\b[^.;]{0,140}?\b(?:is|are|shall\s+be)\s+"
    r"(?:(?:civilly|personally|jointly|severally|and)\s+){0,4}(?:liable|answerable)\b"
    # The double negative: "A peace officer who fails to do either is not free from liability to
    # the injured individual for that failure".
    r"|\bfails?\s+to\s+do\s+(?:so|either|both|either\s+one)\b[^.;]{0,120}?\b(?:is|are|shall\s+be)\s+not\s+"
    r"(?:free|exempt|immune|relieved)\s+from\s+(?:civil\s+|personal\s+)?liability\b"
    # "an officer who does so, having had a reasonable opportunity to intervene, is liable".
    r"|\bwho\s+does\s+so\b[^.;]{0,120}?\b(?:is|shall\s+be)\s+(?:civilly\s+)?(?:liable|answerable)\b"
    # The injured person's suit for the breach: "A person injured by the breach of any such duty
    # may recover, in a civil action against the peace officer ..."; "Any person injured ... by
    # the failure of a law enforcement officer to perform the duty imposed by subsection (b), may
    # bring a civil action for damages against the officer".
    r"|\b(?:injured|harmed|aggrieved|damaged)\s+by\b[^.;]{0,120}?\b(?:(?:breach|violation)\s+of\s+(?:any\s+|either\s+)?"
    r"(?:such|those|these|this|that|the\s+foregoing)\s+(?:dut(?:y|ies)|obligations?)\b|failure\s+(?:of\s+[^.;]{1,60}?\s+)?"
    r"to\s+(?:perform|discharge|comply\s+with|carry\s+out|meet|fulfil+)\s+(?:the|a|any|such|that)\s+(?:duty|obligation)\b)"
    r"[^.;]{0,200}?\b(?:may\s+(?:recover|bring|sue|maintain|commence)|has\s+a\s+(?:cause|right)\s+of\s+action)\b"
    # "A violation of this obligation is actionable under section 1", after the duty.
    r"|\b(?:breach|violation)\s+of\s+(?:this|that|the|such)\s+(?:duty|obligation|requirement)\b"
    r"[^.;]{0,120}?\b(?:is|shall\s+be)\s+actionable\b"
    # "A violation of section 5(b) is actionable under section 1", the duty standing in 5(b).
    r"|\bviolation\s+of\s+(?:section|subsection|paragraph)\s+[\w()_.-]{1,14}\s+(?:is|shall\s+be)\s+actionable\b"
    # "A breach of either duty imposed by this section gives rise to a civil action under
    # section 2", "Liability under Section 5 shall attach to any officer who ... fails to
    # discharge the duty to intervene".
    r"|\bbreach\s+of\s+(?:the|this|that|such|its|either|any|each)\s+(?:duty|duties|obligation)\b[^.;]{0,120}?"
    r"\b(?:gives?|shall\s+give)\s+rise\s+to\s+(?:an?\s+)?(?:civil\s+)?(?:action|claim|cause\s+of\s+action"
    r"|liability)\b"
    r"|\bliability\b[^.;]{0,80}?\b(?:(?:shall|does|will)\s+attach|attaches)\s+to\b[^.;]{0,200}?\b(?:fails?|neglects?"
    r"|refuses?)\s+to\s+(?:discharge|perform|carry\s+out|fulfil+|intervene)\b"
    # "A person injured by an officer's breach of the duty in subsection 3 may bring an action".
    r"|\bbreach\s+of\s+(?:the|this|that|such|its)\s+duty\b[^.;]{0,120}?\bmay\s+(?:bring|recover|sue|maintain)\b"
    # "... and a breach of that duty is itself a deprivation actionable under Section 2".
    r"|\bbreach\s+of\s+(?:the|this|that|such|its)\s+duty\s+(?:is|constitutes|shall\s+be)\b[^.;]{0,60}?"
    r"\b(?:actionable|(?:an?\s+)?(?:violation|deprivation)\s+(?:of|under)\b)"
    # The injured person's side: "A person injured by a violation that an officer failed to
    # prevent in breach of subsection (a) may recover damages from that officer".
    r"|\bin\s+breach\s+of\s+(?:(?:this|that|the|such|its)\s+)?(?:duty|obligation|requirement|subsection|paragraph"
    r"|section)\b[^.;]{0,200}?\b(?:may\s+(?:recover|sue|bring|maintain)|(?:is|are|shall\s+be)\s+"
    r"(?:(?:civilly|personally|jointly|severally|and)\s+){0,4}(?:liable|answerable|actionable))\b"
)
# A bystander's omission named as the wrong itself: "... neither intervenes nor reports ... is
# liable", "an officer who does not intervene is liable", "being able to stop it, did nothing",
# "An officer's failure to intervene ... is itself a violation of section 1".
BYSTANDER_OMISSION = compile_pattern(
    r"\b(?:does|did|do)\s+not\s+(?:intervene|step\s+in)\b|\bneither\s+intervenes?\b"
    # "... who does not take reasonable steps to intervene"; "who has a realistic opportunity to
    # intervene and does not"
    r"|\b(?:does|did|do)\s+not\s+take\s+(?:reasonable\s+|any\s+)?(?:steps|action|measures)\s+to\s+intervene\b"
    r"|\bopportunity\s+to\s+intervene\s+and\s+(?:does|did)\s+not\b"
    r"|\bfailure\s+of\s+(?:an?|the|any)\s+(?:[\w,]+\s+){0,5}?to\s+intervene\b"
    r"|\bable\s+to\s+(?:stop|prevent)\s+(?:it|the\s+\w+)\W{0,3}\s*(?:did|does|do)\s+nothing\b"
)
# A claim said to lie: "A cause of action shall lie ... against any officer who ...".
ACTION_LIES = r"\b(?:cause\s+of\s+action|action|claim)\s+(?:shall\s+lie|lies)\b"
BYSTANDER_LIABILITY = compile_pattern(
    r"\b(?:liable|liability|answerable|actionable)\b"
    # "A cause of action shall lie under subsection (1) against any officer who fails to ...".
    r"|"
    + ACTION_LIES
    # "An officer who fails to intervene ... is subject to a civil action under section 1".
    + r"|\bsubject\s+to\s+(?:a\s+|an\s+)?(?:civil\s+)?(?:action|suit|claim)\b"
    r"|\bis\s+(?:itself\s+)?an?\s+(?:violation|deprivation)\s+(?:of|under)\b"
)
# Failing to intervene written into what the claim's verb means: "an officer subjects a person
# to a deprivation if the officer commits it, directs it, or fails to intervene to prevent it".
FAILURE_IN_DEFINITION_OF_WRONG = compile_pattern(
    r"\b(?:deprives?|subjects?|causes?|commits?)\b[^.;]{0,100}?\b(?:if|when|where|includes?)\b"
    r"[^.;]{0,160}?\bfail(?:s|ing|ure)?\s+to\s+(?:take\s+(?:reasonable\s+)?(?:steps|action)\s+to\s+)?"
    # ('"Deprive" includes permitting another officer to deprive a person of a right by failing to
    # act when the officer is present and able to act')
    r"(?:intervene|interpose|prevent|stop|protect|act\s+when\b)"
    # "A deprivation may be committed by act or by omission, including the failure to intervene".
    r"|\bdeprivation\s+may\s+be\s+committed\b[^.;]{0,80}?\bfail(?:s|ing|ure)?\s+to\s+(?:intervene|prevent)\b"
)
# A description of whom a class is not: ", not being an officer or employee of the state ... and not
# acting under color of law"; ", who is not a certified law enforcement officer".
NEGATED_DESCRIPTION = compile_pattern(
    r"\b(?:not\s+being|who\s+(?:is|are)\s+not|that\s+(?:is|are)\s+not|which\s+(?:is|are)\s+not"
    r"|and\s+not\s+(?:acting|being))\b[^,;]*"
    # ("... The term does not include the state, ... or any officer, employee, or agent of the
    # state": who is left out, to the end of the sentence)
    r"|\b(?:does|do|shall)\s+not\s+include\b[^;]*"
)
# Any intervention clause: a duty to intervene or a failure to prevent another's violation.
INTERVENTION = compile_pattern(
    r"interven\w*|interpos\w*|\bfail(?:s|ed|ing|ure)?\s+to\s+(?:take\s+(?:reasonable\s+)?(?:steps|action)\s+to\s+)?"
    r"(?:prevent|stop)\b"
    # "Any officer present who did not act to prevent or stop the deprivation is liable"; "...
    # who takes no action to stop it".
    r"|\b(?:does|did|do)\s+not\s+(?:act|take\s+(?:reasonable\s+|any\s+)?(?:steps?|action|measures?))\b[^.;]{0,60}?"
    r"\bto\s+(?:halt|stop|prevent)\b"
    r"|\b(?:takes?|took)\s+no\s+(?:reasonable\s+)?(?:steps?|action|measures?)\s+to\s+(?:prevent|stop|halt)\b"
    # ("who remained passive while another officer ...", "who acquiesced in a deprivation ... in
    # his or her presence", "who was present and had a realistic opportunity to prevent the harm")
    r"|\bremain(?:s|ed)?\s+passive\s+while\b|\bacquiesc(?:es|ed)\s+in\b"
    r"|\b(?:realistic|reasonable)\s+opportunity\s+to\s+(?:prevent|stop)\b"
)
# Literals of a defense that does good faith's work in other words (reliance on a statute or a
# written policy, conformity with the training, a superior's direction, "no reason to know"),
# which the clause reader asks for directly.
GOOD_FAITH_IN_OTHER_WORDS_NEEDLES = (
    *("conformed to", "conforms to", "conform to", "written polic", "scope of clearly"),
    *("valid on its face", "direction of", "advice of", "held unconstitutional", "held invalid"),
    *("declared it unconstitutional", "declared it invalid", "justified under"),
    *("declared unconstitutional", "declared invalid", "reasonable reli", "reasonably reli"),
    *("reliance on", "reliance upon", "no reason to", "compliance with", "conformity with"),
    "accordance with",
)
# Literals of a model act's notes to its drafters ("[Drafting Note: ...]", "Drafter's Note:",
# "Note to drafters:") and of its comments on its sections ("COMMENT: Section 1 reverses ...",
# "Official Comment", "Reporter's Note").
DRAFTING_NOTE_NEEDLES = (
    *("drafting note", "drafter's note", "drafters' note", "note to drafters", "comment"),
    "reporter's note",
)
INTERVENTION_GATE = (
    *("interven", "fail", "interpos", "not act", "not take", "no action", "no step"),
    *("no reasonable", "no measure", "passive", "acquiesc", "opportunity to"),
)
# Failure to prevent another's violation, read as the officer's own wrong.
FAIL_TO_PREVENT = compile_pattern(
    # ("... fails to take reasonable steps to intervene")
    # ("... who was present at the deprivation ... and failed to act to prevent it")
    r"\bfail(?:s|ed|ing|ure)?\s+to\s+(?:take\s+(?:reasonable\s+|any\s+|all\s+)?(?:steps|action|measures)\s+to\s+"
    r"|act\s+to\s+)?(?:prevent|stop|intervene|interpose)\b"
    # "... and who does not take reasonable action to stop it", "... but takes no reasonable
    # step to prevent it".
    r"|\b(?:(?:does|did|do)\s+not\s+take\s+(?:reasonable\s+|any\s+)?|(?:takes?|took)\s+no\s+"
    r"(?:reasonable\s+)?)(?:steps?|action|measures?)\s+to\s+(?:prevent|stop)\b"
    # The bystander's omission in other words: "who remained passive while another peace officer
    # ... used unlawful force"; "who acquiesced in a deprivation ... committed by another peace
    # officer in his or her presence, when he or she was able to prevent it"; "every officer who
    # was present and had a realistic opportunity to prevent the harm ... is jointly liable".
    r"|\bremain(?:s|ed)?\s+passive\s+while\b"
    r"|\bacquiesc(?:es|ed)\s+in\b[^.;]{0,200}?\b(?:presence|present|able\s+to\s+(?:prevent|stop))\b"
    r"|\bpresent\s+and\s+(?:had|has|having)\s+(?:a\s+)?(?:realistic|reasonable)\s+opportunity\s+to\s+"
    r"(?:prevent|stop|intervene)\b"
    # "... has a reasonable opportunity to prevent a deprivation ..., but does not do so".
    # ("... who has a realistic opportunity to prevent or stop it, and who does not take
    # reasonable steps to do so")
    r"|\b(?:opportunity\s+to\s+(?:prevent|stop|intervene)|could\s+have\s+(?:prevented|stopped)"
    r"|(?:is|was)\s+able\s+to\s+(?:prevent|stop))\b[^.;]{0,200}?\b(?:but\s+)?(?:(?:does|did)\s+not"
    r"|fail(?:s|ed)?\s+to)\s+(?:take\s+(?:reasonable\s+|any\s+|all\s+)?(?:steps?|action|measures?)\s+to\s+)?do\s+so\b"
    # ("who could have prevented the deprivation but did not, is liable"; "who could have
    # prevented a deprivation ... by reasonable action and failed to take it")
    r"|\bcould\s+have\s+(?:prevented|stopped)\b[^.;]{0,160}?\b(?:but|and)\s+(?:(?:does|did)\s+not\b(?!\s+\w+\s+(?:it|the)\b)"
    r"|fail(?:s|ed)?\s+to\s+(?:take\s+it|take\s+(?:such|that)\s+action|act)\b)"
    # "... did not make a reasonable effort to prevent it shall be liable".
    r"|\b(?:(?:does|did)\s+not|fails?\s+to|failed\s+to)\s+make\s+(?:a|any)\s+(?:reasonable\s+)?(?:effort|attempt)\s+to\s+"
    r"(?:prevent|stop|intervene|halt)\b"
    # "... does not attempt to stop it shall be jointly and severally liable".
    r"|\b(?:(?:does|did)\s+not|fails?\s+to)\s+attempt\s+to\s+(?:stop|prevent|intervene)\b"
    # "... who has a reasonable opportunity to intervene but does not, is liable".
    r"|\bopportunity\s+to\s+(?:prevent|stop|intervene)\b[^.;]{0,200}?\bbut\s+(?:does|did)\s+not\b"
    # "... and, having power to prevent or aid in preventing it, neglects or refuses to do so";
    # "... and does not act, within the officer's ability, to halt it"; "who could have
    # prevented ... through reasonable action, and who failed to take that action".
    r"|\b(?:power|ability|opportunity|means)\s+to\s+(?:prevent|stop|halt)\b[^.;]{0,160}?"
    r"\b(?:neglects?|refuses?|omits?|fails?)\s+(?:or\s+(?:neglects?|refuses?|fails?)\s+)?to\s+do\s+so\b"
    r"|\b(?:does|did)\s+not\s+act\b[^.;]{0,60}?\bto\s+(?:halt|stop|prevent)\b"
    r"|\bcould\s+have\s+(?:prevented|stopped|halted)\b[^.;]{0,160}?\band\s+who\s+(?:(?:does|did)\s+not|fail(?:s|ed)?\s+to)\b"
    # "... fails to take reasonable steps to protect the person from another officer's violation"
    r"|\bfail(?:s|ed|ing|ure)?\s+to\s+(?:take\s+(?:reasonable\s+|any\s+)?(?:steps|action|measures)\s+to\s+)?protect\b"
    r"[^.;]{0,40}?\bfrom\s+(?:another|a\s+fellow|any\s+other|other)\s+(?:officer|deputy|trooper)"
)
# "fails to intervene", or "fails to do so" after the duty itself.
FAIL_TO_INTERVENE = compile_pattern(
    # ("A covered officer who fails to so intervene shall be jointly and severally liable")
    r"\bfail(?:s|ed|ing|ure)?\s+(?:so\s+)?to\s+(?:so\s+)?(?:intervene|interpose|do so"
    # "... shall take reasonable measures to stop the deprivation. An officer who fails to take
    # those measures is liable": the duty stated just before, by reference.
    r"|take\s+(?:those|these|such|the)\s+(?:reasonable\s+)?(?:measures|steps|actions?))"
    # "whosoever, being so present, shall neglect or refuse to interpose".
    r"|\b(?:neglect|refuse)s?\s+(?:or\s+(?:neglect|refuse)s?\s+)?to\s+(?:intervene|interpose)\b"
    # "every such member who, being present and having power to prevent the deprivation, neglects
    # or refuses so to do" (the words of 42 U.S.C. 1986)
    r"|\bhaving\s+(?:the\s+)?power\s+to\s+prevent\b[^.;]{0,80}?\b(?:neglect|refuse)s?\s+"
    r"(?:or\s+(?:neglect|refuse)s?\s+)?(?:so\s+to\s+do|to\s+do\s+so)\b"
    # ("Equally liable to the person injured is any law enforcement officer who breaches the duty
    # to intervene under this subsection")
    r"|\bbreach(?:es|ed|ing)?\s+(?:the|this|that|such|its|his|her|a)\s+duty\s+to\s+(?:intervene|interpose|protect"
    r"|prevent|stop)\b"
    # "Breach of this duty is actionable": the duty stated just before.
    r"|\b(?:breach|violation)\s+of\s+(?:this|that|the|such)\s+duty\b[^.;]{0,80}?\b(?:is|shall be)\s+"
    r"(?:a\s+(?:deprivation|violation)\s+of\s+(?:\w+\s+){0,3}?rights?\s+)?(?:actionable"
    r"|a basis for (?:civil )?liability)"
    # "Breach of that duty gives rise to liability under Section 1".
    r"|\b(?:breach|violation)\s+of\s+(?:this|that|the|such)\s+duty\s+(?:gives|shall\s+give)\s+rise\s+to\s+"
    r"(?:civil\s+)?liability\b"
    # "An officer who breaches this duty is liable to the injured person".
    r"|\b(?:breaches|violates|fails\s+to\s+(?:perform|carry\s+out|discharge))\s+(?:this|that|the|such)"
    r"\s+duty\b[^.;]{0,80}?\b(?:is|shall\s+be)\s+(?:jointly\s+(?:and\s+severally\s+)?)?"
    r"(?:liable|actionable)"
)
INCLUDING_FAIL_TO_INTERVENE = compile_pattern(
    # (plain language: "including by failing to step in when another employee does so")
    # ("including a peace officer's failure to intervene")
    # ("including, without limitation, by failing to intervene")
    r"including,?\s+(?:without\s+limitation,?\s+|but\s+not\s+limited\s+to,?\s+)?(?:by\s+|through\s+)?"
    r"(?:(?:a|an|the|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+'s\s+)?)?"
    r"fail(?:s|ed|ing|ure)?\s+to\s+(?:intervene|step\s+in|(?:prevent|stop)\s+(?:the|a|an|another|any|such)\b)"
    # ("including by refraining from preventing another officer's deprivation of a secured right")
    r"|including,?\s+(?:by\s+)?refrain(?:s|ed|ing)?\s+from\s+(?:preventing|stopping|intervening)\b"
    # ("including a deprivation caused by the peace officer's failure to intervene")
    r"|including,?\s+(?:an?|the|any)\s+(?:deprivation|violation|injury|harm)\s+(?:that\s+is\s+|that\s+was\s+)?"
    r"(?:caused|committed|brought\s+about)\s+(?:by|through)\s+(?:(?:a|an|the|its|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[\w-]+'s\s+)?)?fail(?:s|ed|ing|ure)?\s+to\s+(?:intervene|step\s+in|(?:prevent|stop)\s+(?:the|a|an|another"
    r"|any|such)\b)"
    # "by act or omission, including by failing to take reasonable steps to stop another
    # officer's unlawful conduct".
    r"|including,?\s+(?:by\s+|through\s+)?fail(?:s|ed|ing|ure)?\s+to\s+take\s+(?:all\s+|any\s+)?(?:reasonable\s+)?"
    r"(?:steps|action|measures)\s+to\s+(?:stop|prevent|end)"
    # "including an omission to take reasonable steps to stop a fellow officer's unlawful conduct".
    r"|including,?\s+(?:by\s+|through\s+)?(?:an?\s+|the\s+)?omission\s+to\s+(?:take\s+(?:all\s+|any\s+)?"
    r"(?:reasonable\s+)?(?:steps|action|measures)\s+to\s+)?(?:stop|prevent|end|halt|intervene)\b"
    # "whether by the officer's own act or by failing to intervene when another officer ...".
    # ("by committing it or by failing to take reasonable steps to stop another officer from
    # committing it")
    r"|\bor\s+by\s+(?:a\s+|the\s+(?:[\w-]+'s?\s+)?|his\s+or\s+her\s+|its\s+)?fail(?:ing|ure)\s+to\s+"
    r"(?:take\s+(?:all\s+|any\s+)?(?:reasonable\s+)?(?:steps|action|measures)\s+to\s+)?(?:intervene|interpose|prevent|stop)\b"
    # Allowing another's deprivation named beside causing it: "causes or allows the aggrieved
    # party to be deprived of a right", "deprives ..., or allows another to deprive ...".
    # "..., or knowingly allows another officer or employee in his or her presence to do so".
    r"|\b(?:allows?|permits?|allowed|permitted)\s+(?:another(?:\s+\w+){0,9}?\s+to\s+(?:deprive|infringe"
    r"|do\s+so|violate|subject)"
    r"|(?:\w+\s+){1,4}?to\s+be\s+(?:deprived|subjected))"
    # "A claim under section 1 may be based on an officer's own conduct or on the officer's
    # failure to intervene when another officer commits the violation".
    r"|\b(?:based|founded|premised|grounded|rests?|rest)\s+(?:on|upon)\b[^.;]{0,100}?\bfail(?:ing|ure)\s+to\s+"
    r"(?:intervene|prevent|stop)\b"
    # The officer's ways of taking part listed together: "whether the officer personally
    # participated in, directed, or failed to intervene in said deprivation".
    # ("subjects, causes to be subjected, or fails to intervene to prevent another officer from
    # subjecting any person to the deprivation")
    r"|\b(?:participat(?:es|ed|ing)|direct(?:s|ed|ing)|commit(?:s|ted|ting)|caus(?:es|ed|ing)"
    r"|authoriz(?:es|ed|ing)|subject(?:s|ed|ing))(?:\s+in)?,\s+(?:[\w ]{1,30},\s+)?(?:or|and/or)\s+fail(?:s|ed|ing)?\s+to\s+"
    r"(?:intervene|prevent|stop)\b"
    # "or who causes such a deprivation through a failure to intervene in the conduct of another".
    r"|\b(?:through|by\s+means\s+of|by\s+way\s+of)\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+)?(?:failure|omission"
    r"|refusal)\s+to\s+(?:intervene|prevent|stop)\b"
    # "including an omission to intervene when a fellow officer violates a person's rights";
    # "whether by an affirmative act or by an omission to intervene".
    # ("including the omission of an officer to intervene when another officer ...")
    r"|(?:including,?|\bor)\s+(?:by\s+)?(?:an?\s+|the\s+)?(?:omission|failure|refusal|neglect)(?:\s+of\s+(?:an?|the"
    r"|any)\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|deputy|person))?\s+to\s+(?:intervene|interpose)"
    # "an officer violates a person's rights if the officer commits the violation or fails to
    # intervene to prevent another officer from committing it".
    r"|\bviolates?\b[^.;]{0,80}?\b(?:if|when)\b[^.;]{0,80}?\bor\s+fails?\s+to\s+(?:intervene|prevent|stop)\b"
    # Plain words for it: "including by standing by and doing nothing to stop it", "or stands
    # idly by while another officer does so".
    r"|\b(?:including\s+(?:by\s+)?|or\s+(?:by\s+)?)(?:standing|stands?|stood)\s+(?:idly\s+)?by\b"
    # "An officer who, by omission, aids or abets another officer's deprivation ... is liable".
    r"|\bby\s+(?:an?\s+|(?:his|her|their|its)\s+(?:own\s+)?)?omission,?\s+(?:aids?|abets?|assists?|facilitates?)\b"
    # Other plain words for it: "including by remaining passive while another officer carries
    # out the deprivation", "including through the officer's inaction in the face of another
    # officer's deprivation", "including by being present and doing nothing while ...", "or by
    # the officer's omission to stop another peace officer", "one brought about by a law
    # enforcement officer who stood by while another ...".
    r"|\b(?:including|or)\s+(?:by|through)\s+(?:(?:the|an?|its|his|her)\s+(?:[\w-]+'s\s+)?)?(?:remaining\s+passive"
    r"|passivity|inaction|being\s+present\s+and\s+doing\s+nothing|omission\s+to\s+(?:stop|prevent|halt))\b"
    r"|\bwho\s+(?:stood|stands?)\s+(?:idly\s+)?by\s+while\s+another\b"
    # ("a peace officer causes a deprivation when the officer stands by without acting although
    # the officer could have prevented a fellow officer from committing it")
    r"|\b(?:stands?|stood|standing)\s+(?:idly\s+)?by\s+without\s+(?:acting|intervening|taking\s+(?:any\s+)?action)\b"
    # ("or who knowingly permits such a deprivation by another public official in the public
    # official's presence when able to prevent it")
    r"|\b(?:permits?|allows?|permitted|allowed)\s+(?:such\s+(?:an?\s+)?|the\s+|an?\s+)?deprivation\s+by\s+another\b"
    # "..., and any officer who aids or acquiesces in the deprivation, shall be liable".
    r"|\bwho\s+(?:(?:aids|assists|abets)\s+or\s+)?acquiesc(?:es|ed|e)\s+in\b"
    # A second subject of the claim's own sentence: "... deprives a person of a right ..., or who,
    # being present, took no step to stop another law enforcement officer from doing so, shall be
    # liable".
    r"|\bor\s+who(?:,\s*[^,;.]{1,40},)?\s+(?:took|takes?)\s+no\s+(?:reasonable\s+)?(?:steps?|action|measures?)\s+to\s+"
    r"(?:stop|prevent|halt)\b"
)

# Literals one of which every match of INCLUDING_FAIL_TO_INTERVENE holds (a test checks it).
INCLUDING_FAIL_TO_INTERVENE_GATE = (
    *("passiv", "inaction", "doing nothing", "acquiesc", "took no", "takes no", "take no"),
    "refrain",
    "fail",
    "allow",
    "permit",
    "omission",
    "refusal",
    "neglect",
    "stand",
    "stood",
)

# Causing the deprivation defined to take in the failure to intervene: '"Causes to be
# deprived" includes the failure of a peace officer to intervene to prevent another ...' (one
# way of causing it, not a duty of its own).
CAUSING_INCLUDES_FAILURE = compile_pattern(
    # ("A deprivation under this section includes a law enforcement officer's failure to intervene")
    r"\b(?:caus|depriv)\w*(?:\s+to\s+be\s+(?:deprived|subjected))?[\"”']?"
    r"(?:\s+(?:under|within|for\s+purposes\s+of)\s+this\s+(?:section|act|chapter|article|subsection))?"
    r"\s+(?:includes|means|shall\s+include)\b"
    r"[^.;]{0,80}?\bfail(?:s|ed|ing|ure)\b[^.;]{0,60}?\bto\s+(?:intervene|prevent|stop)\b"
    # "A deprivation is caused by an officer ... when it results from the officer's acts or
    # from the officer's failure to intervene while present".
    r"|\b(?:is|are|shall\s+be)\s+caused\b[^.;]{0,120}?\b(?:when|if|where)\b[^.;]{0,120}?"
    r"\bfail(?:s|ed|ing|ure)\b[^.;]{0,40}?\bto\s+(?:intervene|prevent|stop)\b"
    # "A law enforcement officer interferes with rights within the meaning of subsection (b) by,
    # among other acts, failing to intervene when ...".
    r"|\b(?:interferes?|deprives?)\b[^.;]{0,80}?\bwithin\s+the\s+meaning\s+of\b[^.;]{0,60}?\bby,?\s+"
    r"(?:among\s+other\s+(?:acts|things|means),?\s+)?fail(?:s|ing|ure)\s+to\s+(?:intervene|step\s+in)\b"
)
# A bystander made a cause of the wrong: "An officer who is present and fails to take reasonable
# action to prevent the deprivation shall be deemed to have caused it".
DEEMED_TO_HAVE_CAUSED = compile_pattern(
    r"\b(?:is|shall\s+be)\s+(?:deemed|considered|treated\s+as\s+having|regarded\s+as\s+having)\s+"
    r"(?:to\s+have\s+)?(?:caused|committed|participated\s+in|subjected)\b"
)
# Paid out of a fund: "Any judgment or settlement against a peace officer under this section
# shall be paid from the risk management fund of the political subdivision that employs the
# officer"; "the fund shall pay each such judgment and settlement in full". (Part of INDEMNITY,
# and read on its own where the payer is a fund rather than an employer.)
PAID_FROM_A_FUND_SOURCE = (
    r"\b(?:judgment|judgement|settlement)s?\b[^.;]{0,160}?\b(?:shall|must)\s+be\s+paid\s+(?:in\s+full\s+)?(?:from|out\s+of)\s+"
    r"(?:the|a|its|their|that|such|said|this)\s+(?:[\w-]+\s+){0,3}?(?:fund|pool|account|appropriation)\b"
    r"|\b(?:fund|pool|trust|surety|insurer)\s+(?:shall|must)\s+pay\s+(?:each|every|any|all|the|a)\s+(?:such\s+)?"
    r"(?:judgment|judgement|settlement)s?\b"
    # ("Payment of any judgment or settlement ... against a peace officer employed by the state
    # shall be made from the liability account established in RCW 4.92.130")
    # (of judgments against the officers, not the public body's own: "Payment of a judgment
    # pursuant to this section shall be made from the public liability fund")
    r"|\bpayment\s+of\s+(?:any|each|every|all|the|a)\s+(?:final\s+)?(?:judgment|judgement|settlement)s?\b[^.;]{0,120}?"
    r"\bagainst\s+(?:an?|any|the|each)\s+(?:[\w-]+\s+){0,2}?(?:officers?|employees?|deput(?:y|ies)|troopers?)\b"
    r"[^.;]{0,120}?\b(?:shall|must)\s+be\s+made\s+(?:from|out\s+of)\s+(?:the|a|its|their|that|such|said|this)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:fund|pool|account|appropriation|treasury)\b"
)
INDEMNITY = compile_pattern(
    # A warrant drawn for the award: "the treasurer ... shall draw a warrant for the full amount
    # of the judgment or settlement, payable to the judgment creditor".
    # ("shall draw a warrant on the treasury for the full amount thereof")
    r"\b(?:shall|must)\s+draw\s+(?:a\s+)?warrants?\s+(?:on\s+(?:the|its)\s+[\w-]+\s+)?(?:for|in)\s+(?:the\s+)?"
    r"(?:full\s+|entire\s+|whole\s+)?(?:amount|sum)\s+(?:thereof|of\s+(?:the|any|each|such)\s+(?:final\s+)?"
    r"(?:judgment|judgement|settlement|award))|"
    r"indemnif|satisf(?:y|ied|action) (?:in full )?(?:of )?(?:the |any |a |each |every )?(?:entire |whole |full )?"
    # ("shall satisfy the totality of any judgment")
    r"(?:(?:totality|entirety|whole|full amount) of (?:the |any |a |each |every )?)?(?:final )?(?:judgment|judgement"
    r"|award)"
    # "The officer's employer shall provide full indemnity for any judgment".
    r"|\b(?:provide|give|furnish|owe)s?\s+(?:full\s+|complete\s+)?indemnity\b"
    r"|satisf\w* (?:the )?(?:full|entire|whole) amount"
    # ("The District shall satisfy in full, from the General Fund of the District of Columbia,
    # any judgment or settlement under this section")
    r"|\bsatisfy\s+in\s+full,\s+(?:from|out\s+of)\s+[^,.;]{1,120},\s+(?:the\s+|any\s+|each\s+|every\s+)?(?:final\s+)?"
    r"(?:judgment|judgement|settlement|award)"
    # "The employing agency shall discharge the whole of any judgment or settlement".
    r"|\b(?:shall|must)\s+discharge\s+the\s+(?:whole|entirety|full\s+amount|entire\s+amount)\s+of\s+(?:the\s+|any\s+|a\s+"
    r"|each\s+|every\s+)?(?:final\s+)?(?:judgment|judgement|settlement|award)"
    # "any part of a judgment ... under this section ...: the public body ... shall satisfy it in
    # full".
    r"|(?:judgment|judgement|settlement)s?\b[^.]{0,220}?\b(?:shall|must)\s+(?:satisfy|pay)\s+(?:it|them)\s+in\s+full\b"
    r"|(?:judgment|judgement|settlement)s?[^.]{0,220}?\b(?:satisfied|paid)\s+(?:in\s+(?:full|its\s+entirety)"
    # (or before a list of payers: "shall be paid in full: (a) from the insurance fund ...")
    r"(?:\s*:\s*(?:\(\w{1,3}\)\s*)?|\s+))?(?:by"
    # ("... must be satisfied in full from the self-insurance reserve fund of the state agency or
    # political subdivision that employs the peace officer"; not the officer's own assets)
    r"|from\s+(?!(?:the\s+|his\s+|her\s+|their\s+)?(?:officer|employee|defendant|personal)\w*)"
    r"(?=[^.;]{0,120}?\b(?:fund|insurance|coverage|treasury|appropriation|account|reserve|pool)\b))"
    # The damages named as what is paid: "Compensatory damages awarded under this chapter shall be
    # paid by the state on behalf of the employee".
    r"|\bdamages\s+(?:awarded|recovered|assessed)\b[^.;]{0,120}?\b(?:shall|must)\s+be\s+paid\s+by\s+the\s+"
    r"(?:state|commonwealth|county|city|municipality|employer|employing\s+\w+|public\s+(?:body|entity|employer)"
    r"|political\s+subdivision|agency)\b"
    # "A judgment against an employee under this section is an obligation of the employing
    # agency", "It shall be the obligation of the employing agency to hold the officer harmless".
    r"|\b(?:judgment|judgement|settlement)s?\b[^.;]{0,160}?\b(?:is|are|shall\s+be)\s+(?:an?\s+|the\s+)?"
    r"obligations?\s+of\s+the\b"
    # "Any judgment ... shall be a charge against the public body that employs said officer".
    r"|\b(?:judgment|judgement|settlement)s?\b[^.;]{0,160}?\b(?:is|are|shall\s+be)\s+(?:an?\s+)?"
    r"(?:charges?|debts?|liabilit(?:y|ies))\s+(?:against|upon|on|of)\s+the\b"
    r"|payments? for the full amount"
    # "Nothing in this section relieves a public employer of its duty to pay, in full, any
    # judgment": the duty stated by denying a release from it.
    r"|\b(?:nothing|no\s+provision)\b[^.;]{0,80}?\breliev\w*\s+(?:[\w-]+\s+){1,4}?of\s+(?:its|their|the|any)\s+"
    r"(?:duty|obligation)\s+to\s+(?:pay|satisfy|indemnify)\b"
    # The payer backing the officer's share: "If the officer does not pay that portion within
    # ninety days, the public body shall satisfy it".
    # ("If the police officer has not paid the officer's share within 90 days after the judgment
    # becomes final, the employer shall pay that share")
    r"|\b(?:(?:does|did)\s+not\s+pay|(?:has|have)\s+not\s+paid)\b[^.;]{0,120}?\b(?:shall|must)\s+(?:satisfy|pay)\s+"
    r"(?:it|that\s+(?:portion|share|amount))\b"
    # "It is the obligation of the employing municipality to satisfy in full every judgment".
    r"|\bobligation\s+of\s+the\s+(?:[\w-]+\s+){0,3}?to\s+(?:satisfy|pay)\b"
    # ("is required to pay the full amount of any judgment or settlement against the employee")
    # ("... and shall itself pay any part of a judgment ... that the insurer or pool does not pay")
    r"|\b(?:shall|must|(?:is|are)\s+required\s+to)\s+(?:also\s+|itself\s+|assume\s+and\s+)?pay\b[^.]{0,80}?\b(?:judgment|judgement"
    r"|settlement|award)(?:s|ed)?\b"
    # "The employer shall bear the entire cost of any judgment"; "The employing agency bears the
    # cost of any judgment or settlement in full".
    r"|\b(?:(?:shall|must|(?:is|are)\s+required\s+to)\s+bear|bears)\s+(?:the\s+)?(?:entire\s+|full\s+|whole\s+)?"
    r"(?:cost|amount)\s+of\s+(?:any|each|every|the|a)\s+(?:final\s+)?(?:judgment|judgement|settlement|award)"
    # "Of any judgment entered against an officer under section 1, the employer shall pay ninety
    # percent": the judgment named first.
    r"|\b(?:of|from)\s+(?:any|each|every|a|the)\s+(?:final\s+)?(?:judgment|judgement|award)s?\b[^.;]{0,120}?,\s*"
    r"the\s+(?:[\w-]+\s+){0,2}?(?:employer|state|county|city|agency|entity|subdivision|municipality)\s+"
    r"(?:shall|must)\s+pay\b"
    # "shall pay, directly, through its insurer or through a risk pool, the full amount of any
    # judgment": the means set off by commas between the verb and what is paid.
    r"|\b(?:shall|must)\s+pay\s*,(?:[^,.;]{1,80},){1,3}\s*[^,.;]{0,60}?\b(?:judgment|judgement|settlement"
    r"|award)(?:s|ed)?\b"
    # "shall, directly or through its insurer or risk pool, pay the whole of any judgment".
    r"|\b(?:shall|must),\s[^,.;]{1,80},\s*pay\b[^.]{0,80}?\b(?:judgment|judgement|settlement|award)"
    r"(?:s|ed)?\b"
    # A public payer of damages: "the state shall pay actual, but not punitive, damages", "the
    # local government that employs a defendant shall pay the damages".
    r"|\b(?:state|employer|entity|subdivision|county|city|municipality|agency|government)\s+"
    r"(?:(?:that|which)\s+employs\s+(?:\w+\s+){1,3}?|employing\s+(?:\w+\s+){1,3}?)?(?:shall|must)\s+pay\b"
    r"[^.]{0,80}?\bdamages\b"
    # "The employing agency is answerable for the whole of any judgment under this section".
    # ("shall be responsible for payment of the entire amount of any judgment")
    r"|\b(?:answerable|responsible)\s+for\s+(?:(?:the\s+)?(?:whole|entirety|(?:full|entire)\s+amount|payment)\s+of\s+)"
    r"{0,2}(?:any|a|the|each|every|all)\s+(?:final\s+)?(?:judgment|judgement|award)s?\b"
    # A payer answerable for judgments entered against its people: "a local government shall be
    # liable for any judgment against its employee".
    r"|\bliable for (?:any|a|the|all|each|every) (?:final )?(?:judgment|judgement)s? (?:\w+ ){0,3}?"
    r"against (?:its|an?|the|any|such|each) (?:\w+ )?(?:employee|officer|official|agent|deput|defendant)"
    # "The employing agency is liable for any judgment under this section": the judgments of
    # the bill's own claim.
    r"|\bliable(?:,\s+jointly[^,.;]{0,80},)?\s+for\s+(?:any|a|the|all|each|every)\s+(?:final\s+)?(?:judgment"
    r"|judgement)s?\s+(?:entered\s+)?(?:under|pursuant\s+to)\s+this\s+(?:section|subsection|act|chapter|subchapter"
    r"|article|part)\b"
    # The payer of what the officer does not pay: "the employing entity shall pay the remainder".
    r"|\b(?:shall|must)\s+(?:pay|satisfy)\s+the\s+(?:remainder|balance|rest)\b"
    # "shall assume the liability to the extent that it shall save harmless, any ... officer".
    r"|\b(?:save|hold)s?\s+harmless\b"
    # "to hold the officer harmless from ... any judgment".
    r"|\b(?:save|hold)s?\s+(?:the|an?|its|such|any)\s+(?:[\w-]+\s+){0,2}?harmless\b"
    # Paid out of a fund (see PAID_FROM_A_FUND_SOURCE).
    + r"|"
    + PAID_FROM_A_FUND_SOURCE
    +
    # A budget line as the payer: "Every judgment ... under this Act shall be charged to the
    # appropriation of the employing public body".
    r"|\b(?:judgment|judgement|settlement)s?\b[^.;]{0,160}?\b(?:shall|must)\s+be\s+charged\s+(?:to|against|upon)\s+"
    r"(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:appropriations?|budgets?|accounts?|funds?)\b"
    # Insurance or a bond that answers for the judgments: "a policy of insurance that pays the
    # entire amount of any judgment", "The bond of the sheriff shall answer for any judgment".
    r"|\b(?:insurance|policy|bond|surety|coverage)\b[^.;]{0,160}?\b(?:pays?|answers?\s+for|covers?)\s+"
    r"(?:the\s+(?:entire|full|whole)\s+amount\s+of\s+)?(?:any\s+|each\s+|every\s+|all\s+|the\s+|a\s+)?(?:final\s+)?"
    r"(?:judgment|judgement|settlement)s?\b"
    r"|\bbond\b[^.;]{0,120}?\bpayable\s+to\s+(?:any|the|a|each)\s+(?:person|plaintiff|claimant|judgment\s+creditor)"
    # "shall make the plaintiff whole by paying any judgment", "shall appropriate and pay the
    # full amount of any judgment"; "A judgment ... is enforceable against the treasury of the
    # public body".
    r"|\b(?:shall|must)\s+make\s+(?:the\s+)?(?:plaintiff|claimant|injured\s+(?:person|party)|victim)\s+whole\b"
    r"|\b(?:shall|must)\s+appropriate\s+and\s+pay\b[^.]{0,80}?\b(?:judgment|judgement|settlement|award)s?\b"
    r"|\b(?:judgment|judgement|award)s?\b[^.;]{0,120}?\b(?:is|are|shall\s+be)\s+enforceable\s+against\s+the\s+"
    r"(?:treasury|general\s+fund|funds?)\b"
    # "A local public entity is empowered and directed to pay any tort judgment".
    r"|\b(?:is|are)\s+(?:empowered\s+and\s+)?(?:directed|obligated|bound)\s+to\s+pay\s+(?:any|each|every|all|the|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:judgment|judgement|settlement)s?\b"
    # The judgment declared a debt, then the payer bound to it: "shall satisfy the debt in full".
    r"|\b(?:shall|must)\s+(?:satisfy|discharge)\s+(?:the|that|such|this)\s+(?:debt|obligation)\b"
)
INDEMNITY_GATE = (
    *("indemnif", "satisf", "paid by", "full amount", "liable for", "liable,", "pay the"),
    "indemnity",
    *("paid from", "paid in full from", "paid out of", "fund shall pay", "pool shall pay"),
    *("be made from", "be made out of"),
    *("charged to", "charged against", "charged upon", "insurance", "policy", "bond", "surety"),
    *("directed to pay", "obligated to pay", "bound to pay", "whole", "appropriate and pay"),
    "enforceable against",
    "draw a warrant",
    "draw warrant",
    "coverage",
    "payable to",
    "discharge the",
    *("save harmless", "saves harmless", "hold harmless", "holds harmless"),
    *("shall pay", "must pay", "shall also pay", "must also pay", "answerable", "responsible for"),
    "assume and pay",
    *("required to pay", "required to also pay", "bear the", "bear entire", "bear full"),
    *("bears the", "bears entire", "bears full"),
    *("paid in", "obligation", "harmless", ", pay", "reliev"),
)
# A section that rules on a claim another section creates, naming officers as the ones sued
# or found liable under it: "In an action under this section against a peace officer, the
# court shall award ...", "A peace officer found liable under this section shall pay ...".
_SUED_PERSON = r"(?:officers?|employees?|officials?|deput(?:y|ies)|troopers?|sheriffs?|constables?)"
_THIS_UNIT = r"this\s+(?:section|subsection|chapter|subchapter|article|act|part)\b"
ACTION_UNDER_THIS_AGAINST_OFFICER = compile_pattern(
    r"\bagainst\s+(?:a|an|the|any|its|that|such)\s+(?:[\w-]+\s+){0,3}?"
    + _SUED_PERSON
    + r"\b[^.;]{0,60}?\b(?:under|pursuant\s+to)\s+"
    + _THIS_UNIT
    + r"|\b(?:under|pursuant\s+to)\s+"
    + _THIS_UNIT
    # (not across a colon: "not excepted from disclosure under this chapter: (1) a complaint
    # against a peace officer")
    + r"[^.;:]{0,30}?\bagainst\s+(?:a|an|the|any"
    r"|its|that|such)\s+(?:[\w-]+\s+){0,3}?" + _SUED_PERSON + r"\b"
    r"|\b" + _SUED_PERSON + r"\b[^.;]{0,40}?\b(?:found|held|adjudged|determined\s+to\s+be)\s+"
    r"liable\s+(?:[\w-]+\s+){0,4}?(?:under|pursuant\s+to)\s+"
    + _THIS_UNIT
    # "Upon a final judgment against a peace officer under this section", "a judgment that a
    # peace officer violated a person's rights under this section".
    + r"|\bjudgments?\s+(?:against|that)\s+(?:a|an|the|any|its)\s+(?:[\w-]+\s+){0,3}?"
    + _SUED_PERSON
    + r"\b[^.;]{0,80}?\b(?:under|pursuant\s+to)\s+"
    + _THIS_UNIT
    # "indemnify its law enforcement officer for a judgment under this section".
    + r"|\b"
    + _SUED_PERSON
    + r"\b[^.;]{0,60}?\b(?:for|of|toward|towards)\s+(?:a|an|any|each|every|the)\s+"
    r"(?:final\s+)?(?:judgments?|settlements?|awards?)\s+(?:entered\s+|rendered\s+)?(?:under|pursuant\s+to)\s+"
    + _THIS_UNIT
)
ACTION_UNDER_THIS_GATE = ("under this", "pursuant to this")
# Claims that lie against the public body alone: it answers for the whole award itself.
CLAIMS_AGAINST_PUBLIC_BODY_ONLY = compile_pattern(
    r"\b(?:brought|filed|maintained|asserted)\s+(?:exclusively|only|solely)\s+against\s+(?:a|an|the)"
    r"\s+(?:public (?:body|entity|employer)|governmental (?:entity|unit)|political subdivision"
    r"|employ(?:er|ing (?:agency|entity))|state)\b"
    # ("An action under the act shall be brought against the public body only.")
    r"|\b(?:brought|filed|maintained|asserted)\s+against\s+(?:a|an|the)\s+(?:public (?:body|entity|employer)"
    r"|governmental (?:entity|unit)|political subdivision|employ(?:er|ing (?:agency|entity)))"
    r"\s+(?:only|alone|exclusively)\b"
    # ("An action under this section shall be brought against the state, which is liable for the
    # whole of any damages awarded.")
    r"|\b(?:shall|must)\s+be\s+(?:brought|filed|maintained)\s+against\s+(?:a|an|the)\s+(?:public (?:body|entity"
    r"|employer)|governmental (?:entity|unit)|political subdivision|employ(?:er|ing (?:agency|entity))|state)"
    r",\s+which\s+(?:is|shall\s+be)\s+liable\b"
)
# An indemnity clause counts only when it protects public officers or employees.
INDEMNIFIED_OFFICER = compile_pattern(
    # ("shall indemnify the state actor", a class the bill defines)
    r"officers?|employees?|officials?|deput(?:y|ies)|sheriffs?|troopers?|police|agents? of"
    r"|\b(?:state|governmental|government|public)\s+actors?\b"
    # ("The special district shall indemnify its personnel")
    r"|\b(?:its|their)\s+personnel\b"
    # ("shall indemnify a person acting on its behalf": the public body's own actors)
    r"|persons?\s+acting\s+on\s+(?:its|their)\s+behalf"
    # ("a judgment ... against a person acting on behalf of, under color of or within the scope
    # of the authority of the public body")
    r"|\b(?:persons?|individuals?)\s+acting\s+(?:on\s+behalf\s+of|under\s+colou?r\s+of)\b"
)
# A claim for equitable relief only: "an action for declaratory or injunctive relief".
EQUITABLE_RELIEF_ONLY = compile_pattern(
    # ("an action against a peace officer for declaratory or injunctive relief")
    r"\baction\s+(?:against\s+[^.;]{1,80}?\s+)?(?:for|seeking)\s+(?:prospective\s+|temporary\s+|preliminary\s+)?(?:declaratory"
    r"|injunctive|equitable)(?:\s+(?:or|and|and/or)\s+(?:declaratory|injunctive|equitable))?\s+relief\b"
)
# "The remedies with respect to a claim under this section are limited to injunctive and
# declaratory relief": damages taken away from the claim.
REMEDIES_LIMITED = compile_pattern(
    # ("The remedy in any civil action or administrative proceeding undertaken pursuant to this
    # section shall be limited to ...")
    r"\b(?:remed(?:y|ies)|relief)\b[^.;]{0,160}?\b(?:are|is|shall be)\s+limited\s+to\s+"
    r"(?:prospective\s+)?(?:declaratory|injunctive|equitable)"
)
# A definition of officers that ends with every arresting agency: "(v) any other agency of the
# Commonwealth or a locality that is authorized by law to make arrests".
ANY_ARRESTING_AGENCY = compile_pattern(
    r"\bany other (?:law[ -]enforcement )?agenc(?:y|ies)\b[^.;]{0,80}?\bauthori[sz]ed\s+(?:by law\s+)?"
    r"to make arrests|\bevery law[ -]enforcement agency\b"
    # "... of a sheriff's office or of any other agency that employs peace officers".
    r"|\b(?:every|any|all)\s+other\s+(?:persons?|officers?|individuals?)\s+(?:certified|licensed|commissioned)\b"
    r"|\bany other (?:law[ -]enforcement )?agenc(?:y|ies)\s+(?:that|which)\s+employs?\s+(?:peace|police"
    r"|law[ -]enforcement)\s+officers\b"
    # A list of police agencies that ends "or of any other agency" (what follows is cut off).
    r"|\b(?:police|sheriff)[^.;]{0,120}?\bor\s+(?:of\s+)?any\s+other\s+(?:law[ -]enforcement\s+|police\s+)?"
    r"agenc(?:y|ies)\s*$"
)
# An immunity from personal liability for public officers: "No law enforcement officer shall be
# personally liable for any judgment ...", "an employee ... is not personally liable".
PERSONAL_LIABILITY_IMMUNITY = compile_pattern(
    r"\b(?:no|neither)\b[^.;]{0,100}?\b(?:officers?|employees?|officials?|deput(?:y|ies)|troopers?)\b"
    r"[^.;]{0,60}?\b(?:shall|may|is|are)\s+(?:be\s+)?(?:held\s+)?personally\s+liable"
    r"|\b(?:officers?|employees?|officials?|deput(?:y|ies)|troopers?)\b[^.;]{0,80}?\b(?:shall|is|are)\s+"
    r"not\s+(?:be\s+)?(?:held\s+)?personally\s+liable"
)
# Claims of some other kind that a cap on public liability may be written for: a cap for them
# says nothing about officers' liability ("an action for child sexual abuse", "medical
# malpractice", "a motor vehicle accident").
OTHER_CLAIMS_SETTING = compile_pattern(
    r"child sexual abuse|sexual abuse|medical (?:malpractice|negligence)|health care provider"
    r"|motor vehicle|motor-driven vehicle|school bus|wrongful conviction|\bstudents?\b|\bteachers?\b"
    r"|wrongful(?:ly)?\s+(?:imprison|incarcerat|convict)\w*|\bexonerat\w*"
    # A board of claims for negligence ("negligence claims for the negligent performance of
    # ministerial acts", "all awards arising from a single act of negligence").
    r"|\bnegligence\s+claims?\b|\bnegligent\s+performance\b|\bacts?\s+of\s+negligence\b"
    # ("for a claim for negligence under the State Tort Claims Act")
    r"|\bclaims?\s+(?:for|of|based\s+(?:up)?on)\s+negligence\b"
    # Crime victims' compensation ("The total of all awards for a single crime may not exceed").
    r"|\bawards?\s+for\s+(?:a|any|each)\s+single\s+crime\b|\bfuneral\s+expenses\b"
    r"|\bcrime\s+victims?'?\s+(?:compensation|reparations?)\b"
    # Medical care at public hospitals; injuries on public property or in recreation.
    r"|\bmedical\s+care\b|\bhospitals?\b|\brecreational\b|\bcondition\s+of\s+(?:any\s+)?public\s+property\b"
    r"|\bdangerous\s+condition\b"
    # Roads and their defects ("a claim for wrongful death arising from a defect in a highway").
    r"|\b(?:highways?|roads?|roadways?|streets?|sidewalks?|bridges?|potholes?)\b[^.;]{0,60}?\bdefects?\b"
    r"|\bdefects?\b[^.;]{0,60}?\b(?:highways?|roads?|roadways?|streets?|sidewalks?|bridges?)\b"
)
# A personal share owed only on a finding of culpable conduct ("if the trier of fact finds by
# clear and convincing evidence that the defendant intentionally, knowingly, or recklessly
# disregarded ..., then: the defendant shall be personally liable"): narrow, since most
# violations are not so found.
# A share that is only what the employer's indemnity, its insurance or a fund leaves unpaid:
# "Any portion of a judgment that exceeds those limits shall remain the personal obligation of
# the officer"; "... remains liable for any part of the judgment not paid by the fund".
SHARE_ONLY_OF_THE_EXCESS = compile_pattern(
    r"\b(?:portion|part|amount|balance|remainder)\s+(?:of\s+(?:a|the|any|such)\s+(?:judgment|judgement|award"
    r"|settlement)s?\s+)?(?:that\s+|which\s+)?(?:is\s+|are\s+)?(?:exceeds?|in\s+excess\s+of|above|beyond"
    # (not the officer's own unpaid part, which a payer takes over: "the employer shall pay any
    # portion of the judgment that is not paid by the defendant")
    r"|not\s+(?:paid|covered|satisfied|indemnified)\s+(?:by|from|out\s+of)\b(?!\s+(?:the\s+|such\s+|that\s+)?"
    r"(?:(?:law\s+enforcement\s+|peace\s+|police\s+)?officer|defendant|employee|deputy|trooper)s?\b))\b"
    # ("The employee shall remain personally liable for any balance")
    r"|\b(?:remains?|remain)\s+(?:personally\s+)?liable\s+for\s+(?:any|the)\s+(?:unpaid\s+)?(?:balance|remainder)\b"
)
SHARE_ONLY_ON_CULPABILITY = compile_pattern(
    # (not a finding of bad faith: the rubric's own example of a share, Colorado's, applies when
    # the employer finds the officer "did not act upon a good faith and reasonable belief")
    r"\b(?:if|when|whenever|where|upon|on)\b[^.;]{0,60}?\b(?:finds?|found|finding|determines?"
    r"|determined|determination|adjudged)\b[^.;]{0,140}?\b(?:malic\w*|will?ful\w*"
    r"|wanton\w*|reckless\w*|intentional\w*|knowing(?:ly)?|gross(?:ly)? negligen\w*|corrupt\w*)"
    # "but if the officer has been convicted of a crime arising from the same conduct, the
    # officer shall personally pay ten percent".
    r"|\b(?:if|when|where|upon)\b[^.;]{0,40}?\b(?:has\s+been|is|was)\s+convicted\b"
    # "A covered officer who is convicted of a crime arising from the same conduct ... shall
    # reimburse the employer for five percent".
    r"|\b(?:who|that)\s+(?:has\s+been|is|was)\s+convicted\b"
    # A share the employer may excuse: "unless the employer, in its discretion, waives the
    # contribution".
    r"|\bunless\b[^.;]{0,80}?\b(?:waives?|excuses?|forgives?|remits?)\b"
    # "An official who acted with malice shall reimburse ...", "if the officer acted in bad faith".
    r"|\b(?:who|that|if|when|where)\b[^.;]{0,40}?\b(?:acted|acts|has\s+acted)\s+(?:with\s+(?:actual\s+)?malice"
    r"|maliciously|will?fully|wantonly|recklessly|intentionally|corruptly)"
    # (not "which the agency may not waive")
    r"|\bmay,?\s+(?!not\b)(?:[\w-]+,?\s+){0,4}?(?:waive|excuse|forgive|remit)\b"
    # "An employee whose conduct is found to have been willful shall contribute ...".
    r"|\bwhose\s+(?:conduct|acts?|actions?)\s+(?:is|are|was|were|has\s+been)\s+(?:found|determined|adjudged)\b"
    r"[^.;]{0,60}?\b(?:malic\w*|will?ful\w*|wanton\w*|reckless\w*|intentional\w*|corrupt\w*)"
)
# A fee award made mandatory only in some actions: "in which the plaintiff recovers more than
# nominal damages, the court shall award ...".
FEES_FOR_SOME_CLAIMS = compile_pattern(
    r"\b(?:in which|where|if|when|who|that)\b[^.;]{0,60}?\b(?:recovers?|obtains?|wins?|is\s+awarded)\s+"
    r"more\s+than\s+nominal\b"
    # "..., except where the plaintiff recovers only nominal damages".
    r"|\bexcept\s+(?:where|when|if|in\s+which)\b[^.;]{0,40}?\brecovers?\s+only\s+nominal\b"
    # "to a plaintiff who obtains an injunction or declaratory judgment": not for damages.
    # "In an action under this section in which the court grants declaratory or injunctive
    # relief, the court shall award ...".
    # (or "If the court grants declaratory or injunctive relief to a claimant ...")
    r"|\b(?:in\s+which|if|when|where)\s+(?:the\s+)?court\s+(?:grants|awards|orders|enters)\s+(?:only\s+)?"
    r"(?:declaratory|injunctive|equitable)"
    r"|\b(?:who|which|that|in\s+which\s+the\s+(?:plaintiff|claimant)"
    r"|(?:if|when|where)\s+(?:a|the)\s+(?:plaintiff|claimant))\s+obtains?\s+(?:an?\s+)?"
    r"(?:injunction|injunctive|declaratory|equitable)"
    # "Where the plaintiff ... proves an unreasonable seizure of the plaintiff's person": for
    # one kind of violation (not "if the plaintiff prevails").
    r"|^(?:\s*\(?[a-z0-9]{1,4}[)_]\s*)*(?:where|if|when)\s+the\s+plaintiff\b[^,;]{0,100}?"
    r"\bproves?\s+(?:an?|the)\s"
    # "shall award ... fees ..., except that if the plaintiff was convicted of an offense arising
    # from the same search, the court may award them": discretionary for some plaintiffs.
    r"|\b(?:except|unless|provided,?\s+however)\b[^.;]{0,200}?\bmay\s+(?:\w+\s+){0,2}?"
    r"(?:award|deny|decline|reduce|refuse)\b"
    # "... to a prevailing plaintiff in an action arising from the use of deadly force", "in an
    # action under this section arising out of the use of force", "in an action ... that arises
    # from the use of force": mandatory for one kind of wrong only.
    r"|\b(?:actions?|claims?)\b[^.;]{0,60}?\b(?:(?:that|which)\s+)?(?:aris(?:es|ing)\s+(?:from|out\s+of)"
    r"|based\s+on|for)\s+(?:the\s+|an?\s+)?(?:use\s+of\s+(?:(?:deadly|excessive|physical|lethal)\s+)?"
    r"force|(?:excessive|deadly)\s+force|unlawful\s+(?:search|seizure|arrest))"
    # Fees only where the officer is found culpable: "If the trier of fact finds that the
    # officer's conduct was willful, the court shall award ...".
    r"|^(?:\s*(?:sec(?:tion)?_?\s*[\w-]{1,8}[_.:]?|\(?[a-z0-9]{1,4}[)_]))*\s*(?:if|when|where)\b[^,;]{0,120}?"
    r"\b(?:will?ful\w*|malic\w*|intentional\w*|reckless\w*|in\s+bad\s+faith)[^;]{0,60}?,"
    # "... in an action under section 1 in which injunctive or declaratory relief is granted".
    r"|\bin\s+which\s+(?:injunctive|declaratory|equitable)\b[^.;]{0,40}?\b(?:is|are)\s+granted\b"
    # A threshold the judgment must pass: "only if the judgment exceeds ten thousand dollars".
    r"|\bonly\s+(?:if|when|where)\b[^.;]{0,80}?\b(?:exceeds?|more\s+than|at\s+least|greater\s+than)\b"
    # Some winners left out: "except that no fees shall be awarded where the plaintiff recovers
    # only nominal damages", "and shall not award fees on any other claim".
    r"|\b(?:except|unless|provided)\b[^.;]{0,120}?\bno\s+(?:attorney'?s?'?\s+)?fees?\s+(?:shall|may)\s+"
    r"be\s+(?:awarded|allowed|recovered)"
    r"|\bshall\s+not\s+(?:award|allow)\s+(?:\w+\s+){0,3}?(?:on|in|for)\s+any\s+other\s+(?:claim|action)"
)
# A ceiling on a fee award other than a sum: "no more than one-third of the damages", "at an
# hourly rate not greater than the rate paid to appointed counsel".
FEE_LIMIT = compile_pattern(
    r"\b(?:no|not)\s+(?:more|greater|higher)\s+than\b[^.;]{0,60}?(?:\bone[ -](?:third|half|quarter"
    r"|fourth|fifth)|percent|%|\brate\b|\$|\bdollars\b)"
    r"|\brate\b[^.;]{0,40}?\b(?:not\s+(?:greater|higher|more)\s+than|not\s+to\s+exceed|not\s+exceeding"
    r"|(?:may|shall|does|do)\s+not\s+exceed)"
    # "... to a plaintiff who recovers compensatory damages in an amount greater than nominal
    # damages"; fees incurred after a rejected "written offer ... to settle".
    r"|\b(?:greater|more)\s+than\s+nominal\s+damages\b"
    r"|\bincurred\s+after\b[^.;]{0,120}?\boffer\b[^.;]{0,60}?\bsettle"
    # "to a plaintiff who prevails on a claim under subsection (a) alleging the use of excessive
    # force": fees for that claim only.
    r"|\bclaims?\s+(?:under\s+[^.;]{1,30}?\s+)?alleging\s+(?:the\s+use\s+of\s+)?(?:excessive|deadly"
    r"|unreasonable)\s+force"
    r"|\b(?:not\s+to|may\s+not|shall\s+not|must\s+not)\s+exceed\s+(?:one[ -](?:third|half|quarter|fourth|fifth)"
    r"|\d{1,2}/\d{1,2}\b|\d{1,2}(?:\.\d+)?\s*(?:%|percent))"
    # "In an action under this section alleging excessive force, the court shall award ...".
    r"|\bactions?\s+(?:under\s+(?:this\s+\w+|section\s+[\w_-]+)\s+)?alleging\s+(?:the\s+use\s+of\s+)?(?:excessive"
    r"|deadly|unreasonable)\s+force"
    # "In an action brought pursuant to section 3 of this act that alleges an unreasonable seizure
    # of the person by the use of force, the court shall award ...": fees for those claims only.
    r"|\b(?:actions?|claims?|suits?)\b[^.;]{0,80}?\b(?:that|which)\s+alleges?\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,6}?(?:force|seizures?|searche?s?)\b"
    # "..., unless the plaintiff recovers nominal damages only".
    r"|\bunless\s+(?:the\s+)?(?:plaintiff|claimant)\s+recovers\s+(?:only\s+)?nominal\s+damages"
    # "shall award reasonable attorney fees and/or costs": an award of costs alone obeys it.
    r"|\bfees\s+and/or\s+(?:court\s+)?costs\b|\bcosts\s+and/or\s+(?:reasonable\s+)?(?:attorney|attorneys|attorney's"
    r"|counsel)\b"
    # "If the plaintiff prevails on a claim that the peace officer used excessive force".
    r"|\bprevail\w*\s+(?:on|in)\s+(?:a|an|the|any)\s+claims?\s+that\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:used|uses)\s+(?:excessive|deadly|unreasonable|unlawful|unjustified)(?:\s+(?:or|and)\s+[\w-]+)?"
    r"(?:\s+physical)?\s+force"
    # Fees for some claims only: "to a plaintiff who prevails on a claim of excessive force".
    r"|\bprevail\w*\s+(?:on|in)\s+(?:a|an|the|any)\s+claims?\s+(?:of|for)\s+"
    r"(?!(?:a|an|any|the)\s+(?:violation|deprivation)\b)"
    # Fees only above a size of judgment: "If the plaintiff recovers a judgment of more than
    # ten thousand dollars ..., the court shall award ... fees".
    r"|\b(?:recovers?|obtains?|is\s+awarded)\s+(?:a\s+)?(?:judgment|judgement|damages|an\s+award)\s+(?:of\s+)?"
    r"(?:more|greater)\s+than\b|\b(?:judgment|judgement|award|recovery)\s+(?:of|in\s+excess\s+of|exceeding)\s+"
    r"(?:at\s+least\s+)?(?:\$|[\w-]+\s+(?:hundred|thousand|million))"
    # Fees only in actions for some relief: "In an action ... seeking only injunctive or
    # declaratory relief, the court shall award ... fees".
    r"|\bseeking\s+only\s+(?:injunctive|declaratory|equitable)\b|\b(?:injunctive|declaratory|equitable)"
    r"(?:\s+or\s+(?:injunctive|declaratory|equitable))?\s+relief\s+only\b"
    # Fees only for beating an offer: "to a prevailing plaintiff who obtains a judgment more
    # favorable than the defendant's last written offer of settlement".
    r"|\b(?:judgment|judgement|result|recovery|award)\s+(?:(?:that\s+)?is\s+)?more\s+favorable\s+than\b"
    r"[^.;]{0,60}?\boffers?\b"
    # "to a plaintiff who prevails and recovers more than the amount of any written offer of
    # settlement served by the defendants".
    r"|\b(?:recovers?|obtains?)\s+(?:more|greater|less)\s+than\s+(?:the\s+amount\s+of\s+)?(?:any|a|an|the)\s+"
    r"(?:written\s+|final\s+|last\s+)?(?:offer|settlement\s+offer|offer\s+of\s+(?:settlement|judgment))\b"
    # ("to a prevailing plaintiff whose judgment exceeds the last written offer of settlement")
    r"|\b(?:judgment|judgement|award|recovery)\s+exceeds?\s+(?:the\s+|any\s+)?(?:last\s+|final\s+)?(?:written\s+)?"
    r"(?:offer|settlement\s+offer)\b"
    # Fees only on a finding of the defendant's bad conduct: "... if the court finds that the
    # defendant acted in bad faith".
    r"|\bif\s+the\s+(?:court|trier\s+of\s+fact|jury)\s+finds\b[^.;]{0,60}?\b(?:bad\s+faith|willful\w*|wilful\w*"
    r"|malic\w*|wanton\w*|reckless\w*)"
    # (Not "unless the court finds special circumstances that would render an award unjust": the
    # standard of 42 U.S.C. 1988, under which a prevailing plaintiff recovers fees as a rule.)
    # Fees cut off for some time or conduct: "the plaintiff shall not recover any attorneys' fees
    # incurred after the making of said offer".
    r"|\b(?:shall|may)\s+not\s+(?:recover|be\s+awarded|receive)\s+(?:any\s+)?(?:[\w'’]+\s+){0,2}?fees?\s+"
    r"(?:incurred\s+)?(?:after|for|if|when|unless|during)\b"
)
# The one a fee is for, named as the indirect object of the award ("it shall award the defendant a
# reasonable attorney fee") or as the one who incurred it ("expenses incurred by a defendant").
FEE_INDIRECT_OBJECT = compile_pattern(
    r"\b(?:award|allow|grant)s?\s+(?:to\s+)?(?:the|a|an|any|such)\s+(?P<recipient>[\w' ]{3,40}?)\s+"
    r"(?:a\s+|an\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?(?:reasonable\s+|full\s+)*"
    r"(?:attorney|counsel|costs|fees|expenses|litigation)"
    r"|\b(?:fees?|costs|expenses)\b[^.;]{0,160}?\bincurred\s+by\s+(?:the|a|an|any)\s+"
    r"(?P<incurred>[\w' ]{3,40}?)\s+(?:in|for|as|to|while|during)\b"
)
# The members of a board or commission, indemnified as such: not the bill's officers.
BOARD_MEMBERS = compile_pattern(
    r"\bmembers?\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,6}?(?:board|commission|council|committee"
    r"|authority|panel)\b"
)
# The government (or an employer) as the one who pays.
PUBLIC_PAYER = compile_pattern(
    r"\b(?:public (?:entit|employ|bod)\w*|governmental (?:entit|unit|agenc)\w*|the state\b"
    r"|the commonwealth|political subdivision|local (?:government|public entit)\w*|municipalit\w*"
    r"|county|city|law enforcement agency|employing agency|employer"
    r"|employing (?:governmental )?(?:entity|unit|department|body|jurisdiction)"
    # (the District of Columbia's government: "The District shall pay any judgment")
    r"|\bthe district\b(?!\s+(?:court|attorney|judge|of\s+columbia\s+court))"
    # "The agency employing the officer shall pay any judgment ...".
    r"|agency (?:employing|that employs|which employs)\b"
    # "The governmental actor that employs an individual defendant shall indemnify ...".
    r"|governmental actor (?:that|which) employs"
    # "A unit of government that employs a defendant shall indemnify ..."; "The government unit
    # employing the defendant shall pay ...".
    r"|units? of (?:local |state )?government\b|\bgovernment units?\b"
    # School governments: "The local board of education shall pay the full amount of any
    # judgment entered under this section".
    r"|(?:local\s+)?boards?\s+of\s+education|school\s+(?:district|board|unit)s?\b"
    # The District of Columbia, in its own laws: "The District shall pay the full amount".
    r"|the\s+district\b(?!\s+(?:court|attorney))"
    # A public authority: "The authority shall be liable for, and shall pay, any judgment" (a
    # transit, port or housing authority).
    r"|(?:the|an?|each|any)\s+(?:[\w-]+\s+){0,2}?authority\b"
    # A department of the government by name: "The Department of Public Safety shall pay the
    # full amount of any judgment or settlement under this section"; "the treasurer of state".
    r"|(?:the\s+)?(?:state\s+)?department\s+of\s+(?:[\w-]+\s+){0,3}?(?:safety|police|justice|correction|corrections"
    r"|law|public\s+safety)\b|\b(?:state\s+)?treasurer\b)"
)
# An employer named as the defendant ("any political subdivision ... that employs").
EMPLOYER_DEFENDANT = compile_pattern(
    r"\b(?:employer|employing|political subdivision|law enforcement agency|public entity"
    r"|governmental entity|municipalit\w*|the united states)"
)
# Liability for a violation another commits in one's employ: "a person is liable under this
# section for a violation ... committed by an individual who ... is employed by the person as a
# law enforcement officer".
LIABLE_FOR_EMPLOYEES_VIOLATION = compile_pattern(
    r"\bliable\b[^.;]{0,200}?\b(?:committed|caused) by (?:an?|its|the|any) (?:individual|officer"
    r"|employee|agent)s?\b[^.;]{0,200}?\b(?:employed|engaged|retained) by (?:the|that|such) "
    r"(?:person|entity|employer|agency|government)"
    # "the employer of a law enforcement officer ... shall be vicariously liable for the acts or
    # omissions of the officer".
    r"|\bemployer\b[^.;]{0,120}?\bvicariously\s+liable\s+for\s+(?:the\s+)?(?:acts|conduct|violations)"
)
# A professional consequence counts only when tied to the officer's violation.
TIED_TO_VIOLATION = compile_pattern(
    r"\bliable\b|judgment|deprivation|violat\w*\s+(?:of\s+)?(?:this (?:section|act|chapter)"
    r"|(?:a |any |the )?(?:person'?s?\s+|individual'?s?\s+)?(?:constitutional |civil )?rights)"
    r"|finding (?:that|of)"
    # "If a court finds that a law enforcement officer deprived a person of a right ...".
    r"|\bfinds?\s+that\b[^.;]{0,80}?\bdeprived\b"
    # ("upon a finding by a court in an action under this section that the officer deprived ...")
    r"|\bfinding\s+by\b[^.;]{0,80}?\bthat\b[^.;]{0,80}?\b(?:deprived|violated)\b"
    # ("If a court finds in an action under Section 2 of this Act that a trooper deprived ...")
    r"|\bfinds?\s+in\s+an?\s+action\b[^.;]{0,60}?\bthat\b[^.;]{0,80}?\b(?:deprived|violated)\b"
    # "any officer found by a court to have deprived a person of a right in violation of section 1
    # of this Act".
    r"|\bfound\b[^.;]{0,40}?\bto\s+have\s+(?:deprived|violated)\b"
    # What the fact-finder decides in the bill's own action: "If the trier of fact in an action
    # pursuant to this section finds that the peace officer acted unlawfully", "... awards punitive
    # damages against a peace officer", "Upon a finding in an action under section 3 that ...".
    r"|\b(?:trier|finder)\s+of\s+fact\s+in\s+an?\s+action\s+(?:under|pursuant\s+to|brought\s+under)\s+"
    r"(?:this\s+(?:section|act|chapter)|(?:section|sec[._]?|§)\s*[\w.-]+)[^.;]{0,80}?\b(?:finds?|awards?"
    r"|determines?|returns?)\b"
    r"|\bfinding\s+in\s+an?\s+action\s+(?:under|pursuant\s+to|brought\s+under)\s+(?:this\s+(?:section|act"
    r"|chapter)|(?:section|sec[._]?|§)\s*[\w.-]+)[^.;]{0,80}?\bthat\b"
    r"|\bviolat\w*\s+(?:of\s+)?(?:section|sec[._]?|§)\s*[\w.-]+\s+of\s+this\s+(?:act|chapter|article)\b"
    # The conduct the claims are about: "who used excessive or unlawful force". (Not a failure to
    # intervene alone: discipline for breaking that duty is tied to the duty, not the violation.)
    # (the officer's own use, named in a "who" clause: not "another officer's use of excessive
    # force" he failed to stop, nor the force an officer witnesses)
    r"|\bwho\s+(?:(?!witness|observ|sees?\b|another|report|interven)[^.;]){0,120}?(?<!officer's )(?<!officers' )"
    r"\b(?:used|uses|using|use\s+of)\s+(?:excessive|unlawful|unreasonable|unjustified|unnecessary)"
    r"(?:\s+or\s+(?:excessive|unlawful|unreasonable|unjustified|unnecessary))?\s+(?:physical\s+|deadly\s+)?force\b"
)
MANDATORY = compile_pattern(r"\b(?:shall|must|is required to|are required to)\b")
FULL_AMOUNT = compile_pattern(
    r"full amount|entire (?:amount|judgment)|uncollect[ia]ble|in full\b|whole (?:amount|judgment)"
    r"|\btotality of\b"
    r"|\bwhole of (?:any|the|a|each|every) (?:final )?(?:judgment|judgement|award)"
    # "... and shall also pay any part of the employee's share that is not paid within 180 days".
    # (or "any part of the officer's share under subdivision (b) that is not collected")
    r"|\b(?:any|the) (?:part|portion|amount) of the (?:\w+'s )?share\b[^.;]{0,40}?\bthat (?:is|remains) (?:not |un)"
    r"(?:paid|collected)"
    r"|(?:cannot|can not|could not) be collected|\buncollected\b|\bnot collect[ia]ble\b"
    # The payer backs up the officer: "including any portion the officer is unable to pay",
    # "whether or not the officer is able to contribute", "if the officer does not pay the
    # officer's share ..., shall pay that share also".
    # ("including any portion the officer does not pay", "any part that the officer cannot pay")
    r"|\b(?:officer|employee|defendant|deputy|trooper)\s+(?:cannot|can\s+not|does\s+not|fails\s+to)\s+pay\b"
    r"|\bin its entirety\b|\bunable to (?:pay|contribute)\b|\bwhether or not the (?:\w+ ){0,2}?is able\b"
    r"|\bthat share (?:also|as well)\b|\b(?:does|did) not pay the (?:\w+'s )?share\b"
    r"|\bshare\s+if\s+the\s+(?:\w+\s+){0,2}?(?:does|did)\s+not\s+pay\b"
    r"|\b(?:does|did)\s+not\s+pay\s+the\s+(?:[\w-]+'s\s+)?(?:share|amount)\b"
    r"|\bfails?\s+to\s+pay\s+the\s+(?:[\w-]+'s\s+)?(?:share|amount)\b"
    # "... and shall pay any amount the officer fails to pay within 90 days".
    # ("... and shall pay any portion of that share that the officer does not satisfy")
    r"|\b(?:any|the)\s+(?:amount|portion|part|sum|balance)\s+(?:of\s+(?:that|the|his|her|its)\s+share\s+)?"
    r"(?:that\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:fails\s+to|is\s+unable\s+to|does\s+not|cannot)\s+(?:pay|satisfy)\b"
)
INDEMNITY_CARVE_OUT_GATE = (
    *("indemnif", "hold harmless", "save harmless", "not apply", "not pay", "not required"),
    # (the payer's own word: each literal as narrow as its wording, since these gates are
    # asked of every sentence of a long bill)
    *("decline to pay", "declines to pay", "decline to indemnify", "refuse to pay"),
    *("refuse to indemnify", "upon certification by", "upon the certification of"),
    *("is final and", "shall be final and", "is conclusive and", "shall be conclusive and"),
)
# Limits that leave part of an indemnified award unpaid: caps, a pro-rata share, punitive damages.
# The officer's own share named as what the payer leaves out: "except any amount the public
# employee is ordered to pay under division (C)".
AMOUNT_OFFICER_MUST_PAY = (
    r"\b(?:except|other\s+than|excluding|less)\b[^.;]{0,30}?\b(?:amounts?|sums?|portions?|shares?)\s+"
    r"(?:that\s+|which\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant)\s+(?:is|was|has\s+been)"
    r"\s+(?:ordered|required|obligated|directed|adjudged)\s+to\s+pay\b"
)
# Payment cut or left to lapse: "the amount the employing agency pays shall be reduced by
# twenty-five percent"; "Any portion ... that remains unpaid at the end of the tenth fiscal year
# ... is discharged".
_PAYMENT_CUT = (
    r"\b(?:shall|must|will)\s+be\s+reduced\s+by\b|\b(?:is|are)\s+reduced\s+by\b"
    r"|\bremains?\s+unpaid\b[^.;]{0,120}?\b(?:is|are|shall\s+be)\s+discharged\b"
)
PAYMENT_CUT = compile_pattern(_PAYMENT_CUT)
# A share of the award, not all of it: "shall be liable for and shall pay ninety percent (90%)"
# (not "one hundred percent").
# (the payer's share, its name the subject: not "the officer shall pay 5% of the judgment")
_SHARE_PAID = (
    r"\b(?:entity|employer|agency|state|commonwealth|county|city|town|municipality|subdivision|government"
    r"|fund|pool|insurer|department|district)\b[^.;,]{0,80}?\bshall\s+(?:be\s+liable\s+for\s+and\s+shall\s+)?"
    r"pay\s+(?:only\s+)?(?:(?:[a-z-]+\s+)?(?:percent|per\s+cent)\b|(?:[a-z-]+\s+(?:percent|per\s+cent)\s+)?"
    r"\(?\d{1,2}(?:\.\d+)?\s?%)"
)
INDEMNITY_LIMIT = compile_pattern(
    r"except as (?:otherwise )?provided|pro rata|\bup to\b|not to exceed|\b(?:may|shall)\s+not\s+exceed\b"
    r"|" + _PAYMENT_CUT +
    # ("... any part of a judgment ... that is not paid by the policy, other than the deductible")
    r"|\bother\s+than\s+the\s+deductible\b"
    r"|" + _SHARE_PAID +
    # ("shall pay from the general fund the compensatory damages awarded against a peace officer")
    r"|\bpay\b[^.;]{0,60}?\bthe\s+compensatory\s+damages\b(?!,?\s+(?:and|or)\s+(?:the\s+)?(?:punitive|exemplary))"
    # "except that the governmental unit is not required to pay more than $500,000"
    # (the sum may stand past a page break the sentence was cut at)
    r"|\bnot\s+(?:be\s+)?(?:required|obligated)\s+to\s+pay\b"
    # "provided, however, that the County shall not pay any portion of a judgment that exceeds
    # $200,000"; "... but shall not pay any other amount".
    r"|\b(?:shall|may)\s+not\s+pay\s+(?:any|the)\s+(?:portion|part|amount|other\s+amount)\b"
    # A duty that waits on the budget: "must, subject to appropriation by its governing body,
    # indemnify the officer".
    r"|\bsubject\s+to\s+(?:the\s+)?(?:availability\s+of\s+)?(?:appropriations?|funds)\b"
    # ("... to the extent funds are appropriated for that purpose")
    r"|\bto\s+the\s+extent\s+(?:that\s+)?(?:funds|moneys?|money|appropriations?)\s+(?:are|is)\s+"
    r"(?:appropriated|available)\b"
    # Punitive damages left out ("other than an award of punitive damages"), not "including
    # punitive damages".
    r"|(?<!including )(?<!including any )(?<!including an award of )(?<!including any award of )"
    # (nor "all compensatory and punitive damages": both kinds named)
    # (nor "for compensatory damages, punitive damages, attorney's fees, and costs": a list)
    r"(?<!\band )(?<!\bor )(?<!damages, )(?:punitive|exemplary)"
    r"|\bnot exceeding\b|\bshall not exceed\b|\bno more than \$"
    # "in an amount not greater than the limit of liability", "for the first two hundred fifty
    # thousand dollars of any judgment", "shall pay those economic damages".
    r"|\bnot (?:greater|more) than\b|\bfor\s+the\s+first\s+(?:\$|[\w-]+\s+(?:hundred|thousand|million))"
    r"|\b(?:those|the|only)\s+economic\s+damages\b"
    # (not "to the extent of any judgment": the whole judgment is the measure)
    r"|subject to the limit|to the extent (?:of(?! (?:any|the|each|every) (?:final )?(?:judgment|judgement"
    r"|award|settlement)\b)|provided)"
    # ("from its liability reserve, to the extent moneys are available in the reserve")
    r"|\bto the extent (?:that )?(?:moneys?|monies|funds?) (?:are|is) available\b"
    # Insurance or a bond that pays only up to its face: "a policy of liability insurance, with
    # limits of not less than $500,000 per occurrence", "to the amount of its penal sum".
    r"|\bwith\s+(?:policy\s+|coverage\s+)?limits?\s+of\b|\bpenal\s+sum\b|\bto\s+the\s+amount\s+of\s+(?:its|the|their)\b"
    r"|shall not be indemnified for (?:that|the|such|this) (?:amount|share|portion|part)"
    # "..., except that the officer shall personally pay 5% of the judgment" (no payer backs it).
    r"|\bexcept\s+that\s+the\s+(?:[\w-]+\s+)?(?:officer|employee)\s+shall\s+(?:personally\s+)?pay\b"
    # "for any judgment ..., except the portion assessed against the officer personally".
    r"|\bexcept\s+(?:for\s+)?(?:the|any|that)\s+(?:portion|part|share|amount)\b"
    # The employer pays only what is left after the officer's own share.
    r"|\b(?:for|pay|satisfy) the (?:remainder|balance)\b"
    # Payment of compensatory damages only leaves punitive damages unpaid.
    # (not "compensatory damages, punitive damages, attorney's fees, and costs": both kinds)
    r"|\b(?:for|of|pay|against) (?:any |an |the |all )?(?:award of )?(?:compensatory|actual) damages"
    r"(?!,?\s+(?:and\s+|or\s+)?(?:punitive|exemplary))"
    r"|compensatory damages only"
    # A share of the award only: "for ninety percent of any judgment", "less the amount
    # described in subsection (2)".
    r"|\bfor\s+(?:[\w-]+\s+){1,3}?(?:percent|%)\s+of\s+(?:the|any|a|each|every)\s+"
    r"(?:judgment|judgement|award|settlement)"
    r"|\bless\s+the\s+(?:amount|share|sum|portion)\b"
    # A ceiling set by coverage or by an amount: "to the limits of any liability insurance",
    # "in an amount exceeding $1,000,000".
    r"|\blimits?\s+of\s+(?:any|its|the|their|said|such|that|[\w-]+(?:'s|’s))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:insurance|coverage|policy|policies|pool)\b"
    # ("..., to the limits of coverage provided by the program or pool")
    r"|\blimits?\s+of\s+(?:its\s+|the\s+)?(?:coverage|insurance)\b"
    r"|\bin\s+(?:an?\s+)?amounts?\s+(?:exceeding|in\s+excess\s+of|greater\s+than|above)\b"
    # "shall indemnify the officer for any judgment, but not in excess of $250,000".
    r"|\bnot\s+in\s+excess\s+of\b"
)
# A duty to pay as far as other law lets it go, or on a condition the officer may fail: "To the
# extent permitted by law, the employer ... shall indemnify"; "... on condition that the officer
# cooperates fully ... An officer who fails so to cooperate forfeits indemnification".
INDEMNITY_CONDITIONED = compile_pattern(
    r"\bto\s+the\s+extent\s+(?:permitted|allowed|authorized)\s+by\s+(?:law|statute)\b"
    r"|\bon\s+(?:the\s+)?condition\s+that\s+the\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|deputy|defendant)\b"
    r"|\bforfeits?\s+(?:any\s+|the\s+|his\s+|her\s+)?(?:right\s+to\s+)?indemnif"
)
# An employer liable for part of the award only (a limit on the award itself is a cap, read
# under end.damage_caps, not a gap in who pays it).
VICARIOUS_LIMIT = compile_pattern(
    # ("jointly and severally liable with the officer for any compensatory damages awarded")
    r"for (?:any |all |the )?compensatory damages(?!,?\s+(?:and\s+|or\s+)?(?:punitive|exemplary))"
    r"|compensatory damages only|(?:but )?not (?:for )?punitive"
    r"|(?:excluding|other than|except(?: for)?) punitive"
    r"|" + _SHARE_PAID,
)
# Culpable conduct an indemnity may be refused for (read in an exception of its own).
BAD_CONDUCT_WORDS = compile_pattern(
    r"\b(?:intentional\w*|bad faith|will?ful\w*|malic\w*|wanton\w*|criminal\w*|convicted|reckless\w*"
    r"|knowing(?:ly)?\s+violat\w*"
    # Conduct the officer knew to be unlawful ("conduct ... the officer knew to be unlawful").
    r"|knew\b[^.;]{0,40}?\b(?:unlawful|illegal|violat\w*))"
)
# A payer's finding made final: "its determination is final and is not subject to judicial
# review" (said of whether the officer acted within the scope of duty, which decides payment).
_PAYERS_FINAL_WORD = (
    r"\b(?:determination|decision|finding)\s+(?:is|shall\s+be)\s+(?:final|conclusive)\s+and\b[^.;]{0,60}?\bnot\s+"
    r"(?:be\s+)?(?:subject\s+to|reviewable)\b"
)
PAYERS_FINAL_WORD = compile_pattern(_PAYERS_FINAL_WORD)
BAD_CONDUCT_CARVE_OUT = compile_pattern(
    r"(?:unless|except|not (?:be )?required to (?:indemnify|pay|bear|satisfy|cover)|shall not (?:be )?indemnif"
    r"|need not indemnify"
    # A negated payer: "however, no locality or agency shall be required to indemnify an officer
    # whose conduct ... was willful or wanton".
    r"|\bno\s+(?:[\w-]+\s+){1,4}?(?:shall|will|may)\s+be\s+required\s+to\s+(?:indemnify|pay|bear|satisfy|cover)"
    # "... do not have a duty to defend or indemnify a public employee ... if the employee's
    # conduct is willful or wanton"
    r"|(?:not have|no) (?:a |any )?duty to (?:defend (?:or|and) )?indemnif"
    r"|no obligation to (?:indemnify|pay)"
    # "The State may not pay any portion of a judgment for conduct ... found malicious".
    r"|(?:shall|may|must) not pay (?:any )?(?:portion|part|amount) of (?:a|the|any) (?:judgment|settlement|award)"
    r"|provided,? (?:however,? )?that|(?:shall|does|do) not apply|no (?:indemnification|payment|reimbursement)"
    # A negated subject: "no such employee ... shall be indemnified ... for ... malicious acts".
    r"|\bno (?:such )?(?:\w+ ){0,2}?(?:employee|officer|official|person)s?\b[^.;]{0,160}?"
    r"\bshall be indemnified"
    r"|only (?:for|if|when|to the extent)"
    # "Nothing in this act requires a public body to indemnify an officer for conduct ... in bad
    # faith".
    r"|\bnothing\b[^.;]{0,60}?\brequires?\b[^.;]{0,60}?\bto\s+indemnif"
    # Payment on another official's word: "shall be paid by the state treasurer upon
    # certification by the attorney general that ... the conduct was not wilful, wanton or
    # malicious".
    r"|\bupon\s+(?:the\s+)?certification\s+(?:by|of)\b)"
    r"[^.]{0,420}?"
    # (or a refusal another payer made: "is not required to pay any part of a judgment that a
    # pool has declined to pay")
    r"(?:intentional|bad faith|willful|wilful|malic|wanton|criminal|convicted|reckless|good faith"
    r"|\bdeclined\s+to\s+pay\b"
    # A breach of the agency's own rules, which a rights violation nearly always is.
    r"|\bin\s+violation\s+of\s+(?:a|an|any|the)\s+(?:written\s+)?(?:agency\s+|department(?:al)?\s+)?"
    r"(?:policy|policies|rules?\s+of\s+conduct)\b"
    r"|\bknowing(?:ly)?\s+violat|\bknew\b[^.;]{0,40}?\b(?:unlawful|illegal|violat)"
    r"|\bcrimes?\b|\bintend(?:ed|s)?\s+to\s+(?:cause|injure|harm|inflict)|\bintent\s+to\s+"
    r"(?:cause|injure|harm|inflict))"
    # Payment only for acts done in good faith: "based on an act ... while acting without
    # malice and in good faith".
    r"|\b(?:while|when|if) acting (?:without malice|in good faith)"
    # Payment only for acts that broke no law: "an act that was ... not in violation of any rule
    # or regulation of the office or of any statute or governing case law" (the very acts a
    # rights claim is about).
    r"|\bnot in violation of any (?:rule|regulation|statute|law)"
    # The payer decides whether it pays: "A pool may decline to pay any part of a judgment";
    # "shall indemnify ... if the public entity determines that the employee acted within the
    # scope of employment"; "its determination is final and is not subject to judicial review".
    # (not a refusal tied to the officer's failure to help defend the case: a condition, not
    # the payer's choice)
    r"|\bmay\s+(?:decline|refuse)\s+to\s+(?:pay|indemnify)\b(?![^.;]{0,160}?\b(?:fails?|refuses?|declines?)\s+"
    r"to\s+(?:cooperate|appear|assist|participate))"
    r"|\bindemnif\w*\b[^.;]{0,160}?\b(?:if|when|only\s+if|provided\s+that)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:entity|employer|agency|body|subdivision|department|pool|insurer|board)\s+(?:determines|finds|certifies"
    r"|decides)\s+that\b[^.;]{0,80}?\b(?:scope|course|good\s+faith|duties)\b"
    r"|" + _PAYERS_FINAL_WORD
)

ATTORNEY_FEES = compile_pattern(
    r"attorney'?s?'? fees?\b|attorneys'? fees?\b|counsel fees?\b|legal fees?\b|lawyer'?s?'? fees?\b"
    # The fee described by what it pays for: "a reasonable sum for the services of the
    # plaintiff's counsel".
    r"|\bservices\s+of\s+(?:the\s+)?(?:[\w'-]+'s?\s+)?(?:counsel|attorneys?|lawyers?)\b"
    # "a fee award calculated by the lodestar method": counsel's fee by its measure.
    r"|\bfee\s+award\s+calculated\s+by\s+the\s+lodestar\b|\blodestar\s+(?:fee|method|amount)\b"
)
ATTORNEY_FEES_GATE = ("attorney", "counsel fee", "legal fee", "services of", "lawyer", "lodestar")
# A fee clause for claims under some other named act ("in an action under the consumer
# protection act"); a civil rights act, or this act, is the bill's own vehicle.
OTHER_ACT_SCOPE = compile_pattern(
    r"\b(?:under|pursuant to|brought under)\s+the\s+(?:[\w'-]+\s+){1,6}?act\b"
    # An action to enforce something else: "an action to enforce the compact".
    r"|\baction\s+to\s+enforce\s+(?:the|this|a|an|any)\s+(?:\w+\s+){0,2}?(?:compact|contract"
    r"|agreement|lease|covenant|license|judgment|order)\b"
)
# Whom a fee clause pays: the words right after "fees ... to".
FEE_RECIPIENT = compile_pattern(
    r"(?:fees?|costs)\b[^.;]{0,40}?\bto (?:the |a |an |any )?(?P<recipient>[\w' ]{3,40})"
)
# Fees awarded to the government, not to the person who sued.
FEE_TO_GOVERNMENT = compile_pattern(
    r"\bto the (?:state|attorney general|commonwealth|department|agency|board|commission"
    r"|county|city|municipality|prosecut\w+|district attorney|people)\b"
    r"|\b(?:attorney general|state|department|board|commission) (?:shall|may|is entitled to)"
    r" (?:also )?(?:recover|be awarded)"
    r"|prevailing (?:defendant|respondent|employer|municipality|county|city|town|agency|public (?:body|entity|employer))"
    # Fees against a plaintiff whose suit was frivolous or brought in bad faith.
    # ("shall award the peace officer reasonable attorney's fees": the officer sued, named by
    # his kind)
    r"|\bto the (?:(?:peace|police|law enforcement|correctional|public|state|county|municipal)\s+)?"
    r"(?:defendants?|respondents?|officers?|employers?|employees?)\b"
    # "A law enforcement officer who prevails on the defense shall be awarded fees".
    r"|\b(?:officers?|employees?|defendants?|employers?|agenc(?:y|ies)|entit(?:y|ies))\s+(?:who|that|which)"
    r"\s+prevails?\b"
    # A sanction for a frivolous appeal or motion, not fees for winning a claim: "If the court
    # of appeals determines that an appeal under this section was frivolous or taken solely for
    # delay, it shall award reasonable attorney fees and costs to the appellee".
    r"|\b(?:appeal|motion|petition)\b[^.;]{0,80}?\b(?:was|is|were)\s+frivolous\b"
)
_FEE_MANDATORY = (
    r"\b(?:shall|must) (?:also )?(?:award|be awarded|allow|grant|be entitled to|recover)"
    # Plain language: "the court will award you reasonable attorney's fees".
    r"|\b(?:the\s+)?court\s+will\s+(?:also\s+)?award\b"
    # "The court shall, in addition to any other relief, award ...".
    r"|\b(?:shall|must), [^,;.]{1,60}, (?:award|allow|grant)\b"
    r"|\b(?:is|are) entitled(?:,? as (?:of|a matter of) right,?)? to"
    # An existing entitlement extended: "The existing provision of said section 11I entitling any
    # aggrieved person who prevails ... to an award of ... reasonable attorneys' fees shall apply".
    r"|\bentitling\s+(?:a|an|any|every|the)\s+[^.;]{0,120}?\bto\s+(?:an?\s+award\s+of|recover)\b"
    r"|\b(?:shall|must) include\b"
    # "the court shall tax as costs against the defendant a reasonable attorney's fee"; the
    # passive "fees shall be taxed (assessed, paid, allowed) against the defendant".
    r"|\b(?:shall|must) (?:tax|assess)\b|\b(?:shall|must) be (?:taxed|assessed|paid|allowed|granted)\b"
    # ("Reasonable counsel fees shall be recoverable by a claimant who prevails")
    r"|\b(?:shall|must) be recoverable\b"
    # "Reasonable attorney's fees ... incurred by a prevailing plaintiff shall be included in the
    # judgment": awarded with it.
    r"|\b(?:shall|must) be (?:included|entered) in (?:the|any|each|a) (?:final )?(?:judgment|award|decree)\b"
    # "the court must order the defendant to pay the plaintiff's reasonable attorney's fees".
    r"|\b(?:shall|must) (?:order|direct|require)\b"
    # "The court shall impose on the defendant the payment of reasonable attorney's fees".
    r"|\b(?:shall|must) impose\b"
    # "the court shall shift to the defendant the plaintiff's reasonable litigation expenses,
    # including counsel fees"; "shall enter a fee award".
    r"|\b(?:shall|must) (?:shift|enter)\b"
    # A duty in other words: "is required to award", "it is the duty of the court ... to award".
    r"|\b(?:is|are) required to (?:award|allow|grant|pay)\b"
    # The payer named: "the governmental unit that employs the peace officer shall pay the
    # claimant's reasonable attorney's fees".
    r"|\b(?:shall|must) pay (?:the |a |any )?(?:prevailing )?(?:claimant|plaintiff|injured person|injured party)"
    r"(?:'s|s'|\u2019s)?\b"
    r"|\bit is the duty of\b[^.;]{0,120}?\bto (?:award|allow|grant)\b"
    # A refusal forbidden: "the court shall not deny reasonable attorney fees".
    r"|\b(?:shall|may) not (?:deny|refuse|withhold|decline to award)\b"
    # The same with a negated subject: "No court may decline to award reasonable attorney fees".
    r"|\bno\s+(?:court|judge|tribunal)\s+(?:shall|may)\s+(?:deny|refuse\s+to\s+award|withhold"
    r"|decline\s+to\s+award|fail\s+to\s+award)\b"
    # The award declared mandatory: "an award of reasonable attorney fees is mandatory".
    r"|\b(?:is|are|shall be) mandatory\b"
)
_FEE_DISCRETIONARY = r"\bmay (?:award|allow|grant|be awarded|recover)|in (?:its|the court's) discretion|discretionary"
# A cap set aside only for suits that seek no money ("The limitations of subsection 1 do not
# apply to an action for injunctive or declaratory relief"): damages stay capped.
LIFT_FOR_EQUITABLE_RELIEF = compile_pattern(
    r"\bapply\s+to\s+(?:an?\s+|any\s+)?(?:actions?|claims?|suits?)\s+(?:for|seeking)\s+(?:only\s+)?"
    r"(?:injunctive|declaratory|equitable)(?:,?\s+(?:or|and)\s+(?:injunctive|declaratory|equitable))*\s+relief\b"
    r"(?!\s*,?\s*(?:or|and)\s+(?:for\s+)?(?:damages|compensat))"
)
FEE_MANDATORY = compile_pattern(_FEE_MANDATORY)
FEE_DISCRETIONARY = compile_pattern(_FEE_DISCRETIONARY)
# Either kind of fee verb: the nearest one before the fees governs them.
FEE_VERB = compile_pattern(_FEE_MANDATORY + "|" + _FEE_DISCRETIONARY)

PERSONAL_SHARE = compile_pattern(
    # (not a waiver's condition, "under circumstances in which the employee would be personally
    # liable to a claimant": the test of the State's liability, no share owed)
    r"(?<!not be )(?<!no )(?<!would be )(?<!could be )personally liable|personal(?:ly)? (?:financial )?(?:liability|contribut)"
    r"|\b(?:shall|must) personally pay\b"
    # ("The law enforcement officer against whom the judgment is entered shall pay the deductible")
    r"|\b(?:officer|employee|defendant|deputy|trooper)s?\b[^.;]{0,80}?\b(?:shall|must)\s+pay\s+the\s+deductible\b"
    # ("... shall pay the judgment from personal funds, regardless of the officer's ability to pay")
    r"|\b(?:shall|must)\s+pay\s+(?:the|any|such|that)\s+(?:judgment|judgement|award|settlement)s?\s+(?:from|out\s+of)\s+"
    r"(?:his\s+or\s+her\s+|his\s+|her\s+|their\s+|the\s+officer's\s+)?(?:own\s+)?personal\s+(?:funds|assets|resources)\b"
    r"|shall not be indemnified|not (?:be )?entitled to indemnification"
    r"|\bno (?:\w+ ){0,3}?shall be entitled to indemnification"
    # The judgment left to the officer: "Any judgment ... shall remain the personal obligation of
    # the peace officer"; "Any portion of a judgment that exceeds those limits shall remain the
    # personal obligation of the officer".
    r"|\b(?:judgments?|judgements?|awards?|portion|part|amount|balance|remainder|excess)\b[^.;]{0,160}?"
    r"\b(?:shall\s+(?:remain|be)|remains?|is|are)\s+(?:the\s+)?(?:sole\s+)?personal\s+(?:obligation|responsibility"
    r"|debt|liability)\b"
    # A share measured by pay: "the officer shall contribute an amount equal to one month's
    # salary, payable to the public entity toward the cost of the judgment".
    r"|\b(?:officer|employee|defendant|deputy|trooper|official)s?\b[^.;]{0,160}?\b(?:shall|must)\s+(?:personally\s+)?"
    r"(?:contribute|pay|reimburse)\b[^.;]{0,60}?\b(?:month|week)(?:'s|’s|s'|s’)?\s+(?:salary|pay|wages|compensation)\b"
    # A part named and left to the officer alone: "the first $2,500 of each judgment is the sole
    # obligation of the law enforcement officer"; the judgment declared the officer's debt: "A
    # judgment in an action brought pursuant to section 1 of this Act is a debt of the law
    # enforcement officer and is not a debt of the state".
    r"|\b(?:first|portion|part|amount|percent|per\s+cent)\b[^.;]{0,80}?\b(?:is|are|shall\s+be|remains?)\s+the\s+sole\s+"
    r"(?:obligation|responsibility|liability)\s+of\s+(?:the|that|such)\s+(?:[\w-]+\s+){0,3}?(?:officer|employee|defendant"
    r"|deputy|trooper)s?\b(?!['’])"
    # (not "a debt of the officer's employer")
    r"|\b(?:judgments?|judgements?|awards?)\b[^.;]{0,160}?\b(?:is|shall\s+be)\s+a\s+(?:personal\s+)?debt\s+of\s+(?:the|that"
    r"|such)\s+(?:[\w-]+\s+){0,3}?(?:officer|employee|defendant|deputy|trooper)s?\b(?!['’])"
    # ("The officer remains liable for any part of the judgment not paid by the fund")
    r"|\b(?:shall\s+remain|remains?)\s+(?:personally\s+)?liable\s+for\s+(?:any|the|each)\s+(?:part|portion|balance"
    r"|remainder)\b"
    # ("3% of the amount of the judgment")
    # ("three percent of the damages awarded", "2 per cent of the damages")
    r"|(?:percent|per cent|%)\)? of (?:the|a|any|each|that|such) (?:judgment|judgement|settlement|amount paid|damages"
    r"|amount of (?:the|a|any|each|that|such) (?:judgment|judgement|settlement|award))"
    # A share as a fraction: "one-twentieth (1/20) of the judgment"; of pay: "an amount equal to
    # one-twelfth (1/12) of the officer's annual salary".
    r"|\b(?:officer|employee|defendant|deputy|trooper|official)s?\b[^.;]{0,80}?\b(?:shall|must)\s+(?:personally\s+)?"
    r"pay\b[^.;]{0,60}?\b(?:one|a)[- ](?:half|third|fourth|quarter|fifth|tenth|twelfth|twentieth|[a-z]+ieth)"
    # The employer bound to take the share: "The employer shall require the officer to contribute
    # one-twentieth of any judgment against the officer".
    r"|\b(?:shall|must)\s+require\s+(?:the|an?|each|any)\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant|deputy"
    r"|trooper)s?\s+to\s+(?:personally\s+)?(?:contribute|pay)\b[^.;]{0,60}?(?:\b(?:one|a)[- ](?:half|third|fourth"
    r"|quarter|fifth|tenth|twelfth|twentieth|[a-z]+ieth)\b|percent|per\s+cent|%|\$)"
    r"(?:\s*\(\d+/\d+\))?\s+of\s+(?:the|a|any|each|that|such|the\s+(?:officer|employee)'?s?)\s+"
    r"(?:judgment|judgement|settlement|award|(?:annual\s+)?(?:salary|pay|compensation))"
    # "A judgment entered against a public employee under this act shall be paid by that public
    # employee" (the public body paying only what is left unpaid); "shall bear the first ten
    # thousand dollars ($10,000) of the judgment personally".
    r"|\b(?:judgment|judgement)s?\b[^.;]{0,120}?\b(?:shall|must)\s+be\s+paid\s+by\s+(?:that|the|such|said)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant)\b(?!['’]|s?\s+(?:employer|agency)\b)"
    r"|\b(?:shall|must)\s+(?:personally\s+)?bear\b[^.;]{0,100}?\b(?:judgment|judgement|settlement|award)\b"
    r"[^.;]{0,20}?\bpersonally\b"
    # The passive: "the lesser of 5% or $25,000 shall be paid by the officer personally".
    r"|(?<!not )\b(?:paid|borne|satisfied)\s+by\s+the\s+(?:[\w-]+\s+){0,2}?personally\b"
    # "The portion of a judgment ... equal to the lesser of five percent or twenty-five thousand
    # dollars shall be paid by the officer found liable".
    r"|\b(?:portion|part|share)\s+of\s+(?:the|a|any|each)\s+(?:judgment|judgement|settlement|award)\b[^.;]{0,120}?"
    # (not "any part ... not paid by the officer ... the entity shall pay": the payer's backstop)
    r"(?<!not )\b(?:paid|borne|satisfied)\s+by\s+the\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant)\b"
    # "the officer shall pay a portion of the judgment not exceeding ten thousand dollars".
    r"|\b(?:officer|employee|defendant|deputy|trooper|official)s?\b[^.;]{0,40}?\b(?:shall|must)\s+"
    r"(?:personally\s+)?(?:pay|bear)\s+(?:a|an|any|the|that)\s+(?:portion|part|share)\s+of\s+(?:the|any|a|each"
    r"|such|said)\s+(?:judgment|judgement|settlement|award)\b"
    # "in which case the officer shall bear the judgment personally".
    r"|\b(?:bear|pay|satisfy)\s+(?:the|any|such|that)\s+(?:judgment|judgement|award|settlement)\s+personally\b"
    # "Of any judgment under subsection 1, the officer shall pay five percent or $25,000".
    r"|\b(?:of|from)\s+(?:any|each|every|a|the)\s+(?:final\s+)?(?:judgment|judgement|award|settlement)s?\b[^.;]{0,80}?,\s*"
    r"the\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant|deputy)\s+shall\s+(?:personally\s+)?pay\b"
    # "The officer shall pay $1,000 of any judgment".
    # ("A deputy found liable under section 1 shall pay $1,000 of the judgment")
    r"|\b(?:officer|employee|defendant|deputy|trooper|official)\b(?:\s+(?:found|held|adjudged)\s+liable\b"
    r"[^.;]{0,40}?)?\s+shall\s+(?:personally\s+)?pay\s+\$[\d,]+\s+of\s+(?:the|any|a|each)\s+"
    r"(?:judgment|judgement|settlement|award)"
    # The payer recovering from the officer: "The employer may recover from the officer any
    # amount it paid", "may seek reimbursement from the employee".
    # (not "any amount that the locality does not recover from the officer": the payer's backstop)
    # ("may seek contribution from an employee whose conduct it determines was in bad faith")
    r"|(?<!not )(?<!n't )\b(?:recover|seek\s+(?:reimbursement|contribution|indemnification|repayment))\s+from\s+"
    r"(?:the|that|such|said|this|an|any)\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant)s?\b"
    # ("A surety that pays a judgment under the bond shall recover the amount paid from the law
    # enforcement officer")
    r"|\b(?:shall|must)\s+recover\s+the\s+amount\s+(?:it\s+)?paid\s+from\s+(?:the|that|such|said)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant)s?\b"
    r"|contribute (?:[^.;]{0,40}? )?(?:to|toward|towards) (?:the |a |any |each )?(?:payment of (?:the |a |any |each )?)?"
    r"(?:judgment|settlement)"
    # "may require the officer to contribute up to $25,000 of the judgment".
    # ("may require the employee to contribute up to 10% of the amount of the judgment")
    r"|\bcontribute\s+(?:up\s+to\s+|not\s+more\s+than\s+|no\s+more\s+than\s+)?(?:\$[\d,]+|\d{1,3}\s?%|[\w-]+\s+"
    r"(?:percent|dollars))\s+of\s+(?:the\s+amount\s+of\s+)?(?:the|any|a|each|such|said)\s+(?:judgment|judgement"
    r"|settlement|award)"
    # "the officer shall bear personally the lesser of one-twentieth of the judgment or $25,000".
    r"|\b(?:one|a)[ -](?:tenth|twentieth|fiftieth|hundredth|fourth|fifth) of the (?:judgment"
    r"|judgement|settlement|award)"
    r"|\b(?:shall|must) (?:bear|pay|satisfy) personally\b"
    # "the officer shall personally satisfy any judgment"; "the employee shall satisfy it
    # personally"; "the officer shall pay the first $10,000 of the judgment".
    r"|\b(?:shall|must)\s+personally\s+(?:bear|pay|satisfy)\s+(?:the|any|such|that|a|each)\s+(?:judgment|judgement"
    r"|award|settlement)\b"
    r"|\b(?:shall|must)\s+(?:bear|pay|satisfy)\s+(?:it|them)\s+personally\b"
    r"|\b(?:officer|employee|defendant|deputy|trooper|official)s?\b[^.;]{0,40}?\b(?:shall|must)\s+(?:personally\s+)?"
    r"pay\s+the\s+first\s+(?:\$[\d,]+|(?:[\w-]+\s+){1,6}?dollars)"
    # "it may require the officer to pay not more than $1,000 toward the judgment".
    r"|\b(?:require|order|direct)s?\s+(?:the|that|such|said)\s+(?:[\w-]+\s+){0,2}?(?:officer|employee|defendant"
    r"|deputy|official)\s+to\s+(?:personally\s+)?pay\s+(?:up\s+to\s+|not\s+more\s+than\s+|no\s+more\s+than\s+)?"
    r"(?:\$[\d,]+|[\w-]+\s+(?:hundred|thousand)\s+dollars)\s+(?:toward|towards|of|to)\s+(?:the|any|a|each|such)\s+"
    r"(?:judgment|judgement|settlement|award)"
    # "the court may order the officer to pay personally a portion of the judgment".
    r"|\bto (?:bear|pay) personally\b"
    # "The employing agency may require an officer found liable under this section to pay a
    # portion of the judgment not to exceed $10,000".
    r"|\b(?:require|order|direct)s?\s+(?:the|that|such|said|an?|any)\s+(?:[\w-]+\s+){0,2}?(?:officer"
    r"|employee|defendant|deputy|official)s?\b[^.;]{0,60}?\bto\s+(?:personally\s+)?(?:pay|bear|contribute)\s+"
    r"(?:a|any|some|part\s+of\s+the|the)?\s*(?:portion|part|share|percentage|fraction)\s+of\s+(?:the|any|a|each"
    r"|such)\s+(?:judgment|judgement|settlement|award)"
    # "may require the public employee to contribute to a judgment paid under subdivision (f) an
    # amount not exceeding 5 percent of the judgment".
    r"|\b(?:require|order|direct)s?\s+(?:the|that|such|said|an?|any|its)\s+(?:[\w-]+\s+){0,3}?(?:officer"
    r"|employee|defendant|deputy|official)s?\b[^.;]{0,60}?\bto\s+contribute\s+(?:to|toward|towards)\s+(?:a|the|any|each)\s+"
    r"(?:judgment|judgement|settlement|award)\b[^.;]{0,80}?\b(?:an?\s+amount|a\s+sum)\b"
    # "may require the local public officer to contribute an amount not to exceed $25,000".
    r"|\b(?:require|order|direct)s?\s+(?:the|that|such|said|an?|any|its)\s+(?:[\w-]+\s+){0,3}?(?:officer"
    r"|employee|defendant|deputy|official)s?\b[^.;]{0,60}?\bto\s+contribute\s+(?:an?\s+amount\s+|a\s+sum\s+)?"
    r"(?:(?:of\s+)?up\s+to\s+|not\s+(?:to\s+)?(?:exceed(?:ing)?|more\s+than)\s+|no\s+more\s+than\s+)?"
    r"(?:\$[\d,]+|(?:[\w-]+\s+){1,3}?(?:percent|dollars))"
    # "shall require the officer to pay to the agency not less than $1,000 and not more than
    # $10,000 toward the judgment"; "The court shall order a law enforcement officer found liable
    # ... to pay to the employing agency not less than one thousand dollars ($1,000) ... of the
    # judgment"; "may order the public employee to pay up to ten thousand dollars ($10,000) of
    # the judgment".
    r"|\b(?:require|order|direct)s?\s+(?:the|that|such|said|an?|any|its)\s+(?:[\w-]+\s+){0,3}?(?:officer|employee"
    r"|defendant|deputy|official)s?\b[^.;]{0,60}?\bto\s+(?:personally\s+)?pay\s+(?:to\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agency|employer|entity|state|county|city|fund)\s+)?(?:not\s+less\s+than|at\s+least|up\s+to|not\s+more\s+than"
    r"|no\s+more\s+than)\s+(?:\$[\d,]+|(?:[\w-]+\s+){1,3}?dollars)\b[^.;]{0,80}?\b(?:toward|towards|of)\s+"
    r"(?:the|any|a|each|such)\s+(?:judgment|judgement|settlement|award)"
    # "The peace officer shall pay part of the judgment as follows: (1) One percent ...".
    r"|\b(?:officer|employee|defendant|deputy|trooper|official)s?\b[^.;]{0,40}?\b(?:shall|must)\s+(?:personally\s+)?pay\s+"
    r"part\s+of\s+(?:the|any|a|each|such)\s+(?:judgment|judgement|settlement|award)\b"
    # The payer making the officer pay it back: "the employer may require the officer to
    # reimburse the employer in an amount not exceeding $1,000".
    # ("may require an officer found liable under this section to reimburse the agency")
    r"|\b(?:require|order|direct)s?\s+(?:the|that|such|said|an?|any)\s+(?:[\w-]+\s+){0,2}?(?:officer"
    r"|employee|defendant|deputy|official)s?\b[^.;]{0,60}?\bto\s+(?:personally\s+)?(?:reimburse|repay)\s+"
    r"(?:it\b|(?:the|its)\s+(?:[\w-]+\s+){0,3}?(?:employer|state|commonwealth|district|county|city"
    r"|municipality|agency|department|government|entity|subdivision|town|village|fund|unit|authority"
    r"|board)\b)"
    # The officer paying back the payer: "An official who acted with malice shall reimburse the
    # Commonwealth for the amount paid" (not "The officer's employer shall reimburse the State").
    # (not a possessive: "The Peace Officers' Standards and Training Commission shall reimburse a
    # local government for up to 75 percent of the tuition cost"; nor the name of the standards
    # board: "The Commission on Peace Officer Standards and Training shall reimburse a city")
    r"|\b(?:officer|employee|official|deputy|trooper|defendant)s?\b(?!['\u2019]|\s+standards\b)[^.;]{0,80}?"
    r"\b(?:shall|must)\s+"
    r"(?:personally\s+)?(?:reimburse|repay)\s+(?:the\s+|its\s+|his\s+or\s+her\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:employer|state|commonwealth|district|county|city|municipality|agency|department|government"
    r"|entity|subdivision|town|village|fund)\b"
)
PERSONAL_SHARE_GATE = (
    "personal",
    *(
        "remains liable",
        "remain liable",
        "sole obligation",
        "sole responsibility",
        "sole liability",
    ),
    "debt of",
    *("month's salary", "month’s salary", "months' salary", "month's pay", "month’s pay"),
    *("week's salary", "week’s salary", "weeks' salary", "month's wages", "month’s wages"),
    "pay the deductible",
    *("pay not less than", "pay up to", "pay not more than", "pay at least", "pay part of"),
    *("to pay to the", "to pay to its"),
    # (the passive share: "... shall be paid by the officer", not every "part of")
    "paid by",
    "borne by",
    "satisfied by",
    "recover from",
    "recover the amount",
    "from the officer",
    "from the employee",
    "shall pay $",
    "pay the first",
    *("pay a portion", "pay a part", "pay a share", "pay the portion", "pay the part"),
    *("pay the share", "bear a portion", "bear a part", "bear a share"),
    "indemnified",
    "indemnification",
    "percent",
    "per cent",
    "%",
    "contribut",
    "tenth of the",
    "twentieth of the",
    "twentieth (",
    "twelfth (",
    "twelfth of",
    "fiftieth of the",
    "hundredth of the",
    "fourth of the",
    "fifth of the",
    "reimburse",
    "repay",
    "to pay",
)
# A share the employer or court may (not must) impose: "the employer may seek contribution".
DISCRETIONARY_SHARE = compile_pattern(
    # ("may, after a hearing, require an officer ... to reimburse")
    # ("may, in its discretion and after notice and a hearing, require ...")
    r"\bmay,?\s+(?:[\w-]+,?\s+){0,10}?(?:seek|require|recover|obtain|demand|collect|order|assess"
    r"|direct|deduct|withhold|garnish)\b"
    # "If an employer requires the officer to contribute to a judgment, ...": the choice is the
    # employer's.
    r"|\b(?:if|when|where)\s+(?:an?|the|any)\s+(?:[\w-]+\s+){0,2}?(?:requires?|elects?\s+to\s+require"
    r"|chooses\s+to\s+require|decides\s+to\s+require)\s+(?:an?|the|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:officers?|employees?|deput(?:y|ies))\s+to\s+(?:contribute|pay)\b"
)
NO_PERSONAL_SHARE = compile_pattern(
    r"(?:shall|is|are|may)\s+not\s+(?:be\s+)?(?:held\s+)?personally liable|no personal liability|subrogation"
    # ("no public body may seek indemnification from an individual employee")
    r"|\bno\s+(?:[\w-]+\s+){1,3}?(?:may|shall)\s+(?:seek|recover|obtain)\b[^.;]{0,60}?\bfrom\s+(?:an?|the|any|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:officers?|employees?|defendants?)\b"
    # "... no part of which judgment shall be paid by the officer personally".
    r"|\bno\s+part\s+of\s+(?:which|the|any|such|a|an)\b[^.;]{0,60}?\b(?:shall|may)\s+be\s+paid\s+by\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?personally"
    # The share paid back: "the officer's employer shall reimburse the officer for any amount so
    # paid".
    r"|\b(?:shall|must)\s+(?:reimburse|repay|refund)\s+the\s+(?:\w+\s+)?(?:officer|employee)\s+(?:for\s+)?"
    r"(?:any|the|all|each)\s+(?:amount|sum|share|portion|payment)"
    # A negated subject or a shield: "no law enforcement officer shall be personally liable",
    # "protection of officers from personal liability".
    r"|\b(?:no|neither)\b[^.;]{0,160}?\b(?:shall|is|are|will|may)\s+(?:be\s+)?(?:held\s+)?"
    r"personally liable"
    r"|\b(?:from|against) personal (?:financial )?liability"
    # A gift, not a share: "may voluntarily contribute ..., but no officer shall be required to".
    # ("No law enforcement officer shall be required to contribute to the payment ...")
    r"|\bno\s+(?:[\w-]+\s+){0,3}?(?:officer|employee|defendant|deputy|official)\s+(?:shall|may)\s+be\s+"
    r"required\s+to\b"
    # "A public official is not required to contribute personally to the payment of a judgment";
    # "Nothing in this chapter requires an officer to contribute ...".
    r"|\b(?:shall|may|is|are)\s+not\s+(?:be\s+)?required\s+to\s+contribute\b(?!\s+(?:more|in\s+excess)\b)"
    r"|\bnothing\b[^.;]{0,80}?\brequires?\b[^.;]{0,60}?\bto\s+(?:contribute|pay|bear)\b"
    # The plaintiff pays, not the officer: "A plaintiff whose action is dismissed as frivolous
    # shall personally pay the defendant's costs".
    r"|\b(?:an?|the|any)\s+(?:plaintiff|claimant|petitioner)s?\b(?:\s+(?:who|whose|that)\b[^.;]{0,100}?)?\s+"
    r"(?:shall|must)\s+(?:personally\s+)?pay\b"
)
# The payer barred from recovering from the officer: "may not seek reimbursement from the
# officer", "without contribution from the employee" (no share, and no limit on payment).
# The officer excused from paying: "and the officer shall not be required to contribute to any
# judgment or settlement" (not "to contribute more than $25,000", a limit on the share).
OFFICER_NEED_NOT_CONTRIBUTE = compile_pattern(
    r"\b(?:officer|employee|defendant)s?\s+(?:shall|may|is|are)\s+not\s+(?:be\s+)?required\s+to\s+"
    r"(?:contribute|pay)\b(?!\s+(?:more|in\s+excess)\b)"
    # "A governmental entity may not condition the defense on the officer's agreement to
    # contribute to any judgment": a contribution forbidden as a condition, none owed.
    r"|\b(?:may|shall|must)\s+not\s+(?:condition|require)\b[^.;]{0,80}?\bagree\w*\s+to\s+(?:contribute|pay)\b"
)
# A personal share paid back by a sentence of its own: "The employing agency shall reimburse the
# officer for any amount the officer pays under sec. 2".
SHARE_REIMBURSED = compile_pattern(
    r"\b(?:shall|must)\s+(?:reimburse|repay|refund)\s+(?:to\s+)?the\s+(?:\w+\s+)?(?:officer|employee)\s+"
    r"(?:for\s+)?(?:any|the|all|each)\s+(?:amount|sum|share|portion|payment)s?\b[^.;]{0,80}?"
    r"\b(?:pays?|paid|contribut\w+)\b"
)
NO_RECOVERY_FROM_OFFICER = compile_pattern(
    r"\b(?:may|shall)\s+not\s+(?:seek|recover|obtain|require)\b|\bwithout\s+contribution\s+from\b"
)
# A personal share owed only by repeat violators: "if the officer has been found liable in two or
# more prior actions": narrow.
SHARE_ONLY_FOR_REPEATERS = compile_pattern(
    r"\b(?:two|three|four|five|[2-9])\s+or\s+more\s+(?:prior\s+|previous\s+|earlier\s+|other\s+)?(?:actions|judgments"
    r"|judgements|violations|claims|times|occasions)\b|\bsecond\s+or\s+subsequent\b"
    # ("If the officer was previously found liable in an action under this section, the officer
    # shall contribute ...": the first judgment costs the officer nothing)
    r"|\b(?:if|when|where)\s+(?:the|an?|such)\s+(?:[\w-]+\s+){0,3}?(?:has|had|was|were|have)\s+(?:been\s+)?"
    r"(?:previously|already|earlier|once\s+before)\s+(?:been\s+)?(?:found|held|adjudged)\s+liable\b"
    # A share the employer may excuse: "unless the officer's employer waives it". (Not "unless the
    # employer determines that the officer acted in good faith": owed unless good faith is found,
    # a share at least as wide as the rubric's own example, owed once bad faith is found.)
    r"|\bunless\s+the\s+(?:[\w-]+'s\s+)?(?:employer|employing\s+agency|agency|department|chief|board"
    r"|governing\s+body)\s+(?:waives|excuses)\b"
)
# "Personally liable" that apportions nothing: a quantity or a part of the award must be named
# for the words to be a share the officer pays.
SHARE_QUANTITY = compile_pattern(
    r"percent|%|\$|\bdollars?\b|\bportion\b|\bshare\b|\bpart\s+of\b|\bfirst\b|\blesser\b|\bamount\b"
    r"|\bpunitive\b|\bexemplary\b|\b(?:tenth|twentieth|fiftieth|hundredth|fourth|fifth)\b"
    # Liable for the award itself: "shall be personally liable for defense costs and the judgment".
    r"|\bliab\w*\s+for\b[^.;]{0,80}?\b(?:judgments?|judgements?|damages|awards?|settlements?|costs)\b"
)
# A consequence denied: "An officer may not be disciplined solely because a judgment is
# entered", "shall not be disciplined for the report".
CONSEQUENCE_DENIED = compile_pattern(
    # "Nothing in this act shall be construed to impose personal financial liability on an officer
    # or to require the employing agency to discipline an officer found liable".
    r"\bnothing\s+in\s+this\s+(?:act|section|chapter|article|subsection)\s+(?:shall\s+be\s+construed|is\s+intended)"
    r"\s+to\b[^.;]{0,160}?\b(?:impose|require|mandate)\b|"
    r"\b(?:may|shall|must|will)\s+not\s+be\s+(?:\w+\s+)?(?:disciplined|decertified|terminated|suspended"
    r"|dismissed|demoted|penali[sz]ed|retaliated)\b|\bno\s+(?:disciplinary|adverse)\s+action\b"
    # "The board shall not decertify an officer on the basis of a judgment under this chapter
    # unless ... convicted of a felony".
    r"|\b(?:may|shall|must|will)\s+not\s+(?:decertify|revoke|suspend|discipline|terminate|dismiss)\b"
    # "no part of which shall be the basis of any disciplinary action against the officer".
    r"|\b(?:may|shall|must|will)\s+not\s+be\s+subject\s+to\s+(?:any\s+)?(?:discipline|disciplinary|suspension"
    r"|termination|decertification|loss\s+of\s+certification)"
    # A negated subject: "No law enforcement officer shall be subject to discipline, demotion,
    # ... or decertification ... as a result of the entry of a judgment".
    r"|\bno\s+(?:[\w-]+\s+){0,3}?(?:officers?|employees?|deput(?:y|ies)|members?)\s+(?:shall|may|will)\s+be\s+"
    r"(?:subject\s+to|subjected\s+to)\s+(?:any\s+)?(?:discipline|disciplinary|demotion|suspension|termination"
    r"|decertification|adverse)"
    r"|\bno\s+(?:part\s+)?[^.;]{0,40}?\b(?:shall|may)\s+be\s+(?:the\s+)?(?:basis|ground|cause)\s+(?:of|for)\s+"
    r"(?:any\s+)?(?:disciplin|adverse)"
    # "A judgment under section 2 shall not be used as the basis for discipline or decertification".
    # "A judgment ... shall not be admissible in any proceeding concerning the officer's
    # certification or employment".
    r"|\b(?:shall|may)\s+not\s+be\s+(?:admissible|admitted|used)\s+in\s+any\s+(?:[\w-]+\s+){0,2}?"
    r"(?:proceeding|hearing|review)\b"
    # "A finding of liability ... shall not be considered in any personnel, promotion or
    # certification decision concerning the officer".
    r"|\b(?:shall|may|must)\s+not\s+be\s+(?:considered|used|taken\s+into\s+account)\s+(?:in|for)\s+(?:any\s+)?"
    r"[^.;]{0,60}?\b(?:decisions?|proceedings?|reviews?|evaluations?)\b"
    r"|\b(?:shall|may|must)\s+not\s+be\s+(?:used\s+as\s+|considered\s+|treated\s+as\s+)?(?:the\s+|a\s+)?(?:basis"
    r"|ground|grounds|cause)\s+(?:of|for)\s+(?:any\s+)?(?:disciplin|decertif|adverse|revocation|suspension|termination)"
)
# A liability predicate whose subject is negated: "No officer shall be liable", "Neither a
# public entity nor a public employee is liable". That grants immunity; it is no claim.
NEGATED_LIABILITY_SUBJECT = compile_pattern(
    # "..., and no such person is liable for ...".
    # (after an instruction's colon, the created section's number: "is created to read: 893.80
    # (4m) No suit may be brought against ...")
    r"(?:"
    + _CLAUSE_START
    + r"|[;:,]\s*(?:\d[\w.-]*\s+(?:\(\w{1,4}\)\s*)*)?(?:and\s+|or\s+|but\s+)?"
    # (a relative clause: "... in a civil action, in which neither qualified immunity nor ...
    # shall be a defense")
    r"(?:(?:in|under|to|against|for|by|from)\s+which\s+)?)"
    # (not a caption: "(2) No liability (A) Law enforcement officers A law enforcement officer ...
    # shall not be found liable if ...")
    r"(?:no(?!\s+liability\s+\(\w{1,4}\))|neither|none of)\b[^.;:]*$"
)
# Every employer forbidden to take or keep someone on ("No law enforcement agency ... may hire or
# retain"; "... may appoint, or continue to employ").
EMPLOYMENT_BARRED = (
    r"\bno\s+(?:[\w-]+\s+){1,12}?(?:may|shall)\s+(?:hire|employ|appoint|retain|re-?hire)"
    r"(?:,?\s+or\s+(?:hire|employ|appoint|retain|re-?hire|continue\s+to\s+employ|keep\s+in\s+(?:its\s+)?employ))?\b"
    # ("No person against whom a final judgment has been entered under section 2 shall be employed
    # by the Metropolitan Police Department or any other District agency")
    r"|\bno\s+(?:person|individual|officer)\b[^.;]{0,120}?\b(?:shall|may)\s+(?:be|thereafter\s+be)\s+"
    r"(?:employed|hired|appointed|re-?hired|retained)\b"
)
DECERTIFY = compile_pattern(
    # "may take any action against the officer's certification that it considers appropriate".
    r"\baction\s+against\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,2}?(?:certification|certificate|license|licence)\b|"
    # Possessives count as words: "revoke the officer's peace officer certification".
    # "shall suspend, for not less than one year, the certification of ...".
    # ("shall cancel the certification of any law enforcement officer against whom ...")
    r"decertif|(?:revoke|revocation of|suspend|suspension of|cancel|cancellation of),?\s+(?:[\w'-]+,?\s+){0,8}?"
    r"(?:certification|certificate|license)"
    # "shall review the officer's certification and shall revoke it if ...".
    r"|certification\b[^.]{0,80}?\b(?:revoke|suspend) it\b"
    r"|(?:certification|license)\s+(?:[\w'-]+\s+){0,3}?(?:revoked|suspended)"
    # "A certificate issued to a police officer shall be revoked by the council if ..."
    r"|\bcertificat\w*\s+(?:[\w'-]+\s+){0,6}?(?:shall|must|will)\s+be\s+(?:revoked|suspended)\b"
    r"|(?:termination|terminate)\s+(?:of\s+)?(?:[\w'-]+\s+){0,3}?employment"
    # "shall be terminated by the employing agency", "shall be dismissed from employment";
    # "shall not be eligible for rehire by any law enforcement agency".
    r"|\b(?:shall|must|will)\s+be\s+(?:terminated|dismissed)\b"
    # (not dismissed from a suit: "the employees shall be dismissed on the filing of a motion by
    # the governmental unit", "shall be dismissed as a party", "dismissed from the action")
    r"(?!\s+(?:\[?\w+\]?\s+)?(?:on|upon)\s+(?:the\s+)?(?:filing|motion)\b|\s+as\s+(?:a\s+)?(?:party|defendants?)\b"
    r"|\s+from\s+(?:the\s+|such\s+|that\s+)?(?:action|suit|case|proceeding|lawsuit)\b)"
    # ("is not eligible for hire, appointment, or reappointment as a peace officer")
    r"|\b(?:not\s+be\s+eligible|(?:is|are)\s+not\s+eligible|ineligible)\s+for\s+(?:re-?)?(?:hire|employment"
    r"|appointment)\b"
    # ("... against whom a final judgment is entered ... shall not thereafter be hired or employed
    # by any District agency", "shall not be re-employed or reappointed as a police officer")
    r"|\b(?:shall|may)\s+not\s+(?:thereafter\s+)?be\s+(?:re-?)?(?:hired|employed|appointed)\b"
    # "shall dismiss from the patrol any trooper against whom a final judgment is entered".
    r"|\b(?:shall|must)\s+(?:dismiss|discharge|remove|terminate)\s+(?:from\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?)?(?:an?|any|the|each"
    r"|such|every)\s+(?:[\w'-]+\s+){0,2}?(?:officers?|troopers?|deput(?:y|ies)|employees?|members?)\b"
    # "shall be suspended without pay for not less than 30 days"; "the employing agency shall
    # suspend the police officer without pay".
    r"|\bsuspen(?:ded|sion)\s+without\s+pay"
    r"|\b(?:shall|must)\s+suspend\s+(?:an?|any|the|each|such|that)\s+(?:[\w'-]+\s+){0,3}?(?:officers?|troopers?"
    r"|deput(?:y|ies)|employees?|members?)\s+without\s+pay\b"
    # "The employing agency shall discipline, up to and including termination, any officer".
    r"|\b(?:shall|must)\s+discipline\b"
    # The old words: "shall forfeit his office and shall be forever disqualified from holding any
    # office of police".
    r"|\bforfeit\s+(?:his|her|their|the|its)\s+(?:office|position|employment)"
    r"|\bdisqualified\s+from\s+(?:holding|serving)"
    # Pay lost: "shall forfeit thirty days of salary", "forfeits his pension".
    r"|\bforfeit\w*\b[^.;]{0,100}?\b(?:salary|pay|wages|pension|retirement)\b"
    # A bar on employing the officer: "shall not employ as a law enforcement officer an individual
    # against whom a final judgment has been entered".
    r"|\b(?:shall|may)\s+not\s+(?:employ|hire|appoint|re-?hire)\s+(?:as\s+an?\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:an?|any)\s+(?:individual|person|officer|employee)\b"
    # The same bar said of every employer: "No law enforcement agency of this state ... may hire or
    # retain ... a person against whom", "No police department in this state may appoint, or
    # continue to employ, as a police officer a person against whom".
    + r"|"
    + EMPLOYMENT_BARRED
    # A civil penalty on the officer himself: "the court shall impose upon the public employee a
    # civil penalty of $2,500"; "... shall be paid by the employee personally".
    + r"|\b(?:impose\s+(?:up)?on|assess\s+against)\s+(?:the\s+|an?\s+|any\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:officers?|employees?|defendants?)\s+(?:personally\s+)?an?\s+civil\s+penalt"
    # "shall suspend without pay, for at least thirty (30) days, a public employee".
    r"|\bsuspends?\s+(?:the\s+[\w'-]+\s+)?without\s+pay"
    # ("may suspend a local employee against whom a judgment is entered")
    r"|\b(?:shall|must|may)\s+suspend\s+(?:an?|any|the|each|such|that)\s+(?:[\w'-]+\s+){0,3}?(?:officers?|troopers?"
    r"|deput(?:y|ies)|employees?|members?)\b"
    # Discipline short of dismissal: "shall be placed on probation by the employing agency";
    # "shall be demoted"; a bar on promotion ("is ineligible for promotion ... for 3 years",
    # "may bar a peace officer ... from promotion").
    r"|\bplace[ds]?\b[^.;]{0,120}?\bon\s+(?:disciplinary\s+)?probation\b"
    r"|\b(?:shall|must|may)\s+(?:be\s+)?demoted?\b"
    r"|\b(?:ineligible|not\s+(?:be\s+)?eligible)\s+for\s+(?:any\s+)?promotion\b"
    r"|\b(?:shall|must|may)\s+not\s+be\s+promoted\b"
    r"|\bbar\s+(?:(?:the|an?|any|such|that)\s+(?:[\w'-]+\s+){0,3}?)?[^.;]{0,120}?\bfrom\s+(?:any\s+)?promotion\b"
    # "The director shall have cause to discipline any peace officer licensee who ...".
    # "may discipline, up to and including termination, an officer found liable"; "may terminate
    # an officer found liable".
    r"|\bdisciplin\w*,\s+[^,;.]{1,60},\s+(?:any|an?|the|each)\s+(?:[\w'-]+\s+){0,2}?(?:officers?|employees?)\b"
    # ("may suspend or dismiss the officer")
    # ("may suspend, demote or discharge an officer")
    r"|\b(?:shall|must|may)(?:,[^,;.]{1,40},)?\s+(?:(?:suspend|demote|terminate|dismiss|discharge),?\s+(?:or\s+)?){0,3}"
    r"(?:terminate|dismiss|discharge)\s+(?:the\s+employment\s+of\s+)?(?:an?|any|the"
    r"|each|such|every)\s+(?:[\w'-]+\s+){0,2}?(?:officers?|troopers?|deput(?:y|ies)|employees?)\b"
    r"|\bdisciplin\w*\s+(?:any|an?|the|each)\s+(?:[\w'-]+\s+){0,2}?(?:officers?|licensees?|employees?|members?"
    r"|officials?)\b"
    # "which may discipline the member's license under section 590.080".
    r"|\bdisciplin\w*\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,2}?(?:license|licence|certificat\w*)\b"
    # Discipline of the officer, not of a student or a licensee.
    # ("disciplinary action, up to and including dismissal, against a peace officer";
    # "disciplinary proceedings against the officer"; "any disciplinary proceeding concerning
    # that officer")
    # ("any disciplinary action the superintendent considers appropriate against a trooper")
    r"|disciplin\w*\s+(?:(?:actions?|proceedings?|measures?|charges?)(?:,[^,;.]{1,60},|\s+(?:that\s+|which\s+)?"
    r"(?:the\s+|it\s+|he\s+|she\s+)?(?:[\w-]+\s+){0,2}?(?:considers?|deems?|finds?)\s+(?:appropriate|necessary"
    r"|proper|warranted))?\s+)?"
    r"(?:of|against|on|concerning|regarding)\s+(?:the\s+|an?\s+|any\s+|that\s+|such\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:officers?|employees?|officials?|deput|defendants?|troopers?|members?)|(?:subject to(?:\s+(?:such|appropriate))?|shall be|be) disciplined?\b|(?:found|held|adjudged) liable\b[^;]{0,160}?\bsubject to (?:such )?disciplinary (?:action|measures|proceedings)\b"
    # ("may take disciplinary action, up to and including termination, against a person acting
    # on its behalf whose conduct resulted in a judgment": a public body's own people)
    r"|disciplin\w*\s+actions?(?:,[^,;.]{1,60},)?\s+against\s+(?:an?|any|the|each)\s+persons?\s+"
    r"acting\s+on\s+(?:its|their)\s+behalf\b"
    # "A judgment ... shall constitute cause for discipline": grounds an agency may act on.
    r"|\b(?:constitutes?|constitute)\s+(?:grounds?|cause)\s+for\s+(?:disciplin\w*|decertification|revocation"
    r"|suspension|termination|dismissal)\b"
    # "shall place the officer's name on the list of officers whose conduct must be disclosed"
    # (a Brady or Giglio list), "entered in the national decertification index".
    r"|\b(?:place|enter|add|include)\w*\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:name\s+)?(?:on|in|to)\s+(?:the\s+|a\s+)?"
    r"(?:brady|giglio|(?:list|index|registry)\s+of\s+(?:officers|peace officers|law enforcement officers)"
    r"|national decertification index)"
    # A bar on employment: "is ineligible for employment as a peace officer", "shall not be
    # employed as a law enforcement officer".
    r"|\bineligible\s+(?:for|to\s+(?:be|serve))\s+(?:[\w-]+\s+){0,2}?(?:employ|appoint|hir|certif|serv)"
    r"|\b(?:shall|may)\s+not\s+be\s+(?:employed|hired|appointed|rehired)\s+as\s+an?\s+(?:peace|law|police)"
    # "shall impose a sanction on the officer's certification, which may be suspension".
    r"|\b(?:impose|take)\s+(?:a\s+|an\s+|any\s+)?(?:sanctions?|penalty|penalties)\s+(?:on|against|upon)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,2}?(?:certification|certificate|license|licence)\b"
    # "shall impose discipline, which may include termination, on an employee".
    # ("may impose any discipline it considers appropriate")
    r"|\bimpose\s+(?:any\s+|such\s+)?(?:appropriate\s+)?discipline\b"
    # "may consider the judgment in any proceeding concerning the officer's certificate".
    r"|\bproceedings?\s+(?:concerning|regarding|on|affecting)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:certificat|licen)"
    # "may, in its discretion, consider a judgment under this section in any certification review".
    r"|\b(?:certification|certificate|licen[sc]e)\s+(?:reviews?|proceedings?|hearings?|decisions?)\b"
    # "shall dismiss from employment a correctional officer against whom a final judgment ...".
    r"|\b(?:dismiss|discharge)(?:ed|es)?\s+from\s+(?:employment|service|office|the\s+(?:force|department))\b"
    # "A police officer found liable under Subsection (a) shall be terminated from employment".
    r"|\bterminat(?:ed|es?|ion)\s+(?:of\s+(?:the\s+)?(?:officer'?s\s+)?employment|from\s+(?:employment|service|office))\b"
    # "shall be separated from employment".
    r"|\b(?:shall|must)\s+be\s+separated\s+from\s+(?:employment|service|the\s+(?:force|department|agency))\b"
    # Loss of an assignment or of overtime: "shall be removed from any specialized assignment";
    # "is ineligible to work overtime or to receive overtime compensation for 12 months".
    r"|\b(?:shall|must)\s+be\s+removed\s+from\s+(?:any|all|each|(?:his|her|their|the)(?:\s+or\s+her)?)\s+"
    r"(?:specialized\s+|special\s+)?assignments?\b"
    r"|\b(?:ineligible|not\s+(?:be\s+)?eligible)\s+(?:to\s+be\s+assigned\s+(?:an?\s+)?take-home\s+vehicles?"
    r"|to\s+(?:work|receive)\s+overtime|for\s+(?:any\s+|the\s+)?(?:assignment\s+of\s+(?:an?\s+)?)?"
    r"(?:overtime|special(?:ized)?\s+assignments?|take-home\s+vehicles?|(?:merit\s+)?(?:salary\s+)?increases?"
    r"|merit\s+(?:pay|raises?)|bonus(?:es)?))\b"
    # A reprimand, a bonus forfeited, a hearing whose finding "shall result in" suspension: "shall
    # issue the officer a written reprimand"; "shall forfeit any performance bonus"; "A finding at
    # the hearing that the employee committed the deprivation shall result in suspension".
    r"|\b(?:issue|give|administer)\s+(?:to\s+)?(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,2}?(?:formal\s+|written\s+)?reprimand\b"
    r"|\b(?:shall|must)\s+be\s+(?:formally\s+)?reprimanded\b"
    r"|\bforfeit\s+(?:any|all|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:bonus(?:es)?|incentive\s+pay(?:ments?)?"
    r"|merit\s+(?:pay|increases?))\b"
    r"|\b(?:shall|must)\s+result\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:suspension|termination|demotion|dismissal"
    r"|decertification|revocation)\b"
    # "which may consider the judgment in determining whether to take disciplinary action";
    # "may review the judgment ... and may impose sanctions under 20 V.S.A. chapter 151".
    r"|\bwhether\s+to\s+(?:take|impose|initiate|bring)\s+(?:any\s+)?disciplin\w*"
    r"|\b(?:may|shall|must)\s+impose\s+(?:any\s+|appropriate\s+|such\s+)?sanctions?\b"
    # "the court may refer the matter to the Police Officers' Education and Training Commission":
    # the body that certifies officers decides (never a consequence that follows by itself).
    # ("... to the Board on Public Safety Standards and Training")
    # Consequences other than the badge: "shall not carry a firearm in the course of any public
    # employment for one year", "shall surrender the officer's service firearm", "may bar an
    # officer ... from carrying a firearm"; "shall forfeit one year of service credit in the ...
    # retirement system", "withhold one year of service credit from the member".
    r"|\b(?:shall|must|may)\s+not\s+(?:carry|possess|be\s+issued)\s+(?:an?\s+|any\s+)?(?:service\s+)?"
    r"(?:firearms?|weapons?|sidearms?)\b"
    r"|\bsurrender\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:firearms?|weapons?"
    r"|sidearms?)\b"
    r"|\bbar\s+(?:an?|the|any|such)\s+(?:[\w'-]+\s+){0,2}?(?:officers?|deput(?:y|ies)|troopers?|employees?)\b"
    r"[^.;]{0,120}?\bfrom\s+carrying\b"
    r"|\b(?:forfeit\w*|withh(?:o|e)ld\w*|loss|lose|reduc\w*)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:service\s+credit"
    r"|pension\s+(?:credit|benefits?)|retirement\s+(?:credit|benefits?))\b"
    r"|(?P<referral>\brefer(?:s|red)?\s+(?:[\w'\u2019-]+\s+){0,6}?to\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,8}?"
    r"(?:(?:standards|training|certification|licensing|licensure)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:commission|board|council)\b|(?:commission|board|council)\s+(?:on|of|for)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:standards|training|certification|licensing|licensure)\b))"
    # "may ... refer a member found liable under this section to the Police Board for
    # consideration of discipline": a body that decides discipline, named with its errand.
    r"|\brefer(?:s|red)?\s+(?:[\w'\u2019-]+\s+){0,8}?to\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,6}?"
    r"(?:board|commission|council|committee|chief|superintendent|sheriff)\s+for\s+(?:(?:the\s+)?consideration\s+of\s+"
    r"|possible\s+|appropriate\s+)?(?:disciplin\w*|decertification|revocation|suspension|termination|dismissal)\b"
)
# A list of officers whose conduct must be disclosed to criminal defendants.
DISCLOSURE_LIST = compile_pattern(
    r"\bbrady\b|\bgiglio\b|\b(?:list|index|registry)\s+of\s+(?:peace\s+|law enforcement\s+)?officers\b"
)
DECERTIFY_GATE = (
    "decertif",
    "refer",
    "action against",
    "dismiss",
    "discharge",
    "certification review",
    "certificate review",
    "license review",
    "licence review",
    "certification proceeding",
    "certification hearing",
    "certification decision",
    "certificate proceeding",
    "certificate hearing",
    "certificate decision",
    "license proceeding",
    "license hearing",
    "license decision",
    "licence proceeding",
    "licence hearing",
    "licence decision",
    "forfeit",
    "disqualified",
    "ineligible",
    "not be employed",
    "not be hired",
    "not be appointed",
    *("not employ", "not hire", "not appoint", "not rehire", "not re-hire", "civil penalt"),
    "proceeding",
    "revo",
    "cancel",
    "suspen",
    "terminat",
    "disciplin",
    "brady",
    "giglio",
    "list of",
    "index of",
    "registry of",
    "separated from",
    "sanction",
    *("firearm", "weapon", "sidearm", "service credit", "pension", "retirement"),
    # (the bars on overtime, take-home vehicles, increases and bonuses all say "eligible"; a
    # hearing that "shall result in" suspension names the suspension; a bonus is "forfeit")
    *("probation", "demot", "promot", "removed from", "reprimand", "eligible"),
    # (a removal or a bar on employment every employer must keep)
    *("shall remove", "must remove", "may hire", "may employ", "may appoint", "may retain"),
    *("shall hire", "shall employ", "shall appoint", "shall retain", "may rehire", "may re-hire"),
    *("shall rehire", "shall re-hire", "shall be employed", "shall be hired", "shall be appointed"),
    *("may be employed", "may be hired", "may be appointed", "be retained", "be rehired"),
    *("be re-employed", "be reemployed", "be reappointed", "be re-appointed", "be re-hired"),
    "thereafter be",
)

# A listing kept for the public: "a public, searchable database", "a public index".
# ("a public internet database containing, for each judgment ...")
_PUBLIC_LISTING = (
    r"public,? (?:(?:searchable|online|internet|electronic|web-?based),? (?:and )?){0,2}"
    # ("shall maintain a public internet website that lists every judgment")
    r"(?:database|registry|list|index|website|web site)"
)
# A records law's exemption withdrawn from misconduct records: "The exclusions in subsection
# (1)(i) and (j) of this section shall not apply to records of a complaint against a peace
# officer"; "The exemption in paragraph (a) does not apply to records of a complaint alleging ...";
# a confidential class that leaves them out.
_EXEMPTION_WITHDRAWN = (
    r"\b(?:exemptions?|exclusions?|exceptions?)\b[^.;]{0,80}?\b(?:does|do|shall)\s+not\s+apply\s+to\s+(?:the\s+|any\s+)?"
    r"(?:records?|information|reports?|files?)\b"
    # ('"Confidential law enforcement investigatory record" does not include a record of an
    # investigation of a complaint that a peace officer engaged in misconduct')
    r"|\bconfidential\s+(?:[\w-]+\s+){0,4}?records?[\"”']?\s+(?:does|do|shall)\s+not\s+include\b"
)
# Records open to anyone who asks, in words without "public": "any person may inspect and copy a
# record of a complaint"; "shall, within 10 business days after receiving a request from any
# person, release a copy of each settlement agreement".
_OPEN_TO_ANY_PERSON = (
    r"\bany\s+person\s+may\s+(?:inspect|examine|copy|obtain|review)\b"
    r"|\b(?:shall|must),\s+[^,;.]{0,80}?\brequest\s+(?:of|by|from)\s+any\s+(?:person|member\s+of\s+the\s+public"
    r"|requester|requestor)\b[^,;.]{0,40},\s+(?:release|disclose|provide|produce|make\s+available)\b"
)
# Literals one of which every provision of another lawmaker's law holds (what a city "may, by
# ordinance, establish", the ordinances a state forbids, what a State's law must say for a grant:
# see clauses.Reading._other_lawmakers_spans).
OTHER_LAWMAKERS_WORDS = (
    "ordinance",
    "resolution",
    "charter",
    "local law",
    "bylaw",
    "in effect",
    "certif",
)
# Literals of text a bill prints without force: proposals set out "for purposes of study only",
# notes "(not part of the act)" (the clause reader finds these spans by them).
WITHOUT_FORCE_WORDS = (
    *("no force or effect", "no legal force", "purposes of study only"),
    *("purposes of discussion only", "purposes of illustration only"),
    *("not part of the act", "not part of this act", "not part of the bill"),
    *("not part of the local law", "not part of this local law", "not part of the law"),
    *("not part of the ordinance", "not part of this ordinance", "not part of the statute"),
    *("not part of the resolution", "not part of the measure"),
)
# An agency forbidden to withhold records (from anyone, or from those who ask: not from a board,
# a court or another agency, which is a report to that body).
_WITHHOLDING_FORBIDDEN = (
    r"(?:\b(?:may|shall|must)\s+not|\bno\s+(?:[\w-]+\s+){1,4}?(?:may|shall))\s+withhold\b"
    r"(?!\s+from\s+(?:the|a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:board|commission|agency|department|court"
    r"|prosecut\w*|attorney|council|committee|inspector|auditor|office)s?\b)"
)
RECORDS_VERB = compile_pattern(
    # (Missouri's Sunshine Law: "shall be open records", as against "closed records")
    # ("... are government records and are not exempt from public access": New Jersey's words)
    # ("shall be public writings under Section 36-12-40": Alabama's term)
    r"public records?|public writings?|\bopen (?:public )?records?\b"
    r"|\bnot\s+exempt\s+from\s+(?:public\s+)?(?:access|disclosure|inspection)\b"
    # ("shall be a government record subject to public access under P.L.1963, c.73")
    r"|(?<!not )\bsubject\s+to\s+public\s+(?:access|inspection|disclosure)\b"
    r"|(?:shall|must) (?:(?:also|annually|promptly|quarterly|monthly|publicly|thereafter) )?(?:be )?"
    r"(?:disclose|publish|post|report|make available|made available"
    r"|make public|made public)"
    # ("on the City's website", "on the department's public website")
    r"|disclos(?:e|ed|ure)|post(?:ed)? online|(?:on|to) (?:its|the|a) (?:[\w-]+['’]s? )?(?:publicly accessible |public |internet "
    r"|official )?(?:website|web site|internet (?:web )?site)"
    r"|(?:on|to) (?:its|the|a|an) (?:[\w-]+ ){0,3}?(?:transparency|public|open data|sunshine) portal"
    r"|(?:posted|published)\s+(?:on|to)\s+[^.;]{0,60}?\bwebsite"
    r"|available to the public|publicly available|open (?:to|for) (?:public )?inspection"
    # ("shall be government records open to the public", "... available for public access")
    r"|\brecords?\s+(?:open|available)\s+(?:to\s+the\s+public|for\s+public\s+(?:access|inspection))\b"
    # ("shall be available for public access", "shall be made available to any member of the
    # public upon request")
    r"|\b(?:shall|must)\s+be\s+(?:made\s+)?available\s+(?:for\s+public\s+(?:access|inspection)"
    r"|to\s+(?:any|every)\s+member\s+of\s+the\s+public)\b"
    # ("Every settlement agreement and judgment ... shall be public and shall not be subject to
    # any confidentiality agreement")
    r"|\b(?:shall|must)\s+be\s+public\b(?=\s*(?:[.;,]|and\b|or\b|under\b|pursuant\b))"
    # ("shall be open to the public under the Virginia Freedom of Information Act")
    r"|(?:shall|must)\s+be\s+open\s+to\s+the\s+public\b"
    r"|available for (?:public )?inspection"
    r"|(?:release|provide|disclose)\w*\b[^.]{0,200}?\bto the public"
    # "shall be released to the plaintiff and the public"
    r"|(?:release|provide|disclose)\w*\s+to\s+(?:the\s+|an?\s+|any\s+)?[\w-]+(?:\s+[\w-]+)?,?\s+(?:and|or)\s+(?:to\s+)?the\s+public\b"
    r"|"
    + _PUBLIC_LISTING
    # ("shall be released upon request under the freedom of information act")
    # (not copies for the parties: "shall provide copies to a party to the action upon request")
    + r"|\b(?:shall|must)\s+(?:be\s+)?(?:released?|made\s+available|disclosed?)\b"
    r"(?![^.;]{0,80}?\bto\s+(?:a|the|any|each)\s+part(?:y|ies)\b)[^.;]{0,80}?\b(?:up)?on\s+(?:written\s+)?request\b"
    # ("must be released to any person who requests it, after the redaction of ...")
    + r"|\b(?:shall|must)\s+be\s+(?:released|provided|made\s+available|disclosed)\s+to\s+(?:any|every)\s+"
    r"(?:person|member\s+of\s+the\s+public|requester|requestor)\b"
    # "the agency shall make the investigative report public".
    r"|\b(?:shall|must)\s+make\s+(?:the|each|every|its|all|any|such|that)\s+(?:[\w-]+\s+){0,3}?(?:reports?"
    r"|records?|files?|findings?|complaints?|determinations?)\s+public\b"
    # "a database, accessible to the public without charge"; court records that "shall not be
    # sealed" stay open to anyone.
    r"|\baccessible\s+to\s+(?:the|any\s+member\s+of\s+the)\s+public\b|\b(?:shall|may)\s+not\s+be\s+sealed\b"
    # "shall, upon request of any person, release the records of any complaint".
    r"|\b(?:shall|must),?\s+(?:upon|on)\s+(?:the\s+)?(?:written\s+)?request\s+(?:of|by|from)\s+any\s+person,?\s+"
    r"(?:release|disclose|provide|produce|make\s+available)\b"
    # "shall release to any requester under s. 19.35 the records of any complaint".
    r"|\b(?:shall|must)\s+(?:release|provide|disclose|produce|furnish)\b[^.;]{0,40}?\bto\s+(?:any|every)\s+"
    r"(?:requester|requestor|applicant|person|member\s+of\s+the\s+public)"
    # Texas's Public Information Act: "This section does not except from disclosure ... a record of
    # a complaint against a peace officer that was sustained".
    r"|\b(?:does|do|shall|may)\s+not\s+except\s+from\s+(?:required\s+)?(?:public\s+)?disclosure\b"
    # "Upon request of any person, a law enforcement agency shall release the records of ...".
    r"|\b(?:upon|on)\s+(?:the\s+)?(?:written\s+)?request\s+(?:of|by|from)\s+any\s+(?:person|member\s+of\s+the\s+public"
    r"|requester)\b[^.;]{0,80}?\b(?:shall|must)\s+(?:release|provide|disclose|produce|furnish|make\s+available)\b"
    # "Within thirty days after a request by the person injured, or by any member of the public,
    # the employing entity shall release ...".
    r"|\brequest\s+(?:of|by|from)\s+[^.;]{0,60}?\bany\s+(?:person|member\s+of\s+the\s+public|requester)\b"
    r"[^.;]{0,120}?\b(?:shall|must)\s+(?:release|provide|disclose|produce|furnish|make\s+available)\b"
    # "is public information under Chapter 552 ... and may not be withheld from a requestor".
    r"|\bpublic\s+information\b|\b(?:may|shall)\s+not\s+be\s+withheld\b"
    # The same said of the agency: "A law enforcement agency may not withhold from any person
    # who requests them ... any complaint", "No agency may withhold any record of a complaint".
    r"|" + _WITHHOLDING_FORBIDDEN + r"|" + _EXEMPTION_WITHDRAWN + r"|" + _OPEN_TO_ANY_PERSON
)
RECORDS_GATE = (
    "public",
    "withhold",
    "sealed",
    "open record",
    "withheld",
    "disclos",
    "publish",
    "post",
    "website",
    "inspection",
    "release",
    "portal",
    "available",
    # (records released "to any requester", "upon request of any person")
    *("any person", "every person", "member of the public", "requester", "requestor", "applicant"),
    # (an exemption that "does not apply to records of ...", a confidential class that "does not
    # include" them)
    "not apply to",
    "not include",
)
# Someone other than the public: reports to a board or an agency are not disclosure.
PUBLIC_AUDIENCE = compile_pattern(
    r"\bnot\s+except\s+from\s+(?:required\s+)?(?:public\s+)?disclosure\b|public records?|public writings?"
    r"|\bopen (?:public )?records?\b|publicly"
    r"|to the public\b(?!\s+(?:employers?|employees?|entit(?:y|ies)|bod(?:y|ies)|agenc(?:y|ies)|officials?|officers?))"
    # (not "the public employer", "the public body": a government, not the people)
    r"|the public\b(?!\s+(?:employers?|employees?|entit(?:y|ies)|bod(?:y|ies)|agenc(?:y|ies)|officials?|officers?"
    r"|schools?|safety|defenders?|works|utilit(?:y|ies)|authorit(?:y|ies)|servants?))|make public"
    r"|\bmake\s+(?:[\w-]+\s+){1,5}?public\b"
    r"|made public|website|web site"
    r"|internet (?:web )?site|online"
    r"|(?:transparency|public|open data|sunshine) portal|\bto any person\b"
    # "shall post on its public transparency dashboard", "a public docket, open to inspection",
    # "on its open data site".
    r"|\b(?:public|open|online)\s+(?:[\w-]+\s+){0,2}?(?:dashboard|docket)\b|\bopen\s+data\s+(?:site|portal|platform)\b"
    # "shall disclose, on request by any person, ...": anyone may have it.
    r"|\b(?:on|upon)\s+(?:the\s+)?(?:written\s+)?request\s+(?:of|by|from)\s+any\s+person"
    r"|open (?:to|for) (?:public )?"
    r"inspection|publish|public inspection|freedom of information|public information"
    r"|not (?:be )?confidential|(?<!not )subject to (?:public )?(?:disclosure|inspection)|(?<!not )subject to public access"
    # "... may not be withheld from public disclosure": what may not be kept from the public.
    r"|\b(?:may|shall|must)\s+not\s+be\s+withheld\s+from\s+(?:public\s+)?(?:disclosure|inspection|the\s+public)\b"
    r"|\bnot\s+exempt\s+from\s+public\s+(?:access|disclosure|inspection)\b|"
    + _WITHHOLDING_FORBIDDEN
    + r"|\b(?:shall|must)\s+be\s+public\b"
    # "shall be public and shall be made available for inspection and copying by any person, and
    # shall not be exempt from disclosure".
    r"|\bby\s+any\s+person\b|\bnot\s+(?:be\s+)?exempt\s+from\s+disclosure\b"
    # Anyone who asks: "upon request", "to any requester", "any member of the public".
    r"|\b(?:up)?on\s+(?:written\s+)?request\b(?!\s+(?:of|by|from)\s+(?:the|a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:board"
    r"|commission|agency|department|court|prosecut|attorney|council|committee))|\bto\s+any\s+(?:requester|applicant)\b"
    r"|\bany\s+member\s+of\s+the\s+public\b"
    # ("are government records and shall be made available for public access pursuant to
    # P.L.1963, c.73": New Jersey's records act)
    r"|\b(?:available|open)\s+for\s+public\s+access\b|\bgovernment\s+records?\b"
    r"|"
    + _PUBLIC_LISTING
    + r"|\b(?:shall|may)\s+not\s+be\s+sealed\b|"
    + _EXEMPTION_WITHDRAWN
    + r"|"
    + _OPEN_TO_ANY_PERSON
)
RECORDS_OBJECT = compile_pattern(
    r"complaints?|misconduct|disciplin|settlements?|judgments?|judgements?|civil actions?|claims?"
    # A prosecutor's list of officers with impeachment information (a "Brady list").
    r"|\bimpeachment\s+(?:disclosure\s+)?(?:information|material)\b|\bbrady\s+(?:list|disclosures?)\b|\bgiglio\b"
    # ("its list of police officers whose conduct has been found to bear on their credibility as
    # witnesses")
    r"|\blist\s+of\s+(?:[\w-]+\s+){0,2}?officers\b[^.;]{0,80}?\bcredibility\b"
    # ("a public body that enters into an agreement to settle an action ... shall post the
    # agreement")
    r"|agreements? to settle"
    r"|investigative (?:reports?|files?|records?)"
    # (a use-of-force policy, standard or training curriculum is not a record of its use)
    # (not an agency's name: "the Kansas Bureau of Investigation")
    r"|(?<!bureau of )(?<!division of )(?<!department of )(?<!office of )investigations?"
    r"|personnel records?|internal[- ]affairs (?:records?|files?|reports?|investigations?)"
    r"|use[- ]of[- ]force(?![- ](?:polic(?:y|ies)|standards?|training|guidelines?|curricul\w*|model|rules?))"
    r"|use of (?:deadly |excessive |lethal )force"
    r"|court records?|(?:court|case) files?"
    r"|sustained (?:findings?|complaints?|allegations?)"
    # "The registry shall be made available to the public" (a misconduct registry).
    # (not "the registry's website": the registry of motor vehicles, a place to publish)
    r"|\bregistry\b(?!['’]s\b)|\bdatabase\b"
    # Recordings alone are "only some records" (partial), read by BODY_CAMERA_ONLY.
    # (a noun, not the act: "a person who was recording police activities")
    r"|recordings\b|(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )(?<!while )recording\b"
    r"(?!\s+(?:police|the|an?|officers?|law)\b)|footage"
    # ("data recorded by a body-worn camera or a vehicle-mounted camera of an incident")
    # (not "each body-worn camera contract and its price": the purchase, not what it recorded)
    r"|\b(?:body[- ]worn|vehicle[- ]mounted|dashboard|in-car)\s+cameras?\b(?!\s+(?:contracts?|vendors?|programs?"
    r"|polic(?:y|ies)|purchases?|procurement|grants?|funding|equipment|pilot))"
)
RECORDS_CLOSED = compile_pattern(
    # (not "would identify a minor or a confidential informant": a person, not a record's status)
    # ("... shall not otherwise be open records under the Kansas open records act")
    # (not "any provision of a settlement agreement requiring its confidentiality is void")
    r"not (?:otherwise )?(?:be )?(?:an? )?(?:public|open) (?:records?|writings?)"
    r"|(?<!not )confidential(?! (?:informants?|sources?|witness(?:es)?)\b)(?!ity\s+(?:is|are|shall\s+be)\s+void)"
    r"(?![^.;]{0,20}?\b(?:is|are|shall\s+be)\s+(?:void|unenforceable|of\s+no\s+effect)\b)"
    # ("is exempt from public inspection and copying under this chapter")
    r"|(?<!not )(?<!not be )exempt from (?:public )?"
    r"(?:disclosure|inspection)|shall not be disclosed"
    # "A recording retained under the policy is not subject to disclosure under Chapter 552".
    r"|\bnot\s+subject\s+to\s+(?:public\s+)?(?:disclosure|inspection|release)"
    # Kentucky's list of records "excluded from the application of KRS 61.870 to 61.884 and ...
    # subject to inspection only upon order of a court".
    r"|\b(?:excluded|exempted?)\s+from\s+the\s+application\s+of\b"
    r"|\bsubject\s+to\s+(?:public\s+)?inspection\s+only\s+(?:up)?on\s+(?:the\s+)?order\s+of\s+a\s+court"
)
# A confidentiality term forbidden: "may not contain a provision that requires its terms to be
# kept confidential" opens the record.
CONFIDENTIALITY_FORBIDDEN = compile_pattern(
    # (not "any record of a complaint ... that was not sustained, is confidential": the "not"
    # of another clause)
    r"\bno\b[^.;]{0,120}?confidential|\bnot\s+(?:\w+\s+){0,6}?confidential"
    # "a provision ... purporting to make the agreement confidential is void".
    r"|\bconfidential\b[^.;]{0,20}?\b(?:is|are|shall\s+be)\s+(?:void|unenforceable|null)\b"
    # "... and any judgment in the action, none of which shall be exempt from disclosure".
    r"|\bnone\s+of\s+which\s+(?:shall|may|is|are)\s+(?:be\s+)?(?:exempt|confidential|withheld)"
    # "Nothing in NRS 289.080 or any other confidentiality provision exempts from disclosure a
    # record of a settlement".
    r"|\b(?:nothing|no\s+(?:law|provision|statute|rule))\b[^.;]{0,120}?\b(?:exempts?|shields?|withholds?"
    r"|protects?)\s+(?:\w+\s+){0,3}?from\s+(?:public\s+)?(?:disclosure|inspection|release)"
    r"|prohibit\w*[^.;]{0,60}?confidential|void[^.;]{0,60}?confidential"
    # "Notwithstanding any confidentiality provision, each settlement agreement ... is a public
    # record": the confidentiality overridden.
    r"|\bnotwithstanding\s+(?:any|a|the)\s+(?:[\w-]+\s+){0,3}?confidentiality\b"
    r"|\bnotwithstanding\b[^.;]{0,60}?\bprovisions?\b[^.;]{0,40}?\bconfidential\b"
    # "... are public records and may not be withheld from inspection".
    r"|\b(?:may|shall|must)\s+not\s+be\s+withheld\b"
    # "No settlement ... may include a term that restricts the disclosure required by that
    # subsection".
    r"|\bno\s+(?:settlement|agreement|contract)\b[^.;]{0,80}?\b(?:may|shall)\s+(?:include|contain)\b[^.;]{0,60}?"
    r"\b(?:restricts?|limits?|prohibits?|prevents?|bars?)\s+(?:the\s+)?(?:disclosure|release|publication)"
    r"|\b(?:may|shall|must)\s+not\s+(?:contain|include|impose|require)\b[^.;]{0,100}?confidential"
)
# Rules about releasing records, not records released: "shall publish a model policy on the
# release of body-worn camera recordings".
POLICY_ON_RELEASE = compile_pattern(
    r"\b(?:model\s+)?polic(?:y|ies)\s+(?:on|for|regarding|governing|concerning)\s+(?:the\s+)?(?:release"
    r"|disclosure|retention|publication)\b"
)
# Records of one kind of incident only: "complaints alleging the use of deadly force", "the
# use-of-force report ... concerning the incident at issue".
SOME_RECORDS_ONLY = compile_pattern(
    # "Records of sustained complaints of deadly force ... shall be public records".
    r"\b(?:complaints?|records?|investigations?)\s+of\s+(?:deadly|lethal)\s+force\b"
    r"|\b(?:complaints?|records?|investigations?)\s+(?:alleging|involving|concerning|arising\s+from|of"
    r"|relating\s+to|regarding|about)\s+"
    r"(?:the\s+|a\s+|any\s+)?(?:use\s+of\s+(?:deadly|lethal)\s+force|shootings?|deaths?|firearm\s+discharges?"
    r"|discharges?\s+of\s+(?:a\s+)?firearms?)"
    # "records of any use of force ... that results in great bodily harm", "records relating to a
    # use of force resulting in death": force of some gravity only.
    r"|\b(?:complaints?|records?|investigations?)\s+(?:alleging|involving|concerning|arising\s+from|of"
    r"|relating\s+to|regarding|about)\s+(?:the\s+|a\s+|an\s+|any\s+)?use\s+of\s+force\b[^.;]{0,80}?"
    r"\b(?:result(?:s|ed|ing)?\s+in|caus(?:es|ed|ing))\s+(?:the\s+)?(?:death|great\s+bodily|serious\s+(?:bodily"
    r"|physical))"
    r"|\b(?:use[- ]of[- ]force|incident|arrest)\s+reports?\b"
    # "Records of sustained findings that an officer used excessive force": one kind of finding.
    r"|\b(?:findings?|complaints?|records?)\s+(?:that|of|alleging)\s+(?:an?\s+|the\s+)?(?:officer\s+)?"
    r"(?:used|uses|use\s+of)\s+(?:excessive|deadly|lethal|unreasonable)\s+force\b"
    r"|\bfindings?\s+that\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?used\s+(?:excessive|deadly|lethal|unreasonable)\s+force\b"
    # Findings that an officer fired a weapon: "a record of a sustained finding that the peace
    # officer discharged a firearm at a person".
    # (or complaints alleging it: "records of a complaint alleging that a law enforcement officer
    # ... discharged a firearm at a person")
    r"|\b(?:findings?|(?:complaints?|allegations?)\s+alleging)\s+that\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,6}?"
    r"discharged\s+(?:a\s+|his\s+|her\s+|its\s+)?(?:firearm|weapon|gun)"
    # "all records relating to an incident involving the use of deadly force".
    r"|\bincidents?\s+involving\s+(?:the\s+|a\s+)?use\s+of\s+(?:deadly|lethal)\s+force\b"
    # "records of its investigations of incidents in which an officer's use of force resulted
    # in the death of a person".
    r"|\bincidents?\s+in\s+which\b[^.;]{0,60}?\b(?:used|uses|discharged)\s+(?:deadly|lethal)\s+(?:physical\s+)?force"
    r"|\bincidents?\s+in\s+which\b[^.;]{0,80}?\b(?:resulted|results|result)\s+in\s+(?:the\s+)?(?:death"
    r"|serious\s+(?:bodily|physical)\s+injury)"
    # Settlements above a size only: "Any settlement ... in an amount exceeding one hundred
    # thousand dollars shall be a public record", "each judgment or settlement ... of $100,000
    # or more".
    r"|\b(?:settlements?|judgments?|awards?)\b[^.;]{0,80}?\$\s?[\d,]+\s+or\s+(?:more|greater|above)\b"
    r"|\b(?:settlements?|judgments?|awards?)\b[^.;]{0,60}?\bin\s+(?:an?\s+)?amounts?\s+(?:exceeding|in\s+excess\s+of"
    r"|greater\s+than|over|above|of\s+more\s+than|of\s+at\s+least)\b"
    # "Each report of a covered official's use of force is a public record".
    r"|\breports?\s+of\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,3}?use\s+of\s+(?:deadly\s+|excessive\s+)?force\b"
)
# A report published by reference to the sentence before: "The commission shall publish each
# report on its website".
REPORT_BY_REFERENCE = compile_pattern(
    r"\b(?:each|every|the|such|these|those|that|all)\s+reports?\b"
    # ("A report under this section is a public record")
    r"|\ban?\s+reports?\s+(?:made\s+|filed\s+)?(?:under|required\s+by|pursuant\s+to)\s+this\b"
)
# Counts and statistics about complaints or settlements are not the records themselves: "the
# number and disposition of complaints", "aggregate data on settlements".
# A publication held to aggregates throughout: "a summary of the reports, stated only in
# aggregate totals by county".
AGGREGATE_ONLY = compile_pattern(
    r"\b(?:only|solely|exclusively)\s+(?:in\s+)?(?:the\s+)?aggregate\b|\bin\s+aggregate\s+form\b"
    # "..., aggregated by county and without the name of any public employee"
    r"|\baggregated\s+(?:by|for|across|at)\b"
)
STATISTICS_ONLY = compile_pattern(
    r"\b(?:the )?(?:total )?(?<!case )(?<!docket )(?<!file )(?:number|numbers|count|counts|statistics"
    r"|aggregate|totals?)\b"
    r"(?: and (?:the )?(?:disposition|types?|amounts?|outcomes?))? (?:of|on|about)\b"
    r"|\bstatistic(?:s|al)\b|\baggregate (?:data|information|statistics|totals?)"
    # "the number resolved, and the total amount paid in judgments and settlements"
    r"|\btotal\s+(?:dollar\s+)?(?:amounts?|sums?)\s+(?:paid|spent|awarded)\s+(?:in|on|for|under)\b"
)
# Sums and counts published without names: "..., without identifying any officer".
WITHOUT_NAMES = compile_pattern(
    r"\bwithout\s+(?:identifying|naming|disclosing\s+the\s+identity\s+of)\s+(?:any|the|an?)\s+"
    r"(?:officer|individual|person|employee|claimant)"
    # "... and the total amounts paid. The report shall not identify any officer or claimant."
    r"|\b(?:shall|may|must)\s+not\s+(?:identify|name)\s+(?:any|the|an?)\s+(?:[\w-]+\s+)?"
    r"(?:officer|individual|person|employee|claimant)"
)
# Records opened on a condition: "are public records only if the discipline imposed was
# termination", "the terms of any settlement ... if the amount paid exceeds $100,000", "each
# judgment or settlement that exceeds one hundred thousand dollars".
CONDITIONAL_DISCLOSURE = compile_pattern(
    r"\bpublic\s+records?\s+only\s+(?:if|when|where)\b"
    r"|\b(?:if|when|where)\s+the\s+(?:amount|sum|total)\s+(?:paid\s+|of\s+(?:the\s+)?(?:settlement|judgment)\s+)?"
    r"(?:exceeds|is\s+(?:more|greater)\s+than|is\s+in\s+excess\s+of)\b"
    r"|\b(?:settlements?|judgments?)\s+(?:of|in\s+an\s+amount\s+of)\s+more\s+than\b"
    # ("... each judgment paid or settlement made under this section that exceeds $100,000")
    r"|\b(?:settlements?|judgments?)\b[^.;$]{0,60}?\b(?:that|which)\s+exceeds?\b"
    # "a summary of any settlement or judgment of $100,000 or more".
    r"|\b(?:settlements?|judgments?)\s+(?:of|for|totaling|totalling)\s+\$[\d,.]+\s+or\s+more\b"
    # "A public entity that pays more than one hundred thousand dollars to settle a claim".
    r"|\bpays?\s+(?:more\s+than|over|in\s+excess\s+of)\s+(?:\$|[\w-]+\s+(?:hundred|thousand|million))"
    r"|\b(?:settlements?|judgments?)\s+(?:under\s+[^.;$]{1,30}?\s+)?(?:exceeding|over|above|greater\s+than"
    r"|in\s+excess\s+of)\s+\$"
)
BODY_CAMERA_ONLY = compile_pattern(
    r"body[- ]worn camera|body cameras?|dash(?:board)? cameras?|recordings?"
)

DEFINITION_GATE = (" means", " includes", "meaning")
# Definitions inside the bill: '"covered individual" means ...', 'the term "officer" includes'.
DEFINITION = compile_pattern(
    # (not a conjunction taken for the term: '"Law enforcement officer" has the same meaning as in
    # Title 25 ..., and includes a corrections officer')
    r"(?:the term\s+)?[\"“']?(?!(?:and|or|also|it|which|that|this|but)\b)([a-z][a-z -]{2,40}?)[\"”']?"
    # (or inline: "A public servant, which term as used in this section means any person ...")
    r"(?:\s+|,\s+which\s+term\s+(?:as\s+used\s+in\s+this\s+(?:section|act|chapter|article|subsection)\s+)?)"
    r"(?:means|includes|shall mean|has the (?:same )?meaning)\b"
)
# A definition written the other way round: "Any right secured by the Constitution ... is a
# 'protected right' for purposes of this Act" (the quoted term last).
REVERSED_DEFINITION = compile_pattern(
    r"\b(?:is|are|shall\s+be)\s+(?:an?\s+)?[\"“']([a-z][a-z -]{2,40}?)[\"”']\s+(?:for\s+(?:the\s+)?purposes?\s+of"
    r"|as\s+used\s+in|within\s+the\s+meaning\s+of|under)\b"
)

# Indemnity of an officer's own losses from a criminal case ("the state shall indemnify the peace
# officer for economic loss the peace officer sustained as a result of the prosecution"): no
# victim, judgment or civil claim is paid.
OFFICERS_OWN_LOSS = compile_pattern(
    r"\bindemnif\w*\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:for|against)\s+(?:any\s+|the\s+|all\s+)?"
    r"(?:economic\s+|financial\s+)?(?:loss(?:es)?|expenses?|costs?)\b[^.;]{0,80}?\b(?:sustained|incurred"
    r"|suffered)\b"
)
CRIMINAL_PROSECUTION = compile_pattern(
    r"\bprosecut(?:ed|ion)\b|\bcriminal\s+(?:charge|proceeding|case)"
)
# People other than officers whom a public body may defend and pay for: "shall pay in full any
# judgment entered against the volunteer", "shall defend a teacher or other employee of the
# district". Their indemnity is no victim's compensation for officers' violations.
# Indemnity owed only where the employer finds good faith: "If the employer determines that the
# officer acted in good faith ..., the employer shall indemnify the officer" (it may refuse the
# rest, the carve-out RUBRIC.md scores no).
INDEMNITY_ON_GOOD_FAITH = compile_pattern(
    r"\b(?:if|when|where|only\s+if|provided\s+that)\b[^.;]{0,200}?\b(?:acted|acts|was\s+acting)\s+in\s+good\s+faith"
    r"\b[^.;]{0,200}?\bindemnif"
    # The condition after the duty: "shall indemnify the officer ... if the officer acted in
    # good faith and within the scope of employment".
    r"|\bindemnif\w*\b[^.;]{0,200}?\b(?:if|when|where|only\s+if|provided\s+that|so\s+long\s+as)\s+"
    r"(?:the\s+|such\s+)?(?:[\w-]+\s+){0,2}?(?:acted|acts|was\s+acting)\s+in\s+good\s+faith\b"
    # "shall pay any judgment ... if the governing body ... finds that the acts ... were, or in good
    # faith purported to be, within the scope of the employee's official duties".
    r"|\b(?:indemnif\w*|pay)\b[^.;]{0,200}?\b(?:if|when|only\s+if|provided\s+that)\b[^.;]{0,120}?\b(?:finds?|determines?)\b"
    r"[^.;]{0,120}?\bgood\s+faith\b"
)
NON_OFFICER_INDEMNITEE = compile_pattern(
    r"\b(?:volunteers?|teachers?|school\s+(?:district\s+)?employees?|employees?\s+of\s+(?:the|a)\s+(?:school\s+)?"
    r"district|contractors?|vendors?|clinicians?|physicians?|nurses?|firefighters?"
    # Election staff: "hold harmless any county clerk or election official for ... ballot design".
    r"|(?:county\s+)?clerks?|election\s+(?:officials?|workers?|judges?)|poll\s+workers?)\b"
)
# A payer answering for the officer's share when the officer does not pay it: "unless the officer
# is unable to pay, in which case the county shall pay it", "shall pay any portion of the officer's
# share that the officer does not pay".
BACKUP_PAYMENT = compile_pattern(
    # ("If the officer is unable to pay the amount under par. (a) within 180 days after the
    # judgment becomes final, the employer shall pay that amount")
    # ("unless the officer demonstrates an inability to pay, in which event the public entity
    # shall pay that amount")
    r"\b(?:unable\s+to\s+pay|inability\s+to\s+pay)\b(?:[^.;]|\.(?=\s?\()){0,160}?\b(?:shall|must)\s+pay\b"
    # "... and any portion of the officer's share that is not paid".
    r"|\b(?:part|portion|amount)\s+of\s+the\s+(?:[\w-]+'s\s+)?share\s+(?:that|which)\s+(?:is|remains)\s+"
    r"(?:not\s+paid|unpaid|uncollect[ei]d)\b"
    # ("any part of the employee share under subsection 1 that the employee fails to pay")
    r"|\b(?:part|portion|amount)\s+of\s+(?:the|that|such|this)\s+(?:[\w-]+(?:'s)?\s+)?share\s+(?:[^.;]{0,40}?\s)?"
    r"that\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:does|did)\s+not\s+pay|fails?\s+to\s+pay|failed\s+to\s+pay|(?:has|have)\s+not\s+paid"
    # ("any part of the officer's share that the plaintiff is unable to collect from the officer")
    r"|(?:is|are)\s+unable\s+to\s+collect)\b"
    # ("If the officer does not satisfy the amount ... within 180 days ..., the employer shall
    # satisfy that amount")
    # ("If any portion of the amount owed by an officer ... is not paid within 180 days ..., the
    # employer shall pay that portion to the plaintiff")
    r"|\b(?:(?:does|did)\s+not\s+(?:pay|satisfy)|(?:has|have)\s+not\s+(?:paid|satisfied)|fails?\s+to\s+(?:pay"
    r"|satisfy)|(?:is|are)\s+not\s+(?:paid|satisfied|collected)|remains?\s+unpaid)\b[^.;]{0,160}?\b(?:shall|must)\s+"
    r"(?:also\s+)?(?:pay|satisfy)\s+(?:it|that|the)\b"
    r"|\b(?:cannot|can\s+not)\s+be\s+collected\b[^.;]{0,120}?\b(?:shall|must)\s+(?:also\s+)?pay\b"
    # ("Any portion that the peace officer cannot pay shall be paid by the employer.")
    r"|\b(?:part|portion|amount)\s+(?:that|which)\s+the\s+(?:[\w-]+\s+){0,2}?(?:cannot|can\s+not|does\s+not|fails\s+to)\s+"
    r"pay\s+(?:shall|must)\s+be\s+paid\s+by\b"
    # ("If the officer's portion is uncollectible, the employer shall pay it.")
    r"|\b(?:uncollect(?:ible|able|ed)|not\s+collect(?:ible|able))\b[^.;]{0,120}?\b(?:shall|must)\s+(?:also\s+)?"
    r"(?:pay|satisfy)\b"
    # "The employer shall satisfy any part of that amount that the peace officer is unable to pay."
    r"|\b(?:shall|must)\s+(?:also\s+)?(?:pay|satisfy)\s+(?:any|the)\s+(?:part|portion|amount|share)\b[^.;]{0,60}?"
    r"\b(?:is\s+unable\s+to\s+pay|cannot\s+pay|does\s+not\s+pay|fails\s+to\s+pay|has\s+not\s+paid)\b"
    # "shall pay the balance of any judgment ..., including any contribution waived or not paid
    # by the officer".
    r"|\bincluding\s+any\s+(?:[\w-]+\s+){0,2}?(?:contribution|share|portion|part|amount)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:not\s+paid|unpaid|uncollect(?:ed|ible|able))\b"
)

# A government or public employer named at the head of the defendants: "a governmental agency",
# "the Commonwealth and each locality", "a unit of local government", "the State", "a county",
# "the public body", "a school district", "a transit authority", "the employing agency" (not
# "a state employee" or "a county officer", which name people).
# (a bounded run of leading punctuation: every lexicon pattern stays linear when searched)
GOVERNMENT_NAMED_FIRST = compile_pattern(
    r"\W{0,20}(?:an?|the|each|every|any|this)\s+(?:government(?:al)?\s+(?:agency|unit|entity)|units?\s+of\s+"
    r"(?:local\s+)?government|local\s+government(?!\s+(?:employee|officer|official)s?)|state|commonwealth"
    r"|district|locality|county|city|municipality|political\s+subdivision|public\s+(?:body|entity|employer|agency)"
    r"|local\s+public\s+entity|employing\s+agency|law\s+enforcement\s+agency|employer|school\s+(?:district|board|unit)|board\s+of\s+education"
    r"|(?:[\w-]+\s+)?(?:transit|transportation|port|housing|airport)\s+(?:authority|district)|port\s+district"
    r"|special\s+district|(?:public\s+)?institution\s+of\s+higher\s+education|(?:state\s+)?university)\b"
    r"(?!\s+(?:employee|officer|official|agent)s?\b)"
)
