#!/usr/bin/env python3
"""The W3C Feed Validation Service's rules, checked offline.

    check_feed_rules.py [--now RFC3339] FEED.xml [FEED.xml ...]

The W3C service (validator.w3.org/feed, the `feedvalidator` project, w3c/feedvalidator on
GitHub) is not packaged for PyPI or Debian and needs the network, so this script carries
its rules for everything jaunumi writes: RSS 2.0 (with its `atom`, `content`, `dc` and
`media` namespaces) and Atom 1.0. The rules were learnt from the validator's source; the
code is this project's own. Where the validator's behaviour depends on where a feed is
served (`SelfDoesntMatchLocation`, the HTTP `Content-Type`), the rule is left out, and the
feed is taken to be served at its own `rel="self"` address (for `LinkPastEnd`).

Every error and every warning is reported, one line each:

    PATH:LINE: ELEMENT: message (MessageClass, error|warning)

where MessageClass is the name the validator gives the message (its documentation pages are
named after it). The validator's informational notes (`MissingDCLanguage`, `NonstdPrefix`,
...) are not findings. `--now` fixes the clock that `ImplausibleDate` compares with.

Prints `N passed, N failed` (one per feed) at the end and exits 1 when anything was found.
Python 3.11 standard library only.
"""

import datetime as dt
import email.utils
import html.entities
import re
import sys
import unicodedata
import urllib.parse
import xml.sax
import xml.sax.handler

# ---------------------------------------------------------------------------------------
# Message classes: the validator's names, whether it counts them as errors or warnings,
# and what they mean, in this project's words.
# ---------------------------------------------------------------------------------------

ERROR, WARNING = "error", "warning"

MESSAGES = {
    # The document
    "SAXError": (ERROR, "not well-formed XML: {value}"),
    "UnicodeError": (ERROR, "not UTF-8 as declared: {value}"),
    "BadXmlVersion": (ERROR, "XML version {value} (only 1.0 is read)"),
    "EncodingMismatch": (WARNING, "the document declares encoding {value}"),
    "InvalidNamespace": (ERROR, "{value} is not the namespace of this element"),
    "MissingNamespace": (ERROR, "element outside its namespace"),
    "UnknownNamespace": (WARNING, "namespace {value} is not one the validator knows"),
    "UnsupportedNamespace": (WARNING, "namespace {value} is known but not checked"),
    "ReservedPrefix": (WARNING, "prefix {value} is reserved for another namespace"),
    "MediaRssNamespace": (ERROR, "Media RSS namespace without its trailing slash: {value}"),
    "AvoidNamespacePrefix": (WARNING, "avoid the {value} prefix in an Atom document"),
    "UndefinedElement": (ERROR, "undefined element {value}"),
    "QuestionableUsage": (WARNING, "{value} is not defined here, only elsewhere"),
    "UndeterminableVocabulary": (WARNING, "{value} has no namespace"),
    "UnexpectedAttribute": (ERROR, "unexpected attribute {value}"),
    "UseOfExtensionAttr": (WARNING, "extension attribute {value} on an RSS core element"),
    "UnexpectedText": (ERROR, "text where only elements belong"),
    "UnexpectedWhitespace": (ERROR, "leading or trailing whitespace"),
    "BadCharacters": (WARNING, "mis-decoded characters (C1 controls, U+FFFD or mojibake)"),
    "DuplicateElement": (ERROR, "more than one {value}"),
    "MissingElement": (ERROR, "missing {value}"),
    "MissingTitle": (ERROR, "missing title"),
    "MissingLink": (ERROR, "missing link"),
    "MissingDescription": (ERROR, "missing description"),
    "MissingAttribute": (ERROR, "missing attribute {value}"),
    "NotBlank": (WARNING, "empty"),
    "AttrNotBlank": (WARNING, "empty attribute {value}"),
    # RSS
    "InvalidRSSVersion": (ERROR, "RSS version {value}"),
    "MissingAtomSelfLink": (WARNING, "no atom:link rel=\"self\" giving the feed's own address"),
    "MisplacedItem": (WARNING, "channel metadata after an item"),
    "ItemMustContainTitleOrDescription": (ERROR, "an item needs a title or a description"),
    "MissingGuid": (WARNING, "no guid"),
    "InvalidHttpGUID": (ERROR, "a permalink guid must be a full URL: {value}"),
    "InvalidPermalink": (ERROR, "a permalink guid cannot be a tag: or urn:uuid: URI: {value}"),
    "NotSufficientlyUnique": (WARNING, "guid {value} is too short a number to be unique"),
    "InvalidBooleanAttribute": (ERROR, "{value} must be true or false"),
    "DuplicateValue": (ERROR, "{value} repeats an earlier one"),
    "DuplicateEnclosure": (WARNING, "more than one enclosure"),
    "NeedDescriptionBeforeContent": (WARNING, "content:encoded without a description before it"),
    "DuplicateSemantics": (WARNING, "{value} duplicates a core element"),
    "DuplicateItemSemantics": (WARNING, "{value} duplicates a core element"),
    "ImageLinkDoesntMatch": (WARNING, "image link differs from the channel link"),
    "ImageTitleDoesntMatch": (WARNING, "image title differs from the channel title"),
    "ImageUrlFormat": (WARNING, "image url is not a GIF, JPEG or PNG: {value}"),
    "InvalidWidth": (ERROR, "width {value} (1 to 144)"),
    "InvalidHeight": (ERROR, "height {value} (1 to 400)"),
    "CharacterData": (WARNING, "encode & and < in plain text as &#x26; and &#x3C;: {value}"),
    "UseZeroForUnknown": (ERROR, "length -1: use 0 for an unknown length"),
    "InvalidURLAttribute": (ERROR, "{value} must be a full http(s) URL"),
    "InvalidMediaTextType": (ERROR, "type {value} (plain or html)"),
    "InvalidMediaMedium": (ERROR, "medium {value}"),
    "InvalidMediaExpression": (ERROR, "expression {value}"),
    "InvalidFloat": (ERROR, "not a number: {value}"),
    # Values
    "InvalidLink": (ERROR, "not a valid URI: {value}"),
    "InvalidFullLink": (ERROR, "not a full, valid URL: {value}"),
    "InvalidIRI": (ERROR, "not a valid IRI: {value}"),
    "InvalidUriChar": (ERROR, "character {char} cannot appear in a URI: {value}"),
    "InvalidURIAttribute": (ERROR, "not a valid URI: {value}"),
    "InvalidTAG": (ERROR, "not a valid tag: URI: {value}"),
    "InvalidURN": (ERROR, "not a valid URN: {value}"),
    "InvalidUUID": (ERROR, "not a valid urn:uuid: {value}"),
    "SchemeNotIANARegistered": (WARNING, "URI scheme {value} is not registered with IANA"),
    "NonCanonicalURI": (WARNING, "not in canonical form ({value})"),
    "InvalidRFC2822Date": (ERROR, "not an RFC 822 date-time: {value}"),
    "IncorrectDOW": (ERROR, "day of week {value} does not match the date"),
    "ProblematicalRFC822Date": (WARNING, "RFC 822 date-time in a form readers often miss: {value}"),
    "InvalidRFC3339Date": (ERROR, "not an RFC 3339 date-time: {value}"),
    "ImplausibleDate": (WARNING, "implausible date (before 1990 or in the future): {value}"),
    "InvalidLanguage": (ERROR, "not an ISO 639 language code the validator knows: {value}"),
    "InvalidIntegerAttribute": (ERROR, "{value} is not an integer"),
    "InvalidNonNegativeInteger": (ERROR, "not a non-negative integer: {value}"),
    "InvalidPositiveInteger": (ERROR, "not a positive integer: {value}"),
    "InvalidMIMEAttribute": (ERROR, "not a MIME type: {value}"),
    "InvalidMIMEType": (ERROR, "not a MIME type: {value}"),
    "ContainsHTML": (WARNING, "HTML in an element meant for plain text: {value}"),
    "ContainsUndeclaredHTML": (WARNING, "HTML in text declared as plain text: {value}"),
    "ContainsEmail": (WARNING, "an e-mail address in a name"),
    "InvalidAddrSpec": (ERROR, "not an e-mail address: {value}"),
    # HTML
    "NotHtml": (WARNING, "invalid HTML: {value}"),
    "SecurityRisk": (WARNING, "should not contain the {value} element"),
    "SecurityRiskAttr": (WARNING, "should not contain the {value} attribute"),
    "DangerousStyleAttr": (WARNING, "style attribute with unsafe content: {value}"),
    "ContainsRelRef": (WARNING, "relative URL reference: {value}"),
    "HtmlFragment": (WARNING, "{value} content is a fragment, not a document"),
    # Atom
    "MissingSelf": (WARNING, "no link rel=\"self\" giving the feed's own address"),
    "SelfNotAtom": (WARNING, "a self link's type should be a feed's media type: {value}"),
    "RelativeSelf": (WARNING, "relative self link: {value}"),
    "UnregisteredAtomLinkRel": (WARNING, "link relation {value} is not registered"),
    "FeedHistoryRelInEntry": (WARNING, "paging relation {value} in an entry"),
    "AtomLinkNotEmpty": (WARNING, "a link carries no text"),
    "MissingHref": (ERROR, "missing href"),
    "DuplicateAtomLink": (ERROR, "two alternate links with the same type and hreflang: {value}"),
    "LinkPastEnd": (ERROR, "{value} link past the end of the list"),
    "MisplacedMetadata": (ERROR, "feed metadata after an entry"),
    "InvalidTextType": (ERROR, "text construct type {value} (text, html or xhtml)"),
    "MissingTypeAttr": (WARNING, "content with src but no type"),
    "MissingXhtmlDiv": (ERROR, "xhtml content must be wrapped in an xhtml:div"),
    "NotBase64": (ERROR, "content of type {value} must be base64"),
    "MissingTextualContent": (WARNING, "an entry should have content or a summary"),
    "MissingContentOrAlternate": (ERROR, "an entry needs content or an alternate link"),
    "MissingSummary": (ERROR, "an entry whose content is not textual needs a summary"),
    "DuplicateEntries": (WARNING, "two entries with the same id: {value}"),
    "DuplicateIds": (ERROR, "every entry has the same id"),
    "DuplicateUpdated": (WARNING, "two entries with the same updated: {value}"),
}

# ---------------------------------------------------------------------------------------
# Facts the rules need, as the validator has them.
# ---------------------------------------------------------------------------------------

ATOM = "http://www.w3.org/2005/Atom"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XHTML = "http://www.w3.org/1999/xhtml"

# The namespaces the validator knows, by their usual prefix.
NAMESPACES = {
    "http://www.bloglines.com/about/specs/fac-1.0": "access",
    "http://webns.net/mvcb/": "admin",
    "http://purl.org/rss/1.0/modules/aggregation/": "ag",
    "http://purl.org/rss/1.0/modules/annotate/": "annotate",
    "http://www.w3.org/2007/app": "app",
    "http://media.tangent.org/rss/1.0/": "audio",
    "http://backend.userland.com/blogChannelModule": "blogChannel",
    "http://web.resource.org/cc/": "cc",
    "http://www.microsoft.com/schemas/rss/core/2005": "cf",
    "http://backend.userland.com/creativeCommonsRssModule": "creativeCommons",
    "http://purl.org/rss/1.0/modules/company": "company",
    "http://purl.org/rss/1.0/modules/content/": "content",
    "http://conversationsnetwork.org/rssNamespace-1.0/": "conversationsNetwork",
    "http://my.theinfo.org/changed/1.0/rss/": "cp",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://purl.org/dc/terms/": "dcterms",
    "http://purl.org/rss/1.0/modules/email/": "email",
    "http://purl.org/rss/1.0/modules/event/": "ev",
    "http://purl.org/syndication/history/1.0": "fh",
    "http://www.w3.org/2003/01/geo/wgs84_pos#": "geo",
    "http://geourl.org/rss/module/": "geourl",
    "http://www.georss.org/georss": "georss",
    "http://www.opengis.net/gml": "gml",
    "http://postneo.com/icbm": "icbm",
    "http://purl.org/rss/1.0/modules/image/": "image",
    "urn:atom-extension:indexing": "indexing",
    "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
    "http://rssnamespace.org/feedburner/ext/1.0": "feedburner",
    "http://xmlns.com/foaf/0.1/": "foaf",
    "http://purl.org/rss/1.0/modules/link/": "l",
    "http://search.yahoo.com/mrss/": "media",
    "http://www.w3.org/1998/Math/MathML": "mathml",
    "http://a9.com/-/spec/opensearchrss/1.0/": "opensearch10",
    "http://a9.com/-/spec/opensearch/1.1/": "opensearch",
    "http://www.opml.org/spec2": "opml",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs",
    "http://purl.org/rss/1.0/modules/reference/": "ref",
    "http://purl.org/rss/1.0/modules/richequiv/": "reqv",
    "http://purl.org/rss/1.0/modules/rss091#": "rss091",
    "http://purl.org/rss/1.0/modules/search/": "search",
    "http://purl.org/rss/1.0/modules/slash/": "slash",
    "http://purl.org/rss/1.0/modules/servicestatus/": "ss",
    "http://hacks.benhammersley.com/rss/streaming/": "str",
    "http://purl.org/rss/1.0/modules/subscription/": "sub",
    "http://feedsync.org/2007/feedsync": "sx",
    "http://www.w3.org/2000/svg": "svg",
    "http://purl.org/rss/1.0/modules/syndication/": "sy",
    "http://purl.org/rss/1.0/modules/taxonomy/": "taxo",
    "http://purl.org/rss/1.0/modules/threading/": "thr",
    "http://purl.org/syndication/thread/1.0": "thr",
    "http://madskills.com/public/xml/rss/module/trackback/": "trackback",
    "http://wellformedweb.org/CommentAPI/": "wfw",
    "http://purl.org/rss/1.0/modules/wiki/": "wiki",
    "http://www.usemod.com/cgi-bin/mb.pl?ModWiki": "wiki",
    "http://schemas.xmlsoap.org/soap/envelope/": "soap",
    ATOM: "atom",
    XHTML: "xhtml",
    "http://my.netscape.com/rdf/simple/0.9/": "rss090",
    "http://purl.org/rss/1.0/": "rss1",
    "http://purl.org/net/rss1.1#": "rss11",
    "http://base.google.com/ns/1.0": "g",
    XML_NS: "xml",
    "http://openid.net/xmlns/1.0": "openid",
    "http://earth.google.com/kml/2.0": "kml20",
    "http://earth.google.com/kml/2.1": "kml21",
    "http://www.opengis.net/kml/2.2": "kml22",
    "http://www.w3.org/1999/xlink": "xlink",
    "xri://$xrd*($v*2.0)": "xrd",
    "xri://$xrds": "xrds",
}

# ISO 639 codes in the validator's list (two- and three-letter, and x/xx for private use).
# Newer ISO 639-3 codes such as ltg (Latgalian) or liv (Livonian) are not in it.
ISO639 = set(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu
    cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi
    ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks
    ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng
    nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si
    sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur
    uz ve vi vo wa wo xh yi yo za zh zu x xx
    aar abk ace ach ada ady afa afh afr ain aka akk alb ale alg alt amh ang anp apa ara arc
    arg arm arn arp art arw asm ast ath aus ava ave awa aym aze bad bai bak bal bam ban baq
    bas bat bej bel bem ben ber bho bih bik bin bis bla bnt bod bos bra bre btk bua bug bul
    bur byn cad cai car cat cau ceb cel ces cha chb che chg chi chk chm chn cho chp chr chu
    chv chy cmc cop cor cos cpe cpf cpp cre crh crp csb cus cym cze dak dan dar day del den
    deu dgr din div doi dra dsb dua dum dut dyu dzo efi egy eka ell elx eng enm epo est eus
    ewe ewo fan fao fas fat fij fil fin fiu fon fra fre frm fro frr frs fry ful fur gaa gay
    gba gem geo ger gez gil gla gle glg glv gmh goh gon gor got grb grc gre grn gsw guj gwi
    gws hai hat hau haw heb her hil him hin hit hmn hmo hrv hsb hun hup hye iba ibo ice ido
    iii ijo iku ile ilo ina inc ind ine inh ipk ira iro isl ita jav jbo jpn jpr jrb kaa kab
    kac kal kam kan kar kas kat kau kaw kaz kbd kha khi khm kho kik kin kir kmb kok kom kon
    kor kos kpe krc krl kro kru kua kum kur kut lad lah lam lao lat lav lez lim lin lit lol
    loz ltz lua lub lug lui lun luo lus mac mad mag mah mai mak mal man mao map mar mas may
    mdf mdr men mga mic min mis mkd mkh mlg mlt mnc mni mno moh mol mon mos mri msa mul mun
    mus mwl mwr mya myn myv nah nai nap nau nav nbl nde ndo nds nep new nia nic niu nld nno
    nob nog non nor nso nub nwc nya nym nyn nyo nzi oci oji ori orm osa oss ota oto paa pag
    pal pam pan pap pau peo per phi phn pli pol pon por pra pro pus qaa qtz que raj rap rar
    roa roh rom ron rum run rup rus sad sag sah sai sal sam san sas sat scc scn sco scr sel
    sem sga sgn shn sid sin sio sit sla slk slo slv sma sme smi smj smn smo sms sna snd snk
    sog som son sot spa sqi srd srn srp srr ssa ssw suk sun sus sux swa swe syr tah tai tam
    tat tel tem ter tet tgk tgl tha tib tig tir tiv tkl tlh tli tmh tog ton tpi tsi tsn tso
    tuk tum tup tur tut tvl twi tyv udm uga uig ukr umb und urd uzb vai ven vie vol vot wak
    wal war was wel wen wln wol xal xho yao yap yid yor ypk zap zen zha zho znd zul zun
    """.split()
)

# URI schemes the validator takes as registered.
IANA_SCHEMES = set(
    """
    ftp http gopher mailto news nntp telnet wais file prospero z39.50s z39.50r cid mid vemmi
    service imap nfs acap rtsp tip pop data dav opaquelocktoken sip sips tel fax modem ldap
    https soap.beep soap.beeps xmlrpc.beep xmlrpc.beeps urn go h323 ipp tftp mupdate pres im
    mtqp iris.beep dict snmp crid tag dns info aaa aaas cap iax icap iris iris.xpc iris.xpcs
    iris.lwz msrp msrps shttp thismessage tv xmpp
    """.split()
)

# Atom link relations the validator takes as registered (others must be full URIs).
LINK_RELATIONS = set(
    """
    alternate current describedby edit edit-media enclosure first hub last license next
    next-archive payment prev-archive previous related replies search self service up via
    """.split()
)
PAGING_RELATIONS = {"current", "first", "last", "next", "next-archive", "prev-archive", "previous"}

# HTML the validator recognises, and the part of it that it takes as safe in a feed.
HTML_TAGS = set(
    """
    a abbr acronym address applet area article aside audio b base basefont bdi bdo big
    blockquote body br button canvas caption center cite code col colgroup command comment
    data datagrid datalist dd del details dfn dialog dir div dl dt em embed eventsource
    fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header
    hgroup hr html i iframe img input ins isindex kbd label legend li link listing m main
    map mark menu meta meter nav noframes noscript object ol optgroup option output p param
    picture plaintext pre progress q rp rt ruby s samp script section select slot small
    source span strike strong style sub summary sup table tbody td template textarea tfoot
    th thead time title tr track tt u ul var video wbr xmp
    """.split()
)
SAFE_ELEMENTS = set(
    """
    a abbr acronym address area article aside audio b bdi big blockquote br button canvas
    caption center cite code col colgroup command data datagrid datalist dd del details dfn
    dialog dir div dl dt em eventsource fieldset figcaption figure footer font form header h1
    h2 h3 h4 h5 h6 hgroup hr i img input ins keygen kbd label legend li m main map mark menu
    meter multicol nav nextid ol output optgroup option p picture pre progress q rp rt ruby s
    samp section select small sound source spacer span strike strong sub summary sup table
    tbody td template textarea time tfoot th thead tr track tt u ul var video noscript wbr
    """.split()
)
SAFE_ATTRIBUTES = set(
    """
    abbr accept accept-charset accesskey action align allow allowfullscreen
    allowpaymentrequest alt as autoplay autocapitalize autocomplete autofocus axis background
    balance bgcolor bgproperties border bordercolor bordercolordark bordercolorlight
    bottompadding cellpadding cellspacing ch challenge char charoff choff charset checked
    cite class clear color cols colspan compact contenteditable coords crossorigin data
    datafld datapagesize datasrc datetime decoding default delay dir dirname disabled
    download draggable dynsrc enctype end enterkeyhint face for form formenctype frame
    galleryimg gutter headers height hidefocus hidden high href hreflang hspace icon id
    inputmode is ismap itemid itemprop itemref itemscope itemtype kind keytype label lang
    leftspacing loading list longdesc loop loopcount loopend loopstart low lowsrc max
    maxlength media method min minlength multiple muted name nohref nonce noshade nowrap open
    optimum pattern ping placeholder playsinline point-size poster preload prompt pqg
    radiogroup readonly referrerpolicy rel repeat-max repeat-min replace required rev
    reversed rightspacing rows rowspan rules scope selected shape size sizes span spellcheck
    src srclang srcset start step summary suppress tabindex target template title toppadding
    translate type unselectable usemap urn valign value variable volume vspace vrml width
    wrap xml:lang xmlns
    """.split()
)
SAFE_CSS_PROPERTIES = set(
    """
    azimuth background background-color border border-bottom border-bottom-color
    border-bottom-style border-bottom-width border-collapse border-color border-left
    border-left-color border-left-style border-left-width border-right border-right-color
    border-right-style border-right-width border-spacing border-style border-top
    border-top-color border-top-style border-top-width border-width clear color cursor
    direction display elevation float font font-family font-size font-style font-variant
    font-weight height letter-spacing line-height list-style-type margin margin-bottom
    margin-left margin-right margin-top overflow padding padding-bottom padding-left
    padding-right padding-top pause pause-after pause-before pitch pitch-range richness speak
    speak-header speak-numeral speak-punctuation speech-rate stress text-align
    text-decoration text-indent unicode-bidi vertical-align voice-family volume white-space
    width
    """.split()
)
SAFE_CSS_KEYWORDS = set(
    """
    aqua auto black block blue bold both bottom brown center collapse dashed dotted fuchsia
    gray green !important italic left lime maroon medium none navy normal nowrap olive
    pointer purple red right solid silver teal top transparent underline white yellow
    """.split()
)
# HTML's void elements, the raw-text ones, and those whose end tag may be left out at the end.
VOID = set("area base br col embed hr img input keygen link meta param source track wbr".split())
RAW_TEXT = set("script style textarea title xmp iframe noembed noframes plaintext".split())
END_OPTIONAL = set("dd dt li optgroup option p rb rp rt rtc tbody td tfoot th thead tr body html".split())
CLOSES_P = set(
    """
    address article aside blockquote center details dialog dir div dl fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section
    summary table ul listing xmp plaintext
    """.split()
)

# ---------------------------------------------------------------------------------------
# The document, read with line numbers.
# ---------------------------------------------------------------------------------------


class Node:
    def __init__(self, ns, name, attrs, line, parent):
        self.ns, self.name, self.attrs, self.line, self.parent = ns, name, attrs, line, parent
        self.children = []
        self.chunks = []
        self.text = ""
        self.path = ""

    def kids(self, ns, name):
        return [c for c in self.children if c.ns == ns and c.name == name]

    def kid(self, ns, name):
        found = self.kids(ns, name)
        return found[0] if found else None

    def attr(self, name, ns=None):
        return self.attrs.get((ns, name))


class TreeBuilder(xml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.root = None
        self.stack = []
        self.prefixes = []  # (prefix, uri, line)
        self.locator = None

    def setDocumentLocator(self, locator):
        self.locator = locator

    def startPrefixMapping(self, prefix, uri):
        self.prefixes.append((prefix, uri, self.locator.getLineNumber()))

    def startElementNS(self, name, qname, attrs):
        ns, local = name
        values = {key: attrs.getValue(key) for key in attrs.getNames()}
        parent = self.stack[-1] if self.stack else None
        node = Node(ns, local, values, self.locator.getLineNumber(), parent)
        if parent is None:
            self.root = node
        else:
            parent.children.append(node)
        self.stack.append(node)

    def endElementNS(self, name, qname):
        node = self.stack.pop()
        node.text = "".join(node.chunks)

    def characters(self, content):
        self.stack[-1].chunks.append(content)


def label(node, atom_default):
    """The element's name as the validator prints it: prefixed unless it is the document's
    own vocabulary."""
    if node.ns is None or (atom_default and node.ns == ATOM):
        return node.name
    return "%s:%s" % (NAMESPACES.get(node.ns, node.ns), node.name)


def assign_paths(node, atom_default, parent_path=""):
    name = label(node, atom_default)
    siblings = [c for c in node.parent.children if c.ns == node.ns and c.name == node.name] if node.parent else [node]
    index = "[%d]" % (siblings.index(node) + 1) if len(siblings) > 1 else ""
    node.path = (parent_path + "/" if parent_path else "") + name + index
    for child in node.children:
        assign_paths(child, atom_default, node.path)


# ---------------------------------------------------------------------------------------
# The report.
# ---------------------------------------------------------------------------------------


class Report:
    def __init__(self, path, lines, now):
        self.path, self.lines, self.now = path, lines, now
        self.findings = []

    def add(self, line, where, cls, value="", char=""):
        severity, template = MESSAGES[cls]
        message = template.format(value=value, char=char)
        self.findings.append((line, where, cls, severity, message))

    def at(self, node, cls, value="", char=""):
        self.add(node.line, node.path, cls, value, char)

    def hex_reference_on(self, line):
        """The validator's RSS-profile exemption: a line that carries a hexadecimal
        character reference is taken to encode its markup characters deliberately."""
        return 0 < line <= len(self.lines) and "&#x" in self.lines[line - 1]

    def lines_out(self):
        for line, where, cls, severity, message in sorted(self.findings, key=lambda f: f[0]):
            yield "%s:%d: %s: %s (%s, %s)" % (self.path, line, where, message, cls, severity)


# ---------------------------------------------------------------------------------------
# Values.
# ---------------------------------------------------------------------------------------

URI_CHARS = r"[0-9a-zA-Z;/?:@&=+$.\-_!~*'()%,#]"
URI_REFERENCE = re.compile(r"([a-zA-Z][0-9a-zA-Z+\-.]*:)?/{0,2}(\[[0-9A-Fa-f:]+\])?" + URI_CHARS + r"*$")
FULL_URI = re.compile(r"[a-zA-Z][0-9a-zA-Z+\-.]*:(//)?" + URI_CHARS + r"+$")
URN = re.compile(r"[Uu][Rr][Nn]:[a-zA-Z0-9][a-zA-Z0-9-]{1,31}:([a-zA-Z0-9()+,.:=@;$_!*'\-]|%[0-9A-Fa-f]{2})+$")
UUID_URN = re.compile(r"[Uu][Rr][Nn]:[Uu][Uu][Ii][Dd]:[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")
TAG_CHARS = r"[0-9a-zA-Z;/?:@&=+$.\-_!~*'()%,]"
TAG_URI = re.compile(
    r"tag:([a-z0-9\-._]+?@)?[a-z0-9.\-]+?,\d{4}(-\d{2}(-\d{2})?)?:" + TAG_CHARS + r"*(#" + TAG_CHARS + r"*)?$"
)


def check_uri(report, node, where, value, full, error="InvalidLink", iri=False):
    """The validator's URI rule. Returns whether the value passed. `full` demands a scheme;
    `iri` lets non-ASCII characters through (the validator IDNA-encodes IRIs first)."""
    scheme = value.split(":")[0].lower()
    seen = re.sub(r"[^\x00-\x7f]", "a", value) if iri else value
    pattern = FULL_URI if full else URI_REFERENCE
    if scheme == "tag":
        if TAG_URI.match(value):
            return True
        report.add(node.line, where, "InvalidTAG", value)
    elif scheme == "urn":
        if value.lower().startswith("urn:uuid:") and not UUID_URN.match(value):
            report.add(node.line, where, "InvalidUUID", value)
        elif URN.match(value):
            return True
        else:
            report.add(node.line, where, "InvalidURN", value)
    elif not pattern.match(seen):
        bad = next((c for c in seen if ord(c) < 128 and not re.match(URI_CHARS, c)), None)
        if bad is not None:
            report.add(node.line, where, "InvalidUriChar", value, repr(bad))
        else:
            report.add(node.line, where, error, value)
    elif scheme in ("http", "ftp") and not re.match(r"\w+://[^/]", value):
        report.add(node.line, where, error, value)
    elif ":" in value and scheme.isalpha() and scheme not in IANA_SCHEMES:
        report.add(node.line, where, "SchemeNotIANARegistered", scheme)
    else:
        return True
    return False


# RFC 3986 normalisation, as the validator compares identifiers: lower-case scheme and host,
# no default port, no dot segments, percent-escapes decoded where the character needs none
# and upper-cased where it does, NFC text.
UNRESERVED_EXTRA = "-._~"
SUB_DELIMS = "!$&'()*+,;="
PCHAR = UNRESERVED_EXTRA + SUB_DELIMS + ":@"
RESERVED = ":/?#[]@" + SUB_DELIMS
DEFAULT_PORTS = {"ftp": 21, "telnet": 23, "http": 80, "gopher": 70, "news": 119, "nntp": 119,
                 "prospero": 191, "https": 443, "snews": 563, "snntp": 563}


class NotAUri(Exception):
    pass


def normalise_part(part, keep):
    """Decodes a URI component's escapes, NFC-normalises it and encodes it again, keeping
    the escapes of reserved characters that `keep` lets stand as delimiters."""
    if part is None:
        return None
    out, pending = [], bytearray()

    def flush():
        try:
            text = pending.decode("utf-8")
        except UnicodeDecodeError as e:
            raise NotAUri() from e
        text = urllib.parse.unquote(text)
        out.append(urllib.parse.quote(unicodedata.normalize("NFC", text), safe=keep))
        pending.clear()

    i = 0
    while i < len(part):
        c = part[i]
        if c == "%":
            if not re.match(r"[0-9a-fA-F]{2}", part[i + 1:i + 3]):
                raise NotAUri()
            code = int(part[i + 1:i + 3], 16)
            token = part[i:i + 3].upper()
            i += 3
        else:
            if ord(c) > 0x7F:
                raise NotAUri()
            code, token = ord(c), c
            i += 1
        if chr(code) in RESERVED and chr(code) in keep:
            flush()
            out.append(token)
        else:
            pending.append(code)
    flush()
    return "".join(out)


def remove_dots(path):
    out = []
    segments = path.split("/")
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment == ".":
            if last:
                out.append("")
        elif segment == "..":
            if len(out) > 1:
                out.pop()
            if last:
                out.append("")
        else:
            out.append(segment)
    return out


def normalise_host(authority, default_port):
    userinfo, at, host = authority.rpartition("@")
    host = host.lower()
    port = default_port
    match = re.search(r":(\d*)$", host)
    if match:
        if match.group(1):
            port = int(match.group(1))
        host = host[: match.start()]
    if host.endswith(".") and host.rfind(".", 0, -2) >= 0:
        host = host[:-1]
    if host.startswith("[") != host.endswith("]"):
        raise NotAUri()
    if port != default_port:
        host += ":%d" % port
    return (userinfo + "@" if at and userinfo not in ("", ":") else "") + host


def canonical_uri(uri):
    match = re.match(r"(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?$", uri)
    try:
        scheme = match.group(2).lower() if match.group(2) is not None else None
        path = match.group(5)
        if match.group(4) is None:
            authority = None
            if scheme is None and not path.startswith("/"):
                return None
            if scheme == "mailto" and "@" in path:
                local, _, rest = path.partition("@")
                domain, q, query = rest.partition("?")
                path = normalise_part(local, "") + "@" + normalise_part(domain.lower(), "") + (
                    normalise_part(q + query, "") if q else "")
            elif scheme is None or path.startswith("/"):
                path = "/".join(normalise_part(s, PCHAR) for s in remove_dots(path) or [""])
            else:
                path = normalise_part(path, PCHAR + "/")
        else:
            authority = normalise_host(match.group(4), DEFAULT_PORTS.get(scheme))
            segments = remove_dots(path)
            if segments == [""]:
                segments = ["", ""]
            path = "/".join(normalise_part(s, PCHAR) for s in segments)
        query = normalise_part(match.group(7), PCHAR + "/?")
        fragment = normalise_part(match.group(9), PCHAR + "/?")
    except NotAUri:
        return None
    return ((scheme + ":") if scheme is not None else "") + (
        ("//" + authority) if authority is not None else "") + path + (
        ("?" + query) if query is not None else "") + (("#" + fragment) if fragment is not None else "")


def check_canonical_id(report, node, value):
    """Atom ids: a full URI, without surrounding whitespace, in canonical form."""
    stripped = value.strip()
    if check_uri(report, node, node.path, stripped, full=True, error="InvalidFullLink"):
        canonical = canonical_uri(stripped)
        if canonical is None or canonical != value:
            report.at(node, "NonCanonicalURI", "canonical: %s" % (canonical or "none"))


WEEKDAY = r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
RFC2822 = re.compile(
    r"(" + WEEKDAY + r", )?\d\d? " + MONTH + r" \d{4} \d\d:\d\d(:\d\d)? "
    r"([+-]?\d\d[03]0|UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|Z)$"
)
RFC822_LOOSE = re.compile(
    r"(" + WEEKDAY.lower() + r"\s*,\s*)?\d\d?\s+" + MONTH.lower() + r"\s+\d\d(\d\d)?\s+\d\d:\d\d(:\d\d)?\s+"
    r"([+-]\d{4}|ut|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|[a-ik-z])?$"
)


def check_rfc822(report, node, value):
    """RSS dates: RFC 822 as RFC 2822 writes it (four-digit year, English names, a numeric
    offset in whole or half hours or a US zone), the right day of week, a plausible instant."""
    if RFC2822.match(value):
        parsed = email.utils.parsedate_tz(value)
        try:
            day = dt.date(*parsed[:3])
        except (TypeError, ValueError) as e:
            report.at(node, "InvalidRFC2822Date", "%s (%s)" % (value, e))
            return
        if "," in value and day.strftime("%a") != value[:3]:
            report.at(node, "IncorrectDOW", value[:3])
            return
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.timezone.utc)
        if day.year < 1990 or when > report.now + dt.timedelta(minutes=10):
            report.at(node, "ImplausibleDate", value)
        return
    loose = value
    loose = re.sub(r"\\(.)", "", loose)
    while True:
        stripped = re.sub(r"\([^(]*?\)", " ", loose)
        if stripped == loose:
            break
        loose = stripped
    if RFC822_LOOSE.match(loose.strip().lower()):
        report.at(node, "ProblematicalRFC822Date", value)
    else:
        report.at(node, "InvalidRFC2822Date", value)


RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d*)?(Z|[+-]\d\d:\d\d)$")


def check_rfc3339(report, node, raw):
    """Atom dates: RFC 3339 with seconds and an offset, a real date, a plausible instant;
    no whitespace around it."""
    if raw != raw.strip():
        report.at(node, "UnexpectedWhitespace")
    value = raw.strip()
    if not RFC3339.match(value):
        report.at(node, "InvalidRFC3339Date", value)
        return
    try:
        dt.date(int(value[0:4]), int(value[5:7]), int(value[8:10]))
    except ValueError as e:
        report.at(node, "InvalidRFC3339Date", "%s (%s)" % (value, e))
        return
    if int(value[11:13]) > 23 or int(value[14:16]) > 60 or float(value[17:19]) > 60:
        report.at(node, "InvalidRFC3339Date", value)
        return
    tomorrow = (report.now + dt.timedelta(days=1)).astimezone(dt.timezone.utc)
    if value < "1990-01-01" or value > tomorrow.strftime("%Y-%m-%dT%H:%M:%SZ"):
        report.at(node, "ImplausibleDate", value)


def language_ok(value):
    return value.split("-", 1)[0].lower() in ISO639


MIME = r'[^\s()<>,;:\\"/\[\]?=]+'
MIME_TYPE = re.compile(MIME + "/" + MIME + r'(\s*;\s*' + MIME + r'=("(\\"|[^"])*"|' + MIME + r"))*$")


def mime_ok(value):
    return bool(MIME_TYPE.match(value))


ENTITY_LIKE = re.compile(r"&(#?\w+)")
END_TAG = re.compile(r"</(\w+)>")


def check_plain_text(report, node, value, message, rss):
    """Elements meant for plain text: no HTML end tags, no character references that
    readers would decode a second time, and in RSS no `<` or `&#` the RSS profile wants
    written as hexadecimal references (a line that has one is exempt, as in the validator)."""
    tags = [t for t in END_TAG.findall(value) if t.lower() in HTML_TAGS]
    exempt = report.hex_reference_on(node.line)
    if tags:
        report.at(node, message, "</%s>" % tags[0])
    elif ENTITY_LIKE.search(value):
        for name in ENTITY_LIKE.findall(value):
            if (name in html.entities.name2codepoint or name == "apos" or not name.isalpha()) and not exempt:
                report.at(node, message, "&%s;" % name)
    elif rss and re.search(r"&#[x0-9]|<[/a-zA-Z]", value) and not exempt:
        report.at(node, "CharacterData", value if len(value) < 60 else value[:57] + "...")


# ---------------------------------------------------------------------------------------
# HTML: the validator parses it with html5lib in strict mode (any parse error is NotHtml)
# and walks the elements for unsafe markup. This is a smaller parser that reports the parse
# errors news markup runs into (character references, misnested, stray and unclosed tags,
# self-closed non-void elements, repeated attributes, control characters) and then applies
# the same element, attribute and style lists.
# ---------------------------------------------------------------------------------------

TAG = re.compile(r"<(/?)([a-zA-Z][^\s/>\x00]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>", re.S)
ATTRIBUTE = re.compile(r"""([^\s"'>/=\x00]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
HTML5_ENTITIES = html.entities.html5


def reference_errors(text, in_attribute=False):
    errors = []
    for m in re.finditer("&", text):
        rest = text[m.end():]
        if not rest or rest[0] in " \t\n\f<&" or (in_attribute and rest[0] in "\"'"):
            continue
        if rest[0] == "#":
            numeric = re.match(r"#(?:[xX]([0-9a-fA-F]+)|([0-9]+))(;?)", rest)
            if not numeric:
                errors.append("&# without a number")
                continue
            code = int(numeric.group(1), 16) if numeric.group(1) else int(numeric.group(2))
            if not numeric.group(3):
                errors.append("numeric reference without ;")
            if code == 0 or 0xD800 <= code <= 0xDFFF or code > 0x10FFFF or 0x80 <= code <= 0x9F:
                errors.append("reference to an invalid code point")
            continue
        name = max((rest[:n] for n in range(1, 33) if rest[:n] in HTML5_ENTITIES), key=len, default=None)
        if name is None:
            errors.append("& not starting a character reference: &%s" % rest[:10])
        elif not name.endswith(";"):
            errors.append("character reference &%s without ;" % name)
    return errors


def check_style(style):
    """The validator's CSS screen: what in a style attribute it does not take as safe."""
    if not re.match(r"""([:,;#%.\sa-zA-Z0-9!]|\w-\w|'[\s\w]+'|"[\s\w]+"|\([\d,\s]+\))*$""", style):
        return [style]
    if not re.match(r"(\s*[-\w]+\s*:\s*[^:;]*(;|$))*$", style):
        return [style]
    unsafe = []
    for prop, value in re.findall(r"([-\w]+)\s*:\s*([^:;]*)", style.lower()):
        if prop not in SAFE_CSS_PROPERTIES:
            unsafe.append(prop)
        elif prop.split("-")[0] in ("background", "border", "margin", "padding"):
            for word in value.split():
                if word not in SAFE_CSS_KEYWORDS and not re.match(
                    r"(#[0-9a-f]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|\d?\.?\d?\d(cm|em|ex|in|mm|pc|pt|px|%|,|\))?)$", word
                ):
                    unsafe.append(word)
    return list(dict.fromkeys(unsafe))


SCOPE = set("applet caption html table td th marquee object template".split())


def close_implied(stack, names, boundaries):
    """Pops the innermost open element among `names`, with what is open inside it, unless a
    scope boundary comes first."""
    for i in range(len(stack) - 1, -1, -1):
        if stack[i] in names:
            del stack[i:]
            return
        if stack[i] in boundaries:
            return


def check_html(report, node, value):
    """HTML content (an RSS description or content:encoded, an Atom html construct)."""
    problems = []  # parse errors: NotHtml
    if "<?import " in value.lower():
        report.at(node, "SecurityRisk", "?import")
    for c in value:
        if (ord(c) < 0x20 and c not in "\t\n\r\f") or 0x7F <= ord(c) <= 0x9F or 0xFDD0 <= ord(c) <= 0xFDEF or (ord(c) & 0xFFFE) == 0xFFFE:
            problems.append("control character U+%04X" % ord(c))
            break
    stack, pos = [], 0
    while pos < len(value):
        lt = value.find("<", pos)
        text = value[pos:] if lt < 0 else value[pos:lt]
        problems += reference_errors(text)
        if lt < 0:
            break
        if value.startswith("<!--", lt):
            end = value.find("-->", lt + 4)
            pos = len(value) if end < 0 else end + 3
            if end < 0:
                problems.append("unclosed comment")
            continue
        if value.startswith("<!", lt) or value.startswith("<?", lt):
            problems.append("markup declaration or processing instruction")
            end = value.find(">", lt)
            pos = len(value) if end < 0 else end + 1
            continue
        m = TAG.match(value, lt)
        if not m:
            problems.append("< that starts no tag")
            pos = lt + 1
            continue
        pos = m.end()
        closing, name, rest, solidus = m.group(1), m.group(2).lower(), m.group(3), m.group(4)
        if closing:
            if name in VOID or name not in stack:
                problems.append("stray end tag </%s>" % name)
                continue
            while stack[-1] != name:
                left = stack.pop()
                if left not in END_OPTIONAL:
                    problems.append("</%s> closes <%s>" % (name, left))
            stack.pop()
            continue
        attributes, seen = [], set()
        for a in ATTRIBUTE.finditer(rest):
            key = a.group(1).lower()
            val = next((g for g in a.group(2, 3, 4) if g is not None), "")
            if key in seen:
                problems.append("attribute %s twice" % key)
            seen.add(key)
            attributes.append((key, val))
            problems += reference_errors(val, in_attribute=True)
        if name in ("html", "head", "body"):
            problems.append("<%s> inside a fragment" % name)
            continue
        if solidus and name not in VOID:
            problems.append("<%s/> is not a void element" % name)
        # Start tags that end an open element implicitly (no parse error).
        if name in CLOSES_P:
            close_implied(stack, ("p",), SCOPE | {"button"})
        if name == "li":
            close_implied(stack, ("li",), SCOPE | {"ol", "ul"})
        if name in ("dd", "dt"):
            close_implied(stack, ("dd", "dt"), SCOPE)
        if name in ("td", "th", "tr"):
            close_implied(stack, ("td", "th") + (("tr",) if name == "tr" else ()), {"table", "html", "template"})
        if name == "a" and "a" in stack:
            problems.append("<a> inside <a>")
        if re.fullmatch(r"h[1-6]", name) and stack and re.fullmatch(r"h[1-6]", stack[-1]):
            problems.append("<%s> inside <%s>" % (name, stack[-1]))
        # What the validator's walk over the elements reports.
        if name not in HTML_TAGS:
            report.at(node, "NotHtml", "non-HTML element <%s>" % name)
        elif name not in SAFE_ELEMENTS:
            report.at(node, "SecurityRisk", name)
        else:
            for key, val in attributes:
                if key == "style":
                    for unsafe in check_style(val):
                        report.at(node, "DangerousStyleAttr", unsafe)
                elif key not in SAFE_ATTRIBUTES and not key.startswith("data-"):
                    report.at(node, "SecurityRiskAttr", key)
        if name in VOID or solidus:
            continue
        if name in RAW_TEXT:
            end = re.compile(r"</%s\s*>" % re.escape(name), re.I).search(value, pos)
            if end is None:
                problems.append("<%s> never closed" % name)
                pos = len(value)
            else:
                pos = end.end()
            continue
        stack.append(name)
    unclosed = [t for t in stack if t not in END_OPTIONAL]
    if unclosed:
        problems.append("<%s> never closed" % unclosed[-1])
    if problems:
        report.at(node, "NotHtml", problems[0])


ANCHOR = re.compile(r"""<a\s+href=(?:"(.*?)"|'(.*?)'|([\w-]+))[\s>]""", re.I)
IMAGE = re.compile(r"""<img\s+[^>]*src=(?:"(.*?)"|'(.*?)'|([\w-]+))[\s>]""", re.I)


def check_absolute_refs(report, node, value):
    """RSS HTML content: links and images must be absolute (no base URI is defined)."""
    for m in list(IMAGE.finditer(value)) + list(ANCHOR.finditer(value)):
        ref = html.unescape(next((g for g in m.groups() if g is not None), "")).strip()
        if re.match(r"\w+:", ref):
            continue
        bad = next((c for c in ref if ord(c) < 128 and not re.match(URI_CHARS, c)), None)
        if bad is not None:
            report.at(node, "InvalidUriChar", ref, repr(bad))
        else:
            report.at(node, "ContainsRelRef", ref)


# ---------------------------------------------------------------------------------------
# Rules shared by every element.
# ---------------------------------------------------------------------------------------


def bad_characters(text):
    if any(0x80 <= ord(c) <= 0x9F or c == "\ufffd" for c in text):
        return True
    for previous, c in zip(text, text[1:]):
        if 0xC2 <= ord(previous) <= 0xC3 and 0x80 <= ord(c) <= 0xBF:
            try:
                text.encode("iso-8859-1").decode("utf-8")
                return True
            except UnicodeError:
                pass
    return False


def check_everywhere(report, node, expected, rss):
    """xml:lang, unexpected attributes, mis-decoded characters: on every element."""
    lang = node.attr("lang", XML_NS)
    if lang and not language_ok(lang):
        report.at(node, "InvalidLanguage", lang)
    for (ns, name), value in node.attrs.items():
        if bad_characters(value):
            report.at(node, "BadCharacters")
        if ns == XML_NS or (ns, name) in expected:
            continue
        if ns is not None and ns not in NAMESPACES:
            if rss and node.ns is None:
                report.at(node, "UseOfExtensionAttr", "{%s}%s" % (ns, name))
            continue
        report.at(node, "UnexpectedAttribute", name if ns is None else "%s:%s" % (NAMESPACES[ns], name))
    if bad_characters(node.text):
        report.at(node, "BadCharacters")


def check_leaf(report, node, rss):
    """A text-only element: no child elements."""
    for child in node.children:
        report.at(child, "UndefinedElement", label(child, not rss))


def check_container_text(report, node):
    if node.text.strip():
        report.at(node, "UnexpectedText")


def check_duplicates(report, node, names):
    """Children that may appear once."""
    for ns, name in names:
        extra = node.kids(ns, name)[1:]
        for child in extra:
            report.at(child, "DuplicateElement", label(child, node.ns == ATOM))


def unknown_child(report, child, rss, parent_is_atom=False):
    """A child the parent does not define: an error in a namespace the validator knows,
    nothing in one it does not (extensions are free), a warning without a namespace in Atom."""
    if child.ns is None:
        if rss:
            report.at(child, "UndefinedElement", child.name)
        else:
            report.at(child, "UndeterminableVocabulary", child.name)
    elif child.ns in NAMESPACES:
        report.at(child, "UndefinedElement", label(child, not rss))


# ---------------------------------------------------------------------------------------
# Atom links, in RSS channels and items and in Atom feeds and entries.
# ---------------------------------------------------------------------------------------


class Link:
    def __init__(self, node):
        self.node = node
        self.rel = node.attr("rel") or "alternate"
        if self.rel.startswith("http://www.iana.org/assignments/relation/"):
            self.rel = self.rel[len("http://www.iana.org/assignments/relation/"):]
        self.type = node.attr("type") or ""
        self.hreflang = node.attr("hreflang") or ""
        self.href = node.attr("href")


def check_link(report, node, in_feed_level, in_entry, rss=False):
    link = Link(node)
    check_everywhere(report, node, {(None, a) for a in ("type", "title", "rel", "href", "length", "hreflang")}, False)
    for child in node.children:
        report.at(child, "UndefinedElement", label(child, True))
    if node.text.strip():
        report.at(node, "AtomLinkNotEmpty")
    rel = node.attr("rel")
    if rel is not None:
        if not (link.rel in LINK_RELATIONS or FULL_URI.match(re.sub(r"[^\x00-\x7f]", "a", link.rel))):
            report.at(node, "UnregisteredAtomLinkRel", link.rel)
        if not rel:
            report.at(node, "AttrNotBlank", "rel")
        if link.rel in PAGING_RELATIONS and in_entry:
            report.at(node, "FeedHistoryRelInEntry", link.rel)
    if node.attr("type") is not None:
        if not mime_ok(link.type):
            report.at(node, "InvalidMIMEType", link.type)
        elif link.rel == "self" and link.type.split(";")[0] not in (
            "application/atom+xml", "application/rss+xml", "application/rdf+xml"
        ):
            report.at(node, "SelfNotAtom", link.type)
    title = node.attr("title")
    if title is not None:
        if not title:
            report.at(node, "AttrNotBlank", "title")
        check_plain_text(report, node, title, "ContainsHTML", rss)
    length = node.attr("length")
    if length is not None:
        if not re.fullmatch(r"\s*[+-]?\d+\s*", length) or int(length) < 0:
            report.at(node, "InvalidNonNegativeInteger", length)
    if link.hreflang or node.attr("hreflang") is not None:
        if not language_ok(link.hreflang):
            report.at(node, "InvalidLanguage", link.hreflang)
    if link.href is None:
        report.at(node, "MissingHref")
    else:
        check_uri(report, node, node.path + "/@href", link.href, full=False, error="InvalidIRI", iri=True)
        if link.rel == "self" and in_feed_level and not urllib.parse.urlparse(link.href).netloc:
            report.at(node, "RelativeSelf", link.href)
    return link


def check_alternates(report, links):
    """One alternate link per media type and language."""
    seen = set()
    for link in links:
        if link.rel != "alternate":
            continue
        key = (link.type, link.hreflang)
        if key in seen:
            report.at(link.node, "DuplicateAtomLink", "type=%r hreflang=%r" % key)
        seen.add(key)


# ---------------------------------------------------------------------------------------
# RSS 2.0.
# ---------------------------------------------------------------------------------------

DC = "http://purl.org/dc/elements/1.1/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
MEDIA = "http://search.yahoo.com/mrss/"

RSS_CHANNEL_ONCE = ["title", "link", "description", "language", "copyright", "managingEditor", "webMaster",
                    "pubDate", "lastBuildDate", "generator", "docs", "cloud", "ttl", "image", "textInput",
                    "skipHours", "skipDays", "rating"]
RSS_CHANNEL_ELEMENTS = set(RSS_CHANNEL_ONCE) | {"category", "item"}
RSS_ITEM_ONCE = ["title", "link", "description", "author", "comments", "guid", "pubDate", "source"]
RSS_ITEM_ELEMENTS = set(RSS_ITEM_ONCE) | {"category", "enclosure"}
DC_ELEMENTS = set("title description publisher contributor type format identifier source language "
                  "relation coverage rights creator subject date".split())
ATOM_IN_CHANNEL = set("author category contributor generator id icon link logo title subtitle rights updated".split())
ATOM_IN_ITEM = set("id link title summary author contributor content published updated".split())
MEDIA_ELEMENTS = set("adult category copyright credit description keywords hash player rating restriction "
                     "text title thumbnail".split())


def check_rss(report, rss):
    if rss.ns is not None:
        report.at(rss, "InvalidNamespace", rss.ns)
    check_everywhere(report, rss, {(None, "version")}, True)
    version = rss.attr("version")
    if version is None:
        report.at(rss, "MissingAttribute", "version")
    elif version not in ("0.91", "0.92", "2.0"):
        report.at(rss, "InvalidRSSVersion", version)
    check_container_text(report, rss)
    channels = rss.kids(None, "channel")
    if not channels:
        report.at(rss, "MissingElement", "channel")
    for extra in channels[1:]:
        report.at(extra, "DuplicateElement", "channel")
    for child in rss.children:
        if (child.ns, child.name) != (None, "channel"):
            unknown_child(report, child, True)
    for channel in channels:
        check_channel(report, channel, version or "")


def check_channel(report, channel, version):
    check_everywhere(report, channel, set(), True)
    check_container_text(report, channel)
    for name, cls in (("description", "MissingDescription"), ("link", "MissingLink"), ("title", "MissingTitle")):
        if not channel.kids(None, name):
            report.at(channel, cls, name)
    check_duplicates(report, channel, [(None, n) for n in RSS_CHANNEL_ONCE])
    check_duplicates(report, channel, [(DC, n) for n in ("language", "rights", "date")])
    pending_items = []
    links, guids = [], {}
    channel_link = channel.kid(None, "link")
    channel_title = channel.kid(None, "title")
    for child in channel.children:
        key = (child.ns, child.name)
        if key == (None, "item"):
            pending_items.append(child)
            check_item(report, child, version, guids)
            continue
        if (child.ns is None and child.name in RSS_CHANNEL_ELEMENTS) or key == (ATOM, "link"):
            # Channel metadata after items: each item before it is out of place.
            for item in pending_items:
                report.at(item, "MisplacedItem")
            pending_items = []
        if child.ns is None and child.name in RSS_CHANNEL_ELEMENTS:
            check_channel_element(report, child, channel_link, channel_title)
        elif child.ns == ATOM and child.name in ATOM_IN_CHANNEL:
            if child.name == "link":
                links.append(check_link(report, child, True, False, rss=True))
            elif child.name in ("id", "icon", "logo"):
                check_everywhere(report, child, set(), True)
                check_leaf(report, child, True)
                if child.name == "id":
                    check_uri(report, child, child.path, child.text.strip(), full=True, error="InvalidFullLink")
                else:
                    check_uri(report, child, child.path, child.text.strip(), full=False)
            elif child.name == "updated":
                check_rfc3339(report, child, child.text)
        elif child.ns == DC and child.name in DC_ELEMENTS:
            check_leaf(report, child, True)
            if child.name == "language":
                if not language_ok(child.text.strip()):
                    report.at(child, "InvalidLanguage", child.text.strip())
                if channel.kids(None, "language"):
                    report.at(child, "DuplicateSemantics", "dc:language")
            if child.name == "rights" and channel.kids(None, "copyright"):
                report.at(child, "DuplicateSemantics", "dc:rights")
            if child.name == "date" and channel.kids(None, "pubDate"):
                report.at(child, "DuplicateSemantics", "dc:date")
        elif child.ns == MEDIA and child.name in MEDIA_ELEMENTS:
            check_media_element(report, child)
        elif child.ns in (None, ATOM, DC, MEDIA, CONTENT):
            unknown_child(report, child, True)
    if version == "2.0" and not any(link.rel == "self" for link in links):
        report.at(channel, "MissingAtomSelfLink")


def check_channel_element(report, node, channel_link, channel_title):
    name = node.name
    value = node.text.strip()
    if name in ("image", "textInput", "cloud", "skipHours", "skipDays", "rating"):
        if name == "image":
            check_image(report, node, channel_link, channel_title)
        else:
            check_everywhere(report, node, {(None, a) for a in ("domain", "path", "registerProcedure", "protocol", "port")}
                             if name == "cloud" else set(), True)
        return
    expected = {(None, "domain")} if name == "category" else set()
    check_everywhere(report, node, expected, True)
    check_leaf(report, node, True)
    if name == "title":
        if not value:
            report.at(node, "NotBlank")
        check_plain_text(report, node, value, "ContainsHTML", True)
    elif name in ("description", "copyright", "category"):
        check_plain_text(report, node, value, "ContainsHTML", True)
    elif name in ("link", "docs"):
        check_uri(report, node, node.path, value, full=True, error="InvalidFullLink")
    elif name == "language":
        if not language_ok(value):
            report.at(node, "InvalidLanguage", value)
    elif name in ("pubDate", "lastBuildDate"):
        check_rfc822(report, node, value)
    elif name == "ttl":
        if not re.fullmatch(r"[+-]?\d+", value) or int(value) <= 0:
            report.at(node, "InvalidPositiveInteger", value)
        if not value:
            report.at(node, "NotBlank")


def check_image(report, image, channel_link, channel_title):
    check_everywhere(report, image, set(), True)
    check_container_text(report, image)
    if not image.kids(None, "title"):
        report.at(image, "MissingTitle", "title")
    if not image.kids(None, "url"):
        report.at(image, "MissingElement", "url")
    if not image.kids(None, "link"):
        report.at(image, "MissingLink", "link")
    check_duplicates(report, image, [(None, n) for n in ("title", "link", "url", "width", "height", "description")])
    for child in image.children:
        value = child.text.strip()
        if child.ns is not None:
            if child.ns in NAMESPACES and not (child.ns == DC and child.name in DC_ELEMENTS):
                unknown_child(report, child, True)
            continue
        check_everywhere(report, child, set(), True)
        check_leaf(report, child, True)
        if child.name == "title":
            if not value:
                report.at(child, "NotBlank")
            else:
                check_plain_text(report, child, value, "ContainsHTML", True)
            if channel_title is not None and channel_title.text.strip() and channel_title.text.strip() != value:
                report.at(child, "ImageTitleDoesntMatch")
        elif child.name == "url":
            check_uri(report, child, child.path, value, full=True, error="InvalidFullLink")
            extension = value.split(".")[-1].lower()
            if re.fullmatch(r"\w+", extension) and extension not in ("jpg", "jpeg", "gif", "png"):
                report.at(child, "ImageUrlFormat", value)
        elif child.name == "link":
            check_uri(report, child, child.path, value, full=True, error="InvalidFullLink")
            if channel_link is not None and channel_link.text.strip() and channel_link.text.strip() != value:
                report.at(child, "ImageLinkDoesntMatch")
        elif child.name in ("width", "height"):
            top = 144 if child.name == "width" else 400
            if not re.fullmatch(r"[+-]?\d+", value) or not 0 < int(value) <= top:
                report.at(child, "InvalidWidth" if child.name == "width" else "InvalidHeight", value)
        elif child.name == "description":
            check_plain_text(report, child, value, "ContainsHTML", True)
        else:
            report.at(child, "UndefinedElement", child.name)


def check_item(report, item, version, guids):
    check_everywhere(report, item, set(), True)
    check_container_text(report, item)
    names = [(c.ns, c.name) for c in item.children]
    if (None, "title") not in names and (None, "description") not in names:
        report.at(item, "ItemMustContainTitleOrDescription")
    if (None, "guid") not in names and version.startswith("2."):
        report.at(item, "MissingGuid")
    check_duplicates(report, item, [(None, n) for n in RSS_ITEM_ONCE])
    check_duplicates(report, item, [(CONTENT, "encoded")])
    for extra in item.kids(None, "enclosure")[1:]:
        report.at(extra, "DuplicateEnclosure")
    for core, ns, ext in ((("author"), DC, "creator"), ("category", DC, "subject"), ("pubDate", DC, "date"),
                          ("guid", ATOM, "id"), ("pubDate", ATOM, "published")):
        if (None, core) in names and (ns, ext) in names:
            node = item.kid(ns, ext)
            report.at(node, "DuplicateItemSemantics", "%s:%s" % (NAMESPACES[ns], ext))
    for position, child in enumerate(item.children):
        key = (child.ns, child.name)
        value = child.text.strip()
        if key == (None, "enclosure"):
            check_enclosure(report, child)
            continue
        if key == (MEDIA, "content"):
            check_media_content(report, child)
            continue
        if child.ns == MEDIA and child.name in MEDIA_ELEMENTS | {"group"}:
            check_media_element(report, child)
            continue
        if key == (ATOM, "link"):
            check_link(report, child, False, False, rss=True)
            continue
        if child.ns is None and child.name not in RSS_ITEM_ELEMENTS:
            unknown_child(report, child, True)
            continue
        if child.ns == ATOM and child.name not in ATOM_IN_ITEM:
            unknown_child(report, child, True)
            continue
        if child.ns == DC and child.name not in DC_ELEMENTS:
            unknown_child(report, child, True)
            continue
        if child.ns == CONTENT and child.name not in ("encoded", "items"):
            unknown_child(report, child, True)
            continue
        if child.ns not in (None, DC, CONTENT, ATOM):
            if child.ns in NAMESPACES and child.ns not in (MEDIA,):
                continue  # other known modules: not written by jaunumi, not checked here
            if child.ns in NAMESPACES:
                unknown_child(report, child, True)
            continue
        expected = {(None, "category"): {(None, "domain")}, (None, "guid"): {(None, "isPermaLink")},
                    (None, "source"): {(None, "url")}}.get(key, set())
        check_everywhere(report, child, expected, True)
        check_leaf(report, child, True)
        if key == (None, "title"):
            if not value:
                report.at(child, "NotBlank")
            check_plain_text(report, child, value, "ContainsHTML", True)
        elif key in ((None, "link"), (None, "comments")):
            check_uri(report, child, child.path, value, full=True, error="InvalidFullLink")
        elif key == (None, "description"):
            check_html(report, child, value)
            check_absolute_refs(report, child, value)
        elif key == (CONTENT, "encoded"):
            if (None, "description") not in names[:position]:
                report.at(child, "NeedDescriptionBeforeContent")
            check_html(report, child, value)
            check_absolute_refs(report, child, value)
        elif key == (None, "category"):
            check_plain_text(report, child, value, "ContainsHTML", True)
            if not value:
                report.at(child, "NotBlank")
        elif key == (None, "pubDate"):
            check_rfc822(report, child, value)
        elif key == (None, "guid"):
            check_guid(report, child, value, guids)
        elif key == (DC, "language"):
            if not language_ok(value):
                report.at(child, "InvalidLanguage", value)
        elif key == (None, "source"):
            if child.attr("url") is None:
                report.at(child, "MissingAttribute", "url")
            else:
                check_uri(report, child, child.path + "/@url", child.attr("url"), full=True, error="InvalidFullLink")


def check_guid(report, guid, value, guids):
    permalink = guid.attr("isPermaLink")
    if permalink is not None and permalink not in ("true", "false"):
        report.at(guid, "InvalidBooleanAttribute", "isPermaLink")
    if permalink in (None, "true"):
        if check_uri(report, guid, guid.path, value, full=True, error="InvalidHttpGUID") and (
            value.lower().startswith("tag:") or value.lower().startswith("urn:uuid:")
        ):
            report.at(guid, "InvalidPermalink", value)
    elif len(value) < 9 and value.isdigit():
        report.at(guid, "NotSufficientlyUnique", value)
    if not value:
        report.at(guid, "NotBlank")
    elif value in guids:
        report.at(guid, "DuplicateValue", "guid %s (line %d)" % (value, guids[value]))
    else:
        guids[value] = guid.line


HTTP_URL = re.compile(
    r"(http|https)://(([0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([A-Z0-9\-]+\.)+))([A-Z0-9][-A-Z0-9]*)(:\d+)?(/|$)", re.I
)


def check_enclosure(report, enclosure):
    check_everywhere(report, enclosure, {(None, a) for a in ("url", "length", "type")}, True)
    check_container_text(report, enclosure)
    check_leaf(report, enclosure, True)
    length = enclosure.attr("length")
    if length is None:
        report.at(enclosure, "MissingAttribute", "length")
    elif not re.fullmatch(r"\s*[+-]?\d+\s*", length):
        report.at(enclosure, "InvalidIntegerAttribute", "length")
    elif int(length) == -1:
        report.at(enclosure, "UseZeroForUnknown")
    elif int(length) < 0:
        report.at(enclosure, "InvalidNonNegativeInteger", length)
    media_type = enclosure.attr("type")
    if media_type is None:
        report.at(enclosure, "MissingAttribute", "type")
    elif not mime_ok(media_type):
        report.at(enclosure, "InvalidMIMEAttribute", media_type)
    url = enclosure.attr("url")
    if url is None:
        report.at(enclosure, "MissingAttribute", "url")
    elif not HTTP_URL.match(url) or not FULL_URI.match(url):
        report.at(enclosure, "InvalidURLAttribute", "url %s" % url)


def check_media_content(report, node):
    expected = {(None, a) for a in ("bitrate", "channels", "duration", "expression", "fileSize", "framerate",
                                    "height", "isDefault", "lang", "medium", "samplingrate", "type", "url", "width")}
    check_everywhere(report, node, expected, True)
    check_container_text(report, node)
    for attr in ("bitrate", "duration", "framerate", "samplingrate"):
        value = node.attr(attr)
        if value and not re.match(r"\d+\.?\d*", value):
            report.at(node, "InvalidFloat", "%s=%s" % (attr, value))
    for attr, positive in (("channels", False), ("fileSize", True), ("height", True), ("width", True)):
        value = node.attr(attr)
        if value:
            number = int(value) if re.fullmatch(r"\s*[+-]?\d+\s*", value) else None
            if number is None or number < (1 if positive else 0):
                report.at(node, "InvalidPositiveInteger" if positive else "InvalidNonNegativeInteger", "%s=%s" % (attr, value))
    expression = node.attr("expression")
    if expression and expression not in ("sample", "full", "nonstop"):
        report.at(node, "InvalidMediaExpression", expression)
    lang = node.attr("lang")
    if lang and not language_ok(lang):
        report.at(node, "InvalidLanguage", lang)
    medium = node.attr("medium")
    if medium and medium not in ("image", "audio", "video", "document", "executable"):
        report.at(node, "InvalidMediaMedium", medium)
    media_type = node.attr("type")
    if media_type and not mime_ok(media_type):
        report.at(node, "InvalidMIMEAttribute", media_type)
    url = node.attr("url")
    if url:
        check_uri(report, node, node.path + "/@url", url, full=True, error="InvalidFullLink")
    check_duplicates(report, node, [(MEDIA, n) for n in ("description", "title", "copyright")])
    for child in node.children:
        if child.ns == MEDIA and child.name in MEDIA_ELEMENTS:
            check_media_element(report, child)
        elif child.ns in NAMESPACES and child.ns != DC:
            unknown_child(report, child, True)
        elif child.ns is None:
            unknown_child(report, child, True)


def check_media_element(report, node):
    if node.name in ("title", "description"):
        check_everywhere(report, node, {(None, "type")}, True)
        check_leaf(report, node, True)
        kind = node.attr("type")
        if kind and kind not in ("plain", "html"):
            report.at(node, "InvalidMediaTextType", kind)
        value = node.text.strip()
        if kind == "html":
            check_html(report, node, value)
        else:
            check_plain_text(report, node, value, "ContainsUndeclaredHTML", True)


# ---------------------------------------------------------------------------------------
# Atom 1.0.
# ---------------------------------------------------------------------------------------

ATOM_FEED_ONCE = ["generator", "icon", "id", "logo", "rights", "subtitle", "title", "updated"]
ATOM_FEED_ELEMENTS = set(ATOM_FEED_ONCE) | {"author", "category", "contributor", "link", "entry"}
ATOM_ENTRY_ONCE = ["content", "id", "published", "rights", "source", "summary", "title", "updated"]
ATOM_ENTRY_ELEMENTS = set(ATOM_ENTRY_ONCE) | {"author", "category", "contributor", "link"}


def check_atom(report, feed):
    if feed.ns is None:
        report.at(feed, "MissingNamespace")
        return
    if feed.ns != ATOM:
        report.at(feed, "InvalidNamespace", feed.ns)
        return
    check_everywhere(report, feed, set(), False)
    check_container_text(report, feed)
    names = [(c.ns, c.name) for c in feed.children]
    for name in ("title", "id", "updated"):
        if (ATOM, name) not in names:
            report.at(feed, "MissingElement", name)
    check_duplicates(report, feed, [(ATOM, n) for n in ATOM_FEED_ONCE])
    links, self_hrefs = [], set()
    seen_entry = False
    entries = []
    for child in feed.children:
        key = (child.ns, child.name)
        if key == (ATOM, "entry"):
            seen_entry = True
            entries.append(child)
            continue
        if seen_entry and child.ns == ATOM:
            report.at(child, "MisplacedMetadata")
        if child.ns != ATOM or child.name not in ATOM_FEED_ELEMENTS:
            if child.ns is None or child.ns == ATOM:
                unknown_child(report, child, False, True)
            continue
        if child.name == "link":
            link = check_link(report, child, True, False)
            links.append(link)
            if link.rel == "self" and link.href:
                self_hrefs.add(link.href)
        else:
            check_atom_metadata(report, child)
    if not any(link.rel == "self" for link in links):
        report.at(feed, "MissingSelf")
    check_alternates(report, links)
    for link in links:
        if link.rel in ("first", "last") and link.href in self_hrefs:
            beyond = "previous" if link.rel == "first" else "next"
            for other in links:
                if other.rel == beyond:
                    report.at(other.node, "LinkPastEnd", beyond)
    feed_has_author = False
    ids, updates = {}, {}
    duplicate_ids = 0
    for entry in entries:
        # The feed's author counts for the entries after it (the validator reads in order).
        feed_has_author = any(c.ns == ATOM and c.name == "author" and c.line < entry.line for c in feed.children)
        duplicate_ids += check_entry(report, entry, feed_has_author, ids, updates)
    if len(entries) > 9 and len(entries) == duplicate_ids + 1:
        report.findings = [f for f in report.findings if f[2] != "DuplicateEntries"]
        report.at(feed, "DuplicateIds")


def check_atom_metadata(report, node):
    """The elements feeds and entries share."""
    name = node.name
    if name in ("title", "subtitle", "rights", "summary", "content"):
        check_text_construct(report, node)
    elif name in ("author", "contributor"):
        check_person(report, node)
    elif name == "category":
        check_everywhere(report, node, {(None, a) for a in ("term", "scheme", "label")}, False)
        check_container_text(report, node)
        term = node.attr("term")
        if term is None:
            report.at(node, "MissingAttribute", "term")
        elif not term:
            report.at(node, "NotBlank")
        scheme = node.attr("scheme")
        if scheme is not None:
            check_uri(report, node, node.path + "/@scheme", scheme, full=True, error="InvalidFullLink")
        if node.attr("label") is not None:
            check_plain_text(report, node, node.attr("label"), "ContainsHTML", False)
    elif name == "generator":
        check_everywhere(report, node, {(None, "uri"), (None, "version")}, False)
        check_leaf(report, node, False)
        if not node.text.strip():
            report.at(node, "NotBlank")
        if node.attr("uri") is not None:
            check_uri(report, node, node.path + "/@uri", node.attr("uri"), full=False, error="InvalidURIAttribute")
        check_plain_text(report, node, node.text.strip(), "ContainsHTML", False)
    elif name == "id":
        check_everywhere(report, node, set(), False)
        check_leaf(report, node, False)
        if node.text != node.text.strip():
            report.at(node, "UnexpectedWhitespace")
        check_canonical_id(report, node, node.text)
    elif name in ("icon", "logo"):
        check_everywhere(report, node, set(), False)
        check_leaf(report, node, False)
        if not node.text.strip():
            report.at(node, "NotBlank")
        if node.text != node.text.strip():
            report.at(node, "UnexpectedWhitespace")
        check_uri(report, node, node.path, node.text.strip(), full=False)
    elif name in ("updated", "published"):
        check_everywhere(report, node, set(), False)
        check_leaf(report, node, False)
        check_rfc3339(report, node, node.text)


def check_text_construct(report, node):
    check_everywhere(report, node, {(None, "type"), (None, "src")}, False)
    is_content = node.name == "content"
    src = node.attr("src")
    kind = "" if src is not None else "text"
    if node.attr("type") is not None:
        kind = node.attr("type")
        if not kind:
            report.at(node, "AttrNotBlank", "type")
    if "/" in kind and not is_content:
        report.at(node, "InvalidTextType", kind)
    if is_content and kind == "multipart/alternative":
        report.at(node, "InvalidMIMEType", kind)
    if src is not None:
        check_uri(report, node, node.path + "/@src", src, full=False, error="InvalidURIAttribute")
        if node.attr("type") is None:
            report.at(node, "MissingTypeAttr")
    if not (kind in ("text", "html", "xhtml") and src is None) and kind and not mime_ok(kind):
        report.at(node, "InvalidMIMEType", kind)
    value = node.text
    if kind == "xhtml":
        divs = [c for c in node.children if c.ns == XHTML and c.name == "div"]
        if not divs or value.strip():
            report.at(node, "MissingXhtmlDiv")
    else:
        for child in node.children:
            if not (kind.endswith("+xml") or kind.endswith("/xml")):
                report.at(child, "UndefinedElement", label(child, True))
        if kind == "text":
            check_plain_text(report, node, value, "ContainsUndeclaredHTML", False)
        elif kind == "html" or kind.endswith("/html"):
            check_html(report, node, value)
            if kind.endswith("/html") and "<html" not in value and src is None:
                report.at(node, "HtmlFragment", kind)
        elif "/" in kind and not (kind.endswith("+xml") or kind.endswith("/xml") or kind.startswith("text/")):
            if not re.fullmatch(r"[A-Za-z0-9+/=\s]*", value):
                report.at(node, "NotBase64", kind)
        else:
            check_plain_text(report, node, value, "ContainsUndeclaredHTML", False)
    if not value and not node.children and src is None:
        report.at(node, "NotBlank")


def check_person(report, node):
    check_everywhere(report, node, set(), False)
    check_container_text(report, node)
    if not node.kids(ATOM, "name"):
        report.at(node, "MissingElement", "name")
    check_duplicates(report, node, [(ATOM, n) for n in ("name", "email", "uri")])
    for child in node.children:
        if child.ns != ATOM:
            if child.ns is None:
                unknown_child(report, child, False)
            continue
        check_everywhere(report, child, set(), False)
        check_leaf(report, child, False)
        value = child.text.strip()
        if child.name == "name":
            check_plain_text(report, child, value, "ContainsHTML", False)
            if re.search(r"<[A-Z0-9_\-+.']+@[^>\s]+>", value, re.I):
                report.at(child, "ContainsEmail")
            if not value:
                report.at(child, "NotBlank")
        elif child.name == "uri":
            if not value:
                report.at(child, "NotBlank")
            if child.text != value:
                report.at(child, "UnexpectedWhitespace")
            check_uri(report, child, child.path, value, full=False, error="InvalidIRI", iri=True)
        elif child.name == "email":
            if not re.fullmatch(r"[A-Z0-9_\-+.']+@(([0-9]{1,3}\.){3}|([A-Z0-9\-]+\.)+)[A-Z0-9][-A-Z0-9]*", value, re.I):
                report.at(child, "InvalidAddrSpec", value)
        else:
            report.at(child, "UndefinedElement", child.name)


def check_entry(report, entry, feed_has_author, ids, updates):
    """Returns 1 when the entry's id repeats an earlier entry's."""
    check_everywhere(report, entry, set(), False)
    check_container_text(report, entry)
    names = [(c.ns, c.name) for c in entry.children]
    for name in ("title", "id", "updated"):
        if (ATOM, name) not in names:
            report.at(entry, "MissingElement", name)
    if (ATOM, "author") not in names and not feed_has_author:
        report.at(entry, "MissingElement", "author")
    check_duplicates(report, entry, [(ATOM, n) for n in ATOM_ENTRY_ONCE])
    links = []
    duplicate = 0
    for child in entry.children:
        if child.ns != ATOM or child.name not in ATOM_ENTRY_ELEMENTS:
            if child.ns is None or child.ns == ATOM:
                unknown_child(report, child, False, True)
            continue
        if child.name == "link":
            links.append(check_link(report, child, False, True))
            continue
        if child.name == "source":
            continue
        check_atom_metadata(report, child)
        value = child.text.strip()
        if child.name == "id" and value:
            if value in ids:
                report.at(child, "DuplicateEntries", "%s (line %d)" % (value, ids[value]))
                duplicate = 1
            else:
                ids[value] = child.line
        if child.name == "updated" and value:
            if value in updates:
                report.at(child, "DuplicateUpdated", "%s (line %d)" % (value, updates[value]))
            else:
                updates[value] = child.line
    content = entry.kid(ATOM, "content")
    if content is not None:
        if (ATOM, "summary") not in names:
            kind = content.attr("type") or ("" if content.attr("src") is not None else "text")
            if content.attr("src") is not None or (
                "/" in kind and not (kind.endswith("+xml") or kind.endswith("/xml") or kind.startswith("text/"))
            ):
                report.at(entry, "MissingSummary")
    else:
        if (ATOM, "summary") not in names:
            report.at(entry, "MissingTextualContent")
        if not any(link.rel == "alternate" for link in links):
            report.at(entry, "MissingContentOrAlternate")
    check_alternates(report, links)
    return duplicate


# ---------------------------------------------------------------------------------------
# Namespace declarations and the document as a whole.
# ---------------------------------------------------------------------------------------

UNSUPPORTED_NAMESPACES = {
    "http://schemas.google.com/g/2005", "http://www.rawvoice.com/rawvoiceRssModule/", "https://schema.org/",
    "http://schema.org/", "https://podcastindex.org/namespace/1.0",
    "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md",
}


def check_prefixes(report, prefixes, atom):
    known_prefixes = set(NAMESPACES.values())
    for prefix, uri, line in prefixes:
        where = "xmlns" + (":" + prefix if prefix else "")
        if prefix and prefix in known_prefixes:
            if NAMESPACES.get(uri) != prefix:
                if uri == "http://search.yahoo.com/mrss":
                    report.add(line, where, "MediaRssNamespace", uri)
                else:
                    report.add(line, where, "ReservedPrefix", prefix)
            elif prefix in ("atom", "xhtml") and atom:
                report.add(line, where, "AvoidNamespacePrefix", prefix)
        elif uri in NAMESPACES:
            if prefix and NAMESPACES[uri] in ("atom", "xhtml") and atom:
                report.add(line, where, "AvoidNamespacePrefix", prefix)
        elif uri == "http://search.yahoo.com/mrss":
            report.add(line, where, "MediaRssNamespace", uri)
        elif uri in UNSUPPORTED_NAMESPACES:
            report.add(line, where, "UnsupportedNamespace", uri)
        elif uri:
            report.add(line, where, "UnknownNamespace", uri)


def check_file(path, now):
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        report = Report(path, [], now)
        report.add(1, "document", "UnicodeError", str(e))
        return report
    report = Report(path, text.split("\n"), now)
    declaration = re.match(r"<\?xml\s+version\s*=\s*['\"]([-a-zA-Z0-9_.:]*)['\"]([^>]*)\?>", text)
    if declaration:
        if declaration.group(1) != "1.0":
            report.add(1, "document", "BadXmlVersion", declaration.group(1))
        encoding = re.search(r"encoding\s*=\s*['\"]([^'\"]*)['\"]", declaration.group(2))
        if encoding and encoding.group(1).lower().replace("_", "-") not in ("utf-8", "utf8"):
            report.add(1, "document", "EncodingMismatch", encoding.group(1))
    builder = TreeBuilder()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_namespaces, True)
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    parser.setContentHandler(builder)
    try:
        parser.parse(path)
    except xml.sax.SAXParseException as e:
        report.add(e.getLineNumber(), "document", "SAXError", e.getMessage())
        return report
    root = builder.root
    if root.name == "rss":
        assign_paths(root, False)
        check_prefixes(report, builder.prefixes, False)
        check_rss(report, root)
    elif root.name == "feed":
        assign_paths(root, True)
        check_prefixes(report, builder.prefixes, True)
        check_atom(report, root)
    else:
        assign_paths(root, False)
        report.at(root, "UndefinedElement", root.name)
    return report


def main(argv):
    now = dt.datetime.now(dt.timezone.utc)
    paths = []
    args = iter(argv)
    for arg in args:
        if arg == "--now":
            now = dt.datetime.fromisoformat(next(args).replace("Z", "+00:00"))
        elif arg.startswith("-"):
            sys.exit(__doc__)
        else:
            paths.append(arg)
    if not paths:
        sys.exit(__doc__)
    passed = failed = 0
    for path in paths:
        report = check_file(path, now)
        for line in report.lines_out():
            print(line)
        if report.findings:
            failed += 1
            print("%s: %d findings" % (path, len(report.findings)))
        else:
            passed += 1
            print("%s: no error, no warning" % path)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
