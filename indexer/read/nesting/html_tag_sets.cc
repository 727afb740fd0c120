// Definitions of the tag categories of html_tag_sets.h.
#include "read/nesting/html_tag_sets.h"

#include <initializer_list>

namespace almanac::index::html {
namespace {

TagSet tag_set(std::initializer_list<GumboTag> tags, TagSet base = {}) {
  for (GumboTag tag : tags) base.set(tag);
  return base;
}

}  // namespace

#define T(name) GUMBO_TAG_##name
const TagSet kVoid = tag_set({T(AREA), T(BASE), T(BASEFONT), T(BGSOUND), T(BR), T(COL),
                              T(EMBED), T(FRAME), T(HR), T(IMAGE), T(IMG), T(INPUT),
                              T(ISINDEX), T(KEYGEN), T(LINK), T(META), T(PARAM), T(SOURCE),
                              T(TRACK), T(WBR)});
const TagSet kMerged = tag_set({T(HTML), T(HEAD), T(BODY)});
const TagSet kRawText = tag_set({T(SCRIPT), T(STYLE), T(XMP), T(IFRAME), T(NOEMBED),
                                 T(NOFRAMES), T(TEXTAREA), T(TITLE)});
const TagSet kScope = tag_set({T(APPLET), T(CAPTION), T(HTML), T(TABLE), T(TD), T(TH),
                               T(MARQUEE), T(OBJECT), T(TEMPLATE), T(MI), T(MO), T(MN), T(MS),
                               T(MTEXT), T(ANNOTATION_XML), T(FOREIGNOBJECT), T(DESC),
                               T(TITLE)});
const TagSet kButtonScope = tag_set({T(BUTTON)}, kScope);
const TagSet kListScope = tag_set({T(OL), T(UL)}, kScope);
const TagSet kTableScope = tag_set({T(HTML), T(TABLE), T(TEMPLATE)});
const TagSet kTableRoot = tag_set({T(HTML), T(TEMPLATE)});
const TagSet kSpecial = tag_set(
    {T(ADDRESS), T(APPLET), T(AREA), T(ARTICLE), T(ASIDE), T(BASE), T(BASEFONT), T(BGSOUND),
     T(BLOCKQUOTE), T(BODY), T(BR), T(BUTTON), T(CAPTION), T(CENTER), T(COL), T(COLGROUP),
     T(DD), T(DETAILS), T(DIR), T(DIV), T(DL), T(DT), T(EMBED), T(FIELDSET), T(FIGCAPTION),
     T(FIGURE), T(FOOTER), T(FORM), T(FRAME), T(FRAMESET), T(H1), T(H2), T(H3), T(H4), T(H5),
     T(H6), T(HEAD), T(HEADER), T(HGROUP), T(HR), T(HTML), T(IFRAME), T(IMG), T(INPUT),
     T(ISINDEX), T(LI), T(LINK), T(LISTING), T(MAIN), T(MARQUEE), T(MENU), T(MENUITEM),
     T(META), T(NAV), T(NOEMBED), T(NOFRAMES), T(NOSCRIPT), T(OBJECT), T(OL), T(P), T(PARAM),
     T(PLAINTEXT), T(PRE), T(SCRIPT), T(SECTION), T(SELECT), T(SOURCE), T(STYLE), T(SUMMARY),
     T(TABLE), T(TBODY), T(TD), T(TEMPLATE), T(TEXTAREA), T(TFOOT), T(TH), T(THEAD), T(TITLE),
     T(TR), T(TRACK), T(UL), T(WBR), T(XMP), T(MI), T(MO), T(MN), T(MS), T(MTEXT),
     T(ANNOTATION_XML), T(FOREIGNOBJECT), T(DESC)});
const TagSet kFormatting = tag_set({T(A), T(B), T(BIG), T(CODE), T(EM), T(FONT), T(I), T(NOBR),
                                    T(S), T(SMALL), T(STRIKE), T(STRONG), T(TT), T(U)});
const TagSet kMarker = tag_set({T(APPLET), T(OBJECT), T(MARQUEE), T(TEMPLATE), T(TD), T(TH),
                                T(CAPTION)});
// Start tags that close an open <p> in button scope (<table> is left out: not in quirks mode).
const TagSet kClosesP = tag_set(
    {T(ADDRESS), T(ARTICLE), T(ASIDE), T(BLOCKQUOTE), T(CENTER), T(DETAILS), T(DIR), T(DIV),
     T(DL), T(FIELDSET), T(FIGCAPTION), T(FIGURE), T(FOOTER), T(HEADER), T(HGROUP), T(MAIN),
     T(MENU), T(NAV), T(OL), T(P), T(SECTION), T(SUMMARY), T(UL), T(H1), T(H2), T(H3), T(H4),
     T(H5), T(H6), T(PRE), T(LISTING), T(FORM), T(PLAINTEXT), T(HR), T(XMP), T(LI), T(DD),
     T(DT)});
const TagSet kHeading = tag_set({T(H1), T(H2), T(H3), T(H4), T(H5), T(H6)});
const TagSet kLineBlock = tag_set({T(P), T(DIV), T(LI), T(TD), T(TH), T(TR), T(DT), T(DD),
                                   T(TABLE), T(SECTION), T(ARTICLE), T(BLOCKQUOTE), T(UL),
                                   T(OL), T(DL), T(CENTER), T(ADDRESS), T(PRE), T(BR)},
                                  kHeading);
const TagSet kTableSection = tag_set({T(TBODY), T(THEAD), T(TFOOT)});
const TagSet kTableEnd = tag_set({T(TABLE), T(TBODY), T(THEAD), T(TFOOT), T(TR), T(TD), T(TH),
                                  T(CAPTION), T(COLGROUP)});
const TagSet kRowContext = tag_set({T(TR), T(TBODY), T(THEAD), T(TFOOT), T(TABLE), T(CAPTION)});
const TagSet kTableContext = tag_set({T(TD), T(TH)}, kRowContext);
const TagSet kSelectScope = ~tag_set({T(OPTION), T(OPTGROUP)});
// Start tags after which a <frameset> can no longer replace the body ("frameset-ok"), as
// text other than whitespace does.
const TagSet kFramesetNotOk = tag_set({T(APPLET), T(MARQUEE), T(OBJECT), T(TABLE), T(AREA),
                                       T(BR), T(EMBED), T(IMG), T(IMAGE), T(KEYGEN), T(WBR),
                                       T(INPUT), T(HR), T(PRE), T(LISTING), T(LI), T(DD), T(DT),
                                       T(BUTTON), T(XMP), T(IFRAME), T(SELECT), T(TEXTAREA),
                                       T(ISINDEX)});
const TagSet kTableTag = tag_set({T(CAPTION), T(TABLE), T(TBODY), T(TFOOT), T(THEAD), T(TR),
                                  T(TD), T(TH)});
// SVG and MathML elements whose content is parsed as HTML (annotation-xml only sometimes:
// taking it as HTML errs towards a deeper estimate).
const TagSet kIntegrationPoint = tag_set({T(MI), T(MO), T(MN), T(MS), T(MTEXT),
                                          T(ANNOTATION_XML), T(FOREIGNOBJECT), T(DESC),
                                          T(TITLE)});
// HTML start tags that end SVG or MathML content (<font> only with color, face or size).
const TagSet kBreakout = tag_set(
    {T(B), T(BIG), T(BLOCKQUOTE), T(BODY), T(BR), T(CENTER), T(CODE), T(DD), T(DIV), T(DL),
     T(DT), T(EM), T(EMBED), T(H1), T(H2), T(H3), T(H4), T(H5), T(H6), T(HEAD), T(HR), T(I),
     T(IMG), T(LI), T(LISTING), T(MENU), T(META), T(NOBR), T(OL), T(P), T(PRE), T(RUBY), T(S),
     T(SMALL), T(SPAN), T(STRONG), T(STRIKE), T(SUB), T(SUP), T(TABLE), T(TT), T(U), T(UL),
     T(VAR)});
#undef T

}  // namespace almanac::index::html
