import type { PliSchemeInput } from '../scheme.js';

const designLed = {
  id: 'design-led',
  name: 'Design-led manufacturing',
  rate: '0.01',
  condition: { kind: 'opt-in' },
  confidence: 'reported',
  note: 'Added by the amendment of June 2022; pass attributes: ["design-led"] to claim it.',
  sources: ['dot-amendment-2022'],
} as const;

const salesCap = {
  kind: 'sales-multiple-of-committed-investment',
  multiple: '20',
  scope: 'tenure',
  confidence: 'unconfirmed',
  note: "The ministry's wording is incentive on incremental sales up to 20 × the committed investment; whether per year or over the tenure is unconfirmed (set scope 'per-year' to change).",
  sources: ['dot-notification'],
} as const;

/**
 * PLI Scheme for Telecom and Networking Products (DoT, notified 24 February 2021), as data.
 * Amounts in ₹ crore. MSME and non-MSME firms are separate categories (their rates and minimum
 * investment differ); design-led manufacturing is an opt-in +1% bonus. The investment phasing
 * (20/40/70/100%) and the sales thresholds (3 × the phased investment) are unconfirmed.
 */
export const telecom2021 = {
  id: 'telecom-2021',
  name: 'PLI Scheme for Telecom and Networking Products',
  authority: 'Department of Telecommunications (DoT)',
  notified: '2021-02-24',
  amountUnit: 'crore',
  sources: [
    {
      id: 'dot-notification',
      title:
        'DoT, PLI Scheme for Telecom and Networking Products, Gazette notification of 24 February 2021',
      kind: 'official',
    },
    {
      id: 'dot-amendment-2022',
      title: 'DoT, amendment of June 2022 (design-led manufacturing, choice of first year)',
      kind: 'official',
    },
    {
      id: 'press',
      title: 'Press reports of the scheme rates and thresholds (2021–2022)',
      kind: 'press',
    },
  ],
  baseYear: 'FY2019-20',
  tenure: {
    years: 5,
    firstYear: 'FY2021-22',
    firstYearChoices: ['FY2021-22', 'FY2022-23'],
    confidence: 'reported',
    note: 'The June 2022 amendment let firms choose FY2021-22 or FY2022-23 as year 1.',
    sources: ['dot-amendment-2022'],
  },
  categories: {
    msme: {
      name: 'MSME',
      rates: {
        kind: 'by-year',
        rates: ['0.07', '0.07', '0.06', '0.05', '0.04'],
        confidence: 'confirmed',
        sources: ['dot-notification', 'press'],
      },
      thresholds: {
        investment: {
          cumulative: ['2', '4', '7', '10', '10'],
          confidence: 'unconfirmed',
          note: '₹10 crore cumulative over four years (land and buildings excluded) is reported; the 20/40/70/100% phasing is from the draft.',
          sources: ['dot-notification', 'press'],
        },
        sales: {
          incremental: ['6', '12', '21', '30', '30'],
          confidence: 'unconfirmed',
          note: 'Assumed 3 × the phased investment threshold ("at least 3 × the required investment" is reported; no yearly table found).',
          sources: ['press'],
        },
      },
      caps: [salesCap],
      bonuses: [designLed],
    },
    'non-msme': {
      name: 'Non-MSME',
      rates: {
        kind: 'by-year',
        rates: ['0.06', '0.06', '0.05', '0.05', '0.04'],
        confidence: 'confirmed',
        sources: ['dot-notification', 'press'],
      },
      thresholds: {
        investment: {
          cumulative: ['20', '40', '70', '100', '100'],
          confidence: 'unconfirmed',
          note: '₹100 crore cumulative over four years (land and buildings excluded) is reported; the 20/40/70/100% phasing is from the draft.',
          sources: ['dot-notification', 'press'],
        },
        sales: {
          incremental: ['60', '120', '210', '300', '300'],
          confidence: 'unconfirmed',
          note: 'Assumed 3 × the phased investment threshold ("at least 3 × the required investment" is reported; no yearly table found).',
          sources: ['press'],
        },
      },
      caps: [salesCap],
      bonuses: [designLed],
    },
  },
  outlay: { amount: '12195', confidence: 'confirmed', sources: ['dot-notification'] },
} as const satisfies PliSchemeInput;
