<?xml version="1.0" encoding="UTF-8"?>
<!--
  indexes.xsl: the index of persons, places and organisations, for every output.

  Entries are the person, place and org elements (standOff, particDesc) that names in the text
  point to with @ref="#id" (persName, placeName, orgName, name, rs; see docs/names.md). The HTML
  page gets an index whose entries link to each mention while each mention links back to its
  entry (index-html); the print edition a back-of-book index with page numbers from CSS
  target-counter() (index-print, index-print-css); the plain text a list at the end
  (index-text, one line per entry, lines separated by U+E000 for text.xsl's wrap-para).

  html.xsl includes this module; text.xsl imports it and sets index-output to 'text', so that
  mentions there are plain text.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:p="urn:tei-edition-toolkit:params"
  xmlns:tk="urn:tei-edition-toolkit:seq"
  exclude-result-prefixes="tei p tk">

  <!-- ============================ parameters (indexes) ============================ -->
  <xsl:param name="show-index" select="true()" p:type="boolean"
    p:doc="Show the index of persons, places and organisations that names in the text point to (@ref), and link the mentions to it."/>
  <xsl:param name="label-index" select="'Index'" p:type="string" p:doc="Heading of the index of persons, places and organisations."/>
  <xsl:param name="label-index-persons" select="'Persons'" p:type="string" p:doc="Index: heading of the persons."/>
  <xsl:param name="label-index-places" select="'Places'" p:type="string" p:doc="Index: heading of the places."/>
  <xsl:param name="label-index-orgs" select="'Organisations'" p:type="string" p:doc="Index: heading of the organisations."/>
  <xsl:param name="label-index-periodicals" select="'Periodicals'" p:type="string" p:doc="Index: heading of the periodicals (a register's org of type periodical)."/>
  <xsl:param name="label-index-front" select="'intro'" p:type="string"
    p:doc="Index: where a mention outside the numbered turns is (title page, headnote, article text)."/>
  <xsl:param name="label-index-mention" select="'mention'" p:type="string"
    p:doc="Index: accessible name of a link to a mention (followed by its number)."/>
  <xsl:param name="label-index-turns" select="'Numbers are the turns of the dialogue, counted from the first; intro is the text before them.'" p:type="string"
    p:doc="Index (HTML and text): what its locators are, when the text has turns."/>
  <xsl:param name="label-index-speaker" select="'speaker in'" p:type="string"
    p:doc="Index: before the number of turns a participant speaks (speaker in 11 turns, from 2)."/>
  <xsl:param name="label-index-speaker-turns" select="'turns, from'" p:type="string"
    p:doc="Index: after the number of a participant's turns, before the first of them."/>
  <xsl:param name="label-index-entry" select="'see the index'" p:type="string"
    p:doc="Tooltip of a mention in the text, which links to its index entry."/>

  <!-- 'html' (html.xsl, print.xsl) or 'text' (set by text.xsl). -->
  <xsl:variable name="index-output" select="'html'"/>

  <!-- Which entries mentions point to: tk:mentioned() and tk:speaker-turns()
       (tei.render.numbering), not keys: libxslt indexes the whole document for every key the
       stylesheets declare at the first key() call, and these two keys were asked once per
       entry (a fifth of a play's page). -->

  <!-- ============================ mentions in the text ============================ -->
  <!-- (one pattern per element name, not tei:text//*[self::…]: libxslt tests a * pattern on
       every element it processes, a named one only on elements of that name) -->
  <xsl:template priority="1"
    match="tei:text//tei:persName[starts-with(normalize-space(@ref), '#')] | tei:text//tei:placeName[starts-with(normalize-space(@ref), '#')]
      | tei:text//tei:orgName[starts-with(normalize-space(@ref), '#')] | tei:text//tei:name[starts-with(normalize-space(@ref), '#')]
      | tei:text//tei:rs[starts-with(normalize-space(@ref), '#')] | tei:text//tei:title[starts-with(normalize-space(@ref), '#')]">
    <!-- $link (tk:seq('k'), tei.render.numbering.mention_links, one pass): '' when the
         mention does not link to the index (the id it points to is no person, place or org,
         or a ref, ptr or note is around or inside it), '-' inside a note (no anchor), else
         its number N for the anchor mention-N (mention-id): one call, not a key lookup, four
         axis tests and a call per mention. -->
    <xsl:choose>
      <xsl:when test="$index-output != 'html'"><xsl:apply-templates/></xsl:when>
      <xsl:when test="$show-index">
        <xsl:variable name="link" select="string(tk:seq('k'))"/>
        <xsl:choose>
          <xsl:when test="$link != ''">
            <a class="mention tei-{local-name()}" href="#index-{substring(substring-before(concat(normalize-space(@ref), ' '), ' '), 2)}" title="{$label-index-entry}">
              <xsl:if test="$link != '-'"><xsl:attribute name="id">mention-<xsl:value-of select="$link"/></xsl:attribute></xsl:if>
              <xsl:call-template name="lang-attr"/>
              <xsl:apply-templates/>
            </a>
          </xsl:when>
          <xsl:otherwise>
            <span class="tei-{local-name()}"><xsl:call-template name="lang-attr"/><xsl:apply-templates/></span>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <span class="tei-{local-name()}"><xsl:call-template name="lang-attr"/><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- mention-N: the mention's number among the mentions of its text (notes excluded), from
       tk:seq('m') (tei/render/numbering.py), which numbers them all in one pass: an
       xsl:number level="any" here walked the whole text for every mention. -->
  <xsl:template name="mention-id">
    <xsl:text>mention-</xsl:text>
    <xsl:value-of select="tk:seq('m')"/>
  </xsl:template>

  <!-- Where a mention is: the number of its turn, else label-index-front. (§ marks sections,
       not turns: the locators are bare numbers, explained by label-index-turns.) -->
  <xsl:template name="mention-place">
    <xsl:variable name="turn" select="ancestor::*[self::tei:sp or self::tei:u][1]"/>
    <xsl:choose>
      <xsl:when test="$turn"><xsl:for-each select="$turn"><xsl:call-template name="turn-number"/></xsl:for-each></xsl:when>
      <xsl:otherwise><xsl:value-of select="$label-index-front"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The locators of the current entry, merged: one per turn (or one for the front), and
       consecutive turns as a range (4–6), each linked to its first mention when $linked
       (aria-label: label-index-mention, the mention's position among the entry's, where it is).
       One call per entry: tk:index-locators (tei.render.numbering.index_locators) makes them
       from the one-pass tables (which mention opens a locator, closes a range or shows
       nothing; the turn numbers; the mention ids): three extension calls per mention here
       were most of the index's cost. -->
  <xsl:template name="index-locators">
    <xsl:param name="linked" select="true()"/>
    <xsl:copy-of select="tk:index-locators(boolean($linked), string($label-index-mention), string($label-index-front))/node()"/>
  </xsl:template>

  <!-- A participant's entry also says how many turns they speak, linking to the first: a
       speaker is seldom named in their own answers (V.E. is named once, in the headnote). -->
  <xsl:template name="index-speaker">
    <xsl:param name="linked" select="true()"/>
    <xsl:variable name="turns" select="tk:speaker-turns()"/>
    <xsl:if test="$turns">
      <xsl:if test="tk:mentioned()"><xsl:text>; </xsl:text></xsl:if>
      <xsl:value-of select="concat($label-index-speaker, ' ', count($turns), ' ', $label-index-speaker-turns, ' ')"/>
      <xsl:for-each select="$turns[1]">
        <xsl:variable name="id"><xsl:call-template name="turn-id"/></xsl:variable>
        <xsl:variable name="n"><xsl:call-template name="turn-number"/></xsl:variable>
        <xsl:choose>
          <xsl:when test="$linked"><a href="#{$id}"><xsl:value-of select="$n"/></a></xsl:when>
          <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- The href of a mention: its own anchor, or (inside a note) the turn it is in. -->
  <xsl:template name="mention-href">
    <xsl:choose>
      <xsl:when test="not(ancestor::tei:note)">#<xsl:call-template name="mention-id"/></xsl:when>
      <xsl:when test="ancestor::*[self::tei:sp or self::tei:u]">
        <xsl:for-each select="ancestor::*[self::tei:sp or self::tei:u][1]">#<xsl:call-template name="turn-id"/></xsl:for-each>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ============================ entries ============================ -->
  <xsl:template name="entry-name">
    <xsl:variable name="names" select="tei:persName | tei:placeName | tei:orgName | tei:name"/>
    <xsl:value-of select="normalize-space(($names[@type='preferred'] | $names[not(@type)] | $names)[1])"/>
  </xsl:template>

  <xsl:template name="entry-variants">
    <xsl:for-each select="(tei:persName | tei:placeName | tei:orgName | tei:name)[@type='variant' or @type='abbreviation']">
      <xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="normalize-space(.)"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="entry-note">
    <xsl:value-of select="normalize-space((tei:note[@type='register'] | tei:note[not(@type)])[1])"/>
  </xsl:template>

  <!-- An authority URI shown without its scheme: wikidata.org/wiki/Q585. -->
  <xsl:template name="authority-label">
    <xsl:param name="url"/>
    <xsl:variable name="rest" select="substring-after($url, '://')"/>
    <xsl:choose>
      <xsl:when test="starts-with($rest, 'www.')"><xsl:value-of select="substring-after($rest, 'www.')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$rest"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================ HTML ============================ -->
  <xsl:template name="index-html">
    <!-- the entries that mentions point to (one pass in Python, not three walks of the
         document with a key lookup per person, place and org) -->
    <xsl:variable name="entries" select="tk:index-entries(/*[$show-index])"/>
    <xsl:if test="$entries">
      <section class="index" id="index" aria-labelledby="index-h">
        <h2 id="index-h"><xsl:call-template name="ui-lang-attr"/><xsl:value-of select="$label-index"/></h2>
        <xsl:if test="$turns-have-sp or $turns-have-u"><p class="index-about"><xsl:call-template name="ui-lang-attr"/><xsl:value-of select="$label-index-turns"/></p></xsl:if>
        <xsl:call-template name="index-html-kind"><xsl:with-param name="kind" select="'persons'"/><xsl:with-param name="label" select="$label-index-persons"/><xsl:with-param name="entries" select="$entries[self::tei:person]"/></xsl:call-template>
        <xsl:call-template name="index-html-kind"><xsl:with-param name="kind" select="'places'"/><xsl:with-param name="label" select="$label-index-places"/><xsl:with-param name="entries" select="$entries[self::tei:place]"/></xsl:call-template>
        <xsl:call-template name="index-html-kind"><xsl:with-param name="kind" select="'orgs'"/><xsl:with-param name="label" select="$label-index-orgs"/><xsl:with-param name="entries" select="$entries[self::tei:org][not(@type = 'periodical')]"/></xsl:call-template>
        <xsl:call-template name="index-html-kind"><xsl:with-param name="kind" select="'periodicals'"/><xsl:with-param name="label" select="$label-index-periodicals"/><xsl:with-param name="entries" select="$entries[self::tei:org][@type = 'periodical']"/></xsl:call-template>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="index-html-kind">
    <xsl:param name="kind"/><xsl:param name="label"/><xsl:param name="entries"/>
    <xsl:if test="$entries">
      <section class="index-{$kind}" aria-labelledby="index-{$kind}-h">
        <h3 id="index-{$kind}-h"><xsl:call-template name="ui-lang-attr"/><xsl:value-of select="$label"/></h3>
        <ul class="index-list">
          <xsl:for-each select="$entries">
            <xsl:sort select="normalize-space((tei:persName | tei:placeName | tei:orgName | tei:name)[@type='preferred' or not(@type)][1])"/>
            <li class="index-entry" id="index-{@xml:id}">
              <span class="index-name"><xsl:call-template name="entry-name"/></span>
              <xsl:variable name="variants"><xsl:call-template name="entry-variants"/></xsl:variable>
              <xsl:if test="string($variants)"><xsl:text> </xsl:text><span class="index-variants">(<xsl:value-of select="$variants"/>)</span></xsl:if>
              <xsl:variable name="note"><xsl:call-template name="entry-note"/></xsl:variable>
              <xsl:if test="string($note)"><xsl:text> — </xsl:text><span class="index-note"><xsl:value-of select="$note"/></span></xsl:if>
              <xsl:for-each select="tei:ptr[@type='authority'] | tei:idno[@type='URI']">
                <xsl:variable name="url"><xsl:call-template name="safe-url"><xsl:with-param name="url" select="@target | self::tei:idno"/><xsl:with-param name="web-only" select="true()"/></xsl:call-template></xsl:variable>
                <xsl:if test="string($url)"><xsl:text> </xsl:text><a class="authority" href="{$url}"><xsl:call-template name="authority-label"><xsl:with-param name="url" select="$url"/></xsl:call-template></a></xsl:if>
              </xsl:for-each>
              <xsl:text>: </xsl:text>
              <span class="index-mentions"><xsl:call-template name="index-locators"/><xsl:call-template name="index-speaker"/></span>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- ============================ print ============================ -->
  <!-- Back-of-book index. Pages are known only at layout time, so the print HTML has one link per
       mention (a.index-page) whose number comes from CSS target-counter(); for the PDF,
       tei.render.pageindex lays the text out once, reads the page of every mention and writes
       the merged locators (2–3, each linked to its first mention) in their place before the
       final layout (docs/editions.md, "The print index"). -->
  <xsl:template name="index-print">
    <xsl:variable name="entries" select="tk:index-entries(/*[$show-index])"/>
    <xsl:if test="$entries">
      <section class="index print-index" id="index">
        <h2><xsl:value-of select="$label-index"/></h2>
        <xsl:call-template name="index-print-kind"><xsl:with-param name="label" select="$label-index-persons"/><xsl:with-param name="entries" select="$entries[self::tei:person]"/></xsl:call-template>
        <xsl:call-template name="index-print-kind"><xsl:with-param name="label" select="$label-index-places"/><xsl:with-param name="entries" select="$entries[self::tei:place]"/></xsl:call-template>
        <xsl:call-template name="index-print-kind"><xsl:with-param name="label" select="$label-index-orgs"/><xsl:with-param name="entries" select="$entries[self::tei:org][not(@type = 'periodical')]"/></xsl:call-template>
        <xsl:call-template name="index-print-kind"><xsl:with-param name="label" select="$label-index-periodicals"/><xsl:with-param name="entries" select="$entries[self::tei:org][@type = 'periodical']"/></xsl:call-template>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="index-print-kind">
    <xsl:param name="label"/><xsl:param name="entries"/>
    <xsl:if test="$entries">
      <h3><xsl:value-of select="$label"/></h3>
      <ul class="index-list">
        <xsl:for-each select="$entries">
          <xsl:sort select="normalize-space((tei:persName | tei:placeName | tei:orgName | tei:name)[@type='preferred' or not(@type)][1])"/>
          <li class="index-entry">
            <span class="index-name"><xsl:call-template name="entry-name"/></span><xsl:text> </xsl:text>
            <!-- an a.index-page per mention (mention-href), made in one call -->
            <span class="index-pages"><xsl:copy-of select="tk:index-pages()/node()"/></span>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <xsl:template name="index-print-css">
    <xsl:text>&#10;.print-index { break-before: page; columns: 2; column-gap: 1.5em; font-size: 9pt; }
.print-index h2 { column-span: all; }
.print-index ul { list-style: none; margin: 0 0 0.8em; padding: 0; }
.print-index li { text-indent: -1em; padding-left: 1em; }
.print-index a.index-page { color: inherit; text-decoration: none; }
.print-index a.index-page::after { content: target-counter(attr(href url), page); }
.print-index a.index-page + a.index-page::before { content: ", "; }
.print-index a.index-loc { color: inherit; text-decoration: none; }
a.mention { color: inherit; text-decoration: none; }
</xsl:text>
  </xsl:template>

  <!-- ============================ plain text ============================ -->
</xsl:stylesheet>
