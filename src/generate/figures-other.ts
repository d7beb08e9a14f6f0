/**
 * @module Figures of the explanations that no table prints: government procurement (货物,
 * 工程, 服务 and the share awarded to small firms), state assets (vehicles, large equipment)
 * and the counts the 三公 explanation must give (团组, 人次, vehicles bought and held,
 * reception batches). Counts follow the money: no spending on an item, no count.
 */
import type { Amount } from '../model/index.js';
import { portion, split, sum } from './amounts.js';
import type { ThreePublicPart } from './figures.js';
import type { Rng } from './prng.js';

export interface OtherFigures {
  readonly procurement: { readonly goods: Amount; readonly works: Amount; readonly services: Amount; readonly smallFirms: Amount };
  readonly assets: { readonly vehicles: number; readonly equipment: number };
  readonly counts: { readonly groups: number; readonly travellers: number; readonly bought: number; readonly held: number;
    readonly batches: number; readonly guests: number };
}

export function otherFigures(publicTotal: Amount, projectTotal: Amount, tp: Record<ThreePublicPart, Amount>, rng: Rng): OtherFigures {
  const none = rng.chance(0.15);
  const pool = none ? 0n : portion(publicTotal + projectTotal, 0.05 + rng.next() * 0.25);
  const [goods = 0n, works = 0n, services = 0n] = split(pool, 3, rng, 1.0).map((a, i) => (i === 1 && rng.chance(0.6) ? 0n : a));
  const total = sum([goods, works, services]);
  const groups = tp.overseas > 0n ? rng.int(1, 6) : 0;
  const bought = tp.vehiclePurchase > 0n ? rng.int(1, 3) : 0;
  const held = tp.vehicleOperation > 0n ? bought + rng.int(1, 25) : bought;
  const batches = tp.reception > 0n ? rng.int(2, 120) : 0;
  return {
    procurement: { goods, works, services, smallFirms: portion(total, 0.5 + rng.next() * 0.5) },
    assets: { vehicles: held, equipment: rng.int(0, 12) },
    counts: { groups, travellers: groups * rng.int(2, 6), bought, held, batches, guests: batches * rng.int(3, 15) },
  };
}
