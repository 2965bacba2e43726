/**
 * crorecast — exact, explainable financial projections for Indian manufacturing ventures.
 *
 * Every export is a pure function or an immutable value. Areas, from the bottom layer up:
 * core, money, time, series, finance, schedule, pli, projection, model, report.
 */
export * from './core/index.js';
export * from './finance/index.js';
export * from './model/index.js';
export * from './money/index.js';
export * from './pli/index.js';
export * from './projection/index.js';
export * from './report/index.js';
export * from './schedule/index.js';
export * from './series/index.js';
export * from './sharing/index.js';
export * from './time/index.js';
