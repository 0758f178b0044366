// Top-level domains for e-mail and bare-domain detection. Hand-kept, not the full IANA
// list: every delegated country code plus the generic TLDs seen in practice.

const CC =
  'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo bq br bs bt bv bw by bz ' +
  'ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ' +
  'ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ' +
  'ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu ' +
  'mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw ' +
  'sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ' +
  'ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw';

/** Generic TLDs common enough to accept a bare domain ("konductro.com") in prose. */
const CORE_G =
  'com org net edu gov mil int info biz name pro aero coop museum mobi asia tel travel jobs cat post ' +
  'app dev online site website store shop tech cloud blog xyz email';

/** Further generic TLDs: only used so a real address is not trimmed ("x@foo.company"). */
const MORE_G =
  'academy accountant accountants apartments art audio auto bank bar bargains bayern berlin best bet bid bike bio ' +
  'black blue boutique build builders business buzz cab cafe cam camera camp capital car cards care career careers ' +
  'cars casa cash casino center ceo chat cheap church city claims cleaning click clinic clothing club coach codes ' +
  'coffee college community company computer consulting contractors cool coupons credit creditcard cricket cruises ' +
  'dance date dating deals degree delivery dental dentist diamonds direct directory discount doctor dog domains ' +
  'download earth eco education energy engineer engineering enterprises equipment estate eus events exchange expert ' +
  'exposed express fail faith family fan fans farm fashion film finance financial fish fitness flights florist ' +
  'football forsale foundation fun fund furniture futbol fyi gallery game games garden gay gift gifts gives glass ' +
  'gmbh gold golf graphics gratis green gripe guide guru hamburg healthcare help hiphop hockey holdings holiday homes ' +
  'horse hospital host hosting house how icu immo immobilien inc industries ink institute insure international ' +
  'investments irish jetzt jewelry kaufen kim kitchen kiwi land lawyer lease lgbt life lighting limited limo link ' +
  'llc llp loan loans lol london love ltd luxury maison management market marketing markets mba memorial men menu ' +
  'miami moda moe mom money monster mortgage movie nagoya ninja nyc observer one ooo paris partners parts party pet ' +
  'photo photography photos pics pictures pink pizza place plumbing plus poker press productions promo properties ' +
  'property pub quebec racing radio realestate realty recipes red rehab reise reisen rent rentals repair report ' +
  'rest restaurant review reviews rich rip rocks rodeo run sale salon sarl school schule science scot security sexy ' +
  'shoes shopping show singles ski soccer social solar space stream study style sucks supplies supply support surf ' +
  'surgery swiss sydney taxi team technology tennis theater tickets tienda tips tires today tokyo tools top tours ' +
  'town toys trade trading training tube university uno vacations vegas ventures vet viajes video villas vin vip ' +
  'vision vodka vote voting voto voyage wales wang watch webcam wedding wiki win wine work works world wtf yoga zone ' +
  'page live news global group agency digital solutions services software systems network media studio design ' +
  'health legal law zip mov google amazon aws microsoft apple youtube';

const words = (s: string): string[] => s.split(' ');

const ALL = new Set<string>([...words(CC), ...words(CORE_G), ...words(MORE_G)]);
const COMMON = new Set<string>([...words(CC), ...words(CORE_G)]);

/**
 * TLDs that are also common file extensions (privacy-policy.md, setup.py, deploy.sh):
 * a bare "x.md" is a file name unless a path follows or a public suffix precedes (uodo.gov.pl).
 */
export const FILE_LIKE_TLDS: ReadonlySet<string> = new Set(words('md py sh rs pl pm ps so mk ml tf gs cc zip mov'));

/** Country codes that are English words: "Inc.is" is glued prose, "garanteprivacy.it" is a site. */
export const WORD_TLDS: ReadonlySet<string> = new Set(words('am as at be by do in is it me my no so to us id ad la ma pa al'));

/** Second-level labels under which a file-like TLD is a real domain ("gov.pl"). */
export const PUBLIC_SLDS: ReadonlySet<string> = new Set(words('gov gv com org net edu ac co or ne go mil nic'));

/** Any known TLD (lowercase label). */
export function isTld(label: string): boolean {
  return ALL.has(label);
}

/** A TLD frequent enough to trust a bare domain in prose. */
export function isCommonTld(label: string): boolean {
  return COMMON.has(label);
}

/** Longest known TLD that is a proper prefix of `label` (lowercase), or 0. */
export function longestTldPrefix(label: string): number {
  // TLDs in the list are at most 16 chars; bounded work per label.
  for (let n = Math.min(label.length - 1, 16); n >= 2; n--) {
    if (ALL.has(label.slice(0, n))) return n;
  }
  return 0;
}
