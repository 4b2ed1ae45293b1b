<?xml version="1.0" encoding="UTF-8"?>
<!--
  print.xsl: paged-media HTML + CSS for the print edition, laid out as PDF by WeasyPrint.

  The HTML edition (html.xsl) with print presentation: a title page with the source citation and
  the licence, running heads and page numbers (print.css), notes as footnotes at the foot of
  their page (CSS float: footnote), a colophon with the provenance and the conversion's digest,
  and the document metadata (title, author, subject, language, date) the PDF carries.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:p="urn:tei-edition-toolkit:params"
  xmlns:tk="urn:tei-edition-toolkit:seq"
  exclude-result-prefixes="tei p tk">

  <xsl:import href="html.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="page-size" select="'A4'" p:type="enum" p:values="A4|letter|A5"
    p:doc="Paper size of the print edition."/>
  <xsl:param name="pdf-variant" select="''" p:type="string"
    p:doc="Archival variant passed to WeasyPrint (for example pdf/a-3b); empty for plain PDF."/>
  <xsl:param name="pdf-date" select="''" p:type="string"
    p:doc="Creation date of the PDF (W3C date-time). Empty: SOURCE_DATE_EPOCH when set, else the TEI's publication or last change date."/>
  <xsl:param name="show-switch" select="false()" p:type="boolean"
    p:doc="Print has no reading/diplomatic switch: the reading text is printed."/>
  <xsl:param name="show-turn-numbers" select="false()" p:type="boolean"
    p:doc="Print each turn's number beside it."/>
  <xsl:param name="label-colophon" select="'Colophon'" p:type="string" p:doc="Heading of the colophon."/>
  <xsl:param name="label-licence-line" select="'Licence:'" p:type="string" p:doc="Title page: before the licence."/>
  <xsl:param name="label-source-line" select="'Source:'" p:type="string" p:doc="Title page: before the source citation."/>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="{$ui-lang}">
      <xsl:if test="$ui-lang-dir = 'rtl'"><xsl:attribute name="dir">rtl</xsl:attribute></xsl:if>
      <head>
        <title><xsl:call-template name="page-title"/></title>
        <xsl:variable name="au"><xsl:call-template name="authors"><xsl:with-param name="sep" select="', '"/></xsl:call-template></xsl:variable>
        <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:author">
          <meta name="author" content="{normalize-space(.)}"/>
        </xsl:for-each>
        <xsl:if test="not(string($au))">
          <!-- the printed text's author, else the edition's editor; never the publisher: an
               unknown author is left out, not filled in -->
          <xsl:for-each select="($header/tei:fileDesc/tei:sourceDesc/tei:biblStruct[1]/tei:analytic/tei:author
                                 | $header/tei:fileDesc/tei:titleStmt/tei:editor)[1]">
            <meta name="author" content="{normalize-space(.)}"/>
          </xsl:for-each>
        </xsl:if>
        <meta name="description"><xsl:attribute name="content"><xsl:call-template name="subject"/></xsl:attribute></meta>
        <meta name="generator" content="tei-edition-toolkit"/>
        <xsl:variable name="date">
          <xsl:choose>
            <xsl:when test="$pdf-date != ''"><xsl:value-of select="$pdf-date"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="doc-date"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:if test="string($date)">
          <meta name="dcterms.created" content="{$date}"/>
          <meta name="dcterms.modified" content="{$date}"/>
        </xsl:if>
        <style><xsl:value-of select="tk:asset-text('print.css')" disable-output-escaping="yes"/>
          <xsl:call-template name="index-print-css"/>
          <xsl:text>&#10;@page { size: </xsl:text><xsl:value-of select="$page-size"/><xsl:text>; }&#10;</xsl:text>
        </style>
      </head>
      <body>
        <xsl:call-template name="title-page"/>
        <main>
          <xsl:call-template name="text-lang-attr"/>
          <xsl:apply-templates select="$content"/>
        </main>
        <xsl:call-template name="index-print"/>
        <xsl:call-template name="colophon"/>
      </body>
    </html>
  </xsl:template>

  <!-- PDF subject: the subtitle, else the source citation. -->
  <xsl:template name="subject">
    <xsl:variable name="sub"><xsl:call-template name="title-sub"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="string($sub)"><xsl:value-of select="$sub"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="source-citation"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="title-page">
    <section class="title-page">
      <p class="running-title"><xsl:call-template name="title-main"/></p>
      <xsl:call-template name="title-block"/>
      <xsl:if test="$printed-source">
        <p class="tp-source"><span class="tp-label"><xsl:value-of select="$label-source-line"/></span><xsl:text> </xsl:text><xsl:call-template name="source-citation"><xsl:with-param name="italic" select="true()"/></xsl:call-template></p>
      </xsl:if>
      <xsl:for-each select="$pubstmt/tei:availability/tei:licence[1] | $pubstmt/tei:availability[not(tei:licence)]/tei:p[1]">
        <p class="tp-licence"><span class="tp-label"><xsl:value-of select="$label-licence-line"/></span><xsl:text> </xsl:text><xsl:value-of select="normalize-space(.)"/>
          <xsl:if test="@target"><xsl:text> (</xsl:text><xsl:value-of select="@target"/>)</xsl:if></p>
      </xsl:for-each>
      <xsl:for-each select="$pubstmt/tei:publisher[1]"><p class="tp-publisher"><xsl:value-of select="normalize-space(.)"/>
        <xsl:for-each select="$pubstmt/tei:date[1]"><xsl:text>, </xsl:text><xsl:value-of select="normalize-space((. | @when)[normalize-space()][1])"/></xsl:for-each></p></xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="colophon">
    <section class="colophon">
      <h2><xsl:value-of select="$label-colophon"/></h2>
      <xsl:call-template name="provenance"/>
      <xsl:call-template name="citation"/>
    </section>
  </xsl:template>

  <!-- A turn: its label runs into its first paragraph, inside the same block, so that no page
       can end with a bare label (a floated or separate label could be left at a page foot with
       its speech on the next page). When the turn does not open with a paragraph, the label is
       a block of its own that is kept with what follows (break-after: avoid; hook-turn). This
       template replaces common.xsl's for sp, so that the turn's content is rendered once. -->
  <xsl:template match="tei:sp">
    <xsl:variable name="first" select="*[not(self::tei:speaker)][1][self::tei:p or self::tei:ab]"/>
    <xsl:variable name="blocks"><xsl:for-each select="$first"><xsl:call-template name="has-blocks"/></xsl:for-each></xsl:variable>
    <xsl:choose>
      <xsl:when test="tei:speaker and $first and not(string($blocks)) and not(text()[normalize-space()])">
        <div class="turn">
          <xsl:attribute name="id"><xsl:call-template name="turn-id"/></xsl:attribute>
          <xsl:call-template name="lang-attr"/>
          <p class="turn-first">
            <xsl:for-each select="$first"><xsl:call-template name="common-attrs"/></xsl:for-each>
            <span class="speaker"><xsl:apply-templates select="tei:speaker/node()"/></span><xsl:text> </xsl:text>
            <xsl:apply-templates select="$first/node()"/>
          </p>
          <xsl:apply-templates select="$first/following-sibling::node()"/>
        </div>
      </xsl:when>
      <xsl:otherwise><xsl:apply-imports/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="hook-turn">
    <xsl:param name="id"/><xsl:param name="who"/><xsl:param name="label"/>
    <xsl:param name="has-label"/><xsl:param name="content"/>
    <div class="turn" id="{$id}">
      <xsl:call-template name="lang-attr"/>
      <xsl:choose>
        <xsl:when test="$has-label and self::tei:u and not(*[contains($block-elements, concat('|', local-name(), '|'))
                        and not(self::tei:lb or self::tei:pb or self::tei:cb or self::tei:note)])">
          <p class="turn-first"><span class="speaker"><xsl:copy-of select="$label"/></span><xsl:text> </xsl:text><xsl:copy-of select="$content"/></p>
        </xsl:when>
        <xsl:otherwise>
          <xsl:if test="$has-label"><div class="turn-head"><span class="speaker"><xsl:copy-of select="$label"/></span></div></xsl:if>
          <div class="turn-body"><xsl:copy-of select="$content"/></div>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!-- Notes become footnotes, floated to the foot of the page where they are called. -->
  <xsl:template name="note-ref">
    <xsl:variable name="interp"><xsl:call-template name="note-is-interpolation"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="string($interp)">
        <xsl:call-template name="interpolation-space"><xsl:with-param name="side" select="'before'"/></xsl:call-template>
        <xsl:call-template name="hook-bracketed">
          <xsl:with-param name="kind" select="'note-inline'"/>
          <xsl:with-param name="content"><xsl:apply-templates/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="interpolation-space"><xsl:with-param name="side" select="'after'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><span class="footnote"><xsl:call-template name="lang-attr"/><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The apparatus criticus as footnotes: the lemma in the text, its entry at the page foot. -->
  <xsl:template name="hook-apparatus">
    <xsl:param name="glued"/><xsl:param name="lemma"/><xsl:param name="n"/>
    <span class="app"><span class="lem"><xsl:copy-of select="$lemma"/></span><span class="footnote app-footnote"><xsl:call-template name="app-entry"/></span></span>
  </xsl:template>

  <!-- A transcription's footnote reference carries its note, which is then not repeated. -->
  <xsl:template match="tei:ref[@type='noteref'][starts-with(@target, '#')]">
    <xsl:variable name="note" select="key('ids', substring(normalize-space(@target), 2))[self::tei:note]"/>
    <xsl:choose>
      <xsl:when test="$note">
        <span class="footnote"><xsl:call-template name="id-attr"/><xsl:apply-templates select="$note/node()[not(self::tei:label)]"/></span>
      </xsl:when>
      <xsl:otherwise><xsl:apply-imports/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:note[@xml:id][key('ids', substring(normalize-space(@target), 2))[self::tei:ref]]"/>
  <xsl:template match="tei:div[@type='notes'][not(tei:note[not(@xml:id and key('ids', substring(normalize-space(@target), 2))[self::tei:ref])])]"/>
</xsl:stylesheet>
