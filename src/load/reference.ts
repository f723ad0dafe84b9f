// The reference path: POLICY_TRACKER_REFERENCE=1 makes a check take the plain, slow way on one thread (the full
// YAML parser for every policy, a full remark parse of every file for its headings), for tests that prove the fast
// paths give identical output.
export const REFERENCE_PATH = process.env.POLICY_TRACKER_REFERENCE === '1';
