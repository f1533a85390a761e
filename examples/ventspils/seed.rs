//! The seed news item of `jaunumi`, modelled completely: the item published by Ventspils
//! Digitālais centrs about the visit of Jūrmala municipality's IT specialists on Wednesday,
//! 17 January 2018 (the text of ../shared/seed/ventspils-digitalais-centrs.txt).
//!
//! What the text gives is modelled as it is: the headline, the section (`Jaunumi`), the
//! publisher and its parent municipality, the date of the visit, the organisations named.
//! What it does not give is marked where it is set: the site's addresses are illustrative,
//! and the time of publication (the item carries only the date) is set to noon.
//!
//! The integration tests build their golden files from this same module, so the example and
//! the tests can never disagree about the seed.

use jaunumi::{
    Article, Event, Feed, Html, Location, Moment, Organization, OrganizationKind, Place,
    PostalAddress,
};

/// The headline, as the page title gives it before ` | Ventspils Digitālais Centrs`.
pub(crate) const HEADLINE: &str =
    "Ventspils Digitālais centrs dalās pieredzē ar Jūrmalas pašvaldības IT speciālistiem";

/// The body of the item: its four paragraphs, as the site publishes them.
pub(crate) const BODY: &str = "<p>Trešdien, 17. janvārī, Ventspils Digitālajā centrā pieredzes apmaiņas braucienā bija ieradušies Jūrmalas pilsētas pašvaldības informācijas tehnoloģijas (IT) speciālisti, lai iepazītos ar Ventspils Digitālā centra pieredzi dažādu IT risinājumu ieviešanā Ventspils pilsētas pašvaldībā.</p>
<p>Vizītes laikā speciālisti tuvāk vēlējās iepazīties ar Ventspils Digitālā centra darbību, un Ventspils pieredzi Informācijas un komunikāciju tehnoloģiju (IKT) jomā. Īpaša viesu uzmanība tika veltīta inovatīvajiem risinājumiem, kas izveidoti izmantojot bezmaksas atvērtā koda programmatūru un tiek plaši izmantota Ventspils pilsētas pašvaldības darbības un pakalpojumu nodrošināšanā. Jāatzīmē, ka par šo tehnoloģiju ieviešanu Ventspils Digitālais centrs pagājuša gada sākumā Latvijas atvērto tehnoloģiju asociācijas (LATA) rīkotajā konkursā “Latvijas atvērto tehnoloģiju asociācijas balva 2016″ saņēma atzinību arī Latvijas mērogā.</p>
<p>Tradicionāli Ventspils pilsētas pašvaldība aktīvi iesaistās jaunāko informācijas tehnoloģiju apgūšanā un vienmēr ir arī dalījusies ar pieredzi un izveidotajiem IKT risinājumiem: no 2003. gada līdz pat teritoriālās reformas beigām, kas noslēdzās 2009. gadā, daļu no projekta “e-Ventspils” ietvaros izstrādātajiem risinājumiem izmantoja 48 Ziemeļkurzemes pašvaldības. Savukārt no 2008. gada, sadarbībā ar Vides aizsardzības un reģionālās attīstības ministriju realizējot projektu \"Pašvaldību e-pārvaldes centrālā datu apmaiņas mezgla attīstība un pašvaldību kompetenču centru modeļa izstrāde un ieviešana\", Ventspils Digitālais centrs ir kļuvis par vadošo pašvaldību – IKT kompetences centru Latvijā.</p>
<p>Līdz šim interesi sadarboties pašvaldībām svarīgu risinājumu izveidei, ko plānots turpināt projekta “Koplietošanas IKT resursu attīstība pašvaldību vajadzībām” ietvaros, ir izrādījušas jau 54 Latvijas pašvaldības.</p>";

/// The site's address (illustrative: the seed text does not carry it).
pub(crate) const SITE: &str = "https://vdc.ventspils.lv/";

/// Ventspils pilsētas pašvaldība, the municipality the centre belongs to.
pub(crate) fn ventspils() -> Result<Organization, jaunumi::Error> {
    Organization::builder("Ventspils pilsētas pašvaldība")
        .kind(OrganizationKind::Municipality)
        .url("https://www.ventspils.lv/")
        .area_served("Ventspils")
        .address(PostalAddress::builder().locality("Ventspils").build()?)
        .build()
}

/// Ventspils Digitālais centrs, the publisher: a municipal institution of Ventspils.
pub(crate) fn digital_centre() -> Result<Organization, jaunumi::Error> {
    Organization::builder("Ventspils Digitālais centrs")
        .kind(OrganizationKind::MunicipalInstitution)
        .url(SITE)
        .address(PostalAddress::builder().locality("Ventspils").build()?)
        .parent(ventspils()?)
        .build()
}

/// The visit the item reports: Jūrmala municipality's IT specialists at the centre on
/// Wednesday, 17 January 2018 (a one-day event given by its date: the text gives no time).
pub(crate) fn visit() -> Result<Event, Box<dyn std::error::Error>> {
    let venue = Place::builder(
        "Ventspils Digitālais centrs",
        PostalAddress::builder().locality("Ventspils").build()?,
    )
    .build()?;
    Ok(Event::builder(
        "Jūrmalas pilsētas pašvaldības IT speciālistu pieredzes apmaiņas vizīte Ventspils Digitālajā centrā",
        "2018-01-17".parse::<Moment>()?,
    )
    .end("2018-01-17".parse::<Moment>()?)
    .description(
        "Jūrmalas pilsētas pašvaldības informācijas tehnoloģiju speciālisti iepazīstas ar \
         Ventspils Digitālā centra pieredzi IT risinājumu ieviešanā Ventspils pilsētas pašvaldībā.",
    )
    .location(Location::Physical(venue))
    .organizer(digital_centre()?)
    .build()?)
}

/// The news item.
pub(crate) fn article() -> Result<Article, Box<dyn std::error::Error>> {
    let jurmala = Organization::builder("Jūrmalas pilsētas pašvaldība")
        .kind(OrganizationKind::Municipality)
        .build()?;
    let lata = Organization::builder("Latvijas atvērto tehnoloģiju asociācija")
        .kind(OrganizationKind::Ngo)
        .build()?;
    let ministry = Organization::builder("Vides aizsardzības un reģionālās attīstības ministrija")
        .kind(OrganizationKind::StateInstitution)
        .build()?;
    let body = Html::new(BODY)?;
    // The lede is the first paragraph; the item has no separate summary.
    let summary = body.to_text();
    let lede = summary.split("\n\n").next().unwrap_or(&summary);
    Ok(Article::builder(
        HEADLINE,
        "https://vdc.ventspils.lv/jaunumi/ventspils-digitalais-centrs-dalas-pieredze-ar-jurmalas-pasvaldibas-it-specialistiem/",
        // The item gives the date only; noon Riga time stands in for the hour.
        jaunumi::riga::at(2018, 1, 17, 12, 0)?,
    )
    .section("Jaunumi")
    .summary(lede)
    .body(body)
    .publisher(digital_centre()?)
    .keyword("IKT")
    .keyword("atvērtā koda programmatūra")
    .keyword("pieredzes apmaiņa")
    .event(visit()?)
    .mention(jurmala)
    .mention(ventspils()?)
    .mention(lata)
    .mention(ministry)
    .build()?)
}

/// The site's news feed, holding the item.
pub(crate) fn feed() -> Result<Feed, Box<dyn std::error::Error>> {
    Ok(Feed::builder(
        "Ventspils Digitālais centrs: jaunumi",
        "Ventspils Digitālā centra jaunumi",
        "https://vdc.ventspils.lv/jaunumi/",
        "https://vdc.ventspils.lv/jaunumi/feed/",
    )
    .publisher(digital_centre()?)
    .rights("© Ventspils Digitālais centrs")
    .article(article()?)
    .build()?)
}
