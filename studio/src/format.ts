/** Numbers in the user's locale (the browser's), money with its currency; null and NaN show as an en dash. */
const locale = typeof navigator !== 'undefined' ? navigator.language : 'en';

function usable(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

export const DASH = '–';

export function formatNumber(value: number | string | null | undefined, digits = 0, lang = locale): string {
  const n = usable(value);
  return n === null ? DASH : new Intl.NumberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

/** Money with its currency; cents below 1,000 unless `digits` says otherwise (axis labels use 0). */
export function formatMoney(value: number | string | null | undefined, currency: string | null | undefined, lang = locale, digits?: number): string {
  const n = usable(value);
  if (n === null) return DASH;
  const fraction = digits ?? (Math.abs(n) >= 1000 ? 0 : 2);
  if (!currency) return formatNumber(n, fraction, lang);
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: fraction, minimumFractionDigits: fraction }).format(n);
  } catch {
    return `${formatNumber(n, 2, lang)} ${currency}`;
  }
}

/** A share in [0, 1] as a percentage. */
export function formatShare(value: number | string | null | undefined, digits = 1, lang = locale): string {
  const n = usable(value);
  return n === null ? DASH : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

export function formatDateTime(value: string | null | undefined, lang = locale): string {
  if (!value) return DASH;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? DASH : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatDate(value: string | null | undefined, lang = locale): string {
  if (!value) return DASH;
  const d = new Date(value.length === 10 ? value + 'T00:00:00Z' : value);
  return Number.isNaN(d.getTime()) ? DASH : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: value.length === 10 ? 'UTC' : undefined }).format(d);
}

/** SELF_DIRECTION -> Self-direction; OPENNESS_TO_CHANGE -> Openness to change; ageBand -> Age band; AGE_25_34 -> Age 25–34. */
export function humanise(name: string | null | undefined): string {
  if (!name) return DASH;
  const plain = name.replace(/^value\./, '').replace(/([a-z])([A-Z])/g, '$1_$2');
  const words = plain.toLowerCase().split('_');
  const text = words.join(' ').replace(/(\d+) (\d+)/g, '$1–$2').replace(/ plus$/, '+');
  const joined = text === 'self direction' ? 'self-direction' : text;
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
