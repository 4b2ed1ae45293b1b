<?xml version="1.0" encoding="UTF-8"?>
<!--
  html-transcription.xsl (included by html.xsl): documentary and genetic transcriptions in HTML,
  and the roots other than one TEI.

  Rendered diplomatically: sourceDoc, surfaceGrp, surface and zone as boxes, each line on a
  line of its own; del struck (class rend-* from @rend: strikethrough, overwritten, erasure),
  add raised, lowered or marked by @place; mod, subst, restore, metamark, damage, unclear,
  space, handShift marked; text between a delSpan or addSpan and its anchor struck or marked.
  A graphic (facsimile image or IIIF address) is a link: images are never loaded.
  A teiCorpus renders each TEI in turn under its own title; a standOff is shown after the text.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:p="urn:tei-edition-toolkit:params"
  exclude-result-prefixes="tei p">

  <xsl:param name="label-facsimile" select="'facsimile'" p:type="string" p:doc="Text of a link to a facsimile image of a surface or zone."/>

  <!-- ============================ roots ============================ -->
  <xsl:template match="tei:teiCorpus">
    <div class="teiCorpus"><xsl:call-template name="common-attrs"/><xsl:apply-templates select="*[not(self::tei:teiHeader)]"/></div>
  </xsl:template>
  <xsl:template match="tei:TEI">
    <article class="tei-member"><xsl:call-template name="common-attrs"/>
      <xsl:variable name="t" select="normalize-space(tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/>
      <xsl:if test="$t != ''"><h2 class="member-title"><xsl:value-of select="$t"/></h2></xsl:if>
      <xsl:apply-templates select="*[not(self::tei:teiHeader)]"/>
    </article>
  </xsl:template>
  <!-- A facsimile (images only, often hundreds): links in a closed box. -->
  <xsl:template match="tei:facsimile">
    <details class="facsimile-list"><xsl:call-template name="common-attrs"/>
      <summary><xsl:value-of select="$label-facsimile"/> (<xsl:value-of select="count(.//tei:graphic)"/>)</summary>
      <div class="facsimile"><xsl:apply-templates/></div>
    </details>
  </xsl:template>
  <xsl:template match="tei:sourceDoc | tei:surfaceGrp | tei:surface | tei:zone | tei:standOff">
    <div>
      <xsl:attribute name="class"><xsl:value-of select="local-name()"/><xsl:if test="@type"><xsl:text> </xsl:text><xsl:value-of select="local-name()"/>-<xsl:value-of select="translate(@type, ' ', '-')"/></xsl:if><xsl:if test="@rotate"><xsl:text> rotate-</xsl:text><xsl:value-of select="translate(@rotate, ' ', '')"/></xsl:if><xsl:call-template name="rend-classes"/></xsl:attribute>
      <xsl:call-template name="common-attrs"/>
      <xsl:if test="@n and (self::tei:surface or self::tei:surfaceGrp)"><span class="surface-label"><xsl:value-of select="@n"/></span></xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>
  <xsl:template match="tei:surface/tei:graphic | tei:zone/tei:graphic | tei:facsimile/tei:graphic | tei:sourceDoc/tei:graphic">
    <xsl:variable name="url"><xsl:call-template name="safe-url"><xsl:with-param name="url" select="@url"/></xsl:call-template></xsl:variable>
    <xsl:if test="string($url)"><a class="graphic facsimile" href="{$url}">[<xsl:value-of select="$label-facsimile"/>]</a></xsl:if>
    <xsl:if test="tei:desc | tei:label"><span class="graphic-desc"><xsl:for-each select="tei:desc | tei:label"><xsl:text> </xsl:text><xsl:apply-templates/></xsl:for-each></span></xsl:if>
  </xsl:template>
  <xsl:template match="tei:line">
    <div><xsl:attribute name="class">line<xsl:call-template name="rend-classes"/></xsl:attribute>
      <xsl:call-template name="common-attrs"/><xsl:apply-templates/></div>
  </xsl:template>

  <!-- The names register (tei tag-names) is shown as the index, not as a list here. -->
  <xsl:template match="tei:standOff[not(*[not(@type = 'register')])]"/>
  <!-- (named lists, not tei:standOff/*[@type='register']: libxslt tests a predicate on a
       wildcard step against every element, counting its siblings, quadratic in long texts) -->
  <xsl:template match="tei:listPerson[@type = 'register'] | tei:listPlace[@type = 'register']
                       | tei:listOrg[@type = 'register'] | tei:listEvent[@type = 'register']"/>

  <!-- ============================ changes ============================ -->
  <!-- White space between the parts of a change is layout, not text: "dissap<mod> <del>p</del>
       <add>e</add> </mod>ared" is one word. (Left out by the mod template's select: a match
       pattern with a predicate on text() made libxslt count the preceding siblings of every
       text node of the document, quadratic in a div of many turns.) -->
  <xsl:template match="tei:del">
    <del><xsl:attribute name="class">del<xsl:call-template name="rend-classes"/></xsl:attribute>
      <xsl:if test="@rend"><xsl:attribute name="title">deleted (<xsl:value-of select="@rend"/>)</xsl:attribute></xsl:if>
      <xsl:call-template name="common-attrs"/><xsl:apply-templates/></del>
  </xsl:template>
  <xsl:template match="tei:add">
    <ins><xsl:attribute name="class">add<xsl:if test="@place"> place-<xsl:value-of select="translate(normalize-space(@place), ' ', '-')"/></xsl:if></xsl:attribute>
      <xsl:if test="@place or @hand"><xsl:attribute name="title">added<xsl:if test="@place"> (<xsl:value-of select="@place"/>)</xsl:if><xsl:if test="@hand">, <xsl:value-of select="$label-hand"/><xsl:text> </xsl:text><xsl:value-of select="translate(@hand, '#', '')"/></xsl:if></xsl:attribute></xsl:if>
      <xsl:call-template name="common-attrs"/><xsl:apply-templates/></ins>
  </xsl:template>
  <xsl:template match="tei:mod | tei:subst | tei:restore | tei:damage | tei:metamark | tei:retrace | tei:undo | tei:redo | tei:surplus | tei:secl">
    <span><xsl:attribute name="class"><xsl:value-of select="local-name()"/><xsl:call-template name="rend-classes"/></xsl:attribute>
      <xsl:if test="@function or @agent or @reason"><xsl:attribute name="title"><xsl:value-of select="normalize-space(concat(local-name(), ' ', @function, ' ', @agent, ' ', @reason))"/></xsl:attribute></xsl:if>
      <xsl:call-template name="common-attrs"/><xsl:apply-templates select="node()[not(parent::tei:mod and self::text() and not(normalize-space()))]"/></span>
  </xsl:template>
  <xsl:template match="tei:unclear"><span class="unclear" title="unclear"><xsl:if test="@reason"><xsl:attribute name="title">unclear (<xsl:value-of select="@reason"/>)</xsl:attribute></xsl:if><xsl:call-template name="common-attrs"/><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:space">
    <span class="space" title="{normalize-space(concat('space ', @extent, ' ', @unit))}">
      <xsl:if test="@dim = 'vertical'"><xsl:attribute name="class">space space-vertical</xsl:attribute></xsl:if>
      <xsl:text> </xsl:text><xsl:apply-templates/></span>
  </xsl:template>
  <xsl:template match="tei:handShift">
    <xsl:variable name="hand"><xsl:call-template name="hand-name"/></xsl:variable>
    <span class="handshift" title="{$label-hand}: {$hand}" aria-label="{$label-hand}: {$hand}">☛</span>
  </xsl:template>
  <xsl:template match="tei:delSpan">
    <span class="span-start delspan" title="deleted to {translate(@spanTo, '#', '')}">⟦</span>
  </xsl:template>
  <xsl:template match="tei:addSpan">
    <span class="span-start addspan" title="added to {translate(@spanTo, '#', '')}">⌈</span>
  </xsl:template>
  <xsl:template match="tei:anchor">
    <span class="anchor"><xsl:call-template name="id-attr"/>
      <xsl:for-each select="key('span-end', @xml:id)">
        <xsl:if test="self::tei:delSpan"><span class="span-end delspan">⟧</span></xsl:if>
        <xsl:if test="self::tei:addSpan"><span class="span-end addspan">⌉</span></xsl:if>
      </xsl:for-each>
    </span>
  </xsl:template>
</xsl:stylesheet>
