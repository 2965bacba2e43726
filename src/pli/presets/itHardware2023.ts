import type { PliSchemeInput } from '../scheme.js';

const unknownSix = [null, null, null, null, null, null] as const;

/**
 * PLI Scheme for IT Hardware 2.0 (MeitY, notified 29 May 2023), as data. Amounts in ₹ crore.
 *
 * Rates and year-by-year thresholds are set per applicant, so most are `null` here: supply them
 * from your approval with `withOverrides`. The global category carries the press's illustrative
 * thresholds and rates, flagged unconfirmed. Per-company ceilings are modelled as total caps.
 */
export const itHardware2023 = {
  id: 'it-hardware-2023',
  name: 'PLI Scheme for IT Hardware 2.0',
  authority: 'Ministry of Electronics and Information Technology (MeitY)',
  notified: '2023-05-29',
  amountUnit: 'crore',
  sources: [
    {
      id: 'meity-notification',
      title: 'MeitY, PLI Scheme for IT Hardware 2.0, Gazette notification of 29 May 2023',
      kind: 'official',
    },
    {
      id: 'press-illustration',
      title: 'Press illustration of global-company thresholds and rates (not official)',
      kind: 'press',
    },
  ],
  baseYear: 'FY2022-23',
  tenure: {
    years: 6,
    firstYear: 'FY2023-24',
    confidence: 'reported',
    note: 'Six years from the year after the base year.',
    sources: ['meity-notification'],
  },
  categories: {
    global: {
      name: 'Global companies',
      rates: {
        kind: 'by-year',
        rates: ['0.042', '0.04038', '0.03781', '0.04889', '0.05308', '0.0558'],
        confidence: 'unconfirmed',
        note: 'Illustrative rates from the press; actual rates are set per applicant (average about 5%).',
        sources: ['press-illustration'],
      },
      thresholds: {
        investment: {
          cumulative: [null, null, null, null, null, '500'],
          confidence: 'reported',
          note: '₹500 crore over six years; the yearly phasing is set per applicant: supply it.',
          sources: ['meity-notification'],
        },
        sales: {
          incremental: ['1000', '2500', '5000', '10000', '12000', '15000'],
          confidence: 'unconfirmed',
          note: 'Illustrative thresholds from the press, not official.',
          sources: ['press-illustration'],
        },
      },
      caps: [
        {
          kind: 'incentive-total',
          amount: '4500',
          confidence: 'reported',
          sources: ['meity-notification'],
        },
      ],
    },
    hybrid: {
      name: 'Hybrid companies',
      rates: {
        kind: 'by-year',
        rates: unknownSix,
        confidence: 'unconfirmed',
        note: 'Set per applicant (average about 5%): supply them.',
      },
      thresholds: {
        investment: {
          cumulative: [null, null, null, null, null, '250'],
          confidence: 'reported',
          note: '₹250 crore over six years; the yearly phasing is set per applicant: supply it.',
          sources: ['meity-notification'],
        },
        sales: {
          incremental: unknownSix,
          confidence: 'unconfirmed',
          note: 'Set per applicant: supply them.',
        },
      },
      caps: [
        {
          kind: 'incentive-total',
          amount: '2250',
          confidence: 'reported',
          sources: ['meity-notification'],
        },
      ],
    },
    domestic: {
      name: 'Domestic companies',
      rates: {
        kind: 'by-year',
        rates: unknownSix,
        confidence: 'unconfirmed',
        note: 'Set per applicant (average about 5%): supply them.',
      },
      thresholds: {
        investment: {
          cumulative: [null, null, null, null, null, '20'],
          confidence: 'reported',
          note: '₹20 crore over six years; the yearly phasing is set per applicant: supply it.',
          sources: ['meity-notification'],
        },
        sales: {
          incremental: unknownSix,
          confidence: 'unconfirmed',
          note: 'Set per applicant: supply them.',
        },
      },
      caps: [
        {
          kind: 'incentive-total',
          amount: '500',
          confidence: 'reported',
          sources: ['meity-notification'],
        },
      ],
    },
  },
  outlay: { amount: '17000', confidence: 'confirmed', sources: ['meity-notification'] },
  notModelled: [
    'Optional localisation incentives (rates up to 8–9%).',
    'Shortfall penalty: 5% of payable PLI for a 25–50% shortfall, 10% above 50% (sources disagree on whether the shortfall is on the PLI estimate or on investment).',
  ],
} as const satisfies PliSchemeInput;
