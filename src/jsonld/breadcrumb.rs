//! Breadcrumb trails: the pages above a page, as a `BreadcrumbList`.

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::model::error::Error;
use crate::model::text::Text;
use crate::model::web_url::WebUrl;

/// A page above the one described, in its breadcrumb trail: a name and a URL.
///
/// A trail lists the pages from the site's home page down to the page's parent, and
/// [`Printer::trail`](super::Printer::trail) gives it to the export; the page itself
/// ends the `BreadcrumbList`.
///
/// # Example
///
/// ```
/// use jaunumi::jsonld::Breadcrumb;
///
/// let home = Breadcrumb::new("Sākums", "https://vdc.ventspils.lv/")?;
/// assert_eq!(home.name().as_str(), "Sākums");
/// assert!(Breadcrumb::new("Jaunumi", "/jaunumi/").is_err());
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Breadcrumb {
    name: Text,
    url: WebUrl,
}

impl Breadcrumb {
    /// A page of the trail from its name and URL.
    ///
    /// # Errors
    ///
    /// An [`Error`] naming `name` (empty, or a character XML cannot carry) or `url`
    /// (not an absolute `http`/`https` URL).
    ///
    /// # Example
    ///
    /// ```
    /// let err = jaunumi::jsonld::Breadcrumb::new(" ", "https://vdc.ventspils.lv/").unwrap_err();
    /// assert_eq!(err.to_string(), "name: must not be empty");
    /// ```
    pub fn new(name: &str, url: &str) -> Result<Self, Error> {
        Ok(Self {
            name: Text::new(name).map_err(|e| e.at("name"))?,
            url: WebUrl::parse(url).map_err(|e| e.at("url"))?,
        })
    }

    /// The page's name, as the trail shows it.
    ///
    /// # Example
    ///
    /// ```
    /// let crumb = jaunumi::jsonld::Breadcrumb::new("Jaunumi", "https://vdc.ventspils.lv/jaunumi/")?;
    /// assert_eq!(crumb.name().as_str(), "Jaunumi");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn name(&self) -> &Text {
        &self.name
    }

    /// The page's URL.
    ///
    /// # Example
    ///
    /// ```
    /// let crumb = jaunumi::jsonld::Breadcrumb::new("Jaunumi", "https://vdc.ventspils.lv/jaunumi/")?;
    /// assert_eq!(crumb.url().as_str(), "https://vdc.ventspils.lv/jaunumi/");
    /// Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn url(&self) -> &WebUrl {
        &self.url
    }
}

/// The `BreadcrumbList` of a page: its trail, then the page itself.
pub(super) struct BreadcrumbList<'a> {
    pub(super) id: &'a str,
    pub(super) trail: &'a [Breadcrumb],
    pub(super) name: &'a Text,
    pub(super) url: &'a WebUrl,
}

impl Serialize for BreadcrumbList<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("@type", "BreadcrumbList")?;
        map.serialize_entry("@id", self.id)?;
        map.serialize_entry("itemListElement", &Crumbs(self))?;
        map.end()
    }
}

struct Crumbs<'a>(&'a BreadcrumbList<'a>);

impl Serialize for Crumbs<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let list = self.0;
        let mut seq = serializer.serialize_seq(Some(list.trail.len() + 1))?;
        let crumbs = list.trail.iter().map(|c| (&c.name, &c.url));
        for (i, (name, url)) in crumbs.chain([(list.name, list.url)]).enumerate() {
            seq.serialize_element(&Crumb {
                position: i + 1,
                name,
                url,
            })?;
        }
        seq.end()
    }
}

/// A `ListItem` of a breadcrumb trail: `item` is the page's URL, as Google documents it.
struct Crumb<'a> {
    position: usize,
    name: &'a Text,
    url: &'a WebUrl,
}

impl Serialize for Crumb<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("@type", "ListItem")?;
        map.serialize_entry("position", &self.position)?;
        map.serialize_entry("name", self.name.as_str())?;
        map.serialize_entry("item", self.url.as_str())?;
        map.end()
    }
}
