/**
 * The contract's flat aquifer fields from a well's aquifer associations (in association order):
 * `aquiferClassCode` is the system name of the first association (null without any);
 * `aquiferTypes` are the types of every association, first occurrence order, without repeats.
 */
export interface AquiferAssociationLike {
  aquiferSystem: { name: string };
  aquiferTypes: readonly { aquiferType: string }[];
}

export function aquiferClassCode(associations: readonly AquiferAssociationLike[]): string | null {
  return associations[0]?.aquiferSystem.name ?? null;
}

export function aquiferTypesOf(associations: readonly AquiferAssociationLike[]): string[] {
  return [...new Set(associations.flatMap((a) => a.aquiferTypes.map((t) => t.aquiferType)))];
}
