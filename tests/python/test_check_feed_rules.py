"""Self-tests of check_feed_rules.py: small hand-written feeds, each breaking one of the W3C
Feed Validation Service's rules, must each be reported with the validator's message class,
and good feeds must pass, so that the checker cannot pass everything by accident.

    python3 -m unittest discover -s tests/python -p 'test_check_feed_rules.py'
"""

import datetime as dt
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import check_feed_rules  # noqa: E402

NOW = dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)

RSS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">\n'
)

GOOD_CHANNEL = """<channel>
<title>Ventspils: jaunumi</title>
<link>https://www.ventspils.lv/jaunumi/</link>
<description>Ventspils jaunumi</description>
<language>lv</language>
<copyright>&#xA9; Ventspils</copyright>
<lastBuildDate>Sun, 19 May 2024 10:15:00 +0300</lastBuildDate>
<generator>jaunumi</generator>
<docs>https://www.rssboard.org/rss-specification</docs>
<image>
<url>https://www.ventspils.lv/logo.png</url>
<title>Ventspils: jaunumi</title>
<link>https://www.ventspils.lv/jaunumi/</link>
</image>
<atom:link href="https://www.ventspils.lv/jaunumi/feed/" rel="self" type="application/rss+xml"/>
<atom:link href="https://www.ventspils.lv/jaunumi/feed/?paged=2" rel="next" type="application/rss+xml"/>
%s
</channel>
"""

GOOD_ITEM = """<item>
<title>Muzeju nakts &#x26; koncerts &#x3C;2024&#x3E;</title>
<link>https://www.ventspils.lv/jaunumi/muzeju-nakts?gads=2024&amp;x=1</link>
<description>Ieeja bez maksas &amp;amp; mūzika</description>
<content:encoded><![CDATA[<p>Programma: <strong>koncerts</strong> &amp; izstāde.</p>
<p><a href="https://www.ventspils.lv/?a=1&amp;b=2">Vairāk</a> <img src="https://www.ventspils.lv/a.jpg" alt="A"></p>]]></content:encoded>
<dc:creator>Ilze Kalniņa</dc:creator>
<category domain="https://www.ventspils.lv/kategorijas">Kultūra</category>
<guid isPermaLink="true">https://www.ventspils.lv/jaunumi/muzeju-nakts?gads=2024&amp;x=1</guid>
<pubDate>Sat, 18 May 2024 09:30:00 +0300</pubDate>
<enclosure url="https://www.ventspils.lv/nakts.jpg" length="183204" type="image/jpeg"/>
</item>
<item>
<title>Ziemā ceļu tīrīšana</title>
<link>https://www.ventspils.lv/jaunumi/celu-tirisana</link>
<guid isPermaLink="false">tag:ventspils.lv,2024:jaunumi/celu-tirisana</guid>
<pubDate>Wed, 17 Jan 2024 12:00:00 +0200</pubDate>
<media:content url="https://www.ventspils.lv/sniegs.png" medium="image">
<media:description type="plain">Sniegs</media:description>
</media:content>
</item>"""

ATOM_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="lv">\n'

GOOD_FEED_META = """<id>https://www.ventspils.lv/jaunumi/feed/</id>
<title>Ventspils: jaunumi</title>
<subtitle>Ventspils jaunumi</subtitle>
<updated>2024-05-19T10:15:00+03:00</updated>
<link rel="alternate" type="text/html" href="https://www.ventspils.lv/jaunumi/"/>
<link rel="self" type="application/atom+xml" href="https://www.ventspils.lv/jaunumi/feed/"/>
<link rel="next" type="application/atom+xml" href="https://www.ventspils.lv/jaunumi/feed/?paged=2"/>
<author><name>Ventspils valstspilsētas pašvaldība</name><uri>https://www.ventspils.lv/</uri></author>
<generator uri="https://crates.io/crates/jaunumi">jaunumi</generator>
<icon>https://www.ventspils.lv/favicon.png</icon>
<logo>https://www.ventspils.lv/logo.png</logo>
<rights>© Ventspils</rights>
"""

GOOD_ENTRIES = """<entry>
<id>https://www.ventspils.lv/jaunumi/muzeju-nakts?gads=2024&amp;x=1</id>
<title>Muzeju nakts &amp; „Gaismas pils“ &lt;2024&gt;</title>
<updated>2024-05-19T10:15:00+03:00</updated>
<published>2024-05-18T09:30:00+03:00</published>
<author><name>Ilze Kalniņa</name><uri>https://www.ventspils.lv/kontakti/kalnina</uri></author>
<link rel="alternate" type="text/html" href="https://www.ventspils.lv/jaunumi/muzeju-nakts?gads=2024&amp;x=1"/>
<link rel="alternate" type="text/html" hreflang="en" href="https://www.ventspils.lv/en/news/museum-night"/>
<link rel="enclosure" type="image/jpeg" length="183204" href="https://www.ventspils.lv/nakts.jpg"/>
<category term="kultura" label="Kultūra" scheme="https://www.ventspils.lv/kategorijas"/>
<summary type="text">Ieeja bez maksas; A &amp; B &lt; C</summary>
<content type="html"><![CDATA[<p>Programma: <strong>koncerts</strong> &amp; izstāde.</p>]]></content>
</entry>
<entry xml:lang="ru">
<id>tag:ventspils.lv,2024:jaunumi/celu-tirisana</id>
<title>Ziemā ceļu tīrīšana</title>
<updated>2024-01-17T12:00:00+02:00</updated>
<link rel="alternate" type="text/html" href="https://www.ventspils.lv/jaunumi/celu-tirisana"/>
<summary type="text">Ziemā ceļu tīrīšana</summary>
</entry>
"""


def rss(items=GOOD_ITEM, channel=GOOD_CHANNEL, head=RSS_HEAD):
    return head + (channel % items) + "</rss>\n"


def atom(meta=GOOD_FEED_META, entries=GOOD_ENTRIES, head=ATOM_HEAD):
    return head + meta + entries + "</feed>\n"


class Checks(unittest.TestCase):
    def findings(self, text):
        with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False, encoding="utf-8") as f:
            f.write(text)
        try:
            report = check_feed_rules.check_file(f.name, NOW)
        finally:
            os.unlink(f.name)
        return [(cls, where) for _, where, cls, _, _ in report.findings]

    def assertFinds(self, text, cls, where=None):
        found = self.findings(text)
        hits = [w for c, w in found if c == cls and (where is None or w.endswith(where))]
        self.assertTrue(hits, "expected %s%s, found %s" % (cls, " at " + where if where else "", found))

    def assertClean(self, text):
        self.assertEqual(self.findings(text), [])


class GoodFeeds(Checks):
    def test_good_rss_passes(self):
        self.assertClean(rss())

    def test_good_atom_passes(self):
        self.assertClean(atom())

    def test_goldens_in_the_repository_are_read(self):
        root = os.path.join(os.path.dirname(__file__), "..", "data", "golden")
        for name in ("seed.rss.xml", "seed.atom.xml"):
            report = check_feed_rules.check_file(os.path.join(root, name), NOW)
            self.assertEqual(report.findings, [], name)

    def test_severity_of_every_message_is_known(self):
        for cls, (severity, _) in check_feed_rules.MESSAGES.items():
            self.assertIn(severity, ("error", "warning"), cls)


class RssChannel(Checks):
    def test_missing_description(self):
        self.assertFinds(rss().replace("<description>Ventspils jaunumi</description>", ""), "MissingDescription")

    def test_missing_title_and_link(self):
        text = rss().replace("<title>Ventspils: jaunumi</title>\n<link>https://www.ventspils.lv/jaunumi/</link>\n<description>", "<description>", 1)
        self.assertFinds(text, "MissingTitle")
        self.assertFinds(text, "MissingLink")

    def test_relative_link(self):
        self.assertFinds(rss().replace("<link>https://www.ventspils.lv/jaunumi/</link>", "<link>/jaunumi/</link>", 1),
                         "InvalidFullLink", "channel/link")

    def test_character_outside_uris(self):
        self.assertFinds(rss().replace("<link>https://www.ventspils.lv/jaunumi/</link>",
                                       "<link>https://www.ventspils.lv/?a[]=1</link>", 1), "InvalidUriChar")

    def test_bad_language(self):
        self.assertFinds(rss().replace("<language>lv</language>", "<language>latvian</language>"), "InvalidLanguage")

    def test_language_not_in_the_validators_list(self):
        self.assertFinds(rss().replace("<language>lv</language>", "<language>ltg</language>"), "InvalidLanguage")

    def test_language_with_region(self):
        self.assertClean(rss().replace("<language>lv</language>", "<language>lv-LV</language>"))

    def test_missing_self_link(self):
        self.assertFinds(rss().replace('rel="self"', 'rel="related"'), "MissingAtomSelfLink")

    def test_self_link_of_another_type(self):
        self.assertFinds(rss().replace('rel="self" type="application/rss+xml"', 'rel="self" type="text/html"'), "SelfNotAtom")

    def test_unregistered_link_relation(self):
        self.assertFinds(rss().replace('rel="next"', 'rel="nextpage"'), "UnregisteredAtomLinkRel")

    def test_duplicate_element(self):
        self.assertFinds(rss().replace("<language>lv</language>", "<language>lv</language><language>en</language>"),
                         "DuplicateElement")

    def test_unknown_element(self):
        self.assertFinds(rss().replace("<generator>", "<foo>x</foo><generator>"), "UndefinedElement")

    def test_unknown_element_in_a_known_namespace(self):
        self.assertFinds(rss().replace("<generator>", "<content:encoded>x</content:encoded><generator>"), "UndefinedElement")

    def test_unknown_namespace(self):
        self.assertFinds(rss(head=RSS_HEAD.replace("<rss ", '<rss xmlns:x="http://example.com/x" ')), "UnknownNamespace")

    def test_media_namespace_without_slash(self):
        self.assertFinds(rss(head=RSS_HEAD.replace("mrss/", "mrss")), "MediaRssNamespace")

    def test_unexpected_attribute(self):
        self.assertFinds(rss().replace("<generator>", '<generator version="1">'), "UnexpectedAttribute")

    def test_metadata_after_an_item(self):
        text = rss(items=GOOD_ITEM + "\n<generator>jaunumi</generator>").replace("<generator>jaunumi</generator>\n<docs>", "<docs>", 1)
        self.assertFinds(text, "MisplacedItem")

    def test_image_link_must_match_the_channel(self):
        self.assertFinds(rss().replace("<link>https://www.ventspils.lv/jaunumi/</link>\n</image>",
                                       "<link>https://www.ventspils.lv/</link>\n</image>"), "ImageLinkDoesntMatch")

    def test_image_title_must_match_the_channel(self):
        self.assertFinds(rss().replace("<title>Ventspils: jaunumi</title>\n<link>https://www.ventspils.lv/jaunumi/</link>\n</image>",
                                       "<title>Logo</title>\n<link>https://www.ventspils.lv/jaunumi/</link>\n</image>"), "ImageTitleDoesntMatch")

    def test_image_must_be_gif_jpeg_or_png(self):
        self.assertFinds(rss().replace("logo.png", "logo.svg"), "ImageUrlFormat")

    def test_image_needs_url(self):
        self.assertFinds(rss().replace("<url>https://www.ventspils.lv/logo.png</url>", ""), "MissingElement")

    def test_rss_version(self):
        self.assertFinds(rss(head=RSS_HEAD.replace('version="2.0"', 'version="3.0"')), "InvalidRSSVersion")

    def test_ampersand_in_plain_text_wants_hex_references(self):
        self.assertFinds(rss().replace("<description>Ventspils jaunumi</description>",
                                       "<description>Skola &lt;Pūce&gt;</description>"), "CharacterData")

    def test_hex_references_exempt_the_line(self):
        self.assertClean(rss().replace("<description>Ventspils jaunumi</description>",
                                       "<description>Skola &#x3C;Pūce&#x3E;</description>"))

    def test_escaped_html_in_plain_text(self):
        self.assertFinds(rss().replace("<description>Ventspils jaunumi</description>",
                                       "<description>Ventspils &lt;b&gt;jaunumi&lt;/b&gt;</description>"), "ContainsHTML")

    def test_entity_in_plain_text(self):
        self.assertFinds(rss().replace("<copyright>&#xA9; Ventspils</copyright>", "<copyright>&amp;copy; Ventspils</copyright>"),
                         "ContainsHTML")

    def test_blank_title(self):
        self.assertFinds(rss().replace("<title>Ventspils: jaunumi</title>", "<title> </title>", 1), "NotBlank")

    def test_text_in_a_container(self):
        self.assertFinds(rss().replace("<channel>", "<channel>stray"), "UnexpectedText")


class RssDates(Checks):
    def replaced(self, date):
        return rss().replace("Sat, 18 May 2024 09:30:00 +0300", date)

    def test_not_a_date(self):
        self.assertFinds(self.replaced("2024-05-18T09:30:00+03:00"), "InvalidRFC2822Date")

    def test_day_of_week_must_match(self):
        self.assertFinds(self.replaced("Mon, 18 May 2024 09:30:00 +0300"), "IncorrectDOW")

    def test_two_digit_year(self):
        self.assertFinds(self.replaced("Sat, 18 May 24 09:30:00 +0300"), "ProblematicalRFC822Date")

    def test_offset_not_whole_or_half_hour(self):
        self.assertFinds(self.replaced("Sat, 18 May 2024 09:30:00 +0545"), "ProblematicalRFC822Date")

    def test_lower_case_names(self):
        self.assertFinds(self.replaced("sat, 18 may 2024 09:30:00 +0300"), "ProblematicalRFC822Date")

    def test_offset_with_colon(self):
        self.assertFinds(self.replaced("Sat, 18 May 2024 09:30:00 +03:00"), "InvalidRFC2822Date")

    def test_impossible_day(self):
        self.assertFinds(self.replaced("31 Feb 2024 09:30:00 +0300"), "InvalidRFC2822Date")

    def test_zone_name_and_no_seconds(self):
        self.assertClean(self.replaced("Sat, 18 May 2024 09:30 GMT"))

    def test_before_1990(self):
        self.assertFinds(self.replaced("Fri, 18 May 1984 09:30:00 +0300"), "ImplausibleDate")

    def test_in_the_future(self):
        self.assertFinds(self.replaced("Fri, 18 May 2125 09:30:00 +0300"), "ImplausibleDate")


class RssItems(Checks):
    def test_item_needs_title_or_description(self):
        self.assertFinds(rss(items="<item><link>https://www.ventspils.lv/a</link><guid>https://www.ventspils.lv/a</guid></item>"),
                         "ItemMustContainTitleOrDescription")

    def test_description_alone_is_enough(self):
        self.assertClean(rss(items="<item><description>Teksts</description><guid>https://www.ventspils.lv/a</guid></item>"))

    def test_missing_guid(self):
        self.assertFinds(rss(items="<item><title>A</title><link>https://www.ventspils.lv/a</link></item>"), "MissingGuid")

    def test_permalink_guid_must_be_a_url(self):
        self.assertFinds(rss().replace('<guid isPermaLink="false">tag:', '<guid isPermaLink="true">jaunumi/'), "InvalidHttpGUID")

    def test_permalink_guid_without_attribute_must_be_a_url(self):
        self.assertFinds(rss().replace('<guid isPermaLink="false">tag:ventspils.lv,2024:jaunumi/celu-tirisana',
                                       "<guid>celu-tirisana"), "InvalidHttpGUID")

    def test_permalink_guid_cannot_be_a_tag(self):
        self.assertFinds(rss().replace('<guid isPermaLink="false">tag:', '<guid isPermaLink="true">tag:'), "InvalidPermalink")

    def test_non_permalink_guid_may_be_anything(self):
        self.assertClean(rss().replace("tag:ventspils.lv,2024:jaunumi/celu-tirisana", "celu-tirisana-2024"))

    def test_short_numeric_guid(self):
        self.assertFinds(rss().replace("tag:ventspils.lv,2024:jaunumi/celu-tirisana", "12345"), "NotSufficientlyUnique")

    def test_permalink_attribute_values(self):
        self.assertFinds(rss().replace('isPermaLink="false"', 'isPermaLink="no"'), "InvalidBooleanAttribute")

    def test_duplicate_guid(self):
        self.assertFinds(rss(items=GOOD_ITEM.replace("tag:ventspils.lv,2024:jaunumi/celu-tirisana",
                                                     "https://www.ventspils.lv/jaunumi/muzeju-nakts?gads=2024&amp;x=1")), "DuplicateValue")

    def test_enclosure_without_length(self):
        self.assertFinds(rss().replace(' length="183204"', ""), "MissingAttribute", "enclosure")

    def test_enclosure_without_type(self):
        self.assertFinds(rss().replace(' type="image/jpeg"', ""), "MissingAttribute", "enclosure")

    def test_enclosure_length_not_a_number(self):
        self.assertFinds(rss().replace('length="183204"', 'length="180 kB"'), "InvalidIntegerAttribute")

    def test_enclosure_length_minus_one(self):
        self.assertFinds(rss().replace('length="183204"', 'length="-1"'), "UseZeroForUnknown")

    def test_enclosure_length_zero_is_accepted(self):
        self.assertClean(rss().replace('length="183204"', 'length="0"'))

    def test_enclosure_type_must_be_a_media_type(self):
        self.assertFinds(rss().replace('type="image/jpeg"', 'type="jpeg"'), "InvalidMIMEAttribute")

    def test_enclosure_url_must_be_http(self):
        self.assertFinds(rss().replace("https://www.ventspils.lv/nakts.jpg", "ftp://www.ventspils.lv/nakts.jpg"), "InvalidURLAttribute")

    def test_enclosure_url_host_needs_a_dot(self):
        self.assertFinds(rss().replace("https://www.ventspils.lv/nakts.jpg", "http://localhost/nakts.jpg"), "InvalidURLAttribute")

    def test_two_enclosures(self):
        enclosure = '<enclosure url="https://www.ventspils.lv/nakts.jpg" length="183204" type="image/jpeg"/>'
        self.assertFinds(rss().replace(enclosure, enclosure + enclosure), "DuplicateEnclosure")

    def test_content_before_description(self):
        item = GOOD_ITEM.replace("<description>Ieeja bez maksas &amp;amp; mūzika</description>\n", "")
        self.assertFinds(rss(items=item), "NeedDescriptionBeforeContent")

    def test_script_in_content(self):
        self.assertFinds(rss().replace("<strong>koncerts</strong>", "<script>x()</script>"), "SecurityRisk")

    def test_event_handler_in_content(self):
        self.assertFinds(rss().replace("<strong>", '<strong onclick="x()">'), "SecurityRiskAttr")

    def test_dangerous_style(self):
        self.assertFinds(rss().replace("<strong>", '<strong style="position: absolute">'), "DangerousStyleAttr")

    def test_safe_style_and_data_attributes(self):
        self.assertClean(rss().replace("<strong>", '<strong style="color: red; font-weight: bold" data-x="1">'))

    def test_relative_link_in_content(self):
        self.assertFinds(rss().replace('<a href="https://www.ventspils.lv/?a=1&amp;b=2">', '<a href="/?a=1">'), "ContainsRelRef")

    def test_relative_image_in_description(self):
        self.assertFinds(rss().replace("<description>Ieeja bez maksas &amp;amp; mūzika</description>",
                                       '<description>&lt;img src="a.jpg"&gt;</description>'), "ContainsRelRef")

    def test_unescaped_ampersand_in_html(self):
        self.assertFinds(rss().replace("&amp; izstāde", "AT&T izstāde"), "NotHtml")

    def test_unclosed_element_in_html(self):
        self.assertFinds(rss().replace("</strong>", ""), "NotHtml")

    def test_non_html_element(self):
        self.assertFinds(rss().replace("<strong>koncerts</strong>", "<blink>koncerts</blink>"), "NotHtml")

    def test_paragraphs_may_be_left_open(self):
        self.assertClean(rss().replace("izstāde.</p>", "izstāde."))

    def test_html_in_title(self):
        self.assertFinds(rss().replace("Ziemā ceļu tīrīšana", "Ziemā &lt;b&gt;ceļu&lt;/b&gt; tīrīšana"), "ContainsHTML")

    def test_blank_category(self):
        self.assertFinds(rss().replace(">Kultūra</category>", "></category>"), "NotBlank")

    def test_creator_beside_author(self):
        self.assertFinds(rss().replace("<dc:creator>", "<author>ilze@ventspils.lv (Ilze)</author><dc:creator>"),
                         "DuplicateItemSemantics")

    def test_media_text_type(self):
        self.assertFinds(rss().replace('type="plain"', 'type="text"'), "InvalidMediaTextType")

    def test_media_medium(self):
        self.assertFinds(rss().replace('medium="image"', 'medium="picture"'), "InvalidMediaMedium")


class AtomFeed(Checks):
    def test_missing_id_title_updated(self):
        meta = GOOD_FEED_META.replace("<id>https://www.ventspils.lv/jaunumi/feed/</id>\n", "")
        self.assertFinds(atom(meta=meta), "MissingElement", "feed")
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("<updated>2024-05-19T10:15:00+03:00</updated>\n", "")), "MissingElement")

    def test_missing_self(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace('rel="self"', 'rel="related"')), "MissingSelf")

    def test_relative_self(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace('href="https://www.ventspils.lv/jaunumi/feed/"', 'href="/jaunumi/feed/"')),
                         "RelativeSelf")

    def test_without_author_the_entries_need_one(self):
        meta = GOOD_FEED_META.replace(
            "<author><name>Ventspils valstspilsētas pašvaldība</name><uri>https://www.ventspils.lv/</uri></author>\n", "")
        self.assertFinds(atom(meta=meta), "MissingElement", "entry[2]")

    def test_author_needs_a_name(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("<name>Ventspils valstspilsētas pašvaldība</name>", "")), "MissingElement", "author")

    def test_author_name_with_email(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("pašvaldība</name>", "pašvaldība &lt;info@ventspils.lv&gt;</name>")),
                         "ContainsEmail")

    def test_id_must_be_a_full_uri(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("<id>https://www.ventspils.lv/jaunumi/feed/</id>", "<id>jaunumi/feed</id>")),
                         "InvalidFullLink", "feed/id")

    def test_id_must_be_canonical(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("<id>https://www.ventspils.lv/jaunumi/feed/</id>",
                                                          "<id>HTTPS://www.Ventspils.lv:443/jaunumi/feed/</id>")), "NonCanonicalURI")
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("<id>https://www.ventspils.lv/jaunumi/feed/</id>",
                                                          "<id>https://www.ventspils.lv/%c4%93nu/%7Efeed/</id>")), "NonCanonicalURI")

    def test_canonical_ids_pass(self):
        self.assertClean(atom(meta=GOOD_FEED_META.replace("<id>https://www.ventspils.lv/jaunumi/feed/</id>",
                                                          "<id>https://www.ventspils.lv/%C4%93nu/~feed/?a=1&amp;b=%2F</id>")))

    def test_invalid_tag_uri(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace("tag:ventspils.lv,2024:", "tag:Ventspils.LV:")), "InvalidTAG")

    def test_id_with_whitespace(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("<id>https://www.ventspils.lv/jaunumi/feed/</id>",
                                                          "<id> https://www.ventspils.lv/jaunumi/feed/</id>")), "UnexpectedWhitespace")

    def test_text_type_values(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("<subtitle>", '<subtitle type="text/plain">')), "InvalidTextType")
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("<subtitle>", '<subtitle type="plain">')), "InvalidMIMEType")

    def test_html_in_a_text_construct(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("<subtitle>Ventspils jaunumi</subtitle>",
                                                          "<subtitle>Ventspils &lt;b&gt;jaunumi&lt;/b&gt;</subtitle>")), "ContainsUndeclaredHTML")

    def test_bad_language(self):
        self.assertFinds(atom(head=ATOM_HEAD.replace('xml:lang="lv"', 'xml:lang="latviešu"')), "InvalidLanguage")

    def test_bad_hreflang(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace('hreflang="en"', 'hreflang="english"')), "InvalidLanguage")

    def test_date_without_offset(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("2024-05-19T10:15:00+03:00", "2024-05-19T10:15:00")), "InvalidRFC3339Date")

    def test_date_without_seconds(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("2024-05-19T10:15:00+03:00", "2024-05-19T10:15+03:00")), "InvalidRFC3339Date")

    def test_impossible_date(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("2024-05-19T10:15:00+03:00", "2024-02-30T10:15:00+03:00")), "InvalidRFC3339Date")

    def test_implausible_date(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace("2024-05-19T10:15:00+03:00", "1989-05-19T10:15:00Z")), "ImplausibleDate")

    def test_link_type_must_be_a_media_type(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace('type="text/html"', 'type="html"')), "InvalidMIMEType")

    def test_link_needs_href(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace(' href="https://www.ventspils.lv/jaunumi/"', "")), "MissingHref")

    def test_link_past_the_end(self):
        meta = GOOD_FEED_META.replace(
            '<link rel="next"',
            '<link rel="first" href="https://www.ventspils.lv/jaunumi/feed/"/>\n'
            '<link rel="previous" href="https://www.ventspils.lv/jaunumi/feed/?paged=0"/>\n<link rel="next"')
        self.assertFinds(atom(meta=meta), "LinkPastEnd")

    def test_metadata_after_an_entry(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES + "<rights>x</rights>\n"), "MisplacedMetadata")

    def test_avoid_atom_prefix(self):
        text = atom().replace('<feed xmlns="http://www.w3.org/2005/Atom"',
                              '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:atom="http://www.w3.org/2005/Atom"')
        self.assertFinds(text, "AvoidNamespacePrefix")

    def test_generator_uri(self):
        self.assertFinds(atom(meta=GOOD_FEED_META.replace('uri="https://crates.io/crates/jaunumi"', 'uri="a b"')), "InvalidUriChar")


class AtomEntries(Checks):
    def test_entry_needs_id_title_updated(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace("<title>Ziemā ceļu tīrīšana</title>\n", "")), "MissingElement", "entry[2]")

    def test_entry_without_content_or_summary(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace("<summary type=\"text\">Ziemā ceļu tīrīšana</summary>\n", "")),
                         "MissingTextualContent")

    def test_entry_without_content_or_alternate(self):
        entries = GOOD_ENTRIES.replace("<summary type=\"text\">Ziemā ceļu tīrīšana</summary>\n", "").replace(
            '<link rel="alternate" type="text/html" href="https://www.ventspils.lv/jaunumi/celu-tirisana"/>\n', "")
        self.assertFinds(atom(entries=entries), "MissingContentOrAlternate")

    def test_binary_content_needs_a_summary(self):
        entries = GOOD_ENTRIES.replace("<summary type=\"text\">Ziemā ceļu tīrīšana</summary>",
                                       '<content type="image/png">aGVsbG8=</content>')
        self.assertFinds(atom(entries=entries), "MissingSummary")

    def test_duplicate_ids(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace("tag:ventspils.lv,2024:jaunumi/celu-tirisana",
                                                           "https://www.ventspils.lv/jaunumi/muzeju-nakts?gads=2024&amp;x=1")),
                         "DuplicateEntries")

    def test_all_ids_the_same(self):
        entry = ('<entry><id>tag:ventspils.lv,2024:x</id><title>A</title><updated>2024-01-%02dT12:00:00Z</updated>'
                 '<link href="https://www.ventspils.lv/a"/></entry>\n')
        self.assertFinds(atom(entries="".join(entry % (d + 1) for d in range(10))), "DuplicateIds")

    def test_duplicate_updated(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace("2024-01-17T12:00:00+02:00", "2024-05-19T10:15:00+03:00")),
                         "DuplicateUpdated")

    def test_two_alternates_alike(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace('hreflang="en" ', "")), "DuplicateAtomLink")

    def test_paging_link_in_an_entry(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace('rel="enclosure"', 'rel="next"')), "FeedHistoryRelInEntry")

    def test_category_needs_a_term(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace('term="kultura" ', "")), "MissingAttribute", "category")

    def test_category_scheme_must_be_absolute(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace('scheme="https://www.ventspils.lv/kategorijas"', 'scheme="/kategorijas"')),
                         "InvalidFullLink")

    def test_unsafe_html_content(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace("<strong>koncerts</strong>", "<iframe src=x></iframe>")), "SecurityRisk")

    def test_relative_links_are_fine_in_atom_html(self):
        self.assertClean(atom(entries=GOOD_ENTRIES.replace("<strong>koncerts</strong>", '<a href="/a">koncerts</a>')))

    def test_enclosure_length(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace('length="183204"', 'length="-5"')), "InvalidNonNegativeInteger")

    def test_unknown_atom_element(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace("<summary", "<excerpt>x</excerpt><summary", 1)), "UndefinedElement")

    def test_empty_title(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace("<title>Ziemā ceļu tīrīšana</title>", "<title></title>")), "NotBlank")

    def test_mis_decoded_characters(self):
        self.assertFinds(atom(entries=GOOD_ENTRIES.replace("Ziemā ceļu tīrīšana</title>", "ZiemÄ\u0081 ceļu</title>")), "BadCharacters")


class Documents(Checks):
    def test_not_well_formed(self):
        self.assertFinds(rss().replace("</channel>", ""), "SAXError")

    def test_other_xml_version(self):
        self.assertFinds(rss(head=RSS_HEAD.replace('version="1.0"', 'version="1.1"')), "BadXmlVersion")


class CommandLine(unittest.TestCase):
    def test_exit_status_and_summary(self):
        with tempfile.TemporaryDirectory() as d:
            good, bad = os.path.join(d, "good.xml"), os.path.join(d, "bad.xml")
            with open(good, "w", encoding="utf-8") as f:
                f.write(rss())
            with open(bad, "w", encoding="utf-8") as f:
                f.write(rss().replace("<description>Ventspils jaunumi</description>", ""))
            import contextlib
            import io

            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                status = check_feed_rules.main(["--now", "2025-06-01T00:00:00Z", good, bad])
            self.assertEqual(status, 1)
            lines = out.getvalue().splitlines()
            self.assertEqual(lines[-1], "1 passed, 1 failed")
            self.assertTrue(any("(MissingDescription, error)" in line and "channel" in line for line in lines), lines)


if __name__ == "__main__":
    unittest.main()
