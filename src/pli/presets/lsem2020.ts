import type { PliSchemeInput } from '../scheme.js';

/**
 * Production Linked Incentive Scheme for Large Scale Electronics Manufacturing (MeitY, notified
 * 1 April 2020), as data. Amounts in ₹ crore; rates as fractions.
 *
 * Investment thresholds are cumulative incremental investment for years 1–4; year 5 keeps
 * year 4's figure. Global firms earn only on phones invoiced at ₹15,000 or more (sales below it
 * are outside their category, so they do not count towards thresholds either); domestic firms
 * earn on every price band. No per-company cap is modelled (none was confirmed in an official
 * text; the press-reported caps can be added as an `eligible-sales-per-year` cap, flagged).
 *
 * Versions: as notified (1 April 2020) year 1 is FY2020-21; the one-year extension announced on
 * 28 June 2021 and notified on 23 September 2021 lets a firm choose FY2021-22 as year 1 (the scheme
 * then runs to FY2025-26; base year and thresholds unchanged). Use `pliRulesInForce` (or an
 * enrolment's `rulesAsOf` / `version`) to evaluate under the rules of a date. Year 1 counts sales
 * from 1 August (reported, not seen in the Gazette: flagged).
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
    {
      id: 'extension-announcement',
      title:
        'Big relief: Govt extends PLI scheme for mobile manufacturers by a year (Business Today, 28 June 2021): FY2021-22 may be the first year; base year FY2019-20 unchanged',
      url: 'https://www.businesstoday.in/latest/economy-politics/story/big-relief-govt-extends-pli-scheme-for-mobile-manufacturers-by-a-year-299931-2021-06-28',
      kind: 'press',
    },
    {
      id: 'extension-notification',
      title:
        'MeitY reply in the Lok Sabha, 24 July 2024 (published by PIB): tenure extension notified on 23 September 2021, thresholds unchanged, FY2020-21 investment still counted',
      kind: 'official',
    },
    {
      id: 'first-year-from-august',
      title:
        'Centre approves 16 cos for PLI scheme (Mint, 7 October 2020): "the base year is 2019-20 and the incentives are applicable from 1 August"',
      url: 'https://www.livemint.com/companies/news/centre-approves-16-cos-for-pli-scheme-11602030450435.html',
      kind: 'press',
    },
    {
      id: 'first-award-period',
      title:
        'Government approves ₹415 cr worth of incentives to Foxconn, Padget (The Hindu BusinessLine, 20 December 2022): NITI Aayog statement, Foxconn’s first-year incentive for 1 August 2021 – 31 March 2022',
      url: 'https://www.thehindubusinessline.com/companies/government-approves-415-cr-worth-of-incentives-to-foxconn-padget/article66285927.ece',
      kind: 'press',
    },
    {
      id: 'yearly-outlay',
      title:
        'The Indian Express (2021), as reported: the scheme-wide outlay by year, ₹5,334 / 8,064 / 8,425 / 11,488 / 7,640 crore for FY2020-21 to FY2024-25 (they sum to the ₹40,951 crore outlay); not seen in an official text',
      kind: 'press',
    },
    {
      id: 'extension-outlay-unchanged',
      title:
        'Tenure for smartphone PLI extended by a year (The Indian Express, 29 June 2021): the termination year is FY26 instead of FY25; the outlay, targets, base year and incentive structure stay the same',
      url: 'https://indianexpress.com/article/business/stimulus-measures-tenure-for-smartphone-pli-extended-by-a-year-7380211/',
      kind: 'press',
    },
  ],
  baseYear: 'FY2019-20',
  tenure: {
    years: 5,
    firstYear: 'FY2020-21',
    confidence: 'confirmed',
    note: 'As notified: five years from FY2020-21. The 2021 extension (a version) adds FY2021-22 as a choice.',
    sources: ['meity-notification'],
  },
  firstYearPart: {
    fromMonth: 8,
    baseYear: 'pro-rata',
    confidence: 'unconfirmed',
    note: 'Year 1 counts sales from 1 August (reported; consistent with the first awards for 1 Aug 2021 – 31 Mar 2022), not seen in the Gazette. How the base year is compared with the part year is not known: pro rata (8/12) is assumed.',
    sources: ['first-year-from-august', 'first-award-period', 'ksg-summary'],
  },
  versions: [
    {
      id: 'lsem-2020-extension-2021',
      name: 'One-year extension (FY2021-22 may be year 1; scheme to FY2025-26)',
      announced: '2021-06-28',
      notified: '2021-09-23',
      confidence: 'reported',
      note: 'Announced by the Finance Minister on 28 June 2021; notified 23 September 2021 as given in a ministry reply (the Gazette copy was not seen). Base year, rates and thresholds unchanged.',
      sources: ['extension-announcement', 'extension-notification'],
      changes: {
        tenure: {
          firstYearChoices: ['FY2020-21', 'FY2021-22'],
          note: 'Extended: a firm may choose FY2020-21 or FY2021-22 as year 1, so the scheme runs to FY2025-26.',
          sources: ['meity-notification', 'extension-announcement', 'extension-notification'],
        },
      },
    },
  ],
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
  yearlyOutlay: {
    years: [
      { year: 'FY2020-21', amount: '5334' },
      { year: 'FY2021-22', amount: '8064' },
      { year: 'FY2022-23', amount: '8425' },
      { year: 'FY2023-24', amount: '11488' },
      { year: 'FY2024-25', amount: '7640' },
    ],
    confidence: 'reported',
    note: 'Year-wise outlay as reported (Indian Express, 2021), not seen in an official text. After the 2021 extension the total outlay stayed the same but how it is spread over FY2021-22 to FY2025-26 is not known: FY2025-26 has no figure here (state the ceiling in the enrolment’s schemeClaims).',
    sources: ['yearly-outlay', 'extension-outlay-unchanged'],
  },
  notModelled: [
    'Per-company caps on eligible incremental sales: none in an official text. The press reports a global firm’s year-1 maximum of ₹15,000 crore (Financial Express, 2021), ₹20,000 crore for one global firm in FY2022-23 and ₹6,000 crore for a domestic firm in FY2023-24 (Business Standard, 9 January 2025; not verified here). Add them as an eligible-sales-per-year cap, flagged unconfirmed.',
    'The reported reallocation of unclaimed outlay to firms that beat their targets (the scheme-wide yearly ceiling itself is modelled: yearlyOutlay and an enrolment’s schemeClaims).',
    'Eligibility of traded (not manufactured) goods: give net sales of goods manufactured in India only.',
  ],
} as const satisfies PliSchemeInput;
