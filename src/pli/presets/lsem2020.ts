import type { PliSchemeInput } from '../scheme.js';

/**
 * Production Linked Incentive Scheme for Large Scale Electronics Manufacturing (MeitY, notified
 * 1 April 2020), as data. Amounts in ₹ crore; rates as fractions.
 *
 * Investment thresholds are cumulative incremental investment for years 1–4; year 5 keeps
 * year 4's figure. Global firms earn only on phones invoiced at ₹15,000 or more (sales below it
 * are outside their category, so they do not count towards thresholds either); domestic firms
 * earn on every price band. No per-company cap is modelled (none was confirmed).
 */
export const lsem2020 = {
  id: 'lsem-2020',
  name: 'PLI Scheme for Large Scale Electronics Manufacturing',
  authority: 'Ministry of Electronics and Information Technology (MeitY)',
  notified: '2020-04-01',
  amountUnit: 'crore',
  sources: [
    {
      id: 'meity-notification',
      title:
        'MeitY, PLI Scheme for Large Scale Electronics Manufacturing, Gazette notification of 1 April 2020, and its guidelines',
      kind: 'official',
    },
    {
      id: 'cabinet-table',
      title: 'Summary table of the PLI scheme: targeted segments, investment and sales thresholds',
      url: 'https://rmpsco.com/?p=6945',
      kind: 'secondary',
    },
    {
      id: 'ksg-summary',
      title:
        'Production Linked Incentive Scheme for Large Scale Electronics Manufacturing (summary)',
      url: 'https://www.ksgindia.com/study-material/snapticle/28002-production-linked-incentive-scheme-for-large-scale-electronics-manufacturing.html',
      kind: 'secondary',
    },
    {
      id: 'approvals-2020',
      title: 'Centre clears 16 proposals entailing ₹11k cr investment for making mobile phones',
      url: 'https://www.thehindubusinessline.com/info-tech/centre-clears-16-proposals-entailing-11k-cr-investment-for-making-mobile-phones/article32784470.ece',
      kind: 'press',
    },
  ],
  baseYear: 'FY2019-20',
  tenure: {
    years: 5,
    firstYear: 'FY2020-21',
    firstYearChoices: ['FY2020-21', 'FY2021-22'],
    confidence: 'reported',
    note: 'Extended in September 2021: a firm may pick any five consecutive years ending by FY2025-26.',
  },
  rates: {
    kind: 'by-year',
    rates: ['0.06', '0.06', '0.05', '0.05', '0.04'],
    confidence: 'confirmed',
    sources: ['meity-notification', 'ksg-summary'],
  },
  categories: {
    'global-mobile': {
      name: 'Mobile phones, invoice value ₹15,000 and above (global companies)',
      eligibility: {
        minimumBaseYearRevenue: '10000',
        strict: true,
        confidence: 'confirmed',
        note: "The applicant's revenue in the base year must exceed ₹10,000 crore.",
        sources: ['meity-notification'],
      },
      thresholds: {
        investment: {
          cumulative: ['250', '500', '750', '1000', '1000'],
          confidence: 'confirmed',
          note: "Year 5 keeps year 4's cumulative figure.",
          sources: ['meity-notification', 'cabinet-table'],
        },
        sales: {
          incremental: ['4000', '8000', '15000', '20000', '25000'],
          confidence: 'confirmed',
          sources: ['meity-notification', 'cabinet-table'],
        },
      },
      invoiceFloor: {
        floors: [{ minimumRupees: '15000', inclusive: true }],
        countsTowardsThresholds: false,
        confidence: 'confirmed',
        note: 'The category itself is phones invoiced at ₹15,000 or more.',
        sources: ['meity-notification', 'approvals-2020'],
      },
    },
    'domestic-mobile': {
      name: 'Mobile phones (domestic companies), every price band',
      eligibility: {
        minimumBaseYearRevenue: '100',
        strict: true,
        confidence: 'confirmed',
        note: "The applicant's revenue in the base year must exceed ₹100 crore.",
        sources: ['meity-notification'],
      },
      thresholds: {
        investment: {
          cumulative: ['50', '100', '150', '200', '200'],
          confidence: 'confirmed',
          note: "Year 5 keeps year 4's cumulative figure.",
          sources: ['meity-notification', 'cabinet-table'],
        },
        sales: {
          incremental: ['500', '1000', '2000', '3500', '5000'],
          confidence: 'confirmed',
          sources: ['meity-notification', 'cabinet-table'],
        },
      },
    },
    components: {
      name: 'Specified electronic components',
      thresholds: {
        investment: {
          cumulative: ['25', '50', '75', '100', '100'],
          confidence: 'confirmed',
          note: "Year 5 keeps year 4's cumulative figure.",
          sources: ['meity-notification', 'cabinet-table'],
        },
        sales: {
          incremental: ['100', '200', '300', '450', '600'],
          confidence: 'confirmed',
          sources: ['meity-notification', 'cabinet-table'],
        },
      },
    },
  },
  outlay: {
    amount: '40951',
    confidence: 'confirmed',
    note: 'Later revised to about ₹38,600 crore.',
    sources: ['ksg-summary'],
  },
  notModelled: [
    'Per-company cap: none confirmed, so none is modelled; add one with withOverrides if your approval sets it.',
    'Scheme-wide yearly ceilings (₹5,334 / 8,064 / 8,425 / 11,488 / 7,640 crore) and the reported reallocation of unclaimed money to firms that beat their targets.',
    'Eligibility of traded (not manufactured) goods: give net sales of goods manufactured in India only.',
  ],
} as const satisfies PliSchemeInput;
