//! Every `@type` and property the export writes exists in the schema.org vocabulary
//! (release 30.0, tests/data/schemaorg), is not superseded, is used on a type that
//! accepts it (`domainIncludes`, with subclasses), and holds a value its `rangeIncludes`
//! accepts.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use jaunumi::Article;
use jaunumi::jsonld::{Breadcrumb, Printer};
use serde_json::Value;

use super::{data, full_article, kuldiga_listing, seed};

/// The parts of the vocabulary the checks need, by name without the `schema:` prefix.
struct Vocabulary {
    /// Every class (data types too) and its direct superclasses.
    classes: BTreeMap<String, Vec<String>>,
    /// Every property: its domains and ranges.
    properties: BTreeMap<String, (Vec<String>, Vec<String>)>,
    /// Every enumeration member and its types.
    members: BTreeMap<String, Vec<String>>,
    /// Terms that another term supersedes.
    superseded: BTreeSet<String>,
}

fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| {
        let path = data("schemaorg/schemaorg-current-https-30.0.jsonld");
        let json: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let ids = |value: Option<&Value>| -> Vec<String> {
            let list = match value {
                None => vec![],
                Some(Value::Array(list)) => list.iter().collect(),
                Some(one) => vec![one],
            };
            list.into_iter()
                .filter_map(|v| v.get("@id").or(Some(v)).and_then(Value::as_str))
                .filter_map(|id| id.strip_prefix("schema:"))
                .map(str::to_owned)
                .collect()
        };
        let mut vocabulary = Vocabulary {
            classes: BTreeMap::new(),
            properties: BTreeMap::new(),
            members: BTreeMap::new(),
            superseded: BTreeSet::new(),
        };
        for node in json["@graph"].as_array().unwrap() {
            let Some(name) = node["@id"]
                .as_str()
                .and_then(|id| id.strip_prefix("schema:"))
            else {
                continue;
            };
            let types: Vec<&str> = match &node["@type"] {
                Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
                one => one.as_str().into_iter().collect(),
            };
            if node.get("schema:supersededBy").is_some() {
                vocabulary.superseded.insert(name.to_owned());
            }
            if types.contains(&"rdfs:Class") {
                let supers = ids(node.get("rdfs:subClassOf"));
                vocabulary.classes.insert(name.to_owned(), supers);
            } else if types.contains(&"rdf:Property") {
                let domains = ids(node.get("schema:domainIncludes"));
                let ranges = ids(node.get("schema:rangeIncludes"));
                vocabulary
                    .properties
                    .insert(name.to_owned(), (domains, ranges));
            } else {
                let types = types.iter().filter_map(|t| t.strip_prefix("schema:"));
                vocabulary
                    .members
                    .insert(name.to_owned(), types.map(str::to_owned).collect());
            }
        }
        vocabulary
    })
}

impl Vocabulary {
    /// Whether `class` is `ancestor` or a subclass of it.
    fn is_a(&self, class: &str, ancestor: &str) -> bool {
        let mut pending = vec![class];
        let mut seen = BTreeSet::new();
        while let Some(c) = pending.pop() {
            if c == ancestor {
                return true;
            }
            if seen.insert(c) {
                pending.extend(
                    self.classes
                        .get(c)
                        .into_iter()
                        .flatten()
                        .map(String::as_str),
                );
            }
        }
        false
    }

    fn is_any(&self, class: &str, ancestors: &[String]) -> bool {
        ancestors.iter().any(|a| self.is_a(class, a))
    }
}

/// Properties whose value is a plain literal where the range names only classes, as
/// Google documents it and Yoast writes it. schema.org's data model expects this ("where
/// we expect a Thing, we will often get text", schema.org/docs/datamodel.html).
const LITERAL_EXCEPTIONS: &[(&str, &str, &str)] = &[
    // Google's breadcrumb documentation: `item` is the page's URL.
    ("ListItem", "item", "string"),
    // Pixels as a number, as Yoast and Google write an image's size.
    ("ImageObject", "width", "number"),
    ("ImageObject", "height", "number"),
];

/// What a check saw: the types, and the properties per type.
#[derive(Default)]
struct Seen {
    types: BTreeSet<String>,
    properties: BTreeSet<(String, String)>,
}

/// Checks a whole graph; returns the problems found.
fn check_graph(graph: &Value, seen: &mut Seen) -> Vec<String> {
    let mut problems = Vec::new();
    let mut nodes = BTreeMap::new();
    for node in graph["@graph"].as_array().unwrap() {
        let id = node["@id"].as_str().unwrap();
        if nodes.insert(id.to_owned(), node.clone()).is_some() {
            problems.push(format!("`{id}` is described twice"));
        }
    }
    for node in graph["@graph"].as_array().unwrap() {
        check_node(node, &nodes, seen, &mut problems);
    }
    problems
}

fn type_of(node: &Value) -> &str {
    node["@type"]
        .as_str()
        .unwrap_or_else(|| panic!("no @type in {node}"))
}

fn check_node(
    node: &Value,
    nodes: &BTreeMap<String, Value>,
    seen: &mut Seen,
    problems: &mut Vec<String>,
) {
    let vocabulary = vocabulary();
    let class = type_of(node);
    seen.types.insert(class.to_owned());
    if !vocabulary.classes.contains_key(class) {
        problems.push(format!("type `{class}` is not in schema.org"));
        return;
    }
    if vocabulary.superseded.contains(class) {
        problems.push(format!("type `{class}` is superseded"));
    }
    for (property, value) in node.as_object().unwrap() {
        if property.starts_with('@') {
            continue;
        }
        seen.properties.insert((class.to_owned(), property.clone()));
        let Some((domains, ranges)) = vocabulary.properties.get(property) else {
            problems.push(format!(
                "property `{property}` (on {class}) is not in schema.org"
            ));
            continue;
        };
        if vocabulary.superseded.contains(property) {
            problems.push(format!("property `{property}` is superseded"));
        }
        if !vocabulary.is_any(class, domains) {
            problems.push(format!(
                "`{property}` is not a property of {class} (domains {domains:?})"
            ));
        }
        let values = match value {
            Value::Array(list) => list.iter().collect(),
            one => vec![one],
        };
        for value in values {
            if let Some(problem) = check_value(class, property, ranges, value, nodes) {
                problems.push(problem);
            }
            if value.get("@type").is_some() {
                check_node(value, nodes, seen, problems);
            }
        }
    }
}

fn check_value(
    class: &str,
    property: &str,
    ranges: &[String],
    value: &Value,
    nodes: &BTreeMap<String, Value>,
) -> Option<String> {
    let vocabulary = vocabulary();
    let at = format!("{class}.{property}");
    let accepts = |datatype: &str| ranges.iter().any(|r| vocabulary.is_a(datatype, r));
    let exception = |kind: &str| LITERAL_EXCEPTIONS.contains(&(class, property, kind));
    match value {
        Value::Object(object) => {
            let target = match object.get("@type") {
                Some(_) => value,
                None => {
                    let Some(id) = object.get("@id").and_then(Value::as_str) else {
                        return Some(format!("{at}: {value} has neither `@type` nor `@id`"));
                    };
                    match nodes.get(id) {
                        Some(node) => node,
                        None => return Some(format!("{at}: `{id}` is not a node of the graph")),
                    }
                }
            };
            let target = type_of(target);
            (!vocabulary.is_any(target, ranges))
                .then(|| format!("{at}: a {target} is not in its range {ranges:?}"))
        }
        Value::String(text) => {
            if let Some(member) = text.strip_prefix("https://schema.org/") {
                let Some(types) = vocabulary.members.get(member) else {
                    return Some(format!("{at}: `{member}` is not a member of {ranges:?}"));
                };
                return (!types.iter().any(|t| vocabulary.is_any(t, ranges)))
                    .then(|| format!("{at}: `{member}` is not a member of {ranges:?}"));
            }
            let in_range = |datatype: &str| ranges.iter().any(|r| r == datatype);
            if accepts("Text") || exception("string") {
                return None;
            }
            let url = url::Url::parse(text).is_ok();
            let date = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok();
            let instant = chrono::DateTime::parse_from_rfc3339(text).is_ok();
            if (url && in_range("URL"))
                || (date && in_range("Date"))
                || (instant && in_range("DateTime"))
            {
                None
            } else {
                Some(format!("{at}: `{text}` is not in its range {ranges:?}"))
            }
        }
        Value::Number(n) => {
            let kind = if n.is_u64() || n.is_i64() {
                "Integer"
            } else {
                "Number"
            };
            (!(accepts(kind) || exception("number")))
                .then(|| format!("{at}: the number {n} is not in its range {ranges:?}"))
        }
        Value::Bool(_) => {
            (!accepts("Boolean")).then(|| format!("{at}: a boolean is not in {ranges:?}"))
        }
        Value::Null | Value::Array(_) => Some(format!("{at}: {value} is not a value")),
    }
}

/// The graphs the export writes for the seed and for the article that uses every field,
/// as articles and as listings, with breadcrumbs.
fn graphs() -> Vec<Value> {
    let trail = [Breadcrumb::new("Sākums", seed::SITE).unwrap()];
    let printer = Printer::new().trail(&trail);
    let seed_article: Article = seed::article().unwrap();
    let full = full_article();
    let listing = kuldiga_listing([full.clone(), seed_article.clone()]);
    vec![
        printer.to_value(&seed_article).unwrap().output,
        printer.to_value(&full).unwrap().output,
        printer.to_value(&seed::feed().unwrap()).unwrap().output,
        printer.to_value(&listing).unwrap().output,
    ]
}

#[test]
fn every_type_and_property_is_schema_org_and_fits() {
    let mut seen = Seen::default();
    let problems: Vec<String> = graphs()
        .iter()
        .flat_map(|g| check_graph(g, &mut seen))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // The checks saw everything the export can write, so they cannot pass by seeing
    // little.
    let types = [
        "NewsArticle",
        "WebPage",
        "ImageObject",
        "BreadcrumbList",
        "ListItem",
        "GovernmentOrganization",
        "EducationalOrganization",
        "Library",
        "NGO",
        "Corporation",
        "Organization",
        "PropertyValue",
        "PostalAddress",
        "Person",
        "Event",
        "Place",
        "GeoCoordinates",
        "VirtualLocation",
        "Offer",
        "CollectionPage",
        "ItemList",
    ];
    let missing: Vec<_> = types.iter().filter(|t| !seen.types.contains(**t)).collect();
    assert!(missing.is_empty(), "types never written: {missing:?}");
    let properties = [
        ("NewsArticle", "headline"),
        ("NewsArticle", "description"),
        ("NewsArticle", "articleBody"),
        ("NewsArticle", "datePublished"),
        ("NewsArticle", "dateModified"),
        ("NewsArticle", "author"),
        ("NewsArticle", "publisher"),
        ("NewsArticle", "image"),
        ("NewsArticle", "mainEntityOfPage"),
        ("NewsArticle", "isPartOf"),
        ("NewsArticle", "inLanguage"),
        ("NewsArticle", "articleSection"),
        ("NewsArticle", "keywords"),
        ("NewsArticle", "identifier"),
        ("NewsArticle", "translationOfWork"),
        ("NewsArticle", "workTranslation"),
        ("NewsArticle", "about"),
        ("NewsArticle", "mentions"),
        ("WebPage", "primaryImageOfPage"),
        ("WebPage", "breadcrumb"),
        ("ImageObject", "url"),
        ("ImageObject", "caption"),
        ("ImageObject", "width"),
        ("ImageObject", "height"),
        ("ImageObject", "encodingFormat"),
        ("GovernmentOrganization", "name"),
        ("GovernmentOrganization", "legalName"),
        ("GovernmentOrganization", "url"),
        ("GovernmentOrganization", "logo"),
        ("GovernmentOrganization", "address"),
        ("GovernmentOrganization", "telephone"),
        ("GovernmentOrganization", "email"),
        ("GovernmentOrganization", "identifier"),
        ("EducationalOrganization", "parentOrganization"),
        ("GovernmentOrganization", "sameAs"),
        ("GovernmentOrganization", "areaServed"),
        ("PostalAddress", "addressCountry"),
        ("PostalAddress", "streetAddress"),
        ("PostalAddress", "postalCode"),
        ("PostalAddress", "addressRegion"),
        ("PostalAddress", "addressLocality"),
        ("PropertyValue", "value"),
        ("Person", "jobTitle"),
        ("Event", "name"),
        ("Event", "startDate"),
        ("Event", "endDate"),
        ("Event", "eventStatus"),
        ("Event", "eventAttendanceMode"),
        ("Event", "location"),
        ("Event", "organizer"),
        ("Event", "description"),
        ("Event", "image"),
        ("Event", "offers"),
        ("Event", "previousStartDate"),
        ("Event", "inLanguage"),
        ("Event", "isAccessibleForFree"),
        ("Place", "geo"),
        ("Place", "address"),
        ("VirtualLocation", "url"),
        ("Offer", "price"),
        ("Offer", "priceCurrency"),
        ("Offer", "url"),
        ("CollectionPage", "mainEntity"),
        ("CollectionPage", "copyrightNotice"),
        ("CollectionPage", "dateModified"),
        ("CollectionPage", "publisher"),
        ("ItemList", "itemListElement"),
        ("ItemList", "numberOfItems"),
        ("ListItem", "position"),
        ("ListItem", "item"),
        ("ListItem", "name"),
        ("ListItem", "url"),
    ];
    let missing: Vec<_> = properties
        .iter()
        .filter(|(t, p)| {
            !seen
                .properties
                .contains(&((*t).to_owned(), (*p).to_owned()))
        })
        .collect();
    assert!(missing.is_empty(), "properties never written: {missing:?}");
}

#[test]
fn the_checks_catch_what_they_look_for() {
    let mut seen = Seen::default();
    let bad = serde_json::json!({"@graph": [
        {"@type": "NewsArticel", "@id": "a"},
        {"@type": "Event", "@id": "b", "headline": "x", "startDate": "17.01.2018",
         "eventStatus": "https://schema.org/OfflineEventAttendanceMode", "organizer": {"@id": "c"},
         "location": {"@type": "Person", "name": "x"}, "isAccessibleForFree": "yes",
         "events": []},
        {"@type": "ListItem", "@id": "b"},
    ]});
    let problems = check_graph(&bad, &mut seen);
    let expected = [
        "`b` is described twice",
        "type `NewsArticel` is not in schema.org",
        "`headline` is not a property of Event",
        "Event.startDate: `17.01.2018` is not in its range",
        "Event.eventStatus: `OfflineEventAttendanceMode` is not a member",
        "Event.organizer: `c` is not a node of the graph",
        "Event.location: a Person is not in its range",
        "Event.isAccessibleForFree: `yes` is not in its range",
        "property `events` is superseded",
    ];
    for e in expected {
        assert!(
            problems.iter().any(|p| p.starts_with(e)),
            "missed {e:?} in {problems:#?}"
        );
    }
}
