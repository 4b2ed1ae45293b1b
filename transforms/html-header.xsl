<?xml version="1.0" encoding="UTF-8"?>
<!--
  html-header.xsl (included by html.xsl): what the HTML page says about itself, drawn from the
  TEI header: citation meta tags (citation_*, read by Zotero and Google Scholar), schema.org
  JSON-LD, the provenance panel and the "How to cite this edition" box.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:p="urn:tei-edition-toolkit:params"
  exclude-result-prefixes="tei p">

  <xsl:param name="label-provenance" select="'About this edition'" p:type="string" p:doc="Heading of the provenance panel."/>
  <xsl:param name="label-source" select="'Printed source'" p:type="string" p:doc="Provenance: the printed original."/>
  <xsl:param name="label-transcription" select="'Digital transcription'" p:type="string" p:doc="Provenance: the web transcription."/>
  <xsl:param name="label-edition" select="'This edition'" p:type="string" p:doc="Provenance: this edition (publisher, licence)."/>
  <xsl:param name="label-encoding" select="'Encoding principles'" p:type="string" p:doc="Provenance: the encoding description."/>
  <xsl:param name="label-removed" select="'Navigation lines removed from the text'" p:type="string" p:doc="Provenance: the list of removed navigation lines."/>
  <xsl:param name="label-revisions" select="'Revision history'" p:type="string" p:doc="Provenance: the revision history."/>
  <xsl:param name="label-last-updated" select="'Last updated'" p:type="string" p:doc="Provenance: before the transcription's last update (it begins a sentence)."/>
  <xsl:param name="label-updated" select="'last updated'" p:type="string" p:doc="Citation: before the transcription's last update (inside a sentence)."/>
  <xsl:param name="label-transcribed-for" select="'for the'" p:type="string" p:doc="Citation: between a transcription credit and the site it was made for."/>
  <xsl:param name="label-encoding-brackets" select="'Words in square brackets are the printed page’s own: its translators’ or editors’ comments, expansions of abbreviations, glosses and supplied words, shown where and as the page prints them.'" p:type="string"
    p:doc="Provenance: the encoding principles told to readers when the text has bracketed interpolations (the TEI's editorialDecl keeps the element-level detail)."/>
  <xsl:param name="label-cite" select="'How to cite this edition'" p:type="string" p:doc="Heading of the citation box."/>
  <xsl:param name="label-digital-edition" select="'Digital edition'" p:type="string" p:doc="Citation: introduces this edition after the printed source."/>
  <xsl:param name="label-accessed" select="'accessed'" p:type="string" p:doc="Citation: before the access date."/>
  <xsl:param name="label-licence" select="'Licence'" p:type="string" p:doc="Provenance: before the licence."/>

  <xsl:variable name="bs" select="$header/tei:fileDesc/tei:sourceDesc/tei:biblStruct[1]"/>
  <xsl:variable name="pubstmt" select="$header/tei:fileDesc/tei:publicationStmt"/>
  <xsl:variable name="url">
    <xsl:choose>
      <xsl:when test="$edition-url != ''"><xsl:value-of select="$edition-url"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="safe-url">
          <xsl:with-param name="url" select="$pubstmt/tei:idno[@type='URL' or @type='URI' or @type='url' or @type='uri'][1]"/>
          <xsl:with-param name="web-only" select="true()"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- ============================ meta tags ============================ -->
  <xsl:template name="citation-meta">
    <meta name="generator" content="tei-edition-toolkit"/>
    <meta name="citation_title"><xsl:attribute name="content"><xsl:call-template name="page-title"/></xsl:attribute></meta>
    <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:author | $bs/tei:analytic/tei:author">
      <meta name="citation_author" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:if test="$bs/tei:monogr/tei:imprint/tei:date">
      <meta name="citation_publication_date" content="{translate(($bs/tei:monogr/tei:imprint/tei:date/@when | $bs/tei:monogr/tei:imprint/tei:date/@from)[1], '-', '/')}"/>
    </xsl:if>
    <xsl:if test="$pubstmt/tei:date/@when">
      <meta name="citation_online_date" content="{translate($pubstmt/tei:date/@when, '-', '/')}"/>
    </xsl:if>
    <xsl:if test="$bs/tei:monogr/tei:title[@level='j']">
      <meta name="citation_journal_title" content="{normalize-space($bs/tei:monogr/tei:title[@level='j'][1])}"/>
    </xsl:if>
    <xsl:for-each select="$bs/tei:monogr/tei:biblScope[@unit='volume'][1]">
      <meta name="citation_volume" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:for-each select="$bs/tei:monogr/tei:biblScope[@unit='issue'][1]">
      <meta name="citation_issue" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <xsl:for-each select="$bs/tei:monogr/tei:biblScope[@unit='page'][1]">
      <meta name="citation_firstpage" content="{concat(@from, substring(normalize-space(.), 1, 1000 * not(@from)))}"/>
      <meta name="citation_lastpage" content="{concat(@to, substring(concat(@from, substring(normalize-space(.), 1, 1000 * not(@from))), 1, 1000 * not(@to)))}"/>
    </xsl:for-each>
    <xsl:for-each select="$pubstmt/tei:publisher[1]">
      <meta name="citation_publisher" content="{normalize-space(.)}"/>
    </xsl:for-each>
    <meta name="citation_language" content="{$lang}"/>
    <xsl:if test="string($url)">
      <meta name="citation_public_url" content="{$url}"/>
      <link rel="canonical" href="{$url}"/>
    </xsl:if>
    <xsl:variable name="lic"><xsl:call-template name="safe-url">
      <xsl:with-param name="url" select="$pubstmt/tei:availability/tei:licence/@target"/>
      <xsl:with-param name="web-only" select="true()"/></xsl:call-template></xsl:variable>
    <xsl:if test="string($lic)"><link rel="license" href="{$lic}"/></xsl:if>
    <xsl:variable name="sub"><xsl:call-template name="title-sub"/></xsl:variable>
    <xsl:if test="string($sub)"><meta name="description" content="{$sub}"/></xsl:if>
  </xsl:template>

  <xsl:template name="json-ld">
    <script type="application/ld+json">
      <xsl:text>{"@context": "https://schema.org", "@type": "</xsl:text>
      <xsl:value-of select="substring('ArticleCreativeWork', 1 + 7 * not($bs), 7 + 5 * not($bs))"/>
      <xsl:text>", "headline": </xsl:text>
      <xsl:call-template name="json-string"><xsl:with-param name="s"><xsl:call-template name="title-main"/></xsl:with-param></xsl:call-template>
      <xsl:variable name="sub"><xsl:call-template name="title-sub"/></xsl:variable>
      <xsl:if test="string($sub)">
        <xsl:text>, "alternativeHeadline": </xsl:text>
        <xsl:call-template name="json-string"><xsl:with-param name="s" select="$sub"/></xsl:call-template>
      </xsl:if>
      <xsl:text>, "inLanguage": </xsl:text>
      <xsl:call-template name="json-string"><xsl:with-param name="s" select="$lang"/></xsl:call-template>
      <xsl:if test="$header/tei:fileDesc/tei:titleStmt/tei:author">
        <xsl:text>, "author": [</xsl:text>
        <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:author">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <xsl:text>{"@type": "Person", "name": </xsl:text>
          <xsl:call-template name="json-string"><xsl:with-param name="s" select="normalize-space(.)"/></xsl:call-template>
          <xsl:text>}</xsl:text>
        </xsl:for-each>
        <xsl:text>]</xsl:text>
      </xsl:if>
      <xsl:if test="$bs/tei:monogr/tei:title">
        <xsl:text>, "isPartOf": {"@type": "PublicationIssue"</xsl:text>
        <xsl:for-each select="$bs/tei:monogr/tei:biblScope[@unit='issue'][1]">
          <xsl:text>, "issueNumber": </xsl:text><xsl:call-template name="json-string"><xsl:with-param name="s" select="normalize-space(.)"/></xsl:call-template>
        </xsl:for-each>
        <xsl:for-each select="$bs/tei:monogr/tei:imprint/tei:date[1]">
          <xsl:text>, "datePublished": </xsl:text><xsl:call-template name="json-string"><xsl:with-param name="s" select="concat(@when, substring(@from, 1, string-length(@from) * not(@when)), substring(normalize-space(.), 1, 1000 * not(@when or @from)))"/></xsl:call-template>
        </xsl:for-each>
        <xsl:text>, "isPartOf": {"@type": "Periodical", "name": </xsl:text>
        <xsl:call-template name="json-string"><xsl:with-param name="s" select="normalize-space($bs/tei:monogr/tei:title[1])"/></xsl:call-template>
        <xsl:for-each select="$bs/tei:monogr/tei:biblScope[@unit='volume'][1]">
          <xsl:text>, "volumeNumber": </xsl:text><xsl:call-template name="json-string"><xsl:with-param name="s" select="normalize-space(.)"/></xsl:call-template>
        </xsl:for-each>
        <xsl:text>}}</xsl:text>
        <xsl:for-each select="$bs/tei:monogr/tei:biblScope[@unit='page'][1]">
          <xsl:text>, "pagination": </xsl:text><xsl:call-template name="json-string"><xsl:with-param name="s" select="normalize-space(.)"/></xsl:call-template>
        </xsl:for-each>
      </xsl:if>
      <xsl:for-each select="$pubstmt/tei:publisher[1]">
        <xsl:text>, "publisher": {"@type": "Organization", "name": </xsl:text>
        <xsl:call-template name="json-string"><xsl:with-param name="s" select="normalize-space(.)"/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:for-each select="$pubstmt/tei:availability/tei:licence[1]">
        <xsl:text>, "license": </xsl:text>
        <xsl:call-template name="json-string"><xsl:with-param name="s" select="normalize-space((@target | .)[1])"/></xsl:call-template>
      </xsl:for-each>
      <xsl:if test="string($url)">
        <xsl:text>, "url": </xsl:text><xsl:call-template name="json-string"><xsl:with-param name="s" select="$url"/></xsl:call-template>
      </xsl:if>
      <xsl:variable name="digest"><xsl:call-template name="digest"/></xsl:variable>
      <xsl:if test="string($digest)">
        <xsl:text>, "identifier": {"@type": "PropertyValue", "propertyID": "sha256", "value": </xsl:text>
        <xsl:call-template name="json-string"><xsl:with-param name="s" select="$digest"/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:if>
      <xsl:text>}</xsl:text>
    </script>
  </xsl:template>

  <!-- A JSON string literal; "<" escaped so that the script element cannot be closed early. -->
  <xsl:template name="json-string">
    <xsl:param name="s"/>
    <xsl:text>"</xsl:text>
    <xsl:call-template name="replace">
      <xsl:with-param name="s">
        <xsl:call-template name="replace">
          <xsl:with-param name="s">
            <xsl:call-template name="replace">
              <xsl:with-param name="s" select="normalize-space($s)"/>
              <xsl:with-param name="from" select="'\'"/><xsl:with-param name="to" select="'\\'"/>
            </xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="from" select="'&quot;'"/><xsl:with-param name="to" select="'\&quot;'"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="from" select="'&lt;'"/><xsl:with-param name="to" select="'\u003c'"/>
    </xsl:call-template>
    <xsl:text>"</xsl:text>
  </xsl:template>

  <xsl:template name="replace">
    <xsl:param name="s"/><xsl:param name="from"/><xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="contains($s, $from)">
        <xsl:value-of select="substring-before($s, $from)"/><xsl:value-of select="$to"/>
        <xsl:call-template name="replace">
          <xsl:with-param name="s" select="substring-after($s, $from)"/>
          <xsl:with-param name="from" select="$from"/><xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================ provenance panel ============================ -->
  <xsl:template name="provenance">
    <xsl:variable name="sd" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="digital" select="$sd/tei:bibl[@type='digital']"/>
    <xsl:variable name="ed" select="$header/tei:encodingDesc"/>
    <aside class="provenance" aria-labelledby="provenance-h">
      <h2 id="provenance-h"><xsl:value-of select="$label-provenance"/></h2>
      <dl>
        <xsl:if test="$printed-source">
          <dt><xsl:value-of select="$label-source"/></dt>
          <dd class="source"><xsl:call-template name="source-citation"><xsl:with-param name="italic" select="true()"/></xsl:call-template>
            <xsl:for-each select="$bs/tei:note[@type='provenance-line']">
              <br/><span class="as-written"><xsl:value-of select="normalize-space(.)"/></span>
            </xsl:for-each>
          </dd>
        </xsl:if>
        <xsl:if test="$digital">
          <dt><xsl:value-of select="$label-transcription"/></dt>
          <dd class="transcription">
            <xsl:for-each select="$digital/tei:title[not(@level='a')][1] | $digital/tei:title[1][not(../tei:title[not(@level='a')])]"><cite><xsl:value-of select="normalize-space(.)"/></cite></xsl:for-each>
            <xsl:for-each select="$digital/tei:publisher[1]"><xsl:text>, </xsl:text><xsl:value-of select="normalize-space(.)"/></xsl:for-each>
            <xsl:text>.</xsl:text>
            <xsl:for-each select="$digital/tei:respStmt">
              <xsl:text> </xsl:text><span class="resp"><xsl:value-of select="normalize-space(tei:resp)"/></span>
              <xsl:text> by </xsl:text><span class="transcriber"><xsl:value-of select="normalize-space((tei:persName | tei:name | tei:orgName)[1])"/></span><xsl:text>.</xsl:text>
            </xsl:for-each>
            <xsl:for-each select="$digital/tei:date[1]">
              <xsl:text> </xsl:text><xsl:value-of select="$label-last-updated"/><xsl:text> </xsl:text>
              <time datetime="{@when}"><xsl:value-of select="normalize-space(.)"/></time><xsl:text>.</xsl:text>
            </xsl:for-each>
            <xsl:for-each select="$digital/tei:ref[@target]">
              <xsl:variable name="u"><xsl:call-template name="safe-url"><xsl:with-param name="url" select="@target"/><xsl:with-param name="web-only" select="true()"/></xsl:call-template></xsl:variable>
              <xsl:if test="string($u)"><xsl:text> </xsl:text><a href="{$u}"><xsl:value-of select="$u"/></a></xsl:if>
            </xsl:for-each>
          </dd>
        </xsl:if>
        <xsl:if test="$pubstmt">
          <dt><xsl:value-of select="$label-edition"/></dt>
          <dd class="edition">
            <xsl:for-each select="$header/tei:fileDesc/tei:editionStmt/tei:edition[1]"><xsl:value-of select="normalize-space(.)"/><xsl:text>. </xsl:text></xsl:for-each>
            <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:editor | $header/tei:fileDesc/tei:titleStmt/tei:respStmt">
              <span class="resp-line"><xsl:value-of select="normalize-space(tei:resp)"/>
                <xsl:if test="tei:resp"><xsl:text>: </xsl:text></xsl:if>
                <xsl:value-of select="normalize-space((tei:name | tei:persName | tei:orgName)[1] | self::tei:editor)"/><xsl:text>. </xsl:text></span>
            </xsl:for-each>
            <xsl:for-each select="$pubstmt/tei:publisher[1]"><xsl:value-of select="normalize-space(.)"/></xsl:for-each>
            <xsl:for-each select="$pubstmt/tei:date[1]"><xsl:text>, </xsl:text><xsl:value-of select="normalize-space((. | @when)[normalize-space()][1])"/></xsl:for-each>
            <xsl:text>.</xsl:text>
            <xsl:for-each select="$pubstmt/tei:availability/tei:licence[1]">
              <xsl:variable name="u"><xsl:call-template name="safe-url"><xsl:with-param name="url" select="@target"/><xsl:with-param name="web-only" select="true()"/></xsl:call-template></xsl:variable>
              <xsl:text> </xsl:text><xsl:value-of select="$label-licence"/><xsl:text>: </xsl:text>
              <xsl:choose>
                <!-- the licence's words, then its address as the link (a link around a long
                     licence statement made WeasyPrint break the line before it after one word) -->
                <xsl:when test="string($u) and normalize-space(.)"><xsl:value-of select="normalize-space(.)"/> &lt;<a rel="license" href="{$u}"><xsl:value-of select="$u"/></a>&gt;</xsl:when>
                <xsl:when test="string($u)"><a rel="license" href="{$u}"><xsl:value-of select="$u"/></a></xsl:when>
                <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
              </xsl:choose><xsl:text>.</xsl:text>
            </xsl:for-each>
          </dd>
        </xsl:if>
        <xsl:if test="$ed/tei:projectDesc or $ed/tei:editorialDecl">
          <dt><xsl:value-of select="$label-encoding"/></dt>
          <dd class="encoding">
            <!-- prose for readers: paragraphs written in element and attribute paths (this
                 toolkit's converter records them for encoders) stay in the TEI; a plain
                 sentence says what the brackets are -->
            <xsl:for-each select="($ed/tei:projectDesc/tei:p | $ed/tei:editorialDecl/*/tei:p | $ed/tei:editorialDecl/tei:p[not(@xml:id='removed-lines')])
                                  [not(contains(., '[@') or contains(., '/@'))]">
              <p><xsl:apply-templates mode="header-text"/></p>
            </xsl:for-each>
            <!-- (from the root, not $content//: libxml2 merges the descendants of several context
                 nodes in quadratic time) -->
            <xsl:if test="(//tei:supplied | //tei:gloss | //tei:note[@place='inline'] | //tei:choice[tei:expan])[not(ancestor::tei:teiHeader)]">
              <p class="brackets"><xsl:value-of select="$label-encoding-brackets"/></p>
            </xsl:if>
            <xsl:for-each select="$ed/tei:editorialDecl/tei:p[@xml:id='removed-lines']">
              <details class="removed-lines">
                <summary><xsl:value-of select="$label-removed"/> (<xsl:value-of select="count(.//tei:item)"/>)</summary>
                <ul><xsl:for-each select=".//tei:item"><li><xsl:if test="@n"><span class="line-no"><xsl:value-of select="@n"/></span><xsl:text> </xsl:text></xsl:if><xsl:value-of select="normalize-space(.)"/></li></xsl:for-each></ul>
              </details>
            </xsl:for-each>
          </dd>
        </xsl:if>
        <xsl:if test="$header/tei:revisionDesc/tei:change">
          <dt><xsl:value-of select="$label-revisions"/></dt>
          <dd class="revisions"><ul>
            <xsl:for-each select="$header/tei:revisionDesc/tei:change">
              <li>
                <xsl:if test="@type"><xsl:attribute name="class">change-<xsl:value-of select="translate(@type, ' ', '-')"/></xsl:attribute></xsl:if>
                <xsl:if test="@when"><time datetime="{@when}"><xsl:value-of select="@when"/></time><xsl:text>: </xsl:text></xsl:if>
                <xsl:apply-templates mode="header-text"/>
              </li>
            </xsl:for-each>
          </ul></dd>
        </xsl:if>
      </dl>
    </aside>
  </xsl:template>

  <xsl:template match="tei:idno[@type='sha256']" mode="header-text">
    <code class="digest" title="{$label-digest}"><xsl:value-of select="normalize-space(.)"/></code>
  </xsl:template>
  <xsl:template match="tei:list" mode="header-text"/>
  <xsl:template match="*" mode="header-text"><xsl:apply-templates mode="header-text"/></xsl:template>
  <xsl:template match="text()" mode="header-text"><xsl:call-template name="collapse"/></xsl:template>

  <!-- ============================ how to cite ============================ -->
  <xsl:template name="citation-text">
    <xsl:variable name="au"><xsl:call-template name="authors"/></xsl:variable>
    <xsl:if test="string($au)"><xsl:value-of select="$au"/><xsl:text>. </xsl:text></xsl:if>
    <xsl:text>“</xsl:text><xsl:call-template name="page-title"/><xsl:text>.” </xsl:text>
    <xsl:if test="$printed-source">
      <!-- the analytic title was just given: cite from the journal on, its title in italics -->
      <xsl:call-template name="source-citation">
        <xsl:with-param name="italic" select="true()"/>
        <xsl:with-param name="analytic" select="not($bs)"/>
      </xsl:call-template>
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:call-template name="transcription-citation"/>
    <xsl:value-of select="$label-digital-edition"/>
    <xsl:for-each select="$pubstmt/tei:publisher[1]"><xsl:text>, </xsl:text><xsl:value-of select="normalize-space(.)"/></xsl:for-each>
    <xsl:for-each select="$pubstmt/tei:date[1]"><xsl:text>, </xsl:text><xsl:value-of select="normalize-space((. | @when)[normalize-space()][1])"/></xsl:for-each>
    <xsl:text>.</xsl:text>
    <xsl:if test="string($url)"><xsl:text> </xsl:text><xsl:value-of select="$url"/><xsl:text>.</xsl:text></xsl:if>
    <xsl:if test="$accessed != ''"><xsl:text> </xsl:text><xsl:value-of select="$label-accessed"/><xsl:text> </xsl:text><xsl:value-of select="$accessed"/><xsl:text>.</xsl:text></xsl:if>
  </xsl:template>

  <!-- The web transcription in the citation: its credits (Transcribed &amp; marked up by … for
       the site), publisher, last update, address or identifier when known, and when it was
       taken (date type="accessed", else the conversion's date). -->
  <xsl:template name="transcription-citation">
    <xsl:variable name="web" select="$header/tei:fileDesc/tei:sourceDesc/tei:bibl[@type='digital'][1]"/>
    <xsl:if test="$web">
      <xsl:variable name="site" select="normalize-space(($web/tei:title[@level='m'] | $web/tei:title[@level='s'] | $web/tei:title[@level='u'])[1])"/>
      <xsl:for-each select="$web/tei:respStmt">
        <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
        <xsl:value-of select="normalize-space(tei:resp)"/><xsl:text> by </xsl:text>
        <xsl:for-each select="tei:persName | tei:name | tei:orgName">
          <xsl:if test="position() &gt; 1"><xsl:text> and </xsl:text></xsl:if><xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:if test="$site != ''">
        <xsl:if test="$web/tei:respStmt"><xsl:text> </xsl:text><xsl:value-of select="$label-transcribed-for"/><xsl:text> </xsl:text></xsl:if>
        <cite class="site"><xsl:value-of select="$site"/></cite>
      </xsl:if>
      <xsl:for-each select="$web/tei:publisher[1]"><xsl:text>, </xsl:text><xsl:value-of select="normalize-space(.)"/></xsl:for-each>
      <xsl:for-each select="$web/tei:date[@type='last-updated' or not(@type)][1]"><xsl:text>, </xsl:text><xsl:value-of select="$label-updated"/><xsl:text> </xsl:text><xsl:value-of select="normalize-space(.)"/></xsl:for-each>
      <xsl:variable name="wurl"><xsl:call-template name="safe-url">
        <xsl:with-param name="url" select="($web/tei:ref/@target | $web/tei:idno[translate(@type, 'URLI', 'urli') = 'url' or translate(@type, 'URLI', 'urli') = 'uri'])[1]"/>
        <xsl:with-param name="web-only" select="true()"/></xsl:call-template></xsl:variable>
      <xsl:if test="string($wurl)"><xsl:text>, </xsl:text><xsl:value-of select="$wurl"/></xsl:if>
      <xsl:variable name="taken" select="normalize-space(($web/tei:date[@type='accessed']/@when | $header/tei:revisionDesc/tei:change[@type='conversion']/@when)[1])"/>
      <xsl:if test="$taken != ''"><xsl:text>, </xsl:text><xsl:value-of select="$label-accessed"/><xsl:text> </xsl:text><xsl:value-of select="$taken"/></xsl:if>
      <xsl:text>. </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template name="citation">
    <section class="cite" aria-labelledby="cite-h">
      <h2 id="cite-h"><xsl:value-of select="$label-cite"/></h2>
      <p class="citation"><xsl:call-template name="citation-text"/></p>
    </section>
  </xsl:template>
</xsl:stylesheet>
