/**
 * @module The administrative level of a disclosing body, read from the region its name opens
 * with (国家… → central; 吉林省… → provincial; 上海市普陀区… → county; 福州市… → municipal),
 * or from the level word of the title (上海市2025年市级单位预算).
 */
import type { Level } from '../model/index.js';
import {
  CENTRAL_ENDINGS,
  CENTRAL_PREFIXES,
  CITY_PATTERN,
  COUNTY_PATTERN,
  PARTY_PREFIX,
  PROVINCES,
  TITLE_LEVEL_WORDS,
  type Province,
} from './vocabulary.js';

interface Region {
  readonly province: Province | null;
  readonly level: Level;
}

/** The region a name opens with and the level it gives; unknown when no region is printed. */
export function regionOf(name: string): Region {
  let rest = name.startsWith(PARTY_PREFIX) && !name.startsWith('中共中央') ? name.slice(PARTY_PREFIX.length) : name;
  if (CENTRAL_PREFIXES.some((p) => rest.startsWith(p)) && !PROVINCES.some((p) => rest.startsWith(p.short))) {
    return { province: null, level: 'central' };
  }
  // Longest first so that 新疆维吾尔自治区 wins over 新疆 and the full name over the short one.
  const province = PROVINCES.find((p) => rest.startsWith(p.full)) ?? PROVINCES.find((p) => rest.startsWith(p.short));
  if (province) {
    rest = rest.slice(rest.startsWith(province.full) ? province.full.length : province.short.length);
    // 吉林市…: a city named like its province.
    if (!province.municipality && rest.startsWith('市')) {
      return { province, level: COUNTY_PATTERN.test(rest.slice(1)) ? 'county' : 'municipal' };
    }
    if (province.municipality) {
      return { province, level: COUNTY_PATTERN.test(rest) ? 'county' : 'provincial' };
    }
    // 江苏省委办公厅: 委 after the province is the provincial party committee, not a city.
    const city = CITY_PATTERN.exec(rest);
    if (!city) return { province, level: 'provincial' };
    return { province, level: COUNTY_PATTERN.test(rest.slice(city[0].length)) ? 'county' : 'municipal' };
  }
  const city = CITY_PATTERN.exec(rest);
  if (city) return { province: null, level: COUNTY_PATTERN.test(rest.slice(city[0].length)) ? 'county' : 'municipal' };
  if (COUNTY_PATTERN.test(rest)) return { province: null, level: 'county' };
  if (CENTRAL_ENDINGS.test(rest) && rest.length <= 8) return { province: null, level: 'central' };
  return { province: null, level: 'unknown' };
}

/** Level from a title's level word together with the region it names. */
function levelFromTitle(title: string): Level {
  const region = regionOf(title);
  for (const { word, level } of TITLE_LEVEL_WORDS) {
    if (!word.test(title)) continue;
    if (level !== 'city') return level;
    return region.province?.municipality ? 'provincial' : 'municipal';
  }
  return region.level;
}

/**
 * The level of a disclosure: the body's own name decides; the title's level word or region
 * decides when the name prints no region (上海交通职业技术学院 under 上海市…市级单位预算).
 */
export function levelOf(department: string | null, title: string | null): Level {
  const fromName = department ? regionOf(department).level : 'unknown';
  if (fromName !== 'unknown') return fromName;
  return title ? levelFromTitle(title) : 'unknown';
}
