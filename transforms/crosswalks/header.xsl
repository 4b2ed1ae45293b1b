<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared header readings for the metadata crosswalks (oai_dc.xsl, datacite.xsl).
  Each template names the teiHeader path it reads; docs/exchange.md lists them field by field.
  The same paths are read in Python by tei/exchange/header.py for the JSON and BibTeX outputs.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:str="http://exslt.org/strings"
    exclude-result-prefixes="tei str">

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
  <!-- who the edition credits (tei.exchange.agents.responsible): titleStmt/editor (old shape)
       and the parties of titleStmt/respStmt (resp + persName/orgName/name), software left out -->
  <xsl:variable name="credited"
      select="$ts/tei:editor | $ts/tei:respStmt/*[self::tei:persName or self::tei:orgName or self::tei:name]
              [not($software and contains(., $software))]"/>
  <!-- participants with a name (a role such as "special correspondent" is not one) -->
  <xsl:variable name="people"
      select="/tei:TEI/tei:teiHeader/tei:profileDesc/tei:particDesc//tei:person[normalize-space((tei:persName | tei:name)[1])]"/>
  <!-- whose text it is: titleStmt/author, else an interview's interviewee(s) -->
  <xsl:variable name="creators" select="$ts/tei:author | $people[not($ts/tei:author)][@role = 'interviewee']"/>

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

  <!-- ===================== persons, places, organisations the text mentions =====================
       The same reading as tei/exchange/mentions.py: a person, place or org with an xml:id
       (a names register entry in standOff, a participant, …) that a name in <text> points to
       (@ref="#id", every token of @ref), in document order; its authority URIs are its
       ptr[@type='authority']/@target. -->
  <xsl:key name="mentions"
    match="tei:text//*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:name or self::tei:rs or self::tei:title][@ref]"
    use="str:tokenize(normalize-space(@ref), ' ')"/>
  <xsl:variable name="entities"
    select="(//tei:person | //tei:place | //tei:org)[@xml:id][key('mentions', concat('#', @xml:id))]"/>

  <!-- An entity's authority links are read, each URI once, as
       tei:ptr[@type='authority'][normalize-space(@target)][not(@target = preceding-sibling::tei:ptr[@type='authority']/@target)] -->

  <!-- An entity's preferred name: a name child with @type='preferred', else untyped, else the first -->
  <xsl:template name="entity-name">
    <xsl:param name="el" select="."/>
    <xsl:variable name="names" select="$el/tei:persName | $el/tei:placeName | $el/tei:orgName | $el/tei:name"/>
    <xsl:choose>
      <xsl:when test="normalize-space($names[@type='preferred'][1])"><xsl:value-of select="normalize-space($names[@type='preferred'][1])"/></xsl:when>
      <xsl:when test="normalize-space($names[not(@type)][1])"><xsl:value-of select="normalize-space($names[not(@type)][1])"/></xsl:when>
      <xsl:when test="normalize-space($names[1])"><xsl:value-of select="normalize-space($names[1])"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$el/@xml:id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The scheme of an authority URI ($part 'name': Wikidata, VIAF, GeoNames, GND, LCNAF;
       'uri': the scheme's URI); '' for another host. Mirrors tei.exchange.mentions.SCHEMES. -->
  <xsl:template name="authority-scheme">
    <xsl:param name="uri"/>
    <xsl:param name="part" select="'name'"/>
    <xsl:variable name="lower" select="translate(normalize-space($uri), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:variable name="after" select="substring-after($lower, '://')"/>
    <xsl:variable name="host-path">
      <xsl:choose>
        <xsl:when test="starts-with($after, 'www.') or starts-with($after, 'sws.')"><xsl:value-of select="substring($after, 5)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$after"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="both">
      <xsl:choose>
        <xsl:when test="starts-with($host-path, 'wikidata.org/')">Wikidata https://www.wikidata.org/wiki/</xsl:when>
        <xsl:when test="starts-with($host-path, 'viaf.org/')">VIAF https://viaf.org/viaf/</xsl:when>
        <xsl:when test="starts-with($host-path, 'geonames.org/')">GeoNames https://www.geonames.org/</xsl:when>
        <xsl:when test="starts-with($host-path, 'd-nb.info/gnd/')">GND https://d-nb.info/gnd/</xsl:when>
        <xsl:when test="starts-with($host-path, 'id.loc.gov/authorities/names/')">LCNAF https://id.loc.gov/authorities/names/</xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$part = 'uri'"><xsl:value-of select="substring-after($both, ' ')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="substring-before($both, ' ')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A name as written: persName/orgName/name inside the element, else the element's text;
       without a trailing parenthesised comment, '' for a placeholder (see clean-name) -->
  <xsl:template name="name-text">
    <xsl:param name="el" select="."/>
    <xsl:call-template name="clean-name">
      <xsl:with-param name="s" select="normalize-space(($el/tei:persName | $el/tei:orgName | $el/tei:name | $el[not(tei:persName | tei:orgName | tei:name)])[1])"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The name only (mirrors tei.exchange.agents.clean_name): "World Outlook (translation of
       the interview)" -> "World Outlook"; "… (not named)", "(unknown)", "(unnamed)",
       "(anonymous)", and a name that is only "unknown" or "anonymous" (TEI's way of saying the
       party is not known: name[@type='unknown']) -> '' (a placeholder names nobody) -->
  <xsl:template name="clean-name">
    <xsl:param name="s"/>
    <xsl:variable name="n" select="string-length($s)"/>
    <xsl:choose>
      <xsl:when test="substring($s, $n - 10) = '(not named)' or substring($s, $n - 8) = '(unknown)'
                      or substring($s, $n - 8) = '(unnamed)' or substring($s, $n - 10) = '(anonymous)'
                      or translate($s, 'UNKOWAYMSD', 'unkowaymsd') = 'unknown'
                      or translate($s, 'UNKOWAYMSD', 'unkowaymsd') = 'anonymous'"/>
      <xsl:when test="substring($s, $n) = ')' and contains($s, ' (') and normalize-space(substring-before($s, ' ('))">
        <xsl:value-of select="normalize-space(substring-before($s, ' ('))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The role a @role or resp text states (mirrors tei.exchange.agents.role_of): translator,
       interviewer, interviewee, transcriber, encoder, editor, author; else the text in lower case -->
  <xsl:template name="role-of">
    <xsl:param name="written"/>
    <xsl:variable name="w" select="translate($written, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:choose>
      <xsl:when test="contains($w, 'transl')">translator</xsl:when>
      <xsl:when test="contains($w, 'interviewer')">interviewer</xsl:when>
      <xsl:when test="contains($w, 'interviewee')">interviewee</xsl:when>
      <xsl:when test="contains($w, 'transcri')">transcriber</xsl:when>
      <xsl:when test="contains($w, 'mark') or contains($w, 'encod')">encoder</xsl:when>
      <xsl:when test="contains($w, 'edit')">editor</xsl:when>
      <xsl:when test="contains($w, 'author')">author</xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space($w)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The role of a responsible party in context: editor/@role (default editor), else the
       resp of the respStmt it is in -->
  <xsl:template name="role">
    <xsl:call-template name="role-of">
      <xsl:with-param name="written">
        <xsl:choose>
          <xsl:when test="self::tei:editor and @role"><xsl:value-of select="@role"/></xsl:when>
          <xsl:when test="self::tei:editor">editor</xsl:when>
          <xsl:otherwise><xsl:value-of select="../tei:resp[1]"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
