<?xml version="1.0" encoding="UTF-8"?>
<!--
  teiHeader → Dublin Core (OAI-PMH oai_dc). Describes the *edition*; the printed original is
  its dc:source and the web transcription its dc:relation. Field by field: docs/exchange.md.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:p="urn:tei-edition-toolkit:params"
    exclude-result-prefixes="tei p">
  <xsl:include href="header.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- p:type="string" p:doc="Public address of the edition, written as a dc:identifier (empty: none)." -->
  <xsl:param name="edition-url" select="''"/>

  <xsl:template match="/">
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <dc:title>
        <xsl:value-of select="$title-main"/>
        <xsl:if test="$title-sub"><xsl:text>: </xsl:text><xsl:value-of select="$title-sub"/></xsl:if>
      </dc:title>
      <!-- titleStmt/author, else an interview's interviewee(s) -->
      <xsl:for-each select="$creators">
        <xsl:variable name="name"><xsl:call-template name="name-text"/></xsl:variable>
        <xsl:if test="string($name)"><dc:creator><xsl:value-of select="$name"/></dc:creator></xsl:if>
      </xsl:for-each>
      <!-- the edition's responsible parties (editor, respStmt), then the other participants -->
      <xsl:for-each select="$credited | $people[count(. | $creators) != count($creators)]">
        <xsl:variable name="name"><xsl:call-template name="name-text"/></xsl:variable>
        <xsl:if test="string($name)"><dc:contributor><xsl:value-of select="$name"/></dc:contributor></xsl:if>
      </xsl:for-each>
      <xsl:for-each select="/tei:TEI/tei:teiHeader/tei:profileDesc/tei:textClass/tei:keywords//tei:term">
        <dc:subject><xsl:value-of select="normalize-space(.)"/></dc:subject>
      </xsl:for-each>
      <!-- persons and organisations the text mentions (places: dc:coverage below) -->
      <xsl:apply-templates select="$entities[self::tei:person or self::tei:org]" mode="dc-entity">
        <xsl:with-param name="element" select="'dc:subject'"/>
      </xsl:apply-templates>
      <xsl:if test="normalize-space($fd/tei:editionStmt/tei:edition)">
        <dc:description><xsl:value-of select="normalize-space($fd/tei:editionStmt/tei:edition[1])"/></dc:description>
      </xsl:if>
      <xsl:for-each select="($ps/tei:publisher | $ps/tei:distributor | $ps/tei:authority)[1]">
        <dc:publisher><xsl:value-of select="normalize-space(.)"/></dc:publisher>
      </xsl:for-each>
      <xsl:if test="string($edition-date)">
        <dc:date><xsl:value-of select="$edition-date"/></dc:date>
      </xsl:if>
      <dc:type>Text</dc:type>
      <dc:format>application/tei+xml</dc:format>
      <xsl:if test="$edition-url">
        <dc:identifier><xsl:value-of select="$edition-url"/></dc:identifier>
      </xsl:if>
      <xsl:for-each select="$ps/tei:idno[normalize-space()]">
        <dc:identifier>
          <xsl:choose>
            <xsl:when test="translate(@type, 'doi', 'DOI') = 'DOI'">https://doi.org/<xsl:value-of select="normalize-space(.)"/></xsl:when>
            <xsl:when test="translate(@type, 'urli', 'URLI') = 'URL' or translate(@type, 'urli', 'URLI') = 'URI'">
              <xsl:value-of select="normalize-space(.)"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="concat(@type, ':', normalize-space(.))"/></xsl:otherwise>
          </xsl:choose>
        </dc:identifier>
      </xsl:for-each>
      <xsl:variable name="citation"><xsl:call-template name="source-citation"/></xsl:variable>
      <xsl:if test="normalize-space($citation)">
        <dc:source><xsl:value-of select="$citation"/></dc:source>
      </xsl:if>
      <xsl:for-each select="$digital">
        <xsl:variable name="relation">
          <xsl:value-of select="normalize-space((tei:title[@level='m'] | tei:title[not(@level)])[1])"/>
          <xsl:if test="normalize-space(tei:publisher)"> (<xsl:value-of select="normalize-space(tei:publisher[1])"/>)</xsl:if>
          <xsl:if test="tei:ref/@target"><xsl:text> </xsl:text><xsl:value-of select="tei:ref[1]/@target"/></xsl:if>
        </xsl:variable>
        <!-- a digital source with no title, publisher or address gives no (empty) dc:relation -->
        <xsl:if test="normalize-space($relation)"><dc:relation><xsl:value-of select="normalize-space($relation)"/></dc:relation></xsl:if>
      </xsl:for-each>
      <xsl:for-each select="$languages">
        <dc:language><xsl:value-of select="."/></dc:language>
      </xsl:for-each>
      <xsl:if test="not($languages) and string($language)">
        <dc:language><xsl:value-of select="$language"/></dc:language>
      </xsl:if>
      <xsl:apply-templates select="$entities[self::tei:place]" mode="dc-entity">
        <xsl:with-param name="element" select="'dc:coverage'"/>
      </xsl:apply-templates>
      <xsl:for-each select="$ps/tei:availability">
        <xsl:choose>
          <xsl:when test="tei:licence">
            <dc:rights><xsl:value-of select="normalize-space(tei:licence[1])"/></dc:rights>
            <xsl:if test="tei:licence[1]/@target">
              <dc:rights><xsl:value-of select="tei:licence[1]/@target"/></dc:rights>
            </xsl:if>
            <!-- what else availability states: the text's own copyright line -->
            <xsl:for-each select="tei:p[normalize-space()]">
              <dc:rights><xsl:value-of select="normalize-space(.)"/></dc:rights>
            </xsl:for-each>
          </xsl:when>
          <xsl:when test="normalize-space(.)">
            <dc:rights><xsl:value-of select="normalize-space(.)"/></dc:rights>
          </xsl:when>
        </xsl:choose>
      </xsl:for-each>
      <!-- no publisher, so no availability: the page's copyright lines are publicationStmt/p -->
      <xsl:for-each select="$ps[not(tei:availability)]/tei:p[starts-with(normalize-space(), 'Copyright')
                            or starts-with(normalize-space(), '©')]">
        <dc:rights><xsl:value-of select="normalize-space(.)"/></dc:rights>
      </xsl:for-each>
    </oai_dc:dc>
  </xsl:template>

  <!-- A mentioned entity as $element: each authority URI, then the name directly after it
       (the OpenAIRE oai_dc convention for a controlled value); the name alone without one. -->
  <xsl:template match="*" mode="dc-entity">
    <xsl:param name="element"/>
    <xsl:for-each select="tei:ptr[@type='authority'][normalize-space(@target)]
                          [not(@target = preceding-sibling::tei:ptr[@type='authority']/@target)]">
      <xsl:element name="{$element}"><xsl:value-of select="normalize-space(@target)"/></xsl:element>
    </xsl:for-each>
    <xsl:element name="{$element}"><xsl:call-template name="entity-name"/></xsl:element>
  </xsl:template>
</xsl:stylesheet>
