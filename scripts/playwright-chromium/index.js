// `slidev export` looks Playwright up as `playwright-chromium`: hand it the installed `playwright`.
export * from 'playwright'
export { default } from 'playwright'
