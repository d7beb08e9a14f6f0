/** @module checks/identities — every identity of the catalogue evaluated exactly on a disclosure. */
export { identityChecks } from './identity-checks.js';
