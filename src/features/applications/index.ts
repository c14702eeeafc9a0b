// Job applications log (issue 13, point 3). No Preact.
export {
  addApplication,
  addProof,
  applicationLog,
  bookletApplicationLog,
  type NewApplication,
  removeProof,
  updateApplication,
} from './service.ts'
