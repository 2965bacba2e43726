/**
 * A small hand-checkable plan: one plant, one phone segment of 40 lakh units a month at ₹12,000
 * (₹57,600 crore a year), three fiscal years from FY2020-21, enrolled in LSEM's global category
 * (₹15,000 invoice floor) with no base-year sales, ₹1,000 crore invested in FY2020-21 and flat costs.
 * A fresh copy each call, safe to change in a test.
 */
export function tinyJson(): Record<string, unknown> {
  return {
    meta: {
      id: 'tiny',
      name: 'Tiny plan',
      asOf: '2020-04-01',
      currency: 'INR',
      sources: [],
      facts: [],
      assumptions: [],
    },
    horizon: { start: 'FY2020-21', years: 3 },
    fx: { USD: '75' },
    plants: [{ id: 'plant', unitsPerMonth: '5000000' }],
    segments: [
      {
        id: 'phones',
        plant: 'plant',
        volume: { kind: 'flat', value: '4000000' },
        price: { perUnit: '₹12,000' },
        costs: {
          importedComponents: { perUnit: { amount: '100', currency: 'USD' } },
          localContent: { perUnit: '₹2,500' },
        },
      },
    ],
    investments: [
      { id: 'lines', total: '₹1,000 crore', start: 'FY2020-21', periods: 1, profile: 'even' },
    ],
    depreciation: {
      method: 'straight-line',
      usefulLife: '10',
      residualShare: '0',
      putToUse: 'start',
      firstYear: 'full',
    },
    operatingCosts: { shareOfRevenue: '0', fixedPerYear: '₹0' },
    pli: {
      enrolments: [
        {
          id: 'lsem-global',
          scheme: 'lsem-2020',
          category: 'global-mobile',
          firstYear: 'FY2020-21',
          baseYearSales: '₹0',
          segments: ['phones'],
          investments: ['lines'],
        },
      ],
    },
    finance: {
      taxRate: '0.25',
      workingCapital: { receivableDays: '0', inventoryDays: '0', payableDays: '0' },
      discountRate: '0.12',
    },
  };
}
