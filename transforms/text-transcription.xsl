<?xml version="1.0" encoding="UTF-8"?>
<!--
  text-transcription.xsl (included by text.xsl): the apparatus criticus, documentary and genetic
  transcriptions and the other roots in the plain-text edition.

  An apparatus entry is marked in the text by its number in ‹ › after the lemma (none inside a
  word) and written out, numbered, after the notes. Deletions are in ⟦ ⟧ and additions in ⸌ ⸍
  (del-open… in text.xsl), a delSpan or addSpan opens them and its anchor closes them; each
  line of a surface or zone is a line of its own. A glued choice (inside a word) keeps its other
  member right after it, in alt-open/alt-close.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:p="urn:tei-edition-toolkit:params"
  exclude-result-prefixes="tei p">

  <xsl:param name="alt-open" select="'⟨'" p:type="string" p:doc="Before the other member of a choice inside a word (an expansion, correction or regularisation), which follows it."/>
  <xsl:param name="alt-close" select="'⟩'" p:type="string" p:doc="After the other member of a choice inside a word (see alt-open)."/>
  <xsl:param name="app-open" select="'‹'" p:type="string" p:doc="Before the number of an apparatus entry in the text."/>
  <xsl:param name="app-close" select="'›'" p:type="string" p:doc="After the number of an apparatus entry in the text."/>

  <!-- ============================ apparatus ============================ -->
  <xsl:template name="hook-apparatus">
    <xsl:param name="glued"/><xsl:param name="lemma"/><xsl:param name="n"/>
    <xsl:copy-of select="$lemma"/>
    <xsl:if test="not(string($glued))"><xsl:value-of select="concat($app-open, $n, $app-close)"/></xsl:if>
  </xsl:template>

  <xsl:template name="hook-app-piece">
    <xsl:param name="kind"/><xsl:param name="content"/>
    <xsl:copy-of select="$content"/>
  </xsl:template>

  <xsl:template name="apparatus-entries">
    <xsl:if test="$show-apparatus and $apps">
      <xsl:call-template name="wrap-para"><xsl:with-param name="text" select="$label-apparatus"/><xsl:with-param name="heading" select="true()"/></xsl:call-template>
      <xsl:for-each select="$apps">
        <xsl:variable name="mark" select="concat(position(), '. ')"/>
        <xsl:call-template name="wrap-para">
          <xsl:with-param name="text"><xsl:value-of select="$mark"/><xsl:call-template name="app-entry"/></xsl:with-param>
          <xsl:with-param name="rest" select="substring('            ', 1, string-length($mark))"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- ============================ roots ============================ -->
  <xsl:template match="tei:teiCorpus"><xsl:apply-templates select="*[not(self::tei:teiHeader)]"/></xsl:template>
  <xsl:template match="tei:TEI">
    <xsl:call-template name="wrap-para">
      <xsl:with-param name="text" select="normalize-space(tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/>
      <xsl:with-param name="heading" select="true()"/>
    </xsl:call-template>
    <xsl:apply-templates select="*[not(self::tei:teiHeader)]"/>
  </xsl:template>
  <!-- A facsimile is images only: nothing to read in plain text (its text, if any, is kept). -->
  <xsl:template match="tei:facsimile"><xsl:if test="normalize-space()"><xsl:call-template name="container"/></xsl:if></xsl:template>

  <!-- The names register (tei tag-names) is shown as the index, not as a list here. -->
  <xsl:template match="tei:standOff[not(*[not(@type = 'register')])]"/>
  <!-- (named lists, not tei:standOff/*[@type='register']: libxslt tests a predicate on a
       wildcard step against every element, counting its siblings, quadratic in long texts) -->
  <xsl:template match="tei:listPerson[@type = 'register'] | tei:listPlace[@type = 'register']
                       | tei:listOrg[@type = 'register'] | tei:listEvent[@type = 'register']"/>

  <!-- ============================ changes ============================ -->
  <!-- White space between the parts of a change is layout, not text: "dissap<mod> <del>p</del>
       <add>e</add> </mod>ared" is one word. -->
  <!-- (a select, not a match pattern with a predicate on text(): see html-transcription.xsl) -->
  <xsl:template match="tei:mod"><xsl:apply-templates select="node()[not(self::text() and not(normalize-space()))]"/></xsl:template>
  <xsl:template match="tei:del"><xsl:value-of select="$del-open"/><xsl:apply-templates/><xsl:value-of select="$del-close"/></xsl:template>
  <xsl:template match="tei:add"><xsl:value-of select="$add-open"/><xsl:apply-templates/><xsl:value-of select="$add-close"/></xsl:template>
  <xsl:template match="tei:delSpan"><xsl:value-of select="$del-open"/></xsl:template>
  <xsl:template match="tei:addSpan"><xsl:value-of select="$add-open"/></xsl:template>
  <xsl:template match="tei:anchor">
    <xsl:for-each select="key('span-end', @xml:id)">
      <xsl:if test="self::tei:delSpan"><xsl:value-of select="$del-close"/></xsl:if>
      <xsl:if test="self::tei:addSpan"><xsl:value-of select="$add-close"/></xsl:if>
    </xsl:for-each>
  </xsl:template>
  <xsl:template match="tei:handShift"/>
  <xsl:template match="tei:space"><xsl:text> </xsl:text><xsl:apply-templates/></xsl:template>
</xsl:stylesheet>
