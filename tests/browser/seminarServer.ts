// Where the browser tests and the load benchmark run the seminar server: loopback only.
export const SEMINAR_PORT = 4331
export const SEMINAR_PASSWORD = 'seminar-test-pw'
