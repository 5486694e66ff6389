// Places as CV entry lines print them beside a role: countries (every
// region name the runtime's ICU data knows, in the CV languages), US states
// and Canadian provinces, cities (the time-zone cities plus the larger tech
// cities that have no zone of their own) and work arrangements ("Remote",
// "Hybrid", "On-site"). A place is never an employer.
import { foldText } from './clean.js';

/** Locales whose country names CVs print ("Deutschland", "Allemagne", "Alemania"). */
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'ru', 'uk', 'tr'];
/** Region codes that name an organisation or no place (the United Nations employs people). */
const NOT_PLACES = new Set(['UN', 'EU', 'EZ', 'QO', 'XA', 'XB', 'ZZ']);

const COUNTRY_ALIASES = [
  'usa', 'u.s.', 'u.s.a.', 'us', 'america', 'uk', 'u.k.', 'great britain', 'britain', 'england', 'scotland', 'wales', 'northern ireland',
  'uae', 'u.a.e.', 'ksa', 'turkey', 'czech republic', 'korea', 'holland', 'the netherlands', 'hong kong', 'macau', 'ivory coast',
  'europe', 'eu', 'emea', 'apac', 'latam', 'asia', 'africa', 'north america', 'south america', 'latin america', 'middle east', 'worldwide', 'global', 'dach', 'nordics', 'benelux',
];

const US_STATES = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois',
  'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri',
  'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma',
  'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming', 'district of columbia', 'ontario', 'quebec', 'british columbia', 'alberta', 'manitoba', 'saskatchewan',
  'nova scotia', 'new brunswick', 'bavaria', 'bayern', 'berlin', 'hesse', 'hessen', 'baden-wurttemberg', 'saxony', 'sachsen', 'north rhine-westphalia',
  'nordrhein-westfalen', 'catalonia', 'catalunya', 'ile-de-france', 'lombardy', 'lombardia', 'tuscany', 'andalusia', 'flanders', 'wallonia',
];

/** US state and Canadian province codes, in capitals only: "Denver, CO" (not "Acme Co."). */
export const REGION_CODES = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON QC BC AB MB SK NS NB NL PE'.split(' '),
);

/** Larger cities (tech hubs) with no time zone of their own. */
const CITIES = [
  'munich', 'munchen', 'frankfurt', 'frankfurt am main', 'hamburg', 'cologne', 'koln', 'stuttgart', 'dusseldorf', 'dresden', 'leipzig', 'hannover', 'hanover',
  'nuremberg', 'nurnberg', 'karlsruhe', 'bonn', 'mannheim', 'heidelberg', 'darmstadt', 'aachen', 'bremen', 'essen', 'dortmund', 'potsdam',
  'milan', 'milano', 'turin', 'torino', 'florence', 'firenze', 'naples', 'napoli', 'bologna', 'barcelona', 'valencia', 'seville', 'sevilla', 'malaga', 'bilbao',
  'porto', 'braga', 'coimbra', 'lyon', 'marseille', 'toulouse', 'bordeaux', 'lille', 'nantes', 'grenoble', 'montpellier', 'strasbourg', 'rennes',
  'geneva', 'geneve', 'basel', 'bern', 'lausanne', 'rotterdam', 'the hague', 'den haag', 'utrecht', 'eindhoven', 'delft', 'antwerp', 'antwerpen', 'ghent', 'gent', 'leuven',
  'krakow', 'cracow', 'wroclaw', 'gdansk', 'poznan', 'lodz', 'cluj-napoca', 'cluj', 'iasi', 'timisoara', 'brno', 'gothenburg', 'goteborg', 'malmo', 'uppsala',
  'aarhus', 'odense', 'tampere', 'espoo', 'bergen', 'trondheim', 'manchester', 'birmingham', 'edinburgh', 'glasgow', 'bristol', 'leeds', 'liverpool',
  'cambridge', 'oxford', 'cork', 'galway', 'limerick', 'saint petersburg', 'st. petersburg', 'st petersburg', 'petersburg', 'kazan', 'nizhny novgorod',
  'kharkiv', 'lviv', 'odesa', 'odessa', 'dnipro', 'tel aviv', 'tel aviv-yafo', 'haifa', 'ankara', 'izmir', 'abu dhabi', 'sharjah', 'alexandria', 'giza',
  'bangalore', 'bengaluru', 'hyderabad', 'pune', 'mumbai', 'bombay', 'delhi', 'new delhi', 'chennai', 'gurgaon', 'gurugram', 'noida', 'ahmedabad', 'kochi',
  'islamabad', 'lahore', 'beijing', 'shenzhen', 'hangzhou', 'guangzhou', 'chengdu', 'nanjing', 'wuhan', 'suzhou', 'osaka', 'kyoto', 'yokohama', 'busan',
  'wellington', 'montreal', 'ottawa', 'calgary', 'waterloo', 'quebec city', 'san francisco', 'san jose', 'palo alto', 'mountain view', 'menlo park',
  'sunnyvale', 'cupertino', 'santa clara', 'redwood city', 'san mateo', 'oakland', 'berkeley', 'redmond', 'bellevue', 'seattle', 'austin', 'dallas',
  'houston', 'san antonio', 'atlanta', 'boston', 'nyc', 'brooklyn', 'manhattan', 'washington', 'washington dc', 'washington, d.c.', 'philadelphia',
  'pittsburgh', 'miami', 'orlando', 'tampa', 'minneapolis', 'raleigh', 'durham', 'charlotte', 'nashville', 'san diego', 'irvine', 'salt lake city',
  'portland', 'baltimore', 'columbus', 'cleveland', 'cincinnati', 'st. louis', 'kansas city', 'pasadena', 'santa monica', 'ann arbor', 'boulder',
  'bay area', 'sf bay area', 'san francisco bay area', 'silicon valley', 'greater london', 'rio de janeiro', 'belo horizonte', 'porto alegre',
  'curitiba', 'brasilia', 'medellin', 'guadalajara', 'cordoba', 'rosario', 'cape town', 'durban', 'pretoria', 'isfahan', 'shiraz', 'mashhad', 'tabriz',
  'karaj', 'qom', 'erbil', 'kuala lumpur', 'penang', 'cebu', 'hanoi', 'da nang', 'chiang mai', 'surabaya', 'bandung', 'casablanca', 'rabat', 'tunis',
];

/** Time-zone names that are no city a CV means ("America/North_Dakota/Center"), or are also firms ("Antarctica/Macquarie"). */
const ZONE_NOISE = new Set(['center', 'easter', 'christmas', 'midway', 'knox', 'new salem', 'beulah', 'monticello', 'marengo', 'vevay', 'winamac', 'petersburg', 'tell city', 'vincennes']);

function zoneCities(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones
    .filter((z) => z.includes('/') && !/^(Etc|Antarctica|SystemV)\//.test(z))
    .map((z) => foldText(z.split('/').at(-1)!.replace(/_/g, ' ')))
    .filter((c) => !ZONE_NOISE.has(c));
}

function countryNames(): string[] {
  const names: string[] = [];
  const codes: string[] = [];
  for (let a = 65; a < 91; a++) for (let b = 65; b < 91; b++) codes.push(String.fromCharCode(a, b));
  for (const locale of LOCALES) {
    for (const style of ['long', 'short'] as const) {
      let display: Intl.DisplayNames;
      try {
        display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none', style });
      } catch {
        continue;
      }
      for (const code of codes) {
        if (NOT_PLACES.has(code)) continue;
        const name = display.of(code);
        if (name && name !== code) names.push(foldText(name.replace(/’/g, "'")));
      }
    }
  }
  return names;
}

let known: Set<string> | undefined;

function places(): Set<string> {
  known ??= new Set([...countryNames(), ...COUNTRY_ALIASES, ...US_STATES, ...CITIES, ...zoneCities()].map((p) => foldText(p)));
  return known;
}

/** Work arrangements printed where a place goes: "Remote", "Hybrid", "On-site", "Fully remote", "Télétravail". */
const ARRANGEMENT = /^(?:(?:fully|full|100%|partially|partly)\s+)?(?:remote(?:ly)?|remote[- ]first|hybrid|on[- ]?site|onsite|in[- ]office|home[- ]?office|work from home|wfh|distributed|télétravail|teletravail|à distance|a distance|teletrabajo|remoto|remota|híbrido|hibrido|fernarbeit|mobiles arbeiten|da remoto)$/i;

/** One place name: a country, region, city or work arrangement ("Munich", "Deutschland", "CA", "Remote"). */
export function isPlaceName(piece: string): boolean {
  const text = piece.trim().replace(/\.$/, '');
  if (text === '') return false;
  if (REGION_CODES.has(text)) return true;
  if (ARRANGEMENT.test(text)) return true;
  return places().has(foldText(text.replace(/’/g, "'")));
}

/**
 * A piece made only of places: "Tehran", "Remote, Moscow", "Menlo Park, CA &
 * Ithaca, NY", "Minsk, Belarus; London, UK", "Remote (EU)", "Germany, Munich".
 */
export function isPlaces(piece: string): boolean {
  const text = piece.trim().replace(/\s*\(([^()]*)\)\s*/g, (_, inner: string) => (isPlaces(inner) ? ' ' : ` (${inner}) `)).trim();
  if (text === '' || /\(|\d/.test(text)) return false;
  const groups = text.split(/\s*(?:;|&|\/|\||·|•|\s+and\s+|\s+or\s+|\s[-–—]\s)\s*/i).filter(Boolean);
  return groups.length > 0 && groups.every(isPlaceGroup);
}

/** "Munich", "Remote, Moscow", or a town before a known region ("Ithaca, NY", "Garching, Bavaria"). */
function isPlaceGroup(group: string): boolean {
  const names = group.split(/\s*,\s*/).filter(Boolean);
  if (names.length === 0) return false;
  if (names.every(isPlaceName)) return true;
  const last = names.at(-1)!;
  const town = (n: string) => /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}$/u.test(n);
  // Only "Town, Region": in "Acme AB, Stockholm, Sweden" the first name is the employer's.
  return names.length === 2 && isPlaceName(last) && town(names[0]);
}
