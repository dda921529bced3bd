/**
 * A service as schema.org structured data (JSON-LD), for search engines: a `Service` with
 * its provider, the places it is offered at (`areaServed`, and its channels' locations,
 * with their postal addresses and positions), its opening hours, ages, cost and needs.
 * Only what the feed says, with links and emails checked again.
 */
import { WEEKDAYS, descriptionText, safeEmail, safeWebUrl, telHref, type Location, type Service, type Weekday } from '@signpost/core';

const DAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
/** Characters of the description in the structured data (search engines show far fewer). */
const MAX_DESCRIPTION = 5000;

type Json = Record<string, unknown>;

/** An object without its undefined fields and empty lists. */
function defined(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)));
}

function place(l: Location): Json {
  const a = l.addresses[0];
  const address = a
    ? defined({
        '@type': 'PostalAddress',
        streetAddress: a.lines.join(', ') || undefined,
        addressLocality: a.city,
        addressRegion: a.region,
        postalCode: a.postcode,
        addressCountry: 'GB',
      })
    : undefined;
  return defined({
    '@type': 'Place',
    name: l.name,
    address,
    geo: l.position ? { '@type': 'GeoCoordinates', latitude: l.position.lat, longitude: l.position.lng } : undefined,
  });
}

function hours(service: Service): Json[] {
  return service.schedules
    .filter((s) => s.days.length && s.opensAt && s.freq !== 'monthly' && !s.interval)
    .map((s) =>
      defined({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: WEEKDAYS.filter((d) => s.days.includes(d)).map((d) => `https://schema.org/${DAY_NAMES[d]}`),
        opens: s.opensAt,
        closes: s.closesAt,
        validFrom: s.validFrom,
        validThrough: s.validTo,
      }),
    );
}

/** The structured data for a service whose page is at `pageUrl`. */
export function structuredData(service: Service, pageUrl: string, lang: string): Json {
  const org = service.organisation;
  const places = service.locations.map(place);
  const phone = service.phones[0]?.number;
  const { min, max } = service.ages;
  const description = descriptionText(service.description) || service.summary;
  return defined({
    '@context': 'https://schema.org',
    '@type': 'Service',
    '@id': `${pageUrl}#service`,
    name: service.name,
    description: description ? description.slice(0, MAX_DESCRIPTION) : undefined,
    url: pageUrl,
    inLanguage: lang,
    provider: org?.name
      ? defined({ '@type': 'Organization', name: org.name, url: safeWebUrl(org.url), email: safeEmail(org.email) })
      : undefined,
    areaServed: places,
    hoursAvailable: hours(service),
    availableChannel: defined({
      '@type': 'ServiceChannel',
      serviceUrl: safeWebUrl(service.url),
      servicePhone: phone && telHref(phone) ? { '@type': 'ContactPoint', telephone: phone } : undefined,
      serviceLocation: places,
    }),
    audience: min !== undefined || max !== undefined ? defined({ '@type': 'PeopleAudience', suggestedMinAge: min, suggestedMaxAge: max }) : undefined,
    offers: service.free === true ? { '@type': 'Offer', price: 0, priceCurrency: 'GBP' } : undefined,
    category: [...new Set(service.terms.map((t) => t.name))],
  });
}
