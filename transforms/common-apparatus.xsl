<?xml version="1.0" encoding="UTF-8"?>
<!--
  common-apparatus.xsl (included by common.xsl): what an apparatus criticus MEANS.

  Every app shows its lemma in the text (lem, else the first rdg when there is no lem) and
  becomes one numbered apparatus entry: the lemma, then every other reading (rdg, rdg inside
  rdgGrp, witDetail, wit, note) with its witness sigla. Sigla are resolved from the witness
  (or listWit) that @wit points to: its abbr[@type='siglum'], else its @n, else its id. An empty
  lemma is an addition (label-app-add), an empty reading an omission (label-app-om). Apparatus
  inside headings, titles, lemmas and readings are entries of their own; @loc, @from/@to are
  shown before the lemma. The outputs implement hook-apparatus (in the text) and call
  "app-entry" to write an entry (in a popup, a list, a footnote or the text's end).
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:p="urn:tei-edition-toolkit:params"
  xmlns:tk="urn:tei-edition-toolkit:seq"
  exclude-result-prefixes="tei p tk">

  <xsl:param name="show-apparatus" select="true()" p:type="boolean"
    p:doc="Show the apparatus criticus (app/rdg): the readings with their witnesses, at the lemma and as a list after the text (false: the lemma only, a reading text)."/>
  <xsl:param name="label-apparatus" select="'Apparatus criticus'" p:type="string" p:doc="Heading of the apparatus entries."/>
  <xsl:param name="label-app-om" select="'om.'" p:type="string" p:doc="Apparatus: an empty reading (omission)."/>
  <xsl:param name="label-app-add" select="'add.'" p:type="string" p:doc="Apparatus: before a reading whose lemma is empty (an addition)."/>
  <xsl:param name="app-lemma-sep" select="']'" p:type="string" p:doc="Apparatus: after the lemma of an entry."/>

  <xsl:template match="tei:app">
    <xsl:variable name="lems" select="tei:lem | tei:rdgGrp/tei:lem"/>
    <xsl:variable name="lem" select="$lems[1] | tei:rdg[not($lems)][1]"/>
    <xsl:choose>
      <xsl:when test="$show-apparatus">
        <xsl:call-template name="hook-apparatus">
          <xsl:with-param name="glued"><xsl:call-template name="glued"/></xsl:with-param>
          <xsl:with-param name="lemma"><xsl:apply-templates select="$lem/node()"/></xsl:with-param>
          <xsl:with-param name="n"><xsl:call-template name="seq"><xsl:with-param name="kind" select="'a'"/></xsl:call-template></xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="$lem/node()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Readings met outside an app (or an app's parts rendered directly) keep their text. -->
  <xsl:template match="tei:rdgGrp | tei:witDetail | tei:wit">
    <xsl:call-template name="hook-unhandled"/>
  </xsl:template>

  <!-- The apparatus entries in document order (every app of the rendered content). -->
  <xsl:variable name="apps" select="$content/descendant-or-self::tei:app"/>

  <!-- One entry for the current app: location, lemma, separator, the readings with sigla.
       Each piece goes through hook-app-piece (kind: loc | lem | sep | rdg | wit | om | add). -->
  <xsl:template name="app-entry">
    <xsl:variable name="lems" select="tei:lem | tei:rdgGrp/tei:lem"/>
    <xsl:variable name="lem" select="$lems[1] | tei:rdg[not($lems)][1]"/>
    <xsl:if test="@loc or @from or @to">
      <xsl:call-template name="hook-app-piece"><xsl:with-param name="kind" select="'loc'"/>
        <xsl:with-param name="content" select="normalize-space(concat(@loc, ' ', translate(@from, '#', ''), substring('–', 1, number(boolean(@to))), translate(@to, '#', '')))"/></xsl:call-template>
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:call-template name="hook-app-piece"><xsl:with-param name="kind" select="'lem'"/>
      <xsl:with-param name="content"><xsl:variable name="t"><xsl:apply-templates select="$lem/node()" mode="app-text"/></xsl:variable><xsl:value-of select="normalize-space($t)"/></xsl:with-param></xsl:call-template>
    <xsl:for-each select="$lem[@wit or @resp or @source]">
      <xsl:text> </xsl:text>
      <xsl:call-template name="hook-app-piece"><xsl:with-param name="kind" select="'wit'"/>
        <xsl:with-param name="content"><xsl:call-template name="sigla"/></xsl:with-param></xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="hook-app-piece"><xsl:with-param name="kind" select="'sep'"/><xsl:with-param name="content" select="$app-lemma-sep"/></xsl:call-template>
    <xsl:variable name="empty-lem" select="not(normalize-space($lem)) and not($lem/*[not(self::tei:witStart or self::tei:witEnd or self::tei:lacunaStart or self::tei:lacunaEnd or self::tei:anchor)])"/>
    <xsl:for-each select="(tei:* | tei:rdgGrp/tei:* | tei:rdgGrp/tei:rdgGrp/tei:*)[not(self::tei:rdgGrp)][not($lem) or count(. | $lem) != 1]">
      <xsl:if test="position() &gt; 1"><xsl:text>;</xsl:text></xsl:if>
      <xsl:text> </xsl:text>
      <xsl:variable name="text"><xsl:apply-templates select="node()" mode="app-text"/></xsl:variable>
      <xsl:choose>
        <xsl:when test="normalize-space($text)">
          <xsl:if test="$empty-lem and self::tei:rdg">
            <xsl:call-template name="hook-app-piece"><xsl:with-param name="kind" select="'add'"/><xsl:with-param name="content" select="$label-app-add"/></xsl:call-template>
            <xsl:text> </xsl:text>
          </xsl:if>
          <xsl:call-template name="hook-app-piece"><xsl:with-param name="kind" select="local-name()"/><xsl:with-param name="content" select="normalize-space($text)"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="self::tei:rdg">
          <xsl:call-template name="hook-app-piece"><xsl:with-param name="kind" select="'om'"/><xsl:with-param name="content" select="$label-app-om"/></xsl:call-template>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="@wit or @resp or @source or @hand">
        <xsl:text> </xsl:text>
        <xsl:call-template name="hook-app-piece"><xsl:with-param name="kind" select="'wit'"/>
          <xsl:with-param name="content"><xsl:call-template name="sigla"/></xsl:with-param></xsl:call-template>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- The sigla of the current reading's @wit (else @resp, @source, @hand), space-separated. -->
  <!-- (tk:sigla, tei.render.numbering: sigla-tokens below for each distinct list, once) -->
  <xsl:template name="sigla">
    <xsl:value-of select="tk:sigla(normalize-space((@wit | @resp[not(../@wit)] | @source[not(../@wit or ../@resp)] | @hand[not(../@wit or ../@resp or ../@source)])[1]))"/>
  </xsl:template>
  <xsl:template name="sigla-tokens">
    <xsl:param name="s"/>
    <xsl:if test="$s != ''">
      <xsl:variable name="tok" select="substring-before(concat($s, ' '), ' ')"/>
      <xsl:variable name="id" select="substring-after($tok, '#')"/>
      <xsl:variable name="w" select="key('ids', $id)"/>
      <xsl:choose>
        <xsl:when test="$w/tei:abbr[@type='siglum']"><xsl:value-of select="normalize-space($w/tei:abbr[@type='siglum'][1])"/></xsl:when>
        <xsl:when test="$w/tei:head/tei:abbr[@type='siglum']"><xsl:value-of select="normalize-space($w/tei:head/tei:abbr[@type='siglum'][1])"/></xsl:when>
        <xsl:when test="$w/@n"><xsl:value-of select="$w/@n"/></xsl:when>
        <xsl:when test="$id != ''"><xsl:value-of select="$id"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$tok"/></xsl:otherwise>
      </xsl:choose>
      <xsl:variable name="more" select="substring-after($s, ' ')"/>
      <xsl:if test="$more != ''"><xsl:text> </xsl:text><xsl:call-template name="sigla-tokens"><xsl:with-param name="s" select="$more"/></xsl:call-template></xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- The text of a lemma or reading inside an entry: plain text; a nested app shows its
       lemma (it is an entry of its own); a choice both its members; notes are left out. -->
  <xsl:template match="text()" mode="app-text"><xsl:call-template name="collapse"/></xsl:template>
  <xsl:template match="tei:app" mode="app-text">
    <xsl:variable name="lems" select="tei:lem | tei:rdgGrp/tei:lem"/>
    <xsl:apply-templates select="($lems[1] | tei:rdg[not($lems)][1])/node()" mode="app-text"/>
  </xsl:template>
  <xsl:template match="tei:choice" mode="app-text">
    <xsl:for-each select="*">
      <xsl:if test="position() = 2"><xsl:text> (</xsl:text></xsl:if>
      <xsl:if test="position() &gt; 2"><xsl:text>, </xsl:text></xsl:if>
      <xsl:apply-templates mode="app-text"/>
      <xsl:if test="position() &gt; 1 and position() = last()"><xsl:text>)</xsl:text></xsl:if>
    </xsl:for-each>
  </xsl:template>
  <xsl:template match="tei:lb | tei:cb" mode="app-text"><xsl:if test="not(@break = 'no')"><xsl:text> </xsl:text></xsl:if></xsl:template>
  <xsl:template match="tei:pb" mode="app-text"><xsl:if test="not(@break = 'no')"><xsl:text> </xsl:text></xsl:if></xsl:template>
  <xsl:template match="tei:note" mode="app-text"/>
  <xsl:template match="tei:gap" mode="app-text"><xsl:value-of select="concat(' ', $bracket-open, $label-gap, $bracket-close, ' ')"/></xsl:template>
  <xsl:template match="tei:witStart | tei:witEnd | tei:lacunaStart | tei:lacunaEnd" mode="app-text">
    <xsl:value-of select="concat(' (', local-name(), ') ')"/>
  </xsl:template>
  <xsl:template match="*" mode="app-text"><xsl:apply-templates mode="app-text"/></xsl:template>
</xsl:stylesheet>
