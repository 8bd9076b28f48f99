// The registrable ("base") domain of a host, as Thunderbird's FetchConfig gets it from
// Services.eTLD.getBaseDomainFromHost (FetchConfig.sys.mjs fetchConfigForMX).
// We ship a trimmed list, not the full Public Suffix List (https://publicsuffix.org/list/):
// only the multi-label public suffixes where mail providers, their MX hosts and the ISPDB's
// own domains live. Any other host falls back to "last two labels", which is right for
// every single-label suffix (.com, .de, .fr, .ru ...). A missing suffix only makes an
// identification or MX lookup less precise; it never sends anything to the wrong place.
const MULTI_LABEL_SUFFIXES = new Set([
  // United Kingdom
  'co.uk', 'org.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk', 'ac.uk', 'gov.uk', 'nhs.uk', 'sch.uk',
  // Australia, New Zealand
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au', 'id.au', 'asn.au',
  'co.nz', 'net.nz', 'org.nz', 'ac.nz', 'govt.nz', 'school.nz',
  // Japan (the ISPDB holds many *.ne.jp and *.or.jp providers)
  'co.jp', 'ne.jp', 'or.jp', 'ac.jp', 'ad.jp', 'ed.jp', 'go.jp', 'gr.jp', 'lg.jp',
  // Korea, China, Taiwan, Hong Kong
  'co.kr', 'or.kr', 'ne.kr', 're.kr', 'pe.kr', 'ac.kr', 'go.kr',
  'com.cn', 'net.cn', 'org.cn', 'edu.cn', 'gov.cn',
  'com.tw', 'net.tw', 'org.tw', 'edu.tw', 'idv.tw',
  'com.hk', 'net.hk', 'org.hk', 'edu.hk',
  // South and South-East Asia
  'co.in', 'net.in', 'org.in', 'firm.in', 'gen.in', 'ind.in', 'ac.in', 'edu.in',
  'com.sg', 'net.sg', 'org.sg', 'edu.sg',
  'com.my', 'net.my', 'org.my', 'edu.my',
  'co.id', 'or.id', 'ac.id', 'web.id',
  'co.th', 'in.th', 'ac.th', 'or.th',
  'com.vn', 'net.vn', 'edu.vn',
  'com.ph', 'net.ph', 'org.ph',
  'com.pk', 'net.pk',
  // Americas
  'com.br', 'net.br', 'org.br', 'edu.br', 'gov.br',
  'com.ar', 'net.ar', 'org.ar',
  'com.mx', 'net.mx', 'org.mx',
  'com.co', 'net.co',
  'com.pe', 'com.ve', 'com.uy', 'com.ec',
  // Europe, Middle East, Africa
  'com.tr', 'net.tr', 'org.tr', 'gen.tr',
  'co.il', 'org.il', 'ac.il',
  'com.gr', 'com.pl', 'net.pl', 'org.pl', 'com.pt', 'com.es', 'org.es', 'com.ua', 'co.ua',
  'co.at', 'or.at', 'ac.at', 'gv.at',
  'com.ru', 'net.ru', 'org.ru',
  'co.za', 'org.za', 'net.za', 'ac.za', 'gov.za',
  'com.sa', 'com.eg', 'com.ng', 'co.ke',
])

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/

/** Lower-case, trailing dot removed; null when this is not a host name at all. */
export function normalizeHost(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '')
  return HOST.test(h) ? h : null
}

/** "mx1.mail.example.co.uk" -> "example.co.uk"; a bare suffix returns itself. */
export function registrableDomain(host: string): string | null {
  const h = normalizeHost(host)
  if (!h) return null
  const labels = h.split('.')
  if (labels.length <= 2) return h
  const lastTwo = labels.slice(-2).join('.')
  const keep = MULTI_LABEL_SUFFIXES.has(lastTwo) ? 3 : 2
  return labels.slice(-keep).join('.')
}

/**
 * The registrable domain plus one label, as eTLD.getNextSubDomain: for
 * "x.mail.protection.outlook.com" that is "protection.outlook.com". Null when the host is
 * the registrable domain itself.
 */
export function nextSubdomain(host: string): string | null {
  const h = normalizeHost(host)
  const base = h && registrableDomain(h)
  if (!h || !base || h === base) return null
  const labels = h.split('.')
  return labels.slice(-(base.split('.').length + 1)).join('.')
}

/** Every domain from the host itself down to its registrable domain, most specific first. */
export function domainChain(host: string): string[] {
  const h = normalizeHost(host)
  const base = h && registrableDomain(h)
  if (!h || !base) return []
  const labels = h.split('.')
  const out: string[] = []
  for (let i = 0; i <= labels.length - base.split('.').length; i++) out.push(labels.slice(i).join('.'))
  return out
}
