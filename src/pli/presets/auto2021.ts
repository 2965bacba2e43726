import type { PliSchemeInput } from '../scheme.js';

const unknownFive = [null, null, null, null, null] as const;

const slabNote =
  'Slab rates as published by MHI; the table gives a percentage of the Determined Sales Value per slab, modelled as the whole DSV earning the rate of its slab. Set method "marginal" if your reading differs.';

/**
 * PLI Scheme for Automobile and Auto Components (MHI, notified 23 September 2021), as data.
 * Amounts in ₹ crore. Rates are slabs of the year's Determined Sales Value (DSV: eligible
 * incremental sales over FY2019-20) with a cumulative-DSV bonus. The yearly investment and DSV
 * thresholds are not in any source we hold: they are `null` (unknown) — supply them from the
 * approval with `withOverrides` before evaluating.
 */
export const auto2021 = {
  id: 'auto-2021',
  name: 'PLI Scheme for Automobile and Auto Component Industry',
  authority: 'Ministry of Heavy Industries (MHI)',
  notified: '2021-09-23',
  amountUnit: 'crore',
  sources: [
    {
      id: 'mhi-notification',
      title:
        'MHI, PLI Scheme for Automobile and Auto Component Industry, Gazette notification of 23 September 2021',
      kind: 'official',
    },
    {
      id: 'mhi-slabs-2024',
      title:
        'MHI release (reproduced by the press): PLI scheme to boost domestic manufacturing of automobiles and auto components (Annexure I: incentive slabs), August 2024',
      url: 'https://orissadiary.com/ministry-of-heavy-industries-pli-scheme-to-boost-domestic-manufacturing-of-automobiles-and-auto-components/',
      kind: 'press',
    },
  ],
  baseYear: 'FY2019-20',
  tenure: {
    years: 5,
    firstYear: 'FY2023-24',
    confidence: 'confirmed',
    note: 'Moved one year later (FY2023-24 to FY2027-28) by notifications SO 5486(E) and SO 5487(E) of 29 December 2023.',
    sources: ['mhi-slabs-2024'],
  },
  categories: {
    'champion-oem': {
      name: 'Champion OEM (battery-electric and hydrogen fuel-cell vehicles)',
      rates: {
        kind: 'slabs',
        slabs: [
          { upTo: '2000', rate: '0.13' },
          { upTo: '3000', rate: '0.14' },
          { upTo: '4000', rate: '0.15' },
          { upTo: null, rate: '0.16' },
        ],
        method: 'whole',
        confidence: 'reported',
        note: slabNote,
        sources: ['mhi-slabs-2024'],
      },
      thresholds: {
        investment: {
          cumulative: unknownFive,
          confidence: 'unconfirmed',
          note: 'Not in the sources held: supply the yearly cumulative investment thresholds.',
        },
        sales: {
          incremental: unknownFive,
          confidence: 'unconfirmed',
          note: 'Not in the sources held: supply the yearly DSV thresholds.',
        },
      },
      caps: [
        {
          kind: 'incentive-total',
          amount: '6485',
          confidence: 'reported',
          note: 'Per company group.',
          sources: ['mhi-notification'],
        },
      ],
      bonuses: [
        {
          id: 'cumulative-dsv',
          name: 'Cumulative DSV of ₹10,000 crore',
          rate: '0.02',
          condition: { kind: 'cumulative-incremental-sales', atLeast: '10000' },
          confidence: 'confirmed',
          note: 'Applied to each year from the one in which the cumulative DSV reaches ₹10,000 crore.',
          sources: ['mhi-slabs-2024'],
        },
      ],
    },
    'component-champion': {
      name: 'Component Champion (advanced automotive technology components)',
      rates: {
        kind: 'slabs',
        slabs: [
          { upTo: '250', rate: '0.08' },
          { upTo: '500', rate: '0.09' },
          { upTo: '750', rate: '0.1' },
          { upTo: null, rate: '0.11' },
        ],
        method: 'whole',
        confidence: 'reported',
        note: slabNote,
        sources: ['mhi-slabs-2024'],
      },
      thresholds: {
        investment: {
          cumulative: unknownFive,
          confidence: 'unconfirmed',
          note: 'Not in the sources held: supply the yearly cumulative investment thresholds.',
        },
        sales: {
          incremental: unknownFive,
          confidence: 'unconfirmed',
          note: 'Not in the sources held: supply the yearly DSV thresholds.',
        },
      },
      caps: [
        {
          kind: 'incentive-total',
          amount: '6485',
          confidence: 'reported',
          note: 'Per company group.',
          sources: ['mhi-notification'],
        },
      ],
      bonuses: [
        {
          id: 'cumulative-dsv',
          name: 'Cumulative DSV of ₹1,250 crore',
          rate: '0.02',
          condition: { kind: 'cumulative-incremental-sales', atLeast: '1250' },
          confidence: 'confirmed',
          note: 'Applied to each year from the one in which the cumulative DSV reaches ₹1,250 crore.',
          sources: ['mhi-slabs-2024'],
        },
        {
          id: 'bev-fcev',
          name: 'Battery-electric and hydrogen fuel-cell vehicle components',
          rate: '0.05',
          condition: { kind: 'opt-in' },
          confidence: 'confirmed',
          note: 'Pass attributes: ["bev-fcev"] to claim it.',
          sources: ['mhi-slabs-2024'],
        },
      ],
    },
  },
  outlay: { amount: '25938', confidence: 'confirmed', sources: ['mhi-notification'] },
  notModelled: [
    'After a missed DSV year, a 10% year-on-year growth threshold applies (not modelled).',
    'Component rates multiplied by 0.9 in year 5 for ICE-vehicle components (not modelled).',
    'Minimum 50% domestic value addition (a precondition of eligible sales: give only qualifying sales).',
  ],
} as const satisfies PliSchemeInput;
