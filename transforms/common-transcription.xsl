<?xml version="1.0" encoding="UTF-8"?>
<!--
  common-transcription.xsl (included by common.xsl): what documentary and genetic encoding
  MEANS, shared by the outputs: where a delSpan/addSpan ends (its anchor), which hand a
  handShift brings in, and what a page whose root is not TEI is called.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:p="urn:tei-edition-toolkit:params"
  exclude-result-prefixes="tei p">

  <xsl:param name="label-hand" select="'hand'" p:type="string" p:doc="Before the hand a handShift brings in."/>

  <!-- delSpan/addSpan (and mod, subst… with @spanTo) by the id of the anchor that ends them. -->
  <xsl:key name="span-end" match="tei:*[@spanTo]" use="substring-after(normalize-space(@spanTo), '#')"/>

  <!-- Text inside a delSpan range is struck in HTML: found by looking back from each text
       node, so only on pages small enough for that (documentary pages are). -->
  <xsl:variable name="del-span-strike" select="boolean(/descendant::tei:delSpan[1]) and count(//text()) &lt; 4000"/>

  <!-- True (1) when the current text node lies between a delSpan and its anchor. -->
  <xsl:template name="in-del-span">
    <xsl:if test="$del-span-strike">
      <xsl:variable name="last" select="(preceding::tei:delSpan | preceding::tei:anchor[key('span-end', @xml:id)/self::tei:delSpan])[last()]"/>
      <xsl:if test="$last/self::tei:delSpan">1</xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- The hand of a handShift: the person or handNote it points to, else the pointer. -->
  <xsl:template name="hand-name">
    <xsl:variable name="id" select="substring-after(normalize-space(@new), '#')"/>
    <xsl:variable name="h" select="key('ids', $id)"/>
    <xsl:choose>
      <xsl:when test="$h/tei:persName"><xsl:value-of select="normalize-space($h/tei:persName[1])"/></xsl:when>
      <xsl:when test="$h and normalize-space($h)"><xsl:value-of select="normalize-space($h)"/></xsl:when>
      <xsl:when test="$id != ''"><xsl:value-of select="$id"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(concat(@new, ' ', @medium, ' ', @script))"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A page without a TEI header (root surface, sourceDoc…): its folio, label or id. -->
  <xsl:template name="root-title">
    <xsl:variable name="r" select="/*"/>
    <xsl:variable name="folio" select="normalize-space(concat($r/@*[local-name() = 'shelfmark'], ' ', $r/@*[local-name() = 'folio']))"/>
    <xsl:choose>
      <xsl:when test="$folio != ''"><xsl:value-of select="$folio"/></xsl:when>
      <xsl:when test="$r/tei:head"><xsl:value-of select="normalize-space($r/tei:head[1])"/></xsl:when>
      <xsl:when test="$r/@n"><xsl:value-of select="concat(local-name($r), ' ', $r/@n)"/></xsl:when>
      <xsl:when test="$r/@xml:id"><xsl:value-of select="$r/@xml:id"/></xsl:when>
      <xsl:otherwise>Untitled</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
