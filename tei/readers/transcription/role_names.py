"""The pieces the role patterns are made of (:mod:`tei.readers.transcription.role_patterns`):
a name of one to four words on one line, the words before it that say what a person or a
periodical is, and ``A spoke to B``."""

from __future__ import annotations

import re

from tei.readers.transcription.name_shapes import CAPITALS as _UP

#: a role word is never part of a name (``Steven Trimble Interviewer``)
_NOT_NAME = (
    r"(?!(?:Narrators?|Interviewers?|Interviewees?|Photograph|Photo|An?|The|This|That|These|"
    r"Our|Their|His|Her|Its|My|In|On|At|By|Of|For|From|To|And|Exclusive|Interview|Entrevista|"
    r"Intervista|"
    r"Entretien|Gespräch|Propos|She|He|They|We|It|I|Mit|With|Avec|Con|Com)\b)"
)
#: a month before a day is a date, not a name's last word (``Hugo Blanco Aug. 28``); a
#: number between capitalised words is part of one (``World War 4 Report``)
_NOT_DATE = (
    r"(?!(?:January|February|March|April|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+\d)"
)
#: a name of one to four words, on one line (the capital looked at first: the role words
#: are tried only where a name may start, which makes the rules' scans cheap)
NAME = (
    rf"(?=[{_UP}])(?:{_NOT_NAME}[{_UP}][\w'’.-]*|[{_UP}]\.)"
    rf"(?:[ \t](?:{_NOT_NAME}{_NOT_DATE}[{_UP}][\w'’.-]*|de|la|van|von|del|da|du|di"
    rf"|\d{{1,3}}(?=[ \t][A-Z]))){{0,3}}"
)
#: words of a press agency's, paper's or broadcaster's name (``the Associated Press``)
PRESS = (
    r"Press|Times|Herald|News|Post|Daily|Tribune|Journal|Gazette|Agency|Express|Telegraph|"
    r"Chronicle|Radio|Television|TV|Monde|Prensa|Zeitung|Presse|Nacional|Universal|Pravda"
)
#: ``A spoke to B``, A perhaps followed by what A is (``Leila Haddad, a nurse from Haifa, talks
#: to Tom Reilly``)
#: what B is, before B's name (``interviewed the retired miner Jack Hollis``)
WHAT = r"(?:(?:the|a|an|our|their)\s+(?:(?!(?:of|from|in|at)\b)[a-z][\w-]*\s+){1,3})?"
#: what a person is, before the name (``by Militant staff writer Fred Feldman``, ``by our
#: reporter Jim Lane``): the name is the one after it
TITLE = (
    r"(?:(?:[A-Z][\w'’.-]*[ \t]+){0,2}(?:(?!(?:and|or|of|with|for|in|at|on|from|to|de|del|"
    r"di|da|du|von|y|e|et|und|para|pour|für|per|por|par|the|an?|el|la|le|il|lo|o|os|der|die|das|"
    r"dem|den|um|uma|un|una|une|ein|eine|avec|con|com|mit|sur|sobre|über|about|at|as|who|qui|"
    r"que|is|was|est|es|ist)\b)[a-z][\w-]*[ \t]+){1,3}(?=[A-ZА-ЯЁ]))?"
)
#: what kind of periodical, before its name (``to the Dutch weekly De Groene Amsterdammer``)
PAPER = (
    r"(?:(?i:the|le|la|el|il|o|der|die|dem)\s+(?:[A-Z][\w-]*\s+)?(?i:weekly|daily|monthly|"
    r"newspaper|paper|magazine|journal|review|semanario|diario|revista|hebdomadaire|journal|"
    r"Wochenzeitung|Zeitung|settimanale|quotidiano|semanário|jornal)\s+)?"
)
TALKS = re.compile(
    rf"(?P<a>{NAME})(?P<what>,[^.,;:\n]{{3,80}},)?\s+(?:spoke|talked|talks|speaks)\s+(?:to|with)\s+"
    rf"{WHAT}(?P<b>{NAME})"
)
#: a name, or a periodical's name in quotation marks (``“México al día”``)
QUOTED_OR_NAME = rf"(?:[“\"«„](?P<a>[^”\"»“\n]{{2,60}})[”\"»“]|(?P<a2>{NAME}))"
