/**
 * Collects every failing field of an input (not only the first) and ends the mutation with one
 * `ValidationError` listing them all, in the order they were added.
 */
import { MutationFailure, type FieldErrorModel, type ValidationErrorModel } from "../mutations/mutationResult.js";

export class FieldErrors {
  readonly #errors: FieldErrorModel[] = [];

  /** Records that the field at `path` failed with `message`. */
  add(path: string[], message: string): this {
    this.#errors.push({ path: [...path], message });
    return this;
  }

  /** Runs a rule (returns a message or null) and records its message under `path` if it fails. */
  check(path: string[], message: string | null): this {
    if (message !== null) this.add(path, message);
    return this;
  }

  get isEmpty(): boolean {
    return this.#errors.length === 0;
  }

  /** The recorded failures (a copy). */
  get list(): FieldErrorModel[] {
    return this.#errors.map((e) => ({ path: [...e.path], message: e.message }));
  }

  /** The ValidationError listing every recorded field; its message is `message` or a summary. */
  toValidationError(message?: string): ValidationErrorModel {
    const summary =
      message ??
      (this.#errors.length === 1
        ? (this.#errors[0]?.message ?? "Invalid input")
        : `${this.#errors.length} fields are invalid: ${this.#errors.map((e) => e.path.join(".")).join(", ")}`);
    return { __typename: "ValidationError", message: summary, fieldErrors: this.list };
  }

  /** Throws MutationFailure(ValidationError listing all fields) if any were added. */
  throwIfAny(message?: string): void {
    if (!this.isEmpty) throw new MutationFailure(this.toValidationError(message));
  }
}
