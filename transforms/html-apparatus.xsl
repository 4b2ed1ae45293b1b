<?xml version="1.0" encoding="UTF-8"?>
<!--
  html-apparatus.xsl (included by html.xsl): the apparatus criticus in HTML.

  At the lemma: the lemma, a small numbered link to its entry in the list after the text, and
  the entry itself in a popup the reader opens by pointing at or focusing the lemma (CSS
  only, no JavaScript). After the text: every entry, numbered, each linking back to its lemma.
  An apparatus inside a word ("glued") shows no number in the word; its popup is still there.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:p="urn:tei-edition-toolkit:params"
  exclude-result-prefixes="tei p">

  <xsl:param name="label-app-entry" select="'Apparatus entry'" p:type="string" p:doc="Accessible name of the link from a lemma to its apparatus entry (followed by its number)."/>

  <xsl:template name="hook-apparatus">
    <xsl:param name="glued"/><xsl:param name="lemma"/><xsl:param name="n"/>
    <!-- inside a link (a name with @ref, a ref): no focus stop and no link of its own -->
    <xsl:variable name="in-link" select="boolean(ancestor::*[@ref] or ancestor::tei:ref[@target] or ancestor::tei:ptr)"/>
    <span class="app" id="app-{$n}">
      <xsl:if test="not($in-link)"><xsl:attribute name="tabindex">0</xsl:attribute></xsl:if>
      <xsl:if test="@type"><xsl:attribute name="data-type"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <span class="lem"><xsl:copy-of select="$lemma"/></span>
      <xsl:if test="not(string($glued))">
        <sup class="app-ref">
          <xsl:choose>
            <xsl:when test="$in-link"><xsl:value-of select="$n"/></xsl:when>
            <xsl:otherwise><a href="#apparatus-{$n}" aria-label="{$label-app-entry} {$n}"><xsl:value-of select="$n"/></a></xsl:otherwise>
          </xsl:choose>
        </sup>
      </xsl:if>
      <span class="app-pop" role="note"><xsl:call-template name="app-entry"/></span>
    </span>
  </xsl:template>

  <xsl:template name="hook-app-piece">
    <xsl:param name="kind"/><xsl:param name="content"/>
    <span class="app-{$kind}"><xsl:copy-of select="$content"/></span>
  </xsl:template>

  <xsl:template name="apparatus-list">
    <xsl:if test="$show-apparatus and $apps">
      <section class="apparatus" aria-labelledby="apparatus-h">
        <h2 id="apparatus-h"><xsl:value-of select="$label-apparatus"/></h2>
        <ol class="apparatus-list">
          <xsl:for-each select="$apps">
            <li id="apparatus-{position()}">
              <a class="app-back" href="#app-{position()}" aria-label="{$label-back}"><xsl:value-of select="position()"/></a>
              <xsl:text> </xsl:text>
              <xsl:call-template name="app-entry"/>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
