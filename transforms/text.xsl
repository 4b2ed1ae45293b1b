<?xml version="1.0" encoding="UTF-8"?>
<!--
  text.xsl: the plain-text edition (UTF-8, wrapped).

  view=reading (default): title block and source at the top, each turn with its label,
  printed interpolations inline in brackets, other notes as numbered endnotes with their markers in the text, provenance at
  the end. view=diplomatic: only the transcription's own text (the TEI text element), every
  interpolation back inline in brackets, labels as written: its words equal the source's words
  minus its navigation lines.

  Paragraphs are wrapped at wrap-width columns, breaking at spaces and after CJK punctuation;
  a word longer than the width is never broken. Width counts characters, not display columns.
  wrap-para marks each paragraph (U+E001 indent U+E002 text U+E003); tei.render.wrap cuts the
  lines after the transformation.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:p="urn:tei-edition-toolkit:params"
  xmlns:tk="urn:tei-edition-toolkit:seq"
  exclude-result-prefixes="tei p tk">

  <xsl:import href="common.xsl"/>
  <xsl:import href="indexes.xsl"/>
  <xsl:include href="text-transcription.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:param name="wrap-width" select="72" p:type="integer"
    p:doc="Column at which paragraphs are wrapped (0: one line per paragraph)."/>
  <xsl:param name="note-style" select="'brackets'" p:type="enum" p:values="brackets|superscript"
    p:doc="Note markers in the text: [1] (the transcriptions' own convention), or superscript digits (¹²³; non-numeric markers stay in brackets). Superscript digits are letters to a word count: amet¹ is one word."/>
  <xsl:param name="show-provenance" select="true()" p:type="boolean"
    p:doc="Reading view: end with the provenance drawn from the header."/>
  <xsl:param name="del-open" select="'⟦'" p:type="string" p:doc="Before deleted text (del)."/>
  <xsl:param name="del-close" select="'⟧'" p:type="string" p:doc="After deleted text (del)."/>
  <xsl:param name="add-open" select="'⸌'" p:type="string" p:doc="Before added text (add)."/>
  <xsl:param name="add-close" select="'⸍'" p:type="string" p:doc="After added text (add)."/>
  <xsl:param name="heading-rule" select="'='" p:type="string" p:doc="Character of the rule under the title."/>
  <xsl:param name="label-source-line" select="'Source:'" p:type="string" p:doc="Before the source citation when the text has no provenance line of its own."/>
  <xsl:param name="label-notes" select="'Notes'" p:type="string" p:doc="Heading of the endnotes."/>
  <xsl:param name="label-participants" select="'Participants:'" p:type="string" p:doc="Before the list of participants."/>
  <xsl:param name="label-provenance" select="'About this edition'" p:type="string" p:doc="Heading of the provenance section."/>
  <xsl:param name="label-source" select="'Printed source:'" p:type="string" p:doc="Provenance: the printed original."/>
  <xsl:param name="label-transcription" select="'Digital transcription:'" p:type="string" p:doc="Provenance: the web transcription."/>
  <xsl:param name="label-last-updated" select="'Last updated'" p:type="string" p:doc="Provenance: before the transcription's last update (it begins a sentence)."/>
  <xsl:param name="label-edition" select="'This edition:'" p:type="string" p:doc="Provenance: this edition."/>
  <xsl:param name="label-revisions" select="'Revision history:'" p:type="string" p:doc="Provenance: the revision history."/>

  <!-- Mentions are plain text here (indexes.xsl links them in HTML). -->
  <xsl:variable name="index-output" select="'text'"/>

  <!-- U+E000 marks a line break (lb) inside a paragraph until the paragraph is wrapped. -->
  <xsl:variable name="LB" select="'&#xE000;'"/>
  <xsl:variable name="NL" select="'&#10;'"/>
  <xsl:variable name="tight" select="'|line|l|item|label|row|titlePart|docImprint|byline|docAuthor|docDate|docEdition|salute|signed|dateline|castItem|speaker|'"/>
  <xsl:variable name="rule" select="'========================================================================================================================'"/>

  <!-- ============================ the document ============================ -->
  <xsl:template match="/">
    <xsl:variable name="texts" select="$content[not($view = 'diplomatic' and (self::tei:standOff or self::tei:facsimile))]"/>
    <xsl:choose>
      <xsl:when test="$view = 'diplomatic'">
        <xsl:apply-templates select="$texts"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="title-block"/>
        <xsl:apply-templates select="$texts"/>
        <xsl:call-template name="endnotes"/>
        <xsl:call-template name="apparatus-entries"/>
        <xsl:if test="$show-provenance and $header"><xsl:call-template name="provenance"/></xsl:if>
        <xsl:call-template name="index-text"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="$NL"/>
  </xsl:template>

  <xsl:template name="title-block">
    <xsl:variable name="tp" select="$title-pages"/>
    <xsl:choose>
      <xsl:when test="$tp"><xsl:apply-templates select="$tp/*"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="out-line"><xsl:with-param name="s"><xsl:call-template name="title-main"/></xsl:with-param></xsl:call-template>
        <xsl:call-template name="out-line"><xsl:with-param name="s"><xsl:call-template name="title-sub"/></xsl:with-param></xsl:call-template>
        <xsl:call-template name="out-line"><xsl:with-param name="s"><xsl:call-template name="authors"/></xsl:with-param></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="$NL"/>
    <xsl:value-of select="translate(substring($rule, 1, ($wrap-width &gt; 0) * $wrap-width + ($wrap-width &lt;= 0) * 72), '=', substring($heading-rule, 1, 1))"/>
    <xsl:variable name="src"><xsl:call-template name="source-citation"/></xsl:variable>
    <xsl:if test="not(/descendant::tei:text[1]/tei:front/tei:div[@type='provenance']) and normalize-space($src)">
      <xsl:call-template name="wrap-para">
        <xsl:with-param name="text"><xsl:value-of select="$label-source-line"/><xsl:text> </xsl:text><xsl:value-of select="$src"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:variable name="people" select="$header/tei:profileDesc/tei:particDesc//tei:person[tei:persName or tei:name]"/>
    <xsl:if test="$people">
      <xsl:call-template name="wrap-para">
        <xsl:with-param name="text">
          <xsl:value-of select="$label-participants"/>
          <xsl:for-each select="$people">
            <xsl:if test="position() &gt; 1">;</xsl:if><xsl:text> </xsl:text>
            <xsl:value-of select="normalize-space((tei:persName | tei:name)[1])"/>
            <xsl:if test="@role"> (<xsl:value-of select="@role"/>)</xsl:if>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- In the reading view the first text's titlePage is the title block; another (a text in a
       group, a further TEI of a corpus) stands where it is. -->
  <xsl:variable name="title-pages" select="/descendant::tei:text[1]/tei:front/tei:titlePage"/>
  <xsl:template match="tei:text/tei:front/tei:titlePage">
    <xsl:if test="$view = 'diplomatic' or count(. | $title-pages) != count($title-pages)"><xsl:call-template name="container"/></xsl:if>
  </xsl:template>

  <!-- ============================ blocks ============================ -->
  <!-- Any block: its inline runs wrapped as paragraphs, its block children in turn. -->
  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:div | tei:div1 | tei:div2 | tei:div3
                       | tei:div4 | tei:div5 | tei:div6 | tei:div7 | tei:p | tei:ab | tei:lg | tei:l | tei:list
                       | tei:item | tei:table | tei:head | tei:quote[tei:p or tei:lg or tei:l] | tei:figure
                       | tei:stage | tei:trailer | tei:byline | tei:dateline | tei:docAuthor | tei:docDate
                       | tei:docImprint | tei:docEdition | tei:opener | tei:closer | tei:salute | tei:signed
                       | tei:epigraph | tei:argument | tei:postscript | tei:castList | tei:castItem | tei:castGroup
                       | tei:titlePage | tei:docTitle | tei:titlePart | tei:floatingText | tei:group | tei:egXML
                       | tei:listBibl | tei:listPerson | tei:listPlace | tei:person | tei:place | tei:org | tei:msDesc
                       | tei:annotationBlock | tei:spanGrp | tei:figDesc | tei:label[parent::tei:list]
                       | tei:sourceDoc | tei:surfaceGrp | tei:surface | tei:zone | tei:line | tei:facsimile
                       | tei:standOff | tei:listApp | tei:listWit | tei:witness">
    <xsl:call-template name="container"/>
  </xsl:template>

  <xsl:template match="tei:item[parent::tei:list]">
    <xsl:variable name="mark">
      <xsl:choose>
        <xsl:when test="../@type='ordered' or contains(../@rend, 'numbered')"><xsl:number count="tei:item"/>. </xsl:when>
        <xsl:when test="../tei:label">    </xsl:when>
        <xsl:otherwise>- </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="container">
      <xsl:with-param name="first" select="$mark"/>
      <xsl:with-param name="rest" select="substring('            ', 1, string-length($mark))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:row">
    <xsl:call-template name="wrap-para">
      <xsl:with-param name="tight" select="boolean(preceding-sibling::tei:row[1])"/>
      <xsl:with-param name="text"><xsl:for-each select="tei:cell"><xsl:if test="position() &gt; 1"> | </xsl:if><xsl:apply-templates/></xsl:for-each></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:milestone">
    <xsl:if test="not(ancestor::tei:p or ancestor::tei:l)">
      <xsl:value-of select="$NL"/><xsl:value-of select="$NL"/>
      <xsl:value-of select="substring('                                        ', 1, floor(($wrap-width - string-length(@rend)) div 2) * ($wrap-width &gt; 0))"/>
      <xsl:value-of select="@rend"/>
    </xsl:if>
  </xsl:template>

  <!-- The inline runs of the current element, each wrapped; block children rendered in turn. -->
  <xsl:template name="container">
    <xsl:param name="first" select="''"/>
    <xsl:param name="rest" select="''"/>
    <xsl:choose>
      <xsl:when test="not(*[contains($block-elements, concat('|', local-name(), '|'))
                      and not(self::tei:lb or self::tei:pb or self::tei:cb or self::tei:milestone)
                      and not(self::tei:note and not(parent::tei:div or parent::tei:body or parent::tei:back
                        or parent::tei:front or parent::tei:div1 or parent::tei:div2 or parent::tei:div3
                        or parent::tei:listBibl or parent::tei:note or parent::tei:app))])">
        <!-- one paragraph, written out as wrap-para would (no result-tree fragment): tight when
             its element is one of $tight and not the first block of its parent -->
        <xsl:variable name="e1" select="preceding-sibling::*[1]"/>
        <xsl:choose>
          <xsl:when test="contains($tight, concat('|', local-name(), '|'))
                  and not(not($e1[contains($block-elements, concat('|', local-name(), '|'))
                  and not(self::tei:lb or self::tei:pb or self::tei:cb or self::tei:note)])
                  and (not($e1)
                       or not(preceding-sibling::*[contains($block-elements, concat('|', local-name(), '|'))
                  and not(self::tei:lb or self::tei:pb or self::tei:cb or self::tei:note)])))">&#xE004;</xsl:when>
          <xsl:otherwise>&#xE001;</xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="$rest"/><xsl:text>&#xE002;</xsl:text><xsl:value-of select="$first"/><xsl:apply-templates/>
        <xsl:choose>
          <xsl:when test="self::tei:head and not(parent::tei:list or parent::tei:lg or parent::tei:table)">&#xE005;</xsl:when>
          <xsl:otherwise>&#xE003;</xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <!-- Block children in turn; each run of inline nodes between them wrapped as a
             paragraph. Each node of a run is told from its neighbours only (the nearest
             significant node before and after it: one step, or two over white space): the
             first of a run opens the paragraph, the last closes it (tei.render.wrap sees one
             paragraph), so every node costs a few steps however long its run (counting the
             blocks before each node of a run was quadratic). -->
        <xsl:for-each select="node()[self::* or normalize-space()]">
          <xsl:choose>
            <xsl:when test="self::*[contains($block-elements, concat('|', local-name(), '|'))
                            and not(self::tei:lb or self::tei:pb or self::tei:cb)]">
              <xsl:apply-templates select="."/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:variable name="p1" select="preceding-sibling::node()[1]"/>
              <xsl:variable name="prev" select="$p1[self::* or normalize-space()] | $p1[not(self::* or normalize-space())]/preceding-sibling::node()[1]"/>
              <xsl:variable name="n1" select="following-sibling::node()[1]"/>
              <xsl:variable name="next" select="$n1[self::* or normalize-space()] | $n1[not(self::* or normalize-space())]/following-sibling::node()[1]"/>
              <xsl:if test="not($prev) or $prev[self::*[contains($block-elements, concat('|', local-name(), '|'))
                            and not(self::tei:lb or self::tei:pb or self::tei:cb)]]">
                <xsl:value-of select="concat('&#xE001;', $rest, '&#xE002;')"/>
                <xsl:if test="not($prev)"><xsl:value-of select="$first"/></xsl:if>
              </xsl:if>
              <!-- the node and the white space after it (up to two nodes: as its neighbours) -->
              <xsl:variable name="w1" select="$n1[not(self::* or normalize-space())]"/>
              <xsl:variable name="w2" select="$w1/following-sibling::node()[1]"/>
              <xsl:apply-templates select=". | $w1 | $w2[not(self::* or normalize-space())]"/>
              <xsl:if test="not($next) or $next[self::*[contains($block-elements, concat('|', local-name(), '|'))
                            and not(self::tei:lb or self::tei:pb or self::tei:cb)]]">&#xE003;</xsl:if>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================ hooks from common.xsl ============================ -->
  <!-- Turns: common.xsl's sp and u templates render the turn's content into hook-turn's
       content parameter; the text edition cuts the turn into paragraphs itself (below), from
       the turn's own children, so that parameter (and the anchor, id) would be rendered for
       nothing: a second rendering of every turn (a third of Hamlet's text edition). Here
       hook-turn gets label and has-label (and who for a u, whose label it is); id, content
       and an sp's who (a look-up in the ids key, which the text edition needs nowhere else)
       are empty. -->
  <xsl:template match="tei:sp">
    <xsl:call-template name="hook-turn">
      <xsl:with-param name="label"><xsl:apply-templates select="tei:speaker/node()"/></xsl:with-param>
      <xsl:with-param name="has-label" select="boolean(tei:speaker)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:u">
    <xsl:variable name="who" select="string(tk:seq('w'))"/><!-- participant-name, from one pass -->
    <xsl:call-template name="hook-turn">
      <xsl:with-param name="who" select="$who"/>
      <xsl:with-param name="label" select="concat($who, substring(':', 1, string-length($who)))"/>
      <xsl:with-param name="has-label" select="boolean(@who)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="hook-turn">
    <xsl:param name="id"/><xsl:param name="who"/><xsl:param name="label"/>
    <xsl:param name="has-label"/><xsl:param name="content"/>
    <xsl:variable name="lab" select="normalize-space($label)"/>
    <xsl:variable name="prefix" select="concat($lab, substring(' ', 1, $lab != ''))"/><!-- a string, not a fragment -->
    <xsl:variable name="first-block" select="*[not(self::tei:speaker)][1][self::tei:p or self::tei:ab or self::tei:l]"/>
    <xsl:choose>
      <xsl:when test="self::tei:u or not(*[not(self::tei:speaker)][contains($block-elements, concat('|', local-name(), '|')) and not(self::tei:lb or self::tei:pb or self::tei:cb)])">
        <xsl:call-template name="wrap-para">
          <xsl:with-param name="text"><xsl:value-of select="$prefix"/><xsl:apply-templates select="node()[not(self::tei:speaker)]"/></xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$first-block and not(text()[normalize-space()])">
        <xsl:for-each select="$first-block"><xsl:call-template name="container"><xsl:with-param name="first" select="$prefix"/></xsl:call-template></xsl:for-each>
        <xsl:apply-templates select="$first-block/following-sibling::node()[self::* or normalize-space()]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$prefix != ''"><xsl:call-template name="wrap-para"><xsl:with-param name="text" select="$lab"/></xsl:call-template></xsl:if>
        <xsl:apply-templates select="node()[not(self::tei:speaker)][self::* or normalize-space()]"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="hook-bracketed">
    <xsl:param name="kind"/><xsl:param name="content"/>
    <xsl:value-of select="$bracket-open"/><xsl:copy-of select="$content"/><xsl:value-of select="$bracket-close"/>
  </xsl:template>

  <xsl:template name="hook-choice-alternative">
    <xsl:param name="content"/>
    <xsl:value-of select="$alt-open"/><xsl:copy-of select="$content"/><xsl:value-of select="$alt-close"/>
  </xsl:template>

  <xsl:template name="hook-choice">
    <xsl:param name="glued"/><xsl:param name="kind"/><xsl:param name="source"/><xsl:param name="edit"/><xsl:param name="edit-text"/>
    <xsl:copy-of select="$source"/>
    <xsl:choose>
      <xsl:when test="not(string($glued))">
        <xsl:text> </xsl:text><xsl:value-of select="$bracket-open"/><xsl:copy-of select="$edit"/><xsl:value-of select="$bracket-close"/>
      </xsl:when>
      <xsl:when test="normalize-space($edit)"><xsl:value-of select="$alt-open"/><xsl:copy-of select="$edit"/><xsl:value-of select="$alt-close"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="hook-unhandled">
    <xsl:choose>
      <xsl:when test="contains($block-elements, concat('|', local-name(), '|'))"><xsl:call-template name="container"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================ inline ============================ -->
  <xsl:template match="tei:lb"><xsl:value-of select="$LB"/></xsl:template>
  <!-- A page or column break separates words unless it says break="no". -->
  <xsl:template match="tei:pb | tei:cb"><xsl:if test="not(@break = 'no')"><xsl:text> </xsl:text></xsl:if></xsl:template>
  <xsl:template match="tei:rt"><xsl:text>(</xsl:text><xsl:apply-templates/><xsl:text>)</xsl:text></xsl:template>
  <!-- An image is not text; its description or label is. -->
  <xsl:template match="tei:graphic"><xsl:for-each select="tei:desc | tei:label"><xsl:text> </xsl:text><xsl:apply-templates/></xsl:for-each></xsl:template>
  <xsl:template match="tei:ptr"><xsl:value-of select="@target"/></xsl:template>

  <xsl:template match="tei:note">
    <xsl:variable name="moves"><xsl:call-template name="note-moves"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="not(string($moves))"><xsl:call-template name="container"/></xsl:when>
      <!-- the edition's own notes are not the page's words: not in the diplomatic view -->
      <xsl:when test="$view = 'diplomatic' and @subtype = 'edition'"/>
      <xsl:when test="$view = 'diplomatic' or (@place = 'inline' and not(.//tei:p or .//tei:lg or .//tei:list))">
        <xsl:call-template name="interpolation-space"><xsl:with-param name="side" select="'before'"/></xsl:call-template>
        <xsl:value-of select="$bracket-open"/><xsl:apply-templates/><xsl:value-of select="$bracket-close"/>
        <xsl:call-template name="interpolation-space"><xsl:with-param name="side" select="'after'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="marker"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="marker">
    <xsl:variable name="n"><xsl:call-template name="note-number"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$note-style = 'superscript' and translate($n, '0123456789', '') = ''">
        <xsl:value-of select="translate($n, '0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹')"/>
      </xsl:when>
      <xsl:otherwise>[<xsl:value-of select="$n"/>]</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="endnotes">
    <xsl:variable name="notes" select="$content//tei:note[not(parent::tei:div or parent::tei:body or parent::tei:back
                 or parent::tei:front or parent::tei:div1 or parent::tei:div2 or parent::tei:div3
                 or parent::tei:listBibl or parent::tei:note or parent::tei:app)]
                 [not(@place = 'inline' and not(.//tei:p or .//tei:lg or .//tei:list))]
                 [not(ancestor::*[@type = 'register'][parent::tei:standOff])]"/>
    <xsl:if test="$notes">
      <xsl:call-template name="wrap-para"><xsl:with-param name="text" select="$label-notes"/><xsl:with-param name="heading" select="true()"/></xsl:call-template>
      <xsl:for-each select="$notes">
        <xsl:variable name="n"><xsl:call-template name="note-number"/></xsl:variable>
        <xsl:variable name="mark" select="concat($n, '. ')"/>
        <xsl:call-template name="wrap-para">
          <xsl:with-param name="text"><xsl:value-of select="$mark"/><xsl:apply-templates/></xsl:with-param>
          <xsl:with-param name="rest" select="substring('            ', 1, string-length($mark))"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- ============================ provenance ============================ -->
  <xsl:template name="provenance">
    <xsl:variable name="sd" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="digital" select="$sd/tei:bibl[@type='digital']"/>
    <xsl:variable name="pub" select="$header/tei:fileDesc/tei:publicationStmt"/>
    <xsl:value-of select="$NL"/><xsl:value-of select="$NL"/>
    <xsl:value-of select="substring('------------------------------------------------------------------------', 1, 24)"/>
    <xsl:call-template name="wrap-para"><xsl:with-param name="text" select="$label-provenance"/><xsl:with-param name="heading" select="true()"/></xsl:call-template>
    <xsl:if test="$printed-source">
      <xsl:call-template name="wrap-para"><xsl:with-param name="text"><xsl:value-of select="$label-source"/><xsl:text> </xsl:text><xsl:call-template name="source-citation"/></xsl:with-param></xsl:call-template>
    </xsl:if>
    <xsl:if test="$digital">
      <xsl:call-template name="wrap-para"><xsl:with-param name="text">
        <xsl:value-of select="$label-transcription"/><xsl:text> </xsl:text>
        <xsl:value-of select="normalize-space($digital/tei:title[not(@level='a')][1] | $digital/tei:title[1][not(../tei:title[not(@level='a')])])"/>
        <xsl:for-each select="$digital/tei:publisher[1]">, <xsl:value-of select="normalize-space(.)"/></xsl:for-each>.
        <xsl:for-each select="$digital/tei:respStmt"><xsl:text> </xsl:text><xsl:value-of select="normalize-space(tei:resp)"/> by <xsl:value-of select="normalize-space((tei:persName | tei:name | tei:orgName)[1])"/>.</xsl:for-each>
        <xsl:for-each select="$digital/tei:date[1]"><xsl:text> </xsl:text><xsl:if test="@type = 'last-updated'"><xsl:value-of select="$label-last-updated"/><xsl:text> </xsl:text></xsl:if><xsl:value-of select="normalize-space(.)"/>.</xsl:for-each>
        <xsl:for-each select="$digital/tei:ref[@target]"><xsl:text> </xsl:text><xsl:call-template name="safe-url"><xsl:with-param name="url" select="@target"/><xsl:with-param name="web-only" select="true()"/></xsl:call-template></xsl:for-each>
      </xsl:with-param></xsl:call-template>
    </xsl:if>
    <xsl:if test="$pub">
      <xsl:call-template name="wrap-para"><xsl:with-param name="text">
        <xsl:value-of select="$label-edition"/><xsl:text> </xsl:text>
        <xsl:for-each select="$header/tei:fileDesc/tei:editionStmt/tei:edition[1]"><xsl:value-of select="normalize-space(.)"/>. </xsl:for-each>
        <xsl:value-of select="normalize-space($pub/tei:publisher[1])"/>
        <xsl:for-each select="$pub/tei:date[1]">, <xsl:value-of select="normalize-space((. | @when)[normalize-space()][1])"/></xsl:for-each>.
        <xsl:for-each select="$pub/tei:availability/tei:licence[1]"><xsl:text> </xsl:text><xsl:value-of select="normalize-space(.)"/><xsl:variable name="u"><xsl:call-template name="safe-url"><xsl:with-param name="url" select="@target"/><xsl:with-param name="web-only" select="true()"/></xsl:call-template></xsl:variable><xsl:if test="string($u)"> &lt;<xsl:value-of select="$u"/>&gt;</xsl:if></xsl:for-each>
      </xsl:with-param></xsl:call-template>
    </xsl:if>
    <xsl:if test="$header/tei:revisionDesc/tei:change">
      <xsl:call-template name="wrap-para"><xsl:with-param name="text" select="$label-revisions"/></xsl:call-template>
      <xsl:for-each select="$header/tei:revisionDesc/tei:change">
        <xsl:call-template name="wrap-para">
          <xsl:with-param name="tight" select="true()"/>
          <xsl:with-param name="text">- <xsl:if test="@when"><xsl:value-of select="@when"/>: </xsl:if><xsl:value-of select="normalize-space(.)"/></xsl:with-param>
          <xsl:with-param name="rest" select="'  '"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- ============================ index ============================ -->
  <!-- The index of names (indexes.xsl has the rest): per kind a heading and one entry per
       line, its wrapped lines indented; each place an entry is mentioned is listed once. -->
  <xsl:template name="index-text">
    <xsl:if test="$show-index"><xsl:call-template name="index-text-entries"/></xsl:if>
  </xsl:template>

  <xsl:template name="index-text-entries">
    <!-- the entries found once (each // walks the whole document), then split by kind -->
    <xsl:variable name="entries" select="(//tei:person | //tei:place | //tei:org)[@xml:id and tk:mentioned()]"/>
    <xsl:if test="$entries">
      <xsl:call-template name="wrap-para"><xsl:with-param name="text" select="$label-index"/></xsl:call-template>
      <xsl:if test="$turns-have-sp or $turns-have-u"><xsl:call-template name="wrap-para"><xsl:with-param name="text" select="$label-index-turns"/></xsl:call-template></xsl:if>
      <xsl:call-template name="index-text-kind"><xsl:with-param name="label" select="$label-index-persons"/><xsl:with-param name="entries" select="$entries[self::tei:person]"/></xsl:call-template>
      <xsl:call-template name="index-text-kind"><xsl:with-param name="label" select="$label-index-places"/><xsl:with-param name="entries" select="$entries[self::tei:place]"/></xsl:call-template>
      <xsl:call-template name="index-text-kind"><xsl:with-param name="label" select="$label-index-orgs"/><xsl:with-param name="entries" select="$entries[self::tei:org][not(@type = 'periodical')]"/></xsl:call-template>
      <xsl:call-template name="index-text-kind"><xsl:with-param name="label" select="$label-index-periodicals"/><xsl:with-param name="entries" select="$entries[self::tei:org][@type = 'periodical']"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="index-text-kind">
    <xsl:param name="label"/><xsl:param name="entries"/>
    <xsl:if test="$entries">
      <xsl:call-template name="wrap-para"><xsl:with-param name="text" select="$label"/></xsl:call-template>
      <xsl:for-each select="$entries">
        <xsl:sort select="normalize-space((tei:persName | tei:placeName | tei:orgName | tei:name)[@type='preferred' or not(@type)][1])"/>
        <xsl:call-template name="wrap-para">
          <xsl:with-param name="tight" select="true()"/>
          <xsl:with-param name="rest" select="'  '"/>
          <xsl:with-param name="text">
            <xsl:text>- </xsl:text><xsl:call-template name="entry-name"/>
            <xsl:variable name="variants"><xsl:call-template name="entry-variants"/></xsl:variable>
            <xsl:if test="string($variants)"> (<xsl:value-of select="$variants"/>)</xsl:if>
            <xsl:for-each select="tei:ptr[@type='authority'] | tei:idno[@type='URI']">
              <xsl:variable name="url"><xsl:call-template name="safe-url"><xsl:with-param name="url" select="@target | self::tei:idno"/><xsl:with-param name="web-only" select="true()"/></xsl:call-template></xsl:variable>
              <xsl:if test="string($url)"> &lt;<xsl:value-of select="$url"/>&gt;</xsl:if>
            </xsl:for-each>
            <xsl:text>: </xsl:text>
            <xsl:call-template name="index-locators"><xsl:with-param name="linked" select="false()"/></xsl:call-template>
            <xsl:call-template name="index-speaker"><xsl:with-param name="linked" select="false()"/></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- ============================ wrapping ============================ -->
  <xsl:template name="out-line">
    <xsl:param name="s"/>
    <xsl:if test="normalize-space($s)"><xsl:value-of select="$NL"/><xsl:value-of select="normalize-space($s)"/></xsl:if>
  </xsl:template>

  <!-- One paragraph: blank line before (unless tight), lb segments on lines of their own, a rule
       under a heading. It is written out marked (U+E001, or U+E004 when tight; rest; U+E002;
       the text; U+E003, or U+E005 under a heading) and tei.render.wrap collapses its white
       space, drops it when it has no text, and cuts its lines, in one pass in Python (the
       recursive XSLT 1.0 wrap copied the rest of the paragraph for every line: the slowest
       part of the text edition; and collapsing, testing and measuring each paragraph here cost
       more than wrapping it there). The container writes its paragraphs the same way without
       calling this template (a text parameter is a result-tree fragment per paragraph). -->
  <xsl:template name="wrap-para">
    <xsl:param name="text"/>
    <xsl:param name="rest" select="''"/>
    <xsl:param name="tight" select="false()"/>
    <xsl:param name="heading" select="false()"/>
    <xsl:choose>
      <xsl:when test="$tight">&#xE004;</xsl:when>
      <xsl:otherwise>&#xE001;</xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="$rest"/><xsl:text>&#xE002;</xsl:text><xsl:value-of select="$text"/>
    <xsl:choose>
      <xsl:when test="$heading">&#xE005;</xsl:when>
      <xsl:otherwise>&#xE003;</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="text()"><xsl:value-of select="."/></xsl:template>
</xsl:stylesheet>
