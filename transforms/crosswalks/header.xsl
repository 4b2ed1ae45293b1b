<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared header readings for the metadata crosswalks (oai_dc.xsl, datacite.xsl).
  Each template names the teiHeader path it reads; docs/exchange.md lists them field by field.
  The same paths are read in Python by tei/exchange/header.py for the JSON and BibTeX outputs.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <!-- fileDesc/titleStmt, publicationStmt, sourceDesc: the three parts every crosswalk reads -->
  <xsl:variable name="fd" select="/tei:TEI/tei:teiHeader/tei:fileDesc"/>
  <xsl:variable name="ts" select="$fd/tei:titleStmt"/>
  <xsl:variable name="ps" select="$fd/tei:publicationStmt"/>
  <xsl:variable name="src" select="$fd/tei:sourceDesc/tei:biblStruct[1]"/>
  <xsl:variable name="src-bibl" select="$fd/tei:sourceDesc/tei:bibl[not(@type='digital')][1]"/>
  <xsl:variable name="digital" select="$fd/tei:sourceDesc/tei:bibl[@type='digital'][1]"/>
  <!-- the converter's own name: a respStmt naming it is software, not a contributor -->
  <xsl:variable name="software"
      select="/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:appInfo/tei:application/@ident"/>

  <!-- titleStmt/title[@type='main'] (else the first untyped title, else the first title) -->
  <xsl:variable name="title-main" select="normalize-space((
      $ts/tei:title[@type='main'] | $ts/tei:title[not(@type)] | $ts/tei:title)[1])"/>
  <!-- titleStmt/title[@type='sub'] -->
  <xsl:variable name="title-sub" select="normalize-space($ts/tei:title[@type='sub'][1])"/>

  <!-- publicationStmt/date/@when, else its text, else the latest revisionDesc/change/@when -->
  <xsl:variable name="edition-date">
    <xsl:choose>
      <xsl:when test="$ps/tei:date[1]/@when"><xsl:value-of select="$ps/tei:date[1]/@when"/></xsl:when>
      <xsl:when test="normalize-space($ps/tei:date[1])">
        <xsl:value-of select="normalize-space($ps/tei:date[1])"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="/tei:TEI/tei:teiHeader/tei:revisionDesc//tei:change/@when">
          <xsl:sort select="." order="descending"/>
          <xsl:if test="position() = 1"><xsl:value-of select="."/></xsl:if>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- profileDesc/langUsage/language/@ident, else text/@xml:lang, else TEI/@xml:lang -->
  <xsl:variable name="languages"
      select="/tei:TEI/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language/@ident"/>
  <xsl:variable name="language">
    <xsl:choose>
      <xsl:when test="$languages"><xsl:value-of select="$languages[1]"/></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="(/tei:TEI/tei:text/@xml:lang | /tei:TEI/@xml:lang)[1]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The printed original as one line: sourceDesc/biblStruct/note[@type='provenance-line'],
       else built from analytic/title, monogr/title, biblScope and imprint/date,
       else sourceDesc/bibl as written. -->
  <xsl:template name="source-citation">
    <xsl:choose>
      <xsl:when test="normalize-space($src/tei:note[@type='provenance-line'])">
        <xsl:value-of select="normalize-space($src/tei:note[@type='provenance-line'][1])"/>
      </xsl:when>
      <xsl:when test="$src">
        <xsl:for-each select="$src/tei:analytic/tei:author | $src/tei:monogr[1]/tei:author[not($src/tei:analytic)]">
          <xsl:value-of select="normalize-space(.)"/><xsl:text>, </xsl:text>
        </xsl:for-each>
        <xsl:value-of select="normalize-space(($src/tei:analytic/tei:title | $src/tei:monogr/tei:title)[1])"/>
        <xsl:if test="$src/tei:analytic">
          <xsl:text>, </xsl:text><xsl:value-of select="normalize-space($src/tei:monogr[1]/tei:title[1])"/>
        </xsl:if>
        <xsl:for-each select="$src/tei:monogr[1]//tei:biblScope[@unit='volume' or @unit='issue' or @unit='page']">
          <xsl:text>, </xsl:text>
          <xsl:choose>
            <xsl:when test="@unit='volume'">vol. </xsl:when>
            <xsl:when test="@unit='issue'">no. </xsl:when>
            <xsl:otherwise>p. </xsl:otherwise>
          </xsl:choose>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
        <xsl:if test="normalize-space($src/tei:monogr[1]/tei:imprint/tei:date[1])">
          <xsl:text>, </xsl:text>
          <xsl:value-of select="normalize-space($src/tei:monogr[1]/tei:imprint/tei:date[1])"/>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($src-bibl)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A name as written: persName/orgName/name inside the element, else the element's text -->
  <xsl:template name="name-text">
    <xsl:param name="el" select="."/>
    <xsl:choose>
      <xsl:when test="$el/tei:persName | $el/tei:orgName | $el/tei:name">
        <xsl:value-of select="normalize-space(($el/tei:persName | $el/tei:orgName | $el/tei:name)[1])"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($el)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
