import type { PliSchemeInput } from '../scheme.js';

/**
 * PLI Scheme for IT Hardware (MeitY, notified 3 March 2021): laptops, tablets, all-in-one PCs
 * and servers, as data. Amounts in ₹ crore.
 *
 * Several figures are unconfirmed (flagged): the year-by-year rates (4/3/2/1% assumed from the
 * ministry's "4% to 2% / 1%"), the phasing of the domestic investment threshold, and the global
 * category's thresholds after year 1 (left `null`: supply them with `withOverrides` from your
 * approval letter before evaluating those years). Invoice floors limit what earns the incentive
 * but every sale counts towards the sales threshold.
 *
 * IT Hardware 2.0 (`it-hardware-2023`, notified 29 May 2023) is this scheme's `successor`, not
 * one of its versions: it opened a new application round with its own base year, tenure,
 * categories, ceilings and penalties, and firms approved here had to apply again. So an
 * enrolment under this scheme keeps these rules on any date; model a move to 2.0 as a new
 * enrolment under `it-hardware-2023` (and end this one).
 */
export const itHardware2021 = {
  id: 'it-hardware-2021',
  name: 'PLI Scheme for IT Hardware',
  authority: 'Ministry of Electronics and Information Technology (MeitY)',
  notified: '2021-03-03',
  amountUnit: 'crore',
  sources: [
    {
      id: 'meity-notification',
      title: 'MeitY, PLI Scheme for IT Hardware, Gazette notification of 3 March 2021',
      kind: 'official',
    },
    {
      id: 'meity-page',
      title:
        'MeitY scheme page: incentive of 4% to 2% / 1% on net incremental sales over four years',
      kind: 'official',
    },
    {
      id: 'press',
      title: 'Press reports of the scheme thresholds and floors (2021)',
      kind: 'press',
    },
    {
      id: 'it-hw-2-notification',
      title:
        'MeitY, PLI Scheme 2.0 for IT Hardware, Gazette notification CG-DL-E-30052023-246165 of 29 May 2023 (Cabinet approval 17 May 2023; applications from 1 June 2023, window extended to 30 August 2023 — Business Standard, 31 July 2023)',
      kind: 'official',
    },
    {
      id: 'it-hw-2-migration',
      title:
        'Techlusive, 31 May 2023, on the notification: approved applicants of the existing scheme who have not claimed any incentive may apply under PLI 2.0; those who have claimed, from the second year',
      kind: 'press',
    },
    {
      id: 'lok-sabha-2024-07-24',
      title:
        'MeitY reply in the Lok Sabha, 24 July 2024: 13 of the 14 firms approved under IT Hardware 1.0 moved to IT Hardware 2.0',
      kind: 'official',
    },
    {
      id: 'bs-2021-08-26',
      title:
        'Business Standard, 26 August 2021: IT hardware PLI rates "between 1 and 4 per cent depending on the year (2.5 per cent on average)"',
      kind: 'press',
    },
  ],
  baseYear: 'FY2019-20',
  tenure: { years: 4, firstYear: 'FY2021-22', confidence: 'confirmed', sources: ['meity-page'] },
  successor: {
    scheme: 'it-hardware-2023',
    announced: '2023-05-17',
    notified: '2023-05-29',
    reason:
      'IT Hardware 2.0 was notified as a scheme of its own (29 May 2023, after Cabinet approval on 17 May) with a new application window from 1 June 2023 (extended to 30 August 2023), a new base year (FY2022-23), six years instead of four, global/hybrid/domestic categories, per-applicant yearly ceilings and a shortfall penalty. Firms approved under 1.0 had to apply again — those that had not claimed an incentive from the start, those that had from 2.0’s second year — and 13 of the 14 did. A 1.0 enrolment therefore keeps 1.0’s rules; 2.0 needs a new enrolment.',
    sources: ['it-hw-2-notification', 'it-hw-2-migration', 'lok-sabha-2024-07-24'],
  },
  rates: {
    kind: 'by-year',
    rates: ['0.04', '0.03', '0.02', '0.01'],
    confidence: 'unconfirmed',
    note: 'The ministry says "4% to 2% / 1%" (about 2.3% on average); the 4/3/2/1 split by year is an assumption — "2%/1%" may instead split by category. Override with your approval letter.',
    sources: ['meity-page', 'bs-2021-08-26'],
  },
  categories: {
    global: {
      name: 'IT hardware companies (global)',
      thresholds: {
        investment: {
          cumulative: [null, null, null, null],
          confidence: 'unconfirmed',
          note: 'Not found in any source; supply the figures from your approval letter.',
        },
        sales: {
          incremental: ['1000', null, null, null],
          confidence: 'unconfirmed',
          note: 'Year 1 (₹1,000 crore) is reported; later years are not known: supply them.',
          sources: ['press'],
        },
      },
      invoiceFloor: {
        floors: [
          { product: 'laptop', minimumRupees: '30000', inclusive: true },
          { product: 'tablet', minimumRupees: '15000', inclusive: false },
        ],
        countsTowardsThresholds: true,
        confidence: 'reported',
        note: 'Laptops ≥ ₹30,000 and tablets > ₹15,000 are reported; floors for all-in-one PCs and servers are unconfirmed and not modelled (those lines earn in full unless you add a floor).',
        sources: ['press'],
      },
    },
    domestic: {
      name: 'Domestic companies',
      thresholds: {
        investment: {
          cumulative: ['20', '20', '20', '20'],
          confidence: 'unconfirmed',
          note: '₹20 crore cumulative is reported; its phasing is not: the whole amount is required from year 1 (the conservative reading).',
          sources: ['press'],
        },
        sales: {
          incremental: ['50', '100', '200', '300'],
          confidence: 'reported',
          sources: ['press'],
        },
      },
    },
  },
  outlay: { amount: '7350', confidence: 'confirmed', sources: ['meity-notification'] },
  notModelled: [
    'No per-company cap is confirmed for 1.0 (the 2.0 ceilings do not apply).',
    'Invoice floors for all-in-one PCs and servers (unconfirmed).',
  ],
} as const satisfies PliSchemeInput;
