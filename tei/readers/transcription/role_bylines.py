"""Role rules of the byline and field kind (run with
:data:`tei.readers.transcription.role_patterns.ROLE_PATTERNS`): a field or byline alone on its
line names who asks (``Interview: Daniel Behruzi``, ``Söyleşi: Bekir Avcı``, ``INTERVIEWER:
Kenneth B. West``) or who answers (``Narrator: Max Geldman``), and an interview given to
someone (``Συνέντευξη στην Άντρη Μιχαήλ``)."""

from __future__ import annotations

import re

from tei.readers.transcription.role_names import NAME

BYLINE_PATTERNS: list[tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]] = [
    (  # "Interview: Daniel Behruzi", "Söyleşi: Bekir Avcı" alone on a line: the byline of who asks
        re.compile(
            rf"(?m:^[ \t]*(?i:interviewers?|interview|söyleşi|entrevistadora?|entrevista|"
            rf"intervistatore|intervista|intervieweur|entretien|gespräch|rozhovor|"
            rf"wywiad|интервью|συνέντευξη|intervju|interjú|haastattelu)[ \t]?:[ \t]*"
            rf"(?P<a>{NAME})[ \t]*$)"
        ),
        ("interviewer",),
        (
            "interview",
            "söyleşi",
            "entrevista",
            "intervista",
            "entretien",
            "gespräch",
            "rozhovor",
            "wywiad",
            "интервью",
            "συνέντευξη",
            "intervju",
            "interjú",
            "haastattelu",
        ),
    ),
    (  # "Narrator: Max Geldman", "Interviewee: …" alone on a line: the one who answers
        re.compile(
            rf"(?m:^[ \t]*(?i:narrators?|interviewees?|entrevistad[oa]|intervistat[oa]|"
            rf"interviewée?)[ \t]?:[ \t]*(?P<a>{NAME})[ \t]*$)"
        ),
        ("interviewee",),
        ("narrator", "interviewee", "entrevistad", "intervistat", "interviewé"),
    ),
    (  # "Συνέντευξη στην Άντρη Μιχαήλ": an interview given to someone, who asks
        re.compile(rf"(?i:συνέντευξη)\s+(?i:στην|στον|στο|στη)\s+(?P<a>{NAME})"),
        ("interviewer",),
        ("συνέντευξη",),
    ),
]
