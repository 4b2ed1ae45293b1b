"""The words of the family's navigation: the phrases a site's menus, indexes and buttons are
made of, in the sites' languages (``navigation.py`` applies them)."""

from __future__ import annotations

import re

#: a navigation phrase, the whole line (``Main Index``, ``Top of page``, ``Inicio``, ``Архив``)
PHRASE = re.compile(
    r"(?i)^(?:(?:main|the)\s+)?.{0,40}?\b(?:index|archives?|home\s*page|main\s*page|contents|"
    r"writers|subject|glossary|library|reference\s+archive|biblioteca|biblioth[èe]que|bibliothek|"
    r"archivo|arquivo|archivio|archiv|архив|[íi]ndice|sommaire|inhalt)\.?$"
    # a link back to the archive's index or home (``Volver al Archivo Marx/Engels``)
    r"|^(?i:back to|return to|volver (?:al|a la|a)|regresar (?:al|a la)|retour (?:à|au|aux)|"
    r"zurück zu[mr]?|torna (?:a|al|alla|all['’])|voltar (?:ao|à|para)|назад к|вернуться к)\s"
    r"(?=.{0,50}\b(?i:index|archives?|archivo|arquivo|archivio|archiv|архив|biblioteca|library|"
    r"home|inicio|accueil|sommaire|[íi]ndice|page|seite|página|pagina)\b).{1,60}$"
    # a link to the rest of the text (``Read more``, ``Pokračování rozhovoru na … https://…``)
    r"|^(?i:read more|continue reading|continued (?:on|at)|lire la suite|la suite|weiterlesen|"
    r"mehr lesen|leer m[áa]s|seguir leyendo|continuar (?:leyendo|lendo)|leia mais|"
    r"continua(?: a leggere)?|leggi (?:tutto|di più)|читать (?:далее|дальше)|pokračování)"
    r"(?:[^\n]{0,80}?https?://\S+)?[.…:]?$"
    # a share widget's word, alone (``Condividi su``)
    r"|^(?i:condividi(?: su)?|compartir(?: en)?|compartilhar|partilhar|partager(?: sur)?|teilen|"
    r"share on|поделиться)\.?:?$"
    r"|^(?i:encyclop(?:a)?edia of trotskyism(?: on-?line)?|marxists[’'`]? internet archive|"
    r"etol|mia|top of (?:the )?page|back to top|top|home|next|previous|prev|back|up|"
    r"current issue|next issue|back issues?|previous issue|search|menu|article excerpt|"
    r"print(?:er)? version|table of contents|about(?: us)?|contact(?: us)?|blog|news|donate|"
    r"subscribe|events|shop|log ?in|sign ?in|inicio|portada|contacto|qui[ée]nes somos|accueil|"
    r"contact(?:ez-nous)?|[àa] propos|startseite|kontakt|impressum|chi siamo|contatti|"
    r"in[íi]cio|contato|sobre(?: n[óo]s)?|αρχική|αρχείο|επικοινωνία|ευρετήριο|главная|архив|"
    r"контакты|о нас|содержание|startsida|nyheter|forside|nyheder|etusivu|uutiset|"
    r"strona g[łl][óo]wna|aktualno[śs]ci|wiadomo[śs]ci|nieuws|actualiteit|"
    r"multimedia|multim[ée]dia|galer(?:y|ie|ía)|videos?|podcasts?|"
    r"destaques?|em destaque|portaal|portal|principal|featured|[àa] la une|in evidenza|"
    r"texte int[ée]gral|full text|texto (?:completo|[íi]ntegro)|lo m[áa]s le[íi]do|most read|"
    # a search box's or print button's word, alone (Rechercher, Imprimir, Cerca nel sito)
    r"rechercher|buscar|suche|cerca|pesquisar|imprimir|imprimer|drucken|stampa|"
    r"(?:cerca nel|search (?:this|the)|rechercher sur le|pesquisar no) sito?e?|"
    r"buscar en (?:el|este) sitio|"
    # a content system's template lines left empty (SPIP's "Bandeau", "Slogan du site")
    r"bandeau|slogan du site|descriptif du site|site slogan|site description|"
    # a multilingual site's language menu, each language in its own name
    r"english|deutsch|fran[çc]ais|espa[ñn]ol|italiano|portugu[êe]s|русский|українська|polski|"
    r"t[üu]rk[çc]e|ελληνικά|nederlands|svenska|norsk|dansk|suomi|magyar|čeština|română|"
    r"català|euskara|galego|български|српски|hrvatski|slovenščina|中文|日本語|한국어|"
    r"العربية|فارسی|עברית|sinhala|tamil|bahasa indonesia)\.?$"
)
#: a widget of the page, one segment of a ``|`` line (``RSS Feed | Print this page | E-mail …``)
WIDGET = re.compile(
    r"(?i)^(?:rss(?: feed)?|print(?: this (?:page|article))?|printer[- ]friendly(?: version)?|"
    r"e-?mail(?: this (?:page|article))?|send to a friend|share(?: this)?|tweet|facebook|twitter|"
    r"pdf|epub|bookmark|comments?|how to cite(?: this)?|hoe te citeren|comment citer|"
    r"c[óo]mo citar|zitiervorschlag)[.?]?$"
)
#: a code host's or file server's lines above a file it shows (``textfiles/politics/x.txt``,
#: ``45 lines``, ``2.3 KiB``, ``Plaintext``, ``Raw``)
FILE_VIEW = re.compile(
    r"(?i)^(?:[\w.-]+/){1,8}[\w.-]+\.(?:txt|md|html?|xml|csv|rst|tex|pdf)$"
    r"|^\d[\d,]*\s+lines?(?:\s*\(\d[\d,]*\s+loc\))?(?:\s*[·•|]\s*[\d.,]+\s*(?:bytes|[kmg]i?b))?$"
    r"|^[\d.,]+\s*(?:bytes|[kmg]i?b)$|^(?:plain ?text|raw|blame)$"
)
