/**
 * @module Counts an explanation states (车辆 N 辆, 设备 N 台（套）, 公务用车保有量 N 辆): how they
 * are printed, which of them list parts of a total, and which must agree across sections. The
 * generic reader in src/checks/explanations/counts.ts uses only these.
 */

/** Sections whose counts are read. */
export const COUNT_SECTIONS: readonly string[] = ['assets', 'threePublic'];

/** A printed count and its unit (11,903 辆, 488台（套）, 2台（件、套）). */
export const COUNT_FIGURE = /(\d{1,3}(?:,\d{3})+|\d+)\s*(辆|台(?:（[件、]*套）|\([件、]*套\))?|套)/;

/** An item of a parts list (部级领导干部用车 4 辆, 其他车辆 0 辆): a class of vehicles. */
export const COUNT_PART = /(?:用车|车辆)$/;

/** A clause a parts list may carry between its items ("一般公务用车 0 辆，价值 0.00 万元；…"). */
export const COUNT_LIST_FILLER = /^价值/;

/** The vehicles the body holds in the assets section (共有车辆 N 辆, 2.车辆 N 辆), not those it buys. */
export const VEHICLES_HELD = /(?:共有|实有|^)车辆$/;

/** The 三公 section's 公务用车保有量. */
export const VEHICLE_STOCK = /保有量/;

/**
 * A stock stated for the vehicles paid from fiscal appropriations (开支财政拨款的公务用车保有量):
 * a subset of all the vehicles held, so it may be smaller (000: 11,888 of 11,903).
 */
export const FISCAL_SCOPE = /财政拨款/;

/** The section gives the reason the stock differs from the vehicles held (003: 与公务用车保有量差异原因是 …). */
export const STOCK_DIFFERENCE_EXPLAINED = /差异(?:的)?原因|不一致(?:的)?原因/;
