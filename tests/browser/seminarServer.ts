// Where the browser tests and the load benchmark run the seminar server: loopback only.
export const SEMINAR_PORT = Number(process.env.SEMINAR_TEST_PORT ?? 4331)
export const SEMINAR_PASSWORD = 'seminar-test-pw'
