//! WebSub (W3C Recommendation, 2018): telling a feed's hubs that it changed, so that
//! readers subscribed there get the new articles at once instead of polling.
//!
//! A [`Feed`](crate::Feed) names its hubs ([`FeedBuilder::hub`](crate::FeedBuilder::hub)),
//! and every feed output advertises them: `atom:link rel="hub"` (with `rel="self"`) in RSS,
//! `link rel="hub"` in Atom, `hubs` in JSON Feed. When the feed changes, the publisher
//! POSTs [`publish_body`] to each hub, as a form (`application/x-www-form-urlencoded`,
//! [`CONTENT_TYPE`]). The library sends nothing itself: it does no I/O.
//!
//! # Example
//!
//! ```
//! let feed = jaunumi::Feed::builder("Jaunumi", "Ventspils jaunumi", "https://ventspils.lv/", "https://ventspils.lv/rss?lang=lv")
//!     .hub("https://pubsubhubbub.appspot.com/")
//!     .build()?;
//! for hub in feed.hubs() {
//!     let body = jaunumi::websub::publish_body(hub, feed.feed_url());
//!     assert_eq!(body, "hub.mode=publish&hub.url=https%3A%2F%2Fventspils.lv%2Frss%3Flang%3Dlv");
//!     // POST `body` to `hub` with Content-Type: jaunumi::websub::CONTENT_TYPE.
//! }
//! Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::model::web_url::WebUrl;

/// The media type of the body POSTed to a hub (`Content-Type`).
///
/// # Example
///
/// ```
/// assert_eq!(jaunumi::websub::CONTENT_TYPE, "application/x-www-form-urlencoded");
/// ```
pub const CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// The form body a publisher POSTs to `hub` when the feed at `feed_url` changed:
/// `hub.mode=publish&hub.url=…`, the feed's address escaped as a form value (by the
/// `form_urlencoded` serializer the `url` crate carries).
///
/// The hub's own address is not part of the body, but it is asked for so that a body is
/// only ever made for a hub the caller has: POST it there.
///
/// # Example
///
/// ```
/// let hub: jaunumi::WebUrl = "https://websub.ventspils.lv/".parse()?;
/// let feed: jaunumi::WebUrl = "https://ventspils.lv/jaunumi/feed/".parse()?;
/// assert_eq!(
///     jaunumi::websub::publish_body(&hub, &feed),
///     "hub.mode=publish&hub.url=https%3A%2F%2Fventspils.lv%2Fjaunumi%2Ffeed%2F",
/// );
/// Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn publish_body(hub: &WebUrl, feed_url: &WebUrl) -> String {
    debug_assert!(!hub.as_str().is_empty(), "a web URL is never empty");
    url::form_urlencoded::Serializer::new(String::new())
        .append_pair("hub.mode", "publish")
        .append_pair("hub.url", feed_url.as_str())
        .finish()
}
