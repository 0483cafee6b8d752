/**
 * THE table of who may run each mutation. Every field of `Mutation` has exactly one entry
 * (tests/authz.test.ts compares it with the schema both ways); a mutation missing here is refused
 * to everyone, Admins included (fail closed), until it is added.
 *
 * Policy (ADR "Authentication, roles and authorization"): data writes need Editor; writes of
 * contacts' personal data (contacts, their emails, phones, addresses and site links, and the well
 * inventory import, which creates contacts) need Editor plus the personal-data capability (the PII
 * group, or Admin); editing the vocabulary and every `delete*` need Admin. Removing a part of a
 * record (`remove*`, `unlink*`) is an edit of that record, not a delete.
 */
import type { Role } from "../auth/roles.js";

export interface MutationRequirement {
  /** The least role that may run the mutation (Admin ⊇ Editor ⊇ Viewer). */
  role: Role;
  /** The mutation also needs the personal-data capability. */
  personalData: boolean;
  /** Only a signed-in user (a token of the identity provider), never an API key (ADR 29). */
  signedIn?: boolean;
}

const EDITOR: MutationRequirement = Object.freeze({ role: "Editor", personalData: false });
const EDITOR_WITH_PERSONAL_DATA: MutationRequirement = Object.freeze({ role: "Editor", personalData: true });
const ADMIN: MutationRequirement = Object.freeze({ role: "Admin", personalData: false });
const SIGNED_IN_VIEWER: MutationRequirement = Object.freeze({ role: "Viewer", personalData: false, signedIn: true });

export const MUTATION_REQUIREMENTS: Readonly<Record<string, MutationRequirement>> = Object.freeze({
  // vocabulary (lexiconMutations.graphql, errors.graphql)
  createLexiconCategory: ADMIN,
  createLexiconTerm: ADMIN,
  updateLexiconTerm: ADMIN,
  addTermToCategory: ADMIN,
  removeTermFromCategory: ADMIN,
  deleteLexiconTerm: ADMIN,
  updateLexiconCategory: ADMIN,
  deleteLexiconCategory: ADMIN,
  createLexiconTriple: ADMIN,
  deleteLexiconTriple: ADMIN,

  // sites (thingMutations.graphql)
  createWell: EDITOR,
  updateWell: EDITOR,
  deleteWell: ADMIN,
  createSpring: EDITOR,
  updateSpring: EDITOR,
  deleteSpring: ADMIN,
  addAlternateId: EDITOR,
  removeAlternateId: EDITOR,

  // locations (locationMutations.graphql)
  setThingLocation: EDITOR,
  updateLocation: EDITOR,

  // well screens (wellScreenMutations.graphql)
  addWellScreen: EDITOR,
  updateWellScreen: EDITOR,
  deleteWellScreen: ADMIN,

  // notes (noteMutations.graphql)
  addNote: EDITOR,
  updateNote: EDITOR,
  deleteNote: ADMIN,

  // contacts: personal data (contactMutations.graphql)
  createContact: EDITOR_WITH_PERSONAL_DATA,
  updateContact: EDITOR_WITH_PERSONAL_DATA,
  deleteContact: ADMIN,
  addContactEmail: EDITOR_WITH_PERSONAL_DATA,
  updateContactEmail: EDITOR_WITH_PERSONAL_DATA,
  removeContactEmail: EDITOR_WITH_PERSONAL_DATA,
  addContactPhone: EDITOR_WITH_PERSONAL_DATA,
  updateContactPhone: EDITOR_WITH_PERSONAL_DATA,
  removeContactPhone: EDITOR_WITH_PERSONAL_DATA,
  addContactAddress: EDITOR_WITH_PERSONAL_DATA,
  updateContactAddress: EDITOR_WITH_PERSONAL_DATA,
  removeContactAddress: EDITOR_WITH_PERSONAL_DATA,
  linkContactToThing: EDITOR_WITH_PERSONAL_DATA,
  unlinkContactFromThing: EDITOR_WITH_PERSONAL_DATA,

  // groups (groupMutations.graphql)
  createGroup: EDITOR,
  updateGroup: EDITOR,
  deleteGroup: ADMIN,
  addThingsToGroup: EDITOR,
  removeThingsFromGroup: EDITOR,

  // sensors and deployments (sensorMutations.graphql)
  createSensor: EDITOR,
  updateSensor: EDITOR,
  deleteSensor: ADMIN,
  deploySensor: EDITOR,
  endDeployment: EDITOR,
  deleteDeployment: ADMIN,

  // samples and chemistry results (sampleMutations.graphql)
  createSample: EDITOR,
  updateSample: EDITOR,
  deleteSample: ADMIN,
  recordWaterChemistry: EDITOR,
  updateObservation: EDITOR,
  deleteObservation: ADMIN,

  // water levels (groundwaterLevelMutations.graphql, transducerMutations.graphql, importMutations.graphql)
  recordGroundwaterLevel: EDITOR,
  updateGroundwaterLevel: EDITOR,
  publishTransducerBlock: EDITOR,
  setTransducerBlockReview: EDITOR,
  deleteTransducerReadings: ADMIN,
  importWaterLevels: EDITOR,
  importWellInventory: EDITOR_WITH_PERSONAL_DATA,

  // assets: file metadata and site links (assetMutations.graphql)
  recordAsset: EDITOR,
  updateAsset: EDITOR,
  setAssetThing: EDITOR,
  deleteAsset: ADMIN,

  // landowner consent for field work; not personal data (permissionMutations.graphql)
  setThingPermission: EDITOR,

  // data-grid edits (issue 14): an alternate id is part of its site; triples are vocabulary
  updateAlternateId: EDITOR,
  updateLexiconTriple: ADMIN,

  // API keys (apiKeys.graphql, ADR 29): any role, for one's own keys, signed in (a key cannot make keys)
  createApiKey: SIGNED_IN_VIEWER,
  renameApiKey: SIGNED_IN_VIEWER,
  revokeApiKey: SIGNED_IN_VIEWER,
  // field visits (fieldEventMutations.graphql) and chemistry results (chemistry.graphql)
  updateFieldEvent: EDITOR,
  addFieldEventParticipant: EDITOR,
  removeFieldEventParticipant: EDITOR,
  deleteFieldEvent: ADMIN,
  importChemistryResults: EDITOR,
});
