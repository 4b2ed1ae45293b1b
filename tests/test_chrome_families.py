"""Web chrome of the family's sites, by family: each removed, listed, and never a line of the work.

Small synthetic pages, written for the test (no real page is copied here).
"""

from __future__ import annotations

import pytest

from tei.fidelity import check
from tei.readers.transcription import read
from tei.readers.transcription.navigation import is_navigation, navigation_lines
from tei.xmlio import NSMAP

LETTER = [
    "Letter to a Friend",
    "Dear Friend,",
    "The work goes on and the comrades send their greetings to you all.",
    "Yours,",
    "L. Trotsky",
]


def convert(lines: list[str]):
    """Removed lines (by their number in ``lines``), title and text of the page, blocks spaced."""
    source = "\n\n".join(lines) + "\n"
    reading = read(source, source_name="case.txt")
    tree = reading.tree
    removed = {
        (int(item.get("n")) + 1) // 2: "".join(item.itertext())
        for item in tree.iterfind(".//tei:teiHeader//tei:list[@type='removed']/tei:item", NSMAP)
    }
    title = " ".join(
        "".join(t.itertext()) for t in tree.iterfind(".//tei:titleStmt/tei:title", NSMAP)
    )
    body = " ".join("".join(tree.find(".//tei:text", NSMAP).itertext()).split())
    fid = check(source.splitlines(), dict(reading.removed), tree)
    assert not fid.lost and not fid.added
    return removed, title, body


def test_a_wiki_table_of_chrome_at_the_top_is_removed_and_listed():
    chrome = [
        "Catégorie | Modèle | Formulaire |",
        "---|---|---|",
        "Text | Text | Text |",
        "Author | Author | Author |",
        "Keywords | Keywords | Keywords |",
        "Modèle | Formulaire |",
        "Template:GalleryPreview",
        "Special pages :",
    ]
    removed, title, body = convert(chrome + LETTER)
    assert sorted(removed) == list(range(1, len(chrome) + 1))
    assert removed[3] == "Text | Text | Text |"
    assert "Letter to a Friend" in title and "Text" not in title
    assert "Keywords" not in body and "Dear Friend" in body


def test_repeated_cell_rows_alone_are_enough_evidence():
    lines = ["---|---|", "Browse | Browse |", "Index | Index |", *LETTER]
    assert navigation_lines(lines) == {0, 1, 2}


@pytest.mark.parametrize(
    "table",
    [
        # the MIA header block as a table is read by table_fields, never removed
        ["Written | 13 November 1933 |", "Author(s) | Leon Trotsky |"],
        ["Author(s) | Leon Trotsky |", "Translated | John G. Wright |"],
        # a table of the article (no tabs of the wiki, no row of one repeated cell)
        ["Country | Party |", "---|---|", "Germany | Communist Party |", "France | Socialists |"],
        # one row of a repeated cell is no evidence
        ["Yes | Yes |", "No | Maybe |"],
    ],
)
def test_a_header_table_or_a_table_of_the_work_is_kept(table):
    # only a separator row goes (``---|---|``: markup left over, no word of the work)
    separators = {i for i, row in enumerate(table) if set(row) <= set("-|: ")}
    assert navigation_lines([*table, *LETTER]) == separators


def test_mediawiki_tagline_and_jump_links_are_removed():
    lines = [
        "Replies to a Correspondent",
        "From Marxists-en",
        "Jump to navigation Jump to search",
        *LETTER[1:],
    ]
    removed, title, body = convert(lines)
    assert sorted(removed) == [2, 3]
    assert "Correspondent" in title
    assert "Marxists-en" not in body


@pytest.mark.parametrize(
    "line", ["Aller à la navigation", "Zur Navigation springen", "Ir a la búsqueda", "[Закрыть]"]
)
def test_jump_links_and_close_buttons_are_chrome_anywhere(line):
    assert is_navigation(line, at_edge=False)


def test_a_from_line_without_jump_links_is_kept():
    lines = ["From Prinkipo", *LETTER]
    assert navigation_lines(lines) == set()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("MIA: History: ETOL: Documents: FI: 1938-1949: Declarations", True),
        ("Home / Library / Articles", True),
        ("Archive: Trotsky: Letters", True),
        ("Interview: Trotsky on Spain", False),
        ("QUESTION: What do you think of the Popular Front?", False),
        ("Trotsky / Lenin", False),
    ],
)
def test_breadcrumbs_of_colons_and_slashes(line, expected):
    assert bool(navigation_lines([line, *LETTER])) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Obra de LT Menu Biblioteca Menu Publicaciones Menu Estudios Menu Novedades", True),
        ("Libros Inicio Autores Inicio Temas", True),
        ("Home Sweet Home, and the home of the workers", False),
        ("Menu Estudios Menu", False),
    ],
)
def test_a_menu_repeating_its_word(line, expected):
    assert bool(navigation_lines([line, *LETTER])) is expected


@pytest.mark.parametrize(
    "line",
    [
        "Archives Trotsky Archives Internet des marxistes",
        "Début Précédent Haut de la page Sommaire Suite Fin",
        "Haut de la page",
        "Trotsky Internet Archive Index",
    ],
)
def test_navigation_phrases_strung_together_at_the_foot(line):
    assert navigation_lines([*LETTER, line]) == {len(LETTER)}


def test_a_lone_closing_word_is_no_sequence():
    assert navigation_lines([*LETTER, "Fin"]) == set()
    assert not is_navigation("Suite et fin de la lettre")


def test_ebook_reader_lines_at_the_top():
    lines = [
        "Автор книги: Иван Иванов",
        "Жанр: Политика",
        "сообщить о неприемлемом содержимом",
        "Текущая страница: 10 (всего у книги 48 страниц)",
        "Письмо товарищам",
        "Дорогие товарищи!",
        "Мы получили ваше письмо и отвечаем на него подробно.",
    ]
    removed, title, _ = convert(lines)
    assert sorted(removed) == [1, 2, 3, 4]
    assert "Письмо" in title


def test_a_single_genre_line_is_kept():
    assert navigation_lines(["Genre: memoir", "A Review", "The book is long and good."]) == set()


def test_comments_heading_only_as_the_last_line():
    assert navigation_lines([*LETTER, "Kommentare"]) == {len(LETTER)}
    assert navigation_lines([*LETTER, "Schreibe einen Kommentar"]) == {len(LETTER)}
    kept = [*LETTER, "Commentaires", "Le texte est commenté ici par l'éditeur, longuement."]
    assert navigation_lines(kept) == set()


@pytest.mark.parametrize("title", ["Back Home", "Suite Fin"])
def test_two_short_navigation_words_may_be_a_title(title):
    assert navigation_lines([title, *LETTER[1:]]) == set()


def test_a_title_above_the_jump_links_is_no_tagline():
    lines = ["De Profundis", "Jump to navigation Jump to search", *LETTER[1:]]
    assert navigation_lines(lines) == {1}


def test_a_tables_separator_row_is_markup_left_over_never_a_title():
    from tei.readers.transcription.navigation import is_navigation

    assert is_navigation("---|---|") and is_navigation("|:---|---:|")
    assert not is_navigation("Written | 13 November 1933 |")
    assert not is_navigation("--- a break ---")
