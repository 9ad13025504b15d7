// Print jobs: routes (listed in src/routes.ts) and the worker that sends queued jobs to printers.
export { startPrintWorker, type PrintWorker, type PrintWorkerOptions } from './print-worker';
export { registerPrintJobRoutes } from './print-job-routes';
export { parseConfiguredPrinters, readConfiguredPrinters, type ConfiguredPrinter } from './configured-printers';
