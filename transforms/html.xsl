<?xml version="1.0" encoding="UTF-8"?>
<!--
  html.xsl: one standalone HTML5 page per TEI document.

  Presentation only: what elements mean is decided in common.xsl, which calls the hook-*
  templates implemented here. Customise an edition by importing this stylesheet and overriding
  a template (see docs/editions.md), never by editing it.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:p="urn:tei-edition-toolkit:params"
  xmlns:tk="urn:tei-edition-toolkit:seq"
  exclude-result-prefixes="tei p tk">

  <xsl:import href="common.xsl"/>
  <xsl:include href="html-header.xsl"/>
  <xsl:include href="indexes.xsl"/>
  <xsl:include href="html-apparatus.xsl"/>
  <xsl:include href="html-transcription.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <!-- ============================ parameters (HTML) ============================ -->
  <xsl:param name="css" select="'embed'" p:type="enum" p:values="embed|link|none"
    p:doc="Embed the edition CSS in the page, link to it (css-href), or use none."/>
  <xsl:param name="css-href" select="'edition.css'" p:type="string"
    p:doc="Address of the linked stylesheet when css=link (copy transforms/edition.css beside the page)."/>
  <xsl:param name="show-switch" select="true()" p:type="boolean"
    p:doc="Show the reading/diplomatic switch (pure CSS, no JavaScript)."/>
  <xsl:param name="choice-view" select="'switch'" p:type="enum" p:values="switch|both"
    p:doc="How a choice (abbr/expan, sic/corr, orig/reg) between words shows: switch = the source form in the diplomatic view, the editorial one in the reading view (both stay in the page, for copy and search); both = the source form and the editorial one in brackets, in both views. A choice inside a word always switches."/>
  <xsl:variable name="choice-switch" select="$choice-view = 'switch'"/>
  <xsl:param name="show-provenance" select="true()" p:type="boolean"
    p:doc="Show the provenance panel drawn from the TEI header."/>
  <xsl:param name="show-citation" select="true()" p:type="boolean"
    p:doc="Show the &#8220;How to cite this edition&#8221; box."/>
  <xsl:param name="show-participants" select="true()" p:type="boolean"
    p:doc="List the participants (particDesc) in the title block."/>
  <xsl:param name="show-turn-numbers" select="true()" p:type="boolean"
    p:doc="Give each speaker turn a citable link with its number, shown on hover and focus (§ marks sections, not turns)."/>
  <xsl:param name="ui-lang" select="'en'" p:type="string"
    p:doc="Language of the interface (headings, labels): the page's lang; the text keeps its own (xml:lang) on its container."/>
  <xsl:param name="show-page-breaks" select="true()" p:type="boolean"
    p:doc="Show page breaks (pb) as bracketed page numbers in the margin of the text."/>
  <xsl:param name="edition-url" select="''" p:type="string"
    p:doc="Public address of this page, used in the citation and its meta tags (else the TEI's idno of type URL or URI)."/>
  <xsl:param name="accessed" select="''" p:type="string"
    p:doc="Access date put in the formatted citation (empty: no access date)."/>
  <xsl:param name="label-participants" select="'Participants'" p:type="string" p:doc="Heading of the participant list."/>
  <xsl:param name="label-view" select="'Text view'" p:type="string" p:doc="Legend of the view switch."/>
  <xsl:param name="label-reading" select="'Reading'" p:type="string" p:doc="Label of the reading view."/>
  <xsl:param name="label-diplomatic" select="'Diplomatic'" p:type="string" p:doc="Label of the diplomatic view."/>
  <xsl:param name="label-headnote" select="'Editorial headnote'" p:type="string" p:doc="Accessible name of the headnote."/>
  <xsl:param name="label-notes" select="'Notes'" p:type="string" p:doc="Heading of the numbered notes."/>
  <xsl:param name="label-back" select="'Back to the text'" p:type="string" p:doc="Accessible name of a note's back link."/>
  <xsl:param name="label-note" select="'Note'" p:type="string" p:doc="Accessible name of a note reference (followed by its number)."/>
  <xsl:param name="label-turn" select="'Turn'" p:type="string" p:doc="Accessible name of a turn link (followed by its number)."/>
  <xsl:param name="label-supplied" select="'supplied by the editors'" p:type="string" p:doc="Tooltip of supplied words."/>
  <xsl:param name="label-editorial" select="'editorial interpolation'" p:type="string" p:doc="Tooltip of an editorial interpolation."/>
  <xsl:param name="label-gloss" select="'gloss'" p:type="string" p:doc="Tooltip of a gloss."/>
  <xsl:param name="label-expan" select="'expansion'" p:type="string" p:doc="Tooltip of an expansion."/>
  <xsl:param name="label-alternative" select="'alternative reading'" p:type="string" p:doc="Tooltip of another member of a choice inside a word (one without an abbr/expan, sic/corr or orig/reg pair, e.g. ambiguous letters)."/>
  <xsl:param name="label-corr" select="'correction'" p:type="string" p:doc="Tooltip of a correction."/>
  <xsl:param name="label-reg" select="'regularisation'" p:type="string" p:doc="Tooltip of a regularised form."/>
  <xsl:param name="label-image" select="'image'" p:type="string" p:doc="Text of a link to an image (images are never loaded)."/>
  <xsl:param name="label-page-break" select="'page'" p:type="string" p:doc="Accessible name of a page break (followed by its number)."/>

  <!-- ============================ the page ============================ -->
  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="{$ui-lang}">
      <xsl:if test="$ui-lang-dir = 'rtl'"><xsl:attribute name="dir">rtl</xsl:attribute></xsl:if>
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:call-template name="page-title"/></title>
        <xsl:call-template name="citation-meta"/>
        <xsl:call-template name="styles"/>
        <xsl:call-template name="json-ld"/>
      </head>
      <xsl:call-template name="page-body"/>
    </html>
  </xsl:template>

  <xsl:variable name="ui-lang-dir">
    <xsl:if test="starts-with($ui-lang, 'ar') or starts-with($ui-lang, 'he') or starts-with($ui-lang, 'fa')
                  or starts-with($ui-lang, 'ur') or starts-with($ui-lang, 'yi')">rtl</xsl:if>
  </xsl:variable>
  <!-- lang (and dir) of the text on an element that holds it; of the interface on an interface
       label inside the text's container, when the two differ. -->
  <xsl:template name="text-lang-attr">
    <xsl:attribute name="lang"><xsl:value-of select="$lang"/></xsl:attribute>
    <xsl:if test="$lang-dir != $ui-lang-dir"><xsl:attribute name="dir"><xsl:value-of select="substring('ltrrtl', 1 + 3 * ($lang-dir = 'rtl'), 3)"/></xsl:attribute></xsl:if>
  </xsl:template>
  <xsl:template name="ui-lang-attr">
    <xsl:if test="$ui-lang != $lang"><xsl:attribute name="lang"><xsl:value-of select="$ui-lang"/></xsl:attribute>
      <xsl:if test="$lang-dir != $ui-lang-dir"><xsl:attribute name="dir"><xsl:value-of select="substring('ltrrtl', 1 + 3 * ($ui-lang-dir = 'rtl'), 3)"/></xsl:attribute></xsl:if></xsl:if>
  </xsl:template>
  <xsl:variable name="lang-dir">
    <xsl:if test="starts-with($lang, 'ar') or starts-with($lang, 'he') or starts-with($lang, 'fa')
                  or starts-with($lang, 'ur') or starts-with($lang, 'yi')">rtl</xsl:if>
  </xsl:variable>

  <xsl:template name="page-title">
    <xsl:call-template name="title-main"/>
    <xsl:variable name="sub"><xsl:call-template name="title-sub"/></xsl:variable>
    <xsl:if test="string($sub)"><xsl:text>: </xsl:text><xsl:value-of select="$sub"/></xsl:if>
  </xsl:template>

  <xsl:template name="styles">
    <xsl:choose>
      <xsl:when test="$css = 'embed'"><style><xsl:value-of select="tk:asset-text('edition.css')" disable-output-escaping="yes"/></style></xsl:when>
      <xsl:when test="$css = 'link'"><link rel="stylesheet" href="{$css-href}"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="page-body">
    <body>
      <xsl:if test="$show-switch">
        <input type="radio" name="view" id="view-reading" class="view-input">
          <xsl:if test="$view != 'diplomatic'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <input type="radio" name="view" id="view-diplomatic" class="view-input">
          <xsl:if test="$view = 'diplomatic'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
      </xsl:if>
      <xsl:call-template name="title-block"/>
      <main id="text">
        <xsl:call-template name="text-lang-attr"/>
        <xsl:apply-templates select="$content"/>
        <xsl:call-template name="endnotes"/>
        <xsl:call-template name="apparatus-list"/>
        <xsl:call-template name="index-html"/>
      </main>
      <xsl:call-template name="after-text"/>
    </body>
  </xsl:template>

  <!-- The switch, provenance and citation; overridden by print.xsl. -->
  <xsl:template name="after-text">
    <xsl:if test="$show-provenance and $header"><xsl:call-template name="provenance"/></xsl:if>
    <xsl:if test="$show-citation"><xsl:call-template name="citation"/></xsl:if>
  </xsl:template>

  <xsl:template name="view-switch">
    <xsl:if test="$show-switch">
      <fieldset class="view-switch"><xsl:call-template name="ui-lang-attr"/>
        <legend><xsl:value-of select="$label-view"/></legend>
        <label for="view-reading"><xsl:value-of select="$label-reading"/></label>
        <label for="view-diplomatic"><xsl:value-of select="$label-diplomatic"/></label>
      </fieldset>
    </xsl:if>
  </xsl:template>

  <!-- Title block: the titlePage as written when there is one, else the header's titles. -->
  <xsl:template name="title-block">
    <header class="title-block">
      <xsl:call-template name="text-lang-attr"/>
      <xsl:choose>
        <xsl:when test="/descendant::tei:text[1]/tei:front/tei:titlePage">
          <xsl:apply-templates select="/descendant::tei:text[1]/tei:front/tei:titlePage/node()"/>
        </xsl:when>
        <xsl:otherwise>
          <h1><xsl:call-template name="title-main"/></h1>
          <xsl:variable name="sub"><xsl:call-template name="title-sub"/></xsl:variable>
          <xsl:if test="string($sub)"><p class="subtitle"><xsl:value-of select="$sub"/></p></xsl:if>
          <xsl:variable name="au"><xsl:call-template name="authors"/></xsl:variable>
          <xsl:if test="string($au)"><p class="authors"><xsl:value-of select="$au"/></p></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$show-participants"><xsl:call-template name="participants"/></xsl:if>
      <xsl:call-template name="view-switch"/>
    </header>
  </xsl:template>

  <xsl:template name="participants">
    <xsl:variable name="people" select="$header/tei:profileDesc/tei:particDesc//tei:person[tei:persName or tei:name]"/>
    <xsl:if test="$people">
      <section class="participants" aria-labelledby="participants-h">
        <h2 id="participants-h"><xsl:call-template name="ui-lang-attr"/><xsl:value-of select="$label-participants"/></h2>
        <ul>
          <xsl:for-each select="$people">
            <li>
              <xsl:if test="@xml:id"><xsl:attribute name="id">person-<xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
              <span class="name"><xsl:value-of select="normalize-space((tei:persName | tei:name)[1])"/></span>
              <xsl:if test="@role"><span class="role"><xsl:text> (</xsl:text><xsl:value-of select="@role"/>)</span></xsl:if>
              <xsl:if test="tei:note"><span class="person-note"><xsl:text> — </xsl:text><xsl:value-of select="normalize-space(tei:note[1])"/></span></xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- ============================ structure ============================ -->
  <xsl:template match="tei:text">
    <div class="tei-text">
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <!-- The first text's titlePage is shown in the title block; another (a text in a group, a
       further TEI of a corpus) where it stands. -->
  <xsl:variable name="title-pages" select="/descendant::tei:text[1]/tei:front/tei:titlePage"/>
  <xsl:template match="tei:text/tei:front/tei:titlePage">
    <xsl:if test="count(. | $title-pages) != count($title-pages)">
      <div class="titlePage"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></div>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:front | tei:body | tei:back">
    <div class="{local-name()}"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:div[@type='headnote']">
    <section class="headnote" aria-label="{$label-headnote}"><xsl:call-template name="id-attr"/><xsl:apply-templates/></section>
  </xsl:template>

  <xsl:template match="tei:div[@type='notes']">
    <section class="notes" role="doc-endnotes"><xsl:call-template name="id-attr"/><xsl:apply-templates/></section>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7">
    <section>
      <xsl:attribute name="class">div<xsl:if test="@type"> div-<xsl:value-of select="translate(@type, ' ', '-')"/></xsl:if></xsl:attribute>
      <xsl:call-template name="id-attr"/>
      <xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="tei:head">
    <xsl:variable name="blocks"><xsl:if test="*"><xsl:call-template name="has-blocks"/></xsl:if></xsl:variable>
    <xsl:variable name="level" select="count(ancestor::tei:div | ancestor::tei:div1 | ancestor::tei:div2
                  | ancestor::tei:div3 | ancestor::tei:div4 | ancestor::tei:div5) + 1"/>
    <xsl:choose>
      <xsl:when test="string($blocks) or not(parent::tei:div or starts-with(local-name(..), 'div') or parent::tei:body or parent::tei:back or parent::tei:front)">
        <div class="head"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="h{($level &gt; 5) * 6 + ($level &lt;= 5) * $level}">
          <xsl:call-template name="common-attrs"/><xsl:apply-templates/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <!-- (has-blocks inline: the commonest element of a page, one instruction) -->
    <xsl:choose>
      <xsl:when test="(* and string(tk:has-blocks())) or ancestor::tei:head or ancestor::tei:l or ancestor::tei:speaker">
        <div class="{local-name()}"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise><p><xsl:call-template name="common-attrs"/><xsl:apply-templates/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:lg">
    <div class="lg"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="tei:l">
    <div class="l"><xsl:call-template name="common-attrs"/>
      <xsl:if test="@n and (@n mod 5 = 0)"><span class="line-number" aria-hidden="true"><xsl:value-of select="@n"/></span></xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="tei:milestone">
    <xsl:choose>
      <xsl:when test="@rend and not(ancestor::tei:p or ancestor::tei:l)"><p class="milestone"><xsl:value-of select="@rend"/></p></xsl:when>
      <xsl:when test="not(ancestor::tei:p or ancestor::tei:l)"><hr class="milestone"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:lb"><br/></xsl:template>
  <xsl:template match="tei:cb"/>
  <xsl:template match="tei:pb">
    <xsl:if test="$show-page-breaks and @n">
      <span class="pb" role="note" aria-label="{$label-page-break} {@n}"><xsl:call-template name="id-attr"/>[<xsl:value-of select="@n"/>]</span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:list">
    <xsl:variable name="tag">
      <xsl:choose>
        <xsl:when test="tei:label">dl</xsl:when>
        <xsl:when test="@type='ordered' or contains(@rend, 'numbered')">ol</xsl:when>
        <xsl:otherwise>ul</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <div class="list"><xsl:call-template name="common-attrs"/>
      <xsl:apply-templates select="tei:head"/>
      <xsl:element name="{$tag}">
        <xsl:apply-templates select="node()[not(self::tei:head)]" mode="list-item"/>
      </xsl:element>
    </div>
  </xsl:template>
  <xsl:template match="tei:item" mode="list-item">
    <xsl:choose>
      <xsl:when test="../tei:label"><dd><xsl:call-template name="common-attrs"/><xsl:apply-templates/></dd></xsl:when>
      <xsl:otherwise><li><xsl:call-template name="common-attrs"/><xsl:apply-templates/></li></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:label" mode="list-item"><dt><xsl:call-template name="common-attrs"/><xsl:apply-templates/></dt></xsl:template>
  <xsl:template match="text()" mode="list-item"><xsl:if test="normalize-space()"><xsl:value-of select="."/></xsl:if></xsl:template>
  <xsl:template match="*" mode="list-item">
    <xsl:choose>
      <xsl:when test="../tei:label"><dd><xsl:apply-templates select="."/></dd></xsl:when>
      <xsl:otherwise><li class="list-other"><xsl:apply-templates select="."/></li></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:table">
    <div class="table-wrap"><table><xsl:call-template name="common-attrs"/>
      <xsl:if test="tei:head"><caption><xsl:apply-templates select="tei:head/node()"/></caption></xsl:if>
      <tbody><xsl:apply-templates select="tei:row"/></tbody>
    </table>
    <xsl:apply-templates select="node()[not(self::tei:row or self::tei:head)]"/></div>
  </xsl:template>
  <xsl:template match="tei:row"><tr><xsl:apply-templates select="tei:cell"/></tr></xsl:template>
  <xsl:template match="tei:cell">
    <xsl:element name="{substring('tdth', 1 + 2 * (@role='label' or ../@role='label'), 2)}">
      <xsl:call-template name="common-attrs"/>
      <xsl:if test="@cols"><xsl:attribute name="colspan"><xsl:value-of select="@cols"/></xsl:attribute></xsl:if>
      <xsl:if test="@rows"><xsl:attribute name="rowspan"><xsl:value-of select="@rows"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:figure">
    <figure><xsl:call-template name="common-attrs"/><xsl:apply-templates select="node()[not(self::tei:head or self::tei:figDesc)]"/>
      <xsl:if test="tei:head or tei:figDesc"><figcaption><xsl:for-each select="tei:head | tei:figDesc"><div class="{local-name()}"><xsl:apply-templates/></div></xsl:for-each></figcaption></xsl:if>
    </figure>
  </xsl:template>
  <xsl:template match="tei:graphic">
    <xsl:variable name="url"><xsl:call-template name="safe-url"><xsl:with-param name="url" select="@url"/></xsl:call-template></xsl:variable>
    <xsl:if test="string($url)"><a class="graphic" href="{$url}">[<xsl:value-of select="$label-image"/>]</a></xsl:if>
    <xsl:if test="tei:desc | tei:label"><span class="graphic-desc"><xsl:for-each select="tei:desc | tei:label"><xsl:text> </xsl:text><xsl:apply-templates/></xsl:for-each></span></xsl:if>
  </xsl:template>

  <xsl:template match="tei:quote">
    <xsl:variable name="blocks"><xsl:if test="*"><xsl:call-template name="has-blocks"/></xsl:if></xsl:variable>
    <xsl:choose>
      <xsl:when test="string($blocks)"><blockquote><xsl:call-template name="common-attrs"/><xsl:apply-templates/></blockquote></xsl:when>
      <xsl:otherwise><span class="quote"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:stage | tei:trailer | tei:byline | tei:dateline | tei:docAuthor | tei:docDate
                       | tei:docImprint | tei:docEdition | tei:opener | tei:closer | tei:salute | tei:signed
                       | tei:epigraph | tei:argument | tei:postscript | tei:castList | tei:castItem | tei:castGroup
                       | tei:titlePage | tei:docTitle | tei:speaker | tei:floatingText | tei:group | tei:egXML
                       | tei:listBibl | tei:listPerson | tei:listPlace | tei:person | tei:place | tei:org | tei:msDesc
                       | tei:annotationBlock | tei:spanGrp">
    <div class="{local-name()}"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></div>
  </xsl:template>
  <!-- Inside phrasing content these become spans displayed as blocks. -->
  <xsl:template match="tei:p//tei:stage | tei:l//tei:stage | tei:head//tei:stage | tei:p//tei:signed
                       | tei:p//tei:dateline | tei:p//tei:salute | tei:p//tei:byline">
    <span class="{local-name()} block"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:titlePart[@type='main'] | tei:titlePart[not(@type)][1]">
    <h1><xsl:call-template name="common-attrs"/><xsl:apply-templates/></h1>
  </xsl:template>
  <xsl:template match="tei:titlePart">
    <p class="titlePart subtitle"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:titlePage//tei:docImprint | tei:titlePage//tei:byline | tei:titlePage//tei:docAuthor | tei:titlePage//tei:docDate">
    <p class="{local-name()}"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:docImprint//tei:docDate | tei:docImprint//tei:docEdition | tei:docTitle//tei:docDate" priority="1">
    <span class="{local-name()}"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></span>
  </xsl:template>

  <!-- Turns rendered here, straight into the page, when hook-turn is this stylesheet's own
       (tei.render.xslt sets turn-direct then: no edition stylesheet and not print.xsl overrides
       it): the same page as common.xsl's sp and u calling hook-turn below, without building
       every turn's content as a parameter and copying it (a third of a play's page). Else, and
       for an sp without an xml:id in a document with both sp and u, common.xsl's templates. -->
  <xsl:param name="turn-direct" select="false()"/>
  <xsl:template match="tei:sp">
    <xsl:choose>
      <xsl:when test="$turn-direct and (@xml:id or $turns-kind-s = 's')">
        <!-- number, first-turn flag and participant name: one tk:seq call -->
        <xsl:variable name="t" select="string(tk:seq('T'))"/>
        <xsl:variable name="n" select="substring-before($t, '&#9;')"/>
        <xsl:variable name="id" select="concat(@xml:id, substring(concat('sp-', $n), 1, 1000000 * not(@xml:id)))"/>
        <xsl:variable name="who" select="substring-after(substring-after($t, '&#9;'), '&#9;')"/>
        <xsl:variable name="label"><xsl:apply-templates select="tei:speaker/node()"/></xsl:variable>
        <div class="turn" id="{$id}">
          <xsl:if test="@who"><xsl:attribute name="data-who"><xsl:value-of select="translate(substring-before(concat(normalize-space(@who), ' '), ' '), '#', '')"/></xsl:attribute></xsl:if>
          <xsl:if test="@xml:lang"><xsl:call-template name="lang-attr"/></xsl:if>
          <div class="turn-head">
            <xsl:if test="tei:speaker"><span class="speaker"><xsl:copy-of select="$label"/></span><xsl:text> </xsl:text></xsl:if>
            <xsl:if test="string($who) and ((not(normalize-space(string($label)) = normalize-space($who) or normalize-space(string($label)) = concat(normalize-space($who), ':')) and starts-with(substring-after($t, '&#9;'), '1')) or not(tei:speaker))"><span class="who"><xsl:value-of select="$who"/></span><xsl:text> </xsl:text></xsl:if>
            <xsl:if test="$show-turn-numbers"><a class="turn-link" href="#{$id}" aria-label="{$label-turn} {$n}"><xsl:value-of select="$n"/></a></xsl:if>
          </div>
          <div class="turn-body"><xsl:apply-templates select="node()[not(self::tei:speaker)]"/></div>
        </div>
      </xsl:when>
      <xsl:otherwise><xsl:apply-imports/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:u">
    <xsl:choose>
      <xsl:when test="$turn-direct and (@xml:id or $turns-kind-s = 'u')">
        <!-- number, first-turn flag and participant name: one tk:seq call -->
        <xsl:variable name="t" select="string(tk:seq('T'))"/>
        <xsl:variable name="n" select="substring-before($t, '&#9;')"/>
        <xsl:variable name="id" select="concat(@xml:id, substring(concat('u-', $n), 1, 1000000 * not(@xml:id)))"/>
        <xsl:variable name="who" select="substring-after(substring-after($t, '&#9;'), '&#9;')"/>
        <xsl:variable name="label" select="concat($who, substring(':', 1, string-length($who)))"/>
        <div class="turn" id="{$id}">
          <xsl:if test="@who"><xsl:attribute name="data-who"><xsl:value-of select="translate(substring-before(concat(normalize-space(@who), ' '), ' '), '#', '')"/></xsl:attribute></xsl:if>
          <xsl:if test="@xml:lang"><xsl:call-template name="lang-attr"/></xsl:if>
          <div class="turn-head">
            <xsl:if test="@who"><span class="speaker"><xsl:value-of select="$label"/></span><xsl:text> </xsl:text></xsl:if>
            <xsl:if test="string($who) and ((not(normalize-space($label) = normalize-space($who) or normalize-space($label) = concat(normalize-space($who), ':')) and starts-with(substring-after($t, '&#9;'), '1')) or not(@who))"><span class="who"><xsl:value-of select="$who"/></span><xsl:text> </xsl:text></xsl:if>
            <xsl:if test="$show-turn-numbers"><a class="turn-link" href="#{$id}" aria-label="{$label-turn} {$n}"><xsl:value-of select="$n"/></a></xsl:if>
          </div>
          <div class="turn-body"><xsl:apply-templates/></div>
        </div>
      </xsl:when>
      <xsl:otherwise><xsl:apply-imports/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================ hooks from common.xsl ============================ -->
  <xsl:template name="hook-turn">
    <xsl:param name="id"/><xsl:param name="who"/><xsl:param name="label"/>
    <xsl:param name="has-label"/><xsl:param name="content"/>
    <!-- the turn's number (turn-number): given by common.xsl when it had it at hand -->
    <xsl:param name="n" select="tk:seq($turns-kind-s)"/>
    <div class="turn" id="{$id}">
      <xsl:if test="@who"><xsl:attribute name="data-who"><xsl:value-of select="translate(substring-before(concat(normalize-space(@who), ' '), ' '), '#', '')"/></xsl:attribute></xsl:if>
      <xsl:if test="@xml:lang"><xsl:call-template name="lang-attr"/></xsl:if>
      <div class="turn-head">
        <xsl:if test="$has-label"><span class="speaker"><xsl:copy-of select="$label"/></span><xsl:text> </xsl:text></xsl:if>
        <!-- the participant is named at their first turn only (the label says who speaks after),
             and not under a label that already is the name ("Shaun Illingworth:"); tk:seq('f')
             asked last (a u's label always is the name) -->
        <xsl:if test="string($who) and ((not(normalize-space(string($label)) = normalize-space($who) or normalize-space(string($label)) = concat(normalize-space($who), ':')) and string(tk:seq('f'))) or not($has-label))"><span class="who"><xsl:value-of select="$who"/></span><xsl:text> </xsl:text></xsl:if>
        <!-- the number is an anchor, shown on hover and focus: § marks sections, not turns -->
        <xsl:if test="$show-turn-numbers"><a class="turn-link" href="#{$id}" aria-label="{$label-turn} {$n}"><xsl:value-of select="$n"/></a></xsl:if>
      </div>
      <div class="turn-body"><xsl:copy-of select="$content"/></div>
    </div>
  </xsl:template>

  <xsl:template name="hook-bracketed">
    <xsl:param name="kind"/><xsl:param name="content"/>
    <span class="ed {$kind}">
      <xsl:attribute name="title">
        <xsl:choose>
          <xsl:when test="$kind = 'supplied'"><xsl:value-of select="$label-supplied"/></xsl:when>
          <xsl:when test="$kind = 'gloss'"><xsl:value-of select="$label-gloss"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$label-editorial"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <span class="bracket"><xsl:value-of select="$bracket-open"/></span><xsl:copy-of select="$content"/><span class="bracket"><xsl:value-of select="$bracket-close"/></span>
    </span>
  </xsl:template>

  <xsl:template name="hook-choice">
    <xsl:param name="glued"/><xsl:param name="kind"/><xsl:param name="source"/><xsl:param name="edit"/><xsl:param name="edit-text"/>
    <xsl:choose>
      <xsl:when test="string($glued)">
        <span class="choice-glued"><span class="v-dipl {local-name((tei:sic | tei:orig | tei:abbr)[1])}"><xsl:copy-of select="$source"/></span><span class="v-read ed {$kind}" title="{local-name((tei:sic | tei:orig | tei:abbr)[1])}: {normalize-space((tei:sic | tei:orig | tei:abbr)[1])}"><xsl:copy-of select="$edit"/></span></span>
      </xsl:when>
      <xsl:when test="$choice-switch">
        <span class="choice"><span class="v-dipl {local-name((tei:sic | tei:orig | tei:abbr)[1])}"><xsl:copy-of select="$source"/></span><span class="v-read ed {$kind}" title="{local-name((tei:sic | tei:orig | tei:abbr)[1])}: {normalize-space((tei:sic | tei:orig | tei:abbr)[1])}"><xsl:copy-of select="$edit"/></span></span>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="choice-both">
        <xsl:with-param name="kind" select="$kind"/><xsl:with-param name="source" select="$source"/>
        <xsl:with-param name="edit" select="$edit"/><xsl:with-param name="edit-text" select="$edit-text"/>
      </xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A printed expansion outside any choice (this toolkit's "CP [Communist party]": abbr, then
       expan, the page's brackets as text): both shown as printed, the expansion marked as an
       editorial intervention and given to the abbreviation as its tooltip. -->
  <xsl:template match="tei:abbr[not(parent::tei:choice)]">
    <xsl:variable name="next" select="following-sibling::*[1]"/>
    <abbr class="tei-abbr">
      <xsl:if test="$next[self::tei:expan]"><xsl:attribute name="title"><xsl:value-of select="normalize-space($next)"/></xsl:attribute></xsl:if>
      <xsl:call-template name="common-attrs"/><xsl:apply-templates/>
    </abbr>
  </xsl:template>
  <xsl:template match="tei:expan[not(parent::tei:choice)]">
    <span class="ed expan" title="{$label-expan}"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></span>
  </xsl:template>

  <!-- Another member of a choice inside a word (see choice-member in common.xsl): shown after
       the first in ⟨ ⟩, apart from the word's own letters (tei.render.textcheck skips it). -->
  <xsl:template name="hook-choice-alternative">
    <xsl:param name="content"/>
    <span class="choice-alt" title="{$label-alternative}">⟨<xsl:copy-of select="$content"/>⟩</span>
  </xsl:template>

  <xsl:template name="choice-both">
    <xsl:param name="kind"/><xsl:param name="source"/><xsl:param name="edit"/><xsl:param name="edit-text"/>
    <xsl:choose>
      <xsl:when test="$kind = 'expan'"><abbr title="{$edit-text}"><xsl:copy-of select="$source"/></abbr></xsl:when>
      <xsl:otherwise><span class="{local-name((tei:sic | tei:orig)[1])}"><xsl:copy-of select="$source"/></span></xsl:otherwise>
    </xsl:choose>
    <xsl:text> </xsl:text>
    <span class="ed {$kind}">
      <xsl:attribute name="title">
        <xsl:choose>
          <xsl:when test="$kind = 'expan'"><xsl:value-of select="$label-expan"/></xsl:when>
          <xsl:when test="$kind = 'corr'"><xsl:value-of select="$label-corr"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$label-reg"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <span class="bracket"><xsl:value-of select="$bracket-open"/></span><xsl:copy-of select="$edit"/><span class="bracket"><xsl:value-of select="$bracket-close"/></span>
    </span>
  </xsl:template>

  <xsl:template name="hook-unhandled">
    <xsl:variable name="blocks"><xsl:if test="*"><xsl:call-template name="has-blocks"/></xsl:if></xsl:variable>
    <xsl:variable name="own-block" select="contains($block-elements, concat('|', local-name(), '|'))"/>
    <xsl:element name="{substring('spandiv', 1 + 4 * (string($blocks) != '' or $own-block), 4 - (string($blocks) != '' or $own-block))}">
      <xsl:attribute name="class">tei-<xsl:value-of select="local-name()"/></xsl:attribute>
      <xsl:call-template name="id-attr"/><xsl:call-template name="lang-attr"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- ============================ notes ============================ -->
  <xsl:template match="tei:note">
    <xsl:variable name="moves"><xsl:call-template name="note-moves"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="string($moves)"><xsl:call-template name="note-ref"/></xsl:when>
      <xsl:otherwise>
        <div class="note"><xsl:call-template name="id-attr"/><xsl:call-template name="lang-attr"/>
          <xsl:apply-templates/>
          <xsl:if test="starts-with(@target, '#')">
            <xsl:text> </xsl:text><a role="doc-backlink" class="backlink" href="{normalize-space(@target)}" aria-label="{$label-back}">↩</a>
          </xsl:if>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:note/tei:label"><span class="note-label"><xsl:apply-templates/></span></xsl:template>

  <xsl:template name="note-ref">
    <xsl:variable name="id"><xsl:call-template name="note-id"/></xsl:variable>
    <xsl:variable name="n"><xsl:call-template name="note-number"/></xsl:variable>
    <xsl:variable name="interp"><xsl:call-template name="note-is-interpolation"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="string($interp)">
        <xsl:call-template name="interpolation-space"><xsl:with-param name="side" select="'before'"/></xsl:call-template>
        <xsl:call-template name="hook-bracketed">
          <xsl:with-param name="kind" select="'note-inline'"/>
          <xsl:with-param name="content"><xsl:apply-templates/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="interpolation-space"><xsl:with-param name="side" select="'after'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <sup class="noteref"><a role="doc-noteref" id="ref-{$id}" href="#{$id}" aria-label="{$label-note} {$n}"><xsl:value-of select="$n"/></a></sup>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="endnotes">
    <xsl:variable name="notes" select="$content//tei:note[not(parent::tei:div or parent::tei:body or parent::tei:back
                 or parent::tei:front or parent::tei:div1 or parent::tei:div2 or parent::tei:div3
                 or parent::tei:listBibl or parent::tei:note or parent::tei:app)]
                 [not(@place = 'inline' and not(.//tei:p or .//tei:lg or .//tei:list))]
                 [not(ancestor::*[@type = 'register'][parent::tei:standOff])]"/>
    <xsl:if test="$notes">
      <section class="endnotes" role="doc-endnotes" aria-labelledby="endnotes-h">
        <h2 id="endnotes-h"><xsl:call-template name="ui-lang-attr"/><xsl:value-of select="$label-notes"/></h2>
        <ol class="notes-list">
          <xsl:for-each select="$notes">
            <xsl:variable name="id"><xsl:call-template name="note-id"/></xsl:variable>
            <xsl:variable name="n"><xsl:call-template name="note-number"/></xsl:variable>
            <li id="{$id}">
              <xsl:call-template name="lang-attr"/>
              <span class="note-marker"><xsl:value-of select="$n"/>.</span><xsl:text> </xsl:text>
              <xsl:apply-templates mode="note-body" select="."/>
              <xsl:text> </xsl:text><a role="doc-backlink" class="backlink" href="#ref-{$id}" aria-label="{$label-back} ({$label-note} {$n})">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:note" mode="note-body"><xsl:apply-templates/></xsl:template>

  <!-- Footnote references of the transcription: ref[@type='noteref'] to note[@type='footnote']. -->
  <xsl:template match="tei:ref[@type='noteref']">
    <xsl:choose>
      <xsl:when test="starts-with(@target, '#')">
        <a role="doc-noteref" class="noteref" href="{normalize-space(@target)}"><xsl:call-template name="id-attr"/><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><span class="noteref"><xsl:call-template name="id-attr"/><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:ref | tei:ptr">
    <xsl:variable name="url"><xsl:call-template name="safe-url"><xsl:with-param name="url" select="@target"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="string($url)"><a href="{$url}" class="{local-name()}"><xsl:call-template name="id-attr"/><xsl:call-template name="lang-attr"/><xsl:apply-templates/><xsl:if test="self::tei:ptr"><xsl:value-of select="$url"/></xsl:if></a></xsl:when>
      <xsl:otherwise><span class="{local-name()}"><xsl:call-template name="id-attr"/><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================ phrase level ============================ -->
  <xsl:template match="tei:hi">
    <span><xsl:attribute name="class">hi<xsl:call-template name="rend-classes"/></xsl:attribute>
      <xsl:call-template name="id-attr"/><xsl:call-template name="lang-attr"/><xsl:apply-templates/></span>
  </xsl:template>
  <xsl:template match="tei:emph"><em><xsl:call-template name="common-attrs"/><xsl:apply-templates/></em></xsl:template>
  <xsl:template match="tei:foreign | tei:term | tei:mentioned | tei:soCalled | tei:distinct">
    <i class="{local-name()}"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></i>
  </xsl:template>
  <xsl:template match="tei:title"><cite class="title"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></cite></xsl:template>
  <xsl:template match="tei:ruby"><ruby><xsl:call-template name="common-attrs"/><xsl:apply-templates/></ruby></xsl:template>
  <xsl:template match="tei:rb"><xsl:apply-templates/></xsl:template>
  <xsl:template match="tei:rt"><rp>(</rp><rt><xsl:apply-templates/></rt><rp>)</rp></xsl:template>
  <xsl:template match="tei:label"><span class="label"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></span></xsl:template>

  <!-- Names and other phrase-level elements handled as classed spans (links from a safe @ref). -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs | tei:date | tei:time
                       | tei:num | tei:measure | tei:w | tei:pc | tei:c | tei:seg | tei:s | tei:bibl | tei:author
                       | tei:editor | tei:publisher | tei:pubPlace | tei:idno | tei:biblScope | tei:roleName
                       | tei:forename | tei:surname | tei:addName | tei:genName | tei:geogName | tei:settlement
                       | tei:country | tei:region | tei:q | tei:said | tei:cit | tei:ex | tei:am
                       | tei:role | tei:roleDesc | tei:set | tei:abbr | tei:expan | tei:sic | tei:corr
                       | tei:orig | tei:reg | tei:code | tei:gi | tei:att | tei:val | tei:ident | tei:tag
                       | tei:desc | tei:lem | tei:rdg | tei:span | tei:email | tei:address | tei:addrLine
                       | tei:occupation | tei:birth | tei:death | tei:sex | tei:location | tei:geo | tei:textLang
                       | tei:repository | tei:msIdentifier | tei:bloc | tei:figDesc | tei:timeline | tei:when
                       | tei:msContents | tei:msItem | tei:listEvent | tei:listOrg">
    <xsl:choose>
      <!-- (no element in it and no @ref: neither blocks nor a link; most names) -->
      <xsl:when test="not(* or @ref)"><span class="tei-{local-name()}"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></span></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="blocks"><xsl:if test="*"><xsl:call-template name="has-blocks"/></xsl:if></xsl:variable>
        <xsl:variable name="url"><xsl:if test="@ref"><xsl:call-template name="safe-url"><xsl:with-param name="url" select="@ref"/><xsl:with-param name="web-only" select="true()"/></xsl:call-template></xsl:if></xsl:variable>
        <xsl:choose>
          <xsl:when test="string($blocks)"><div class="tei-{local-name()}"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></div></xsl:when>
          <xsl:when test="string($url) and not(.//tei:ref or .//tei:ptr or .//tei:note or ancestor::tei:ref)"><a class="tei-{local-name()}" href="{$url}"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></a></xsl:when>
          <xsl:otherwise><span class="tei-{local-name()}"><xsl:call-template name="common-attrs"/><xsl:apply-templates/></span></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Text: runs of white space collapse to one space (XML indentation is not content). -->
  <xsl:template match="text()">
    <!-- collapse (common.xsl), inline: this template runs once per text node, and each
         instruction libxslt runs here costs about as much as copying the text (one choose) -->
    <xsl:variable name="n" select="normalize-space()"/>
    <xsl:choose>
      <xsl:when test="$del-span-strike and $n != ''">
        <xsl:variable name="struck"><xsl:call-template name="in-del-span"/></xsl:variable>
        <xsl:choose>
          <xsl:when test="string($struck)"><del class="in-delspan"><xsl:call-template name="collapse"/></del></xsl:when>
          <xsl:otherwise><xsl:call-template name="collapse"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$n = ."><xsl:value-of select="$n"/></xsl:when>
      <xsl:when test="$n = ''"><xsl:text> </xsl:text></xsl:when>
      <!-- a space for the white space before (the text does not start as $n does) and after
           (the text and $n, each with a character added, normalise differently) -->
      <xsl:otherwise><xsl:value-of select="concat(substring(' ', 1 + starts-with(., substring($n, 1, 1))), $n, substring(' ', 1 + (normalize-space(concat(., '.')) = concat($n, '.'))))"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================ attributes ============================ -->
  <xsl:template name="common-attrs">
    <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="translate(@xml:id, ' ', '_')"/></xsl:attribute></xsl:if>
    <xsl:if test="@xml:lang"><xsl:call-template name="lang-attr"/></xsl:if>
  </xsl:template>
  <xsl:template name="id-attr">
    <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="translate(@xml:id, ' ', '_')"/></xsl:attribute></xsl:if>
  </xsl:template>
  <xsl:template name="lang-attr">
    <xsl:if test="@xml:lang">
      <xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute>
      <xsl:if test="starts-with(@xml:lang, 'ar') or starts-with(@xml:lang, 'he') or starts-with(@xml:lang, 'fa')">
        <xsl:attribute name="dir">rtl</xsl:attribute>
      </xsl:if>
    </xsl:if>
  </xsl:template>
  <!-- @rend tokens become classes rend-*, letters, digits and hyphens only (CSS is never copied). -->
  <xsl:template name="rend-classes">
    <xsl:variable name="clean" select="normalize-space(translate(@rend, translate(@rend,
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789- ', ''), ''))"/>
    <xsl:call-template name="rend-tokens"><xsl:with-param name="s" select="$clean"/></xsl:call-template>
  </xsl:template>
  <xsl:template name="rend-tokens">
    <xsl:param name="s"/>
    <xsl:if test="$s != ''">
      <xsl:text> rend-</xsl:text><xsl:value-of select="substring-before(concat($s, ' '), ' ')"/>
      <xsl:call-template name="rend-tokens"><xsl:with-param name="s" select="substring-after($s, ' ')"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
