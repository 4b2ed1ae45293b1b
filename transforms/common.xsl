<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl: what TEI elements MEAN, shared by every output (html.xsl, text.xsl, print.xsl).

  This stylesheet decides: brackets for supplied text and editorial interpolations, how notes are
  numbered and which notes move to the end, how a speaker turn (sp, u) is grouped and which
  participant it points to, how the header is summarised (title, participants, source citation,
  digest). It never writes presentation itself: it calls named "hook-*" templates that each
  output implements.

  Parameters are declared with p:type (boolean | integer | string | enum) and p:doc; enum values
  are listed in p:values. tei.render.params reads these declarations: they are the one place
  where a parameter, its type and its default are defined (docs/editions.md lists them all).
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:p="urn:tei-edition-toolkit:params"
  xmlns:tk="urn:tei-edition-toolkit:seq"
  exclude-result-prefixes="tei p tk">

  <xsl:include href="common-apparatus.xsl"/>
  <xsl:include href="common-transcription.xsl"/>

  <!-- ============================ parameters (shared) ============================ -->
  <xsl:param name="view" select="'reading'" p:type="enum" p:values="reading|diplomatic"
    p:doc="Which text to show first: the reading text (editorial interventions marked, choices inside words resolved) or the diplomatic text (as transcribed). Printed interpolations are inline in brackets in both."/>
  <xsl:param name="report-unhandled" select="false()" p:type="boolean"
    p:doc="Report every TEI element the stylesheets do not handle (one diagnostic per element name, with its count)."/>
  <xsl:param name="bracket-open" select="'['" p:type="string"
    p:doc="Opening bracket put back around supplied words, expansions, glosses and editorial interpolations."/>
  <xsl:param name="bracket-close" select="']'" p:type="string"
    p:doc="Closing bracket (see bracket-open)."/>
  <xsl:param name="note-number-format" select="'1'" p:type="string"
    p:doc="xsl:number format of note markers that the document does not number itself with @n (1, a, i, A, I)."/>
  <xsl:param name="label-sic" select="'sic'" p:type="string"
    p:doc="Label put before the original (erroneous) reading when a correction is shown."/>
  <xsl:param name="label-orig" select="'orig.'" p:type="string"
    p:doc="Label put before an original spelling when a regularised one is shown."/>
  <xsl:param name="label-gap" select="'…'" p:type="string"
    p:doc="Text shown (in brackets) for an omission without a description."/>
  <xsl:param name="label-volume" select="'vol.'" p:type="string" p:doc="Abbreviation for a volume in citations."/>
  <xsl:param name="label-issue" select="'no.'" p:type="string" p:doc="Abbreviation for an issue in citations."/>
  <xsl:param name="label-page" select="'p.'" p:type="string" p:doc="Abbreviation for a page in citations."/>
  <xsl:param name="label-pages" select="'pp.'" p:type="string" p:doc="Abbreviation for a page range in citations."/>
  <xsl:param name="label-digest" select="'SHA-256'" p:type="string" p:doc="Name shown before the conversion's digest."/>
  <xsl:param name="default-lang" select="'en'" p:type="string"
    p:doc="Language code used when the TEI declares none (xml:lang on TEI or text)."/>

  <!-- Element names rendered as blocks (boundaries between words). tei.render.textcheck reads
       this list too, so that the "no word lost" measure and the renderer agree. -->
  <xsl:variable name="block-elements"
    select="'|ab|facsimile|line|listApp|listWit|sourceDoc|standOff|surface|surfaceGrp|teiCorpus|TEI|witness|zone|annotationBlock|argument|back|bibl-block|body|byline|castGroup|castItem|castList|cb|cell|closer|dateline|div|div1|div2|div3|div4|div5|div6|div7|docAuthor|docEdition|docImprint|docTitle|egXML|epigraph|figDesc|figure|floatingText|front|group|head|item|l|label-block|lb|lg|list|listBibl|listEvent|listOrg|listPerson|listPlace|milestone|msDesc|msContents|msItem|note|opener|org|p|pb|person|place|postscript|row|salute|signed|sp|spanGrp|speaker|stage|table|text|titlePage|titlePart|trailer|u|'"/>
  <!-- Elements shown apart from their neighbours (boundaries too). choice and app are special:
       see "glued" below. -->
  <xsl:variable name="separate-elements" select="'|rb|rt|gloss|desc|space|gap|'"/>

  <!-- Keys are built by libxslt as the XPath //match: a predicate in the match makes libxml2 walk
       every node of the document once more per step (28 ms of Hamlet's 380), so the condition
       goes into use instead (an element without @xml:id has no key value). -->
  <xsl:key name="ids" match="*" use="@xml:id"/>

  <xsl:variable name="header" select="/tei:TEI/tei:teiHeader | /tei:teiCorpus/tei:teiHeader"/>

  <!-- What is rendered: every child of the root TEI (or teiCorpus) but its header (text,
       sourceDoc, facsimile, standOff; the corpus's TEI documents), else the root itself (a
       surface, sourceDoc, text… page). -->
  <xsl:variable name="content" select="/tei:TEI/*[not(self::tei:teiHeader)]
    | /tei:teiCorpus/*[not(self::tei:teiHeader)] | /*[not(self::tei:TEI or self::tei:teiCorpus)]"/>

  <!-- Numbers in document order (xsl:number level="any" and preceding:: counts walk every
       earlier node for every numbered one: 8,000 notes took 82 s): tk:seq(kind) is a Python
       extension (tei.render.numbering) that numbers the document in one pass: n = notes that
       move (per content root), i = every note (note-auto ids), s / u / t = turns (sp, u, both),
       a = apparatus entries. -->
  <!-- The number of the current node in the sequence $kind (n, i, s, u, t, a). -->
  <xsl:template name="seq">
    <xsl:param name="kind"/>
    <xsl:value-of select="tk:seq(string($kind))"/>
  </xsl:template>
  <!-- (/descendant::x[1], not (//x)[1]: libxml2 stops at the first x only in that form; the
       other walks the whole document for every page) -->
  <xsl:variable name="lang">
    <xsl:choose>
      <xsl:when test="/*/@xml:lang"><xsl:value-of select="/*/@xml:lang"/></xsl:when>
      <xsl:when test="/descendant::tei:text[1]/@xml:lang"><xsl:value-of select="/descendant::tei:text[1]/@xml:lang"/></xsl:when>
      <xsl:when test="$header/tei:profileDesc/tei:langUsage/tei:language/@ident">
        <xsl:value-of select="$header/tei:profileDesc/tei:langUsage/tei:language[1]/@ident"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$default-lang"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- ============================ classification ============================ -->

  <!-- True when a note leaves its place for a numbered note (everything but block-level notes). -->
  <xsl:template name="note-moves">
    <xsl:param name="note" select="."/>
    <xsl:if test="not($note/parent::tei:div or $note/parent::tei:body or $note/parent::tei:back
                  or $note/parent::tei:front or $note/parent::tei:div1 or $note/parent::tei:div2
                  or $note/parent::tei:div3 or $note/parent::tei:listBibl or $note/parent::tei:note
                  or $note/parent::tei:app)">1</xsl:if>
  </xsl:template>

  <!-- A printed interpolation (note place="inline", a phrase): shown where the page prints it, in
       brackets, in every view; never a numbered note (only the page's own footnotes and the
       editors' notes are notes). tei.render.numbering.is_interpolation applies the same rule. -->
  <xsl:template name="note-is-interpolation">
    <xsl:param name="note" select="."/>
    <xsl:if test="$note/@place = 'inline' and not($note//tei:p or $note//tei:lg or $note//tei:list)">1</xsl:if>
  </xsl:template>

  <!-- An interpolation shown inline is a phrase of its own, never part of a word: a space
       before (after) it when a letter touches it in the TEI ("amet<note place='inline'>…").
       side = 'before' | 'after'. -->
  <xsl:template name="interpolation-space">
    <xsl:param name="side"/>
    <xsl:choose>
      <xsl:when test="$side = 'before'">
        <xsl:variable name="p1" select="preceding-sibling::node()[1]"/>
        <xsl:variable name="c" select="substring($p1[self::text()], string-length($p1[self::text()]))"/>
        <xsl:if test="$c != '' and translate($c, ' &#9;&#10;&#13;([{«“‘', '') != ''"><xsl:text> </xsl:text></xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="n1" select="following-sibling::node()[1]"/>
        <xsl:variable name="c" select="substring($n1[self::text()], 1, 1)"/>
        <xsl:if test="$c != '' and translate($c, ' &#9;&#10;&#13;.,;:!?)]}»”’…-–—', '') != ''"><xsl:text> </xsl:text></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Does this element contain block content (so that HTML must use a flow container)? -->
  <xsl:template name="has-blocks">
    <!-- tk:has-blocks() (tei.render.numbering): the element's descendants outside the notes
         in it, each looked at once per rendering, against the block-elements names -->
    <xsl:if test="* and string(tk:has-blocks())">1</xsl:if>
  </xsl:template>

  <!-- Note marker: @n when the document numbers its notes, else a running number. -->
  <xsl:template name="note-number">
    <xsl:choose>
      <xsl:when test="normalize-space(@n)"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="v"><xsl:call-template name="seq"><xsl:with-param name="kind" select="'n'"/></xsl:call-template></xsl:variable>
        <xsl:number value="$v" format="{$note-number-format}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Stable id of a moved note (its xml:id, else note-auto-N). -->
  <xsl:template name="note-id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:otherwise>note-auto-<xsl:call-template name="seq"><xsl:with-param name="kind" select="'i'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Stable anchor of a turn: its xml:id, else sp-N / u-N in document order. -->
  <xsl:template name="turn-id">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:when test="self::tei:u">u-<xsl:call-template name="turn-number"><xsl:with-param name="kind" select="'u'"/></xsl:call-template></xsl:when>
      <xsl:otherwise>sp-<xsl:call-template name="turn-number"><xsl:with-param name="kind" select="'sp'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The number of the current turn, 1-based, among the document's turns of $kind ('sp',
       'u', or '' for both), in document order (from the seq table). -->
  <xsl:variable name="turns-have-sp" select="boolean(/descendant::tei:sp[1])"/>
  <xsl:variable name="turns-have-u" select="boolean(/descendant::tei:u[1])"/>
  <!-- the table of turn-number with kind '' (decided once, not per turn) -->
  <xsl:variable name="turns-kind">
    <xsl:choose>
      <xsl:when test="not($turns-have-u)">s</xsl:when>
      <xsl:when test="not($turns-have-sp)">u</xsl:when>
      <xsl:otherwise>t</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="turns-kind-s" select="string($turns-kind)"/>
  <xsl:template name="turn-number">
    <xsl:param name="kind" select="''"/>
    <xsl:choose>
      <xsl:when test="$kind = ''"><xsl:value-of select="tk:seq($turns-kind-s)"/></xsl:when>
      <xsl:when test="$kind = 'sp'"><xsl:value-of select="tk:seq('s')"/></xsl:when>
      <xsl:when test="$kind = 'u'"><xsl:value-of select="tk:seq('u')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="tk:seq('t')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Name of the participant a @who points to (persName of the person, else the id). -->
  <xsl:template name="participant-name">
    <xsl:param name="who" select="@who"/>
    <xsl:variable name="first" select="substring-before(concat(normalize-space($who), ' '), ' ')"/>
    <xsl:variable name="id" select="translate($first, '#', '')"/>
    <xsl:variable name="person" select="key('ids', $id)"/>
    <xsl:choose>
      <xsl:when test="$person/tei:persName"><xsl:value-of select="normalize-space($person/tei:persName[1])"/></xsl:when>
      <xsl:when test="$person/tei:name"><xsl:value-of select="normalize-space($person/tei:name[1])"/></xsl:when>
      <!-- a name written straight in the person; never its notes, birth date or labels -->
      <xsl:when test="normalize-space($person/text())"><xsl:value-of select="normalize-space($person/text())"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================ header summary ============================ -->

  <xsl:template name="title-main">
    <xsl:variable name="ts" select="$header/tei:fileDesc/tei:titleStmt"/>
    <xsl:choose>
      <xsl:when test="$ts/tei:title[@type='main']"><xsl:value-of select="normalize-space($ts/tei:title[@type='main'][1])"/></xsl:when>
      <xsl:when test="$ts/tei:title[not(@type) and not(@level='s')]"><xsl:value-of select="normalize-space($ts/tei:title[not(@type) and not(@level='s')][1])"/></xsl:when>
      <xsl:when test="$ts/tei:title"><xsl:value-of select="normalize-space($ts/tei:title[1])"/></xsl:when>
      <xsl:when test="/descendant::tei:titlePart[1]"><xsl:value-of select="normalize-space(/descendant::tei:titlePart[1])"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="root-title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="title-sub">
    <xsl:value-of select="normalize-space($header/tei:fileDesc/tei:titleStmt/tei:title[@type='sub'][1])"/>
  </xsl:template>

  <xsl:template name="authors">
    <xsl:param name="sep" select="'; '"/>
    <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:author">
      <xsl:if test="position() &gt; 1"><xsl:value-of select="$sep"/></xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The printed source, when sourceDesc describes one (anything but the digital transcription's
       bibl, which is a file name and a digest, not a printed source). -->
  <xsl:variable name="printed-source"
    select="$header/tei:fileDesc/tei:sourceDesc/*[not(self::tei:bibl[@type='digital'])][normalize-space()]"/>

  <!-- The printed source as one line: "Title", Journal, vol. 26, no. 1, Winter 1965, p. 27.
       italic: the journal or book title in <cite> (HTML outputs); analytic: false() leaves out
       the article's authors and title (the citation has given them). -->
  <xsl:template name="source-citation">
    <xsl:param name="italic" select="false()"/>
    <xsl:param name="analytic" select="true()"/>
    <xsl:variable name="sd" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="bs" select="$sd/tei:biblStruct[1]"/>
    <xsl:choose>
      <xsl:when test="$bs">
        <xsl:if test="$analytic">
          <xsl:for-each select="$bs/tei:analytic/tei:author">
            <xsl:value-of select="normalize-space(.)"/><xsl:text>, </xsl:text>
          </xsl:for-each>
          <xsl:if test="$bs/tei:analytic/tei:title">
            <xsl:text>“</xsl:text><xsl:value-of select="normalize-space($bs/tei:analytic/tei:title[1])"/><xsl:text>”, </xsl:text>
          </xsl:if>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$italic"><cite class="source-title"><xsl:value-of select="normalize-space($bs/tei:monogr/tei:title[1])"/></cite></xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space($bs/tei:monogr/tei:title[1])"/></xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="$bs/tei:monogr/tei:biblScope[@unit='volume']">
          <xsl:text>, </xsl:text><xsl:value-of select="$label-volume"/><xsl:text> </xsl:text><xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
        <xsl:for-each select="$bs/tei:monogr/tei:biblScope[@unit='issue']">
          <xsl:text>, </xsl:text><xsl:value-of select="$label-issue"/><xsl:text> </xsl:text><xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
        <xsl:if test="$bs/tei:monogr/tei:imprint/tei:date">
          <xsl:text>, </xsl:text><xsl:value-of select="normalize-space($bs/tei:monogr/tei:imprint/tei:date[1])"/>
        </xsl:if>
        <xsl:for-each select="$bs/tei:monogr/tei:biblScope[@unit='page' or @unit='pp'][1]">
          <xsl:text>, </xsl:text>
          <xsl:choose>
            <xsl:when test="@from and @to and @from != @to">
              <xsl:value-of select="concat($label-pages, ' ', @from, '–', @to)"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="concat($label-page, ' ', normalize-space(.))"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:text>.</xsl:text>
      </xsl:when>
      <xsl:when test="$sd/tei:bibl[not(@type='digital')]"><xsl:value-of select="normalize-space($sd/tei:bibl[not(@type='digital')][1])"/></xsl:when>
      <!-- a critical edition's list of witnesses: its heading and the sigla -->
      <xsl:when test="$sd/tei:listWit//tei:witness[tei:abbr[@type='siglum'] or @xml:id]
                      and not($sd/tei:listWit//tei:witness[tei:msDesc or tei:bibl or tei:biblStruct])">
        <xsl:variable name="h" select="normalize-space($sd/tei:listWit[1]/tei:head[1])"/>
        <xsl:if test="$h != ''"><xsl:value-of select="$h"/><xsl:text>: </xsl:text></xsl:if>
        <xsl:for-each select="$sd/tei:listWit//tei:witness">
          <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
          <xsl:choose>
            <xsl:when test="tei:abbr[@type='siglum']"><xsl:value-of select="normalize-space(tei:abbr[@type='siglum'][1])"/></xsl:when>
            <xsl:when test="@n"><xsl:value-of select="@n"/></xsl:when>
            <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:for-each select="$sd/tei:p[normalize-space()][1]"><xsl:text>. </xsl:text><xsl:value-of select="normalize-space(.)"/></xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$printed-source">
          <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if><xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- SHA-256 of the source, recorded by the conversion (revisionDesc or the digital bibl). -->
  <xsl:template name="digest">
    <xsl:value-of select="normalize-space(($header/tei:revisionDesc//tei:idno[@type='sha256']
                          | $header/tei:fileDesc/tei:sourceDesc//tei:idno[@type='sha256'])[1])"/>
  </xsl:template>

  <!-- Date of the document for metadata: publication date, else the last change, else empty. -->
  <xsl:template name="doc-date">
    <xsl:variable name="pub" select="$header/tei:fileDesc/tei:publicationStmt/tei:date[1]"/>
    <xsl:variable name="chg" select="$header/tei:revisionDesc/tei:change[@when][last()]"/>
    <xsl:choose>
      <xsl:when test="$pub/@when"><xsl:value-of select="$pub/@when"/></xsl:when>
      <xsl:when test="$chg"><xsl:value-of select="$chg/@when"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ============================ meanings ============================ -->

  <xsl:template match="tei:supplied">
    <xsl:call-template name="hook-bracketed">
      <xsl:with-param name="kind" select="'supplied'"/>
      <xsl:with-param name="content"><xsl:apply-templates/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:gap">
    <xsl:call-template name="hook-bracketed">
      <xsl:with-param name="kind" select="'gap'"/>
      <xsl:with-param name="content">
        <xsl:choose>
          <xsl:when test="tei:desc"><xsl:apply-templates select="tei:desc/node()"/></xsl:when>
          <xsl:when test="normalize-space(.)"><xsl:apply-templates/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$label-gap"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A gloss follows its term: shown in brackets after it. -->
  <xsl:template match="tei:gloss">
    <xsl:call-template name="hook-bracketed">
      <xsl:with-param name="kind" select="'gloss'"/>
      <xsl:with-param name="content"><xsl:apply-templates/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A choice or app inside a word (text touching it on either side) is "glued": only its
       source reading is shown inline (the alternative goes to a tooltip in HTML), so that the word
       stays whole. tei.render.textcheck applies the same rule. -->
  <xsl:template name="glued">
    <!-- (axis::node()[1] then a filter: libxml2 reads all of axis::node()[1][self::text()]) -->
    <xsl:variable name="p1" select="preceding-sibling::node()[1]"/>
    <xsl:variable name="n1" select="following-sibling::node()[1]"/>
    <xsl:variable name="prev" select="$p1[self::text()]"/>
    <xsl:variable name="next" select="$n1[self::text()]"/>
    <xsl:if test="($prev and translate(substring($prev, string-length($prev)), ' &#9;&#10;&#13;', '') != '')
                  or ($next and translate(substring($next, 1, 1), ' &#9;&#10;&#13;', '') != '')">1</xsl:if>
  </xsl:template>

  <!-- A further member of a choice: after a space between words; inside a word through
       hook-choice-alternative (text: ⟨…⟩; HTML: a marked span). -->
  <xsl:template name="choice-member">
    <xsl:param name="glued"/>
    <xsl:choose>
      <xsl:when test="$glued">
        <xsl:call-template name="hook-choice-alternative">
          <xsl:with-param name="content"><xsl:apply-templates select="."/></xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:text> </xsl:text><xsl:apply-templates select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- choice: the source form first, the editorial alternative after it in brackets. -->
  <xsl:template match="tei:choice">
    <xsl:variable name="source" select="(tei:sic | tei:orig | tei:abbr)[1]"/>
    <xsl:variable name="edit" select="(tei:corr | tei:reg | tei:expan)[1]"/>
    <xsl:variable name="g"><xsl:call-template name="glued"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$source and $edit">
        <xsl:call-template name="hook-choice">
          <xsl:with-param name="glued" select="string($g)"/>
          <xsl:with-param name="kind" select="local-name($edit)"/>
          <xsl:with-param name="source"><xsl:apply-templates select="$source/node()"/></xsl:with-param>
          <xsl:with-param name="edit"><xsl:apply-templates select="$edit/node()"/></xsl:with-param>
          <xsl:with-param name="edit-text" select="normalize-space($edit)"/>
        </xsl:call-template>
        <xsl:for-each select="*[not(count(. | $source) = 1 or count(. | $edit) = 1)]">
          <xsl:call-template name="choice-member"><xsl:with-param name="glued" select="string($g)"/></xsl:call-template>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <!-- no source/edit pair (unclear/unclear: EpiDoc's ambiguous letters, seg/seg…): the
             first member inline, each other one after it (inside a word, marked as an
             alternative so that the word stays whole) -->
        <xsl:apply-templates select="*[1]"/>
        <xsl:for-each select="*[position() &gt; 1]">
          <xsl:call-template name="choice-member"><xsl:with-param name="glued" select="string($g)"/></xsl:call-template>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- app, rdg, rdgGrp, witDetail: see common-apparatus.xsl. -->

  <!-- Speaker turns: the label as written, the participant it points to, a stable anchor. -->
  <xsl:template match="tei:sp">
    <xsl:choose>
      <!-- the anchor's number is the turn's number (sp-N with only sp in the document): one
           tk:seq call, passed to hook-turn as n -->
      <xsl:when test="$turns-kind-s = 's' and not(@xml:id)">
        <xsl:variable name="n" select="tk:seq('s')"/>
        <xsl:call-template name="hook-turn">
          <xsl:with-param name="id" select="concat('sp-', $n)"/>
          <xsl:with-param name="who" select="string(tk:seq('w'))"/>
          <xsl:with-param name="label"><xsl:apply-templates select="tei:speaker/node()"/></xsl:with-param>
          <xsl:with-param name="has-label" select="boolean(tei:speaker)"/>
          <xsl:with-param name="content"><xsl:apply-templates select="node()[not(self::tei:speaker)]"/></xsl:with-param>
          <xsl:with-param name="n" select="$n"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="hook-turn">
          <xsl:with-param name="id"><xsl:call-template name="turn-id"/></xsl:with-param>
          <xsl:with-param name="who" select="string(tk:seq('w'))"/>
          <xsl:with-param name="label"><xsl:apply-templates select="tei:speaker/node()"/></xsl:with-param>
          <xsl:with-param name="has-label" select="boolean(tei:speaker)"/>
          <xsl:with-param name="content"><xsl:apply-templates select="node()[not(self::tei:speaker)]"/></xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:u">
    <!-- participant-name of every turn, from one pass (tk:seq('w'), tei.render.numbering) -->
    <xsl:variable name="who" select="string(tk:seq('w'))"/>
    <xsl:choose>
      <xsl:when test="$turns-kind-s = 'u' and not(@xml:id)">
        <xsl:variable name="n" select="tk:seq('u')"/>
        <xsl:call-template name="hook-turn">
          <xsl:with-param name="id" select="concat('u-', $n)"/>
          <xsl:with-param name="who" select="$who"/>
          <xsl:with-param name="label" select="concat($who, substring(':', 1, string-length($who)))"/>
          <xsl:with-param name="has-label" select="boolean(@who)"/>
          <xsl:with-param name="content"><xsl:apply-templates/></xsl:with-param>
          <xsl:with-param name="n" select="$n"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="hook-turn">
          <xsl:with-param name="id"><xsl:call-template name="turn-id"/></xsl:with-param>
          <xsl:with-param name="who" select="$who"/>
          <xsl:with-param name="label" select="concat($who, substring(':', 1, string-length($who)))"/>
          <xsl:with-param name="has-label" select="boolean(@who)"/>
          <xsl:with-param name="content"><xsl:apply-templates/></xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Everything not handled: keep the text and the TEI name; report it when asked. -->
  <xsl:template match="*" priority="-10">
    <!-- tk:name-count(): on the first element of its local name outside the header, how many
         there are (tei.render.numbering, one pass, only when asked: a key over every element
         cost every rendering a walk of the document) -->
    <xsl:if test="$report-unhandled and not(ancestor::tei:teiHeader)">
      <xsl:variable name="count" select="string(tk:name-count())"/>
      <xsl:if test="$count != ''">
        <xsl:message>[info] unhandled-element: <xsl:value-of select="local-name()"/> (<xsl:value-of
          select="$count"/> in text) kept as text with class tei-<xsl:value-of
          select="local-name()"/></xsl:message>
      </xsl:if>
    </xsl:if>
    <xsl:call-template name="hook-unhandled"/>
  </xsl:template>

  <!-- Processing instructions (xml-stylesheet…) and comments in the input are ignored. -->
  <xsl:template match="processing-instruction() | comment()"/>

  <!-- A URL safe to copy into href: fragment, relative, http(s) or mailto; never javascript:,
       data:, vbscript: or any other scheme. Empty when refused. -->
  <xsl:template name="safe-url">
    <xsl:param name="url"/>
    <xsl:param name="web-only" select="false()"/>
    <xsl:variable name="u" select="normalize-space(substring-before(concat(normalize-space($url), ' '), ' '))"/>
    <xsl:variable name="low" select="translate($u, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ&#9;&#10;&#13;', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:variable name="before-colon" select="substring-before($low, ':')"/>
    <xsl:choose>
      <xsl:when test="$u = ''"/>
      <xsl:when test="starts-with($low, 'http://') or starts-with($low, 'https://')"><xsl:value-of select="$u"/></xsl:when>
      <xsl:when test="$web-only"/>
      <xsl:when test="starts-with($low, 'mailto:')"><xsl:value-of select="$u"/></xsl:when>
      <xsl:when test="contains($low, ':') and not(contains($before-colon, '/') or contains($before-colon, '#') or contains($before-colon, '?'))"/>
      <xsl:otherwise><xsl:value-of select="$u"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Collapse runs of white space to one space (no trimming: inline neighbours keep theirs;
       the space before a note call is removed after the transformation, tei.render.notecalls). -->
  <xsl:template name="collapse">
    <xsl:param name="s" select="string(.)"/>
    <xsl:variable name="n" select="normalize-space($s)"/>
    <xsl:choose>
      <xsl:when test="$n = $s"><xsl:value-of select="$n"/></xsl:when>
      <xsl:when test="$n = ''"><xsl:text> </xsl:text></xsl:when>
      <xsl:otherwise>
        <xsl:if test="translate(substring($s, 1, 1), ' &#9;&#10;&#13;', '') = ''"><xsl:text> </xsl:text></xsl:if>
        <xsl:value-of select="$n"/>
        <xsl:if test="translate(substring($s, string-length($s)), ' &#9;&#10;&#13;', '') = ''"><xsl:text> </xsl:text></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
