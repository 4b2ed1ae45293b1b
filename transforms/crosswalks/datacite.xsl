<?xml version="1.0" encoding="UTF-8"?>
<!--
  teiHeader → DataCite Metadata Schema 4.6 (XML, namespace kernel-4). Describes the *edition*;
  the printed original and the web transcription are relatedItems it IsDerivedFrom.
  Field by field: docs/exchange.md.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns="http://datacite.org/schema/kernel-4"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:p="urn:tei-edition-toolkit:params"
    exclude-result-prefixes="tei p">
  <xsl:include href="header.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <!-- p:type="string" p:doc="DOI of the edition when the header has no idno[@type='DOI'] (empty: no identifier element; the registration agency assigns it)." -->
  <xsl:param name="doi" select="''"/>
  <!-- p:type="string" p:doc="Public address of the edition, written as an alternateIdentifier of type URL (empty: none)." -->
  <xsl:param name="edition-url" select="''"/>

  <xsl:variable name="the-doi" select="normalize-space(($ps/tei:idno[translate(@type, 'doi', 'DOI') = 'DOI'] | /..)[1])"/>

  <xsl:template match="/">
    <resource xsi:schemaLocation="http://datacite.org/schema/kernel-4 https://schema.datacite.org/meta/kernel-4.6/metadata.xsd">
      <xsl:choose>
        <xsl:when test="$the-doi"><identifier identifierType="DOI"><xsl:value-of select="$the-doi"/></identifier></xsl:when>
        <xsl:when test="normalize-space($doi)"><identifier identifierType="DOI"><xsl:value-of select="normalize-space($doi)"/></identifier></xsl:when>
      </xsl:choose>
      <creators>
        <!-- titleStmt/author, else the interviewee(s) of an interview (participants) -->
        <xsl:variable name="named">
          <xsl:for-each select="$creators"><xsl:call-template name="name-text"/></xsl:for-each>
        </xsl:variable>
        <xsl:for-each select="$creators">
          <xsl:call-template name="agent"><xsl:with-param name="kind" select="'creator'"/></xsl:call-template>
        </xsl:for-each>
        <xsl:if test="not(normalize-space($named))">
          <!-- DataCite's standard value for an unknown creator: the header names nobody -->
          <creator><creatorName>(:unav)</creatorName></creator>
        </xsl:if>
      </creators>
      <titles>
        <title>
          <xsl:if test="string($language)"><xsl:attribute name="xml:lang"><xsl:value-of select="$language"/></xsl:attribute></xsl:if>
          <xsl:value-of select="$title-main"/>
        </title>
        <xsl:if test="$title-sub">
          <title titleType="Subtitle">
            <xsl:if test="string($language)"><xsl:attribute name="xml:lang"><xsl:value-of select="$language"/></xsl:attribute></xsl:if>
            <xsl:value-of select="$title-sub"/>
          </title>
        </xsl:if>
      </titles>
      <xsl:variable name="publisher" select="normalize-space(($ps/tei:publisher | $ps/tei:distributor | $ps/tei:authority)[1])"/>
      <!-- mandatory: DataCite's standard value for an unknown one when the header has none -->
      <publisher><xsl:value-of select="$publisher"/><xsl:if test="not($publisher)">(:unav)</xsl:if></publisher>
      <publicationYear><xsl:value-of select="substring($edition-date, 1, 4)"/></publicationYear>
      <resourceType resourceTypeGeneral="Text">Digital edition (TEI P5)</resourceType>
      <xsl:variable name="terms" select="/tei:TEI/tei:teiHeader/tei:profileDesc/tei:textClass/tei:keywords//tei:term"/>
      <xsl:if test="$terms or $entities">
        <subjects>
          <xsl:for-each select="$terms">
            <subject><xsl:value-of select="normalize-space(.)"/></subject>
          </xsl:for-each>
          <!-- persons, places, organisations the text mentions: one subject per authority URI
               (subjectScheme, schemeURI, valueURI), a plain subject when there is none -->
          <xsl:for-each select="$entities">
            <xsl:variable name="name"><xsl:call-template name="entity-name"/></xsl:variable>
            <xsl:variable name="uris" select="tei:ptr[@type='authority'][normalize-space(@target)]
                                              [not(@target = preceding-sibling::tei:ptr[@type='authority']/@target)]"/>
            <xsl:for-each select="$uris">
              <subject>
                <xsl:call-template name="scheme-attributes">
                  <xsl:with-param name="name-attribute" select="'subjectScheme'"/>
                </xsl:call-template>
                <xsl:attribute name="valueURI"><xsl:value-of select="normalize-space(@target)"/></xsl:attribute>
                <xsl:value-of select="$name"/>
              </subject>
            </xsl:for-each>
            <xsl:if test="not($uris)"><subject><xsl:value-of select="$name"/></subject></xsl:if>
          </xsl:for-each>
        </subjects>
      </xsl:if>
      <xsl:variable name="contributing" select="$credited | $people[count(. | $creators) != count($creators)]"/>
      <xsl:if test="$contributing">
        <contributors>
          <!-- the edition's responsible parties (editor[@role], respStmt: resp + who) -->
          <xsl:for-each select="$credited">
            <xsl:variable name="name"><xsl:call-template name="name-text"/></xsl:variable>
            <xsl:if test="string($name)">
              <xsl:call-template name="agent">
                <xsl:with-param name="type"><xsl:call-template name="contributor-type"/></xsl:with-param>
              </xsl:call-template>
            </xsl:if>
          </xsl:for-each>
          <!-- the participants who are not creators: interviewers collect, others are related -->
          <xsl:for-each select="$people[count(. | $creators) != count($creators)]">
            <xsl:call-template name="agent">
              <xsl:with-param name="type">
                <xsl:choose>
                  <xsl:when test="@role = 'interviewer'">DataCollector</xsl:when>
                  <xsl:otherwise>RelatedPerson</xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </contributors>
      </xsl:if>
      <xsl:if test="string($edition-date)">
        <dates><date dateType="Issued"><xsl:value-of select="$edition-date"/></date></dates>
      </xsl:if>
      <xsl:if test="string($language)"><language><xsl:value-of select="$language"/></language></xsl:if>
      <xsl:variable name="alt" select="$ps/tei:idno[normalize-space()][not(translate(@type, 'doi', 'DOI') = 'DOI')]"/>
      <xsl:if test="$alt or $edition-url">
        <alternateIdentifiers>
          <xsl:if test="$edition-url">
            <alternateIdentifier alternateIdentifierType="URL"><xsl:value-of select="$edition-url"/></alternateIdentifier>
          </xsl:if>
          <xsl:for-each select="$alt">
            <alternateIdentifier alternateIdentifierType="{@type}"><xsl:value-of select="normalize-space(.)"/></alternateIdentifier>
          </xsl:for-each>
        </alternateIdentifiers>
      </xsl:if>
      <xsl:if test="$digital/tei:ref/@target">
        <relatedIdentifiers>
          <relatedIdentifier relatedIdentifierType="URL" relationType="IsDerivedFrom"><xsl:value-of select="$digital/tei:ref[1]/@target"/></relatedIdentifier>
        </relatedIdentifiers>
      </xsl:if>
      <formats><format>application/tei+xml</format></formats>
      <!-- the licence (of the encoding), then what else availability states (the text's own
           copyright line), each its own rights statement -->
      <xsl:for-each select="$ps/tei:availability[1][normalize-space()]">
        <rightsList>
          <xsl:for-each select="tei:licence[normalize-space() or @target]">
            <rights>
              <xsl:if test="@target"><xsl:attribute name="rightsURI"><xsl:value-of select="@target"/></xsl:attribute></xsl:if>
              <xsl:value-of select="normalize-space(.)"/>
            </rights>
          </xsl:for-each>
          <xsl:for-each select="tei:p[normalize-space()]">
            <rights><xsl:value-of select="normalize-space(.)"/></rights>
          </xsl:for-each>
          <xsl:if test="not(tei:licence | tei:p)"><rights><xsl:value-of select="normalize-space(.)"/></rights></xsl:if>
        </rightsList>
      </xsl:for-each>
      <xsl:variable name="citation"><xsl:call-template name="source-citation"/></xsl:variable>
      <xsl:if test="normalize-space($fd/tei:editionStmt/tei:edition) or normalize-space($citation)">
        <descriptions>
          <xsl:if test="normalize-space($fd/tei:editionStmt/tei:edition)">
            <description descriptionType="Other"><xsl:value-of select="normalize-space($fd/tei:editionStmt/tei:edition[1])"/></description>
          </xsl:if>
          <xsl:if test="normalize-space($citation)">
            <description descriptionType="Other">Edition of: <xsl:value-of select="$citation"/></description>
          </xsl:if>
        </descriptions>
      </xsl:if>
      <xsl:if test="$src or $digital">
        <relatedItems>
          <xsl:apply-templates select="$src" mode="related"/>
          <xsl:apply-templates select="$digital" mode="related"/>
        </relatedItems>
      </xsl:if>
    </resource>
  </xsl:template>

  <!-- the printed original: sourceDesc/biblStruct[1] -->
  <xsl:template match="tei:biblStruct" mode="related">
    <xsl:variable name="m" select="tei:monogr[1]"/>
    <relatedItem relationType="IsDerivedFrom">
      <xsl:attribute name="relatedItemType">
        <xsl:choose>
          <xsl:when test="tei:analytic and @type = 'journal'">JournalArticle</xsl:when>
          <xsl:when test="tei:analytic">BookChapter</xsl:when>
          <xsl:when test="@type = 'journal'">Journal</xsl:when>
          <xsl:otherwise>Book</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:variable name="authors" select="tei:analytic/tei:author | $m/tei:author[not(current()/tei:analytic)]"/>
      <xsl:if test="$authors">
        <creators>
          <xsl:for-each select="$authors">
            <xsl:call-template name="agent"><xsl:with-param name="kind" select="'creator'"/></xsl:call-template>
          </xsl:for-each>
        </creators>
      </xsl:if>
      <titles>
        <title><xsl:value-of select="normalize-space((tei:analytic/tei:title[not(@type='sub')] | $m/tei:title)[1])"/></title>
        <xsl:for-each select="tei:analytic/tei:title[@type='sub'][1]">
          <title titleType="Subtitle"><xsl:value-of select="normalize-space(.)"/></title>
        </xsl:for-each>
        <xsl:if test="tei:analytic">
          <!-- DataCite has no container title: the journal or book is a title of type Other -->
          <title titleType="Other"><xsl:value-of select="normalize-space($m/tei:title[1])"/></title>
        </xsl:if>
      </titles>
      <xsl:variable name="when" select="($m/tei:imprint/tei:date/@when | $m/tei:imprint/tei:date/@from)[1]"/>
      <xsl:if test="$when"><publicationYear><xsl:value-of select="substring($when, 1, 4)"/></publicationYear></xsl:if>
      <xsl:for-each select="$m//tei:biblScope[@unit='volume'][1]"><volume><xsl:value-of select="normalize-space(.)"/></volume></xsl:for-each>
      <xsl:for-each select="$m//tei:biblScope[@unit='issue'][1]"><issue><xsl:value-of select="normalize-space(.)"/></issue></xsl:for-each>
      <xsl:for-each select="$m//tei:biblScope[@unit='page'][1]">
        <firstPage><xsl:value-of select="(@from | self::*[not(@from)])[1]"/></firstPage>
        <xsl:if test="@to"><lastPage><xsl:value-of select="@to"/></lastPage></xsl:if>
      </xsl:for-each>
      <xsl:for-each select="$m/tei:imprint/tei:publisher[1]"><publisher><xsl:value-of select="normalize-space(.)"/></publisher></xsl:for-each>
      <!-- who translated or edited the printed text (editor, respStmt in analytic or monogr) -->
      <xsl:variable name="resp" select="tei:analytic/tei:editor | $m/tei:editor
          | (tei:analytic | $m)/tei:respStmt/*[self::tei:persName or self::tei:orgName or self::tei:name]"/>
      <xsl:if test="$resp">
        <contributors>
          <xsl:for-each select="$resp">
            <xsl:call-template name="agent">
              <xsl:with-param name="type"><xsl:call-template name="contributor-type"/></xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </contributors>
      </xsl:if>
    </relatedItem>
  </xsl:template>

  <!-- the web transcription: sourceDesc/bibl[@type='digital'] -->
  <xsl:template match="tei:bibl" mode="related">
    <relatedItem relatedItemType="Text" relationType="IsDerivedFrom">
      <xsl:if test="tei:ref/@target">
        <relatedItemIdentifier relatedItemIdentifierType="URL"><xsl:value-of select="tei:ref[1]/@target"/></relatedItemIdentifier>
      </xsl:if>
      <titles>
        <title>
          <xsl:choose>
            <xsl:when test="tei:title[@level='m' or not(@level)]"><xsl:value-of select="normalize-space(tei:title[@level='m' or not(@level)][1])"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space(tei:title[1])"/></xsl:otherwise>
          </xsl:choose>
        </title>
      </titles>
      <xsl:if test="tei:date[@type='last-updated']/@when">
        <publicationYear><xsl:value-of select="substring(tei:date[@type='last-updated'][1]/@when, 1, 4)"/></publicationYear>
      </xsl:if>
      <xsl:for-each select="tei:publisher[1]"><publisher><xsl:value-of select="normalize-space(.)"/></publisher></xsl:for-each>
      <xsl:if test="tei:respStmt">
        <contributors>
          <xsl:for-each select="tei:respStmt/*[self::tei:persName or self::tei:orgName or self::tei:name]">
            <xsl:call-template name="agent">
              <xsl:with-param name="type"><xsl:call-template name="contributor-type"/></xsl:with-param>
            </xsl:call-template>
          </xsl:for-each>
        </contributors>
      </xsl:if>
    </relatedItem>
  </xsl:template>

  <!-- $name-attribute (subjectScheme, nameIdentifierScheme) and schemeURI of the authority
       link in context (ptr/@target), when its scheme is known -->
  <xsl:template name="scheme-attributes">
    <xsl:param name="name-attribute"/>
    <xsl:variable name="scheme">
      <xsl:call-template name="authority-scheme"><xsl:with-param name="uri" select="@target"/></xsl:call-template>
    </xsl:variable>
    <xsl:if test="string($scheme)">
      <xsl:attribute name="{$name-attribute}"><xsl:value-of select="$scheme"/></xsl:attribute>
      <xsl:attribute name="schemeURI">
        <xsl:call-template name="authority-scheme">
          <xsl:with-param name="uri" select="@target"/>
          <xsl:with-param name="part" select="'uri'"/>
        </xsl:call-template>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- a creator (kind='creator') or contributor (contributorType=$type) from author/editor -->
  <xsl:template name="agent">
    <xsl:param name="kind" select="'contributor'"/>
    <xsl:param name="type" select="'Other'"/>
    <xsl:variable name="name"><xsl:call-template name="name-text"/></xsl:variable>
    <xsl:variable name="nameType">
      <xsl:choose>
        <xsl:when test="self::tei:persName or self::tei:person or .//tei:surname or tei:persName">Personal</xsl:when>
        <xsl:when test="self::tei:orgName or tei:orgName">Organizational</xsl:when>
      </xsl:choose>
    </xsl:variable>
    <!-- a placeholder ("… (not named)") names nobody: no element at all -->
    <xsl:if test="string($name) or .//tei:surname">
    <xsl:element name="{$kind}">
      <xsl:if test="$kind = 'contributor'"><xsl:attribute name="contributorType"><xsl:value-of select="$type"/></xsl:attribute></xsl:if>
      <xsl:element name="{$kind}Name">
        <xsl:if test="string($nameType)"><xsl:attribute name="nameType"><xsl:value-of select="$nameType"/></xsl:attribute></xsl:if>
        <xsl:choose>
          <xsl:when test=".//tei:surname">
            <xsl:value-of select="normalize-space(.//tei:surname[1])"/>
            <xsl:if test=".//tei:forename">, <xsl:value-of select="normalize-space(.//tei:forename[1])"/></xsl:if>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
        </xsl:choose>
      </xsl:element>
      <xsl:if test=".//tei:surname">
        <xsl:if test=".//tei:forename"><givenName><xsl:value-of select="normalize-space(.//tei:forename[1])"/></givenName></xsl:if>
        <familyName><xsl:value-of select="normalize-space(.//tei:surname[1])"/></familyName>
      </xsl:if>
      <!-- a participant's authority links (from a names register) in a known scheme -->
      <xsl:for-each select="self::tei:person/tei:ptr[@type='authority'][normalize-space(@target)]
                            [not(@target = preceding-sibling::tei:ptr[@type='authority']/@target)]">
        <xsl:variable name="scheme">
          <xsl:call-template name="authority-scheme"><xsl:with-param name="uri" select="@target"/></xsl:call-template>
        </xsl:variable>
        <xsl:if test="string($scheme)">
          <nameIdentifier>
            <xsl:call-template name="scheme-attributes">
              <xsl:with-param name="name-attribute" select="'nameIdentifierScheme'"/>
            </xsl:call-template>
            <xsl:value-of select="normalize-space(@target)"/>
          </nameIdentifier>
        </xsl:if>
      </xsl:for-each>
    </xsl:element>
    </xsl:if>
  </xsl:template>

  <!-- DataCite contributorType of the responsible party in context, from its role -->
  <xsl:template name="contributor-type">
    <xsl:variable name="role"><xsl:call-template name="role"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$role = 'translator'">Translator</xsl:when>
      <xsl:when test="$role = 'editor'">Editor</xsl:when>
      <xsl:when test="$role = 'interviewer'">DataCollector</xsl:when>
      <xsl:when test="$role = 'transcriber' or $role = 'encoder'">DataCurator</xsl:when>
      <xsl:otherwise>Other</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
